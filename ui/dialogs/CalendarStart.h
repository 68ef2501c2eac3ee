#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QObject>

namespace metodist {

// A «not set» date edit holds the earliest date; its calendar opens at the
// month given rather than at January 2000. Owned by the edit.
class CalendarStart : public QObject
{
public:
    CalendarStart(QDateEdit *edit, const QDate &unset, const QDate &near)
        : QObject(edit), m_edit(edit), m_unset(unset), m_near(near)
    {
        edit->calendarWidget()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == m_unset)
            static_cast<QCalendarWidget *>(watched)->setCurrentPage(m_near.year(), m_near.month());
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
    QDate m_unset;
    QDate m_near;
};

} // namespace metodist
