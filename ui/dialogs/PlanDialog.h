#pragma once

#include "services/AssignmentService.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace metodist {

class BackgroundTask;
class Database;
class PlanGapModel;
class PlanLeftOutModel;
class PlanLoadModel;
class PlanPriorityModel;

// Automatic assignment: the user narrows who is planned, computes the plan,
// reads the preview (how many get a methodist, of them how many of each
// priority rank, where the gaps are, which methodists were left out for the
// РМА requirements, how each methodist's load grows) and applies it or walks
// away. Nothing is written
// before Apply; Apply writes the whole plan in one transaction. Both run on a
// worker thread (BackgroundTask) under a progress dialog with Cancel; their
// results come back in computed() and applied().
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Database &db, const QString &academicYear, QWidget *parent = nullptr);

    // The preview of the last computed plan, if it is still current.
    const std::optional<PlanReport> &report() const { return m_report; }
    // The planning run written by Apply; 0 before.
    qint64 runId() const { return m_runId; }
    // Whether the user asked for an order on the applied assignments.
    bool createOrderRequested() const;
    // The last error, also shown in the dialog.
    QString errorText() const;
    // Whether Compute or Apply is running.
    bool isWorking() const;

public slots:
    // Both start the work and return; see isWorking().
    void compute();
    void apply();
    void done(int result) override;

private:
    enum class Step { Idle, Computing, Applying };
    // What the computing work leaves for the window.
    struct Computed
    {
        std::optional<PlanResult> plan;
        std::optional<PlanReport> report;
    };

    void computed(const QString &error);
    void applied(const QString &error);
    void setWorking(bool working);
    void discardPlan();
    void editPriorityOrder();
    QWidget *preview();
    void showReport();
    void showError(const QString &message, bool alsoInBox);

    Database &m_db;
    QString m_year;
    std::optional<PlanResult> m_plan;
    std::optional<PlanReport> m_report;
    qint64 m_runId = 0;
    QComboBox *m_category;
    QComboBox *m_municipality;
    QCheckBox *m_includeIneligible;
    QPushButton *m_priorityOrder;
    QDateEdit *m_start;
    QPushButton *m_compute;
    QLabel *m_summary;
    QLabel *m_error;
    PlanGapModel *m_gaps;
    PlanLoadModel *m_loads;
    PlanPriorityModel *m_priorities;
    PlanLeftOutModel *m_leftOut;
    QTableView *m_gapView;
    QTableView *m_loadView;
    QTableView *m_priorityView;
    QTableView *m_leftOutView;
    QTabWidget *m_tabs;
    QCheckBox *m_createOrder;
    QPushButton *m_apply;
    BackgroundTask *m_task;
    Step m_step = Step::Idle;
    std::shared_ptr<Computed> m_computed; // what the running computation writes into
    std::shared_ptr<qint64> m_applied;    // the planning run the running write made
};

} // namespace metodist
