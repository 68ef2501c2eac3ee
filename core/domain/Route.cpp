#include "domain/Route.h"

#include "domain/SearchKey.h"

#include <algorithm>

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

namespace metodist {

QString CatalogueEntry::formCode(CatalogueForm form)
{
    switch (form) {
    case CatalogueForm::InPerson:
        return QStringLiteral("in_person");
    case CatalogueForm::Distance:
        return QStringLiteral("distance");
    case CatalogueForm::Blended:
        return QStringLiteral("blended");
    case CatalogueForm::Unknown:
        break;
    }
    return {};
}

CatalogueForm CatalogueEntry::formFromCode(const QString &code)
{
    for (CatalogueForm form : {CatalogueForm::InPerson, CatalogueForm::Distance, CatalogueForm::Blended})
        if (formCode(form) == code)
            return form;
    return CatalogueForm::Unknown;
}

std::optional<CatalogueForm> CatalogueEntry::parseForm(const QString &text)
{
    QString key = searchKey(text);
    key.removeIf([](QChar c) { return !c.isLetter(); });
    if (key.isEmpty())
        return CatalogueForm::Unknown;
    // «очно-заочно», «очно-дистанционная», «смешанная», «гибридная»: both.
    static const QStringList blended{QStringLiteral("смешан"), QStringLiteral("очнозаочн"),
                                     QStringLiteral("очнодистанц"), QStringLiteral("гибрид"),
                                     QStringLiteral("blended"), QStringLiteral("mixed")};
    static const QStringList distance{QStringLiteral("дистанц"), QStringLiteral("заочн"), QStringLiteral("онлайн"),
                                      QStringLiteral("online"), QStringLiteral("дот"), QStringLiteral("вебинар"),
                                      QStringLiteral("distance")};
    static const QStringList inPerson{QStringLiteral("очн"), QStringLiteral("офлайн"), QStringLiteral("offline"),
                                      QStringLiteral("inperson")};
    const auto startsWithAny = [&key](const QStringList &stems) {
        return std::any_of(stems.begin(), stems.end(), [&key](const QString &stem) { return key.startsWith(stem); });
    };
    if (startsWithAny(blended))
        return CatalogueForm::Blended;
    if (startsWithAny(distance))
        return CatalogueForm::Distance;
    if (startsWithAny(inPerson))
        return CatalogueForm::InPerson;
    return std::nullopt;
}

QString CatalogueEntry::formName(CatalogueForm form)
{
    switch (form) {
    case CatalogueForm::InPerson:
        return RouteRules::tr("in person");
    case CatalogueForm::Distance:
        return RouteRules::tr("distance");
    case CatalogueForm::Blended:
        return RouteRules::tr("blended");
    case CatalogueForm::Unknown:
        break;
    }
    return {};
}

} // namespace metodist
