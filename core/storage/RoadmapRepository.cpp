#include "storage/RoadmapRepository.h"

#include "domain/TextRules.h"
#include "storage/DictionaryRepository.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace metodist {

Result<qint64> RoadmapWriter::create(qint64 methodistId, const QString &year)
{
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO roadmaps (methodist_id, academic_year) VALUES (?, ?) "
                       "RETURNING id"),
        {methodistId, year});
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("The methodist already has a roadmap for %1.").arg(year));
        return query.status();
    }
    const qint64 id = query.value();
    for (int number = 1; number <= RoadmapRules::stageCount; ++number)
        if (auto stage = m_db.execPrepared(QStringLiteral("INSERT INTO roadmap_stages (roadmap_id, number) "
                                                          "VALUES (?, ?)"),
                                           {id, number});
            !stage)
            return stage.status();
    return id;
}

Result<qint64> RoadmapRepository::find(qint64 methodistId, const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM roadmaps WHERE methodist_id = ? AND academic_year = ?"),
                           {methodistId, year});
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<Roadmap> RoadmapRepository::load(qint64 roadmapId) const
{
    auto head = m_db.exec(QStringLiteral("SELECT r.methodist_id, %1, r.academic_year, coalesce(r.conclusion, ''), "
                                         "r.next_year_plans FROM roadmaps r "
                                         "JOIN methodists m ON m.id = r.methodist_id WHERE r.id = ?")
                              .arg(personNameSql(QStringLiteral("m"))),
                          {roadmapId});
    if (!head)
        return head.status();
    if (!head.value().next())
        return Status::failure(tr("The roadmap no longer exists."));
    Roadmap roadmap;
    roadmap.id = roadmapId;
    roadmap.methodistId = head.value().value(0).toLongLong();
    roadmap.methodistName = head.value().value(1).toString();
    roadmap.academicYear = head.value().value(2).toString();
    roadmap.conclusion = RoadmapRules::conclusionFromCode(head.value().value(3).toString());
    roadmap.nextYearPlans = head.value().value(4).toString();

    auto dictionary = DictionaryRepository(m_db).entries(QStringLiteral("roadmap_stages"));
    if (!dictionary)
        return dictionary.status();
    QHash<QString, QString> names;
    for (const DictionaryEntry &entry : dictionary.value())
        names.insert(entry.code, entry.name);

    auto stages = m_db.exec(QStringLiteral("SELECT id, number, planned_start, planned_end, actual_start, actual_end, "
                                           "status, close_reason FROM roadmap_stages WHERE roadmap_id = ? "
                                           "ORDER BY number"),
                            {roadmapId});
    if (!stages)
        return stages.status();
    QHash<qint64, int> stageIndex;
    for (QSqlQuery &q = stages.value(); q.next();) {
        RoadmapStage s;
        s.id = q.value(0).toLongLong();
        s.number = q.value(1).toInt();
        s.code = RoadmapRules::stageCodes().value(s.number - 1);
        s.name = names.value(s.code, s.code);
        s.planned = {dateFrom(q.value(2)), dateFrom(q.value(3))};
        s.actual = {dateFrom(q.value(4)), dateFrom(q.value(5))};
        s.status = RoadmapRules::statusFromCode(q.value(6).toString());
        s.closeReason = q.value(7).toString();
        stageIndex.insert(s.id, int(roadmap.stages.size()));
        roadmap.stages.append(s);
    }

    auto activities = m_db.exec(
        QStringLiteral("SELECT a.id, a.stage_id, a.position, a.title, a.starts_on, a.due_on, a.responsible, "
                       "a.document_kind, a.expected_result, a.done, a.done_on, coalesce(a.event_id, 0) "
                       "FROM roadmap_activities a JOIN roadmap_stages s ON s.id = a.stage_id "
                       "WHERE s.roadmap_id = ? ORDER BY s.number, a.position, a.id"),
        {roadmapId});
    if (!activities)
        return activities.status();
    QHash<qint64, std::pair<int, int>> activityIndex;
    for (QSqlQuery &q = activities.value(); q.next();) {
        RoadmapActivity a;
        a.id = q.value(0).toLongLong();
        a.stageId = q.value(1).toLongLong();
        a.position = q.value(2).toInt();
        a.title = q.value(3).toString();
        a.startsOn = dateFrom(q.value(4));
        a.dueOn = dateFrom(q.value(5));
        a.responsible = q.value(6).toString();
        a.documentKind = q.value(7).toString();
        a.expectedResult = q.value(8).toString();
        a.done = q.value(9).toBool();
        a.doneOn = dateFrom(q.value(10));
        a.eventId = q.value(11).toLongLong();
        QList<RoadmapActivity> &list = roadmap.stages[stageIndex.value(a.stageId)].activities;
        activityIndex.insert(a.id, {stageIndex.value(a.stageId), int(list.size())});
        list.append(a);
    }

    auto teachers = m_db.exec(QStringLiteral("SELECT at.activity_id, t.id, %1 FROM roadmap_activity_teachers at "
                                             "JOIN roadmap_activities a ON a.id = at.activity_id "
                                             "JOIN roadmap_stages s ON s.id = a.stage_id "
                                             "JOIN teachers t ON t.id = at.teacher_id "
                                             "WHERE s.roadmap_id = ? ORDER BY t.search_key, t.id")
                                  .arg(personNameSql(QStringLiteral("t"))),
                              {roadmapId});
    if (!teachers)
        return teachers.status();
    for (QSqlQuery &q = teachers.value(); q.next();) {
        const auto [stage, index] = activityIndex.value(q.value(0).toLongLong());
        RoadmapActivity &a = roadmap.stages[stage].activities[index];
        a.teacherIds.append(q.value(1).toLongLong());
        a.teacherNames.append(q.value(2).toString());
    }
    return roadmap;
}

namespace {

QString activityProblem(const RoadmapActivity &a)
{
    return TextRules::firstProblem(
        {{a.title.simplified(), TextKind::Title, RoadmapRepository::tr("Activity")},
         {a.responsible.trimmed(), TextKind::Line, RoadmapRepository::tr("Responsible")},
         {a.documentKind.trimmed(), TextKind::Line, RoadmapRepository::tr("Document")},
         {a.expectedResult.trimmed(), TextKind::Note, RoadmapRepository::tr("Expected result")}});
}

} // namespace

Status RoadmapWriter::saveStage(const RoadmapStage &s)
{
    if (const QString problem =
            TextRules::firstProblem({{s.closeReason.trimmed(), TextKind::Note, tr("Reason for closing the stage")}});
        !problem.isEmpty())
        return Status::failure(problem);
    return m_db
        .exec(QStringLiteral("UPDATE roadmap_stages SET planned_start = ?, planned_end = ?, actual_start = ?, "
                             "actual_end = ?, status = ?, close_reason = ? WHERE id = ?"),
              {dateOrNull(s.planned.start), dateOrNull(s.planned.end), dateOrNull(s.actual.start),
               dateOrNull(s.actual.end), RoadmapRules::statusCode(s.status), s.closeReason, s.id})
        .status();
}

Result<qint64> RoadmapWriter::insertActivity(const RoadmapActivity &a)
{
    if (const QString problem = activityProblem(a); !problem.isEmpty())
        return Status::failure(problem);
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO roadmap_activities (stage_id, position, title, starts_on, due_on, responsible, "
                       "document_kind, expected_result, done, done_on, event_id) VALUES (?, CASE WHEN ? > 0 THEN ? "
                       "ELSE (SELECT coalesce(max(position), 0) + 1 FROM roadmap_activities WHERE stage_id = ?) END, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.stageId, a.position, a.position, a.stageId, a.title.simplified(), dateOrNull(a.startsOn),
         dateOrNull(a.dueOn), a.responsible.trimmed(), a.documentKind.trimmed(), a.expectedResult.trimmed(),
         int(a.done), dateOrNull(a.done ? a.doneOn : QDate()), idOrNull(a.eventId)});
    if (!query)
        return query.status();
    const qint64 id = query.value();
    if (Status written = writeTeachers(id, a.teacherIds); !written)
        return written;
    return id;
}

Status RoadmapWriter::updateActivity(const RoadmapActivity &a)
{
    if (const QString problem = activityProblem(a); !problem.isEmpty())
        return Status::failure(problem);
    auto query = m_db.exec(QStringLiteral("UPDATE roadmap_activities SET title = ?, starts_on = ?, due_on = ?, "
                                          "responsible = ?, document_kind = ?, expected_result = ?, done = ?, "
                                          "done_on = ?, event_id = ? WHERE id = ?"),
                           {a.title.simplified(), dateOrNull(a.startsOn), dateOrNull(a.dueOn), a.responsible.trimmed(),
                            a.documentKind.trimmed(), a.expectedResult.trimmed(), int(a.done),
                            dateOrNull(a.done ? a.doneOn : QDate()), idOrNull(a.eventId), a.id});
    if (!query)
        return query.status();
    if (query.value().numRowsAffected() != 1)
        return Status::failure(tr("The activity no longer exists."));
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM roadmap_activity_teachers WHERE activity_id = ?"), {a.id});
        !cleared)
        return cleared.status();
    return writeTeachers(a.id, a.teacherIds);
}

Status RoadmapWriter::writeTeachers(qint64 activityId, const QList<qint64> &teacherIds)
{
    for (qint64 teacherId : teacherIds)
        if (auto query = m_db.execPrepared(QStringLiteral("INSERT INTO roadmap_activity_teachers "
                                                          "(activity_id, teacher_id) VALUES (?, ?) "
                                                          "ON CONFLICT DO NOTHING"),
                                           {activityId, teacherId});
            !query)
            return query.status();
    return Status::success();
}

Status RoadmapWriter::insertActivityTeachers(const std::vector<std::pair<qint64, qint64>> &pairs)
{
    constexpr std::size_t rowsPerStatement = 400;
    const auto statement = [](std::size_t rows) {
        QString sql = QStringLiteral("INSERT INTO roadmap_activity_teachers (activity_id, teacher_id) VALUES ");
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
        return sql + QStringLiteral(" ON CONFLICT DO NOTHING");
    };
    const QString full = statement(rowsPerStatement);
    QVariantList values;
    for (std::size_t begin = 0; begin < pairs.size(); begin += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, pairs.size() - begin);
        values.clear();
        values.reserve(qsizetype(count) * 2);
        for (std::size_t i = begin; i < begin + count; ++i)
            values << pairs[i].first << pairs[i].second;
        if (auto query = m_db.execPrepared(count == rowsPerStatement ? full : statement(count), values); !query)
            return query.status();
    }
    return Status::success();
}

Status RoadmapWriter::removeActivity(qint64 activityId)
{
    return m_db.exec(QStringLiteral("DELETE FROM roadmap_activities WHERE id = ?"), {activityId}).status();
}

Status RoadmapWriter::setConclusion(qint64 roadmapId, Conclusion conclusion, const QString &plans)
{
    if (const QString problem =
            TextRules::firstProblem({{plans.trimmed(), TextKind::Note, tr("Plans for the next year")}});
        !problem.isEmpty())
        return Status::failure(problem);
    const QString code = RoadmapRules::conclusionCode(conclusion);
    return m_db
        .exec(QStringLiteral("UPDATE roadmaps SET conclusion = ?, next_year_plans = ? WHERE id = ?"),
              {code.isEmpty() ? QVariant() : QVariant(code), plans.trimmed(), roadmapId})
        .status();
}

Result<QList<RoadmapOverviewRow>> RoadmapRepository::overview(const QString &year) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT r.id, r.methodist_id, %1, "
                       "(SELECT count(*) FROM assignments a WHERE a.methodist_id = r.methodist_id "
                       "AND a.academic_year = r.academic_year AND a.ended_on IS NULL), "
                       "(SELECT count(*) FROM roadmap_activities ra JOIN roadmap_stages s ON s.id = ra.stage_id "
                       "WHERE s.roadmap_id = r.id AND ra.done = 1), "
                       "(SELECT count(*) FROM roadmap_activities ra JOIN roadmap_stages s ON s.id = ra.stage_id "
                       "WHERE s.roadmap_id = r.id), "
                       "coalesce((SELECT min(s.number) FROM roadmap_stages s WHERE s.roadmap_id = r.id "
                       "AND s.status <> 'closed'), 0) "
                       "FROM roadmaps r JOIN methodists m ON m.id = r.methodist_id WHERE r.academic_year = ? "
                       "ORDER BY m.search_key, m.id")
            .arg(personNameSql(QStringLiteral("m"))),
        {year});
    if (!query)
        return query.status();
    QList<RoadmapOverviewRow> rows;
    for (QSqlQuery &q = query.value(); q.next();)
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    return rows;
}

Result<QList<PersonRef>> RoadmapRepository::assignedTeachers(qint64 methodistId, const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, %1 FROM assignments a JOIN teachers t ON t.id = a.teacher_id "
                                          "WHERE a.methodist_id = ? AND a.academic_year = ? AND a.ended_on IS NULL "
                                          "ORDER BY t.search_key, t.id")
                               .arg(personNameSql(QStringLiteral("t"))),
                           {methodistId, year});
    if (!query)
        return query.status();
    QList<PersonRef> teachers;
    for (QSqlQuery &q = query.value(); q.next();)
        teachers.append({q.value(0).toLongLong(), q.value(1).toString()});
    return teachers;
}

} // namespace metodist
