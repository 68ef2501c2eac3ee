#pragma once

#include "domain/Assignment.h"
#include "services/Progress.h"

#include <QtGlobal>
#include <vector>

namespace metodist {

struct PlannedAssignment
{
    qint64 teacherId = 0;
    qint64 methodistId = 0;
    bool sameMunicipality = false;
};

enum class UnassignedReason {
    NoSubject,           // the teacher's subject is not filled in
    NoMethodistOfSubject, // no active methodist teaches that subject
    CapacityExhausted,   // all methodists of the subject are at capacity
};

struct UnassignedTeacher
{
    qint64 teacherId = 0;
    UnassignedReason reason = UnassignedReason::CapacityExhausted;
};

struct MethodistLoad
{
    qint64 methodistId = 0;
    int capacity = 0;
    int before = 0;
    int added = 0;
};

struct AssignmentPlan
{
    std::vector<PlannedAssignment> assignments; // in teacher order
    std::vector<UnassignedTeacher> unassigned;  // in teacher order
    std::vector<MethodistLoad> loads;           // every methodist, in id order
    qint64 sameMunicipalityCount = 0;
    bool cancelled = false;
    bool tooLarge = false; // a subject too large for 64-bit costs: nothing was planned
};

// The optimal automatic assignment, in this order of criteria:
//  (a) the most teachers covered;
//  (b) then the most teachers of priority rank 1 covered, then of rank 2, …
//      (PlanTeacher::priority; a teacher counts in one rank, the first of hers);
//  (c) then the most teachers with a methodist of their own municipality;
//  (d) then balanced load, by share of capacity (below).
// Teachers and methodists meet only within a subject; for each subject it
// solves a minimum-cost maximum flow over groups of teachers (municipality
// and rank) and groups of methodists (municipality): source → teacher group
// → methodists of its municipality, or through a hub to methodists of any
// municipality → sink with the remaining capacity.
//
// (a) is the flow's value. (b) and (c) are its cost: covering a teacher of
// rank r costs 2(r − 1), one without a priority 2K (K: the largest rank among
// the subject's teachers), and the way through the hub 1 more. A step of 2
// between ranks is enough, whatever the numbers of teachers: two maximum
// flows differ by simple cycles in the residual graph of either; a simple
// cycle passes the source at most once, so it swaps at most one covered
// teacher for another, and the hub at most once, so it changes the number
// away from home by −1, 0 or +1. A flow that is not the best in (b), first
// behind at rank k, has such a cycle that covers a teacher of rank ≤ k
// instead of one of rank > k; its cost is at most −2 + 1 < 0, so the flow was
// not of minimum cost. All flows best in (b) cover the same numbers per rank,
// so among them the cost differs only by the number away from home: (c).
// Costs stay within 2K + 1 per edge, and the flow's cost within
// teachers × (2K + 1) × nodes; MinCostFlow::fits() checks it on the actual
// sizes (tooLarge when it would not fit; it takes far beyond a million
// teachers and a few thousand ranks).
//
// The group flows are then turned into people: within a group, teachers in
// id order; local teachers go to the least loaded (by share of capacity)
// methodist of their municipality, then the travelling ones to the least
// loaded methodist of the subject with room. That is (d): every methodist,
// when she got her last teacher, was the least loaded (ties: the smaller id)
// of those the teacher could go to without a loss in (a)–(c). Everything is
// ordered by id, so the same data give the same plan.
class AssignmentPlanner
{
public:
    static AssignmentPlan plan(std::vector<PlanTeacher> teachers, std::vector<PlanMethodist> methodists,
                               Progress *progress = nullptr);
};

} // namespace metodist
