#pragma once

#include "Status.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace metodist {

// The one place that knows the database engine: how its errors are told
// apart, how a connection is set up, which statements differ. Database owns
// one; nothing outside the implementations names an engine's error codes or
// matches its message text: SQLite (the file of one person) and PostgreSQL
// (the shared registry of an office).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The kind of a driver error, from its native code.
    virtual DbError classify(const QSqlError &error) const = 0;
    // The same from the engine's own result code and message (for
    // statements run straight through the engine's library, not QSqlQuery).
    virtual DbError classifyCode(int nativeCode, const QString &engineMessage = {}) const = 0;

    // Called once a connection is open, before any statement: whatever the
    // driver must be told so that classify() sees precise codes.
    virtual void configure(const QSqlDatabase &connection) const = 0;
    // The statements that set up every new connection, in order.
    virtual QStringList sessionSetup(bool readOnly) const = 0;
    // Around one big writing transaction (an import of a million rows).
    virtual QStringList bulkWriteBegin() const = 0;
    virtual QStringList bulkWriteEnd() const = 0;
    // Opens a writing transaction that waits for other writers.
    virtual QString beginTransaction() const = 0;
    // Run first in the transaction that brings the schema up to date, so
    // that two programs upgrading one database take turns.
    virtual QStringList schemaLock() const = 0;

    // SQL that differs per engine, as fragments to build statements from.
    // Arguments are SQL expressions or names from code, never user text.

    // Text of a non-negative whole number, zero-padded to `width` digits, so
    // that it sorts as text the way the number sorts.
    virtual QString zeroPadded(const QString &expression, int width) const = 0;
    // A one-character separator that sorts before every letter (between the
    // parts of a combined sort key).
    virtual QString sortSeparator() const = 0;
    // A column in a condition that should not pick the index it has (SQLite
    // chooses by rules: «+column»; PostgreSQL by statistics: the column).
    virtual QString unindexed(const QString &column) const = 0;
    // The type of a key column numbered 1, 2, 3 … in the order rows are
    // inserted, and the statement that empties a table and starts that
    // numbering again.
    virtual QString rowNumberKey() const = 0;
    virtual QString emptied(const QString &table) const = 0;
    // The aggregate joining an expression's values with a separator (a SQL
    // string literal written by the caller, e.g. '; ').
    virtual QString joinedText(const QString &expression, const QString &separatorLiteral) const = 0;
    // The statement that has the planner's statistics of the tables measured
    // again after a bulk write has changed their size many times over
    // (empty when the engine keeps no such statistics that matter): without
    // it PostgreSQL plans the first searches for the old, empty tables.
    virtual QString refreshedStatistics(const QStringList &tables) const = 0;

    // The name search index (a trigram index of search_key beside `table`):
    // a subquery of the ids whose key contains the bound phrase, and that
    // phrase made from a search key so that the key is never read as syntax.
    virtual QString nameIndexIds(const QString &indexTable) const = 0;
    virtual QString nameIndexPhrase(const QString &key) const = 0;

    // The indexes and triggers of the given tables (type, name, defining
    // SQL), indexes first: what a bulk write drops and builds again after.
    virtual QString deferrableObjects(const QStringList &tables) const = 0;
    // One whole number that changes when another connection commits (empty
    // when the engine has none: the caller then watches by other means).
    virtual QString changeCounter() const = 0;
    // The channel the engine announces committed changes on (empty when it
    // has none): a connection that listens hears other connections' commits.
    virtual QString changeChannel() const = 0;
    // Whether the engine keeps the audit of changes (who changed what, when).
    virtual bool keepsAudit() const = 0;
    // Run in a bulk writer's transaction: the audit writes no row per row
    // written, and no notification per statement, until the transaction ends
    // (empty when there is no audit).
    virtual QStringList quietAudit() const = 0;
    // The statement recording one bulk write in the audit, with three bound
    // values: the table, the action (I, U or D) and the number of rows
    // (empty when there is no audit).
    virtual QString bulkAuditRecord() const = 0;
    // Statements whose rows list what is wrong with the database: the first
    // gives one problem text a row ("ok" when sound), the second the rows that
    // refer to missing rows (table, row id, referred table).
    virtual QString integrityProblems() const = 0;
    virtual QString foreignKeyProblems() const = 0;
    // The statements that mark a database as Metodist's, run in the
    // transaction that brings its schema up to date.
    virtual QStringList markAsOurs(int applicationId) const = 0;
    // Turns a read-only session's refusal to write off and on again (for a
    // backup, which only reads but is refused all the same).
    virtual QString queryOnly(bool on) const = 0;

    // The catalogue of the schema, for copying a registry from one engine
    // to the other (storage/TableCopy). Tables that hold rows of their own,
    // one name a row: not the engine's (sqlite_*) nor the tables behind a
    // search index (an FTS5 table and its shadow tables), which the target
    // fills itself.
    virtual QString catalogueTables() const = 0;
    // The columns of the table whose name is bound, in order: name, declared
    // type, position in the primary key (0: not in it), and 1 when the
    // engine numbers the column itself (an identity column), else 0.
    virtual QString catalogueColumns() const = 0;
    // The tables the bound table refers to by its foreign keys, a name a row.
    virtual QString catalogueParents() const = 0;
    // An ORDER BY term for a text column: by the bytes of its UTF-8 text, so
    // that every engine (and every server's collation) gives one order.
    virtual QString byteOrder(const QString &column) const = 0;
    // Statements run in a writing transaction that fills tables with rows
    // in the order of their foreign keys: check the keys at commit where the
    // engine allows it.
    virtual QStringList deferredForeignKeys() const = 0;
    // The statement that starts numbering a table's identity column past its
    // highest value after rows were written with their own ids (empty where
    // the engine takes the highest value plus one anyway). The names are
    // plain identifiers ([a-z_][a-z0-9_]*, checked by the caller).
    virtual QString numberingAfter(const QString &table, const QString &column) const = 0;
    // Opens a transaction that only reads and sees one state of the whole
    // database, whatever others commit meanwhile.
    virtual QString beginSnapshot() const = 0;
};

// The SQLite implementation (SqliteDialect.cpp).
std::unique_ptr<SqlDialect> makeSqliteDialect();
// The PostgreSQL implementation (PostgresDialect.cpp).
std::unique_ptr<SqlDialect> makePostgresDialect();

// How long a connection waits for another writer before reporting Busy.
constexpr int busyTimeoutMs = 15000;

} // namespace metodist
