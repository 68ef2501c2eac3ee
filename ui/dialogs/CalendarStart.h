#pragma once

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QObject>

namespace metodist {

// The earliest date a date edit offers stands for «not set»: either end of an
// activity's or a route item's dates may be unknown.
inline const QDate unsetDate(2000, 1, 1);

// A date edit that may be left «not set».
inline QDateEdit *optionalDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(unsetDate);
    edit->setSpecialValueText(QCoreApplication::translate("metodist::OptionalDate", "not set"));
    edit->setDate(unsetDate);
    return edit;
}

// The date of such an edit, or an invalid date when it is not set.
inline QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == unsetDate ? QDate() : edit->date();
}

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
