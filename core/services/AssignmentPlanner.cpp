#include "services/AssignmentPlanner.h"

#include "services/MinCostFlow.h"

#include <algorithm>
#include <map>
#include <queue>

namespace metodist {

namespace {

// The methodists of one pool (a municipality, or the whole subject), least
// loaded first by share of capacity, then by id; full ones drop out.
class LeastLoaded
{
public:
    LeastLoaded(std::vector<MethodistLoad> &loads, const std::vector<int> &members) : m_loads(loads)
    {
        for (int index : members)
            if (room(index) > 0)
                m_heap.push(index);
    }

    bool empty() const { return m_heap.empty(); }

    // Takes one place and returns the methodist's index in loads.
    int take()
    {
        const int index = m_heap.top();
        m_heap.pop();
        ++m_loads[std::size_t(index)].added;
        if (room(index) > 0)
            m_heap.push(index);
        return index;
    }

private:
    int room(int index) const
    {
        const MethodistLoad &m = m_loads[std::size_t(index)];
        return m.capacity - m.before - m.added;
    }

    struct MoreLoaded
    {
        const std::vector<MethodistLoad> *loads;
        bool operator()(int a, int b) const
        {
            const MethodistLoad &x = (*loads)[std::size_t(a)];
            const MethodistLoad &y = (*loads)[std::size_t(b)];
            const qint64 lx = qint64(x.before + x.added) * y.capacity;
            const qint64 ly = qint64(y.before + y.added) * x.capacity;
            return lx != ly ? lx > ly : x.methodistId > y.methodistId;
        }
    };

    std::vector<MethodistLoad> &m_loads;
    std::priority_queue<int, std::vector<int>, MoreLoaded> m_heap{MoreLoaded{&m_loads}};
};

struct TeacherGroup
{
    qint64 municipalityId;
    std::size_t begin, end; // range in the sorted teachers
};

void markUnassigned(AssignmentPlan &plan, const std::vector<PlanTeacher> &teachers, std::size_t begin,
                    std::size_t end, UnassignedReason reason)
{
    for (std::size_t i = begin; i < end; ++i)
        plan.unassigned.push_back({teachers[i].id, reason});
}

// One subject: teachers[begin, end) sorted by municipality and id; members
// are the indexes in plan.loads of the subject's methodists, by id.
void planSubject(AssignmentPlan &plan, const std::vector<PlanTeacher> &teachers, std::size_t begin,
                 std::size_t end, const std::vector<int> &members, const std::vector<PlanMethodist> &methodists)
{
    std::vector<TeacherGroup> groups;
    for (std::size_t i = begin; i < end;) {
        std::size_t j = i;
        while (j < end && teachers[j].municipalityId == teachers[i].municipalityId)
            ++j;
        groups.push_back({teachers[i].municipalityId, i, j});
        i = j;
    }
    std::map<qint64, std::vector<int>> byMunicipality; // methodists' municipality → members
    for (int index : members)
        byMunicipality[methodists[std::size_t(index)].municipalityId].push_back(index);

    // Nodes: 0 source, 1 sink, 2 hub, then the teacher groups, then the methodist groups.
    const int source = 0, sink = 1, hub = 2;
    const int firstTeacherNode = 3;
    const int firstMethodistNode = firstTeacherNode + int(groups.size());
    MinCostFlow flow(firstMethodistNode + int(byMunicipality.size()));
    std::map<qint64, int> methodistNode;
    int node = firstMethodistNode;
    for (const auto &[municipality, list] : byMunicipality) {
        qint64 room = 0;
        for (int index : list) {
            const MethodistLoad &m = plan.loads[std::size_t(index)];
            room += std::max(0, m.capacity - m.before);
        }
        flow.addEdge(hub, node, room, 0);
        flow.addEdge(node, sink, room, 0);
        methodistNode[municipality] = node++;
    }
    std::vector<int> localEdge(groups.size(), -1), hubEdge(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const qint64 size = qint64(groups[g].end - groups[g].begin);
        const int teacherNode = firstTeacherNode + int(g);
        flow.addEdge(source, teacherNode, size, 0);
        if (auto found = methodistNode.find(groups[g].municipalityId);
            groups[g].municipalityId != 0 && found != methodistNode.end())
            localEdge[g] = flow.addEdge(teacherNode, found->second, size, 0);
        hubEdge[g] = flow.addEdge(teacherNode, hub, size, 1);
    }
    flow.solve(source, sink);

    // Local teachers first, so that the subject-wide pool sees the loads they leave.
    std::vector<const PlanTeacher *> travelling;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::size_t local = localEdge[g] >= 0 ? std::size_t(flow.flowOn(localEdge[g])) : 0;
        const std::size_t away = std::size_t(flow.flowOn(hubEdge[g]));
        std::size_t i = groups[g].begin;
        if (local > 0) {
            LeastLoaded pool(plan.loads, byMunicipality[groups[g].municipalityId]);
            for (std::size_t k = 0; k < local; ++k, ++i) {
                const int index = pool.take();
                plan.assignments.push_back({teachers[i].id, plan.loads[std::size_t(index)].methodistId, true});
            }
        }
        for (std::size_t k = 0; k < away; ++k, ++i)
            travelling.push_back(&teachers[i]);
        markUnassigned(plan, teachers, i, groups[g].end, UnassignedReason::CapacityExhausted);
    }
    std::sort(travelling.begin(), travelling.end(),
              [](const PlanTeacher *a, const PlanTeacher *b) { return a->id < b->id; });
    LeastLoaded pool(plan.loads, members);
    for (const PlanTeacher *teacher : travelling) {
        const int index = pool.take();
        const bool same = methodists[std::size_t(index)].municipalityId == teacher->municipalityId;
        plan.assignments.push_back({teacher->id, plan.loads[std::size_t(index)].methodistId, same});
    }
}

} // namespace

AssignmentPlan AssignmentPlanner::plan(std::vector<PlanTeacher> teachers, std::vector<PlanMethodist> methodists,
                                       Progress *progress)
{
    AssignmentPlan plan;
    std::sort(teachers.begin(), teachers.end(), [](const PlanTeacher &a, const PlanTeacher &b) {
        return std::tie(a.subjectId, a.municipalityId, a.id) < std::tie(b.subjectId, b.municipalityId, b.id);
    });
    teachers.erase(std::unique(teachers.begin(), teachers.end(),
                               [](const PlanTeacher &a, const PlanTeacher &b) { return a.id == b.id; }),
                   teachers.end());
    std::sort(methodists.begin(), methodists.end(),
              [](const PlanMethodist &a, const PlanMethodist &b) { return a.id < b.id; });
    std::map<qint64, std::vector<int>> bySubject;
    plan.loads.reserve(methodists.size());
    for (std::size_t i = 0; i < methodists.size(); ++i) {
        const PlanMethodist &m = methodists[i];
        plan.loads.push_back({m.id, m.capacity, m.load, 0});
        bySubject[m.subjectId].push_back(int(i));
    }
    plan.assignments.reserve(teachers.size());

    const qint64 total = qint64(teachers.size());
    for (std::size_t begin = 0; begin < teachers.size();) {
        if (progress) {
            progress->report(qint64(begin), total);
            if (progress->cancelled()) {
                plan.cancelled = true;
                return plan;
            }
        }
        std::size_t end = begin;
        while (end < teachers.size() && teachers[end].subjectId == teachers[begin].subjectId)
            ++end;
        const qint64 subject = teachers[begin].subjectId;
        const auto members = bySubject.find(subject);
        if (subject == 0)
            markUnassigned(plan, teachers, begin, end, UnassignedReason::NoSubject);
        else if (members == bySubject.end())
            markUnassigned(plan, teachers, begin, end, UnassignedReason::NoMethodistOfSubject);
        else
            planSubject(plan, teachers, begin, end, members->second, methodists);
        begin = end;
    }
    for (const PlannedAssignment &a : plan.assignments)
        plan.sameMunicipalityCount += a.sameMunicipality ? 1 : 0;
    const auto byTeacher = [](const auto &a, const auto &b) { return a.teacherId < b.teacherId; };
    std::sort(plan.assignments.begin(), plan.assignments.end(), byTeacher);
    std::sort(plan.unassigned.begin(), plan.unassigned.end(), byTeacher);
    if (progress)
        progress->report(total, total);
    return plan;
}

} // namespace metodist
