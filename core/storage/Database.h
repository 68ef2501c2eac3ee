#pragma once

#include "Status.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace metodist {

enum class Dialect { SQLite, PostgreSQL };

struct OpenOptions
{
    // Create the file (and its folder) when it does not exist yet. Only the
    // commands that make a database (init, demo, the window's «Создать» and
    // its default file) ask for it; everything else refuses a missing file.
    bool createIfMissing = true;
    // Read, never write: the file is opened so that SQLite refuses every
    // change (PRAGMA query_only, or a read-only handle where the file or its
    // folder cannot be written), no pragma that writes is run, nothing is
    // created and an older schema is reported instead of upgraded.
    bool readOnly = false;
    // Upgrade only up to this schema version; -1 means the latest. Tests use
    // it to build files of every older version.
    int targetSchemaVersion = -1;
    // Apply pending migrations; when false an older file is opened as it is
    // (for `check`, which reports instead of changing).
    bool upgrade = true;

    static OpenOptions creating();
    static OpenOptions existing();
    static OpenOptions reading();
};

// The one owner of a connection: opens a SQLite file or connects to a
// PostgreSQL server by its address (behind dialect()), sets the session up, applies numbered migrations in one
// transaction after a backup copy, refuses files it must not touch.
// One Database per thread; repositories take it by reference.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open(const QString &location, const OpenOptions &options = {});
    void close();

    bool isOpen() const;
    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    // The engine's seam: error kinds, connection setup, engine-specific statements.
    const SqlDialect &sqlDialect() const { return *m_sqlDialect; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    // True when this open() created the schema in an empty file.
    bool wasCreated() const { return m_created; }
    // The copy taken before the last upgrade, or empty when none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // PRAGMA integrity_check and foreign_key_check; an empty list means sound.
    Result<QStringList> integrityCheck();
    // A consistent copy of the open database into a new file, while it is in
    // use: written under a temporary name in the target's folder, synced, then
    // renamed, so an interrupted backup never leaves a file that looks whole.
    // A server database is copied by pg_dump (its custom format).
    Status backupTo(const QString &file);
    bool isReadOnly() const { return m_readOnly; }

    // For storage/ only: the connection of this object's thread.
    QSqlDatabase connection() const;

    // Runs one statement with bound values; the error is a readable sentence.
    // An empty QVariant binds NULL; a null QString binds ''.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;

    // The same, with the statement prepared once per connection and kept for
    // reuse (hot paths such as import). The query stays valid until the next
    // call with the same SQL or close().
    Result<QSqlQuery *> execPrepared(const QString &sql, const QVariantList &values = {}) const;

    // Runs an INSERT that ends in `RETURNING id` (prepared and kept, as
    // execPrepared) and gives the new row's id: one way on every engine.
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &values = {}) const;

    // A failed query as a readable sentence carrying its kind.
    Status failureOf(const QSqlQuery &query) const;

    // Reads rows of whole numbers (NULL reads as 0) for scans over millions of
    // rows, where building a QVariant per value costs more than the query: on
    // SQLite straight from the library through the driver's handle, elsewhere
    // through QSqlQuery. `columns` values per row reach `row`.
    Status scanIntegers(const QString &sql, const QVariantList &values, int columns,
                        const std::function<void(const qint64 *row)> &row) const;

    // On a server: its version, address, database and the role connected
    // (empty for a file).
    Result<QString> serverDescription() const;

    static QString defaultLocation();
    static bool isServerUrl(const QString &location);
    // The SQLite application_id that marks a Metodist file.
    static constexpr int applicationId = 0x4D544454; // "MTDT"

private:
    Status openSqlite(const QString &path, const OpenOptions &options);
    Status openPostgresql(const QString &url, const OpenOptions &options);
    Status readServerSchemaVersion();
    Status backupServerTo(const QString &file);
    bool readsForwardOnly() const;
    Status connectSqlite(const QString &path, const OpenOptions &options, bool creating);
    Status readSchemaVersion();
    // The schema version found against what this program knows (both engines).
    Status refuseNewerSchema() const;
    Status upgradeSchema(const OpenOptions &options);
    Status migrate(int targetVersion);
    Status backupBeforeUpgrade();
    void fail();

    std::unique_ptr<SqlDialect> m_sqlDialect;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    QString m_location;
    Dialect m_dialect = Dialect::SQLite;
    int m_schemaVersion = 0;
    bool m_created = false;
    bool m_readOnly = false;
    QString m_upgradeBackup;
};

// RAII guard: BEGIN IMMEDIATE on SQLite (so two processes wait for each other
// instead of failing with "database is locked"), rollback unless committed.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; check before doing work.
    Status status() const { return m_beginStatus; }
    Status commit();

private:
    const Database &m_db;
    Status m_beginStatus = Status::success();
    bool m_active = false;
};

// For one big transaction (an import of a million rows): a larger page cache
// of a bounded size (the memory of the import stays the same for any file)
// and no memory map of the file meanwhile.
class BulkWrite
{
public:
    explicit BulkWrite(Database &db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    const Database &m_db;
};

// A statement prepared once and run many times with values bound one by one,
// for bulk writes and reads in storage/ (an import of a million rows), where
// building a QVariant per value costs more than the statement itself. On
// SQLite it goes straight to the library through the driver's handle;
// elsewhere through QSqlQuery. Parameters are numbered from 1, columns from 0.
class FastStatement
{
    Q_DECLARE_TR_FUNCTIONS(FastStatement)

public:
    // How a query's rows come from a server: whole, once the query has run
    // (other statements may run on the connection while they are read), or
    // one by one as they are read (bounded memory for a table of any size;
    // no other statement may run on the connection until the last row).
    // SQLite always steps through the file.
    enum class Rows { Whole, Streamed };

    FastStatement(const Database &db, const QString &sql, Rows rows = Rows::Whole);
    ~FastStatement();
    FastStatement(const FastStatement &) = delete;
    FastStatement &operator=(const FastStatement &) = delete;

    // Whether the statement was prepared; check before use.
    Status status() const { return m_status; }

    void bind(int index, qint64 value);
    void bind(int index, QStringView text); // a null string binds ''
    void bindNull(int index);
    void bindIdOrNull(int index, qint64 id) { id > 0 ? bind(index, id) : bindNull(index); }
    // A value of any kind value() gives: one that isNull() binds NULL, a
    // null QString the empty text.
    void bindValue(int index, const QVariant &value);

    // Runs a statement that returns no rows and makes it ready for the next values.
    Status execute();
    // Steps through the rows of a query; false at the end or on an error (status()).
    bool next();
    // Done with the rows before the end: ready for the next values.
    void reset();
    qint64 integer(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    // The value as the engine keeps it: a whole number as qint64 (or int),
    // a REAL as double, text as QString; NULL as a QVariant that isNull()
    // (a server's is typed, SQLite's empty).
    QVariant value(int column) const;
    // Runs an INSERT that ends in `RETURNING id` and gives the new row's id;
    // the statement is ready for the next values.
    Result<qint64> insertReturningId();

private:
    Status error() const;

    const Database &m_db;
    Status m_status = Status::success();
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_stepping = false;
    bool m_rowIdInsert = false; // RETURNING id left out: the id is the last inserted rowid
    std::unique_ptr<QSqlQuery> m_query; // other drivers
    QVariantList m_values;
};

QString describeSqlError(const QSqlQuery &query);

// Bound values for optional columns: 0 / nothing means NULL.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

template<typename T>
QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace metodist
