#pragma once

#include "Status.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QDate>

namespace metodist {

struct DemoOptions
{
    QString region = QStringLiteral("kaliningrad");
    int teachers = 13120;   // Kaliningrad's figures
    int methodists = 224;
    quint32 seed = 20261123; // same seed, same region
    // The support work of the academic year containing `today`: assignments
    // by the planner, the events calendar, the route catalogue, roadmaps,
    // routes (ИОМ) and the work log. Without it the region has people,
    // diagnostics and ПК only (what planning benchmarks start from).
    bool supportData = true;
    // The day the demonstration region has reached in its academic year;
    // null: the current date. Tests fix it.
    QDate today;
    // Roadmaps, routes and the work log cover the groups of at most about
    // this many assigned teachers (every n-th methodist's group past it), so
    // that a federal-scale benchmark database stays quick to make; the
    // assignments, events and catalogue are always complete.
    int detailedTeachers = 120000;
};

struct DemoSummary
{
    int municipalities = 0;
    int organisations = 0;
    int teachers = 0;
    int methodists = 0;
    int diagnostics = 0;
    int pkRecords = 0;
    // The support work (zero without it).
    QString academicYear;
    int assignments = 0;
    int events = 0;
    int catalogueEntries = 0;
    int roadmaps = 0;
    int activities = 0;
    int routes = 0;
    int routeItems = 0;
    int workLogEntries = 0;
    // The support network (demo/DemoNetwork).
    int networkUnits = 0;
    int networkMembers = 0;
};

// A realistic synthetic region for trying the program and for benchmarks:
// Russian names (with ё), valid unique СНИЛС, schools in the region's
// municipalities, diagnostics and ПК records, and (supportData) the region
// in the middle of its academic year: teachers assigned to methodists, the
// events calendar, the route catalogue, roadmaps with stages closed up to
// today, routes of a third of the diagnosed teachers and the work log.
// Deterministic for a seed and a date. One transaction.
class DemoRegion
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options, Progress *progress = nullptr);
};

} // namespace metodist
