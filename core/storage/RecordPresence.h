#pragma once

#include "Status.h"
#include "storage/Database.h"

namespace metodist {

// The records an editor can have open while someone else deletes them.
enum class RecordTable { Teachers, Methodists, Events, WorkLog, RouteItems, RoadmapActivities };

// Whether the row is still there: tells a record deleted meanwhile from a
// failed read.
Result<bool> recordExists(const Database &db, RecordTable table, qint64 id);

} // namespace metodist
