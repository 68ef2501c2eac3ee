#include "domain/Access.h"

namespace metodist {

SessionAccess SessionAccess::everything(const QString &login, bool onServer)
{
    SessionAccess access;
    access.role = StaffRole::Administrator;
    access.login = login;
    access.onServer = onServer;
    return access;
}

bool SessionAccess::may(Capability capability) const
{
    switch (role) {
    case StaffRole::Administrator:
        return capability != Capability::ManageUsers || onServer;
    case StaffRole::Coordinator:
        return capability != Capability::ManageUsers;
    case StaffRole::Methodist:
        return capability == Capability::EditOwnSupport || capability == Capability::ReadRegistry;
    case StaffRole::Viewer:
        return capability == Capability::ReadRegistry;
    case StaffRole::None:
        return false;
    }
    return false;
}

QString SessionAccess::whyNot(Capability capability) const
{
    if (may(capability))
        return {};
    if (!onServer)
        return tr("Users and roles belong to a shared registry on a server; a file is one person's, and "
                  "everything in it is theirs.");
    const QString who = tr("You are connected as «%1», %2.").arg(login, roleTitle(role));
    switch (capability) {
    case Capability::ManageUsers:
        return tr("Only an administrator adds users and gives roles. %1").arg(who);
    case Capability::EditRegistries:
    case Capability::ImportFiles:
        return tr("The registries are kept by a coordinator or an administrator. %1").arg(who);
    case Capability::PlanAssignments:
        return tr("Assignments, plans and orders are made by a coordinator or an administrator. %1").arg(who);
    case Capability::EditMonitoring:
        return tr("Monitoring figures are entered by a coordinator or an administrator. %1").arg(who);
    case Capability::EditOwnSupport:
        return tr("Roadmaps, the work log and routes are kept by methodists (each their own), coordinators "
                  "and administrators. %1").arg(who);
    case Capability::ReadRegistry:
        return tr("This login has no role in this registry yet; ask its administrator to give you one. %1")
            .arg(who);
    }
    return who;
}

QString SessionAccess::summary() const
{
    if (!onServer)
        return {};
    return tr("Role: %1 (%2)").arg(roleTitle(role), login);
}

QStringList SessionAccess::explanation() const
{
    QStringList lines;
    if (!onServer) {
        lines << tr("This registry is a file on this computer: everything in it is yours to read and change.");
        return lines;
    }
    lines << tr("You are connected to the server as «%1»; your role in this registry: %2.").arg(login, roleTitle(role));
    switch (role) {
    case StaffRole::Administrator:
        lines << tr("You may do everything, including adding users and giving them roles.");
        break;
    case StaffRole::Coordinator:
        lines << tr("You keep the registries, import files, plan assignments, make orders and enter "
                    "monitoring figures. Users and roles are the administrator's.");
        break;
    case StaffRole::Methodist:
        lines << (methodistId > 0
                      ? tr("You see the teachers assigned to you, and you keep your own roadmap, your work log "
                           "and your teachers' routes and diagnostics.")
                      : tr("Your login is not linked to a methodist of the registry yet, so you see no "
                           "teachers; ask the administrator to link it."));
        lines << tr("The registries, assignment, orders and monitoring figures are kept by coordinators.");
        break;
    case StaffRole::Viewer:
        lines << tr("You read the registries and the reports; changes are made by coordinators and methodists.");
        break;
    case StaffRole::None:
        lines << tr("Your login has no role in this registry, so the server shows you nothing; ask the "
                    "administrator to give you one.");
        break;
    }
    lines << tr("The server itself checks every read and change against the role, whatever program is used.");
    return lines;
}

QString SessionAccess::roleTitle(StaffRole role)
{
    switch (role) {
    case StaffRole::Administrator:
        return tr("administrator");
    case StaffRole::Coordinator:
        return tr("coordinator");
    case StaffRole::Methodist:
        return tr("methodist");
    case StaffRole::Viewer:
        return tr("viewer");
    case StaffRole::None:
        return tr("no role");
    }
    return {};
}

QString SessionAccess::roleKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Administrator:
        return QStringLiteral("administrator");
    case StaffRole::Coordinator:
        return QStringLiteral("coordinator");
    case StaffRole::Methodist:
        return QStringLiteral("methodist");
    case StaffRole::Viewer:
        return QStringLiteral("viewer");
    case StaffRole::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<StaffRole> SessionAccess::roleFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (StaffRole role : {StaffRole::Administrator, StaffRole::Coordinator, StaffRole::Methodist, StaffRole::Viewer})
        if (key == roleKey(role) || key == roleTitle(role).toLower())
            return role;
    static const QList<QPair<QString, StaffRole>> russian{
        {QStringLiteral("администратор"), StaffRole::Administrator},
        {QStringLiteral("координатор"), StaffRole::Coordinator},
        {QStringLiteral("методист"), StaffRole::Methodist},
        {QStringLiteral("наблюдатель"), StaffRole::Viewer}};
    for (const auto &[name, role] : russian)
        if (key == name)
            return role;
    return std::nullopt;
}

} // namespace metodist
