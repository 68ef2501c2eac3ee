#pragma once

#include "services/AssignmentService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace metodist {

class Database;
class MethodistFilterProxy;
class MethodistLoadModel;

// Manual assignment of the teachers chosen on the Teachers page to one
// methodist. Methodists of the teachers' subjects come first; what is wrong
// with the choice (another subject, over capacity, not eligible) shows as the
// user picks, and such a choice needs a written reason.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Database &db, const QList<qint64> &teacherIds, QWidget *parent = nullptr);

    // Picks a methodist in the table, as a click would; false if not listed.
    bool selectMethodist(qint64 methodistId);
    qint64 methodistId() const { return m_methodistId; }
    QStringList warnings() const;
    int assignedCount() const { return m_assigned; }

    void accept() override;

private:
    QString year() const;
    void loadMethodists();
    void checkChoice();
    void validate();
    void showError(const QString &message);

    Database &m_db;
    QList<qint64> m_teacherIds;
    QSet<qint64> m_subjects; // the teachers' subjects
    qint64 m_methodistId = 0;
    std::optional<AssignmentCheck> m_check;
    int m_assigned = 0;
    QComboBox *m_year;
    QDateEdit *m_start;
    QLineEdit *m_search;
    MethodistLoadModel *m_model;
    MethodistFilterProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_warnings;
    QLabel *m_note;
    QWidget *m_reasonRow;
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist
