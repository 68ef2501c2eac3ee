#include "storage/RegistryQuery.h"

#include "domain/SearchKey.h"
#include "storage/Dialect.h"
#include "storage/NameSearch.h"

namespace metodist {

QString PersonRow::fullName() const
{
    return middleName.isEmpty() ? lastName + u' ' + firstName : lastName + u' ' + firstName + u' ' + middleName;
}

QString personColumns(const SqlDialect &dialect, const RegistryTable &table, const RegistryFilter &filter)
{
    return QStringLiteral("%1.id, %2, %1.last_name, %1.first_name, %1.middle_name, coalesce(%1.snils, ''), "
                          "coalesce(m.name, ''), coalesce(o.name, ''), %1.position, coalesce(s.name, ''), "
                          "%1.experience_years, coalesce(q.name, '')")
        .arg(table.name, sortExpression(dialect, table, filter.sort));
}

void readPerson(const QSqlQuery &q, PersonRow &row)
{
    row.id = q.value(0).toLongLong();
    row.sortValue = q.value(1);
    row.lastName = q.value(2).toString();
    row.firstName = q.value(3).toString();
    row.middleName = q.value(4).toString();
    row.snils = q.value(5).toString();
    row.municipality = q.value(6).toString();
    row.organisation = q.value(7).toString();
    row.position = q.value(8).toString();
    row.subject = q.value(9).toString();
    if (!q.value(10).isNull())
        row.experienceYears = q.value(10).toInt();
    row.qualificationCategory = q.value(11).toString();
}

QString sortExpression(const SqlDialect &dialect, const RegistryTable &table, SortKey key)
{
    // A dictionary's folded name (or its position, for ordered dictionaries
    // such as categories), then the person's name: one text value that orders
    // like the pair, so that keyset paging needs a single sort value.
    const auto thenName = [&table, &dialect](const QString &value) {
        return QStringLiteral("coalesce(%1, '') || %3 || %2.search_key").arg(value, table.name, dialect.sortSeparator());
    };
    const auto dictionaryPosition = [&table, &dialect](const char *column) {
        return QStringLiteral("(SELECT %3 FROM dictionary_entries WHERE id = %1.%2)")
            .arg(table.name, QLatin1String(column), dialect.zeroPadded(QStringLiteral("position"), 5));
    };
    switch (key) {
    case SortKey::Snils:
        return QStringLiteral("coalesce(%1.snils, '')").arg(table.name);
    case SortKey::Experience:
        return QStringLiteral("coalesce(%1.experience_years, -1)").arg(table.name);
    case SortKey::Municipality:
        return thenName(table.ownMunicipality
                            ? QStringLiteral("(SELECT search_key FROM municipalities WHERE id = %1.municipality_id)")
                                  .arg(table.name)
                            : QStringLiteral("(SELECT mu.search_key FROM organisations org JOIN municipalities mu "
                                             "ON mu.id = org.municipality_id WHERE org.id = %1.organisation_id)")
                                  .arg(table.name));
    case SortKey::Organisation:
        // Schools of one name in several municipalities stay apart.
        return thenName(QStringLiteral("(SELECT org.search_key || %2 || mu.search_key FROM organisations org "
                                       "JOIN municipalities mu ON mu.id = org.municipality_id "
                                       "WHERE org.id = %1.organisation_id)")
                            .arg(table.name, dialect.sortSeparator()));
    case SortKey::Position:
        return thenName(QStringLiteral("%1.position").arg(table.name));
    case SortKey::Subject:
        return thenName(QStringLiteral("(SELECT search_key FROM subjects WHERE id = %1.subject_id)").arg(table.name));
    case SortKey::QualificationCategory:
        return thenName(dictionaryPosition("qualification_category_id"));
    case SortKey::CompetenceLevel:
        if (!table.ownMunicipality)
            return thenName(dictionaryPosition("competence_level_id"));
        break;
    case SortKey::EmploymentForm:
        if (table.ownMunicipality)
            return thenName(dictionaryPosition("employment_form_id"));
        break;
    case SortKey::Education:
        if (table.ownMunicipality)
            return thenName(dictionaryPosition("education_level_id"));
        break;
    case SortKey::Capacity:
        if (table.ownMunicipality)
            return thenName(dialect.zeroPadded(QStringLiteral("%1.capacity").arg(table.name), 6));
        break;
    case SortKey::Name:
        break;
    }
    return QStringLiteral("%1.search_key").arg(table.name);
}

QString orderBy(const SqlDialect &dialect, const RegistryTable &table, const RegistryFilter &filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("%1%3, %2.id%3").arg(sortExpression(dialect, table, filter.sort), table.name, direction);
}

WhereClause whereClause(const Database &db, const RegistryTable &table, const RegistryFilter &filter,
                        const PageCursor &after, bool forCount)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    if (!filter.search.trimmed().isEmpty()) {
        const NameFilter names = nameFilter(db, {table.name, table.ftsTable}, filter.search,
                                                forCount ? NameUse::Count : NameUse::Page);
        if (!names.condition.isEmpty()) {
            conditions << names.condition;
            values << names.values;
        }
    }
    if (filter.municipalityId > 0)
        add(table.ownMunicipality ? QStringLiteral("%1.municipality_id = ?").arg(table.name)
                                  : QStringLiteral("o.municipality_id = ?"),
            filter.municipalityId);
    if (filter.organisationId > 0)
        add(QStringLiteral("%1.organisation_id = ?").arg(table.name), filter.organisationId);
    if (filter.subjectId > 0)
        add(QStringLiteral("%1.subject_id = ?").arg(table.name), filter.subjectId);
    if (filter.qualificationCategoryId > 0)
        add(QStringLiteral("%1.qualification_category_id = ?").arg(table.name), filter.qualificationCategoryId);
    if (filter.active && table.ownMunicipality)
        add(QStringLiteral("%1.active = ?").arg(table.name), int(*filter.active));
    if (!after.isStart()) {
        conditions << QStringLiteral("(%1, %2.id) %3 (?, ?)")
                          .arg(sortExpression(db.sqlDialect(), table, filter.sort), table.name,
                               filter.descending ? QStringLiteral("<") : QStringLiteral(">"));
        values << after.sortValue << after.id;
    }
    return {conditions.join(QStringLiteral(" AND ")), values};
}

Result<qint64> countRows(const Database &db, const RegistryTable &table, const RegistryFilter &filter)
{
    // A name alone is counted in the trigram index without touching the rows.
    const bool nameOnly = filter.municipalityId == 0 && filter.organisationId == 0 && filter.subjectId == 0
                          && filter.qualificationCategoryId == 0 && !filter.active;
    if (nameOnly && searchKey(filter.search).size() >= 3) {
        auto query = db.exec(QStringLiteral("SELECT count(*) FROM (%1) AS hits")
                                 .arg(db.sqlDialect().nameIndexIds(table.ftsTable)),
                             {db.sqlDialect().nameIndexPhrase(searchKey(filter.search))});
        if (!query || !query.value().next())
            return query.status();
        return query.value().value(0).toLongLong();
    }
    const WhereClause where = whereClause(db, table, filter, {}, true);
    // The organisation join is needed only to filter teachers by municipality.
    const bool join = !table.ownMunicipality && filter.municipalityId > 0;
    const QString key = searchKey(filter.search);
    const bool capped = !key.isEmpty() && key.size() < 3;
    QVariantList values = where.values;
    if (capped)
        values.append(countCap + 1);
    auto query = db.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 WHERE %3%4) AS hits")
                             .arg(table.name,
                                  join ? QStringLiteral(" JOIN organisations o ON o.id = %1.organisation_id").arg(table.name)
                                       : QString(),
                                  where.sql, capped ? QStringLiteral(" LIMIT ?") : QString()),
                         values);
    if (!query || !query.value().next())
        return query.status();
    return query.value().value(0).toLongLong();
}

Result<QList<qint64>> readIds(const Database &db, const QString &sql, const QVariantList &values)
{
    auto query = db.execPrepared(sql, values);
    if (!query)
        return query.status();
    QList<qint64> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    return ids;
}

Result<qint64> findId(const Database &db, const RegistryTable &table, const QString &condition,
                      const QVariantList &values)
{
    auto query = db.execPrepared(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table.name, condition), values);
    if (!query)
        return query.status();
    const qint64 id = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return id;
}

} // namespace metodist
