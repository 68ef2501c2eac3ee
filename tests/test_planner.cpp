#include <catch2/catch.hpp>

#include "services/AssignmentPlanner.h"
#include "services/MinCostFlow.h"

#include <QHash>
#include <algorithm>
#include <functional>
#include <random>

using namespace metodist;

namespace {

struct Score
{
    qint64 assigned = 0;
    qint64 local = 0;
};

// The best plan by exhaustive search: every teacher goes to nobody or to
// any methodist of the same subject with room. Maximises the number
// assigned, then the number in their own municipality. Independent of the
// flow model on purpose.
Score bruteForce(const std::vector<PlanTeacher> &teachers, const std::vector<PlanMethodist> &methodists)
{
    std::vector<int> room;
    for (const PlanMethodist &m : methodists)
        room.push_back(std::max(0, m.capacity - m.load));
    Score best;
    std::function<void(std::size_t, Score)> search = [&](std::size_t i, Score score) {
        if (i == teachers.size()) {
            if (score.assigned > best.assigned || (score.assigned == best.assigned && score.local > best.local))
                best = score;
            return;
        }
        search(i + 1, score);
        for (std::size_t j = 0; j < methodists.size(); ++j) {
            if (methodists[j].subjectId != teachers[i].subjectId || room[j] == 0 || teachers[i].subjectId == 0)
                continue;
            --room[j];
            Score next = score;
            ++next.assigned;
            if (methodists[j].municipalityId == teachers[i].municipalityId && teachers[i].municipalityId != 0)
                ++next.local;
            search(i + 1, next);
            ++room[j];
        }
    };
    search(0, {});
    return best;
}

// Capacity and subject are never violated; every teacher is either assigned
// once or reported unassigned; the local flags tell the truth.
void checkValid(const std::vector<PlanTeacher> &teachers, const std::vector<PlanMethodist> &methodists,
                const AssignmentPlan &plan)
{
    QHash<qint64, PlanTeacher> teacherById;
    for (const PlanTeacher &t : teachers)
        teacherById.insert(t.id, t);
    QHash<qint64, PlanMethodist> methodistById;
    for (const PlanMethodist &m : methodists)
        methodistById.insert(m.id, m);
    QHash<qint64, int> added;
    QSet<qint64> seen;
    for (const PlannedAssignment &a : plan.assignments) {
        REQUIRE(teacherById.contains(a.teacherId));
        REQUIRE(methodistById.contains(a.methodistId));
        const PlanTeacher &t = teacherById[a.teacherId];
        const PlanMethodist &m = methodistById[a.methodistId];
        REQUIRE(t.subjectId == m.subjectId);
        REQUIRE(a.sameMunicipality == (t.municipalityId == m.municipalityId));
        REQUIRE_FALSE(seen.contains(a.teacherId));
        seen.insert(a.teacherId);
        ++added[a.methodistId];
    }
    for (const UnassignedTeacher &u : plan.unassigned) {
        REQUIRE_FALSE(seen.contains(u.teacherId));
        seen.insert(u.teacherId);
    }
    REQUIRE(seen.size() == qsizetype(teachers.size()));
    for (const PlanMethodist &m : methodists)
        REQUIRE(m.load + added.value(m.id) <= std::max(m.capacity, m.load));
    for (const MethodistLoad &load : plan.loads)
        REQUIRE(load.added == added.value(load.methodistId));
}

struct RandomCase
{
    std::vector<PlanTeacher> teachers;
    std::vector<PlanMethodist> methodists;
};

RandomCase randomCase(std::mt19937 &random, int maxTeachers, int maxMethodists, int maxCapacity)
{
    RandomCase c;
    const auto pick = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    const int teacherCount = pick(0, maxTeachers);
    const int methodistCount = pick(0, maxMethodists);
    for (int i = 0; i < teacherCount; ++i)
        c.teachers.push_back({i + 1, pick(0, 2), pick(0, 3)}); // subject 0 / municipality 0: unknown
    for (int j = 0; j < methodistCount; ++j) {
        const int capacity = pick(1, maxCapacity);
        c.methodists.push_back({100 + j, pick(1, 2), pick(1, 3), capacity, pick(0, capacity)});
    }
    return c;
}

} // namespace

TEST_CASE("min-cost flow: the classic small network", "[planner]")
{
    // Two paths to the sink: a cheap narrow one and a dear wide one.
    MinCostFlow flow(4);
    const int sa = flow.addEdge(0, 1, 4, 1);
    const int sb = flow.addEdge(0, 2, 2, 5);
    flow.addEdge(1, 3, 2, 1);
    flow.addEdge(1, 2, 3, 0);
    flow.addEdge(2, 3, 5, 1);
    const auto outcome = flow.solve(0, 3);
    CHECK(outcome.flow == 6);
    // 2 via 0-1-3 (cost 2 each), 2 via 0-1-2-3 (cost 2 each), 2 via 0-2-3 (cost 6 each).
    CHECK(outcome.cost == 2 * 2 + 2 * 2 + 2 * 6);
    CHECK(flow.flowOn(sa) == 4);
    CHECK(flow.flowOn(sb) == 2);
}

TEST_CASE("planner: reaches the brute-force optimum on small random cases", "[planner]")
{
    std::mt19937 random(20251123);
    for (int round = 0; round < 400; ++round) {
        const RandomCase c = randomCase(random, 7, 4, 3);
        const AssignmentPlan plan = AssignmentPlanner::plan(c.teachers, c.methodists);
        INFO("round " << round << ", " << c.teachers.size() << " teachers, " << c.methodists.size() << " methodists");
        checkValid(c.teachers, c.methodists, plan);
        const Score best = bruteForce(c.teachers, c.methodists);
        REQUIRE(qint64(plan.assignments.size()) == best.assigned);
        REQUIRE(plan.sameMunicipalityCount == best.local);
    }
}

TEST_CASE("planner: valid and deterministic on larger random cases", "[planner]")
{
    std::mt19937 random(7);
    for (int round = 0; round < 20; ++round) {
        RandomCase c = randomCase(random, 3000, 60, 80);
        const AssignmentPlan first = AssignmentPlanner::plan(c.teachers, c.methodists);
        checkValid(c.teachers, c.methodists, first);
        // The same data in another order give the same plan.
        std::shuffle(c.teachers.begin(), c.teachers.end(), random);
        std::shuffle(c.methodists.begin(), c.methodists.end(), random);
        const AssignmentPlan second = AssignmentPlanner::plan(c.teachers, c.methodists);
        REQUIRE(first.assignments.size() == second.assignments.size());
        for (std::size_t i = 0; i < first.assignments.size(); ++i) {
            REQUIRE(first.assignments[i].teacherId == second.assignments[i].teacherId);
            REQUIRE(first.assignments[i].methodistId == second.assignments[i].methodistId);
        }
    }
}

TEST_CASE("planner: prefers the teacher's own municipality where a greedy pass would not", "[planner]")
{
    // Taken in id order, a greedy pass gives teacher 1 (municipality 1) the
    // only methodist with room in municipality 2, and teacher 2 (of
    // municipality 2) has to travel. The optimum keeps both at home.
    const std::vector<PlanTeacher> teachers{{1, 5, 1}, {2, 5, 2}};
    const std::vector<PlanMethodist> methodists{{10, 5, 2, 1, 0}, {11, 5, 1, 1, 0}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
    REQUIRE(plan.assignments.size() == 2);
    CHECK(plan.sameMunicipalityCount == 2);
    CHECK(plan.assignments[0].methodistId == 11);
    CHECK(plan.assignments[1].methodistId == 10);
}

TEST_CASE("planner: fills capacity elsewhere rather than leave a teacher out", "[planner]")
{
    // Municipality 1 has three teachers and one place; municipality 2 has
    // a methodist with two places and nobody to support.
    const std::vector<PlanTeacher> teachers{{1, 5, 1}, {2, 5, 1}, {3, 5, 1}};
    const std::vector<PlanMethodist> methodists{{10, 5, 1, 1, 0}, {11, 5, 2, 2, 0}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
    CHECK(plan.assignments.size() == 3);
    CHECK(plan.sameMunicipalityCount == 1);
    CHECK(plan.unassigned.empty());
}

TEST_CASE("planner: balances load by share of capacity", "[planner]")
{
    std::vector<PlanTeacher> teachers;
    for (int i = 1; i <= 30; ++i)
        teachers.push_back({i, 5, 1});
    // Same municipality: one with 60 places and 20 teachers, one with 30 places and none.
    const std::vector<PlanMethodist> methodists{{10, 5, 1, 60, 20}, {11, 5, 1, 30, 0}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
    REQUIRE(plan.assignments.size() == 30);
    const auto after = [&plan](qint64 id) {
        for (const MethodistLoad &load : plan.loads)
            if (load.methodistId == id)
                return load.before + load.added;
        return -1;
    };
    // 50 teachers over 90 places: 60 × 5/9 = 33.3 and 30 × 5/9 = 16.7.
    CHECK(after(10) == 33);
    CHECK(after(11) == 17);
}

TEST_CASE("planner: says why a teacher stays without a methodist", "[planner]")
{
    const std::vector<PlanTeacher> teachers{{1, 0, 1}, {2, 7, 1}, {3, 5, 1}, {4, 5, 2}};
    const std::vector<PlanMethodist> methodists{{10, 5, 1, 1, 0}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
    REQUIRE(plan.assignments.size() == 1);
    CHECK(plan.assignments[0].teacherId == 3);
    REQUIRE(plan.unassigned.size() == 3);
    CHECK(plan.unassigned[0].reason == UnassignedReason::NoSubject);
    CHECK(plan.unassigned[1].reason == UnassignedReason::NoMethodistOfSubject);
    CHECK(plan.unassigned[2].reason == UnassignedReason::CapacityExhausted);
    CHECK(plan.unassigned[2].teacherId == 4);
}

TEST_CASE("planner: a methodist already over capacity takes nobody", "[planner]")
{
    const std::vector<PlanTeacher> teachers{{1, 5, 1}};
    const std::vector<PlanMethodist> methodists{{10, 5, 1, 60, 61}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
    CHECK(plan.assignments.empty());
    REQUIRE(plan.unassigned.size() == 1);
    CHECK(plan.unassigned[0].reason == UnassignedReason::CapacityExhausted);
}
