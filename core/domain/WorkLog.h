#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace metodist {

// One piece of a methodist's work with a teacher, of the nine kinds of the
// work_kinds dictionary.
struct WorkLogEntry
{
    qint64 id = 0;
    qint64 methodistId = 0;
    qint64 teacherId = 0;
    qint64 workKindId = 0;
    QDate workedOn;
    std::optional<int> durationMinutes;
    QString result;
};

// An entry as lists and exports show it.
struct WorkLogRow
{
    WorkLogEntry entry;
    QString methodistName;
    QString methodistSnils;
    QString teacherName;
    QString teacherSnils;
    QString workKind;
};

struct WorkLogFilter
{
    qint64 methodistId = 0;
    qint64 teacherId = 0;
    qint64 workKindId = 0;
    QDate from; // inclusive; null: no bound
    QDate to;
};

} // namespace metodist
