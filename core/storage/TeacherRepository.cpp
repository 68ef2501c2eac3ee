#include "storage/TeacherRepository.h"

#include "domain/SearchKey.h"
#include "storage/NameSearch.h"

namespace metodist {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<qint64> TeacherRepository::insert(const Teacher &t)
{
    auto query = m_db.exec(
        QStringLiteral("INSERT INTO teachers (last_name, first_name, middle_name, snils, organisation_id, "
                       "position, subject_id, experience_years, qualification_category_id, "
                       "competence_level_id, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.lastName, t.firstName, t.middleName, t.snils.isEmpty() ? QVariant() : QVariant(t.snils),
         idOrNull(t.organisationId), t.position, idOrNull(t.subjectId),
         t.experienceYears ? QVariant(*t.experienceYears) : QVariant(), idOrNull(t.qualificationCategoryId),
         idOrNull(t.competenceLevelId), searchKey({t.lastName, t.firstName, t.middleName})});
    if (!query)
        return query.status();
    return query.value().lastInsertId().toLongLong();
}

Result<qint64> TeacherRepository::count() const
{
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM teachers"));
    if (!query || !query.value().next())
        return query.status();
    return query.value().value(0).toLongLong();
}

Result<QList<NameMatch>> TeacherRepository::searchByName(const QString &text, int limit) const
{
    const NameFilter filter = nameFilter(m_db, {QStringLiteral("teachers"), QStringLiteral("teachers_search")}, text);
    QVariantList values = filter.values;
    values.append(limit);
    auto query = m_db.exec(QStringLiteral("SELECT id, last_name, first_name, middle_name FROM teachers "
                                          "WHERE %1 ORDER BY search_key, id LIMIT ?")
                               .arg(filter.condition.isEmpty() ? QStringLiteral("1 = 1") : filter.condition),
                           values);
    if (!query)
        return query.status();
    QList<NameMatch> result;
    while (query.value().next()) {
        Teacher t;
        t.lastName = query.value().value(1).toString();
        t.firstName = query.value().value(2).toString();
        t.middleName = query.value().value(3).toString();
        result.append({query.value().value(0).toLongLong(), t.fullName()});
    }
    return result;
}

} // namespace metodist
