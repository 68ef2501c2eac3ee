#pragma once

#include "Status.h"
#include "domain/Access.h"
#include "storage/Database.h"

namespace metodist {

// The role the connection works in, and (for an administrator) the server's
// users of this registry. A file has no users: everything is allowed there.
class AccessRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccessRepository)

public:
    explicit AccessRepository(const Database &db) : m_db(db) {}

    // The connected role: a superuser or the owner of the registry's tables
    // is its administrator; otherwise the first of the four roles it belongs
    // to, and its methodist.
    Result<SessionAccess> current() const;
    Result<QList<StaffAccount>> accounts() const;

protected:
    Status requireServer() const;
    const Database &m_db;
};

// Adds users and changes roles: server roles (CREATE ROLE … LOGIN, GRANT of
// one of the four group roles) and the link of a methodist's login to their
// record. Needs an administrator (CREATEROLE on the server). Passwords are not
// set here: the server's administrator sets them (psql's \password) or the
// server trusts its network (pg_hba.conf); the program never stores one.
class AccessWriter : public AccessRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccessWriter)

public:
    explicit AccessWriter(Database &db) : AccessRepository(db) {}

    // Makes the login when the server has none of that name (an existing one
    // keeps its password) and gives it the role; a methodist's login is
    // linked to their record (methodistId > 0, required for a methodist).
    Status addAccount(const QString &login, StaffRole role, qint64 methodistId = 0);
    // Another role (and link) for a login this registry knows.
    Status setRole(const QString &login, StaffRole role, qint64 methodistId = 0);
    // Takes the role away; the login stays on the server (it may work in
    // other databases), without access to this registry.
    Status removeAccount(const QString &login);

    // What a login may be called: lower-case Latin letters, digits and «_»,
    // starting with a letter or «_», at most 63 characters.
    static bool isValidLogin(const QString &login);

private:
    Status grantRole(const QString &login, StaffRole role, qint64 methodistId);
};

} // namespace metodist
