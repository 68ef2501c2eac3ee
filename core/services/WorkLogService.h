#pragma once

#include "Status.h"
#include "domain/WorkLog.h"
#include "services/EditConflict.h"
#include "services/Importer.h"
#include "services/Progress.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/TeacherRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// What a list of entries sums up to: for the work-log page and reports.
struct WorkLogKindCount
{
    qint64 workKindId = 0;
    QString workKind;
    int entries = 0;
    qint64 minutes = 0;
};

struct WorkLogSummary
{
    int entries = 0;
    int teachers = 0;   // distinct
    int methodists = 0; // distinct
    qint64 minutes = 0; // of the entries with a duration
    int withoutDuration = 0;
    // Every kind of the dictionary in its order (zero counts too), then any
    // kind the rows name that the dictionary no longer has.
    QList<WorkLogKindCount> kinds;

    double hours() const { return double(minutes) / 60.0; }
};

// The work log in and out of files. The columns are a file format shared with
// the offices' spreadsheets, so their Russian names are not translated:
// Методист (СНИЛС) | Педагог (СНИЛС) | Вид работы | Дата | Длительность (мин) |
// Результат | Методист (ФИО) | Педагог (ФИО). A file is read by the registry
// import's pipeline (ImportKind::WorkLog): CSV or XLSX, the header found under
// any title, columns by name in any order, a person given by СНИЛС or, when
// that cell is empty, by full name.
class WorkLogService
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogService)

public:
    explicit WorkLogService(Database &db) : m_db(db) {}

    static QStringList columns();

    // All rows or none: every error is reported as «Row N, column «…»: …» and
    // then nothing is written. Returns how many entries were added. The
    // failure's message lists the first faults; `report`, when given, gets
    // them all the way the registry import keeps them (the first
    // ImportReport::maxListedIssues listed, the rest counted per kind).
    static Result<int> importFile(Database &db, const QString &path, Progress *progress = nullptr,
                                  ImportReport *report = nullptr);
    // Returns how many entries were written.
    Result<int> exportCsv(const QString &path, const WorkLogFilter &filter = {}) const;

    // The entry editor's save: a new entry (loaded.id 0), or the changes to
    // one read earlier — refused with a conflict when someone else changed or
    // deleted it meanwhile (see saveChecked), unless told to overwrite.
    Result<SaveOutcome<WorkLogEntry>> saveEntry(const WorkLogEntry &loaded, const WorkLogEntry &edited,
                                                SaveMode mode = SaveMode::UnlessChangedElsewhere);
    // A new entry; its id.
    Result<qint64> addEntry(const WorkLogEntry &entry);
    Status removeEntry(qint64 id);

    // The kind of work by its name or code in the dictionary, up to case and ё; 0 when none.
    Result<qint64> findWorkKind(const QString &nameOrCode) const;

    static WorkLogSummary summarise(const QList<WorkLogRow> &rows, const QList<DictionaryEntry> &kinds);
    Result<WorkLogSummary> summary(const WorkLogFilter &filter) const;

    // The teachers a methodist may have worked with on a date: those assigned
    // to them in that date's academic year (ended assignments too), by name.
    Result<QList<NameMatch>> assignedTeachers(qint64 methodistId, const QDate &on) const;

private:
    Database &m_db;
};

} // namespace metodist
