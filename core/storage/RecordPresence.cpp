#include "storage/RecordPresence.h"

namespace metodist {

namespace {

QString tableName(RecordTable table)
{
    switch (table) {
    case RecordTable::Teachers:
        return QStringLiteral("teachers");
    case RecordTable::Methodists:
        return QStringLiteral("methodists");
    case RecordTable::Events:
        return QStringLiteral("events");
    case RecordTable::WorkLog:
        return QStringLiteral("work_log");
    case RecordTable::RouteItems:
        return QStringLiteral("route_items");
    case RecordTable::RoadmapActivities:
        return QStringLiteral("roadmap_activities");
    case RecordTable::NetworkUnits:
        return QStringLiteral("network_units");
    }
    return {};
}

} // namespace

Result<bool> recordExists(const Database &db, RecordTable table, qint64 id)
{
    // The table name comes from the fixed list above, never from input.
    auto query = db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(tableName(table)), {id});
    if (!query)
        return query.status();
    return query.value().next();
}

} // namespace metodist
