#include "storage/Database.h"

#include "storage/Dialect.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>


namespace metodist {


namespace {

// A server's message as a clause: «ERROR:  permission denied for table x\n(42501)»
// without the severity and the code.
QString serverSentence(QString text)
{
    text = text.simplified();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|ОШИБКА|ВАЖНО):\\s*"));
    static const QRegularExpression code(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(severity);
    text.remove(code);
    return text;
}

} // namespace

QString describeSqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = serverSentence(error.databaseText());
    if (text.isEmpty())
        text = error.driverText();
    return Database::tr("The database reported an error: %1.").arg(text);
}

OpenOptions OpenOptions::creating()
{
    return OpenOptions{};
}

OpenOptions OpenOptions::existing()
{
    OpenOptions options;
    options.createIfMissing = false;
    return options;
}

OpenOptions OpenOptions::reading()
{
    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    options.upgrade = false;
    return options;
}

Database::Database() : m_sqlDialect(makeSqliteDialect()) {}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

QString Database::defaultLocation()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("metodist/metodist.sqlite"));
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // NULL is bound only from an empty QVariant; a null QString is the
        // empty text it means everywhere else in Qt.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else if (value.typeId() == QMetaType::Bool) // flags are 0 and 1 in every engine
            query.bindValue(i, value.toBool() ? 1 : 0);
        else
            query.bindValue(i, value);
    }
}

} // namespace

// QPSQL reads a forward-only query row by row from the server, and the rows
// not read yet are lost when another statement runs on the connection
// ("Query results lost"): a query run while reading another one's rows (the
// deficits of each diagnostics result) would cut the outer one short. On
// PostgreSQL a result is therefore read whole; SQLite steps through the file
// and keeps any number of statements open.
bool Database::readsForwardOnly() const
{
    return m_dialect == Dialect::SQLite;
}

Status Database::failureOf(const QSqlQuery &query) const
{
    const DbError kind = m_sqlDialect->classify(query.lastError());
    if (kind == DbError::Denied)
        return Status::failure(tr("Your role on the server does not allow this (the server said: %1). "
                                  "Ask the registry's administrator if you need it.")
                                   .arg(serverSentence(query.lastError().databaseText())),
                               kind);
    return Status::failure(describeSqlError(query), kind);
}

Result<QSqlQuery *> Database::execPrepared(const QString &sql, const QVariantList &values) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(readsForwardOnly());
        if (!query->prepare(sql))
            return failureOf(*query);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    bindAll(*query, values);
    if (!query->exec())
        return failureOf(*query);
    return query;
}

Result<qint64> Database::insertReturningId(const QString &sql, const QVariantList &values) const
{
    auto query = execPrepared(sql, values);
    if (!query)
        return query.status();
    QSqlQuery &q = *query.value();
    const bool row = q.next();
    const qint64 id = row ? q.value(0).toLongLong() : 0;
    // Done with the row, so the statement (and the implicit transaction
    // outside an explicit one) ends now, not at the next call.
    q.finish();
    if (!row || id <= 0)
        return Status::failure(tr("The database gave no id for the new record."));
    return id;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(readsForwardOnly());
    // PostgreSQL prepares only queries and changes of rows (PREPARE … AS):
    // a statement without values (BEGIN, SET, CREATE …) is sent as it is.
    if (values.isEmpty() && m_dialect == Dialect::PostgreSQL) {
        if (!query.exec(sql))
            return failureOf(query);
        return query;
    }
    if (!query.prepare(sql))
        return failureOf(query);
    bindAll(query, values);
    if (!query.exec())
        return failureOf(query);
    return query;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_location.clear();
    m_schemaVersion = 0;
}

void Database::fail()
{
    close();
}

Status Database::open(const QString &location, const OpenOptions &options)
{
    close();
    m_created = false;
    m_upgradeBackup.clear();
    if (isServerUrl(location)) {
        m_dialect = Dialect::PostgreSQL;
        return openPostgresql(location, options);
    }
    m_dialect = Dialect::SQLite;
    m_sqlDialect = makeSqliteDialect();
    return openSqlite(location, options);
}

Status Database::backupBeforeUpgrade()
{
    const QFileInfo info(m_location);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // An upgrade retried within the same second (after an interruption)
    // keeps the earlier copy and takes the next free name.
    QString target;
    for (int attempt = 1; target.isEmpty() || QFileInfo::exists(target); ++attempt)
        target = info.dir().filePath(QStringLiteral("%1.schema%2-backup-%3%4.sqlite")
                                         .arg(info.completeBaseName())
                                         .arg(m_schemaVersion)
                                         .arg(stamp, attempt == 1 ? QString() : QStringLiteral("-%1").arg(attempt)));
    if (Status status = backupTo(target); !status)
        return Status::failure(tr("The database was not upgraded because the backup copy failed: %1")
                                   .arg(status.message()));
    m_upgradeBackup = target;
    return Status::success();
}

Status Database::migrate(int targetVersion)
{
    Transaction transaction(*this);
    if (!transaction.status())
        return transaction.status();
    // Two programs upgrading one server wait for each other here (SQLite's
    // BEGIN IMMEDIATE does the same for a file).
    for (const QString &statement : m_sqlDialect->schemaLock())
        if (auto locked = exec(statement); !locked)
            return locked.status();
    // Another process may have upgraded the file while we waited for the lock.
    if (Status status = readSchemaVersion(); !status)
        return status;
    const int startVersion = m_schemaVersion;
    for (const Migration &migration : migrations()) {
        if (migration.version <= startVersion || migration.version > targetVersion)
            continue;
        QStringList statements = migration.statementsFor(m_dialect);
        if (m_dialect == Dialect::PostgreSQL && !migration.variants.count(m_dialect)) {
            statements.clear();
            for (const QString &statement : migration.statements)
                statements += serverStatements(statement);
        }
        for (const QString &statement : statements) {
            if (m_dialect != Dialect::SQLite) {
                if (const QStringList syntax = sqliteOnlySyntax(statement); !syntax.isEmpty())
                    return Status::failure(tr("Schema %1 cannot be created on this database engine yet: its step "
                                              "uses %2, which only SQLite knows.")
                                               .arg(migration.version)
                                               .arg(syntax.join(QStringLiteral(", "))));
            }
            if (auto result = exec(statement); !result)
                return Status::failure(tr("Upgrade of the database to schema %1 failed; nothing was "
                                          "changed. %2").arg(migration.version).arg(result.message()));
        }
        if (migration.data) {
            if (Status status = migration.data(*this); !status)
                return Status::failure(tr("Upgrade of the database to schema %1 failed; nothing was "
                                          "changed. %2").arg(migration.version).arg(status.message()));
        }
        auto record = exec(QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                          "VALUES (?, ?, ?)"),
                           {migration.version, migration.description,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!record)
            return record.status();
    }
    for (const QString &statement : m_sqlDialect->markAsOurs(applicationId))
        if (auto result = exec(statement); !result)
            return result.status();
    if (Status status = transaction.commit(); !status)
        return status;
    m_created = startVersion == 0;
    m_schemaVersion = std::max(startVersion, targetVersion);
    return Status::success();
}

Status Database::refuseNewerSchema() const
{
    const int latest = latestSchemaVersion();
    if (m_schemaVersion <= latest)
        return Status::success();
    return Status::failure(tr("The database «%1» was written by a newer version of Metodist "
                              "(schema %2; this version knows up to %3). Update the program "
                              "to open it; nothing was changed.")
                               .arg(m_location).arg(m_schemaVersion).arg(latest));
}

// An older schema read-only is refused (the program would misread it); a
// writable one is brought up to date — a file after a copy of itself, a
// server database without one (its schema changes are transactional: a
// failed upgrade leaves nothing behind).
Status Database::upgradeSchema(const OpenOptions &options)
{
    const int latest = latestSchemaVersion();
    const int target = options.targetSchemaVersion < 0 ? latest : options.targetSchemaVersion;
    if (!options.upgrade || m_schemaVersion >= target)
        return Status::success();
    if (options.readOnly)
        return Status::failure(tr("The database «%1» was written by an older version of Metodist (schema %2); "
                                  "run a command that changes it to upgrade it to schema %3. Nothing was "
                                  "changed.").arg(m_location).arg(m_schemaVersion).arg(latest));
    if (m_dialect == Dialect::SQLite && m_schemaVersion > 0)
        if (Status status = backupBeforeUpgrade(); !status)
            return status;
    return migrate(target);
}

Result<QStringList> Database::integrityCheck()
{
    QStringList problems;
    auto integrity = exec(m_sqlDialect->integrityProblems());
    if (!integrity)
        return integrity.status();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    auto keys = exec(m_sqlDialect->foreignKeyProblems());
    if (!keys)
        return keys.status();
    while (keys.value().next())
        problems << tr("Row %1 of table «%2» refers to a missing row of «%3».")
                        .arg(keys.value().value(1).toString(), keys.value().value(0).toString(),
                             keys.value().value(2).toString());
    return problems;
}

BulkWrite::BulkWrite(Database &db)
    : m_db(db)
{
    for (const QString &statement : m_db.sqlDialect().bulkWriteBegin())
        m_db.exec(statement);
}

BulkWrite::~BulkWrite()
{
    for (const QString &statement : m_db.sqlDialect().bulkWriteEnd())
        m_db.exec(statement);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (auto result = db.exec(db.sqlDialect().beginTransaction()); !result)
        m_beginStatus = Status::failure(tr("Cannot start a transaction: %1").arg(result.message()), result.dbError());
    else
        m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(tr("The transaction is not active."));
    auto result = m_db.exec(QStringLiteral("COMMIT"));
    if (!result)
        return Status::failure(tr("Cannot save the changes: %1").arg(result.message()), result.dbError());
    m_active = false;
    return Status::success();
}

} // namespace metodist
