#pragma once

#include "Status.h"
#include "domain/Route.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

// Routes (ИОМ) and their items (the catalogue is CatalogueRepository's). The
// caller holds the transaction where statements must stand or fall together.
class RouteRepository
{
    Q_DECLARE_TR_FUNCTIONS(RouteRepository)

public:
    explicit RouteRepository(const Database &db) : m_db(db) {}

    // 0 when the teacher has no route that year.
    Result<qint64> find(qint64 teacherId, const QString &academicYear) const;
    Result<Route> load(qint64 routeId) const;

    // The registry, by teacher name.
    Result<QList<RouteRow>> rows(const RouteFilter &filter) const;

protected:
    const Database &m_db;
};

// The writing half of RouteRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class RouteWriter : public RouteRepository
{
    Q_DECLARE_TR_FUNCTIONS(RouteWriter)

public:
    explicit RouteWriter(Database &db) : RouteRepository(db) {}

    // The route with its items.
    Result<qint64> insert(const Route &route);
    // Appends a new item (id 0) or updates one.
    Result<qint64> saveItem(qint64 routeId, const RouteItem &item);
    Status setItemStatus(qint64 itemId, RouteItemStatus status);
    // Removes the item; the ones after it move up a position.
    Status removeItem(qint64 itemId);
};

} // namespace metodist
