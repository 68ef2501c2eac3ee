#include "storage/Database.h"

#include "storage/Dialect.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

// The SQLite implementation of Database: opening a file (exact open modes,
// the application_id mark, read-only folders), reading integers straight
// from the library, and the online backup. Database.cpp holds what every
// engine shares.

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
    if (Status status = refuseNewerSchema(); !status) {
        fail();
        return status;
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

    if (Status status = upgradeSchema(options); !status) {
        fail();
        return status;
    }
    return Status::success();
}

Status Database::readSchemaVersion()
{
    if (m_dialect == Dialect::PostgreSQL)
        return readServerSchemaVersion();
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
    if (m_dialect == Dialect::PostgreSQL)
        return backupServerTo(file);
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
        exec(m_sqlDialect->queryOnly(false));
    auto vacuum = exec(QStringLiteral("VACUUM INTO ?"), {partial});
    if (m_readOnly)
        exec(m_sqlDialect->queryOnly(true));
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

} // namespace metodist
