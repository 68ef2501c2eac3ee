#pragma once

#include "Status.h"
#include "domain/Roadmap.h"
#include "domain/Route.h"
#include "services/EditConflict.h"
#include "storage/Database.h"
#include "storage/RoadmapRepository.h"

#include <QCoreApplication>

namespace metodist {

// Stage 7, summing up, computed from the data: every figure comes with the
// list it was counted from, so that it can be checked.
struct RoadmapSummary
{
    QString academicYear;
    QString methodistName;
    QList<PersonRef> assignedTeachers;  // active assignments to the methodist that year
    QList<PersonRef> coveredTeachers;   // of those, the ones in at least one done activity
    QList<qint64> plannedActivityIds;   // every activity of the roadmap
    QList<qint64> doneActivityIds;
    QList<RouteRow> routes;             // routes of the assigned teachers that year
    QList<RouteRow> completedRoutes;    // of those, with every non-cancelled item done
    Conclusion conclusion = Conclusion::None;
    QString nextYearPlans;

    // part / whole, nothing when whole is 0.
    static std::optional<double> share(qsizetype part, qsizetype whole)
    {
        return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
    }
    std::optional<double> coverage() const { return share(coveredTeachers.size(), assignedTeachers.size()); }
    std::optional<double> activitiesDone() const { return share(doneActivityIds.size(), plannedActivityIds.size()); }
    std::optional<double> routesCompleted() const { return share(completedRoutes.size(), routes.size()); }
};

class RoadmapService
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapService)

public:
    explicit RoadmapService(Database &db) : m_db(db) {}

    // A new roadmap with its seven stages; returns its id.
    Result<qint64> create(qint64 methodistId, const QString &academicYear);
    // The methodist's roadmap that year; a failure when there is none.
    Result<Roadmap> get(qint64 methodistId, const QString &academicYear) const;
    Result<Roadmap> load(qint64 roadmapId) const;
    Result<QList<RoadmapOverviewRow>> overview(const QString &academicYear) const;

    Status planStage(qint64 roadmapId, int number, const DateRange &planned);
    Status startStage(qint64 roadmapId, int number, const QDate &on);
    // Refused before the previous stage is closed, and while activities are
    // open unless a reason is given (stored with the stage).
    Status closeStage(qint64 roadmapId, int number, const QDate &on, const QString &reason = {});
    Status reopenStage(qint64 roadmapId, int number);

    // The teachers concerned must be assigned to the roadmap's methodist.
    Result<qint64> addActivity(qint64 roadmapId, int stageNumber, const RoadmapActivity &activity);
    Status updateActivity(qint64 roadmapId, const RoadmapActivity &activity);
    // The activity editor's save of an activity read earlier (`loaded`):
    // refused with a conflict when someone else changed or deleted it
    // meanwhile (see saveChecked), unless told to overwrite — a deleted
    // activity then comes back at the end of its stage. Its done mark is
    // not the editor's and stays as stored.
    Result<SaveOutcome<RoadmapActivity>> updateActivity(qint64 roadmapId, const RoadmapActivity &loaded,
                                                        const RoadmapActivity &edited,
                                                        SaveMode mode = SaveMode::UnlessChangedElsewhere);
    Status setActivityDone(qint64 roadmapId, qint64 activityId, bool done, const QDate &on);
    Status removeActivity(qint64 activityId);

    Result<RoadmapSummary> summary(qint64 roadmapId) const;
    Status saveConclusion(qint64 roadmapId, Conclusion conclusion, const QString &nextYearPlans);

    // The roadmap and its summing up as a PDF; today marks overdue activities.
    Status exportPdf(qint64 roadmapId, const QString &path, const QDate &today) const;

private:
    Status checkActivity(const Roadmap &roadmap, const RoadmapActivity &activity) const;
    Database &m_db;
};

} // namespace metodist
