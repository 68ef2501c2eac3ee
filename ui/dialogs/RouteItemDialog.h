#pragma once

#include "domain/Route.h"

#include "dialogs/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace metodist {

class Database;

// A step of a teacher's route entered by hand: its kind, title, the deficit
// it works on, hours and the federal registry (courses), the internship site
// or the event, dates, status and tutor. The choices are read from the
// database; OK stays disabled, with the reason shown, while the item is not
// valid (RouteService::itemProblem). The caller saves item(), after OK or
// through a commit run by OK (EditorDialog).
class RouteItemDialog : public EditorDialog
{
    Q_OBJECT

public:
    // The tutor chosen for a new item is the route's tutor.
    RouteItemDialog(const Database &db, const QString &academicYear, qint64 routeTutorId, QWidget *parent = nullptr);
    // Fills the fields from an item being edited; its id and position are kept.
    void setItem(const RouteItem &item);
    RouteItem item() const;
    // Why OK is disabled, or empty.
    QString problem() const;

private:
    void updateOk();
    void eventChosen();
    void kindChosen();
    qint64 organisationId() const;
    void ensureChoice(QComboBox *combo, qint64 id, const QString &text, const QString &code);

    RouteItem m_item;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QComboBox *m_deficit;
    QSpinBox *m_hours;
    QCheckBox *m_federal;
    QComboBox *m_organisation;
    QComboBox *m_event;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QComboBox *m_status;
    QComboBox *m_tutor;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    QString m_loadError;
};

} // namespace metodist
