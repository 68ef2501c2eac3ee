#include "services/AssignmentPlanner.h"

#include "services/MinCostFlow.h"

#include <algorithm>
#include <limits>
#include <tuple>
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

// Teachers without a priority sort after every rank.
int rankKey(const PlanTeacher &teacher)
{
    return teacher.priority > 0 ? teacher.priority : std::numeric_limits<int>::max();
}

struct TeacherGroup
{
    qint64 municipalityId;
    int priority; // 0: none
    std::size_t begin, end; // range in the sorted teachers
};

void markUnassigned(AssignmentPlan &plan, const std::vector<PlanTeacher> &teachers, std::size_t begin,
                    std::size_t end, UnassignedReason reason)
{
    for (std::size_t i = begin; i < end; ++i)
        plan.unassigned.push_back({teachers[i].id, reason});
}

// The teachers [begin, end) of one subject, sorted by municipality, rank and id, in groups of one
// municipality and rank.
std::vector<TeacherGroup> groupsOf(const std::vector<PlanTeacher> &teachers, std::size_t begin, std::size_t end)
{
    std::vector<TeacherGroup> groups;
    for (std::size_t i = begin; i < end;) {
        std::size_t j = i;
        while (j < end && teachers[j].municipalityId == teachers[i].municipalityId
               && rankKey(teachers[j]) == rankKey(teachers[i]))
            ++j;
        groups.push_back({teachers[i].municipalityId, std::max(0, teachers[i].priority), i, j});
        i = j;
    }
    return groups;
}

// The flow network of one subject and the edges whose flows say how many of
// each teacher group stay at home, travel, or stay without a methodist.
class SubjectNetwork
{
public:
    SubjectNetwork(const std::vector<TeacherGroup> &groups, const std::map<qint64, std::vector<int>> &byMunicipality,
                   const std::vector<MethodistLoad> &loads)
        : m_flow(firstTeacherNode + int(groups.size() + byMunicipality.size()))
    {
        addMethodistGroups(firstTeacherNode + int(groups.size()), byMunicipality, loads);
        addTeacherGroups(groups);
    }

    // False, solving nothing, when the costs could overflow (see AssignmentPlanner).
    bool solve()
    {
        if (!MinCostFlow::fits(m_teachers, m_maxEdgeCost, m_flow.nodeCount()))
            return false;
        m_flow.solve(source, sink);
        return true;
    }

    std::size_t local(std::size_t group) const
    {
        return m_localEdge[group] >= 0 ? std::size_t(m_flow.flowOn(m_localEdge[group])) : 0;
    }
    std::size_t away(std::size_t group) const { return std::size_t(m_flow.flowOn(m_hubEdge[group])); }

private:
    // Nodes from firstNode on, one per municipality: from the hub, and to the
    // sink with the room left.
    void addMethodistGroups(int firstNode, const std::map<qint64, std::vector<int>> &byMunicipality,
                            const std::vector<MethodistLoad> &loads)
    {
        int node = firstNode;
        for (const auto &[municipality, members] : byMunicipality) {
            qint64 room = 0;
            for (int index : members) {
                const MethodistLoad &m = loads[std::size_t(index)];
                room += std::max(0, m.capacity - m.before);
            }
            m_flow.addEdge(hub, node, room, 0);
            m_flow.addEdge(node, sink, room, 0);
            m_methodistNode[municipality] = node++;
        }
    }

    // One node per group: from the source at the cost of its rank, to its
    // municipality's methodists, and to the hub at a cost of 1.
    void addTeacherGroups(const std::vector<TeacherGroup> &groups)
    {
        int lowestRank = 0;
        for (const TeacherGroup &group : groups)
            lowestRank = std::max(lowestRank, group.priority);
        m_maxEdgeCost = 2 * std::int64_t(lowestRank) + 1;
        m_localEdge.assign(groups.size(), -1);
        m_hubEdge.resize(groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const TeacherGroup &group = groups[g];
            const qint64 size = qint64(group.end - group.begin);
            const int teacherNode = firstTeacherNode + int(g);
            m_teachers += size;
            m_flow.addEdge(source, teacherNode, size, coverCost(group.priority, lowestRank));
            if (auto found = m_methodistNode.find(group.municipalityId);
                group.municipalityId != 0 && found != m_methodistNode.end())
                m_localEdge[g] = m_flow.addEdge(teacherNode, found->second, size, 0);
            m_hubEdge[g] = m_flow.addEdge(teacherNode, hub, size, 1);
        }
    }

    // Rank r costs 2(r − 1); no priority costs as a rank after the lowest.
    static std::int64_t coverCost(int priority, int lowestRank)
    {
        return 2 * std::int64_t(priority > 0 ? priority - 1 : lowestRank);
    }

    static constexpr int source = 0, sink = 1, hub = 2, firstTeacherNode = 3;
    MinCostFlow m_flow;
    std::map<qint64, int> m_methodistNode;
    std::vector<int> m_localEdge, m_hubEdge;
    qint64 m_teachers = 0;
    std::int64_t m_maxEdgeCost = 1;
};

// One subject: teachers[begin, end) sorted by municipality, rank and id;
// members are the indexes in plan.loads of the subject's methodists, by id.
// False when the subject is too large to solve.
bool planSubject(AssignmentPlan &plan, const std::vector<PlanTeacher> &teachers, std::size_t begin,
                 std::size_t end, const std::vector<int> &members, const std::vector<PlanMethodist> &methodists)
{
    const std::vector<TeacherGroup> groups = groupsOf(teachers, begin, end);
    std::map<qint64, std::vector<int>> byMunicipality; // methodists' municipality → members
    for (int index : members)
        byMunicipality[methodists[std::size_t(index)].municipalityId].push_back(index);
    SubjectNetwork network(groups, byMunicipality, plan.loads);
    if (!network.solve())
        return false;

    // Local teachers first, so that the subject-wide pool sees the loads they leave.
    std::vector<const PlanTeacher *> travelling;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::size_t local = network.local(g);
        const std::size_t away = network.away(g);
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
    return true;
}

} // namespace

AssignmentPlan AssignmentPlanner::plan(std::vector<PlanTeacher> teachers, std::vector<PlanMethodist> methodists,
                                       Progress *progress)
{
    AssignmentPlan plan;
    std::sort(teachers.begin(), teachers.end(), [](const PlanTeacher &a, const PlanTeacher &b) {
        return std::tuple(a.subjectId, a.municipalityId, rankKey(a), a.id)
            < std::tuple(b.subjectId, b.municipalityId, rankKey(b), b.id);
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
        else if (!planSubject(plan, teachers, begin, end, members->second, methodists)) {
            plan = AssignmentPlan();
            plan.tooLarge = true;
            return plan;
        }
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
