#include "services/demo/DemoCommon.h"

namespace metodist::demo {

bool isWorkday(const QDate &date)
{
    if (date.dayOfWeek() > 5)
        return false;
    const int month = date.month();
    const int day = date.day();
    return !((month == 1 && day <= 8) || (month == 2 && day == 23) || (month == 3 && day == 8)
             || (month == 5 && (day == 1 || day == 9)) || (month == 6 && day == 12) || (month == 11 && day == 4));
}

QDate forwardToWorkday(QDate date)
{
    while (!isWorkday(date))
        date = date.addDays(1);
    return date;
}

QDate backToWorkday(QDate date)
{
    while (!isWorkday(date))
        date = date.addDays(-1);
    return date;
}

} // namespace metodist::demo
