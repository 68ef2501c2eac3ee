#include "storage/RouteRepository.h"

#include "domain/TextRules.h"
#include "storage/NameSearch.h"
#include "storage/SqlValues.h"

namespace metodist {

Result<qint64> RouteWriter::insert(const Route &route)
{
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO routes (teacher_id, academic_year, tutor_id, diagnostic_id) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {route.teacherId, route.academicYear, idOrNull(route.tutorId), idOrNull(route.diagnosticId)});
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("The teacher already has a route for %1.").arg(route.academicYear));
        return query.status();
    }
    const qint64 id = query.value();
    for (RouteItem item : route.items) {
        item.id = 0;
        if (auto saved = saveItem(id, item); !saved)
            return saved.status();
    }
    return id;
}

Result<qint64> RouteRepository::find(qint64 teacherId, const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM routes WHERE teacher_id = ? AND academic_year = ?"),
                           {teacherId, year});
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<Route> RouteRepository::load(qint64 routeId) const
{
    auto head = m_db.exec(QStringLiteral("SELECT teacher_id, academic_year, coalesce(tutor_id, 0), "
                                         "coalesce(diagnostic_id, 0) FROM routes WHERE id = ?"),
                          {routeId});
    if (!head)
        return head.status();
    if (!head.value().next())
        return Status::failure(tr("The route no longer exists."));
    Route route;
    route.id = routeId;
    route.teacherId = head.value().value(0).toLongLong();
    route.academicYear = head.value().value(1).toString();
    route.tutorId = head.value().value(2).toLongLong();
    route.diagnosticId = head.value().value(3).toLongLong();

    auto items = m_db.exec(
        QStringLiteral("SELECT i.id, i.position, i.kind_id, coalesce(k.code, ''), k.name, i.title, "
                       "coalesce(i.deficit_area_id, 0), coalesce(d.name, ''), i.hours, i.federal_registry, "
                       "coalesce(i.organisation_id, 0), coalesce(o.name, ''), coalesce(i.event_id, 0), "
                       "coalesce(e.title, ''), coalesce(i.catalogue_id, 0), i.starts_on, i.ends_on, i.status, "
                       "coalesce(i.tutor_id, 0), coalesce(%1, '') FROM route_items i "
                       "JOIN dictionary_entries k ON k.id = i.kind_id "
                       "LEFT JOIN dictionary_entries d ON d.id = i.deficit_area_id "
                       "LEFT JOIN organisations o ON o.id = i.organisation_id "
                       "LEFT JOIN events e ON e.id = i.event_id "
                       "LEFT JOIN methodists m ON m.id = i.tutor_id "
                       "WHERE i.route_id = ? ORDER BY i.position, i.id")
            .arg(personNameSql(QStringLiteral("m"))),
        {routeId});
    if (!items)
        return items.status();
    for (QSqlQuery &q = items.value(); q.next();) {
        RouteItem item;
        item.id = q.value(0).toLongLong();
        item.position = q.value(1).toInt();
        item.kindId = q.value(2).toLongLong();
        item.kindCode = q.value(3).toString();
        item.kindName = q.value(4).toString();
        item.title = q.value(5).toString();
        item.deficitAreaId = q.value(6).toLongLong();
        item.deficitAreaName = q.value(7).toString();
        if (!q.value(8).isNull())
            item.hours = q.value(8).toInt();
        item.federalRegistry = q.value(9).toBool();
        item.organisationId = q.value(10).toLongLong();
        item.organisationName = q.value(11).toString();
        item.eventId = q.value(12).toLongLong();
        item.eventTitle = q.value(13).toString();
        item.catalogueId = q.value(14).toLongLong();
        item.startsOn = dateFrom(q.value(15));
        item.endsOn = dateFrom(q.value(16));
        item.status = RouteRules::statusFromCode(q.value(17).toString()).value_or(RouteItemStatus::Planned);
        item.tutorId = q.value(18).toLongLong();
        item.tutorName = q.value(19).toString();
        route.items.append(item);
    }
    return route;
}

Result<qint64> RouteWriter::saveItem(qint64 routeId, const RouteItem &i)
{
    if (i.title.trimmed().isEmpty())
        return Status::failure(tr("A route item must have a title."));
    if (i.kindId <= 0)
        return Status::failure(tr("Choose the kind of the route item «%1».").arg(i.title.simplified()));
    if (const QString problem =
            TextRules::firstProblem({{i.title.simplified(), TextKind::Title, tr("Title of the route item")}});
        !problem.isEmpty())
        return Status::failure(problem);
    if (i.startsOn.isValid() && i.endsOn.isValid() && i.endsOn < i.startsOn)
        return Status::failure(tr("The route item «%1» cannot end before it starts.").arg(i.title.simplified()));
    const QVariantList values{i.kindId, i.title.simplified(), idOrNull(i.deficitAreaId), hoursOrNull(i.hours),
                              int(i.federalRegistry), idOrNull(i.organisationId), idOrNull(i.eventId),
                              idOrNull(i.catalogueId), dateOrNull(i.startsOn), dateOrNull(i.endsOn),
                              RouteRules::statusCode(i.status), idOrNull(i.tutorId)};
    if (i.id > 0) {
        auto query = m_db.exec(QStringLiteral("UPDATE route_items SET kind_id = ?, title = ?, deficit_area_id = ?, "
                                              "hours = ?, federal_registry = ?, organisation_id = ?, event_id = ?, "
                                              "catalogue_id = ?, starts_on = ?, ends_on = ?, status = ?, "
                                              "tutor_id = ? WHERE id = ? AND route_id = ?"),
                               values + QVariantList{i.id, routeId});
        if (!query)
            return query.status();
        if (query.value().numRowsAffected() != 1)
            return Status::failure(tr("The route item no longer exists."));
        return i.id;
    }
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO route_items (kind_id, title, deficit_area_id, hours, federal_registry, "
                       "organisation_id, event_id, catalogue_id, starts_on, ends_on, status, tutor_id, route_id, "
                       "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "(SELECT coalesce(max(position), 0) + 1 FROM route_items WHERE route_id = ?)) RETURNING id"),
        values + QVariantList{routeId, routeId});
    if (!query)
        return query.status();
    return query.value();
}

Status RouteWriter::setItemStatus(qint64 itemId, RouteItemStatus status)
{
    auto query = m_db.exec(QStringLiteral("UPDATE route_items SET status = ? WHERE id = ?"),
                           {RouteRules::statusCode(status), itemId});
    if (!query)
        return query.status();
    if (query.value().numRowsAffected() != 1)
        return Status::failure(tr("The route item no longer exists."));
    return Status::success();
}

Status RouteWriter::removeItem(qint64 itemId)
{
    auto found = m_db.exec(QStringLiteral("SELECT route_id, position FROM route_items WHERE id = ?"), {itemId});
    if (!found)
        return found.status();
    if (!found.value().next())
        return Status::failure(tr("The route item no longer exists."));
    const qint64 routeId = found.value().value(0).toLongLong();
    const int position = found.value().value(1).toInt();
    if (auto removed = m_db.exec(QStringLiteral("DELETE FROM route_items WHERE id = ?"), {itemId}); !removed)
        return removed.status();
    // The items after it move up, so that the numbers the user sees have no gap.
    return m_db
        .exec(QStringLiteral("UPDATE route_items SET position = position - 1 WHERE route_id = ? AND position > ?"),
              {routeId, position})
        .status();
}

Result<QList<RouteRow>> RouteRepository::rows(const RouteFilter &filter) const
{
    // Progress is counted in SQL so that the state filters narrow the rows
    // there, not after they are read.
    const QString done = QStringLiteral(
        "(SELECT count(*) FROM route_items i WHERE i.route_id = r.id AND i.status = 'done')");
    const QString counted = QStringLiteral(
        "(SELECT count(*) FROM route_items i WHERE i.route_id = r.id AND i.status <> 'cancelled')");
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (!filter.academicYear.isEmpty()) {
        where += QStringLiteral(" AND r.academic_year = ?");
        values.append(filter.academicYear);
    }
    if (filter.municipalityId > 0) {
        where += QStringLiteral(" AND o.municipality_id = ?");
        values.append(filter.municipalityId);
    }
    if (filter.tutorId > 0) {
        where += QStringLiteral(" AND r.tutor_id = ?");
        values.append(filter.tutorId);
    }
    if (filter.assignedToMethodistId > 0) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM assignments a WHERE a.teacher_id = r.teacher_id "
                                "AND a.academic_year = r.academic_year AND a.methodist_id = ? "
                                "AND a.ended_on IS NULL)");
        values.append(filter.assignedToMethodistId);
    }
    // The same states as RouteRules::matches.
    using State = RouteFilter::State;
    switch (filter.state) {
    case State::Any:
        break;
    case State::Empty:
        where += QStringLiteral(" AND %1 = 0").arg(counted);
        break;
    case State::NotStarted:
        where += QStringLiteral(" AND %1 > 0 AND %2 = 0").arg(counted, done);
        break;
    case State::Started:
        where += QStringLiteral(" AND %1 > 0 AND %1 < %2").arg(done, counted);
        break;
    case State::Completed:
        where += QStringLiteral(" AND %1 > 0 AND %2 = %1").arg(counted, done);
        break;
    case State::NotCompleted:
        where += QStringLiteral(" AND (%1 = 0 OR %2 < %1)").arg(counted, done);
        break;
    }
    if (filter.minProgress) {
        where += QStringLiteral(" AND %1 > 0 AND CAST(%2 AS REAL) / %1 + 1e-9 >= ?").arg(counted, done);
        values.append(*filter.minProgress);
    }
    if (const NameFilter name = nameFilter(m_db, {QStringLiteral("t"), QStringLiteral("teachers_search")},
                                           filter.teacherName);
        !name.condition.isEmpty()) {
        where += QStringLiteral(" AND ") + name.condition;
        values.append(name.values);
    }
    auto query = m_db.exec(
        QStringLiteral("SELECT r.id, t.id, %1, coalesce(o.name, ''), coalesce(mu.name, ''), r.academic_year, "
                       "coalesce(r.tutor_id, 0), coalesce(%2, ''), %3, %4 "
                       "FROM routes r JOIN teachers t ON t.id = r.teacher_id "
                       "LEFT JOIN organisations o ON o.id = t.organisation_id "
                       "LEFT JOIN municipalities mu ON mu.id = o.municipality_id "
                       "LEFT JOIN methodists m ON m.id = r.tutor_id "
                       "WHERE %5 ORDER BY t.search_key, t.id, r.academic_year")
            .arg(personNameSql(QStringLiteral("t")), personNameSql(QStringLiteral("m")), done, counted, where),
        values);
    if (!query)
        return query.status();
    QList<RouteRow> rows;
    for (QSqlQuery &q = query.value(); q.next();) {
        RouteRow row;
        row.routeId = q.value(0).toLongLong();
        row.teacherId = q.value(1).toLongLong();
        row.teacherName = q.value(2).toString();
        row.organisation = q.value(3).toString();
        row.municipality = q.value(4).toString();
        row.academicYear = q.value(5).toString();
        row.tutorId = q.value(6).toLongLong();
        row.tutorName = q.value(7).toString();
        row.progress = {q.value(8).toInt(), q.value(9).toInt()};
        rows.append(row);
    }
    return rows;
}

} // namespace metodist
