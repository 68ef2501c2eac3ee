#include "storage/TeacherRepository.h"

#include "domain/SearchKey.h"
#include "storage/Dialect.h"
#include "storage/NameSearch.h"
#include "storage/RegistryQuery.h"
#include "storage/SqlValues.h"

namespace metodist {

namespace {

QVariantList personValues(const Teacher &t)
{
    return {t.lastName.simplified(), t.firstName.simplified(), t.middleName.simplified(),
            t.snils.isEmpty() ? QVariant() : QVariant(t.snils), idOrNull(t.organisationId), t.position.simplified(),
            idOrNull(t.subjectId), valueOrNull(t.experienceYears),
            idOrNull(t.qualificationCategoryId), idOrNull(t.competenceLevelId),
            searchKey({t.lastName, t.firstName, t.middleName}), dateOrNull(t.categoryAssignedOn),
            idOrNull(t.categoryAppliedId), dateOrNull(t.categoryAppliedOn)};
}

const RegistryTable teachersTable{QStringLiteral("teachers"), QStringLiteral("teachers_search"), false};

// The only unique column of a teacher is the СНИЛС.
Status snilsTaken(const Status &failure)
{
    if (failure.dbError() != DbError::UniqueViolation)
        return failure;
    return Status::failure(TeacherRepository::tr("Another person with this СНИЛС is already in the registry."),
                           DbError::UniqueViolation);
}

} // namespace

Result<qint64> TeacherWriter::insert(const Teacher &t)
{
    if (const QString problem = t.textProblem(); !problem.isEmpty())
        return Status::failure(problem);
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO teachers (last_name, first_name, middle_name, snils, organisation_id, "
                       "position, subject_id, experience_years, qualification_category_id, "
                       "competence_level_id, search_key, category_assigned_on, category_applied_id, "
                       "category_applied_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        personValues(t));
    if (!query)
        return snilsTaken(query.status());
    const qint64 id = query.value();
    if (Status status = writeSupportCategories(id, t.supportCategoryIds); !status)
        return status;
    return id;
}

Status TeacherWriter::update(const Teacher &t)
{
    if (const QString problem = t.textProblem(); !problem.isEmpty())
        return Status::failure(problem);
    QVariantList values = personValues(t);
    values.append(t.id);
    auto query = m_db.execPrepared(
        QStringLiteral("UPDATE teachers SET last_name = ?, first_name = ?, middle_name = ?, snils = ?, "
                       "organisation_id = ?, position = ?, subject_id = ?, experience_years = ?, "
                       "qualification_category_id = ?, competence_level_id = ?, search_key = ?, "
                       "category_assigned_on = ?, category_applied_id = ?, category_applied_on = ?, "
                       "updated_at = CURRENT_TIMESTAMP WHERE id = ?"),
        values);
    if (!query)
        return snilsTaken(query.status());
    // Only the categories that went and came: on a server each written row
    // is a line of the audit, and a save that kept them should add none.
    auto stored = m_db.execPrepared(
        QStringLiteral("SELECT category_id FROM teacher_support_categories WHERE teacher_id = ?"), {t.id});
    if (!stored)
        return stored.status();
    QList<qint64> gone;
    while (stored.value()->next())
        if (const qint64 category = stored.value()->value(0).toLongLong(); !t.supportCategoryIds.contains(category))
            gone << category;
    stored.value()->finish();
    for (qint64 category : gone)
        if (auto cleared = m_db.execPrepared(QStringLiteral("DELETE FROM teacher_support_categories "
                                                            "WHERE teacher_id = ? AND category_id = ?"),
                                             {t.id, category});
            !cleared)
            return cleared.status();
    return writeSupportCategories(t.id, t.supportCategoryIds);
}

Status TeacherWriter::writeSupportCategories(qint64 teacherId, const QList<qint64> &categoryIds)
{
    for (qint64 category : categoryIds) {
        auto query = m_db.execPrepared(QStringLiteral("INSERT INTO teacher_support_categories "
                                                      "(teacher_id, category_id) VALUES (?, ?) "
                                                      "ON CONFLICT DO NOTHING"),
                                       {teacherId, category});
        if (!query)
            return query.status();
    }
    return Status::success();
}

Status TeacherWriter::remove(qint64 id)
{
    auto query = m_db.exec(QStringLiteral("DELETE FROM teachers WHERE id = ?"), {id});
    if (!query && query.dbError() == DbError::ForeignKeyViolation)
        return Status::failure(tr("The teacher has assignments or routes and cannot be deleted; end them first."));
    return query.status();
}

Result<Teacher> TeacherRepository::get(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, last_name, first_name, middle_name, coalesce(snils, ''), "
                                          "coalesce(organisation_id, 0), position, coalesce(subject_id, 0), "
                                          "experience_years, coalesce(qualification_category_id, 0), "
                                          "coalesce(competence_level_id, 0), category_assigned_on, "
                                          "coalesce(category_applied_id, 0), category_applied_on FROM teachers "
                                          "WHERE id = ?"),
                           {id});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Status::failure(tr("The teacher no longer exists; the list may be out of date."));
    Teacher t;
    t.id = q.value(0).toLongLong();
    t.lastName = q.value(1).toString();
    t.firstName = q.value(2).toString();
    t.middleName = q.value(3).toString();
    t.snils = q.value(4).toString();
    t.organisationId = q.value(5).toLongLong();
    t.position = q.value(6).toString();
    t.subjectId = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        t.experienceYears = q.value(8).toInt();
    t.qualificationCategoryId = q.value(9).toLongLong();
    t.competenceLevelId = q.value(10).toLongLong();
    t.categoryAssignedOn = dateFrom(q.value(11));
    t.categoryAppliedId = q.value(12).toLongLong();
    t.categoryAppliedOn = dateFrom(q.value(13));
    auto categories = m_db.exec(QStringLiteral("SELECT category_id FROM teacher_support_categories WHERE teacher_id = ?"),
                                {id});
    if (!categories)
        return categories.status();
    while (categories.value().next())
        t.supportCategoryIds.append(categories.value().value(0).toLongLong());
    return t;
}

Result<qint64> TeacherRepository::findBySnils(const QString &snils) const
{
    return findId(m_db, teachersTable, QStringLiteral("snils = ?"), {snils});
}

Result<qint64> TeacherRepository::findByName(const QString &nameKey, qint64 organisationId) const
{
    // "+snils" keeps SQLite off the СНИЛС index, whose NULLs grow with the
    // registry (an import went quadratic through it); the name key finds the row.
    return findId(m_db, teachersTable, QStringLiteral("search_key = ? AND organisation_id IS NOT DISTINCT FROM ? AND %1 IS NULL").arg(m_db.sqlDialect().unindexed(QStringLiteral("snils"))),
                  {nameKey, idOrNull(organisationId)});
}

Result<QList<qint64>> TeacherRepository::findAllByName(const QString &nameKey, int limit) const
{
    return readIds(m_db, QStringLiteral("SELECT id FROM teachers WHERE search_key = ? ORDER BY id LIMIT ?"), {nameKey, limit});
}

Result<QList<qint64>> TeacherRepository::findAllByName(const QString &nameKey, const QString &organisation,
                                                      int limit) const
{
    return readIds(m_db,
                   QStringLiteral("SELECT t.id FROM teachers t JOIN organisations o ON o.id = t.organisation_id "
                                  "WHERE t.search_key = ? AND o.search_key = ? ORDER BY t.id LIMIT ?"),
                   {nameKey, searchKey(organisation), limit});
}

Result<QList<qint64>> TeacherRepository::findAllByName(const QString &nameKey, const QString &organisation,
                                                      qint64 municipalityId, int limit) const
{
    if (municipalityId <= 0)
        return findAllByName(nameKey, organisation, limit);
    return readIds(m_db,
                   QStringLiteral("SELECT t.id FROM teachers t JOIN organisations o ON o.id = t.organisation_id "
                                  "WHERE t.search_key = ? AND o.search_key = ? AND o.municipality_id = ? "
                                  "ORDER BY t.id LIMIT ?"),
                   {nameKey, searchKey(organisation), municipalityId, limit});
}

Result<qint64> TeacherRepository::count(const RegistryFilter &filter) const
{
    return countRows(m_db, teachersTable, filter);
}

Result<QList<TeacherRow>> TeacherRepository::page(const RegistryFilter &filter, const PageCursor &after, int limit) const
{
    const WhereClause where = whereClause(m_db, teachersTable, filter, after);
    QVariantList values = where.values;
    values.append(limit);
    auto query = m_db.exec(
        QStringLiteral("SELECT %2, coalesce(l.name, ''), "
                       "(SELECT %4 FROM (SELECT d.name FROM teacher_support_categories c "
                       "JOIN dictionary_entries d ON d.id = c.category_id WHERE c.teacher_id = teachers.id "
                       "ORDER BY d.position) AS names), teachers.category_assigned_on, coalesce(ap.name, ''), "
                       "teachers.category_applied_on "
                       // The page's ids first, then the details of those rows only.
                       "FROM (SELECT teachers.id FROM teachers LEFT JOIN organisations o ON o.id = "
                       "teachers.organisation_id WHERE %1 ORDER BY %3 LIMIT ?) AS page "
                       "JOIN teachers ON teachers.id = page.id "
                       "LEFT JOIN organisations o ON o.id = teachers.organisation_id "
                       "LEFT JOIN municipalities m ON m.id = o.municipality_id "
                       "LEFT JOIN subjects s ON s.id = teachers.subject_id "
                       "LEFT JOIN dictionary_entries q ON q.id = teachers.qualification_category_id "
                       "LEFT JOIN dictionary_entries l ON l.id = teachers.competence_level_id "
                       "LEFT JOIN dictionary_entries ap ON ap.id = teachers.category_applied_id "
                       "ORDER BY %3")
            .arg(where.sql, personColumns(m_db.sqlDialect(), teachersTable, filter), orderBy(m_db.sqlDialect(), teachersTable, filter),
                 m_db.sqlDialect().joinedText(QStringLiteral("name"), QStringLiteral("'; '"))),
        values);
    if (!query)
        return query.status();
    QList<TeacherRow> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        TeacherRow row;
        readPerson(q, row);
        row.competenceLevel = q.value(personColumnCount).toString();
        row.supportCategories = q.value(personColumnCount + 1).toString();
        row.categoryAssignedOn = dateFrom(q.value(personColumnCount + 2));
        row.categoryApplied = q.value(personColumnCount + 3).toString();
        row.categoryAppliedOn = dateFrom(q.value(personColumnCount + 4));
        rows.append(row);
    }
    return rows;
}

Result<QList<NameMatch>> TeacherRepository::searchByName(const QString &text, int limit) const
{
    RegistryFilter filter;
    filter.search = text;
    auto rows = page(filter, {}, limit);
    if (!rows)
        return rows.status();
    QList<NameMatch> result;
    for (const TeacherRow &row : rows.value())
        result.append({row.id, row.fullName()});
    return result;
}

} // namespace metodist
