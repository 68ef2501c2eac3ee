#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// A member of the regional methodical active (РМА).
struct Methodist : Person
{
    qint64 municipalityId = 0;
    qint64 employmentFormId = 0;
    qint64 educationLevelId = 0;
    int capacity = 60;        // norm: 60 teachers
    bool federalPk = false;   // passed ПК on a federal-registry programme
    bool active = true;
    // The РМА kept current: when the methodist joined and left, why, how to
    // reach them, and the rate of a staff methodist (0,5 ставки).
    QDate joinedOn;
    QDate leftOn;
    QString leftReason;
    QString phone;
    QString email;
    std::optional<double> rate;

    // Person::textProblem, then the contacts, the dates and the rate.
    QString textProblem() const;
    // Empty, or name@domain without spaces.
    static bool isEmailAddress(const QString &text);
};

// The РМА requirements: the highest qualification category, higher
// pedagogical education, at least five years of experience. A methodist who
// falls short is saved with these reasons shown, not refused.
struct EligibilityFacts
{
    QString qualificationCategoryCode; // "highest" for высшая
    QString educationLevelCode;        // "higher_pedagogical"
    std::optional<int> experienceYears;
};

class Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)

public:
    static constexpr int minimumExperienceYears = 5;
    static QStringList shortfalls(const EligibilityFacts &facts);
};

} // namespace metodist
