#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace metodist {

// Who is working in a registry. A file belongs to the person at the PC and
// everything is allowed there; on a server the connected role decides, and
// the server itself enforces it (grants and row policies, schema 12) — this
// is only what the window shows and hides.
enum class StaffRole {
    Administrator, // everything, users and roles
    Coordinator,   // registries, assignment, orders, monitoring
    Methodist,     // their own teachers; their roadmap, work log, routes
    Viewer,        // reads, reports
    None,          // a login of the server without a role in this registry
};

// The kinds of work the window offers, as a role allows them.
enum class Capability {
    ManageUsers,      // users and their roles
    EditRegistries,   // teachers, methodists, schools, dictionaries, network, catalogue, events
    ImportFiles,      // the registries from office files
    PlanAssignments,  // assignment, planning, orders
    EditMonitoring,   // figures entered by hand
    EditOwnSupport,   // a roadmap, the work log, routes and diagnostics of one's own teachers
    ReadRegistry,     // lists, reports, exports
};

class SessionAccess
{
    Q_DECLARE_TR_FUNCTIONS(SessionAccess)

public:
    // Everything allowed: a file, or the owner of a server database.
    static SessionAccess everything(const QString &login = {}, bool onServer = false);

    StaffRole role = StaffRole::Administrator;
    QString login;          // the server role connected; empty for a file
    qint64 methodistId = 0; // a methodist's own record, 0 when none is linked
    bool onServer = false;

    bool may(Capability capability) const;
    // Why this role may not (a sentence for the window), empty when it may.
    QString whyNot(Capability capability) const;
    // A line for the status bar: «Роль: методист (ivanova)».
    QString summary() const;
    // What the role can and cannot do, a paragraph per point (Help → «Мои права»).
    QStringList explanation() const;

    static QString roleTitle(StaffRole role);
    // The role's name on the command line (administrator, coordinator,
    // methodist, viewer); the Russian titles are read too.
    static QString roleKey(StaffRole role);
    static std::optional<StaffRole> roleFromText(const QString &text);
};

// A login of the server with its role in this registry.
struct StaffAccount
{
    QString login;
    StaffRole role = StaffRole::None;
    qint64 methodistId = 0;
    QString methodistName; // «Фамилия И. О.», empty when none is linked
    bool canLogIn = true;
};

} // namespace metodist
