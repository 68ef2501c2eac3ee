#include "domain/Teacher.h"

namespace metodist {

QString Teacher::fullName() const
{
    QString name = lastName + u' ' + firstName;
    if (!middleName.isEmpty())
        name += u' ' + middleName;
    return name;
}

} // namespace metodist
