#pragma once

#include "services/AssignmentService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace metodist {

class Database;
class PlanGapModel;
class PlanLoadModel;

// Automatic assignment: the user narrows who is planned, computes the plan,
// reads the preview (how many get a methodist, where the gaps are, how each
// methodist's load grows) and applies it or walks away. Nothing is written
// before Apply; Apply writes the whole plan in one transaction.
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

public slots:
    void compute();
    void apply();

private:
    void discardPlan();
    void showReport();
    void showError(const QString &message, bool alsoInBox);

    Database &m_db;
    QString m_year;
    std::optional<PlanResult> m_plan;
    std::optional<PlanReport> m_report;
    qint64 m_runId = 0;
    QComboBox *m_category;
    QComboBox *m_municipality;
    QDateEdit *m_start;
    QPushButton *m_compute;
    QLabel *m_summary;
    QLabel *m_error;
    PlanGapModel *m_gaps;
    PlanLoadModel *m_loads;
    QTableView *m_gapView;
    QTableView *m_loadView;
    QCheckBox *m_createOrder;
    QPushButton *m_apply;
};

} // namespace metodist
