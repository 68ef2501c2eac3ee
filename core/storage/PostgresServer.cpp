#include "storage/Database.h"

#include "storage/Dialect.h"
#include "storage/ServerAddress.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

// The PostgreSQL implementation of Database: connecting to a shared registry
// on a server by its address, telling a Metodist database from an empty one
// or another program's, and describing the connection. Database.cpp holds
// what every engine shares (migrations run in one transaction there; on
// PostgreSQL the schema changes themselves are transactional too).

namespace metodist {

namespace {

QAtomicInt serverConnectionCounter;

} // namespace

Status Database::openPostgresql(const QString &url, const OpenOptions &options)
{
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.status();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Status::failure(tr("This installation cannot connect to a PostgreSQL server: Qt's PostgreSQL "
                                  "driver is missing (Debian package libqt6sql6-psql)."));
    m_sqlDialect = makePostgresDialect();
    m_connectionName = QStringLiteral("metodist-pg-%1").arg(serverConnectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        const ServerAddress &a = address.value();
        if (!a.host.isEmpty())
            db.setHostName(a.host);
        if (a.port > 0)
            db.setPort(a.port);
        db.setDatabaseName(a.database);
        if (!a.user.isEmpty())
            db.setUserName(a.user);
        QStringList connectOptions{QStringLiteral("application_name=metodist")};
        if (!std::any_of(a.options.begin(), a.options.end(),
                         [](const QString &o) { return o.startsWith(u"connect_timeout="); }))
            connectOptions << QStringLiteral("connect_timeout=10");
        db.setConnectOptions((connectOptions + a.options).join(u';'));
        if (!db.open()) {
            QString why = db.lastError().databaseText();
            if (why.isEmpty())
                why = db.lastError().driverText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            return Status::failure(tr("Cannot connect to the server «%1»: %2").arg(url, why.trimmed()));
        }
        m_sqlDialect->configure(db);
    }
    m_location = url;
    m_readOnly = options.readOnly;
    for (const QString &statement : m_sqlDialect->sessionSetup(options.readOnly)) {
        if (auto result = exec(statement); !result) {
            fail();
            return Status::failure(tr("Cannot prepare the connection to «%1»: %2").arg(url, result.message()));
        }
    }
    if (Status status = readSchemaVersion(); !status) {
        fail();
        return status;
    }
    if (Status status = refuseNewerSchema(); !status) {
        fail();
        return status;
    }
    if (m_schemaVersion == 0 && (options.readOnly || !options.createIfMissing)) {
        fail();
        return Status::failure(tr("The database «%1» holds no Metodist registry yet. Create it with "
                                  "«metodist-cli --db %1 init»; nothing was changed.").arg(url));
    }
    if (Status status = upgradeSchema(options); !status) {
        fail();
        return status;
    }
    return Status::success();
}

Status Database::readServerSchemaVersion()
{
    auto tables = exec(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE c.relname = 'schema_migrations'), "
        "coalesce(max(obj_description(c.oid, 'pg_class')) FILTER (WHERE c.relname = 'schema_migrations'), '') "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')"));
    if (!tables || !tables.value().next())
        return Status::failure(tr("«%1» cannot be read as a database: %2").arg(m_location, tables.message()));
    const int tableCount = tables.value().value(0).toInt();
    const bool hasVersionTable = tables.value().value(1).toInt() > 0;
    const QString mark = tables.value().value(2).toString();
    if (tableCount == 0) {
        m_schemaVersion = 0;
        return Status::success();
    }
    if (!hasVersionTable || mark != QStringLiteral("Metodist %1").arg(applicationId))
        return Status::failure(tr("The database «%1» belongs to another program: it has tables, but not "
                                  "Metodist's. Give Metodist a database of its own (createdb); nothing was "
                                  "changed.").arg(m_location));
    auto version = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version || !version.value().next())
        return Status::failure(tr("Cannot read the schema version of «%1»: %2").arg(m_location, version.message()));
    m_schemaVersion = version.value().value(0).toInt();
    return Status::success();
}

// pg_dump's custom format (pg_restore reads it back), written under a
// temporary name in the target's folder and renamed once whole. pg_dump reads
// one consistent snapshot while others keep working, as VACUUM INTO does for a
// file; it finds the password where this program does (~/.pgpass, PGPASSWORD).
Status Database::backupServerTo(const QString &file)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return Status::failure(tr("A copy of a server database is made by pg_dump, which is not installed "
                                  "(Debian package postgresql-client)."));
    auto address = ServerAddress::parse(m_location);
    if (!address)
        return address.status();
    const QFileInfo info(QFileInfo(file).absoluteFilePath());
    if (info.exists() || info.isSymLink())
        return Status::failure(tr("The file «%1» already exists; choose a new name for the backup.").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Cannot create the folder «%1».").arg(info.absolutePath()));
    const QString partial = info.absoluteDir().absoluteFilePath(
        QStringLiteral(".%1.%2.partial").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    const ServerAddress &a = address.value();
    QStringList arguments{QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                          QStringLiteral("--file=") + partial};
    if (!a.host.isEmpty())
        arguments << QStringLiteral("--host=") + a.host;
    if (a.port > 0)
        arguments << QStringLiteral("--port=%1").arg(a.port);
    if (!a.user.isEmpty())
        arguments << QStringLiteral("--username=") + a.user;
    arguments << QStringLiteral("--dbname=") + a.database;
    QProcess dump;
    dump.start(pgDump, arguments);
    const bool finished = dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(partial);
        const QString why = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
        return Status::failure(tr("The backup to «%1» failed: pg_dump reported: %2")
                                   .arg(file, why.isEmpty() ? dump.errorString() : why));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Status::failure(tr("The backup to «%1» failed: the file could not be given its name (does it "
                                  "exist already?).").arg(file));
    }
    return Status::success();
}

Result<QString> Database::serverDescription() const
{
    if (m_dialect != Dialect::PostgreSQL)
        return QString();
    auto info = exec(QStringLiteral("SELECT current_setting('server_version'), current_database(), current_user, "
                                    "coalesce(inet_server_addr()::text, '')"));
    if (!info || !info.value().next())
        return info.status();
    const QSqlQuery &q = info.value();
    const QString where = q.value(3).toString().isEmpty() ? tr("local socket") : q.value(3).toString();
    return tr("PostgreSQL %1 (%2), database «%3», role «%4»")
        .arg(q.value(0).toString(), where, q.value(1).toString(), q.value(2).toString());
}

} // namespace metodist
