#include "storage/TableCopy.h"

#include "storage/Dialect.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>

#include <algorithm>
#include <map>
#include <memory>

namespace metodist {

namespace {

// Names from the catalogue are spliced into statements (quoted by the
// driver); only the plain names Metodist's schema uses are taken.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

QString quoted(const Database &db, const QString &name, QSqlDriver::IdentifierType type)
{
    return db.connection().driver()->escapeIdentifier(name, type);
}

ColumnKind kindOf(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(u"INT"))
        return ColumnKind::Integer;
    if (type.contains(u"CHAR") || type.contains(u"CLOB") || type.contains(u"TEXT"))
        return ColumnKind::Text;
    if (type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB"))
        return ColumnKind::Real;
    return ColumnKind::Text;
}

QString columnList(const Database &db, const TableShape &table)
{
    QStringList names;
    for (const TableColumn &column : table.columns)
        names << quoted(db, column.name, QSqlDriver::FieldName);
    return names.join(QStringLiteral(", "));
}

// The primary key's columns in key order (every column when there is no
// key), text compared byte by byte, so that both engines give one order.
QString keyOrder(const Database &db, const TableShape &table)
{
    QList<TableColumn> key;
    for (const TableColumn &column : table.columns)
        if (column.keyPosition > 0)
            key << column;
    std::sort(key.begin(), key.end(),
              [](const TableColumn &a, const TableColumn &b) { return a.keyPosition < b.keyPosition; });
    if (key.isEmpty())
        key = table.columns;
    QStringList terms;
    for (const TableColumn &column : key) {
        const QString name = quoted(db, column.name, QSqlDriver::FieldName);
        terms << (column.kind == ColumnKind::Text ? db.sqlDialect().byteOrder(name) : name);
    }
    return terms.join(QStringLiteral(", "));
}

QString selectAll(const Database &db, const TableShape &table)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columnList(db, table), quoted(db, table.name, QSqlDriver::TableName), keyOrder(db, table));
}

bool isWholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

void appendText(QByteArray &out, char tag, const QByteArray &text)
{
    out += tag;
    out += QByteArray::number(text.size());
    out += ':';
    out += text;
}

// One value in the form both engines give alike: tagged, and text with its
// length, so that no two different rows can write the same bytes.
void appendCanonical(QByteArray &out, const QVariant &value, ColumnKind kind)
{
    if (value.isNull()) {
        out += 'N';
        return;
    }
    const bool whole = isWholeNumber(value);
    if (kind == ColumnKind::Integer && whole) {
        out += 'I';
        out += QByteArray::number(value.toLongLong());
        out += ';';
    } else if (kind == ColumnKind::Real && (whole || value.typeId() == QMetaType::Double)) {
        out += 'R';
        out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1();
        out += ';';
    } else if (kind == ColumnKind::Text && value.typeId() == QMetaType::QString) {
        appendText(out, 'T', value.toString().toUtf8());
    } else {
        // A value its column's type does not expect (SQLite keeps what it is
        // given): written with its own type, so that it matches only itself.
        appendText(out, 'V', QByteArray(value.typeName()) + ' ' + value.toString().toUtf8());
    }
}

} // namespace

Result<std::vector<TableShape>> SchemaCatalogue::tables(const Database &db)
{
    const SqlDialect &dialect = db.sqlDialect();
    auto names = db.exec(dialect.catalogueTables());
    if (!names)
        return Status::failure(tr("Cannot read the list of tables: %1").arg(names.message()));
    QStringList tableNames;
    while (names.value().next()) {
        const QString name = names.value().value(0).toString();
        // The version table is compared, not copied; a shared server's own
        // tables stay with it: its audit (a registry moved to a server starts
        // its history there, and a copy taken home has none) and its logins.
        if (name == versionTable() || name == u"audit_log" || name == u"staff_accounts")
            continue;
        if (!isPlainName(name))
            return Status::failure(tr("The database has a table «%1» that is not Metodist's; it cannot be copied.")
                                       .arg(name));
        tableNames << name;
    }
    std::sort(tableNames.begin(), tableNames.end());
    const QSet<QString> known(tableNames.begin(), tableNames.end());

    std::map<QString, TableShape> shapes;
    for (const QString &name : tableNames) {
        TableShape shape;
        shape.name = name;
        auto columns = db.exec(dialect.catalogueColumns(), {name});
        if (!columns)
            return Status::failure(tr("Cannot read the columns of «%1»: %2").arg(name, columns.message()));
        while (columns.value().next()) {
            TableColumn column;
            column.name = columns.value().value(0).toString();
            column.kind = kindOf(columns.value().value(1).toString());
            column.keyPosition = columns.value().value(2).toInt();
            column.identity = columns.value().value(3).toInt() != 0;
            if (!isPlainName(column.name))
                return Status::failure(tr("The table «%1» has a column «%2» that is not Metodist's; it cannot be "
                                          "copied.").arg(name, column.name));
            shape.columns << column;
        }
        if (shape.columns.isEmpty())
            return Status::failure(tr("The table «%1» has no columns to copy.").arg(name));
        auto parents = db.exec(dialect.catalogueParents(), {name});
        if (!parents)
            return Status::failure(tr("Cannot read the foreign keys of «%1»: %2").arg(name, parents.message()));
        while (parents.value().next()) {
            const QString parent = parents.value().value(0).toString();
            if (parent != name && known.contains(parent) && !shape.parents.contains(parent))
                shape.parents << parent;
        }
        shapes.emplace(name, std::move(shape));
    }

    // Parents first: each round takes, in name order, the tables whose
    // parents have all been taken.
    std::vector<TableShape> ordered;
    QSet<QString> taken;
    while (taken.size() < qsizetype(shapes.size())) {
        bool progressed = false;
        for (const auto &[name, shape] : shapes) {
            if (taken.contains(name))
                continue;
            const bool ready = std::all_of(shape.parents.begin(), shape.parents.end(),
                                           [&](const QString &parent) { return taken.contains(parent); });
            if (!ready)
                continue;
            ordered.push_back(shape);
            taken.insert(name);
            progressed = true;
        }
        if (!progressed) {
            // A circle of foreign keys: the engine checks them at commit
            // where it can (TableCopy::prepareTransaction).
            for (const auto &[name, shape] : shapes)
                if (!taken.contains(name)) {
                    ordered.push_back(shape);
                    taken.insert(name);
                }
        }
    }
    return ordered;
}

Result<QList<int>> SchemaCatalogue::versions(const Database &db)
{
    auto rows = db.exec(QStringLiteral("SELECT version FROM %1 ORDER BY version")
                            .arg(quoted(db, versionTable(), QSqlDriver::TableName)));
    if (!rows)
        return rows.status();
    QList<int> versions;
    while (rows.value().next())
        versions << rows.value().value(0).toInt();
    return versions;
}

Result<qint64> SchemaCatalogue::rowCount(const Database &db, const TableShape &table)
{
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table.name, QSqlDriver::TableName)));
    if (!count)
        return count.status();
    if (!count.value().next())
        return Status::failure(tr("Cannot count the rows of «%1».").arg(table.name));
    return count.value().value(0).toLongLong();
}

Result<TableSum> SchemaCatalogue::sum(const Database &db, const TableShape &table,
                                      const std::function<bool(qint64 rows)> &progress)
{
    FastStatement rows(db, selectAll(db, table), FastStatement::Rows::Streamed);
    if (!rows.status())
        return rows.status();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray row;
    TableSum sum;
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < table.columns.size(); ++i)
            appendCanonical(row, rows.value(i), table.columns[i].kind);
        row += '\n';
        hash.addData(row);
        ++sum.rows;
        if (progress && sum.rows % 1000 == 0 && !progress(sum.rows)) {
            rows.reset();
            return Status::failure(tr("Cancelled."));
        }
    }
    if (!rows.status())
        return rows.status();
    sum.sha256 = hash.result();
    return sum;
}

Status TableCopy::prepareTransaction()
{
    for (const QString &statement : m_target.sqlDialect().deferredForeignKeys())
        if (auto done = m_target.exec(statement); !done)
            return done.status();
    return Status::success();
}

Status TableCopy::clear(const TableShape &table)
{
    auto done = m_target.exec(QStringLiteral("DELETE FROM %1").arg(quoted(m_target, table.name, QSqlDriver::TableName)));
    if (!done)
        return Status::failure(tr("Cannot empty the table «%1» of the copy: %2").arg(table.name, done.message()));
    return Status::success();
}

Result<qint64> TableCopy::copy(const TableShape &table, const std::function<bool(qint64 rows)> &progress)
{
    const int columns = int(table.columns.size());
    // Many rows a statement (one round trip to a server for each), under
    // every engine's limit of bound values (SQLite's is 32766).
    const int batchRows = std::max(1, std::min(250, 30000 / columns));
    const QString targetTable = quoted(m_target, table.name, QSqlDriver::TableName);
    const QString targetColumns = columnList(m_target, table);
    const QString oneRow = u'(' + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    auto insertOf = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(targetTable, targetColumns, QStringList(rows, oneRow).join(QStringLiteral(", ")));
    };
    auto failed = [&](const Status &status) {
        return Status::failure(tr("Copying the table «%1» failed: %2").arg(table.name, status.message()),
                               status.dbError());
    };

    FastStatement read(m_source, selectAll(m_source, table), FastStatement::Rows::Streamed);
    if (!read.status())
        return failed(read.status());
    std::unique_ptr<FastStatement> fullBatch;
    QVariantList pending;
    pending.reserve(batchRows * columns);
    qint64 copied = 0;
    auto flush = [&]() -> Status {
        const int rows = int(pending.size()) / columns;
        if (rows == 0)
            return Status::success();
        std::unique_ptr<FastStatement> tail;
        FastStatement *write = nullptr;
        if (rows == batchRows) {
            if (!fullBatch)
                fullBatch = std::make_unique<FastStatement>(m_target, insertOf(batchRows));
            write = fullBatch.get();
        } else {
            tail = std::make_unique<FastStatement>(m_target, insertOf(rows));
            write = tail.get();
        }
        if (!write->status())
            return write->status();
        for (int i = 0; i < pending.size(); ++i)
            write->bindValue(i + 1, pending[i]);
        pending.clear();
        if (Status status = write->execute(); !status)
            return status;
        copied += rows;
        return Status::success();
    };

    while (read.next()) {
        for (int i = 0; i < columns; ++i)
            pending << read.value(i);
        if (pending.size() < batchRows * columns)
            continue;
        if (Status status = flush(); !status) {
            read.reset();
            return failed(status);
        }
        if (progress && !progress(copied)) {
            read.reset();
            return Status::failure(tr("Cancelled."));
        }
    }
    if (!read.status())
        return failed(read.status());
    if (Status status = flush(); !status)
        return failed(status);
    return copied;
}

Status TableCopy::renumber(const TableShape &table)
{
    for (const TableColumn &column : table.columns) {
        if (!column.identity)
            continue;
        const QString statement = m_target.sqlDialect().numberingAfter(table.name, column.name);
        if (statement.isEmpty())
            continue;
        if (auto done = m_target.exec(statement); !done)
            return Status::failure(tr("Cannot continue the numbering of «%1» after the copied rows: %2")
                                       .arg(table.name, done.message()));
    }
    return Status::success();
}

ReadSnapshot::ReadSnapshot(const Database &db) : m_db(db)
{
    if (auto begun = db.exec(db.sqlDialect().beginSnapshot()); !begun)
        m_status = begun.status();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_status)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace metodist
