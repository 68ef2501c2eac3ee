#pragma once

#include "Status.h"
#include "domain/Assignment.h"
#include "domain/PriorityOrder.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <functional>
#include <vector>

namespace metodist {

class AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRepository)

public:
    explicit AssignmentRepository(const Database &db) : m_db(db) {}

    // The teacher's active assignment that year, if any.
    Result<std::optional<Assignment>> active(qint64 teacherId, const QString &academicYear) const;
    // Active teachers per methodist that year.
    Result<int> load(qint64 methodistId, const QString &academicYear) const;

    Result<qint64> count(const AssignmentFilter &filter) const;
    // Rows by methodist name, then teacher name (active ones), or by start
    // date (a teacher's history); the callback returns false to stop.
    Status forEach(const AssignmentFilter &filter, const std::function<bool(const AssignmentRow &)> &visit) const;
    Result<QList<AssignmentRow>> list(const AssignmentFilter &filter) const;

    // Planning input: teachers without an active assignment that year,
    // optionally of one support category and one municipality, each with
    // her rank in the order of assignment.
    Result<std::vector<PlanTeacher>> candidates(const QString &academicYear, qint64 supportCategoryId,
                                                qint64 municipalityId, const PriorityRanks &ranks = {},
                                                Progress *progress = nullptr) const;
    // Active methodists with their load that year.
    Result<std::vector<PlanMethodist>> planningMethodists(const QString &academicYear) const;

protected:
    const Database &m_db;

private:
    // Sets each teacher's rank from her support categories.
    Status rankByCategory(std::vector<PlanTeacher> &teachers, const PriorityRanks &ranks) const;
};

// The writing half of AssignmentRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class AssignmentWriter : public AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentWriter)

public:
    explicit AssignmentWriter(Database &db) : AssignmentRepository(db) {}

    // Stores an assignment as it is; the caller ends the previous one first
    // (a second active assignment for the teacher and year is refused).
    Result<qint64> insert(const Assignment &assignment);
    Status end(qint64 id, const QDate &on, const QString &reason);
    // Writes a planning run's assignments, many rows per statement (a
    // million rows is the federal case). Without a category each teacher's
    // first support category is the reason. The caller holds the transaction.
    Status insertPlanned(const std::vector<std::pair<qint64, qint64>> &teacherAndMethodist,
                         const QString &academicYear, qint64 supportCategoryId, const QDate &startedOn,
                         qint64 planningRunId, Progress *progress = nullptr);
    Result<qint64> insertPlanningRun(const QString &academicYear, qint64 assigned, qint64 unassigned);
    // Puts the selected assignments under an order; returns how many.
    Result<qint64> attachToOrder(qint64 orderId, const AssignmentFilter &selection);
    Result<qint64> attachToOrder(qint64 orderId, const QList<qint64> &assignmentIds);
};

} // namespace metodist
