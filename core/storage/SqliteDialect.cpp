#include "storage/Dialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace metodist {

namespace {

constexpr int normalCacheKiB = 131072;
constexpr qint64 mmapBytes = 268435456; // the first 256 MB of the file: the first search of a session reads fast
constexpr int bulkCacheKiB = 131072; // 128 MB: with the map off and temporary files on disk, a million-row import stays under 400 MB

// SQLite's result codes: QSQLITE reports the code the library returned as
// the native code, the extended one once extended codes are on (configure()).
DbError classifySqlite(int code, const QString &message)
{
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return DbError::UniqueViolation;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return DbError::ForeignKeyViolation;
    case SQLITE_CONSTRAINT_TRIGGER:
        // ON DELETE RESTRICT is carried out as a trigger: deleting a row
        // still referred to fails with the trigger's code and this text
        // (the schema has no trigger of its own that raises an error).
        return message.contains(u"FOREIGN KEY constraint failed") ? DbError::ForeignKeyViolation : DbError::Other;
    default:
        break;
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Busy;
    case SQLITE_READONLY:
        return DbError::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DbError::Corrupt;
    default:
        return DbError::Other;
    }
}

class SqliteDialect final : public SqlDialect
{
public:
    DbError classify(const QSqlError &error) const override
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return ok ? classifySqlite(code, error.databaseText()) : DbError::Other;
    }

    DbError classifyCode(int nativeCode, const QString &engineMessage) const override
    {
        return classifySqlite(nativeCode, engineMessage);
    }

    void configure(const QSqlDatabase &connection) const override
    {
        // Without extended codes SQLite reports every constraint as 19, and
        // a unique violation could not be told from a foreign-key one. Qt
        // 6.4's QSQLITE switches them on itself (measured: 2067 for a
        // duplicate); this keeps it so with any driver build.
        const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data()))
                sqlite3_extended_result_codes(raw, 1);
        }
    }

    QStringList sessionSetup(bool readOnly) const override
    {
        QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                            QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                            QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB),
                            QStringLiteral("PRAGMA temp_store = MEMORY"),
                            // Reads of the first 256 MB straight from the mapped file: the
                            // first search over a million teachers reads thousands of
                            // scattered pages, 115 ms through read() and 48 ms mapped.
                            QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes)};
        if (readOnly)
            pragmas << QStringLiteral("PRAGMA query_only = ON");
        else
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
        return pragmas;
    }

    // A bigger page cache for one big transaction, but a bounded one: past
    // it SQLite spills dirty pages into the WAL mid-transaction. Measured on
    // a million-row import: about 5 s slower than a 2 GB cache, which held
    // 1 GB of memory; with 128 MB the import stays under 400 MB. The file's
    // memory map is off meanwhile (pages read through it would count on top
    // of the cache), and temporary files (index sorting) go to disk.
    QStringList bulkWriteBegin() const override
    {
        return {QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB), QStringLiteral("PRAGMA mmap_size = 0"),
                QStringLiteral("PRAGMA temp_store = FILE")};
    }

    QStringList bulkWriteEnd() const override
    {
        return {QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB),
                QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes), QStringLiteral("PRAGMA temp_store = MEMORY")};
    }

    // IMMEDIATE: two processes wait for each other (busy_timeout) instead of
    // failing when a reading transaction later tries to write.
    QString beginTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList schemaLock() const override { return {}; } // BEGIN IMMEDIATE is the lock

    QString zeroPadded(const QString &expression, int width) const override
    {
        return QStringLiteral("printf('%0") + QString::number(width) + QStringLiteral("d', ") + expression + u')';
    }

    QString sortSeparator() const override { return QStringLiteral("char(1)"); }
    QString unindexed(const QString &column) const override { return u'+' + column; }
    QString rowNumberKey() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    // An empty table numbers its next row 1.
    QString emptied(const QString &table) const override { return QStringLiteral("DELETE FROM ") + table; }

    QString joinedText(const QString &expression, const QString &separatorLiteral) const override
    {
        return QStringLiteral("group_concat(%1, %2)").arg(expression, separatorLiteral);
    }

    // FTS5 with the trigram tokenizer; the phrase is quoted, inner quotes doubled.
    QString nameIndexIds(const QString &indexTable) const override
    {
        return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(indexTable);
    }

    QString nameIndexPhrase(const QString &key) const override
    {
        QString phrase = key;
        phrase.replace(u'"', QStringLiteral("\"\""));
        return u'"' + phrase + u'"';
    }

    QString deferrableObjects(const QStringList &tables) const override
    {
        return QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                              "AND sql IS NOT NULL AND tbl_name IN ('%1') ORDER BY type, name")
            .arg(tables.join(QStringLiteral("', '")));
    }

    QStringList markAsOurs(int applicationId) const override
    {
        return {QStringLiteral("PRAGMA application_id = %1").arg(applicationId)};
    }

    // SQLite plans by rules (no ANALYZE is ever run on a Metodist file).
    QString refreshedStatistics(const QStringList &) const override { return {}; }

    QString changeCounter() const override { return QStringLiteral("PRAGMA data_version"); }
    // A file is one person's: it keeps no audit, and its change counter
    // stands for a channel.
    QString changeChannel() const override { return {}; }
    bool keepsAudit() const override { return false; }
    QStringList quietAudit() const override { return {}; }
    QString bulkAuditRecord() const override { return {}; }
    QString integrityProblems() const override { return QStringLiteral("PRAGMA integrity_check"); }
    QString foreignKeyProblems() const override { return QStringLiteral("PRAGMA foreign_key_check"); }
    QString queryOnly(bool on) const override
    {
        return on ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF");
    }

    // pragma_table_list marks an FTS5 table «virtual» and its tables «shadow».
    QString catalogueTables() const override
    {
        return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    }

    QString catalogueColumns() const override
    {
        return QStringLiteral("SELECT name, type, pk, 0 FROM pragma_table_info(?) ORDER BY cid");
    }

    QString catalogueParents() const override
    {
        return QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?) ORDER BY 1");
    }

    QString byteOrder(const QString &column) const override { return column + QStringLiteral(" COLLATE BINARY"); }
    QStringList deferredForeignKeys() const override { return {QStringLiteral("PRAGMA defer_foreign_keys = ON")}; }
    // A rowid key takes the highest id plus one by itself.
    QString numberingAfter(const QString &, const QString &) const override { return {}; }
    // Deferred: the snapshot is taken at the first read and kept until the end.
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace metodist
