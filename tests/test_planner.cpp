#include <catch2/catch.hpp>

#include "domain/PriorityOrder.h"
#include "services/AssignmentPlanner.h"
#include "services/MinCostFlow.h"

#include <QHash>
#include <algorithm>
#include <functional>
#include <limits>
#include <random>

using namespace metodist;

namespace {

// A plan's score in the order of criteria, compared lexicographically: the
// number assigned, then the number covered of each priority rank (1 first),
// then the number in their own municipality.
using Score = std::vector<qint64>;

// The best score by exhaustive search: every teacher goes to nobody or to
// any methodist of the same subject with room. rankOf gives each teacher's
// rank (1 first, 0 none), ranks how many there are. Independent of the flow
// model on purpose.
Score bruteForce(const std::vector<PlanTeacher> &teachers, const std::vector<PlanMethodist> &methodists,
                 const std::vector<int> &rankOf = {}, int ranks = 0)
{
    std::vector<int> room;
    for (const PlanMethodist &m : methodists)
        room.push_back(std::max(0, m.capacity - m.load));
    const std::size_t localAt = std::size_t(ranks) + 1;
    Score best(localAt + 1, -1);
    std::function<void(std::size_t, Score &)> search = [&](std::size_t i, Score &score) {
        if (i == teachers.size()) {
            best = std::max(best, score);
            return;
        }
        search(i + 1, score);
        const int rank = rankOf.empty() ? 0 : rankOf[i];
        for (std::size_t j = 0; j < methodists.size(); ++j) {
            if (methodists[j].subjectId != teachers[i].subjectId || room[j] == 0 || teachers[i].subjectId == 0)
                continue;
            const bool local = methodists[j].municipalityId == teachers[i].municipalityId
                && teachers[i].municipalityId != 0;
            --room[j];
            ++score[0];
            if (rank > 0)
                ++score[std::size_t(rank)];
            score[localAt] += local ? 1 : 0;
            search(i + 1, score);
            score[localAt] -= local ? 1 : 0;
            if (rank > 0)
                --score[std::size_t(rank)];
            --score[0];
            ++room[j];
        }
    };
    Score start(localAt + 1, 0);
    search(0, start);
    return best;
}

// The planner's score, counted the same way.
Score scoreOf(const std::vector<PlanTeacher> &teachers, const AssignmentPlan &plan,
              const std::vector<int> &rankOf = {}, int ranks = 0)
{
    Score score(std::size_t(ranks) + 2, 0);
    score[0] = qint64(plan.assignments.size());
    for (const PlannedAssignment &a : plan.assignments) {
        for (std::size_t i = 0; i < teachers.size(); ++i)
            if (teachers[i].id == a.teacherId && !rankOf.empty() && rankOf[i] > 0)
                ++score[std::size_t(rankOf[i])];
    }
    score.back() = plan.sameMunicipalityCount;
    return score;
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

// Criterion (d) as the planner defines it: a methodist who got teachers was,
// when she got her last one, the least loaded by share of capacity (ties: the
// smaller id) of the methodists that teacher could go to without a loss in
// (a)–(c) — those of the subject with room; for a teacher kept at home, those
// of her municipality. Teachers at home are placed before travelling ones and
// loads only grow, so it shows in the end state: (load X − 1) / capacity X ≤
// load Y / capacity Y, an equality only when X has the smaller id.
void checkBalance(const std::vector<PlanMethodist> &methodists, const AssignmentPlan &plan)
{
    QHash<qint64, PlanMethodist> byId;
    for (const PlanMethodist &m : methodists)
        byId.insert(m.id, m);
    QSet<qint64> gotTravellers;
    for (const PlannedAssignment &a : plan.assignments)
        if (!a.sameMunicipality)
            gotTravellers.insert(a.methodistId);
    for (const MethodistLoad &x : plan.loads) {
        if (x.added == 0)
            continue;
        const PlanMethodist &mx = byId[x.methodistId];
        for (const MethodistLoad &y : plan.loads) {
            const PlanMethodist &my = byId[y.methodistId];
            if (y.methodistId == x.methodistId || my.subjectId != mx.subjectId
                || y.capacity - y.before - y.added <= 0
                || (!gotTravellers.contains(x.methodistId) && my.municipalityId != mx.municipalityId))
                continue;
            const qint64 xShare = qint64(x.before + x.added - 1) * y.capacity;
            const qint64 yShare = qint64(y.before + y.added) * x.capacity;
            INFO("methodist " << x.methodistId << " (" << x.before << " + " << x.added << " / " << x.capacity
                              << ") against " << y.methodistId << " (" << y.before << " + " << y.added << " / "
                              << y.capacity << ")");
            REQUIRE((xShare < yShare || (xShare == yShare && x.methodistId < y.methodistId)));
        }
    }
}

const QStringList categoryCodes{QStringLiteral("low_results"), QStringLiteral("professional_difficulties"),
                                QStringLiteral("young_specialists"), QStringLiteral("burnout")};

// The shipped order, none, or a random one: some of the codes (the school
// flag among them) shuffled into ranks of one or more.
PriorityOrder randomOrder(std::mt19937 &random)
{
    const auto pick = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    const int kind = pick(0, 4);
    if (kind == 0)
        return PriorityOrder::shipped();
    if (kind == 1)
        return {};
    QStringList codes = categoryCodes;
    codes << PriorityOrder::lowResultSchoolCode();
    std::shuffle(codes.begin(), codes.end(), random);
    codes = codes.mid(0, pick(1, int(codes.size())));
    QList<QStringList> ranks;
    for (const QString &code : codes) {
        if (ranks.isEmpty() || pick(0, 2) == 0)
            ranks.append(QStringList());
        ranks.last() << code;
    }
    return PriorityOrder::fromRanks(ranks).value();
}

// A teacher's rank read straight off the order, apart from PriorityRanks.
int rankByHand(const PriorityOrder &order, const QStringList &codes, bool atLowResultSchool)
{
    for (int r = 0; r < order.ranks().size(); ++r)
        for (const QString &code : order.ranks()[r])
            if (codes.contains(code) || (atLowResultSchool && code == PriorityOrder::lowResultSchoolCode()))
                return r + 1;
    return 0;
}

// Teachers with support categories and schools with or without low results,
// short of capacity more often than not; the planner gets ranks as the
// service makes them (PriorityRanks), the brute force ranks by hand.
struct PriorityCase
{
    RandomCase people;
    PriorityOrder order;
    std::vector<int> rankByHand;
};

PriorityCase randomPriorityCase(std::mt19937 &random)
{
    const auto pick = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    PriorityCase c;
    c.order = randomOrder(random);
    QHash<QString, qint64> idByCode;
    for (int i = 0; i < categoryCodes.size(); ++i)
        idByCode.insert(categoryCodes[i], 50 + i);
    const PriorityRanks ranks = PriorityRanks::resolve(c.order, idByCode);
    c.people = randomCase(random, 8, 4, 2);
    for (PlanTeacher &t : c.people.teachers) {
        if (pick(0, 9) == 0)
            t.subjectId = 0;
        QStringList codes;
        QList<qint64> ids;
        for (const QString &code : categoryCodes)
            if (pick(0, 3) == 0) {
                codes << code;
                ids << idByCode.value(code);
            }
        const bool atLowResultSchool = pick(0, 3) == 0;
        t.priority = ranks.rankOf(ids, atLowResultSchool);
        c.rankByHand.push_back(rankByHand(c.order, codes, atLowResultSchool));
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
        REQUIRE(scoreOf(c.teachers, plan) == bruteForce(c.teachers, c.methodists));
        checkBalance(c.methodists, plan);
    }
}

TEST_CASE("planner: reaches the brute-force optimum with priority categories on small random cases", "[planner]")
{
    std::mt19937 random(20260117);
    int short_ = 0;
    for (int round = 0; round < 2000; ++round) {
        const PriorityCase c = randomPriorityCase(random);
        const RandomCase &p = c.people;
        const AssignmentPlan plan = AssignmentPlanner::plan(p.teachers, p.methodists);
        INFO("round " << round << ", " << p.teachers.size() << " teachers, " << p.methodists.size()
                      << " methodists, order «" << c.order.toText().toStdString() << "»");
        checkValid(p.teachers, p.methodists, plan);
        const int ranks = int(c.order.ranks().size());
        const Score best = bruteForce(p.teachers, p.methodists, c.rankByHand, ranks);
        REQUIRE(scoreOf(p.teachers, plan, c.rankByHand, ranks) == best);
        checkBalance(p.methodists, plan);
        short_ += plan.unassigned.empty() ? 0 : 1;
    }
    // The cases are meant to be short of capacity, where the order matters.
    CHECK(short_ > 1000);
}

TEST_CASE("planner: valid and deterministic on larger random cases", "[planner]")
{
    std::mt19937 random(7);
    for (int round = 0; round < 20; ++round) {
        RandomCase c = randomCase(random, 3000, 60, 80);
        for (PlanTeacher &t : c.teachers)
            t.priority = std::uniform_int_distribution<int>(0, 3)(random);
        const AssignmentPlan first = AssignmentPlanner::plan(c.teachers, c.methodists);
        checkValid(c.teachers, c.methodists, first);
        checkBalance(c.methodists, first);
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

TEST_CASE("planner: covers priority teachers first when places are short", "[planner]")
{
    // One place, four teachers of ranks 3, none, 2 and 1 in one municipality.
    const std::vector<PlanTeacher> teachers{{1, 5, 1, 3}, {2, 5, 1, 0}, {3, 5, 1, 2}, {4, 5, 1, 1}};
    AssignmentPlan plan = AssignmentPlanner::plan(teachers, {{10, 5, 1, 1, 0}});
    REQUIRE(plan.assignments.size() == 1);
    CHECK(plan.assignments[0].teacherId == 4);
    // Two places: ranks 1 and 2.
    plan = AssignmentPlanner::plan(teachers, {{10, 5, 1, 2, 0}});
    REQUIRE(plan.assignments.size() == 2);
    CHECK(plan.assignments[0].teacherId == 3);
    CHECK(plan.assignments[1].teacherId == 4);
}

TEST_CASE("planner: a priority teacher away from home comes before one at home without", "[planner]")
{
    // The only place is in municipality 1; the teacher of municipality 2 has rank 1.
    const std::vector<PlanTeacher> teachers{{1, 5, 1, 0}, {2, 5, 2, 1}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, {{10, 5, 1, 1, 0}});
    REQUIRE(plan.assignments.size() == 1);
    CHECK(plan.assignments[0].teacherId == 2);
    CHECK(plan.sameMunicipalityCount == 0);
}

TEST_CASE("planner: among priority teachers of one rank, the own municipality still counts", "[planner]")
{
    // Two places, one in each municipality; three rank-1 teachers, two of them
    // in municipality 1. Both places are used, both at home.
    const std::vector<PlanTeacher> teachers{{1, 5, 1, 1}, {2, 5, 1, 1}, {3, 5, 2, 1}, {4, 5, 2, 0}};
    const AssignmentPlan plan = AssignmentPlanner::plan(teachers, {{10, 5, 1, 1, 0}, {11, 5, 2, 1, 0}});
    REQUIRE(plan.assignments.size() == 2);
    CHECK(plan.sameMunicipalityCount == 2);
    CHECK(plan.assignments[0].teacherId == 1);
    CHECK(plan.assignments[1].teacherId == 3);
}

TEST_CASE("min-cost flow: the overflow bound is checked on the sizes", "[planner]")
{
    constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
    // A federal plan: a million teachers of one subject, 3 000 municipality
    // groups of teachers per rank and 3 000 of methodists, 30 ranks.
    CHECK(MinCostFlow::fits(1000000, 2 * 30 + 1, 4 * 3000 + 3000 + 3));
    CHECK_FALSE(MinCostFlow::fits(most / 2, 1, 10));
    CHECK_FALSE(MinCostFlow::fits(1, most / 2, 10));
    CHECK_FALSE(MinCostFlow::fits(1 << 22, 1 << 22, 1 << 22));
}

TEST_CASE("priority order: kept as text, ranks of codes and of teachers", "[planner]")
{
    const PriorityOrder shipped = PriorityOrder::shipped();
    CHECK(shipped.toText() == QStringLiteral("low_results+school_low_results,professional_difficulties,young_specialists"));
    CHECK(PriorityOrder::parse(shipped.toText()).value() == shipped);
    CHECK(PriorityOrder::parse(QStringLiteral(" low_results + school_low_results , young_specialists ")).value()
          == PriorityOrder::fromRanks({{QStringLiteral("low_results"), QStringLiteral("school_low_results")},
                                       {QStringLiteral("young_specialists")}})
                 .value());
    CHECK(PriorityOrder::parse(QString()).value().isEmpty());
    CHECK_FALSE(PriorityOrder::parse(QStringLiteral("low_results,,young_specialists")).ok());
    CHECK_FALSE(PriorityOrder::parse(QStringLiteral("low_results+")).ok());
    CHECK_FALSE(PriorityOrder::parse(QStringLiteral("low_results,young_specialists+low_results")).ok());
    CHECK(shipped.rankOf(QStringLiteral("school_low_results")) == 1);
    CHECK(shipped.rankOf(QStringLiteral("young_specialists")) == 3);
    CHECK(shipped.rankOf(QStringLiteral("burnout")) == 0);

    const PriorityRanks ranks = PriorityRanks::resolve(
        shipped, {{QStringLiteral("low_results"), 7}, {QStringLiteral("young_specialists"), 9}});
    CHECK(ranks.lowResultSchool == 1);
    CHECK(ranks.rankOf({9}, false) == 3);
    CHECK(ranks.rankOf({9}, true) == 1);
    CHECK(ranks.rankOf({9, 7}, false) == 1);
    CHECK(ranks.rankOf({4}, false) == 0); // a category the order does not name
}
