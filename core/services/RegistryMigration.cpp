#include "services/RegistryMigration.h"

#include "storage/AuditRepository.h"

#include "storage/Dialect.h"
#include "storage/TableCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace metodist {

namespace {

// The work of migrate() and compare() as one count of rows: copied once,
// then read on each side.
class RowProgress
{
public:
    RowProgress(Progress *progress, qint64 total) : m_progress(progress), m_total(std::max<qint64>(total, 1)) {}

    // A phase over one table: `rows` so far in it; false when cancelled.
    std::function<bool(qint64)> phase()
    {
        m_base = m_done;
        return [this](qint64 rows) { return step(m_base + rows); };
    }
    // The end of a phase; false when cancelled.
    bool finishPhase(qint64 rows) { return step(m_base + rows); }
    // After the commit the copy is whole: the comparison is not cut short.
    void stopCancelling() { m_cancellable = false; }

private:
    bool step(qint64 done)
    {
        m_done = done;
        if (!m_progress)
            return true;
        m_progress->report(std::min(m_done, m_total), m_total);
        return !m_cancellable || !m_progress->cancelled();
    }

    Progress *m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_base = 0;
    bool m_cancellable = true;
};

bool sameColumns(const TableShape &a, const TableShape &b)
{
    if (a.columns.size() != b.columns.size())
        return false;
    for (const TableColumn &column : a.columns) {
        const auto it = std::find_if(b.columns.begin(), b.columns.end(),
                                     [&](const TableColumn &other) { return other.name == column.name; });
        if (it == b.columns.end() || it->kind != column.kind)
            return false;
    }
    return true;
}

const TableShape *findTable(const std::vector<TableShape> &tables, const QString &name)
{
    for (const TableShape &table : tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

Result<RegistryComparison> compareTables(const Database &source, const Database &copy, RowProgress &rows)
{
    RegistryComparison comparison;
    auto sourceVersions = SchemaCatalogue::versions(source);
    if (!sourceVersions)
        return sourceVersions.status();
    auto copyVersions = SchemaCatalogue::versions(copy);
    if (!copyVersions)
        return copyVersions.status();
    comparison.sourceVersions = sourceVersions.value();
    comparison.copyVersions = copyVersions.value();
    auto sourceTables = SchemaCatalogue::tables(source);
    if (!sourceTables)
        return sourceTables.status();
    auto copyTables = SchemaCatalogue::tables(copy);
    if (!copyTables)
        return copyTables.status();

    std::map<QString, TableComparison> byName;
    for (const TableShape &table : sourceTables.value()) {
        TableComparison &row = byName[table.name];
        row.table = table.name;
        auto sourceSum = SchemaCatalogue::sum(source, table, rows.phase());
        if (!sourceSum)
            return sourceSum.status();
        rows.finishPhase(sourceSum.value().rows);
        row.sourceRows = sourceSum.value().rows;
        const TableShape *other = findTable(copyTables.value(), table.name);
        if (!other)
            continue;
        if (!sameColumns(table, *other)) {
            auto count = SchemaCatalogue::rowCount(copy, *other);
            if (!count)
                return count.status();
            row.copyRows = count.value();
            continue;
        }
        // The source's columns in the source's order on both sides.
        auto copySum = SchemaCatalogue::sum(copy, table, rows.phase());
        if (!copySum)
            return copySum.status();
        rows.finishPhase(copySum.value().rows);
        row.copyRows = copySum.value().rows;
        row.checksumsMatch = copySum.value().sha256 == sourceSum.value().sha256;
    }
    for (const TableShape &table : copyTables.value()) {
        if (byName.count(table.name))
            continue;
        auto count = SchemaCatalogue::rowCount(copy, table);
        if (!count)
            return count.status();
        TableComparison &row = byName[table.name];
        row.table = table.name;
        row.copyRows = count.value();
    }
    for (auto &[name, row] : byName)
        comparison.tables.push_back(row);
    return comparison;
}

// Whether the target may be written: a server database with no tables, or
// with the schema alone (what an interrupted migration leaves).
Status ensureEmpty(const Database &target)
{
    if (target.schemaVersion() == 0)
        return Status::success();
    if (target.schemaVersion() != Database::latestSchemaVersion())
        return Status::failure(RegistryMigration::tr("The database «%1» already holds a Metodist registry (schema %2). "
                                                     "A registry is moved only into an empty database: create a new "
                                                     "one (createdb). Nothing was changed.")
                                   .arg(target.location(), QString::number(target.schemaVersion())));
    auto tables = SchemaCatalogue::tables(target);
    if (!tables)
        return tables.status();
    for (const TableShape &table : tables.value()) {
        auto rows = SchemaCatalogue::rowCount(target, table);
        if (!rows)
            return rows.status();
        if (rows.value() > 0)
            return Status::failure(RegistryMigration::tr("The database «%1» already holds a registry (the table «%2» "
                                                         "has %3 rows). A registry is moved only into an empty "
                                                         "database: create a new one (createdb). Nothing was changed.")
                                       .arg(target.location(), table.name, QString::number(rows.value())));
    }
    return Status::success();
}

// Opens the target, made new or found empty. *createdFile is set when a
// file was made (and is to be removed if the copy fails).
Status openTarget(Database &target, const QString &to, bool *createdFile)
{
    *createdFile = false;
    if (!Database::isServerUrl(to)) {
        const QFileInfo info(to);
        if (info.exists() || info.isSymLink())
            return Status::failure(RegistryMigration::tr("The file «%1» already exists. A registry is moved only into "
                                                         "a new file: choose a name that is not taken. Nothing was "
                                                         "changed.").arg(to));
        Status opened = target.open(to, OpenOptions::creating());
        *createdFile = QFileInfo::exists(to);
        return opened;
    }
    // First look without changing anything: an older registry would be upgraded by a plain open.
    OpenOptions look = OpenOptions::creating();
    look.upgrade = false;
    if (Status status = target.open(to, look); !status)
        return status;
    if (Status status = ensureEmpty(target); !status) {
        target.close();
        return status;
    }
    if (target.schemaVersion() == 0)
        return target.open(to, OpenOptions::creating());
    return Status::success();
}

void removeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Result<qint64> copyAll(const Database &source, Database &target, const std::vector<TableShape> &tables,
                       const std::vector<TableShape> &targetTables, RowProgress &rows)
{
    BulkWrite bulk(target);
    Transaction transaction(target);
    if (!transaction.status())
        return transaction.status();
    TableCopy copy(source, target);
    if (Status status = copy.prepareTransaction(); !status)
        return status;
    // On a server the move is one line per table in its audit, not a row per row.
    AuditWriter audit(target);
    if (Status status = audit.quietRowAudit(); !status)
        return status;
    // What the target's creation wrote goes first, children before parents.
    for (auto it = targetTables.rbegin(); it != targetTables.rend(); ++it)
        if (Status status = copy.clear(*it); !status)
            return status;
    qint64 copied = 0;
    QStringList names;
    for (const TableShape &table : tables) {
        auto done = copy.copy(table, rows.phase());
        if (!done)
            return done.status();
        copied += done.value();
        if (!rows.finishPhase(done.value()))
            return Status::failure(TableCopy::tr("Cancelled."));
        if (Status status = copy.renumber(*findTable(targetTables, table.name)); !status)
            return status;
        names << table.name;
        if (Status status = audit.recordBulk(table.name, u'I', done.value()); !status)
            return status;
    }
    if (const QString statistics = target.sqlDialect().refreshedStatistics(names); !statistics.isEmpty())
        if (auto measured = target.exec(statistics); !measured)
            return measured.status();
    if (Status status = transaction.commit(); !status)
        return status;
    return copied;
}

} // namespace

bool RegistryComparison::matches() const
{
    return mismatched().isEmpty();
}

QStringList RegistryComparison::mismatched() const
{
    QStringList names;
    if (sourceVersions != copyVersions)
        names << SchemaCatalogue::versionTable();
    for (const TableComparison &table : tables)
        if (!table.matches())
            names << table.table;
    return names;
}

Result<RegistryComparison> RegistryMigration::compare(const Database &source, const Database &copy, Progress *progress)
{
    qint64 total = 0;
    for (const Database *db : {&source, &copy}) {
        auto tables = SchemaCatalogue::tables(*db);
        if (!tables)
            return tables.status();
        for (const TableShape &table : tables.value()) {
            auto count = SchemaCatalogue::rowCount(*db, table);
            if (!count)
                return count.status();
            total += count.value();
        }
    }
    RowProgress rows(progress, total);
    auto comparison = compareTables(source, copy, rows);
    if (!comparison && progress && progress->cancelled())
        return Status::failure(tr("The comparison was cancelled."));
    return comparison;
}

Result<MigrationReport> RegistryMigration::migrate(const QString &from, const QString &to, Progress *progress)
{
    if (from.isEmpty() || to.isEmpty())
        return Status::failure(tr("Say where the registry comes from and where it goes."));
    if (from == to || (!Database::isServerUrl(from) && !Database::isServerUrl(to)
                       && QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath()))
        return Status::failure(tr("The registry cannot be moved into itself: give another place to copy it to."));

    QElapsedTimer timer;
    timer.start();
    Database source;
    if (Status status = source.open(from, OpenOptions::reading()); !status)
        return status;
    const int latest = Database::latestSchemaVersion();
    if (source.schemaVersion() != latest)
        return Status::failure(tr("The registry «%1» has schema %2; only a registry of the current schema %3 is moved. "
                                  "Upgrade it first with a command that changes it, for example «metodist-cli --db "
                                  "%1 init» (a backup copy of a file is kept), then move it. Nothing was changed.")
                                   .arg(from, QString::number(source.schemaVersion()), QString::number(latest)));
    ReadSnapshot snapshot(source);
    if (!snapshot.status())
        return snapshot.status();
    auto tables = SchemaCatalogue::tables(source);
    if (!tables)
        return tables.status();
    qint64 sourceRows = 0;
    for (const TableShape &table : tables.value()) {
        auto count = SchemaCatalogue::rowCount(source, table);
        if (!count)
            return count.status();
        sourceRows += count.value();
    }

    Database target;
    bool createdFile = false;
    if (Status status = openTarget(target, to, &createdFile); !status) {
        if (createdFile) {
            target.close();
            removeFile(to);
        }
        return status;
    }
    auto discard = [&](const Status &status) -> Status {
        target.close();
        if (createdFile)
            removeFile(to);
        return status;
    };
    auto targetTables = SchemaCatalogue::tables(target);
    if (!targetTables)
        return discard(targetTables.status());
    for (const TableShape &table : tables.value()) {
        const TableShape *other = findTable(targetTables.value(), table.name);
        if (!other || !sameColumns(table, *other))
            return discard(Status::failure(tr("The table «%1» is not the same in «%2» and in «%3»; the registry was "
                                              "not moved.").arg(table.name, from, to)));
    }
    if (targetTables.value().size() != tables.value().size())
        return discard(Status::failure(tr("«%1» and «%2» do not have the same tables; the registry was not moved.")
                                           .arg(from, to)));

    RowProgress rows(progress, sourceRows * 3);
    auto copied = copyAll(source, target, tables.value(), targetTables.value(), rows);
    if (!copied) {
        if (progress && progress->cancelled())
            return discard(Status::failure(tr("The move was cancelled; nothing was written to «%1».").arg(to)));
        return discard(Status::failure(tr("The registry was not moved; nothing was written to «%1». %2")
                                           .arg(to, copied.message()),
                                       copied.dbError()));
    }
    rows.stopCancelling();
    auto comparison = compareTables(source, target, rows);
    if (!comparison)
        return Status::failure(tr("The registry was copied to «%1», but comparing it with the source failed: %2")
                                   .arg(to, comparison.message()));
    MigrationReport report;
    report.source = from;
    report.target = to;
    report.rowsCopied = copied.value();
    report.comparison = comparison.value();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace metodist
