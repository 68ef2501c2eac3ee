#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace metodist {

// Dates from start to end; either may be unknown.
struct DateRange
{
    QDate start;
    QDate end;
    bool isNull() const { return !start.isValid() && !end.isValid(); }
};

enum class StageStatus { Planned, InProgress, Closed };
enum class Conclusion { None, Success, Partial, Failure };

// One line of a stage's plan, laid out as offices do: № | мероприятие |
// сроки | ответственный | вид документа | ожидаемый результат.
struct RoadmapActivity
{
    qint64 id = 0;
    qint64 stageId = 0;
    int position = 0;
    QString title;
    QDate startsOn;
    QDate dueOn;
    QString responsible;
    QString documentKind;
    QString expectedResult;
    bool done = false;
    QDate doneOn;
    qint64 eventId = 0;
    QList<qint64> teacherIds;
    QStringList teacherNames; // resolved on load, in the order of teacherIds
};

struct RoadmapStage
{
    qint64 id = 0;
    int number = 0; // 1..7
    QString code;   // of the roadmap_stages dictionary
    QString name;   // as the dictionary names it now
    DateRange planned;
    DateRange actual;
    StageStatus status = StageStatus::Planned;
    QString closeReason; // why it was closed with activities still open
    QList<RoadmapActivity> activities;
};

// A methodist's roadmap of methodical support for an academic year.
struct Roadmap
{
    qint64 id = 0;
    qint64 methodistId = 0;
    QString methodistName;
    QString academicYear;
    Conclusion conclusion = Conclusion::None;
    QString nextYearPlans;
    QList<RoadmapStage> stages; // by number
};

// A row of the year's overview of roadmaps.
struct RoadmapOverviewRow
{
    qint64 roadmapId = 0;
    qint64 methodistId = 0;
    QString methodistName;
    int teachersAssigned = 0;
    int activitiesDone = 0;
    int activitiesPlanned = 0;
    int currentStage = 0; // the first stage not closed; 0 when all are
};

// One bar of a Gantt chart: a stage (activityId 0) or an activity.
struct GanttBar
{
    int stage = 0;
    qint64 activityId = 0;
    QString label;
    DateRange planned;
    DateRange actual; // stages: actual dates; activities: start to done date
    bool done = false;
    bool overdue = false;
};

// The rules of roadmaps. Stages are closed in order — a stage cannot be
// closed before the one before it, because the steps build on each other
// (the plan of stage 5 rests on the diagnostics of stage 2) — and a stage
// whose activities are not all done needs a reason to close.
class RoadmapRules
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapRules)

public:
    static constexpr int stageCount = 7;
    // The dictionary codes of the stages, in order (number = index + 1).
    static const QStringList &stageCodes();

    // Not done and due before today. The caller passes today: the rule never
    // reads the clock.
    static bool isOverdue(const RoadmapActivity &activity, const QDate &today);

    // Why the stage cannot be closed now, or empty. The reason is what the
    // user typed to close it despite open activities.
    static QString closeProblem(const Roadmap &roadmap, int number, const QString &reason);
    // Why the stage cannot be reopened (a later stage is closed), or empty.
    static QString reopenProblem(const Roadmap &roadmap, int number);
    // The first stage not closed; 0 when all are.
    static int currentStage(const Roadmap &roadmap);

    static QList<GanttBar> gantt(const Roadmap &roadmap, const QDate &today);

    // «01.10.2025 – 15.10.2025», «до 15.10.2025», «с 01.10.2025» or empty.
    static QString periodText(const DateRange &range);
    static QString statusCode(StageStatus status);
    static StageStatus statusFromCode(const QString &code);
    static QString statusText(StageStatus status);
    static QString conclusionCode(Conclusion conclusion); // empty for None
    static Conclusion conclusionFromCode(const QString &code);
    static QString conclusionText(Conclusion conclusion);
};

} // namespace metodist
