#pragma once

#include <QString>
#include <optional>

namespace metodist {

struct Teacher
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    QString snils; // 11 digits or empty
    qint64 organisationId = 0;
    QString position;
    qint64 subjectId = 0;
    std::optional<int> experienceYears;
    qint64 qualificationCategoryId = 0;
    qint64 competenceLevelId = 0;

    QString fullName() const;
};

} // namespace metodist
