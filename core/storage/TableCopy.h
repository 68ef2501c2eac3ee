#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace metodist {

// How a column's values are compared between engines: SQLite's affinity
// rules read from the declared type ("INTEGER", "integer", "bigint" → whole
// numbers; "REAL", "double precision" → real numbers; text and anything
// else as text).
enum class ColumnKind { Integer, Real, Text };

struct TableColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    int keyPosition = 0; // 1, 2 … in the primary key; 0 when not in it
    bool identity = false; // numbered by the engine (PostgreSQL identity)
};

struct TableShape
{
    QString name;
    QList<TableColumn> columns;
    QStringList parents; // the tables its foreign keys refer to
};

// A table's rows read in the order of its primary key, each value written
// in one canonical form whatever engine keeps it (a whole number in
// decimal, a real number in its shortest exact decimal, text as it is,
// NULL apart from ''), hashed with SHA-256.
struct TableSum
{
    qint64 rows = 0;
    QByteArray sha256;
};

// The schema as its engine's catalogue describes it, for copying a
// registry between engines: derived, never a list kept by hand.
class SchemaCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCatalogue)

public:
    // The table that records the schema's steps: each side writes its own,
    // so it is compared (versions()), never copied.
    static QString versionTable() { return QStringLiteral("schema_migrations"); }

    // Every table with rows of its own except the version table, parents
    // before the tables that refer to them (names in order where no key
    // decides; tables that refer to each other in a circle come last).
    static Result<std::vector<TableShape>> tables(const Database &db);
    // The schema steps recorded in the database, in order.
    static Result<QList<int>> versions(const Database &db);
    static Result<qint64> rowCount(const Database &db, const TableShape &table);
    static Result<TableSum> sum(const Database &db, const TableShape &table,
                                const std::function<bool(qint64 rows)> &progress = {});
};

// Rows of one database copied into another with their own ids, inside the
// target's open transaction; memory bounded for a table of any size (rows
// are streamed from the source and written a batch at a time).
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    TableCopy(const Database &source, Database &target) : m_source(source), m_target(target) {}

    // Statements that make the transaction ready: foreign keys checked at
    // commit where the engine allows it.
    Status prepareTransaction();
    // Removes the target's rows of the table (reference data its creation
    // wrote), so that the source's rows keep their ids.
    Status clear(const TableShape &table);
    // Copies every row; `progress` gets the rows copied so far and returns
    // false to stop (the copy then fails as cancelled). Gives the rows copied.
    Result<qint64> copy(const TableShape &table, const std::function<bool(qint64 rows)> &progress = {});
    // Moves the numbering of the table's identity columns past its highest id.
    Status renumber(const TableShape &table);

private:
    const Database &m_source;
    Database &m_target;
};

// A transaction that only reads one state of the whole database (for the
// source of a copy while others keep working); ended when it goes.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status status() const { return m_status; }

private:
    const Database &m_db;
    Status m_status = Status::success();
};

} // namespace metodist
