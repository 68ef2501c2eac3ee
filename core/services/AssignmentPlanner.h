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
};

// The optimal automatic assignment. Teachers and methodists meet only within
// a subject; for each subject it solves a minimum-cost maximum flow over
// municipality groups (source → teachers of municipality m → methodists of m
// at cost 0, or through a hub to methodists of any municipality at cost 1 →
// sink with the remaining capacity). The flow is the largest number of
// teachers that subject and capacity allow, and its cost is the smallest
// number assigned outside their municipality among such plans. The group
// flows are then turned into people: local teachers go to the least loaded
// (by share of capacity) methodist of their municipality, the rest to the
// least loaded methodist of the subject with room, which keeps both optima
// and balances load. Everything is ordered by id, so the same data give the
// same plan.
class AssignmentPlanner
{
public:
    static AssignmentPlan plan(std::vector<PlanTeacher> teachers, std::vector<PlanMethodist> methodists,
                               Progress *progress = nullptr);
};

} // namespace metodist
