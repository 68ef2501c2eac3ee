#pragma once

#include "Status.h"
#include "domain/WorkLog.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// The work log in and out of CSV. The columns are a file format shared with
// the offices' spreadsheets, so their Russian names are not translated:
// Методист (СНИЛС) | Педагог (СНИЛС) | Вид работы | Дата | Длительность (мин) | Результат.
class WorkLogService
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogService)

public:
    explicit WorkLogService(const Database &db) : m_db(db) {}

    static QStringList columns();

    // All rows or none: every error is reported as «Row N, column «…»: …» and
    // then nothing is written. Returns how many entries were added.
    Result<int> importCsv(const QString &path, Progress *progress = nullptr);
    // Returns how many entries were written.
    Result<int> exportCsv(const QString &path, const WorkLogFilter &filter = {}) const;

private:
    const Database &m_db;
};

} // namespace metodist
