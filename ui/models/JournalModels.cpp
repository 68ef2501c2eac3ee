#include "models/JournalModels.h"

#include "models/AssignmentModels.h"

#include <QColor>
#include <QLocale>

namespace metodist {

namespace {

QVariant shown(const QString &text, int role)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant();
}

// Long texts (names of kinds, results, titles): the tooltip has them whole.
QVariant shownLong(const QString &text, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

QVariant number(const QVariant &value, const QVariant &sortKey, int role)
{
    if (role == Qt::DisplayRole)
        return value;
    if (role == SortRole)
        return sortKey;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

QString hoursText(qint64 minutes)
{
    return QLocale().toString(double(minutes) / 60.0, 'f', minutes % 60 == 0 ? 0 : (minutes % 6 == 0 ? 1 : 2));
}

WorkLogModel::WorkLogModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Date"), [](const WorkLogRow &row, int role) -> QVariant {
        if (role == SortRole)
            return row.entry.workedOn;
        return shown(dateText(row.entry.workedOn), role);
    });
    addColumn(tr("Methodist"), [](const WorkLogRow &row, int role) { return shownLong(row.methodistName, role); });
    addColumn(tr("Teacher"), [](const WorkLogRow &row, int role) { return shownLong(row.teacherName, role); });
    addColumn(tr("Kind of work"), [](const WorkLogRow &row, int role) { return shownLong(row.workKind, role); });
    addColumn(tr("Minutes"), [](const WorkLogRow &row, int role) -> QVariant {
        const auto &minutes = row.entry.durationMinutes;
        return number(minutes ? QVariant(*minutes) : QVariant(), minutes ? *minutes : -1, role);
    });
    addColumn(tr("Result"), [](const WorkLogRow &row, int role) { return shownLong(row.entry.result, role); });
}

int WorkLogModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).entry.id == entryId)
            return row;
    return -1;
}

WorkKindSummaryModel::WorkKindSummaryModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Kind of work"), [](const WorkLogKindCount &row, int role) -> QVariant {
        if (role == Qt::ForegroundRole && row.entries == 0)
            return QColor(Qt::gray);
        return shownLong(row.workKind, role);
    });
    addColumn(tr("Entries"), [](const WorkLogKindCount &row, int role) {
        return number(row.entries, row.entries, role);
    });
    addColumn(tr("Hours"), [](const WorkLogKindCount &row, int role) {
        return number(hoursText(row.minutes), row.minutes, role);
    });
}

QString EventListModel::datesText(const Event &event)
{
    const QDate &start = event.startsOn, &end = event.endsOn;
    if (!end.isValid() || end == start)
        return dateText(start);
    // As short as a range reads: «10–12.11.2025», «28.11–02.12.2025».
    QString first = QStringLiteral("dd.MM.yyyy");
    if (start.year() == end.year())
        first = start.month() == end.month() ? QStringLiteral("dd") : QStringLiteral("dd.MM");
    return QStringLiteral("%1–%2").arg(start.toString(first), dateText(end));
}

bool EventListModel::covers(const Event &event, const QDate &day)
{
    const QDate last = event.endsOn.isValid() ? event.endsOn : event.startsOn;
    return event.startsOn <= day && day <= last;
}

EventListModel::EventListModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Dates"), [](const Event &event, int role) -> QVariant {
        if (role == SortRole)
            return event.startsOn;
        return shown(datesText(event), role);
    });
    addColumn(tr("Event"), [](const Event &event, int role) -> QVariant {
        if (role == Qt::ToolTipRole)
            return event.description.isEmpty() ? event.title : event.title + QStringLiteral("\n\n") + event.description;
        return shown(event.title, role);
    });
    addColumn(tr("Level"), [](const Event &event, int role) { return shownLong(event.levelName, role); });
    addColumn(tr("Stage of the model"), [](const Event &event, int role) {
        return shownLong(event.modelStageName, role);
    });
    addColumn(tr("Organiser"), [](const Event &event, int role) { return shownLong(event.organiser, role); });
    addColumn(tr("Participants"), [](const Event &event, int role) { return shownLong(event.participants, role); });
}

int EventListModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).id == eventId)
            return row;
    return -1;
}

} // namespace metodist
