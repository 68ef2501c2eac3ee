#include "storage/OrganisationRepository.h"

#include "domain/SearchKey.h"
#include "domain/TextRules.h"
#include "storage/NameSearch.h"

namespace metodist {

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
                       "growth_point, internship_site, search_key) VALUES (?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {o.name.simplified(), o.municipalityId, int(o.lowResults), int(o.growthPoint),
         int(o.internshipSite), searchKey(o.name)});
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
                                          "growth_point = ?, internship_site = ?, search_key = ? WHERE id = ?"),
                           {o.name.simplified(), o.municipalityId, int(o.lowResults), int(o.growthPoint),
                            int(o.internshipSite), searchKey(o.name), o.id});
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
                                          "o.internship_site FROM organisations o JOIN municipalities m ON m.id = "
                                          "o.municipality_id WHERE o.id = ?"),
                           {id});
    if (!query)
        return query.status();
    const QSqlQuery &q = query.value();
    if (!query.value().next())
        return Status::failure(tr("The organisation no longer exists."));
    return Organisation{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toBool(),     q.value(5).toBool(),   q.value(6).toBool()};
}

Result<QList<Organisation>> OrganisationRepository::list(qint64 municipalityId, const QString &search) const
{
    const QString key = searchKey(search);
    QString pattern = key;
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    auto query = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.municipality_id, m.name, o.low_results, o.growth_point, "
                                          "o.internship_site FROM organisations o JOIN municipalities m ON m.id = "
                                          "o.municipality_id WHERE (? = 0 OR o.municipality_id = ?) AND o.search_key "
                                          "LIKE ? ESCAPE '\\' ORDER BY m.search_key, o.search_key"),
                           {municipalityId, municipalityId, u'%' + pattern + u'%'});
    if (!query)
        return query.status();
    QList<Organisation> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                       q.value(4).toBool(), q.value(5).toBool(), q.value(6).toBool()});
    }
    return result;
}

} // namespace metodist
