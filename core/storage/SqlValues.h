#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace metodist {

// Dates are stored as ISO text; a null date is NULL.
inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A number of hours, when given and above zero; NULL otherwise.
inline QVariant hoursOrNull(const std::optional<int> &hours)
{
    return hours && *hours > 0 ? QVariant(*hours) : QVariant();
}

// «Фамилия Имя Отчество» of the person table aliased as alias.
inline QString personNameSql(const QString &alias)
{
    return QStringLiteral("%1.last_name || ' ' || %1.first_name || "
                          "CASE WHEN %1.middle_name <> '' THEN ' ' || %1.middle_name ELSE '' END")
        .arg(alias);
}

} // namespace metodist
