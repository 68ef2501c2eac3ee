#pragma once

#include "domain/Route.h"
#include "models/ListModel.h"

namespace metodist {

// The registry of routes with their progress.
class RouteRowModel : public ListModel<RouteRow>
{
    Q_DECLARE_TR_FUNCTIONS(RouteRowModel)

public:
    explicit RouteRowModel(QObject *parent = nullptr);
    int rowOf(qint64 routeId) const;
};

// The items of a route.
class RouteItemModel : public ListModel<RouteItem>
{
    Q_DECLARE_TR_FUNCTIONS(RouteItemModel)

public:
    explicit RouteItemModel(QObject *parent = nullptr);
    // What the item is: its kind, hours, the federal registry, the site.
    static QString details(const RouteItem &item);
};

} // namespace metodist
