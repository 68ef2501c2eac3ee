#pragma once

#include "domain/Event.h"
#include "domain/WorkLog.h"
#include "models/ListModel.h"
#include "services/WorkLogService.h"

namespace metodist {

// The work log as the page lists it: one entry a row.
class WorkLogModel : public ListModel<WorkLogRow>
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogModel)

public:
    enum Column { DateColumn, MethodistColumn, TeacherColumn, KindColumn, DurationColumn, ResultColumn, ColumnCount };
    explicit WorkLogModel(QObject *parent = nullptr);
    int rowOf(qint64 entryId) const;
};

// The summary of the listed entries by kind of work: entries and hours.
class WorkKindSummaryModel : public ListModel<WorkLogKindCount>
{
    Q_DECLARE_TR_FUNCTIONS(WorkKindSummaryModel)

public:
    enum Column { KindColumn, EntriesColumn, HoursColumn, ColumnCount };
    explicit WorkKindSummaryModel(QObject *parent = nullptr);
};

// Events of the calendar: dates, title, level, stage of the model, organiser,
// participants; the description is the title's tooltip.
class EventListModel : public ListModel<Event>
{
    Q_DECLARE_TR_FUNCTIONS(EventListModel)

public:
    enum Column { DatesColumn, TitleColumn, LevelColumn, StageColumn, OrganiserColumn, ParticipantsColumn, ColumnCount };
    explicit EventListModel(QObject *parent = nullptr);
    int rowOf(qint64 eventId) const;
    // «10.11.2025», or a range: «10–12.11.2025».
    static QString datesText(const Event &event);
    static bool covers(const Event &event, const QDate &day);
};

// Hours as the page shows them: «1,5» in the program's locale, no trailing zero.
QString hoursText(qint64 minutes);

} // namespace metodist
