#include "domain/Person.h"

#include "domain/TextRules.h"

#include <QCoreApplication>

namespace metodist {

QString Person::fullName() const
{
    QString name = lastName + u' ' + firstName;
    if (!middleName.isEmpty())
        name += u' ' + middleName;
    return name;
}

QString Person::textProblem() const
{
    const std::pair<const QString *, const char *> fields[] = {
        {&lastName, QT_TRANSLATE_NOOP("Person", "Surname")},
        {&firstName, QT_TRANSLATE_NOOP("Person", "First name")},
        {&middleName, QT_TRANSLATE_NOOP("Person", "Patronymic")},
    };
    for (const auto &[text, name] : fields) {
        if (const QString problem = TextRules::problem(*text, TextKind::Name); !problem.isEmpty())
            return QCoreApplication::translate("Person", "%1: %2").arg(QCoreApplication::translate("Person", name), problem);
    }
    if (const QString problem = TextRules::problem(position, TextKind::Line); !problem.isEmpty())
        return QCoreApplication::translate("Person", "%1: %2")
            .arg(QCoreApplication::translate("Person", "Position"), problem);
    return {};
}

QString Person::signatureName() const
{
    QString name;
    if (!firstName.isEmpty())
        name += firstName.left(1) + u'.' + QChar(0x00A0);
    if (!middleName.isEmpty())
        name += middleName.left(1) + u'.' + QChar(0x00A0);
    return name + lastName;
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
