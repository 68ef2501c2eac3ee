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
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace metodist {

namespace {

QAtomicInt connectionCounter;

// SQLite's primary result code behind a failed query (QSQLITE reports the
// library's code as the native code).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The file as an SQLite URI, so that the open mode is exact: "rw" never
// creates a missing file (QSQLITE's plain open always may).
QString sqliteUri(const QString &path, const char *mode, bool immutable)
{
    QString uri = QStringLiteral("file:")
        + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
        + QStringLiteral("?mode=") + QLatin1StringView(mode);
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

// Only stat(): no descriptor is ever opened on a database file outside
// SQLite, because closing one drops every POSIX lock this process holds on it
// and another program would then delete the write-ahead log under us.
bool isEmptyFile(const QFileInfo &info)
{
    return info.size() == 0 && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"));
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
        else
            query.bindValue(i, value);
    }
}

} // namespace

Status Database::failureOf(const QSqlQuery &query) const
{
    return Status::failure(describeSqlError(query), m_sqlDialect->classify(query.lastError()));
}

Result<QSqlQuery *> Database::execPrepared(const QString &sql, const QVariantList &values) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
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
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failureOf(query);
    bindAll(query, values);
    if (!query.exec())
        return failureOf(query);
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

Status Database::connectSqlite(const QString &path, const OpenOptions &options, bool creating)
{
    const bool memory = path == u":memory:";
    // A reader that may write the file and its folder opens "rw" under
    // query_only (set after): it takes part in the log like any connection
    // and, the last to close, checkpoints it and removes the -wal and -shm
    // files, so reading alone leaves the folder as it was, and a writer's
    // work never stays in the log behind readers. A reader that may not
    // write takes a read-only handle; with no log holding anything (nobody
    // has written since the last checkpoint) the file is read as immutable,
    // so that no -wal or -shm of the reader's own is left for the owner.
    const QFileInfo info(path);
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    const QFileInfo log(info.absoluteFilePath() + QStringLiteral("-wal"));
    const bool logHoldsData = log.exists() && log.size() > 0;
    const char *mode = options.readOnly ? (writable ? "rw" : "ro") : creating ? "rwc" : "rw";
    const bool immutable = options.readOnly && !writable && !logHoldsData;
    const auto attempt = [&](const QString &name, const QString &connectOptions) -> QSqlError {
        m_connectionName = QStringLiteral("metodist-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(name);
        db.setConnectOptions(connectOptions);
        if (db.open()) {
            m_sqlDialect->configure(db);
            return {};
        }
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return error;
    };
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (memory) {
        const QSqlError error = attempt(path, busy);
        return error.isValid() ? Status::failure(tr("Cannot open the database «%1»: %2.").arg(path, error.text()))
                               : Status::success();
    }
    const QString uriOptions = busy + QStringLiteral(";QSQLITE_OPEN_URI");
    QSqlError error = attempt(sqliteUri(path, mode, immutable), uriOptions);
    if (error.isValid())
        return Status::failure(tr("Cannot open the database «%1»: %2.").arg(path, error.text()));
    if (!options.readOnly || immutable)
        return Status::success();
    // A database in WAL mode needs its shared-memory index, which nobody can
    // create in a folder we may not write; with no log there, nobody is
    // writing it either, and it is read as the unchanging file it is.
    QSqlQuery probe(connection());
    if (probe.exec(QStringLiteral("PRAGMA application_id")))
        return Status::success();
    const int code = sqliteCode(probe.lastError());
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if ((code == SQLITE_READONLY || code == SQLITE_CANTOPEN) && !folderWritable && !logHoldsData) {
        probe = QSqlQuery();
        close();
        error = attempt(sqliteUri(path, mode, true), uriOptions);
        if (error.isValid())
            return Status::failure(tr("Cannot open the database «%1»: %2.").arg(path, error.text()));
    }
    return Status::success();
}

Status Database::openSqlite(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No database file was given."));
    const bool memory = path == u":memory:";
    bool creating = false;
    if (memory) {
        creating = true;
    } else if (info.exists()) {
        if (info.isDir())
            return Status::failure(tr("«%1» is a folder, not a database file.").arg(path));
        if (!info.isFile())
            return Status::failure(tr("«%1» is not a regular file.").arg(path));
        if (isEmptyFile(info)) {
            // An empty file (made by a file manager or mktemp) becomes a
            // database only when a database is being created.
            if (!options.createIfMissing || options.readOnly)
                return Status::failure(tr("«%1» is not a Metodist database: the file is empty. "
                                          "The file was not changed.").arg(path));
            creating = true;
        }
    } else {
        if (!options.createIfMissing || options.readOnly)
            return Status::failure(tr("The database file «%1» does not exist. Check the path, or create a "
                                      "database with «metodist-cli init» or «Файл → Создать».").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder «%1».").arg(info.absolutePath()));
        creating = true;
    }

    if (!options.readOnly && !memory && info.exists()
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return Status::failure(tr("«%1» can only be read here: the file or its folder is read-only, and this "
                                  "changes the database. The file was not changed.").arg(path));
    m_readOnly = options.readOnly;
    if (Status status = connectSqlite(path, options, creating); !status)
        return status;
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
    if (options.readOnly && m_schemaVersion == 0) {
        fail();
        return Status::failure(tr("«%1» is not a Metodist database: it holds no Metodist data (its creation "
                                  "was interrupted, or it is an empty SQLite file). The file was not changed.")
                                   .arg(path));
    }

    // A new file is marked as Metodist's in its first write, before the
    // write-ahead log exists: a creation interrupted at any point leaves an
    // empty file or a marked one, both of which the next init completes.
    if (!options.readOnly && m_schemaVersion == 0) {
        if (auto mark = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !mark) {
            fail();
            return Status::failure(tr("Cannot prepare the database «%1»: %2").arg(path, mark.message()));
        }
    }

    const QStringList pragmas = m_sqlDialect->sessionSetup(options.readOnly);
    for (const QString &pragma : pragmas) {
        if (auto result = exec(pragma); !result) {
            fail();
            return Status::failure(tr("Cannot prepare the database «%1»: %2").arg(path, result.message()));
        }
    }

    const int target = options.targetSchemaVersion < 0 ? latest : options.targetSchemaVersion;
    if (options.readOnly && options.upgrade && m_schemaVersion < target) {
        const int found = m_schemaVersion;
        fail();
        return Status::failure(tr("The database «%1» was written by an older version of Metodist (schema %2); "
                                  "open it in the program or run a command that changes it to upgrade it "
                                  "to schema %3. The file was not changed.")
                                   .arg(path).arg(found).arg(latest));
    }
    if (!options.readOnly && options.upgrade && m_schemaVersion < target) {
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
    QSqlQuery appId(connection());
    if (!appId.exec(QStringLiteral("PRAGMA application_id")) || !appId.next()) {
        if (sqliteCode(appId.lastError()) == SQLITE_NOTADB)
            return Status::failure(tr("«%1» is not a Metodist database: it is not a SQLite file. "
                                      "The file was not changed.").arg(m_location));
        return Status::failure(tr("«%1» cannot be read as a database: %2").arg(m_location, describeSqlError(appId)));
    }
    const int foundId = appId.value(0).toInt();
    auto pages = exec(QStringLiteral("PRAGMA page_count"));
    const bool noPages = pages && pages.value().next() && pages.value().value(0).toLongLong() == 0;

    auto tables = exec(QStringLiteral("SELECT count(*), "
                                      "sum(name = 'schema_migrations') FROM sqlite_master WHERE type = 'table'"));
    if (!tables || !tables.value().next())
        return Status::failure(tr("«%1» cannot be read as a database: %2").arg(m_location, tables.message()));
    const int tableCount = tables.value().value(0).toInt();
    const bool hasVersionTable = tables.value().value(1).toInt() > 0;

    // Nothing in it yet: a file this program started to create (marked first)
    // or one with no pages at all. Any other SQLite file belongs to another
    // program, even an empty one.
    if (tableCount == 0 && (foundId == applicationId || noPages)) {
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

namespace {

// Makes a finished file durable before it gets its final name. The file is
// one SQLite has already closed (the output of VACUUM INTO), never the open
// database.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

} // namespace

Status Database::backupTo(const QString &file)
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    const QFileInfo info(QFileInfo(file).absoluteFilePath());
    if (info.exists() || info.isSymLink())
        return Status::failure(tr("The file «%1» already exists; choose a new name for the backup.").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Cannot create the folder «%1».").arg(info.absolutePath()));
    // Written under a name of its own in the same folder (so the rename
    // stays on one file system); an interrupted backup leaves only that
    // partial file, never a target that looks whole.
    // Parts of copies to this name that were interrupted more than an hour
    // ago (a copy of any registry takes seconds) are cleared away.
    const QDir folder = info.absoluteDir();
    for (const QFileInfo &stale : folder.entryInfoList({QStringLiteral(".%1.*.partial*").arg(info.fileName())},
                                                       QDir::Files | QDir::Hidden)) {
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(stale.absoluteFilePath());
    }
    const QString partial = folder.absoluteFilePath(
        QStringLiteral(".%1.%2.partial").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    const auto removePartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    // VACUUM INTO writes a consistent snapshot while other connections keep
    // working. It only reads this database, but query_only refuses it too.
    if (m_readOnly)
        exec(QStringLiteral("PRAGMA query_only = OFF"));
    auto vacuum = exec(QStringLiteral("VACUUM INTO ?"), {partial});
    if (m_readOnly)
        exec(QStringLiteral("PRAGMA query_only = ON"));
    if (auto result = std::move(vacuum); !result) {
        removePartial();
        return Status::failure(tr("The backup to «%1» failed: %2").arg(file, result.message()));
    }
    if (!syncFile(partial)) {
        removePartial();
        return Status::failure(tr("The backup to «%1» failed: the copy could not be written to the disk.").arg(file));
    }
    // QFile::rename never replaces an existing file (it links, or renames
    // with RENAME_NOREPLACE), so a file that appeared meanwhile is kept.
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        removePartial();
        return Status::failure(tr("The backup to «%1» failed: the file could not be given its name (does it "
                                  "exist already?).").arg(file));
    }
    syncFolder(info.absolutePath());
    return Status::success();
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
