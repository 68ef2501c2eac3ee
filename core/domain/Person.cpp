#include "domain/Person.h"

namespace metodist {

QString Person::fullName() const
{
    QString name = lastName + u' ' + firstName;
    if (!middleName.isEmpty())
        name += u' ' + middleName;
    return name;
}

QString Person::shortName() const
{
    QString name = lastName;
    if (!firstName.isEmpty())
        name += u' ' + firstName.left(1) + u'.';
    if (!middleName.isEmpty())
        name += u' ' + middleName.left(1) + u'.';
    return name;
}

} // namespace metodist
