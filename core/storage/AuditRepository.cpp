#include "storage/AuditRepository.h"

#include <QHash>
#include <QJsonDocument>

namespace metodist {

namespace {

// The schema that brought the audit.
constexpr int auditSchemaVersion = 11;

// The tables whose records have a history read here, and the columns by
// which other tables' rows name their owner (each has an index of the audit).
bool isRecordTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("teachers"), QStringLiteral("methodists"),
                                    QStringLiteral("organisations"), QStringLiteral("assignments"),
                                    QStringLiteral("orders"), QStringLiteral("roadmaps")};
    return tables.contains(table);
}

bool isOwnerColumn(const QString &column)
{
    return column == u"teacher_id" || column == u"methodist_id";
}

// How a row of a table is named for a person, by table: SQL from code only.
const QHash<QString, QString> &nameExpressions()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("teachers"), QStringLiteral("trim(last_name || ' ' || first_name || ' ' || middle_name)")},
        {QStringLiteral("methodists"), QStringLiteral("trim(last_name || ' ' || first_name || ' ' || middle_name)")},
        {QStringLiteral("organisations"), QStringLiteral("name")},
        {QStringLiteral("municipalities"), QStringLiteral("name")},
        {QStringLiteral("subjects"), QStringLiteral("name")},
        {QStringLiteral("dictionary_entries"), QStringLiteral("name")},
        {QStringLiteral("orders"), QStringLiteral("number || ' (' || issued_on || ')'")},
        {QStringLiteral("events"), QStringLiteral("title")},
        {QStringLiteral("network_units"), QStringLiteral("name")},
        {QStringLiteral("route_catalogue"), QStringLiteral("title")},
        {QStringLiteral("roadmap_activities"), QStringLiteral("title")},
    };
    return names;
}

const QString columns = QStringLiteral(
    "id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), actor, table_name, "
    "coalesce(record_id, 0), action, coalesce(old_values::text, ''), coalesce(new_values::text, ''), row_count");

QJsonObject jsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

bool AuditRepository::isKept() const
{
    return m_db.isOpen() && m_db.sqlDialect().keepsAudit() && m_db.schemaVersion() >= auditSchemaVersion;
}

Result<QList<AuditRecord>> AuditRepository::read(const QString &sql, const QVariantList &values) const
{
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.status();
    QList<AuditRecord> records;
    QSqlQuery &q = query.value();
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.actor = q.value(2).toString();
        r.table = q.value(3).toString();
        r.recordId = q.value(4).toLongLong();
        const QString action = q.value(5).toString();
        r.action = action.isEmpty() ? QChar() : action.front();
        r.oldValues = jsonObject(q.value(6).toString());
        r.newValues = jsonObject(q.value(7).toString());
        r.rowCount = q.value(8).toLongLong();
        records.append(r);
    }
    return records;
}

Result<QList<AuditRecord>> AuditRepository::forRecord(const QString &table, qint64 id, const QString &ownerColumn) const
{
    if (!isKept())
        return QList<AuditRecord>();
    if (!isRecordTable(table) || (!ownerColumn.isEmpty() && !isOwnerColumn(ownerColumn)))
        return Status::failure(tr("The history of %1 is not kept.").arg(table));
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE table_name = ? AND record_id = ?").arg(columns);
    QVariantList values{table, id};
    if (!ownerColumn.isEmpty()) {
        // The same expressions as the partial indexes of schema 11, so that they are used.
        const QString owner = QStringLiteral("(coalesce(new_values, old_values) ->> '%1')").arg(ownerColumn);
        sql += QStringLiteral(" UNION ALL SELECT %1 FROM audit_log WHERE (%2::bigint) = ? AND %2 IS NOT NULL "
                              "AND table_name <> ?")
                   .arg(columns, owner);
        values << id << table;
    }
    return read(sql + QStringLiteral(" ORDER BY 1"), values);
}

Result<QList<AuditRecord>> AuditRepository::bulkWrites(int limit) const
{
    if (!isKept())
        return QList<AuditRecord>();
    return read(QStringLiteral("SELECT %1 FROM audit_log WHERE record_id IS NULL ORDER BY id DESC LIMIT ?").arg(columns),
                {limit});
}

Result<QString> AuditRepository::nameOf(const QString &table, qint64 id) const
{
    const QString expression = nameExpressions().value(table);
    if (expression.isEmpty() || id <= 0)
        return QString();
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(expression, table), {id});
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

bool AuditWriter::isKept() const
{
    return AuditRepository(m_db).isKept();
}

Status AuditWriter::quietRowAudit()
{
    if (!isKept())
        return Status::success();
    for (const QString &statement : m_db.sqlDialect().quietAudit())
        if (auto done = m_db.exec(statement); !done)
            return done.status();
    return Status::success();
}

Status AuditWriter::recordBulk(const QString &table, QChar action, qint64 rows)
{
    if (!isKept() || rows <= 0)
        return Status::success();
    auto done = m_db.exec(m_db.sqlDialect().bulkAuditRecord(), {table, QString(action), rows});
    return done ? Status::success() : done.status();
}

} // namespace metodist
