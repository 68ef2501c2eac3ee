#include "domain/Route.h"

namespace metodist {

RouteProgress RouteRules::progress(const QList<RouteItem> &items)
{
    RouteProgress p;
    for (const RouteItem &item : items) {
        if (item.status == RouteItemStatus::Cancelled)
            continue;
        ++p.counted;
        if (item.status == RouteItemStatus::Done)
            ++p.done;
    }
    return p;
}

bool RouteRules::matches(const RouteFilter &filter, const RouteProgress &p)
{
    using State = RouteFilter::State;
    switch (filter.state) {
    case State::Any:
        break;
    case State::Empty:
        if (p.counted != 0)
            return false;
        break;
    case State::NotStarted:
        if (p.counted == 0 || p.done != 0)
            return false;
        break;
    case State::Started:
        if (p.done == 0 || p.completed())
            return false;
        break;
    case State::Completed:
        if (!p.completed())
            return false;
        break;
    case State::NotCompleted:
        if (p.completed())
            return false;
        break;
    }
    if (filter.minProgress)
        return p.value() && *p.value() + 1e-9 >= *filter.minProgress;
    return true;
}

QString RouteRules::statusCode(RouteItemStatus status)
{
    switch (status) {
    case RouteItemStatus::Planned:
        return QStringLiteral("planned");
    case RouteItemStatus::InProgress:
        return QStringLiteral("in_progress");
    case RouteItemStatus::Done:
        return QStringLiteral("done");
    case RouteItemStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<RouteItemStatus> RouteRules::statusFromCode(const QString &code)
{
    for (RouteItemStatus s : {RouteItemStatus::Planned, RouteItemStatus::InProgress, RouteItemStatus::Done,
                              RouteItemStatus::Cancelled})
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString RouteRules::statusText(RouteItemStatus status)
{
    switch (status) {
    case RouteItemStatus::Planned:
        return tr("planned");
    case RouteItemStatus::InProgress:
        return tr("in progress");
    case RouteItemStatus::Done:
        return tr("done");
    case RouteItemStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace metodist
