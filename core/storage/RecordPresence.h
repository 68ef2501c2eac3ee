#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <optional>

namespace metodist {

// The records an editor can have open while someone else deletes them.
enum class RecordTable { Teachers, Methodists, Events, WorkLog, RouteItems, RoadmapActivities, NetworkUnits };

// Whether the row is still there: tells a record deleted meanwhile from a
// failed read.
Result<bool> recordExists(const Database &db, RecordTable table, qint64 id);

// The record as `read` (a repository's get) gives it, or nothing when the row
// is gone; a read that fails on a row still there is an error.
template<typename T, typename Read>
Result<std::optional<T>> storedOrNothing(const Database &db, RecordTable table, qint64 id, Read read)
{
    Result<T> stored = read();
    if (stored)
        return std::optional<T>(std::move(stored).value());
    auto exists = recordExists(db, table, id);
    if (!exists)
        return exists.status();
    if (exists.value())
        return stored.status();
    return std::optional<T>();
}

} // namespace metodist
