#include "documents/OrderDocument.h"

#include <QCoreApplication>

namespace metodist {

QString OrderDocument::appendixHeading() const
{
    return QCoreApplication::translate("OrderDocument", "Appendix No. 1 to the order of %1 No. %2")
        .arg(dateText(), number);
}

int OrderDocument::teacherCount() const
{
    int count = 0;
    for (const OrderMethodistGroup &group : appendix)
        count += int(group.teachers.size());
    return count;
}

} // namespace metodist
