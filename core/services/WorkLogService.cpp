#include "services/WorkLogService.h"

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


namespace metodist {

namespace {

constexpr int issuesShown = 20;

} // namespace

QStringList WorkLogService::columns()
{
    QStringList headers;
    for (ImportField field : ImportColumns::fields(ImportKind::WorkLog))
        headers << ImportColumns::header(field);
    return headers;
}

Result<int> WorkLogService::importFile(Database &db, const QString &path, Progress *progress, ImportReport *report)
{
    auto imported = Importer(db, ImportKind::WorkLog, {}, progress).importFile(path);
    if (!imported)
        return imported.status(); // says itself that nothing was imported
    if (report)
        *report = imported.value();
    const ImportReport &issues = imported.value();
    if (const int errors = issues.errorCount(); errors > 0 || !issues.written) {
        QStringList lines{tr("Nothing was imported: %n error(s).", nullptr, errors)};
        // The values no dictionary knows come first, once each.
        const QStringList all = issues.lines();
        lines.append(all.mid(0, issuesShown));
        if (all.size() > issuesShown)
            lines.append(tr("…and %n more.", nullptr, int(all.size() - issuesShown)));
        return Status::failure(lines.join(u'\n'));
    }
    return issues.created;
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
        WorkLogWriter log(m_db);
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

Result<qint64> WorkLogService::addEntry(const WorkLogEntry &entry)
{
    WorkLogEntry e = entry;
    e.id = 0;
    auto saved = saveEntry(WorkLogEntry{}, e, SaveMode::Overwrite);
    if (!saved)
        return saved.status();
    return saved.value().id();
}

Status WorkLogService::removeEntry(qint64 id)
{
    return WorkLogWriter(m_db).remove(id);
}

} // namespace metodist
