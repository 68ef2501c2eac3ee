#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace metodist {

// One row of the server's audit (schema 11): a row of a table inserted (I),
// changed (U) or deleted (D) by a role at a time. A bulk write is one row
// without a record, its row count saying how many rows it wrote.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString table;
    qint64 recordId = 0; // 0: a bulk write
    QChar action;
    // Changed: the old values of the changed columns alone, the new row
    // whole; inserted: the new row; deleted: the old row.
    QJsonObject oldValues;
    QJsonObject newValues;
    qint64 rowCount = 1;
};

// Reads the audit a shared server keeps. A SQLite file keeps none:
// isKept() is false there and every read gives nothing.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    bool isKept() const;

    // The rows of one record of `table` (a table the program knows), oldest
    // first; with an owner column («teacher_id»), also the rows of other
    // tables that name the record by it (a teacher's assignments, courses,
    // diagnostics, support categories).
    Result<QList<AuditRecord>> forRecord(const QString &table, qint64 id, const QString &ownerColumn = {}) const;
    // The bulk writes, newest first, at most `limit`.
    Result<QList<AuditRecord>> bulkWrites(int limit = 100) const;

    // A readable name of a row of a table the program knows (a person's
    // full name, an organisation's or a dictionary entry's name, an order's
    // number); empty when the table is not one of them or the row is gone.
    Result<QString> nameOf(const QString &table, qint64 id) const;

private:
    Result<QList<AuditRecord>> read(const QString &sql, const QVariantList &values) const;

    const Database &m_db;
};

// The writing side of the audit, for the bulk writers (an import, a
// planning run of a million assignments, the demo region): in their
// transaction the row audit stays quiet, and one row records what they did.
// Both do nothing on a SQLite file.
class AuditWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditWriter)

public:
    explicit AuditWriter(Database &db) : m_db(db) {}

    // Call in the writer's transaction, before it writes.
    Status quietRowAudit();
    // One row: `rows` rows of `table` inserted (I), changed (U) or deleted (D).
    Status recordBulk(const QString &table, QChar action, qint64 rows);

private:
    bool isKept() const;

    Database &m_db;
};

} // namespace metodist
