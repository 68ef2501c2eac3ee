#include "services/RoadmapService.h"

#include "documents/RoadmapPdf.h"
#include "domain/AcademicYear.h"
#include "services/EditFields.h"
#include "storage/RouteRepository.h"

#include <QSet>

namespace metodist {

namespace {

RoadmapStage *stageOf(Roadmap &roadmap, int number)
{
    return number >= 1 && number <= roadmap.stages.size() ? &roadmap.stages[number - 1] : nullptr;
}

const RoadmapActivity *findActivity(const Roadmap &roadmap, qint64 activityId)
{
    for (const RoadmapStage &stage : roadmap.stages)
        for (const RoadmapActivity &a : stage.activities)
            if (a.id == activityId)
                return &a;
    return nullptr;
}

} // namespace

Result<qint64> RoadmapService::create(qint64 methodistId, const QString &year)
{
    if (!AcademicYear::parse(year))
        return Status::failure(AcademicYear::formatError(year));
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    auto id = RoadmapWriter(m_db).create(methodistId, year);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Result<Roadmap> RoadmapService::get(qint64 methodistId, const QString &year) const
{
    auto id = RoadmapRepository(m_db).find(methodistId, year);
    if (!id)
        return id.status();
    if (id.value() == 0)
        return Status::failure(tr("The methodist has no roadmap for %1.").arg(year));
    return load(id.value());
}

Result<Roadmap> RoadmapService::load(qint64 roadmapId) const
{
    return RoadmapRepository(m_db).load(roadmapId);
}

Result<QList<RoadmapOverviewRow>> RoadmapService::overview(const QString &year) const
{
    return RoadmapRepository(m_db).overview(year);
}

Status RoadmapService::planStage(qint64 roadmapId, int number, const DateRange &planned)
{
    if (planned.start.isValid() && planned.end.isValid() && planned.end < planned.start)
        return Status::failure(tr("A stage cannot end before it starts."));
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    RoadmapStage *stage = stageOf(roadmap.value(), number);
    if (!stage)
        return Status::failure(RoadmapRules::tr("The roadmap has no stage %1.").arg(number));
    stage->planned = planned;
    return RoadmapWriter(m_db).saveStage(*stage);
}

Status RoadmapService::startStage(qint64 roadmapId, int number, const QDate &on)
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    RoadmapStage *stage = stageOf(roadmap.value(), number);
    if (!stage)
        return Status::failure(RoadmapRules::tr("The roadmap has no stage %1.").arg(number));
    if (stage->status != StageStatus::Planned)
        return Status::failure(tr("Stage %1 has already started.").arg(number));
    stage->status = StageStatus::InProgress;
    stage->actual.start = on;
    return RoadmapWriter(m_db).saveStage(*stage);
}

Status RoadmapService::closeStage(qint64 roadmapId, int number, const QDate &on, const QString &reason)
{
    if (!on.isValid())
        return Status::failure(tr("Give the date the stage is closed on."));
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    if (const QString problem = RoadmapRules::closeProblem(roadmap.value(), number, reason); !problem.isEmpty())
        return Status::failure(problem);
    RoadmapStage *stage = stageOf(roadmap.value(), number);
    stage->status = StageStatus::Closed;
    if (!stage->actual.start.isValid())
        stage->actual.start = stage->planned.start.isValid() && stage->planned.start <= on ? stage->planned.start : on;
    stage->actual.end = std::max(on, stage->actual.start);
    stage->closeReason = reason.trimmed();
    return RoadmapWriter(m_db).saveStage(*stage);
}

Status RoadmapService::reopenStage(qint64 roadmapId, int number)
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    if (const QString problem = RoadmapRules::reopenProblem(roadmap.value(), number); !problem.isEmpty())
        return Status::failure(problem);
    RoadmapStage *stage = stageOf(roadmap.value(), number);
    stage->status = StageStatus::InProgress;
    stage->actual.end = {};
    stage->closeReason.clear();
    return RoadmapWriter(m_db).saveStage(*stage);
}

Status RoadmapService::checkActivity(const Roadmap &roadmap, const RoadmapActivity &a) const
{
    if (a.title.trimmed().isEmpty())
        return Status::failure(tr("Name the activity."));
    if (a.startsOn.isValid() && a.dueOn.isValid() && a.dueOn < a.startsOn)
        return Status::failure(tr("The activity «%1» cannot be due before it starts.").arg(a.title.simplified()));
    if (a.teacherIds.isEmpty())
        return Status::success();
    auto assigned = RoadmapRepository(m_db).assignedTeachers(roadmap.methodistId, roadmap.academicYear);
    if (!assigned)
        return assigned.status();
    QSet<qint64> ids;
    for (const PersonRef &t : assigned.value())
        ids.insert(t.id);
    for (qint64 teacherId : a.teacherIds)
        if (!ids.contains(teacherId))
            return Status::failure(tr("Only teachers assigned to %1 in %2 can take part in the roadmap's activities.")
                                       .arg(roadmap.methodistName, roadmap.academicYear));
    return Status::success();
}

Result<qint64> RoadmapService::addActivity(qint64 roadmapId, int stageNumber, const RoadmapActivity &activity)
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    const RoadmapStage *stage = stageOf(roadmap.value(), stageNumber);
    if (!stage)
        return Status::failure(RoadmapRules::tr("The roadmap has no stage %1.").arg(stageNumber));
    if (Status checked = checkActivity(roadmap.value(), activity); !checked)
        return checked;
    RoadmapActivity a = activity;
    a.stageId = stage->id;
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    auto id = RoadmapWriter(m_db).insertActivity(a);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Status RoadmapService::updateActivity(qint64 roadmapId, const RoadmapActivity &activity)
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    if (!findActivity(roadmap.value(), activity.id))
        return Status::failure(tr("The activity is not in this roadmap."));
    if (Status checked = checkActivity(roadmap.value(), activity); !checked)
        return checked;
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    if (Status updated = RoadmapWriter(m_db).updateActivity(activity); !updated)
        return updated;
    return transaction.commit();
}

Result<SaveOutcome<RoadmapActivity>> RoadmapService::updateActivity(qint64 roadmapId, const RoadmapActivity &loaded,
                                                                    const RoadmapActivity &edited, SaveMode mode)
{
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    std::optional<Roadmap> roadmap;
    CheckedSave<RoadmapActivity> how;
    how.readStored = [&]() -> Result<std::optional<RoadmapActivity>> {
        auto read = load(roadmapId);
        if (!read)
            return read.status();
        roadmap = std::move(read).value();
        if (const RoadmapActivity *stored = findActivity(*roadmap, id))
            return std::optional<RoadmapActivity>(*stored);
        return std::optional<RoadmapActivity>();
    };
    how.fields = [&](const RoadmapActivity &a) { return fields.activity(a); };
    how.write = [&](const RoadmapActivity &completed, const std::optional<RoadmapActivity> &stored) -> Result<qint64> {
        if (Status checked = checkActivity(*roadmap, completed); !checked)
            return checked;
        RoadmapActivity a = completed;
        a.id = id;
        a.stageId = loaded.stageId;
        if (!stored) {
            // Back at the end of its stage, if the stage is still there.
            a.id = 0;
            a.position = 0;
            return RoadmapWriter(m_db).insertActivity(a);
        }
        // Not the editor's: as stored now.
        a.stageId = stored->stageId;
        a.position = stored->position;
        a.done = stored->done;
        a.doneOn = stored->doneOn;
        a.eventId = stored->eventId;
        if (Status updated = RoadmapWriter(m_db).updateActivity(a); !updated)
            return updated;
        return id;
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

Status RoadmapService::setActivityDone(qint64 roadmapId, qint64 activityId, bool done, const QDate &on)
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    const RoadmapActivity *found = findActivity(roadmap.value(), activityId);
    if (!found)
        return Status::failure(tr("The activity is not in this roadmap."));
    RoadmapActivity a = *found;
    a.done = done;
    a.doneOn = done ? on : QDate();
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    if (Status updated = RoadmapWriter(m_db).updateActivity(a); !updated)
        return updated;
    return transaction.commit();
}

Status RoadmapService::removeActivity(qint64 activityId)
{
    return RoadmapWriter(m_db).removeActivity(activityId);
}

Result<RoadmapSummary> RoadmapService::summary(qint64 roadmapId) const
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    const Roadmap &r = roadmap.value();
    RoadmapSummary s;
    s.academicYear = r.academicYear;
    s.methodistName = r.methodistName;
    s.conclusion = r.conclusion;
    s.nextYearPlans = r.nextYearPlans;
    auto assigned = RoadmapRepository(m_db).assignedTeachers(r.methodistId, r.academicYear);
    if (!assigned)
        return assigned.status();
    s.assignedTeachers = assigned.value();

    QSet<qint64> inDoneActivities;
    for (const RoadmapStage &stage : r.stages)
        for (const RoadmapActivity &a : stage.activities) {
            s.plannedActivityIds.append(a.id);
            if (!a.done)
                continue;
            s.doneActivityIds.append(a.id);
            for (qint64 teacherId : a.teacherIds)
                inDoneActivities.insert(teacherId);
        }
    for (const PersonRef &teacher : s.assignedTeachers)
        if (inDoneActivities.contains(teacher.id))
            s.coveredTeachers.append(teacher);

    RouteFilter filter;
    filter.academicYear = r.academicYear;
    filter.assignedToMethodistId = r.methodistId;
    auto routes = RouteRepository(m_db).rows(filter);
    if (!routes)
        return routes.status();
    s.routes = routes.value();
    for (const RouteRow &route : s.routes)
        if (route.progress.completed())
            s.completedRoutes.append(route);
    return s;
}

Status RoadmapService::saveConclusion(qint64 roadmapId, Conclusion conclusion, const QString &nextYearPlans)
{
    return RoadmapWriter(m_db).setConclusion(roadmapId, conclusion, nextYearPlans);
}

Status RoadmapService::exportPdf(qint64 roadmapId, const QString &path, const QDate &today) const
{
    auto roadmap = load(roadmapId);
    if (!roadmap)
        return roadmap.status();
    auto s = summary(roadmapId);
    if (!s)
        return s.status();
    return RoadmapPdf::write(roadmap.value(), s.value(), today, path);
}

} // namespace metodist
