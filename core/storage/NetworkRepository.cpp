#include "storage/NetworkRepository.h"

#include "domain/SearchKey.h"
#include "domain/TextRules.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>

namespace metodist {

namespace {

const QString selectUnits = QStringLiteral(
    "SELECT u.id, u.kind_id, k.code, k.name, u.name, coalesce(u.municipality_id, 0), coalesce(m.name, ''), "
    "coalesce(u.organisation_id, 0), coalesce(o.name, ''), coalesce(u.subject_id, 0), coalesce(s.name, ''), "
    "u.theme, u.head_name, u.note, "
    "(SELECT count(*) FROM network_members x WHERE x.unit_id = u.id), "
    "(SELECT count(*) FROM network_organisations x WHERE x.unit_id = u.id) "
    "FROM network_units u JOIN dictionary_entries k ON k.id = u.kind_id "
    "LEFT JOIN municipalities m ON m.id = u.municipality_id "
    "LEFT JOIN organisations o ON o.id = u.organisation_id "
    "LEFT JOIN subjects s ON s.id = u.subject_id");

NetworkUnit unitFrom(const QSqlQuery &q)
{
    NetworkUnit u;
    u.id = q.value(0).toLongLong();
    u.kindId = q.value(1).toLongLong();
    u.kindCode = q.value(2).toString();
    u.kindName = q.value(3).toString();
    u.name = q.value(4).toString();
    u.municipalityId = q.value(5).toLongLong();
    u.municipality = q.value(6).toString();
    u.organisationId = q.value(7).toLongLong();
    u.organisation = q.value(8).toString();
    u.subjectId = q.value(9).toLongLong();
    u.subject = q.value(10).toString();
    u.theme = q.value(11).toString();
    u.headName = q.value(12).toString();
    u.note = q.value(13).toString();
    u.members = q.value(14).toInt();
    u.coveredOrganisations = q.value(15).toInt();
    u.head = u.headName;
    return u;
}

// The member's name: the teacher's or the methodist's.
QString memberNameSql()
{
    return QStringLiteral("CASE WHEN t.id IS NOT NULL THEN %1 ELSE %2 END")
        .arg(personNameSql(QStringLiteral("t")), personNameSql(QStringLiteral("me")));
}

} // namespace

Status NetworkRepository::fillHeads(QList<NetworkUnit> &units) const
{
    if (units.isEmpty())
        return Status::success();
    QHash<qint64, int> index;
    for (int i = 0; i < units.size(); ++i)
        if (units[i].headName.isEmpty())
            index.insert(units[i].id, i);
    if (index.isEmpty())
        return Status::success();
    auto query = m_db.exec(QStringLiteral("SELECT n.unit_id, %1 FROM network_members n "
                                          "LEFT JOIN teachers t ON t.id = n.teacher_id "
                                          "LEFT JOIN methodists me ON me.id = n.methodist_id "
                                          "WHERE n.is_head = 1 ORDER BY n.id")
                               .arg(memberNameSql()));
    if (!query)
        return query.status();
    for (QSqlQuery &q = query.value(); q.next();) {
        const int at = index.value(q.value(0).toLongLong(), -1);
        if (at >= 0 && units[at].head.isEmpty())
            units[at].head = q.value(1).toString();
    }
    return Status::success();
}

Result<QList<NetworkUnit>> NetworkRepository::units(const NetworkFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!filter.kindCode.isEmpty()) {
        where += QStringLiteral(" AND k.code = ?");
        values << filter.kindCode;
    }
    if (filter.regionalOnly) {
        where += QStringLiteral(" AND u.municipality_id IS NULL");
    } else if (filter.municipalityId > 0) {
        where += QStringLiteral(" AND u.municipality_id = ?");
        values << filter.municipalityId;
    }
    auto query = m_db.exec(selectUnits + where
                               + QStringLiteral(" ORDER BY k.position, CASE WHEN m.id IS NULL THEN 0 ELSE 1 END, "
                                                "m.search_key, u.search_key, u.id"),
                           values);
    if (!query)
        return query.status();
    QList<NetworkUnit> result;
    for (QSqlQuery &q = query.value(); q.next();)
        result.append(unitFrom(q));
    if (Status status = fillHeads(result); !status)
        return status;
    const QString text = searchKey(filter.text.simplified());
    if (!text.isEmpty()) {
        QList<NetworkUnit> found;
        for (const NetworkUnit &u : std::as_const(result))
            if (searchKey(u.name).contains(text) || searchKey(u.theme).contains(text)
                || searchKey(u.head).contains(text) || searchKey(u.organisation).contains(text))
                found.append(u);
        return found;
    }
    return result;
}

Result<NetworkUnit> NetworkRepository::unit(qint64 id) const
{
    auto query = m_db.exec(selectUnits + QStringLiteral(" WHERE u.id = ?"), {id});
    if (!query)
        return query.status();
    if (!query.value().next())
        return Status::failure(tr("The unit of the network no longer exists; it may have been deleted by another "
                                  "user."));
    QList<NetworkUnit> one{unitFrom(query.value())};
    if (Status status = fillHeads(one); !status)
        return status;
    return one.first();
}

Result<int> NetworkRepository::count() const
{
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM network_units"));
    if (!query || !query.value().next())
        return query.status();
    return query.value().value(0).toInt();
}

Result<qint64> NetworkRepository::find(qint64 kindId, qint64 municipalityId, const QString &name) const
{
    // coalesce: a regional unit has no municipality, and NULL = NULL is not true.
    auto query = m_db.exec(QStringLiteral("SELECT id FROM network_units WHERE kind_id = ? AND "
                                          "coalesce(municipality_id, 0) = ? AND search_key = ? ORDER BY id"),
                           {kindId, std::max<qint64>(municipalityId, 0), searchKey(name.simplified())});
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<QList<NetworkMember>> NetworkRepository::members(qint64 unitId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT n.id, n.unit_id, coalesce(n.teacher_id, 0), coalesce(n.methodist_id, 0), n.is_head, "
                       "%1, coalesce(t.snils, me.snils, ''), coalesce(o.name, ''), coalesce(mu.name, '') "
                       "FROM network_members n "
                       "LEFT JOIN teachers t ON t.id = n.teacher_id "
                       "LEFT JOIN methodists me ON me.id = n.methodist_id "
                       "LEFT JOIN organisations o ON o.id = coalesce(t.organisation_id, me.organisation_id) "
                       "LEFT JOIN municipalities mu ON mu.id = coalesce(o.municipality_id, me.municipality_id) "
                       "WHERE n.unit_id = ? ORDER BY n.is_head DESC, "
                       "coalesce(t.last_name, me.last_name), coalesce(t.first_name, me.first_name), n.id")
            .arg(memberNameSql()),
        {unitId});
    if (!query)
        return query.status();
    QList<NetworkMember> result;
    for (QSqlQuery &q = query.value(); q.next();) {
        NetworkMember m;
        m.id = q.value(0).toLongLong();
        m.unitId = q.value(1).toLongLong();
        m.teacherId = q.value(2).toLongLong();
        m.methodistId = q.value(3).toLongLong();
        m.head = q.value(4).toBool();
        m.name = q.value(5).toString();
        m.snils = q.value(6).toString();
        m.organisation = q.value(7).toString();
        m.municipality = q.value(8).toString();
        result.append(m);
    }
    return result;
}

Result<QList<CoveredOrganisation>> NetworkRepository::coveredOrganisations(qint64 unitId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.municipality_id, m.name FROM network_organisations x "
                                          "JOIN organisations o ON o.id = x.organisation_id "
                                          "JOIN municipalities m ON m.id = o.municipality_id "
                                          "WHERE x.unit_id = ? ORDER BY m.search_key, o.search_key, o.id"),
                           {unitId});
    if (!query)
        return query.status();
    QList<CoveredOrganisation> result;
    for (QSqlQuery &q = query.value(); q.next();)
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return result;
}

Result<QList<NetworkKindCount>> NetworkRepository::countsPerKind() const
{
    auto query = m_db.exec(QStringLiteral(
        "SELECT k.id, coalesce(k.code, ''), k.name, "
        "(SELECT count(*) FROM network_units u WHERE u.kind_id = k.id), "
        "(SELECT count(*) FROM network_members n JOIN network_units u ON u.id = n.unit_id WHERE u.kind_id = k.id) "
        "FROM dictionary_entries k WHERE k.dictionary = 'network_kinds' ORDER BY k.position, k.id"));
    if (!query)
        return query.status();
    QList<NetworkKindCount> result;
    for (QSqlQuery &q = query.value(); q.next();)
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toInt()});
    return result;
}

Result<qint64> NetworkWriter::save(const NetworkUnit &u)
{
    const QString name = u.name.simplified();
    if (name.isEmpty() || u.kindId <= 0)
        return Status::failure(tr("A unit of the network needs a kind and a name."));
    if (const QString problem = TextRules::firstProblem({{name, TextKind::Title, tr("Name of the unit")},
                                                         {u.theme.simplified(), TextKind::Title, tr("Theme")},
                                                         {u.headName.simplified(), TextKind::Title, tr("Head")},
                                                         {u.note.trimmed(), TextKind::Note, tr("Note")}});
        !problem.isEmpty())
        return Status::failure(problem);
    // The table's UNIQUE does not hold for regional units (NULL municipality).
    auto existing = find(u.kindId, u.municipalityId, name);
    if (!existing)
        return existing.status();
    if (existing.value() > 0 && existing.value() != u.id)
        return Status::failure(tr("A unit «%1» of this kind is already in the network.").arg(name));
    const QVariantList values{u.kindId,           name,          idOrNull(u.municipalityId), idOrNull(u.organisationId),
                              idOrNull(u.subjectId), u.theme.simplified(), u.headName.simplified(), u.note.trimmed(),
                              searchKey(name)};
    if (u.id > 0) {
        auto query = m_db.exec(QStringLiteral("UPDATE network_units SET kind_id = ?, name = ?, municipality_id = ?, "
                                              "organisation_id = ?, subject_id = ?, theme = ?, head_name = ?, note = ?, "
                                              "search_key = ? WHERE id = ?"),
                               values + QVariantList{u.id});
        if (!query)
            return query.status();
        if (query.value().numRowsAffected() != 1)
            return Status::failure(tr("The unit of the network no longer exists; it may have been deleted by another "
                                      "user."));
        return u.id;
    }
    return m_db.insertReturningId(QStringLiteral("INSERT INTO network_units (kind_id, name, municipality_id, "
                                                 "organisation_id, subject_id, theme, head_name, note, search_key) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                  values);
}

Status NetworkWriter::remove(qint64 id)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM network_members WHERE unit_id = ?"),
                               QStringLiteral("DELETE FROM network_organisations WHERE unit_id = ?"),
                               QStringLiteral("DELETE FROM network_units WHERE id = ?")})
        if (auto done = m_db.exec(sql, {id}); !done)
            return done.status();
    return Status::success();
}

Status NetworkWriter::setMembers(qint64 unitId, const QList<NetworkMember> &members)
{
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM network_members WHERE unit_id = ?"), {unitId}); !cleared)
        return cleared.status();
    for (NetworkMember member : members) {
        member.unitId = unitId;
        if (auto added = addMember(member); !added)
            return added.status();
    }
    return Status::success();
}

Result<bool> NetworkWriter::addMember(const NetworkMember &member)
{
    if ((member.teacherId > 0) == (member.methodistId > 0))
        return Status::failure(tr("A member of the network is either a teacher or a methodist."));
    const bool teacher = member.teacherId > 0;
    const qint64 person = teacher ? member.teacherId : member.methodistId;
    const QString column = teacher ? QStringLiteral("teacher_id") : QStringLiteral("methodist_id");
    auto existing = m_db.exec(QStringLiteral("SELECT id FROM network_members WHERE unit_id = ? AND %1 = ?").arg(column),
                              {member.unitId, person});
    if (!existing)
        return existing.status();
    if (existing.value().next()) {
        if (auto updated = m_db.exec(QStringLiteral("UPDATE network_members SET is_head = ? WHERE id = ?"),
                                     {int(member.head), existing.value().value(0).toLongLong()});
            !updated)
            return updated.status();
        return false;
    }
    if (auto added = m_db.exec(
            QStringLiteral("INSERT INTO network_members (unit_id, %1, is_head) VALUES (?, ?, ?)").arg(column),
            {member.unitId, person, int(member.head)});
        !added)
        return added.status();
    return true;
}

Status NetworkWriter::setCoveredOrganisations(qint64 unitId, const QList<qint64> &organisationIds)
{
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM network_organisations WHERE unit_id = ?"), {unitId});
        !cleared)
        return cleared.status();
    for (qint64 id : organisationIds)
        if (auto added = addCoveredOrganisation(unitId, id); !added)
            return added.status();
    return Status::success();
}

Result<bool> NetworkWriter::addCoveredOrganisation(qint64 unitId, qint64 organisationId)
{
    if (organisationId <= 0)
        return false;
    auto existing = m_db.exec(
        QStringLiteral("SELECT 1 FROM network_organisations WHERE unit_id = ? AND organisation_id = ?"),
        {unitId, organisationId});
    if (!existing)
        return existing.status();
    if (existing.value().next())
        return false;
    if (auto added = m_db.exec(QStringLiteral("INSERT INTO network_organisations (unit_id, organisation_id) "
                                              "VALUES (?, ?)"),
                               {unitId, organisationId});
        !added)
        return added.status();
    return true;
}

Status NetworkWriter::insertNewMembers(qint64 unitId, const QList<NetworkMember> &members)
{
    for (const NetworkMember &m : members) {
        if ((m.teacherId > 0) == (m.methodistId > 0))
            return Status::failure(tr("A member of the network is either a teacher or a methodist."));
        auto added = m_db.execPrepared(QStringLiteral("INSERT INTO network_members (unit_id, teacher_id, methodist_id, "
                                                      "is_head) VALUES (?, ?, ?, ?)"),
                                       {unitId, idOrNull(m.teacherId), idOrNull(m.methodistId), int(m.head)});
        if (!added)
            return added.status();
    }
    return Status::success();
}

} // namespace metodist
