#include "storage/OrganisationRepository.h"

#include "domain/SearchKey.h"
#include "domain/TextRules.h"
#include "storage/NameSearch.h"

namespace metodist {

namespace {

// The columns of get() and list(), in their order.
Organisation organisationFrom(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.municipalityId = q.value(2).toLongLong();
    o.municipality = q.value(3).toString();
    o.lowResults = q.value(4).toBool();
    o.growthPoint = q.value(5).toBool();
    o.internshipSite = q.value(6).toBool();
    o.quantorium = q.value(7).toBool();
    o.itCube = q.value(8).toBool();
    o.mentoringModel = q.value(9).toBool();
    return o;
}

} // namespace

Result<QList<qint64>> OrganisationRepository::findAnywhere(const QString &name, int limit) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM organisations WHERE search_key = ? ORDER BY id LIMIT ?"),
                           {searchKey(name), limit});
    if (!query)
        return query.status();
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Result<qint64> OrganisationRepository::find(qint64 municipalityId, const QString &name) const
{
    auto query = m_db.execPrepared(QStringLiteral("SELECT id FROM organisations WHERE municipality_id = ? AND search_key = ?"),
                                   {municipalityId, searchKey(name)});
    if (!query)
        return query.status();
    const qint64 id = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return id;
}

Result<qint64> OrganisationWriter::findOrCreate(qint64 municipalityId, const QString &name, bool *created)
{
    auto existing = find(municipalityId, name);
    if (!existing || existing.value() > 0) {
        if (created)
            *created = false;
        return existing;
    }
    if (created)
        *created = true;
    Organisation organisation;
    organisation.name = name.simplified();
    organisation.municipalityId = municipalityId;
    return insert(organisation);
}

Result<qint64> OrganisationWriter::insert(const Organisation &o)
{
    if (o.name.trimmed().isEmpty())
        return Status::failure(tr("The organisation needs a name."));
    if (const QString problem = TextRules::problem(o.name, TextKind::Title); !problem.isEmpty())
        return Status::failure(tr("The organisation's name: %1").arg(problem));
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO organisations (name, municipality_id, low_results, "
                       "growth_point, internship_site, quantorium, it_cube, mentoring_model, search_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {o.name.simplified(), o.municipalityId, int(o.lowResults), int(o.growthPoint), int(o.internshipSite),
         int(o.quantorium), int(o.itCube), int(o.mentoringModel), searchKey(o.name)});
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("The organisation «%1» is already in this municipality.").arg(o.name));
        return query.status();
    }
    return query.value();
}

Status OrganisationWriter::update(const Organisation &o)
{
    if (const QString problem = TextRules::problem(o.name, TextKind::Title); !problem.isEmpty())
        return Status::failure(tr("The organisation's name: %1").arg(problem));
    auto query = m_db.exec(QStringLiteral("UPDATE organisations SET name = ?, municipality_id = ?, low_results = ?, "
                                          "growth_point = ?, internship_site = ?, quantorium = ?, it_cube = ?, "
                                          "mentoring_model = ?, search_key = ? WHERE id = ?"),
                           {o.name.simplified(), o.municipalityId, int(o.lowResults), int(o.growthPoint),
                            int(o.internshipSite), int(o.quantorium), int(o.itCube), int(o.mentoringModel),
                            searchKey(o.name), o.id});
    return query.status();
}

Status OrganisationWriter::setProgrammeFlags(qint64 id, bool quantorium, bool itCube, bool mentoringModel)
{
    auto query = m_db.execPrepared(QStringLiteral("UPDATE organisations SET quantorium = ?, it_cube = ?, "
                                                  "mentoring_model = ? WHERE id = ?"),
                                   {int(quantorium), int(itCube), int(mentoringModel), id});
    return query.status();
}

Status OrganisationWriter::remove(qint64 id)
{
    auto query = m_db.exec(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id});
    if (!query && query.dbError() == DbError::ForeignKeyViolation)
        return Status::failure(tr("The organisation has teachers or methodists and cannot be deleted."));
    return query.status();
}

Result<Organisation> OrganisationRepository::get(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.municipality_id, m.name, o.low_results, o.growth_point, "
                                          "o.internship_site, o.quantorium, o.it_cube, o.mentoring_model FROM organisations o JOIN municipalities m ON m.id = "
                                          "o.municipality_id WHERE o.id = ?"),
                           {id});
    if (!query)
        return query.status();
    const QSqlQuery &q = query.value();
    if (!query.value().next())
        return Status::failure(tr("The organisation no longer exists."));
    return organisationFrom(q);
}

Result<QList<Organisation>> OrganisationRepository::list(qint64 municipalityId, const QString &search) const
{
    const QString key = searchKey(search);
    QString pattern = key;
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    auto query = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.municipality_id, m.name, o.low_results, o.growth_point, "
                                          "o.internship_site, o.quantorium, o.it_cube, o.mentoring_model FROM organisations o JOIN municipalities m ON m.id = "
                                          "o.municipality_id WHERE (? = 0 OR o.municipality_id = ?) AND o.search_key "
                                          "LIKE ? ESCAPE '\\' ORDER BY m.search_key, o.search_key"),
                           {municipalityId, municipalityId, u'%' + pattern + u'%'});
    if (!query)
        return query.status();
    QList<Organisation> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result.append(organisationFrom(q));
    }
    return result;
}

} // namespace metodist
