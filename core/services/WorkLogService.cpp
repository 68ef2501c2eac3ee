#include "services/WorkLogService.h"

#include "documents/CsvReader.h"
#include "documents/CsvWriter.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "services/Importer.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <QHash>

namespace metodist {

namespace {

enum Column { MethodistSnils, TeacherSnils, WorkKind, Date, Duration, ResultText, ColumnCount };
constexpr int requiredColumns = 4; // the first four; duration and result may be absent
constexpr int headerSearchRows = 20;
constexpr int issuesShown = 20;

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(t, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

QStringList WorkLogService::columns()
{
    return {QStringLiteral("Методист (СНИЛС)"), QStringLiteral("Педагог (СНИЛС)"), QStringLiteral("Вид работы"),
            QStringLiteral("Дата"), QStringLiteral("Длительность (мин)"), QStringLiteral("Результат")};
}

Result<int> WorkLogService::importCsv(const QString &path, Progress *progress)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.status();
    const QList<QStringList> &rows = table->rows;

    // The header: the first row naming the required columns, up to case and ё.
    QHash<QString, int> wanted;
    for (int c = 0; c < ColumnCount; ++c)
        wanted.insert(searchKey(columns()[c]), c);
    int headerIndex = -1;
    QList<int> columnAt(ColumnCount, -1);
    QStringList headerText(ColumnCount);
    for (int r = 0; r < std::min<qsizetype>(rows.size(), headerSearchRows) && headerIndex < 0; ++r) {
        QList<int> found(ColumnCount, -1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const int column = wanted.value(searchKey(rows[r][c]), -1);
            if (column >= 0 && found[column] < 0) {
                found[column] = c;
                headerText[column] = rows[r][c].simplified();
            }
        }
        if (std::all_of(found.begin(), found.begin() + requiredColumns, [](int c) { return c >= 0; })) {
            headerIndex = r;
            columnAt = found;
        }
    }
    if (headerIndex < 0)
        return Status::failure(tr("No header row with the columns %1 was found in the first %2 rows; nothing was "
                                  "imported.")
                                   .arg(columns().mid(0, requiredColumns).join(QStringLiteral(", ")))
                                   .arg(headerSearchRows));

    auto kinds = DictionaryRepository(m_db).entries(QStringLiteral("work_kinds"));
    if (!kinds)
        return kinds.status();
    QHash<QString, qint64> kindByKey;
    for (const DictionaryEntry &kind : kinds.value()) {
        kindByKey.insert(searchKey(kind.name), kind.id);
        if (!kind.code.isEmpty())
            kindByKey.insert(searchKey(kind.code), kind.id);
    }
    QHash<QString, qint64> methodists, teachers;
    QList<ImportIssue> issues;
    QList<WorkLogEntry> entries;
    const auto cell = [&](const QStringList &cells, Column column) {
        return columnAt[column] >= 0 ? cells.value(columnAt[column]).trimmed() : QString();
    };
    const auto issue = [&](int row, Column column, const QString &message) {
        issues.append({row, headerText[column], message, false});
    };
    // A person by СНИЛС, looked up once per number.
    const auto person = [&](int row, const QStringList &cells, Column column, QHash<QString, qint64> &cache,
                            auto lookup, const QString &notFound) -> qint64 {
        const QString text = cell(cells, column);
        if (Snils::isBlank(text)) {
            issue(row, column, tr("The СНИЛС is required."));
            return 0;
        }
        auto snils = Snils::parse(text);
        if (!snils) {
            issue(row, column, snils.message());
            return 0;
        }
        if (!cache.contains(snils->digits())) {
            auto id = lookup(snils->digits());
            if (!id) {
                issue(row, column, id.message());
                return 0;
            }
            cache.insert(snils->digits(), id.value());
        }
        const qint64 id = cache.value(snils->digits());
        if (id == 0)
            issue(row, column, notFound.arg(snils->formatted()));
        return id;
    };
    MethodistRepository methodistRepository(m_db);
    TeacherRepository teacherRepository(m_db);
    for (int r = headerIndex + 1; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        const int row = table->lineNumbers.value(r);
        WorkLogEntry e;
        e.methodistId = person(row, cells, MethodistSnils, methodists,
                               [&](const QString &d) { return methodistRepository.findBySnils(d); },
                               tr("There is no methodist with СНИЛС %1."));
        e.teacherId = person(row, cells, TeacherSnils, teachers,
                             [&](const QString &d) { return teacherRepository.findBySnils(d); },
                             tr("There is no teacher with СНИЛС %1."));
        const QString kind = cell(cells, WorkKind);
        e.workKindId = kindByKey.value(searchKey(kind));
        if (e.workKindId == 0)
            issue(row, WorkKind, kind.isEmpty() ? tr("The kind of work is required.")
                                                : tr("«%1» is not a kind of work of the dictionary.").arg(kind));
        const QString date = cell(cells, Date);
        e.workedOn = parseDate(date);
        if (!e.workedOn.isValid())
            issue(row, Date, date.isEmpty() ? tr("The date is required.")
                                            : tr("«%1» is not a date; write it as 31.12.2025 or 2025-12-31.").arg(date));
        const QString duration = cell(cells, Duration);
        if (!duration.isEmpty()) {
            bool ok = false;
            const int minutes = duration.toInt(&ok);
            if (!ok || minutes <= 0)
                issue(row, Duration, tr("«%1» is not a positive whole number of minutes.").arg(duration));
            else
                e.durationMinutes = minutes;
        }
        e.result = cell(cells, ResultText);
        entries.append(e);
    }
    if (!issues.isEmpty()) {
        QStringList lines{tr("Nothing was imported: %n error(s).", nullptr, int(issues.size()))};
        for (int i = 0; i < std::min<qsizetype>(issues.size(), issuesShown); ++i)
            lines.append(issues[i].text());
        if (issues.size() > issuesShown)
            lines.append(tr("…and %n more.", nullptr, int(issues.size() - issuesShown)));
        return Status::failure(lines.join(u'\n'));
    }

    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    WorkLogRepository log(m_db);
    const qint64 total = entries.size();
    for (qint64 i = 0; i < total; ++i) {
        if (auto inserted = log.insert(entries[i]); !inserted)
            return Status::failure(tr("An entry could not be saved, so nothing was imported: %1")
                                       .arg(inserted.message()));
        if (progress && i % 500 == 0) {
            progress->report(i, total);
            if (progress->cancelled())
                return Status::failure(tr("Cancelled; nothing was imported."));
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (progress)
        progress->report(total, total);
    return int(total);
}

Result<int> WorkLogService::exportCsv(const QString &path, const WorkLogFilter &filter) const
{
    QList<QStringList> rows{columns()};
    Status status = WorkLogRepository(m_db).forEach(filter, [&rows](const WorkLogRow &r) {
        rows.append({Snils::format(r.methodistSnils), Snils::format(r.teacherSnils), r.workKind,
                     r.entry.workedOn.toString(QStringLiteral("dd.MM.yyyy")),
                     r.entry.durationMinutes ? QString::number(*r.entry.durationMinutes) : QString(), r.entry.result});
        return true;
    });
    if (!status)
        return status;
    if (Status written = CsvWriter::write(path, rows); !written)
        return written;
    return int(rows.size() - 1);
}

} // namespace metodist
