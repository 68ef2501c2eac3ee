#pragma once

#include "domain/Event.h"
#include "pages/Page.h"

#include <QDate>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace metodist {

class EventListModel;

// Календарь событий: a month with the days that have events marked (the
// tooltip lists them) next to the events of that month or of its whole
// academic year; choosing a day chooses its events.
class EventsPage : public ReloadingPage
{
    Q_OBJECT

public:
    enum class Scope { Month, AcademicYear };

    explicit EventsPage(QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;

    void showMonth(int year, int month);
    void setScope(Scope scope);
    Scope scope() const;
    // Shows the day's month and selects the day's events; returns how many.
    int selectDay(const QDate &day);
    bool selectEvent(qint64 eventId);
    QList<qint64> selectedEventIds() const;

    // The events of the month shown, for the calendar's marks (days of the
    // neighbouring months the grid shows included).
    const QList<Event> &markedEvents() const { return m_marked; }
    QCalendarWidget *calendar() const { return m_calendar; }
    EventListModel *model() const { return m_model; }
    QString listTitle() const;
    QString errorText() const;

private:
    void load();
    void markDays();
    void daySelected();
    void updateButtons();
    void editEvent(bool add);
    void deleteEvents();
    bool report(const QString &error);

    QList<Event> m_marked;
    QDate m_markedFrom, m_markedTo;
    QCalendarWidget *m_calendar;
    QLabel *m_details;
    QComboBox *m_scope;
    QLabel *m_listTitle;
    EventListModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace metodist
