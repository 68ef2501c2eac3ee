#include "storage/AccessRepository.h"

#include <QRegularExpression>
#include <QSqlDriver>

// Roles are the server's: group roles made by schema 12, a login per person.
// Role names are identifiers, which SQL cannot bind: a login is checked
// against a strict pattern first and then quoted by the driver; the group
// roles are fixed names of this file.

namespace metodist {

namespace {

constexpr int rolesSchemaVersion = 12;

QString groupRole(StaffRole role)
{
    switch (role) {
    case StaffRole::Administrator:
        return QStringLiteral("metodist_administrator");
    case StaffRole::Coordinator:
        return QStringLiteral("metodist_coordinator");
    case StaffRole::Methodist:
        return QStringLiteral("metodist_methodist");
    case StaffRole::Viewer:
        return QStringLiteral("metodist_viewer");
    case StaffRole::None:
        break;
    }
    return {};
}

const QList<StaffRole> &groupRoles()
{
    static const QList<StaffRole> roles{StaffRole::Administrator, StaffRole::Coordinator, StaffRole::Methodist,
                                        StaffRole::Viewer};
    return roles;
}

} // namespace

Status AccessRepository::requireServer() const
{
    if (m_db.dialect() != Dialect::PostgreSQL)
        return Status::failure(tr("Users and roles belong to a shared registry on a PostgreSQL server; a file "
                                  "is one person's and has none."));
    if (m_db.schemaVersion() < rolesSchemaVersion)
        return Status::failure(tr("This registry on the server has no roles yet (schema %1); open it with a "
                                  "command that changes it to upgrade it.").arg(m_db.schemaVersion()));
    return Status::success();
}

Result<SessionAccess> AccessRepository::current() const
{
    if (m_db.dialect() != Dialect::PostgreSQL)
        return SessionAccess::everything();
    auto query = m_db.exec(QStringLiteral(
        "SELECT current_user, "
        "       coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) "
        "       OR pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = "
        "                                     to_regclass('schema_migrations')), 'MEMBER')"));
    if (!query || !query.value().next())
        return query.status();
    const QString login = query.value().value(0).toString();
    if (query.value().value(1).toBool() || m_db.schemaVersion() < rolesSchemaVersion)
        return SessionAccess::everything(login, true);
    auto roles = m_db.exec(QStringLiteral(
        "SELECT pg_has_role('metodist_administrator', 'MEMBER'), pg_has_role('metodist_coordinator', 'MEMBER'), "
        "       pg_has_role('metodist_methodist', 'MEMBER'), pg_has_role('metodist_viewer', 'MEMBER'), "
        "       coalesce(metodist_own_methodist(), 0)"));
    if (!roles || !roles.value().next())
        return roles.status();
    SessionAccess access;
    access.login = login;
    access.onServer = true;
    access.role = StaffRole::None;
    for (int i = 0; i < groupRoles().size(); ++i) {
        if (roles.value().value(i).toBool()) {
            access.role = groupRoles().at(i);
            break;
        }
    }
    access.methodistId = roles.value().value(4).toLongLong();
    return access;
}

Result<QList<StaffAccount>> AccessRepository::accounts() const
{
    if (Status status = requireServer(); !status)
        return status;
    // Every login in one of the four roles, and every login linked here.
    auto query = m_db.exec(QStringLiteral(
        "WITH members AS ("
        "    SELECT m.rolname AS login, m.rolcanlogin AS can_login, "
        "           min(CASE g.rolname WHEN 'metodist_administrator' THEN 1 WHEN 'metodist_coordinator' THEN 2 "
        "                              WHEN 'metodist_methodist' THEN 3 ELSE 4 END) AS rank "
        "    FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        "    WHERE g.rolname IN ('metodist_administrator', 'metodist_coordinator', 'metodist_methodist', "
        "                        'metodist_viewer') "
        "    GROUP BY m.rolname, m.rolcanlogin) "
        "SELECT coalesce(mb.login, s.login), coalesce(mb.rank, 0), coalesce(s.methodist_id, 0), "
        "       coalesce(md.last_name || ' ' || md.first_name || ' ' || md.middle_name, ''), "
        "       coalesce(mb.can_login, r.rolcanlogin, false) "
        "FROM members mb FULL JOIN staff_accounts s ON s.login = mb.login "
        "LEFT JOIN methodists md ON md.id = s.methodist_id "
        "LEFT JOIN pg_roles r ON r.rolname = s.login "
        "ORDER BY 1"));
    if (!query)
        return query.status();
    QList<StaffAccount> accounts;
    while (query.value().next()) {
        StaffAccount account;
        account.login = query.value().value(0).toString();
        const int rank = query.value().value(1).toInt();
        account.role = rank >= 1 && rank <= 4 ? groupRoles().at(rank - 1) : StaffRole::None;
        account.methodistId = query.value().value(2).toLongLong();
        account.methodistName = query.value().value(3).toString().simplified();
        account.canLogIn = query.value().value(4).toBool();
        accounts << account;
    }
    return accounts;
}

bool AccessWriter::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QStringLiteral("pg_"))
           && !login.startsWith(QStringLiteral("metodist_"));
}

Status AccessWriter::addAccount(const QString &login, StaffRole role, qint64 methodistId)
{
    if (Status status = requireServer(); !status)
        return status;
    if (!isValidLogin(login))
        return Status::failure(tr("«%1» cannot be a login: use lower-case Latin letters, digits and «_», "
                                  "starting with a letter, at most 63 characters (and not «pg_…» or "
                                  "«metodist_…», the server's and the program's own names).").arg(login));
    Transaction transaction(const_cast<Database &>(m_db));
    if (!transaction.status())
        return transaction.status();
    auto exists = m_db.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login});
    if (!exists || !exists.value().next())
        return exists.status();
    if (exists.value().value(0).toInt() == 0) {
        const QString name = m_db.connection().driver()->escapeIdentifier(login, QSqlDriver::TableName);
        // An administrator makes users in turn: CREATEROLE.
        const QString statement = role == StaffRole::Administrator
                                      ? QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(name)
                                      : QStringLiteral("CREATE ROLE %1 LOGIN").arg(name);
        if (auto created = m_db.exec(statement); !created)
            return Status::failure(tr("The login «%1» could not be made on the server: %2").arg(login, created.message()),
                                   created.status().dbError());
    }
    if (Status status = grantRole(login, role, methodistId); !status)
        return status;
    return transaction.commit();
}

Status AccessWriter::setRole(const QString &login, StaffRole role, qint64 methodistId)
{
    if (Status status = requireServer(); !status)
        return status;
    auto known = accounts();
    if (!known)
        return known.status();
    if (!isValidLogin(login)
        || std::none_of(known.value().begin(), known.value().end(),
                        [&](const StaffAccount &a) { return a.login == login; }))
        return Status::failure(tr("This registry has no user «%1»; add one with «user add».").arg(login));
    Transaction transaction(const_cast<Database &>(m_db));
    if (!transaction.status())
        return transaction.status();
    if (Status status = grantRole(login, role, methodistId); !status)
        return status;
    return transaction.commit();
}

Status AccessWriter::removeAccount(const QString &login)
{
    return setRole(login, StaffRole::None, 0);
}

Status AccessWriter::grantRole(const QString &login, StaffRole role, qint64 methodistId)
{
    if (role == StaffRole::Methodist && methodistId <= 0)
        return Status::failure(tr("A methodist's login is linked to their record: give the methodist's number "
                                  "(«--methodist ID»; «list methodists» shows them)."));
    if (role != StaffRole::Methodist)
        methodistId = 0;
    if (methodistId > 0) {
        auto methodist = m_db.exec(QStringLiteral("SELECT count(*) FROM methodists WHERE id = ?"), {methodistId});
        if (!methodist || !methodist.value().next())
            return methodist.status();
        if (methodist.value().value(0).toInt() == 0)
            return Status::failure(tr("There is no methodist number %1 in the registry.").arg(QString::number(methodistId)));
        auto taken = m_db.exec(QStringLiteral("SELECT login FROM staff_accounts WHERE methodist_id = ? AND login <> ?"),
                               {methodistId, login});
        if (!taken)
            return taken.status();
        if (taken.value().next())
            return Status::failure(tr("Methodist number %1 is already the login «%2»'s.")
                                       .arg(QString::number(methodistId), taken.value().value(0).toString()));
    }
    auto wasAdministrator = m_db.exec(QStringLiteral("SELECT pg_has_role(?, 'metodist_administrator', 'MEMBER')"),
                                      {login});
    if (!wasAdministrator || !wasAdministrator.value().next())
        return wasAdministrator.status();
    const bool administratorBefore = wasAdministrator.value().value(0).toBool();
    const QString name = m_db.connection().driver()->escapeIdentifier(login, QSqlDriver::TableName);
    for (StaffRole group : groupRoles()) {
        auto member = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members am "
                                               "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                                               "WHERE g.rolname = ? AND m.rolname = ?)"),
                                {groupRole(group), login});
        if (!member || !member.value().next())
            return member.status();
        // Only what changes: a REVOKE of a role not held only earns a warning.
        if (member.value().value(0).toBool() == (group == role))
            continue;
        const QString statement = group == role ? QStringLiteral("GRANT %1 TO %2") : QStringLiteral("REVOKE %1 FROM %2");
        if (auto changed = m_db.exec(statement.arg(groupRole(group), name)); !changed)
            return Status::failure(tr("The role of «%1» could not be changed on the server: %2").arg(login, changed.message()),
                                   changed.status().dbError());
    }
    // An administrator makes and changes users; one no longer administrator
    // no longer does (a login's other attributes are the server's business).
    QString attributeChange;
    if (role == StaffRole::Administrator)
        attributeChange = QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(name);
    else if (administratorBefore)
        attributeChange = QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(name);
    if (auto attribute = attributeChange.isEmpty() ? m_db.exec(QStringLiteral("SELECT 1")) : m_db.exec(attributeChange);
        !attribute)
        return Status::failure(tr("The role of «%1» could not be changed on the server: %2").arg(login, attribute.message()),
                               attribute.status().dbError());
    const QVariant methodist = methodistId > 0 ? QVariant(methodistId) : QVariant();
    auto linked = role == StaffRole::None
                      ? m_db.exec(QStringLiteral("DELETE FROM staff_accounts WHERE login = ?"), {login})
                      : m_db.exec(QStringLiteral("INSERT INTO staff_accounts (login, methodist_id) VALUES (?, ?) "
                                                 "ON CONFLICT (login) DO UPDATE SET methodist_id = excluded.methodist_id"),
                                  {login, methodist});
    if (!linked)
        return linked.status();
    return Status::success();
}

} // namespace metodist
