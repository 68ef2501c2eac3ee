#include "models/RouteModels.h"

#include "domain/Roadmap.h"

namespace metodist {

namespace {

QVariant shown(const QString &text, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

} // namespace

RouteRowModel::RouteRowModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Teacher"), [](const RouteRow &row, int role) { return shown(row.teacherName, role); });
    addColumn(tr("Organisation"), [](const RouteRow &row, int role) { return shown(row.organisation, role); });
    addColumn(tr("Municipality"), [](const RouteRow &row, int role) { return shown(row.municipality, role); });
    addColumn(tr("Year"), [](const RouteRow &row, int role) { return shown(row.academicYear, role); });
    addColumn(tr("Tutor"), [](const RouteRow &row, int role) { return shown(row.tutorName, role); });
    addColumn(tr("Progress"), [](const RouteRow &row, int role) -> QVariant {
        const auto value = row.progress.value();
        if (role == Qt::DisplayRole)
            return value ? tr("%1 of %2 (%3 %)").arg(row.progress.done).arg(row.progress.counted).arg(qRound(*value * 100))
                         : tr("no items");
        if (role == SortRole)
            return value ? *value : -1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    });
}

int RouteRowModel::rowOf(qint64 routeId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).routeId == routeId)
            return row;
    return -1;
}

QString RouteItemModel::details(const RouteItem &item)
{
    QStringList parts;
    if (item.hours)
        parts << tr("%n hour(s)", nullptr, *item.hours);
    if (item.federalRegistry)
        parts << tr("federal registry");
    if (!item.organisationName.isEmpty())
        parts << item.organisationName;
    if (!item.eventTitle.isEmpty())
        parts << item.eventTitle;
    return parts.join(QStringLiteral(", "));
}

RouteItemModel::RouteItemModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("№"), [](const RouteItem &item, int role) -> QVariant {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(item.position) : QVariant();
    });
    addColumn(tr("Kind"), [](const RouteItem &item, int role) { return shown(item.kindName, role); });
    addColumn(tr("Item"), [](const RouteItem &item, int role) { return shown(item.title, role); });
    addColumn(tr("Deficit"), [](const RouteItem &item, int role) { return shown(item.deficitAreaName, role); });
    addColumn(tr("Details"), [](const RouteItem &item, int role) { return shown(details(item), role); });
    addColumn(tr("Dates"), [](const RouteItem &item, int role) -> QVariant {
        if (role == SortRole)
            return item.startsOn;
        return shown(RoadmapRules::periodText({item.startsOn, item.endsOn}), role);
    });
    addColumn(tr("Status"), [](const RouteItem &item, int role) { return shown(RouteRules::statusText(item.status), role); });
}

} // namespace metodist
