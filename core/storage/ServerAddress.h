#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace metodist {

// Where a shared registry lives: a PostgreSQL connection URL as libpq writes
// it, postgresql://user@host:port/database?host=/run/postgresql&sslmode=require
// (host and port may be left out; a host that starts with «/» is the folder
// of the server's Unix socket, written %2F… in the address or as ?host=).
// A password is never part of it: libpq takes it from ~/.pgpass or
// PGPASSWORD, so that it is neither on a command line nor in the settings.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host;
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    // Further libpq parameters, as key=value (sslmode, connect_timeout, …).
    QStringList options;

    static Result<ServerAddress> parse(const QString &url);
    // The address written back, parse()'s way (a socket folder as ?host=).
    QString toUrl() const;
};

} // namespace metodist
