#pragma once

#include "domain/Event.h"

#include "dialogs/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace metodist {

class Database;

// An event of the calendar: title, dates (the end only for an event of
// several days), level, stage of the model, organiser, participants and a
// description. OK stays disabled, with the reason shown, while the title is
// empty or the event would end before it starts.
class EventDialog : public EditorDialog
{
    Q_OBJECT

public:
    explicit EventDialog(const Database &db, QWidget *parent = nullptr);
    // The first day of a new event.
    void setStartDate(const QDate &date);
    // Fills the fields from an event being edited; its id is kept.
    void setEvent(const Event &event);
    Event event() const;
    // Why OK is disabled; empty when the event can be saved.
    QString problem() const;

private:
    void updateOk();

    Event m_event;
    QLineEdit *m_title;
    QDateEdit *m_starts;
    QCheckBox *m_severalDays;
    QDateEdit *m_ends;
    QComboBox *m_level;
    QComboBox *m_stage;
    QLineEdit *m_organiser;
    QLineEdit *m_participants;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace metodist
