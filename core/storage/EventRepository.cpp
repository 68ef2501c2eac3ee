#include "storage/EventRepository.h"

#include "domain/TextRules.h"

#include "storage/SqlValues.h"

namespace metodist {

namespace {

const QString selectEvents = QStringLiteral(
    "SELECT e.id, e.title, e.starts_on, e.ends_on, coalesce(e.level_id, 0), coalesce(e.model_stage_id, 0), "
    "coalesce(l.name, ''), coalesce(s.name, ''), e.organiser, e.participants, e.description FROM events e "
    "LEFT JOIN dictionary_entries l ON l.id = e.level_id "
    "LEFT JOIN dictionary_entries s ON s.id = e.model_stage_id ");

Event eventFrom(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.startsOn = dateFrom(q.value(2));
    e.endsOn = dateFrom(q.value(3));
    e.levelId = q.value(4).toLongLong();
    e.modelStageId = q.value(5).toLongLong();
    e.levelName = q.value(6).toString();
    e.modelStageName = q.value(7).toString();
    e.organiser = q.value(8).toString();
    e.participants = q.value(9).toString();
    e.description = q.value(10).toString();
    return e;
}

} // namespace

QString EventRepository::problem(const Event &e)
{
    if (e.title.trimmed().isEmpty())
        return tr("The event must have a title.");
    if (!e.startsOn.isValid())
        return tr("The event must have a date.");
    if (e.endsOn.isValid() && e.endsOn < e.startsOn)
        return tr("The event cannot end before it starts.");
    return TextRules::firstProblem({{e.title.trimmed(), TextKind::Title, tr("Title")},
                                    {e.organiser.trimmed(), TextKind::Title, tr("Organiser")},
                                    {e.participants.trimmed(), TextKind::Title, tr("Participants")},
                                    {e.description.trimmed(), TextKind::Note, tr("Description")}});
}

Result<qint64> EventWriter::insert(const Event &e)
{
    if (const QString p = problem(e); !p.isEmpty())
        return Status::failure(p);
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO events (title, starts_on, ends_on, level_id, model_stage_id, "
                       "organiser, participants, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {e.title.simplified(), dateOrNull(e.startsOn), dateOrNull(e.endsOn), idOrNull(e.levelId),
         idOrNull(e.modelStageId), e.organiser.trimmed(), e.participants.trimmed(),
         e.description.trimmed()});
    if (!query)
        return query.status();
    return query.value();
}

Status EventWriter::update(const Event &e)
{
    if (const QString p = problem(e); !p.isEmpty())
        return Status::failure(p);
    return m_db
        .exec(QStringLiteral("UPDATE events SET title = ?, starts_on = ?, ends_on = ?, level_id = ?, "
                             "model_stage_id = ?, organiser = ?, participants = ?, description = ? WHERE id = ?"),
              {e.title.simplified(), dateOrNull(e.startsOn), dateOrNull(e.endsOn), idOrNull(e.levelId),
               idOrNull(e.modelStageId), e.organiser.trimmed(), e.participants.trimmed(), e.description.trimmed(),
               e.id})
        .status();
}

Status EventWriter::remove(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM events WHERE id = ?"), {id}).status();
}

Result<Event> EventRepository::get(qint64 id) const
{
    auto query = m_db.exec(selectEvents + QStringLiteral("WHERE e.id = ?"), {id});
    if (!query)
        return query.status();
    if (!query.value().next())
        return Status::failure(tr("The event no longer exists."));
    return eventFrom(query.value());
}

Result<QList<Event>> EventRepository::list(const QDate &from, const QDate &to) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (from.isValid()) {
        where += QStringLiteral(" AND coalesce(e.ends_on, e.starts_on) >= ?");
        values.append(dateOrNull(from));
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND e.starts_on <= ?");
        values.append(dateOrNull(to));
    }
    auto query = m_db.exec(selectEvents + where + QStringLiteral(" ORDER BY e.starts_on, e.id"), values);
    if (!query)
        return query.status();
    QList<Event> events;
    while (query.value().next())
        events.append(eventFrom(query.value()));
    return events;
}

} // namespace metodist
