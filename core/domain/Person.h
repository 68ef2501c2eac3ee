#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace metodist {

// What teachers and regional methodists share.
struct Person
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    QString snils; // 11 digits or empty
    QString position;
    qint64 organisationId = 0;
    qint64 subjectId = 0;
    std::optional<int> experienceYears;
    qint64 qualificationCategoryId = 0;
    QDate categoryAssignedOn; // when the category was given, if known

    QString fullName() const;
    // Empty when every text field keeps TextRules; otherwise the first
    // problem, naming its field («Фамилия: …»).
    QString textProblem() const;
    // «Иванов П. С.» — as orders and lists print a name.
    QString shortName() const;
    // «И. О. Фамилия», as a name under a signature is printed.
    QString signatureName() const;
};

} // namespace metodist
