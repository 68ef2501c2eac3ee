#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace metodist {

class AssignmentListModel;
class MethodistFilterProxy;
class MethodistLoadModel;
class OrderListModel;
class OrdersPanel;

// Закрепление: methodists with their load for a year, their teachers,
// automatic planning with a preview, and the register of orders.
class AssignmentPage : public ReloadingPage
{
    Q_OBJECT

public:
    explicit AssignmentPage(QWidget *parent = nullptr);
    QString title() const override;

    QString year() const { return m_yearText; }
    void setYear(const QString &academicYear);
    // Reloads the methodists, the chosen methodist's teachers and the orders.
    void refresh() override;
    // Shows a methodist's teachers below the table; false if not listed.
    bool selectMethodist(qint64 methodistId);

    MethodistLoadModel *methodistModel() const { return m_methodists; }
    AssignmentListModel *teacherModel() const { return m_teachers; }
    OrderListModel *orderModel() const;

protected:
    void databaseChanged() override;

private:
    QWidget *createMethodistsTab();
    void fillFilters();
    void applyFilter();
    void updateSummary();
    void loadTeachers();
    qint64 selectedMethodist() const;
    void endAssignments();
    void planAutomatically();
    void newOrder(qint64 planningRunId = 0);
    void warn(const QString &title, const QString &message);

    QString m_yearText;
    QComboBox *m_year;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_subject;
    QComboBox *m_municipality;
    QLabel *m_summary;
    MethodistLoadModel *m_methodists;
    MethodistFilterProxy *m_methodistProxy;
    QTableView *m_methodistTable;
    QLabel *m_teachersTitle;
    AssignmentListModel *m_teachers;
    QTableView *m_teacherTable;
    QPushButton *m_end;
    OrdersPanel *m_orders;
};

} // namespace metodist
