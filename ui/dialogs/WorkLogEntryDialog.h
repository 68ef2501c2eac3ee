#pragma once

#include "domain/WorkLog.h"

#include "dialogs/EditorDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace metodist {

class Database;

// One entry of the work log: the methodist, a teacher assigned to them in the
// academic year of the entry's date, the kind of work, the date, how long it
// took and what came of it. OK stays disabled, with the reason shown under
// the fields, until the entry is complete.
class WorkLogEntryDialog : public EditorDialog
{
    Q_OBJECT

public:
    explicit WorkLogEntryDialog(Database &db, QWidget *parent = nullptr);
    // The defaults of a new entry: a methodist, a kind of work (0: none) and a date.
    void setDefaults(qint64 methodistId, qint64 workKindId, const QDate &date);
    // Fills the fields from an entry being edited; its id is kept.
    void setEntry(const WorkLogEntry &entry);
    WorkLogEntry entry() const;
    // Why OK is disabled; empty when the entry is complete.
    QString problem() const;

private:
    void loadTeachers();
    void updateOk();
    static void choose(QComboBox *combo, qint64 id);

    Database &m_db;
    WorkLogEntry m_entry;
    QComboBox *m_methodist;
    QDateEdit *m_date;
    QComboBox *m_teacher;
    QLabel *m_teacherNote;
    QComboBox *m_kind;
    QSpinBox *m_duration;
    QPlainTextEdit *m_result;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QString m_loadError;
};

} // namespace metodist
