#pragma once

#include "Status.h"
#include "domain/PriorityOrder.h"
#include "services/AssignmentPlanner.h"
#include "services/PriorityService.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace metodist {

// Teachers assigned by hand to one methodist.
struct ManualAssignment
{
    QList<qint64> teacherIds;
    qint64 methodistId = 0;
    QString academicYear;
    qint64 supportCategoryId = 0; // 0: each teacher's first support category
    QDate startedOn;              // null: today
    QString overrideReason;       // required when check() finds warnings
};

// What the user should know before a manual assignment.
struct AssignmentCheck
{
    QStringList warnings;   // need a reason to override
    int reassigned = 0;     // teachers who will leave another methodist
    int alreadyAssigned = 0; // teachers who already have this methodist
};

struct PlanRequest
{
    QString academicYear;
    qint64 supportCategoryId = 0; // 0: every teacher
    qint64 municipalityId = 0;    // 0: every municipality
    // Methodists who do not meet the РМА requirements get teachers too; by
    // default the automatic plan leaves them out (the order of assignment).
    bool includeIneligible = false;
};

// A computed plan with what it was computed from.
struct PlanResult
{
    PlanRequest request;
    AssignmentPlan plan;
    std::vector<PlanTeacher> teachers; // by id, each with her rank in priority
    PriorityOrder priority;            // the order of assignment it followed
    QList<qint64> leftOut;             // methodists left out for the РМА requirements, by id
};

// The preview of a plan in words.
struct PlanReport
{
    struct Gap
    {
        QString subject;      // empty for NoSubject
        QString municipality;
        UnassignedReason reason;
        qint64 count = 0;
    };
    // Teachers of one rank of the order of assignment: how many wait, how many get a methodist.
    struct Priority
    {
        int rank = 0; // 1 first
        QStringList codes;
        QStringList categories; // the codes' names
        qint64 candidates = 0;
        qint64 covered = 0;
    };
    // A methodist the plan left out for not meeting the РМА requirements.
    struct LeftOut
    {
        qint64 methodistId = 0;
        QString name;
        QString snils;
        QString subject;
        QString municipality;
        QStringList shortfalls;
    };
    struct Load
    {
        qint64 methodistId = 0;
        QString name;
        QString snils;
        QString subject;
        QString municipality;
        int capacity = 0;
        int before = 0;
        int added = 0;
    };
    qint64 candidates = 0;
    qint64 assigned = 0;
    qint64 unassigned = 0;
    qint64 sameMunicipality = 0;
    QList<Gap> gaps;    // by subject, municipality, reason
    QList<Load> loads;  // methodists of the subjects concerned, by name
    QList<Priority> priorities; // every rank of the order of assignment, the first first
    QList<LeftOut> leftOut;     // of the subjects concerned, by name

    static QString reasonText(UnassignedReason reason);
    // «Covered 120 of 150; of the priority categories: rank 1 — 40 of 40, …»
    QString coverageText(const QLocale &locale) const;
    // The criteria the plan follows, in their order.
    static QString orderText();
};

class AssignmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)

public:
    explicit AssignmentService(Database &db) : m_db(db) {}

    Result<AssignmentCheck> check(const QList<qint64> &teacherIds, qint64 methodistId,
                                  const QString &academicYear) const;
    // Assigns in one transaction; a teacher with another methodist that year
    // is reassigned (the old assignment ends and stays in history). With
    // warnings an override reason is required. Returns how many were assigned.
    Result<int> assign(const ManualAssignment &request);
    Status end(qint64 assignmentId, const QDate &on, const QString &reason);

    // Computes the optimal plan without writing anything, in the order of
    // assignment (see AssignmentPlanner; the priority ranks from
    // PriorityService; methodists short of the РМА requirements left out
    // unless the request includes them). Static: work that
    // holds a read-only Database (the plan dialog's worker thread) computes
    // and previews plans too.
    static Result<PlanResult> plan(const Database &db, const PlanRequest &request, Progress *progress = nullptr);
    static Result<PlanReport> report(const Database &db, const PlanResult &result);
    Result<PlanResult> plan(const PlanRequest &request, Progress *progress = nullptr) const
    {
        return plan(m_db, request, progress);
    }
    Result<PlanReport> report(const PlanResult &result) const { return report(m_db, result); }
    // Writes the plan in one transaction (nothing when cancelled or when the
    // loads changed since it was computed); returns the planning run's id.
    Result<qint64> apply(const PlanResult &result, const QDate &startedOn = {}, Progress *progress = nullptr);

private:
    static Status leaveOutIneligible(const Database &db, std::vector<PlanMethodist> &methodists,
                                     QList<qint64> &leftOut);
    static QList<PlanReport::Gap> gapsOf(const PlanResult &result, const QHash<qint64, QString> &subjects,
                                         const QHash<qint64, QString> &municipalities);
    static QList<PlanReport::Priority> prioritiesOf(const PlanResult &result, const QList<PriorityChoice> &choices);

    Database &m_db;
};

} // namespace metodist
