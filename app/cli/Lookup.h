#pragma once

#include "Cli.h"
#include "domain/AcademicYear.h"
#include "domain/Snils.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <optional>

namespace metodist::cli {

// The --year option as «2025/2026»; on a usage error reports it and sets *code.
inline std::optional<QString> academicYearOption(Context &context, const QCommandLineParser &parser, int *code)
{
    const QString text = parser.value(QStringLiteral("year"));
    const auto parsed = AcademicYear::parse(text);
    if (!parsed) {
        *code = fail(context,
                     text.isEmpty() ? QCoreApplication::translate("Cli", "Give the academic year: --year 2025/2026.")
                                    : AcademicYear::formatError(text),
                     UsageError);
        return std::nullopt;
    }
    return parsed->text();
}

// The id of the teacher or methodist (by Repository) with this СНИЛС;
// notFound takes the formatted number as %1.
template<typename Repository>
std::optional<qint64> personBySnils(Context &context, const Database &db, const QString &text,
                                    const QString &notFound, int *code)
{
    auto snils = Snils::parse(text);
    if (!snils) {
        *code = fail(context, snils.message(), UsageError);
        return std::nullopt;
    }
    auto id = Repository(db).findBySnils(snils->digits());
    if (!id || id.value() == 0) {
        *code = fail(context, id ? notFound.arg(snils->formatted()) : id.message());
        return std::nullopt;
    }
    return id.value();
}

} // namespace metodist::cli
