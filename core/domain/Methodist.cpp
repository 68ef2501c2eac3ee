#include "domain/Methodist.h"

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

} // namespace metodist
