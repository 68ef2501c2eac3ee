#include "services/WorkLogService.h"

#include "documents/CsvReader.h"
#include "documents/CsvWriter.h"
#include "domain/AcademicYear.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "domain/TextRules.h"
#include "services/EditFields.h"
#include "services/Importer.h"
#include "storage/AssignmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace metodist {

namespace {

enum Column {
    MethodistSnils,
    TeacherSnils,
    WorkKind,
    Date,
    Duration,
    ResultText,
    MethodistName,
    TeacherName,
    ColumnCount
};
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

// A header needs the kind, the date, and each person by СНИЛС or by name.
bool isHeader(const QList<int> &found)
{
    return found[WorkKind] >= 0 && found[Date] >= 0 && (found[MethodistSnils] >= 0 || found[MethodistName] >= 0)
        && (found[TeacherSnils] >= 0 || found[TeacherName] >= 0);
}

// How a person of a row is found: by СНИЛС, or by full name when that cell
// is empty; each number and name is looked up once.
struct PersonColumns
{
    Column snils;
    Column name;
    std::function<Result<qint64>(const QString &digits)> findBySnils;
    std::function<Result<QList<qint64>>(const QString &key)> findByName;
    QString notFoundSnils; // %1: the formatted number
    QString notFoundName;  // %1: the name as written
    QString ambiguousName; // %1: the name as written
    QHash<QString, qint64> bySnils = {};
    QHash<QString, QList<qint64>> byName = {};
};

} // namespace

QStringList WorkLogService::columns()
{
    return {QStringLiteral("Методист (СНИЛС)"), QStringLiteral("Педагог (СНИЛС)"), QStringLiteral("Вид работы"),
            QStringLiteral("Дата"),             QStringLiteral("Длительность (мин)"), QStringLiteral("Результат"),
            QStringLiteral("Методист (ФИО)"),   QStringLiteral("Педагог (ФИО)")};
}

Result<int> WorkLogService::importCsv(const QString &path, Progress *progress, ImportReport *report)
{
    // Read as a stream, one record at a time: the header among the first
    // rows, then each row checked and written inside one transaction that is
    // rolled back at the first fault, so memory stays bounded by a record
    // (CsvStream bounds those) and by the report's listed issues.
    CsvStream stream;
    if (Status opened = stream.open(path); !opened)
        return opened;
    ImportReport local;
    ImportReport &issues = report ? *report : local;
    issues = ImportReport();
    issues.encoding = stream.encoding();
    const QStringList names = columns();

    // The header: the first row naming the required columns, up to case and ё.
    QHash<QString, int> wanted;
    for (int c = 0; c < ColumnCount; ++c)
        wanted.insert(searchKey(names[c]), c);
    QList<int> columnAt(ColumnCount, -1);
    QStringList headerText(ColumnCount);
    QStringList cells;
    int row = 0;
    bool headerFound = false;
    for (int seen = 0; seen < headerSearchRows && !headerFound && stream.next(cells, row); ++seen) {
        QList<int> found(ColumnCount, -1);
        QStringList text(ColumnCount);
        for (int c = 0; c < cells.size(); ++c) {
            if (cells[c].size() > TextRules::maxLength(TextKind::Line))
                continue; // no header is that long
            const int column = wanted.value(searchKey(cells[c]), -1);
            if (column >= 0 && found[column] < 0) {
                found[column] = c;
                text[column] = cells[c].simplified();
            }
        }
        if (isHeader(found)) {
            headerFound = true;
            columnAt = found;
            headerText = text;
            issues.headerRow = row;
        }
    }
    if (!stream.status())
        return stream.status();
    if (!headerFound)
        return Status::failure(tr("No header row with the columns %1 (a person may be given by %2 instead of the "
                                  "СНИЛС) was found in the first %3 rows; nothing was imported.")
                                   .arg(names.mid(MethodistSnils, 4).join(QStringLiteral(", ")),
                                        names.mid(MethodistName, 2).join(QStringLiteral(", ")))
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
    const auto cell = [&](const QStringList &cells, Column column) {
        return columnAt[column] >= 0 ? cells.value(columnAt[column]).trimmed() : QString();
    };
    bool rowFaulty = false;
    const auto issue = [&](int row, Column column, const QString &message) {
        issues.addIssue({row, headerText[column], message, false});
        rowFaulty = true;
    };
    // Every cell read against TextRules before its value is used (or quoted
    // in a message): a hostile cell is reported by its length or character.
    const auto textsSound = [&](int row, const QStringList &cells) {
        bool sound = true;
        for (int c = 0; c < ColumnCount; ++c) {
            const Column column = Column(c);
            if (columnAt[column] < 0)
                continue;
            const TextKind kind = column == ResultText                                   ? TextKind::Note
                                  : column == MethodistName || column == TeacherName ? TextKind::Title
                                                                                         : TextKind::Line;
            const QString problem = TextRules::problem(cell(cells, column), kind);
            if (!problem.isEmpty()) {
                issue(row, column, problem);
                sound = false;
            }
        }
        return sound;
    };
    const auto person = [&](int row, const QStringList &cells, PersonColumns &p) -> qint64 {
        const QString text = cell(cells, p.snils);
        if (!Snils::isBlank(text)) {
            auto snils = Snils::parse(text);
            if (!snils) {
                issue(row, p.snils, snils.message());
                return 0;
            }
            if (!p.bySnils.contains(snils->digits())) {
                auto id = p.findBySnils(snils->digits());
                if (!id) {
                    issue(row, p.snils, id.message());
                    return 0;
                }
                if (p.bySnils.size() >= 10000)
                    p.bySnils.clear();
                p.bySnils.insert(snils->digits(), id.value());
            }
            const qint64 id = p.bySnils.value(snils->digits());
            if (id == 0)
                issue(row, p.snils, p.notFoundSnils.arg(snils->formatted()));
            return id;
        }
        const QString name = cell(cells, p.name).simplified();
        const QString key = searchKey(name);
        if (key.isEmpty()) {
            if (columnAt[p.name] < 0)
                issue(row, p.snils, tr("The СНИЛС is required."));
            else
                issue(row, columnAt[p.snils] >= 0 ? p.snils : p.name, tr("Give the СНИЛС or the full name."));
            return 0;
        }
        if (!p.byName.contains(key)) {
            auto ids = p.findByName(key);
            if (!ids) {
                issue(row, p.name, ids.message());
                return 0;
            }
            // Bounded: a file of a million different names is not remembered whole.
            if (p.byName.size() >= 10000)
                p.byName.clear();
            p.byName.insert(key, ids.value());
        }
        const QList<qint64> ids = p.byName.value(key);
        if (ids.size() == 1)
            return ids.first();
        issue(row, p.name, (ids.isEmpty() ? p.notFoundName : p.ambiguousName).arg(name));
        return 0;
    };
    MethodistRepository methodistRepository(m_db);
    TeacherRepository teacherRepository(m_db);
    // Two ids are enough to know a name is ambiguous.
    PersonColumns methodists{MethodistSnils,
                             MethodistName,
                             [&](const QString &d) { return methodistRepository.findBySnils(d); },
                             [&](const QString &k) { return methodistRepository.findAllByName(k, 2); },
                             tr("There is no methodist with СНИЛС %1."),
                             tr("There is no methodist named «%1»."),
                             tr("More than one methodist is named «%1»; give the СНИЛС instead.")};
    PersonColumns teachers{TeacherSnils,
                           TeacherName,
                           [&](const QString &d) { return teacherRepository.findBySnils(d); },
                           [&](const QString &k) { return teacherRepository.findAllByName(k, 2); },
                           tr("There is no teacher with СНИЛС %1."),
                           tr("There is no teacher named «%1»."),
                           tr("More than one teacher is named «%1»; give the СНИЛС instead.")};

    // All or nothing: every good row is written as it is read while no fault
    // has been seen; the first fault stops the writing, the rest of the file
    // is still checked for the report, and the transaction is rolled back.
    const BulkWrite bulk(m_db);
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    WorkLogRepository log(m_db);
    constexpr qint64 progressSteps = 1000;
    int added = 0;
    int seen = 0;
    while (stream.next(cells, row)) {
        if (progress && ++seen % 500 == 0) {
            progress->report(qint64(stream.fractionDone() * progressSteps), progressSteps);
            if (progress->cancelled())
                return Status::failure(tr("Cancelled; nothing was imported."));
        }
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        ++issues.dataRows;
        rowFaulty = false;
        if (!textsSound(row, cells)) {
            ++issues.invalid;
            continue;
        }
        WorkLogEntry e;
        e.methodistId = person(row, cells, methodists);
        e.teacherId = person(row, cells, teachers);
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
        if (rowFaulty) {
            ++issues.invalid;
            continue;
        }
        if (!issues.issues.isEmpty())
            continue; // nothing will be written; only checked
        if (auto inserted = log.insert(e); !inserted)
            return Status::failure(tr("An entry could not be saved, so nothing was imported: %1")
                                       .arg(inserted.message()));
        ++added;
    }
    if (!stream.status())
        return Status::failure(tr("Nothing was imported: %1").arg(stream.status().message()));
    if (const int errors = issues.errorCount(); errors > 0) {
        QStringList lines{tr("Nothing was imported: %n error(s).", nullptr, errors)};
        for (int i = 0; i < std::min<qsizetype>(issues.issues.size(), issuesShown); ++i)
            lines.append(issues.issues[i].text());
        if (errors > issuesShown)
            lines.append(tr("…and %n more.", nullptr, errors - issuesShown));
        return Status::failure(lines.join(u'\n'));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    issues.created = added;
    issues.written = true;
    if (progress)
        progress->report(progressSteps, progressSteps);
    return added;
}

Result<int> WorkLogService::exportCsv(const QString &path, const WorkLogFilter &filter) const
{
    QList<QStringList> rows{columns()};
    Status status = WorkLogRepository(m_db).forEach(filter, [&rows](const WorkLogRow &r) {
        rows.append({Snils::format(r.methodistSnils), Snils::format(r.teacherSnils), r.workKind,
                     r.entry.workedOn.toString(QStringLiteral("dd.MM.yyyy")),
                     r.entry.durationMinutes ? QString::number(*r.entry.durationMinutes) : QString(), r.entry.result,
                     r.methodistName, r.teacherName});
        return true;
    });
    if (!status)
        return status;
    if (Status written = CsvWriter::write(path, rows); !written)
        return written;
    return int(rows.size() - 1);
}

Result<qint64> WorkLogService::findWorkKind(const QString &nameOrCode) const
{
    auto kinds = DictionaryRepository(m_db).entries(QStringLiteral("work_kinds"));
    if (!kinds)
        return kinds.status();
    const QString key = searchKey(nameOrCode);
    for (const DictionaryEntry &kind : kinds.value())
        if (!key.isEmpty() && (searchKey(kind.name) == key || searchKey(kind.code) == key))
            return kind.id;
    return qint64(0);
}

WorkLogSummary WorkLogService::summarise(const QList<WorkLogRow> &rows, const QList<DictionaryEntry> &kinds)
{
    WorkLogSummary summary;
    QHash<qint64, int> kindAt;
    for (const DictionaryEntry &kind : kinds) {
        kindAt.insert(kind.id, int(summary.kinds.size()));
        summary.kinds.append({kind.id, kind.name, 0, 0});
    }
    QSet<qint64> teachers, methodists;
    for (const WorkLogRow &row : rows) {
        ++summary.entries;
        teachers.insert(row.entry.teacherId);
        methodists.insert(row.entry.methodistId);
        auto at = kindAt.constFind(row.entry.workKindId);
        if (at == kindAt.cend()) {
            at = kindAt.insert(row.entry.workKindId, int(summary.kinds.size()));
            summary.kinds.append({row.entry.workKindId, row.workKind, 0, 0});
        }
        WorkLogKindCount &kind = summary.kinds[*at];
        ++kind.entries;
        if (row.entry.durationMinutes) {
            summary.minutes += *row.entry.durationMinutes;
            kind.minutes += *row.entry.durationMinutes;
        } else {
            ++summary.withoutDuration;
        }
    }
    summary.teachers = int(teachers.size());
    summary.methodists = int(methodists.size());
    return summary;
}

Result<WorkLogSummary> WorkLogService::summary(const WorkLogFilter &filter) const
{
    auto rows = WorkLogRepository(m_db).list(filter);
    if (!rows)
        return rows.status();
    auto kinds = DictionaryRepository(m_db).entries(QStringLiteral("work_kinds"));
    if (!kinds)
        return kinds.status();
    return summarise(rows.value(), kinds.value());
}

Result<QList<NameMatch>> WorkLogService::assignedTeachers(qint64 methodistId, const QDate &on) const
{
    if (methodistId <= 0 || !on.isValid())
        return QList<NameMatch>();
    AssignmentFilter filter;
    filter.academicYear = AcademicYear::containing(on).text();
    filter.methodistId = methodistId;
    filter.activeOnly = false;
    auto assigned = AssignmentRepository(m_db).list(filter);
    if (!assigned)
        return assigned.status();
    QList<NameMatch> teachers;
    QSet<qint64> seen;
    for (const AssignmentRow &row : assigned.value())
        if (!seen.contains(row.teacherId)) {
            seen.insert(row.teacherId);
            teachers.append({row.teacherId, row.teacherName});
        }
    std::sort(teachers.begin(), teachers.end(), [](const NameMatch &a, const NameMatch &b) {
        return QString::localeAwareCompare(a.fullName, b.fullName) < 0;
    });
    return teachers;
}

Result<SaveOutcome<WorkLogEntry>> WorkLogService::saveEntry(const WorkLogEntry &loaded, const WorkLogEntry &edited,
                                                           SaveMode mode)
{
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    CheckedSave<WorkLogEntry> how;
    how.prepare = [id](WorkLogEntry &e) {
        e.id = id;
        return Status::success();
    };
    how.readStored = [&]() -> Result<std::optional<WorkLogEntry>> {
        if (id == 0)
            return std::optional<WorkLogEntry>(loaded);
        return WorkLogRepository(m_db).get(id);
    };
    how.fields = [&](const WorkLogEntry &e) { return fields.workLogEntry(e); };
    how.write = [&](const WorkLogEntry &completed, const std::optional<WorkLogEntry> &stored) -> Result<qint64> {
        WorkLogRepository log(m_db);
        if (id > 0 && stored) {
            if (Status updated = log.update(completed); !updated)
                return updated;
            return id;
        }
        WorkLogEntry e = completed;
        e.id = 0;
        return log.insert(e);
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

} // namespace metodist
