#pragma once

#include "domain/Roadmap.h"
#include "models/ListModel.h"

namespace metodist {

// The year's roadmaps, one row a methodist.
class RoadmapOverviewModel : public ListModel<RoadmapOverviewRow>
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapOverviewModel)

public:
    explicit RoadmapOverviewModel(QObject *parent = nullptr);
    int rowOf(qint64 roadmapId) const;
};

// The seven stages of a roadmap.
class RoadmapStageModel : public ListModel<RoadmapStage>
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapStageModel)

public:
    explicit RoadmapStageModel(QObject *parent = nullptr);
};

// A stage's activities as offices lay them out; overdue ones are highlighted
// against the day set with setToday (the model never reads the clock).
class RoadmapActivityModel : public ListModel<RoadmapActivity>
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapActivityModel)

public:
    explicit RoadmapActivityModel(QObject *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

private:
    QDate m_today;
};

} // namespace metodist
