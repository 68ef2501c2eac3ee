#include "models/NetworkModels.h"

namespace metodist {

namespace {

QVariant shown(const QString &text, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

QVariant number(int value, int role)
{
    if (role == Qt::DisplayRole || role == SortRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

NetworkUnitModel::NetworkUnitModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Kind"), [](const NetworkUnit &u, int role) { return shown(u.kindName, role); });
    addColumn(tr("Name"), [](const NetworkUnit &u, int role) -> QVariant {
        if (role == Qt::ToolTipRole && !u.theme.isEmpty())
            return tr("%1\nTheme: %2").arg(u.name, u.theme);
        return shown(u.name, role);
    });
    addColumn(tr("Municipality"), [](const NetworkUnit &u, int role) -> QVariant {
        if (u.isRegional()) {
            if (role == Qt::DisplayRole)
                return tr("regional");
            // The regional units first, whatever the municipalities' names.
            if (role == SortRole)
                return QString();
            return {};
        }
        return shown(u.municipality, role);
    });
    addColumn(tr("Host organisation"), [](const NetworkUnit &u, int role) { return shown(u.organisation, role); });
    addColumn(tr("Members"), [](const NetworkUnit &u, int role) { return number(u.members, role); });
    addColumn(tr("Head"), [](const NetworkUnit &u, int role) { return shown(u.head, role); });
}

NetworkMemberModel::NetworkMemberModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Member"), [](const NetworkMember &m, int role) { return shown(m.name, role); });
    addColumn(tr("Role"), [](const NetworkMember &m, int role) {
        return shown(m.head ? tr("head") : tr("member"), role);
    });
    addColumn(tr("Registry"), [](const NetworkMember &m, int role) {
        return shown(m.teacherId > 0 ? tr("teacher") : tr("methodist"), role);
    });
    addColumn(tr("Organisation"), [](const NetworkMember &m, int role) { return shown(m.organisation, role); });
    addColumn(tr("Municipality"), [](const NetworkMember &m, int role) { return shown(m.municipality, role); });
}

CoveredOrganisationModel::CoveredOrganisationModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Covered school"), [](const CoveredOrganisation &o, int role) { return shown(o.name, role); });
    addColumn(tr("Municipality"), [](const CoveredOrganisation &o, int role) { return shown(o.municipality, role); });
}

} // namespace metodist
