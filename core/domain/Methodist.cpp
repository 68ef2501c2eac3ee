#include "domain/Methodist.h"

#include "domain/TextRules.h"

namespace metodist {

QStringList Eligibility::shortfalls(const EligibilityFacts &facts)
{
    QStringList reasons;
    if (facts.qualificationCategoryCode != u"highest")
        reasons << tr("the qualification category is not the highest");
    if (facts.educationLevelCode != u"higher_pedagogical")
        reasons << tr("no higher pedagogical education");
    if (!facts.experienceYears || *facts.experienceYears < minimumExperienceYears)
        reasons << tr("less than %n year(s) of experience", nullptr, minimumExperienceYears);
    return reasons;
}

bool Methodist::isEmailAddress(const QString &text)
{
    const QString address = text.trimmed();
    return address.isEmpty()
           || (address.count(u'@') == 1 && !address.startsWith(u'@') && !address.endsWith(u'@')
               && !address.contains(u' '));
}

QString Methodist::textProblem() const
{
    if (QString problem = Person::textProblem(); !problem.isEmpty())
        return problem;
    const std::pair<const QString *, const char *> fields[] = {
        {&leftReason, QT_TRANSLATE_NOOP("Methodist", "Reason for leaving")},
        {&phone, QT_TRANSLATE_NOOP("Methodist", "Phone")},
        {&email, QT_TRANSLATE_NOOP("Methodist", "E-mail")},
    };
    for (const auto &[text, name] : fields) {
        if (const QString problem = TextRules::problem(*text, TextKind::Line); !problem.isEmpty())
            return QCoreApplication::translate("Person", "%1: %2")
                .arg(QCoreApplication::translate("Methodist", name), problem);
    }
    const QString address = email.trimmed();
    if (!isEmailAddress(address))
        return QCoreApplication::translate("Methodist", "E-mail «%1» is not an address (name@domain).").arg(address);
    if (joinedOn.isValid() && leftOn.isValid() && leftOn < joinedOn)
        return QCoreApplication::translate("Methodist", "The date of leaving the РМА is before the date of joining.");
    if (rate && (*rate <= 0.0 || *rate > 2.0))
        return QCoreApplication::translate("Methodist", "The rate must be above 0 and at most 2 (e.g. 0,5).");
    return {};
}

} // namespace metodist
