#pragma once

#include "Status.h"
#include "storage/Database.h"
#include "storage/RegistryFilter.h"

namespace metodist {

// The pieces of SQL the teachers' and methodists' registries share. Table
// names come from the RegistryTable constants in the repositories.
struct RegistryTable
{
    QString name;       // "teachers" / "methodists"
    QString ftsTable;   // its trigram index
    bool ownMunicipality; // methodists have municipality_id; teachers through their organisation
};

struct WhereClause
{
    QString sql;        // never empty ("1 = 1" at least)
    QVariantList values;
};

// Expects the table joined as itself and its organisation as "o".
WhereClause whereClause(const Database &db, const RegistryTable &table, const RegistryFilter &filter,
                        const PageCursor &after = {}, bool forCount = false);
// The sort value of a row as SQL (from a whitelist) and the ORDER BY clause.
QString sortExpression(const RegistryTable &table, SortKey key);
QString orderBy(const RegistryTable &table, const RegistryFilter &filter);

Result<qint64> countRows(const Database &db, const RegistryTable &table, const RegistryFilter &filter);
Result<qint64> findId(const Database &db, const RegistryTable &table, const QString &condition,
                      const QVariantList &values);

} // namespace metodist
