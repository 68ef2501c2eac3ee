#pragma once

#include "domain/Assignment.h"
#include "domain/Order.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace metodist {

class Database;

// A new order (приказ) on assignments: its wording, prefilled with the
// standard text from OrderService::draft, and which assignments it enacts.
// Only assignments not yet in an order are taken.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(Database &db, const QString &academicYear, QWidget *parent = nullptr);
    // Offers «assignments of the planning run» and chooses it.
    void setPlanningRun(qint64 runId);
    // Offers «assignments of the methodist»; not chosen by default.
    void setMethodist(qint64 methodistId, const QString &name);

    qint64 orderId() const { return m_orderId; }
    AssignmentFilter selection() const;
    // How many assignments the order would take now.
    qint64 selectedCount() const { return m_selectedCount; }

    void accept() override;

private:
    enum Selection { YearWithoutOrder, PlanningRun, OfMethodist };
    void redraft();
    void countSelection();
    void validate();
    Order order() const;

    Database &m_db;
    qint64 m_runId = 0;
    qint64 m_methodistId = 0;
    qint64 m_orderId = 0;
    qint64 m_selectedCount = 0;
    QString m_selectionProblem;
    Order m_draft; // the standard wording, to tell the user's edits from it
    QLineEdit *m_number;
    QDateEdit *m_date;
    QComboBox *m_year;
    QLineEdit *m_title;
    QPlainTextEdit *m_preamble;
    QPlainTextEdit *m_items;
    QLineEdit *m_position;
    QLineEdit *m_signatory;
    QComboBox *m_selection;
    QLabel *m_count;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist
