#pragma once

#include "Status.h"
#include "domain/WorkLog.h"
#include "storage/Database.h"

#include <QList>
#include <functional>
#include <optional>
#include <vector>

namespace metodist {

class WorkLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogRepository)

public:
    explicit WorkLogRepository(const Database &db) : m_db(db) {}

    // The entry, or nothing when there is none with this id.
    Result<std::optional<WorkLogEntry>> get(qint64 id) const;
    // By date, then methodist and teacher; the callback returns false to stop.
    Status forEach(const WorkLogFilter &filter, const std::function<bool(const WorkLogRow &)> &visit) const;
    Result<QList<WorkLogRow>> list(const WorkLogFilter &filter) const;

protected:
    const Database &m_db;
};

// The writing half of WorkLogRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class WorkLogWriter : public WorkLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogWriter)

public:
    explicit WorkLogWriter(Database &db) : WorkLogRepository(db) {}

    Result<qint64> insert(const WorkLogEntry &entry);
    // Many entries, checked as insert checks one, many rows a statement (a
    // demonstration region writes hundreds of thousands).
    Status insertMany(const std::vector<WorkLogEntry> &entries);
    Status update(const WorkLogEntry &entry);
    Status remove(qint64 id);
};

} // namespace metodist
