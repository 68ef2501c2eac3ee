#include "models/RoadmapModels.h"

#include "models/AssignmentModels.h"

#include <QBrush>
#include <QColor>

namespace metodist {

namespace {

const QColor overdueBackground(0xfd, 0xde, 0xdc);

QVariant number(qint64 value, int role)
{
    if (role == Qt::DisplayRole || role == SortRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant shown(const QString &text, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

} // namespace

RoadmapOverviewModel::RoadmapOverviewModel(QObject *parent) : ListModel(parent)
{
    // «Колесников П. В.» in the narrow list; the full name in the tooltip.
    addColumn(tr("Methodist"), [](const RoadmapOverviewRow &row, int role) -> QVariant {
        if (role == Qt::DisplayRole) {
            const QStringList parts = row.methodistName.split(u' ', Qt::SkipEmptyParts);
            QString text = parts.value(0);
            for (qsizetype i = 1; i < parts.size(); ++i)
                text += QLatin1Char(' ') + parts[i].left(1) + QLatin1Char('.');
            return text;
        }
        if (role == Qt::ToolTipRole || role == SortRole)
            return row.methodistName;
        return {};
    });
    addColumn(tr("Teachers"), [](const RoadmapOverviewRow &row, int role) { return number(row.teachersAssigned, role); });
    addColumn(tr("Done"), [](const RoadmapOverviewRow &row, int role) -> QVariant {
        if (role == Qt::ToolTipRole)
            return tr("Activities done / planned");
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 / %2").arg(row.activitiesDone).arg(row.activitiesPlanned);
        if (role == SortRole)
            return row.activitiesDone;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    });
    addColumn(tr("Stage"), [](const RoadmapOverviewRow &row, int role) -> QVariant {
        if (role == Qt::ToolTipRole)
            return tr("The first stage not closed");
        if (role == Qt::DisplayRole)
            return row.currentStage > 0 ? QString::number(row.currentStage) : tr("all closed");
        if (role == SortRole)
            return row.currentStage > 0 ? row.currentStage : RoadmapRules::stageCount + 1;
        return {};
    });
}

int RoadmapOverviewModel::rowOf(qint64 roadmapId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).roadmapId == roadmapId)
            return row;
    return -1;
}

RoadmapStageModel::RoadmapStageModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("№"), [](const RoadmapStage &stage, int role) { return number(stage.number, role); });
    addColumn(tr("Stage"), [](const RoadmapStage &stage, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return stage.name;
        if (role == Qt::ToolTipRole && !stage.closeReason.isEmpty())
            return stage.name + QLatin1Char('\n') + tr("Closed with open activities: %1").arg(stage.closeReason);
        return {};
    });
    addColumn(tr("Planned"), [](const RoadmapStage &stage, int role) { return shown(RoadmapRules::periodText(stage.planned), role); });
    addColumn(tr("Actual"), [](const RoadmapStage &stage, int role) { return shown(RoadmapRules::periodText(stage.actual), role); });
    addColumn(tr("Status"), [](const RoadmapStage &stage, int role) { return shown(RoadmapRules::statusText(stage.status), role); });
}

RoadmapActivityModel::RoadmapActivityModel(QObject *parent) : ListModel(parent), m_today(QDate::currentDate())
{
    // Every column of an overdue activity is highlighted, so the row stands out.
    const auto marked = [this](auto show) {
        return [this, show](const RoadmapActivity &activity, int role) -> QVariant {
            const bool overdue = RoadmapRules::isOverdue(activity, m_today);
            if (role == Qt::BackgroundRole && overdue)
                return QBrush(overdueBackground);
            if (role == Qt::ToolTipRole && overdue)
                return tr("Overdue: due %1").arg(dateText(activity.dueOn));
            return show(activity, role);
        };
    };
    addColumn(tr("№"), marked([](const RoadmapActivity &a, int role) { return number(a.position, role); }));
    addColumn(tr("Activity"), marked([](const RoadmapActivity &a, int role) { return shown(a.title, role); }));
    addColumn(tr("Dates"), marked([](const RoadmapActivity &a, int role) -> QVariant {
                  if (role == SortRole)
                      return a.dueOn;
                  return shown(RoadmapRules::periodText({a.startsOn, a.dueOn}), role);
              }));
    addColumn(tr("Responsible"), marked([](const RoadmapActivity &a, int role) { return shown(a.responsible, role); }));
    addColumn(tr("Document"), marked([](const RoadmapActivity &a, int role) { return shown(a.documentKind, role); }));
    addColumn(tr("Expected result"), marked([](const RoadmapActivity &a, int role) { return shown(a.expectedResult, role); }));
    // The number of teachers; their names, one a line, in the tooltip.
    addColumn(tr("Teachers"), marked([](const RoadmapActivity &a, int role) -> QVariant {
                  if (role == Qt::DisplayRole)
                      return a.teacherNames.isEmpty() ? QString() : QString::number(a.teacherNames.size());
                  if (role == Qt::ToolTipRole)
                      return a.teacherNames.join(u'\n');
                  if (role == SortRole)
                      return int(a.teacherNames.size());
                  return {};
              }));
    addColumn(tr("Done"), marked([](const RoadmapActivity &a, int role) -> QVariant {
                  if (role == Qt::DisplayRole)
                      return a.done ? (a.doneOn.isValid() ? dateText(a.doneOn) : tr("yes")) : QString();
                  if (role == SortRole)
                      return a.done;
                  return {};
              }));
}

} // namespace metodist
