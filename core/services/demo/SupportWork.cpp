#include "services/demo/SupportWork.h"

#include "domain/AcademicYear.h"
#include "services/AssignmentService.h"
#include "storage/AssignmentRepository.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace metodist::demo {

SupportWork::SupportWork(Database &db, const DemoOptions &options, const QDate &today, const Dictionaries &dict,
                         const DemoPopulation &people, DemoSummary &summary, Progress *progress, qint64 done,
                         qint64 total)
    : teachers(people.teachers),
      methodists(people.methodists),
      schools(people.schools),
      m_db(db),
      m_options(options),
      m_random(options.seed ^ 0x5eedu),
      m_today(today),
      m_dict(dict),
      m_summary(summary),
      m_progress(progress),
      m_done(done),
      m_total(total)
{
    const AcademicYear year = AcademicYear::containing(today);
    m_year = year.text();
    m_yearStart = year.firstDay();
    m_firstYear = year.firstYear();
}

Status SupportWork::run()
{
    m_summary.academicYear = m_year;
    for (const auto &step : {&SupportWork::addEvents, &SupportWork::addCatalogue, &SupportWork::assign,
                             &SupportWork::addRoadmaps, &SupportWork::addRoutes, &SupportWork::addWorkLog})
        if (Status status = (this->*step)(); !status)
            return status;
    return Status::success();
}

Status SupportWork::tick(qint64 units)
{
    m_done += units;
    if (!m_progress)
        return Status::success();
    if (m_done - m_reported >= 2000 || m_done >= m_total) {
        m_reported = m_done;
        m_progress->report(m_done, m_total);
    }
    if (m_progress->cancelled())
        return Status::failure(tr("The generation was cancelled; the database was not changed."));
    return Status::success();
}

// Every teacher the methodists can take, by the planner, from 1 September.
Status SupportWork::assign()
{
    auto plan = AssignmentService(m_db).plan({m_year, 0, 0});
    if (!plan)
        return plan.status();
    QHash<qint64, int> teacherIndex;
    teacherIndex.reserve(qsizetype(teachers.size()));
    for (size_t i = 0; i < teachers.size(); ++i)
        teacherIndex.insert(teachers[i].id, int(i));
    QHash<qint64, int> methodistIndex;
    for (size_t i = 0; i < methodists.size(); ++i)
        methodistIndex.insert(methodists[i].id, int(i));
    m_methodistOf.assign(teachers.size(), -1);
    m_teachersOf.assign(methodists.size(), {});
    std::vector<std::pair<qint64, qint64>> pairs;
    pairs.reserve(plan->plan.assignments.size());
    for (const PlannedAssignment &a : plan->plan.assignments) {
        const int t = teacherIndex.value(a.teacherId, -1);
        const int m = methodistIndex.value(a.methodistId, -1);
        if (t < 0 || m < 0)
            continue; // people already in the file before the demonstration
        pairs.emplace_back(a.teacherId, a.methodistId);
        m_methodistOf[size_t(t)] = m;
        m_teachersOf[size_t(m)].push_back(t);
    }
    // Past the limit (a federal-scale database) the detailed work goes to
    // every n-th methodist's group, spread over the region like the rest.
    const qint64 limit = std::max(1, m_options.detailedTeachers);
    const size_t step = size_t(std::max<qint64>(1, (qint64(pairs.size()) + limit - 1) / limit));
    m_detailed.assign(methodists.size(), false);
    for (size_t m = 0; m < methodists.size(); m += step)
        m_detailed[m] = true;
    if (Status status = tick(qint64(teachers.size()) / 4); !status)
        return status;
    if (pairs.empty())
        return Status::success();
    AssignmentWriter assignments(m_db);
    auto run = assignments.insertPlanningRun(m_year, qint64(pairs.size()),
                                             qint64(plan->plan.unassigned.size()));
    if (!run)
        return run.status();
    if (Status written = assignments.insertPlanned(pairs, m_year, 0, m_yearStart, run.value()); !written)
        return written;
    m_summary.assignments = int(pairs.size());
    return tick(qint64(teachers.size()) / 4);
}

// The teacher's methodist when the detailed support work covers the
// group, else -1.
int SupportWork::detailedMethodistOf(size_t teacher) const
{
    const int m = m_methodistOf.empty() ? -1 : m_methodistOf[teacher];
    return m >= 0 && m_detailed[size_t(m)] ? m : -1;
}

} // namespace metodist::demo
