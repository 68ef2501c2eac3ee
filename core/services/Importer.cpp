#include "services/Importer.h"

#include "services/import/ImportRun.h"

#include "documents/CellSafety.h"
#include "documents/CsvReader.h"
#include "documents/SheetStream.h"
#include "domain/Methodist.h"
#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/TextRules.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherBulkWriter.h"
#include "storage/TeacherRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace metodist {

using namespace importing;

QString ImportIssue::text() const
{
    if (column.isEmpty())
        return Importer::tr("Row %1: %2").arg(row).arg(message);
    return Importer::tr("Row %1, column «%2»: %3").arg(row).arg(column, message);
}

QString IssueSummary::text() const
{
    const QString sentence = example.endsWith(u'.') ? example.chopped(1) : example;
    const QString fault = column.isEmpty() ? sentence : Importer::tr("column «%1»: %2").arg(column, sentence);
    return Importer::tr("…and %n more row(s) with the same fault (%1)", nullptr, rows).arg(fault);
}

QString UnknownValue::text() const
{
    QStringList listed;
    for (int row : firstRows)
        listed << QString::number(row);
    if (rows > firstRows.size())
        listed << QStringLiteral("…");
    const QString where = Importer::tr("%n row(s): %1", nullptr, rows).arg(listed.join(QStringLiteral(", ")));
    const QString line = Importer::tr("Column «%1»: «%2» is not in the dictionary «%3» (%4).")
                             .arg(column, value, ReferenceData::title(dictionary), where);
    if (suggestedId == 0)
        return line;
    return line + u' ' + Importer::tr("Perhaps «%1».").arg(suggestion);
}

QStringList ImportReport::lines() const
{
    QStringList result;
    for (const UnknownValue &unknown : unknownValues)
        result << unknown.text();
    for (const ImportIssue &issue : issues)
        result << (issue.warning ? Importer::tr("warning: %1") : Importer::tr("error: %1")).arg(issue.text());
    for (const IssueSummary &more : moreIssues)
        result << (more.warning ? Importer::tr("warning: %1") : Importer::tr("error: %1")).arg(more.text());
    return result;
}

namespace {

// What a fault is, without the values that differ from row to row: the
// texts quoted in «» and the numbers are taken out.
QString kindOfFault(const ImportIssue &issue)
{
    static const QRegularExpression quoted(QStringLiteral("«[^»]*»"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString shape = issue.message;
    shape.replace(quoted, QStringLiteral("«»"));
    shape.replace(digits, QStringLiteral("#"));
    return issue.column + QChar(0x1F) + shape + (issue.warning ? u'w' : u'e');
}

// So many kinds of fault are counted apart; the rest share one line.
constexpr int maxKindsOfFault = 100;

} // namespace

void ImportReport::addIssue(const ImportIssue &issue)
{
    if (issues.size() < maxListedIssues) {
        issues.append(issue);
        return;
    }
    QString kind = kindOfFault(issue);
    if (!m_kindIndex.contains(kind) && m_kindIndex.size() >= maxKindsOfFault)
        kind = issue.warning ? QStringLiteral("other warnings") : QStringLiteral("other errors");
    auto it = m_kindIndex.find(kind);
    if (it == m_kindIndex.end()) {
        it = m_kindIndex.insert(kind, int(moreIssues.size()));
        const bool lumped = m_kindIndex.size() > maxKindsOfFault;
        moreIssues.append({lumped ? QString() : issue.column,
                           lumped ? Importer::tr("other faults, such as row %1: %2").arg(issue.row).arg(issue.text())
                                  : issue.message,
                           0, issue.warning});
    }
    ++moreIssues[it.value()].rows;
}

int ImportReport::errorCount() const
{
    int count = int(std::count_if(issues.begin(), issues.end(), [](const ImportIssue &i) { return !i.warning; }));
    for (const IssueSummary &more : moreIssues)
        count += more.warning ? 0 : more.rows;
    for (const UnknownValue &unknown : unknownValues)
        count += unknown.rows;
    return count;
}


Importer::Importer(Database &db, ImportKind kind, ImportOptions options, Progress *progress)
    : m_db(db), m_kind(kind), m_options(std::move(options)), m_progress(progress)
{
}

Result<SourceTable> Importer::readFile(const QString &path, const QString &sheet, int maxRows)
{
    if (std::unique_ptr<SheetStream> stream = Workbooks::streamFor(path)) {
        if (Status status = stream->open(path, sheet); !status)
            return status;
        SourceTable table;
        QStringList cells;
        int row = 0;
        while ((maxRows <= 0 || table.rows.size() < maxRows) && stream->next(cells, row)) {
            table.rows.append(cells);
            table.rowNumbers.append(row);
        }
        if (!stream->status())
            return stream->status();
        return table;
    }
    auto csv = CsvReader::readFile(path, maxRows);
    if (!csv)
        return csv.status();
    return SourceTable{csv.value().rows, csv.value().lineNumbers, csv.value().encoding, true};
}

Result<ImportReport> Importer::importFile(const QString &path)
{
    if (std::unique_ptr<SheetStream> stream = Workbooks::streamFor(path)) {
        WorkbookSource source(std::move(stream));
        if (Status status = source.open(path, m_options.sheet); !status)
            return status;
        return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
    }
    CsvSource source;
    if (Status status = source.open(path); !status)
        return status;
    return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
}

Result<ColumnPlan> Importer::plan(ImportKind kind, const SourceTable &table, const ImportOptions &options)
{
    return ImportRun(nullptr, kind, options, nullptr).plan(table);
}

Result<ImportReport> Importer::importTable(const SourceTable &table)
{
    TableSource source(table);
    return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
}

} // namespace metodist
