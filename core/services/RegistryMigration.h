#pragma once

#include "Status.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace metodist {

// One table of a copied registry: its rows on each side and whether the
// rows are the same value for value (SchemaCatalogue::sum on both sides).
struct TableComparison
{
    QString table;
    qint64 sourceRows = 0;
    qint64 copyRows = 0;
    bool checksumsMatch = false;

    bool matches() const { return checksumsMatch && sourceRows == copyRows; }
};

struct RegistryComparison
{
    std::vector<TableComparison> tables;
    // The schema steps recorded on each side (compared, never copied).
    QList<int> sourceVersions;
    QList<int> copyVersions;

    bool matches() const;
    // The tables that differ (and schema_migrations when the steps do).
    QStringList mismatched() const;
};

struct MigrationReport
{
    QString source;
    QString target;
    qint64 rowsCopied = 0;
    qint64 milliseconds = 0; // the copy and the comparison
    RegistryComparison comparison;
};

// Moves a registry whole from one place to another: a file to an office's
// server, the server's registry home to a file, a file to a file. The source
// is only read (one consistent state of it); the target must be new (a file
// that does not exist yet) or empty (a server database with no tables, or
// with only the empty schema an interrupted migration left). Every table is
// copied with its ids in one transaction on the target, parents before the
// tables that refer to them; on a server the numbering continues past the
// copied ids. After the commit every table is compared: rows on both sides
// and a checksum of their values. Cancelled or failed, the target is left as
// it was (a new file is removed).
class RegistryMigration
{
    Q_DECLARE_TR_FUNCTIONS(RegistryMigration)

public:
    static Result<MigrationReport> migrate(const QString &from, const QString &to, Progress *progress = nullptr);

    // Table by table, the rows and their checksums in two registries of the
    // same schema (the comparison migrate() makes after copying).
    static Result<RegistryComparison> compare(const Database &source, const Database &copy,
                                              Progress *progress = nullptr);
};

} // namespace metodist
