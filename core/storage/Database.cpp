#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>

#include <sqlite3.h>

namespace metodist {

namespace {

QAtomicInt connectionCounter;

constexpr int busyTimeoutMs = 15000;
constexpr int normalCacheKiB = 131072;
constexpr int bulkCacheKiB = 2097152; // pages are allocated only as the transaction needs them

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(16) == header;
}

} // namespace

QString describeSqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return Database::tr("The database reported an error: %1.").arg(text);
}

Database::Database() = default;

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
        else
            query.bindValue(i, value);
    }
}

} // namespace

Result<QSqlQuery *> Database::execPrepared(const QString &sql, const QVariantList &values) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Status::failure(describeSqlError(*query));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    bindAll(*query, values);
    if (!query->exec())
        return Status::failure(describeSqlError(*query));
    return query;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Status::failure(describeSqlError(query));
    bindAll(query, values);
    if (!query.exec())
        return Status::failure(describeSqlError(query));
    return query;
}

Status Database::scanIntegers(const QString &sql, const QVariantList &values, int columns,
                              const std::function<void(const qint64 *row)> &row) const
{
    std::vector<qint64> buffer(size_t(std::max(columns, 1)));
    const QSqlDatabase db = connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (m_dialect == Dialect::SQLite && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(raw, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            return Status::failure(tr("The database reported an error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            int bound = SQLITE_OK;
            if (!v.isValid() || v.isNull()) {
                bound = v.typeId() == QMetaType::QString ? sqlite3_bind_text(statement, i + 1, "", 0, SQLITE_STATIC)
                                                         : sqlite3_bind_null(statement, i + 1);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
                       || v.typeId() == QMetaType::Bool) {
                bound = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
            } else {
                const QByteArray utf8 = v.toString().toUtf8();
                bound = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            if (bound != SQLITE_OK)
                return Status::failure(tr("The database reported an error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
        }
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                buffer[size_t(c)] = sqlite3_column_int64(statement, c);
            row(buffer.data());
        }
        if (step != SQLITE_DONE)
            return Status::failure(tr("The database reported an error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
        return Status::success();
    }
    auto query = exec(sql, values);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            buffer[size_t(c)] = q.value(c).toLongLong();
        row(buffer.data());
    }
    return Status::success();
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
        return Status::failure(tr("Working with a shared PostgreSQL database is not available in this "
                                  "version yet; open a database file instead."));
    }
    m_dialect = Dialect::SQLite;
    return openSqlite(location, options);
}

Status Database::openSqlite(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No database file was given."));
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(tr("«%1» is a folder, not a database file.").arg(path));
        // Checked before SQLite touches the file: a text file or a spreadsheet
        // must be refused and left exactly as it was.
        if (info.size() > 0 && !hasSqliteHeader(path))
            return Status::failure(tr("«%1» is not a Metodist database: it is not a SQLite file. "
                                      "The file was not changed.").arg(path));
    } else {
        if (!options.createIfMissing)
            return Status::failure(tr("The database file «%1» does not exist.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder «%1».").arg(info.absolutePath()));
    }

    m_connectionName = QStringLiteral("metodist-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            const QString reason = db.lastError().text();
            fail();
            return Status::failure(tr("Cannot open the database «%1»: %2.").arg(path, reason));
        }
    }
    m_location = path;

    if (Status status = readSchemaVersion(); !status) {
        fail();
        return status;
    }
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest) {
        const int found = m_schemaVersion;
        fail();
        return Status::failure(tr("The database «%1» was written by a newer version of Metodist "
                                  "(schema %2; this version knows up to %3). Update the program "
                                  "to open it; the file was not changed.")
                                   .arg(path).arg(found).arg(latest));
    }

    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  // Big imports stay in memory instead of spilling pages to the WAL.
                                  QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"),
                                  // Reads of the first 256 MB straight from the mapped file: the
                                  // first search over a million teachers reads thousands of
                                  // scattered pages, 115 ms through read() and 48 ms mapped.
                                  QStringLiteral("PRAGMA mmap_size = 268435456")}) {
        if (auto result = exec(pragma); !result) {
            fail();
            return Status::failure(tr("Cannot prepare the database «%1»: %2").arg(path, result.message()));
        }
    }

    const int target = options.targetSchemaVersion < 0 ? latest : options.targetSchemaVersion;
    if (options.upgrade && m_schemaVersion < target) {
        if (m_schemaVersion > 0) {
            if (Status status = backupBeforeUpgrade(); !status) {
                fail();
                return status;
            }
        }
        if (Status status = migrate(target); !status) {
            fail();
            return status;
        }
    }
    return Status::success();
}

Status Database::readSchemaVersion()
{
    auto appId = exec(QStringLiteral("PRAGMA application_id"));
    if (!appId || !appId.value().next())
        return Status::failure(tr("«%1» is not a Metodist database: %2").arg(m_location, appId.message()));
    const int foundId = appId.value().value(0).toInt();

    auto tables = exec(QStringLiteral("SELECT count(*), "
                                      "sum(name = 'schema_migrations') FROM sqlite_master WHERE type = 'table'"));
    if (!tables || !tables.value().next())
        return Status::failure(tr("«%1» cannot be read as a database: %2").arg(m_location, tables.message()));
    const int tableCount = tables.value().value(0).toInt();
    const bool hasVersionTable = tables.value().value(1).toInt() > 0;

    if (tableCount == 0) {
        m_schemaVersion = 0;
        return Status::success();
    }
    if (foundId != applicationId || !hasVersionTable)
        return Status::failure(tr("«%1» is a SQLite database of another program, not of Metodist. "
                                  "The file was not changed.").arg(m_location));

    auto version = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version || !version.value().next())
        return Status::failure(tr("Cannot read the schema version of «%1»: %2").arg(m_location, version.message()));
    m_schemaVersion = version.value().value(0).toInt();
    return Status::success();
}

Status Database::backupBeforeUpgrade()
{
    const QFileInfo info(m_location);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = info.dir().filePath(QStringLiteral("%1.schema%2-backup-%3.sqlite")
                                                   .arg(info.completeBaseName())
                                                   .arg(m_schemaVersion)
                                                   .arg(stamp));
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
    // Another process may have upgraded the file while we waited for the lock.
    if (Status status = readSchemaVersion(); !status)
        return status;
    const int startVersion = m_schemaVersion;
    for (const Migration &migration : migrations()) {
        if (migration.version <= startVersion || migration.version > targetVersion)
            continue;
        for (const QString &statement : migration.statements) {
            if (auto result = exec(statement); !result)
                return Status::failure(tr("Upgrade of the database to schema %1 failed; nothing was "
                                          "changed. %2").arg(migration.version).arg(result.message()));
        }
        auto record = exec(QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                          "VALUES (?, ?, ?)"),
                           {migration.version, migration.description,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!record)
            return record.status();
    }
    if (auto result = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !result)
        return result.status();
    if (Status status = transaction.commit(); !status)
        return status;
    m_created = startVersion == 0;
    m_schemaVersion = std::max(startVersion, targetVersion);
    return Status::success();
}

Result<QStringList> Database::integrityCheck()
{
    QStringList problems;
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.status();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    auto keys = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.status();
    while (keys.value().next())
        problems << tr("Row %1 of table «%2» refers to a missing row of «%3».")
                        .arg(keys.value().value(1).toString(), keys.value().value(0).toString(),
                             keys.value().value(2).toString());
    return problems;
}

Status Database::backupTo(const QString &file)
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    const QFileInfo info(file);
    if (info.exists())
        return Status::failure(tr("The file «%1» already exists; choose a new name for the backup.").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Cannot create the folder «%1».").arg(info.absolutePath()));
    // VACUUM INTO writes a consistent snapshot while other connections keep working.
    if (auto result = exec(QStringLiteral("VACUUM INTO ?"), {info.absoluteFilePath()}); !result)
        return Status::failure(tr("The backup to «%1» failed: %2").arg(file, result.message()));
    return Status::success();
}

FastStatement::FastStatement(const Database &db, const QString &sql) : m_db(db)
{
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (db.dialect() == Dialect::SQLite && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr)
            != SQLITE_OK)
            m_status = error();
        return;
    }
    m_query = std::make_unique<QSqlQuery>(connection);
    if (!m_query->prepare(sql))
        m_status = Status::failure(describeSqlError(*m_query));
}

FastStatement::~FastStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status FastStatement::error() const
{
    return Status::failure(
        Database::tr("The database reported an error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

void FastStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index, value);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void FastStatement::bind(int index, QStringView text)
{
    if (m_statement) {
        sqlite3_bind_text16(m_statement, index, text.isNull() ? u"" : text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = text.isNull() ? QString(u""_qs) : text.toString();
}

void FastStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = QVariant();
}

Status FastStatement::execute()
{
    if (!m_status)
        return m_status;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        const Status status = step == SQLITE_DONE || step == SQLITE_ROW ? Status::success() : error();
        sqlite3_reset(m_statement);
        return status;
    }
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values[i]);
    if (!m_query->exec())
        return Status::failure(describeSqlError(*m_query));
    return Status::success();
}

bool FastStatement::next()
{
    if (!m_status)
        return false;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            m_status = error();
        sqlite3_reset(m_statement);
        return false;
    }
    if (!m_stepping) {
        for (int i = 0; i < m_values.size(); ++i)
            m_query->bindValue(i, m_values[i]);
        if (!m_query->exec()) {
            m_status = Status::failure(describeSqlError(*m_query));
            return false;
        }
        m_stepping = true;
    }
    if (m_query->next())
        return true;
    m_stepping = false;
    return false;
}

void FastStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
    } else if (m_query) {
        m_query->finish();
        m_stepping = false;
    }
}

qint64 FastStatement::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query->value(column).toLongLong();
}

QString FastStatement::text(int column) const
{
    if (m_statement) {
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        return text ? QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
    }
    return m_query->value(column).toString();
}

bool FastStatement::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query->value(column).isNull();
}

qint64 FastStatement::lastInsertId() const
{
    return m_statement ? sqlite3_last_insert_rowid(m_handle) : m_query->lastInsertId().toLongLong();
}

BulkWrite::BulkWrite(const Database &db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB));
}

BulkWrite::~BulkWrite()
{
    m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB));
}

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    const QString begin = db.dialect() == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN");
    if (auto result = db.exec(begin); !result)
        m_beginStatus = Status::failure(tr("Cannot start a transaction: %1").arg(result.message()));
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
        return Status::failure(tr("Cannot save the changes: %1").arg(result.message()));
    m_active = false;
    return Status::success();
}

} // namespace metodist
