#include "storage/MethodistRepository.h"

#include "domain/SearchKey.h"
#include "storage/Dialect.h"
#include "storage/RegistryQuery.h"
#include "storage/SqlValues.h"

namespace metodist {

namespace {

QVariantList values(const Methodist &m)
{
    return {m.lastName.simplified(), m.firstName.simplified(), m.middleName.simplified(),
            m.snils.isEmpty() ? QVariant() : QVariant(m.snils), m.municipalityId, idOrNull(m.organisationId),
            m.position.simplified(), m.subjectId, idOrNull(m.employmentFormId), idOrNull(m.qualificationCategoryId),
            idOrNull(m.educationLevelId), valueOrNull(m.experienceYears), m.capacity,
            int(m.federalPk), int(m.active), searchKey({m.lastName, m.firstName, m.middleName}),
            dateOrNull(m.categoryAssignedOn), dateOrNull(m.joinedOn), dateOrNull(m.leftOn), m.leftReason.simplified(),
            m.phone.simplified(), m.email.trimmed(), m.rate ? QVariant(*m.rate) : QVariant()};
}

const RegistryTable methodistsTable{QStringLiteral("methodists"), QStringLiteral("methodists_search"), true};

// The only unique column of a methodist is the СНИЛС.
Status snilsTaken(const Status &failure)
{
    if (failure.dbError() != DbError::UniqueViolation)
        return failure;
    return Status::failure(MethodistRepository::tr("Another person with this СНИЛС is already in the registry."),
                           DbError::UniqueViolation);
}

} // namespace

Result<qint64> MethodistWriter::insert(const Methodist &m)
{
    if (const QString problem = m.textProblem(); !problem.isEmpty())
        return Status::failure(problem);
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO methodists (last_name, first_name, middle_name, snils, municipality_id, "
                       "organisation_id, position, subject_id, employment_form_id, qualification_category_id, "
                       "education_level_id, experience_years, capacity, federal_pk, active, search_key, "
                       "category_assigned_on, joined_on, left_on, left_reason, phone, email, rate) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values(m));
    if (!query)
        return snilsTaken(query.status());
    return query.value();
}

Status MethodistWriter::update(const Methodist &m)
{
    if (const QString problem = m.textProblem(); !problem.isEmpty())
        return Status::failure(problem);
    QVariantList list = values(m);
    list.append(m.id);
    auto query = m_db.execPrepared(
        QStringLiteral("UPDATE methodists SET last_name = ?, first_name = ?, middle_name = ?, snils = ?, "
                       "municipality_id = ?, organisation_id = ?, position = ?, subject_id = ?, "
                       "employment_form_id = ?, qualification_category_id = ?, education_level_id = ?, "
                       "experience_years = ?, capacity = ?, federal_pk = ?, active = ?, search_key = ?, "
                       "category_assigned_on = ?, joined_on = ?, left_on = ?, left_reason = ?, phone = ?, "
                       "email = ?, rate = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?"),
        list);
    return query ? Status::success() : snilsTaken(query.status());
}

Status MethodistWriter::remove(qint64 id)
{
    auto active = m_db.exec(QStringLiteral("SELECT academic_year, count(*) FROM assignments "
                                           "WHERE methodist_id = ? AND ended_on IS NULL "
                                           "GROUP BY academic_year ORDER BY academic_year DESC LIMIT 1"),
                            {id});
    if (!active)
        return active.status();
    if (active.value().next())
        return Status::failure(tr("%n teacher(s) are assigned to the methodist in %1; reassign them or end "
                                  "the assignments before deleting the methodist.",
                                  nullptr, active.value().value(1).toInt())
                                   .arg(active.value().value(0).toString()));
    auto query = m_db.exec(QStringLiteral("DELETE FROM methodists WHERE id = ?"), {id});
    if (!query && query.dbError() == DbError::ForeignKeyViolation)
        return Status::failure(tr("The methodist has a history of assignments and cannot be deleted; mark them "
                                  "as inactive instead."));
    return query.status();
}

Result<Methodist> MethodistRepository::get(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, last_name, first_name, middle_name, coalesce(snils, ''), "
                                          "municipality_id, coalesce(organisation_id, 0), position, subject_id, "
                                          "coalesce(employment_form_id, 0), coalesce(qualification_category_id, 0), "
                                          "coalesce(education_level_id, 0), experience_years, capacity, federal_pk, "
                                          "active, category_assigned_on, joined_on, left_on, left_reason, phone, "
                                          "email, rate FROM methodists WHERE id = ?"),
                           {id});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Status::failure(tr("The methodist no longer exists; the list may be out of date."));
    Methodist m;
    m.id = q.value(0).toLongLong();
    m.lastName = q.value(1).toString();
    m.firstName = q.value(2).toString();
    m.middleName = q.value(3).toString();
    m.snils = q.value(4).toString();
    m.municipalityId = q.value(5).toLongLong();
    m.organisationId = q.value(6).toLongLong();
    m.position = q.value(7).toString();
    m.subjectId = q.value(8).toLongLong();
    m.employmentFormId = q.value(9).toLongLong();
    m.qualificationCategoryId = q.value(10).toLongLong();
    m.educationLevelId = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        m.experienceYears = q.value(12).toInt();
    m.capacity = q.value(13).toInt();
    m.federalPk = q.value(14).toBool();
    m.active = q.value(15).toBool();
    m.categoryAssignedOn = dateFrom(q.value(16));
    m.joinedOn = dateFrom(q.value(17));
    m.leftOn = dateFrom(q.value(18));
    m.leftReason = q.value(19).toString();
    m.phone = q.value(20).toString();
    m.email = q.value(21).toString();
    if (!q.value(22).isNull())
        m.rate = q.value(22).toDouble();
    return m;
}

Result<qint64> MethodistRepository::findBySnils(const QString &snils) const
{
    return findId(m_db, methodistsTable, QStringLiteral("snils = ?"), {snils});
}

Result<qint64> MethodistRepository::findByName(const QString &nameKey, qint64 organisationId) const
{
    // "+snils" keeps SQLite off the СНИЛС index, whose NULLs grow with the
    // registry (an import went quadratic through it); the name key finds the row.
    return findId(m_db, methodistsTable, QStringLiteral("search_key = ? AND organisation_id IS NOT DISTINCT FROM ? AND %1 IS NULL").arg(m_db.sqlDialect().unindexed(QStringLiteral("snils"))),
                  {nameKey, idOrNull(organisationId)});
}

Result<QList<qint64>> MethodistRepository::findAllByName(const QString &nameKey, int limit) const
{
    return readIds(m_db, QStringLiteral("SELECT id FROM methodists WHERE search_key = ? ORDER BY id LIMIT ?"), {nameKey, limit});
}

Result<qint64> MethodistRepository::count(const RegistryFilter &filter) const
{
    return countRows(m_db, methodistsTable, filter);
}

Result<QList<MethodistRow>> MethodistRepository::page(const RegistryFilter &filter, const PageCursor &after,
                                                      int limit) const
{
    const WhereClause where = whereClause(m_db, methodistsTable, filter, after);
    QVariantList list = where.values;
    list.append(limit);
    auto query = m_db.exec(
        QStringLiteral("SELECT %2, coalesce(f.name, ''), coalesce(q.code, ''), coalesce(e.name, ''), "
                       "coalesce(e.code, ''), methodists.capacity, methodists.federal_pk, methodists.active, "
                       "methodists.category_assigned_on, methodists.joined_on, methodists.left_on, "
                       "methodists.left_reason, methodists.phone, methodists.email, methodists.rate "
                       // The page's ids first, then the details of those rows only.
                       "FROM (SELECT methodists.id FROM methodists WHERE %1 ORDER BY %3 LIMIT ?) AS page "
                       "JOIN methodists ON methodists.id = page.id "
                       "JOIN municipalities m ON m.id = methodists.municipality_id "
                       "LEFT JOIN organisations o ON o.id = methodists.organisation_id "
                       "JOIN subjects s ON s.id = methodists.subject_id "
                       "LEFT JOIN dictionary_entries f ON f.id = methodists.employment_form_id "
                       "LEFT JOIN dictionary_entries q ON q.id = methodists.qualification_category_id "
                       "LEFT JOIN dictionary_entries e ON e.id = methodists.education_level_id "
                       "ORDER BY %3")
            .arg(where.sql, personColumns(m_db.sqlDialect(), methodistsTable, filter), orderBy(m_db.sqlDialect(), methodistsTable, filter)),
        list);
    if (!query)
        return query.status();
    QList<MethodistRow> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        MethodistRow row;
        readPerson(q, row);
        const int c = personColumnCount;
        row.employmentForm = q.value(c).toString();
        row.educationLevel = q.value(c + 2).toString();
        row.capacity = q.value(c + 4).toInt();
        row.federalPk = q.value(c + 5).toBool();
        row.active = q.value(c + 6).toBool();
        row.categoryAssignedOn = dateFrom(q.value(c + 7));
        row.joinedOn = dateFrom(q.value(c + 8));
        row.leftOn = dateFrom(q.value(c + 9));
        row.leftReason = q.value(c + 10).toString();
        row.phone = q.value(c + 11).toString();
        row.email = q.value(c + 12).toString();
        if (!q.value(c + 13).isNull())
            row.rate = q.value(c + 13).toDouble();
        row.shortfalls = Eligibility::shortfalls({q.value(c + 1).toString(), q.value(c + 3).toString(),
                                                  row.experienceYears});
        rows.append(row);
    }
    return rows;
}

Result<QStringList> MethodistRepository::shortfalls(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT coalesce(q.code, ''), coalesce(e.code, ''), m.experience_years "
                                          "FROM methodists m "
                                          "LEFT JOIN dictionary_entries q ON q.id = m.qualification_category_id "
                                          "LEFT JOIN dictionary_entries e ON e.id = m.education_level_id "
                                          "WHERE m.id = ?"),
                           {id});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Status::failure(tr("The methodist no longer exists; the list may be out of date."));
    std::optional<int> experience;
    if (!q.value(2).isNull())
        experience = q.value(2).toInt();
    return Eligibility::shortfalls({q.value(0).toString(), q.value(1).toString(), experience});
}

Result<QSet<qint64>> MethodistRepository::ineligible() const
{
    auto query = m_db.exec(QStringLiteral("SELECT m.id, coalesce(q.code, ''), coalesce(e.code, ''), m.experience_years "
                                          "FROM methodists m "
                                          "LEFT JOIN dictionary_entries q ON q.id = m.qualification_category_id "
                                          "LEFT JOIN dictionary_entries e ON e.id = m.education_level_id "
                                          "WHERE m.active = 1"));
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    QSet<qint64> ids;
    while (q.next()) {
        std::optional<int> experience;
        if (!q.value(3).isNull())
            experience = q.value(3).toInt();
        if (!Eligibility::shortfalls({q.value(1).toString(), q.value(2).toString(), experience}).isEmpty())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<MethodistLoadRow>> MethodistRepository::withLoad(const QString &academicYear) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT m.id, %1, coalesce(m.snils, ''), m.subject_id, s.name, m.municipality_id, mu.name, m.capacity, "
                       "coalesce(l.load, 0), m.active, coalesce(q.code, ''), coalesce(e.code, ''), m.experience_years "
                       "FROM methodists m "
                       "JOIN subjects s ON s.id = m.subject_id "
                       "JOIN municipalities mu ON mu.id = m.municipality_id "
                       "LEFT JOIN (SELECT methodist_id, count(*) AS load FROM assignments "
                       "           WHERE academic_year = ? AND ended_on IS NULL GROUP BY methodist_id) l "
                       "       ON l.methodist_id = m.id "
                       "LEFT JOIN dictionary_entries q ON q.id = m.qualification_category_id "
                       "LEFT JOIN dictionary_entries e ON e.id = m.education_level_id "
                       "ORDER BY m.search_key, m.id")
            .arg(personNameSql(QStringLiteral("m"))),
        {academicYear});
    if (!query)
        return query.status();
    QList<MethodistLoadRow> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        MethodistLoadRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.snils = q.value(2).toString();
        row.subjectId = q.value(3).toLongLong();
        row.subject = q.value(4).toString();
        row.municipalityId = q.value(5).toLongLong();
        row.municipality = q.value(6).toString();
        row.capacity = q.value(7).toInt();
        row.load = q.value(8).toInt();
        row.active = q.value(9).toBool();
        std::optional<int> experience;
        if (!q.value(12).isNull())
            experience = q.value(12).toInt();
        row.shortfalls = Eligibility::shortfalls({q.value(10).toString(), q.value(11).toString(), experience});
        rows.append(row);
    }
    return rows;
}

} // namespace metodist
