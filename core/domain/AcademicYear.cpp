#include "domain/AcademicYear.h"

#include <QRegularExpression>

namespace metodist {

std::optional<AcademicYear> AcademicYear::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.captured(1).toInt();
    const QString secondText = match.captured(2);
    const int second = secondText.size() == 2 ? (first / 100) * 100 + secondText.toInt() : secondText.toInt();
    if (second != first + 1 || first < 1900 || first > 2999)
        return std::nullopt;
    return AcademicYear(first);
}

AcademicYear AcademicYear::containing(const QDate &date)
{
    return AcademicYear(date.month() >= 9 ? date.year() : date.year() - 1);
}

QString AcademicYear::formatError(const QString &text)
{
    return tr("«%1» is not an academic year; write it as 2025/2026.").arg(text);
}

QString AcademicYear::text() const
{
    return QStringLiteral("%1/%2").arg(m_first).arg(m_first + 1);
}

} // namespace metodist
