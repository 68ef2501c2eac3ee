#pragma once

#include <QDate>
#include <QString>

namespace metodist {

// A teacher assigned to a regional methodist for an academic year
// (закрепление). Ended assignments stay as history.
struct Assignment
{
    qint64 id = 0;
    qint64 teacherId = 0;
    qint64 methodistId = 0;
    QString academicYear;        // «2025/2026»
    qint64 supportCategoryId = 0; // the reason; 0 when none given
    QDate startedOn;
    QDate endedOn;               // null while active
    QString endReason;
    qint64 orderId = 0;          // the order (приказ) that enacted it
    qint64 planningRunId = 0;    // the automatic planning run that made it
    QString overrideReason;      // why the user assigned despite warnings

    bool isActive() const { return endedOn.isNull(); }
};

// An assignment as lists, cards and exports show it: names resolved.
struct AssignmentRow
{
    qint64 id = 0;
    QString academicYear;
    QDate startedOn;
    QDate endedOn;
    QString endReason;
    QString overrideReason;
    QString supportCategory;
    qint64 orderId = 0;
    QString orderNumber;
    QDate orderDate;

    qint64 teacherId = 0;
    QString teacherName;
    QString teacherSnils;
    QString teacherSubject;
    QString teacherOrganisation;
    QString teacherMunicipality;

    qint64 methodistId = 0;
    QString methodistName;
    QString methodistSnils;
    QString methodistSubject;
    QString methodistMunicipality;
};

// Which assignments a list or an order takes.
struct AssignmentFilter
{
    QString academicYear;     // empty: every year
    qint64 teacherId = 0;
    qint64 methodistId = 0;
    qint64 orderId = 0;
    qint64 planningRunId = 0;
    bool activeOnly = true;
    bool withoutOrder = false;
};

// The planner's view of people: just enough to solve the assignment.
// A teacher waiting for a methodist: 0 for an unknown subject or municipality.
struct PlanTeacher
{
    qint64 id = 0;
    qint64 subjectId = 0;
    qint64 municipalityId = 0;
    int priority = 0; // rank in the order of assignment (PriorityOrder): 1 first; 0 none
};

struct PlanMethodist
{
    qint64 id = 0;
    qint64 subjectId = 0;
    qint64 municipalityId = 0;
    int capacity = 60;
    int load = 0; // teachers already assigned this year
};

} // namespace metodist
