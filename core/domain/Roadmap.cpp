#include "domain/Roadmap.h"

namespace metodist {

const QStringList &RoadmapRules::stageCodes()
{
    static const QStringList codes{QStringLiteral("analytical"),       QStringLiteral("diagnostic"),
                                   QStringLiteral("introductory"),     QStringLiteral("preparatory"),
                                   QStringLiteral("roadmap_building"), QStringLiteral("implementation_control"),
                                   QStringLiteral("summing_up")};
    return codes;
}

bool RoadmapRules::isOverdue(const RoadmapActivity &activity, const QDate &today)
{
    return !activity.done && activity.dueOn.isValid() && today.isValid() && activity.dueOn < today;
}

QString RoadmapRules::closeProblem(const Roadmap &roadmap, int number, const QString &reason)
{
    if (number < 1 || number > roadmap.stages.size())
        return tr("The roadmap has no stage %1.").arg(number);
    const RoadmapStage &stage = roadmap.stages[number - 1];
    if (stage.status == StageStatus::Closed)
        return tr("Stage %1 is already closed.").arg(number);
    if (number > 1 && roadmap.stages[number - 2].status != StageStatus::Closed)
        return tr("Stage %1 cannot be closed before stage %2 «%3» is closed.")
            .arg(number)
            .arg(number - 1)
            .arg(roadmap.stages[number - 2].name);
    const auto open = std::count_if(stage.activities.begin(), stage.activities.end(),
                                    [](const RoadmapActivity &a) { return !a.done; });
    if (open > 0 && reason.trimmed().isEmpty())
        return tr("Stage %1 has %n activity(ies) not done; say why it is closed anyway.", nullptr, int(open))
            .arg(number);
    return {};
}

QString RoadmapRules::reopenProblem(const Roadmap &roadmap, int number)
{
    if (number < 1 || number > roadmap.stages.size())
        return tr("The roadmap has no stage %1.").arg(number);
    if (roadmap.stages[number - 1].status != StageStatus::Closed)
        return tr("Stage %1 is not closed.").arg(number);
    if (number < roadmap.stages.size() && roadmap.stages[number].status == StageStatus::Closed)
        return tr("Stage %1 cannot be reopened while stage %2 is closed.").arg(number).arg(number + 1);
    return {};
}

int RoadmapRules::currentStage(const Roadmap &roadmap)
{
    for (const RoadmapStage &stage : roadmap.stages)
        if (stage.status != StageStatus::Closed)
            return stage.number;
    return 0;
}

QList<GanttBar> RoadmapRules::gantt(const Roadmap &roadmap, const QDate &today)
{
    QList<GanttBar> bars;
    for (const RoadmapStage &stage : roadmap.stages) {
        bars.append({stage.number, 0, stage.name, stage.planned, stage.actual, stage.status == StageStatus::Closed,
                     false});
        for (const RoadmapActivity &a : stage.activities)
            bars.append({stage.number, a.id, a.title, {a.startsOn, a.dueOn},
                         {a.startsOn, a.done ? a.doneOn : QDate()}, a.done, isOverdue(a, today)});
    }
    return bars;
}

QString RoadmapRules::periodText(const DateRange &range)
{
    const QString format = QStringLiteral("dd.MM.yyyy");
    if (range.start.isValid() && range.end.isValid())
        return range.start == range.end ? range.start.toString(format)
                                        : QStringLiteral("%1 – %2").arg(range.start.toString(format),
                                                                        range.end.toString(format));
    if (range.end.isValid())
        return tr("until %1").arg(range.end.toString(format));
    if (range.start.isValid())
        return tr("from %1").arg(range.start.toString(format));
    return {};
}

QString RoadmapRules::statusCode(StageStatus status)
{
    switch (status) {
    case StageStatus::Planned:
        return QStringLiteral("planned");
    case StageStatus::InProgress:
        return QStringLiteral("in_progress");
    case StageStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

StageStatus RoadmapRules::statusFromCode(const QString &code)
{
    if (code == u"in_progress")
        return StageStatus::InProgress;
    if (code == u"closed")
        return StageStatus::Closed;
    return StageStatus::Planned;
}

QString RoadmapRules::statusText(StageStatus status)
{
    switch (status) {
    case StageStatus::Planned:
        return tr("planned");
    case StageStatus::InProgress:
        return tr("in progress");
    case StageStatus::Closed:
        return tr("closed");
    }
    return {};
}

QString RoadmapRules::conclusionCode(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::None:
        return {};
    case Conclusion::Success:
        return QStringLiteral("success");
    case Conclusion::Partial:
        return QStringLiteral("partial");
    case Conclusion::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

Conclusion RoadmapRules::conclusionFromCode(const QString &code)
{
    if (code == u"success")
        return Conclusion::Success;
    if (code == u"partial")
        return Conclusion::Partial;
    if (code == u"failure")
        return Conclusion::Failure;
    return Conclusion::None;
}

QString RoadmapRules::conclusionText(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::None:
        return tr("not yet drawn");
    case Conclusion::Success:
        return tr("the roadmap was carried out successfully");
    case Conclusion::Partial:
        return tr("the roadmap was carried out in part");
    case Conclusion::Failure:
        return tr("the roadmap was not carried out");
    }
    return {};
}

} // namespace metodist
