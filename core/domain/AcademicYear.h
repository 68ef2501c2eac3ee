#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace metodist {

// An academic year such as «2025/2026»: from 1 September to 31 August.
class AcademicYear
{
    Q_DECLARE_TR_FUNCTIONS(AcademicYear)

public:
    // «2025/2026» (also «2025-2026» and «2025/26»); nothing when malformed or
    // when the second year does not follow the first.
    static std::optional<AcademicYear> parse(const QString &text);
    // The year a date falls in: 2025-09-01 .. 2026-08-31 is 2025/2026.
    static AcademicYear containing(const QDate &date);
    // The sentence to show when parse() fails.
    static QString formatError(const QString &text);

    int firstYear() const { return m_first; }
    QString text() const;             // «2025/2026»
    QDate firstDay() const { return QDate(m_first, 9, 1); }
    QDate lastDay() const { return QDate(m_first + 1, 8, 31); }

    bool operator==(const AcademicYear &other) const { return m_first == other.m_first; }

private:
    explicit AcademicYear(int first) : m_first(first) {}
    int m_first;
};

} // namespace metodist
