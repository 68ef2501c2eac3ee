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

// What a registry row of a teacher or a methodist shows of the person.
struct PersonRow
{
    qint64 id = 0;
    QVariant sortValue; // of the filter's sort key, for the next page's cursor
    QString lastName, firstName, middleName;
    QString snils;
    QString municipality;
    QString organisation;
    QString position;
    QString subject;
    std::optional<int> experienceYears;
    QString qualificationCategory;

    QString fullName() const;
};

// The select list of PersonRow, in its order, for a page query that joins
// the municipality as "m", the organisation as "o", the subject as "s" and
// the qualification category as "q"; the table's own columns follow it.
QString personColumns(const SqlDialect &dialect, const RegistryTable &table, const RegistryFilter &filter);
constexpr int personColumnCount = 12;
void readPerson(const QSqlQuery &query, PersonRow &row);

struct WhereClause
{
    QString sql;        // never empty ("1 = 1" at least)
    QVariantList values;
};

// Expects the table joined as itself and its organisation as "o".
WhereClause whereClause(const Database &db, const RegistryTable &table, const RegistryFilter &filter,
                        const PageCursor &after = {}, bool forCount = false);
// The sort value of a row as SQL (from a whitelist) and the ORDER BY clause.
QString sortExpression(const SqlDialect &dialect, const RegistryTable &table, SortKey key);
QString orderBy(const SqlDialect &dialect, const RegistryTable &table, const RegistryFilter &filter);

Result<qint64> countRows(const Database &db, const RegistryTable &table, const RegistryFilter &filter);
// The ids a query of one id column returns (a prepared statement, kept).
Result<QList<qint64>> readIds(const Database &db, const QString &sql, const QVariantList &values);
Result<qint64> findId(const Database &db, const RegistryTable &table, const QString &condition,
                      const QVariantList &values);

} // namespace metodist
