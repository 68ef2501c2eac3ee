#pragma once

#include "domain/Roadmap.h"
#include "pages/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace metodist {

class RoadmapActivityModel;
class RoadmapOverviewModel;
class RoadmapStageModel;
class RoadmapSummaryPanel;

// Дорожная карта: the year's roadmaps with their progress; for the chosen
// one its seven stages with their planned dates, opened and closed in order,
// the activities of the chosen stage and, on a tab of its own, the summing
// up of the year (stage 7) with the conclusion.
class RoadmapPage : public ReloadingPage
{
    Q_OBJECT

public:
    explicit RoadmapPage(QWidget *parent = nullptr);
    QString title() const override;

    QString year() const { return m_yearText; }
    void setYear(const QString &academicYear);
    // The day stages are started and closed on and overdue activities are
    // judged against; the current date unless a test sets another.
    void setToday(const QDate &today);
    void refresh() override;

    bool selectRoadmap(qint64 roadmapId);
    qint64 currentRoadmapId() const;
    bool selectStage(int number);
    int currentStageNumber() const;
    // A roadmap for a methodist; false with the reason shown on the page.
    bool createRoadmap(qint64 methodistId);

    const std::optional<Roadmap> &roadmap() const { return m_roadmap; }
    RoadmapOverviewModel *overviewModel() const { return m_overview; }
    RoadmapStageModel *stageModel() const { return m_stages; }
    RoadmapActivityModel *activityModel() const { return m_activities; }
    RoadmapSummaryPanel *summaryPanel() const { return m_summary; }
    QString errorText() const;

    // Opens the timeline window of the selected roadmap; nullptr without one.
    class GanttChart *showTimeline();

protected:
    void databaseChanged() override;

private:
    QWidget *createRoadmapPane();
    void loadRoadmap();
    void showActivities();
    void updateButtons();
    void chooseMethodist();
    void planStage();
    void startStage();
    void closeStage();
    void reopenStage();
    void editActivity(bool add);
    void toggleDone();
    void deleteActivity();
    void exportPdf();
    // Shows a failure inline, or clears it and reloads after a success.
    bool report(const QString &error);
    const RoadmapActivity *currentActivity() const;

    QString m_yearText;
    QDate m_today;
    std::optional<Roadmap> m_roadmap;
    QComboBox *m_year;
    RoadmapOverviewModel *m_overview;
    QTableView *m_overviewTable;
    QLabel *m_roadmapTitle;
    RoadmapStageModel *m_stages;
    QTableView *m_stageTable;
    QLabel *m_error;
    QLabel *m_activitiesTitle;
    RoadmapActivityModel *m_activities;
    QTableView *m_activityTable;
    QTabWidget *m_tabs;
    RoadmapSummaryPanel *m_summary;
    QPushButton *m_create;
    QPushButton *m_export;
    QPushButton *m_timeline;
    QPushButton *m_plan;
    QPushButton *m_start;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
};

} // namespace metodist
