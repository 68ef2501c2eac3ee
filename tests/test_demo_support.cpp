#include <catch2/catch.hpp>

// The demonstration region in the middle of its academic year: roadmaps,
// routes, the work log and events made for it.

#include "SupportFixture.h"
#include "services/DemoRegion.h"
#include "services/MonitoringService.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "storage/CatalogueRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/AssignmentRepository.h"
#include "storage/EventRepository.h"
#include <QSqlQuery>
#include "storage/RoadmapRepository.h"
#include "storage/RouteRepository.h"
#include "storage/WorkLogRepository.h"

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

struct DemoYear
{
    static inline const QDate today{2026, 11, 23};
    static inline const QString year = QStringLiteral("2026/2027");
    Scratch scratch;
    Database db;
    DemoSummary summary;

    explicit DemoYear(bool supportData = true, int detailedTeachers = DemoOptions().detailedTeachers)
    {
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("demo-year.sqlite"))).ok());
        DemoOptions options;
        options.teachers = 300;
        options.methodists = 8;
        options.today = today;
        options.supportData = supportData;
        options.detailedTeachers = detailedTeachers;
        auto generated = DemoRegion::generate(db, options);
        INFO(generated.message().toStdString());
        REQUIRE(generated.ok());
        summary = generated.value();
    }

    // The teacher's methodist that year, 0 when none.
    qint64 methodistOf(qint64 teacherId)
    {
        auto active = AssignmentRepository(db).active(teacherId, year);
        REQUIRE(active.ok());
        return active.value() ? active.value()->methodistId : 0;
    }
};

} // namespace

TEST_CASE("demo: roadmaps with stages closed in order up to today", "[demo][roadmap]")
{
    DemoYear demo;
    CHECK(demo.summary.academicYear == DemoYear::year);
    REQUIRE(demo.summary.assignments > 0);
    REQUIRE(demo.summary.roadmaps > 0);
    RoadmapService service(demo.db);
    const auto overview = service.overview(DemoYear::year).value();
    REQUIRE(int(overview.size()) == demo.summary.roadmaps);
    int activities = 0;
    int closed = 0;
    for (const RoadmapOverviewRow &row : overview) {
        const Roadmap roadmap = service.load(row.roadmapId).value();
        REQUIRE(roadmap.stages.size() == 7);
        QSet<qint64> assigned;
        for (const PersonRef &t : RoadmapRepository(demo.db).assignedTeachers(roadmap.methodistId, DemoYear::year).value())
            assigned.insert(t.id);
        CHECK_FALSE(assigned.isEmpty());
        bool previousClosed = true;
        QDate previousEnd;
        for (const RoadmapStage &stage : roadmap.stages) {
            INFO("roadmap " << roadmap.id << ", stage " << stage.number);
            CHECK(stage.planned.start.isValid());
            CHECK(stage.planned.start <= stage.planned.end);
            CHECK(stage.planned.start >= QDate(2026, 9, 1));
            CHECK(stage.planned.end <= QDate(2027, 8, 31));
            if (stage.status == StageStatus::Closed) {
                // In order, before today, with a reason when work was left.
                CHECK(previousClosed);
                CHECK(stage.planned.end < DemoYear::today);
                CHECK(stage.actual.end <= DemoYear::today);
                CHECK(stage.actual.start <= stage.actual.end);
                if (previousEnd.isValid())
                    CHECK(previousEnd <= stage.actual.end);
                previousEnd = stage.actual.end;
                bool allDone = true;
                for (const RoadmapActivity &a : stage.activities)
                    allDone = allDone && a.done;
                CHECK(allDone == stage.closeReason.isEmpty());
                ++closed;
            } else if (stage.status == StageStatus::InProgress) {
                CHECK(stage.actual.start <= DemoYear::today);
            } else {
                CHECK(stage.planned.start > DemoYear::today);
            }
            previousClosed = stage.status == StageStatus::Closed;
            CHECK(stage.activities.size() >= 1);
            CHECK(stage.activities.size() <= 4);
            for (const RoadmapActivity &a : stage.activities) {
                ++activities;
                CHECK_FALSE(a.title.isEmpty());
                CHECK_FALSE(a.responsible.isEmpty());
                CHECK_FALSE(a.documentKind.isEmpty());
                CHECK_FALSE(a.expectedResult.isEmpty());
                CHECK(a.startsOn <= a.dueOn);
                if (a.done) {
                    CHECK(a.doneOn <= DemoYear::today);
                    CHECK(a.doneOn >= a.startsOn);
                }
                for (qint64 teacher : a.teacherIds)
                    CHECK(assigned.contains(teacher));
            }
        }
        // Mid-November: the analytical stage is behind, the summing up ahead.
        CHECK(roadmap.stages.last().status == StageStatus::Planned);
        CHECK(RoadmapRules::currentStage(roadmap) >= 2);
    }
    CHECK(activities == demo.summary.activities);
    CHECK(closed > 0);
}

TEST_CASE("demo: routes from the catalogue for the teachers' deficits, tutored by their methodist", "[demo][route]")
{
    DemoYear demo;
    RouteRepository routes(demo.db);
    const QList<CatalogueEntry> catalogue = CatalogueRepository(demo.db).entries().value();
    CHECK(catalogue.size() >= 12);
    QHash<qint64, CatalogueEntry> entries;
    bool federal = false;
    bool internshipSite = false;
    for (const CatalogueEntry &e : catalogue) {
        entries.insert(e.id, e);
        CHECK(e.deficitAreaId() > 0);
        federal = federal || (e.federalRegistry && e.hours.value_or(0) > 0);
        if (e.organisationId > 0) {
            auto site = OrganisationRepository(demo.db).get(e.organisationId);
            REQUIRE(site.ok());
            internshipSite = internshipSite || site->internshipSite;
        }
    }
    CHECK(federal);
    CHECK(internshipSite);

    RouteFilter filter;
    filter.academicYear = DemoYear::year;
    const QList<RouteRow> rows = RouteService(demo.db).registry(filter).value();
    REQUIRE(int(rows.size()) == demo.summary.routes);
    REQUIRE(demo.summary.routes > 0);
    int items = 0;
    QSet<QString> statuses;
    for (const RouteRow &row : rows) {
        const Route route = routes.load(row.routeId).value();
        INFO("route " << route.id);
        const qint64 methodist = demo.methodistOf(route.teacherId);
        CHECK(methodist > 0);
        CHECK(route.tutorId == methodist);
        const QList<Diagnostic> diagnostics = DevelopmentRepository(demo.db).diagnosticsOfTeacher(route.teacherId).value();
        REQUIRE_FALSE(diagnostics.isEmpty());
        CHECK(route.diagnosticId == diagnostics.last().id);
        CHECK_FALSE(route.items.isEmpty());
        for (const RouteItem &item : route.items) {
            ++items;
            REQUIRE(entries.contains(item.catalogueId));
            const CatalogueEntry &e = entries.value(item.catalogueId);
            CHECK(item.title == e.title);
            CHECK(item.kindId == e.kindId);
            if (item.kindCode != u"mentoring")
                CHECK(diagnostics.last().deficitAreaIds.contains(item.deficitAreaId));
            CHECK(item.tutorId == methodist);
            REQUIRE(item.startsOn.isValid());
            CHECK(item.startsOn <= item.endsOn);
            statuses.insert(RouteRules::statusCode(item.status));
            // Statuses agree with the dates.
            if (item.status == RouteItemStatus::Done)
                CHECK(item.endsOn < DemoYear::today);
            if (item.status == RouteItemStatus::Planned)
                CHECK(item.startsOn > DemoYear::today);
            if (item.status == RouteItemStatus::InProgress)
                CHECK(item.startsOn <= DemoYear::today);
        }
    }
    CHECK(items == demo.summary.routeItems);
    CHECK(statuses.contains(QStringLiteral("done")));
    CHECK(statuses.contains(QStringLiteral("in_progress")));
    CHECK(statuses.contains(QStringLiteral("planned")));
}

TEST_CASE("demo: work log of assigned teachers, events of the year, figures of the report", "[demo][worklog][monitoring]")
{
    DemoYear demo;
    const QList<WorkLogRow> log = WorkLogRepository(demo.db).list({}).value();
    REQUIRE(int(log.size()) == demo.summary.workLogEntries);
    REQUIRE_FALSE(log.isEmpty());
    QSet<qint64> kinds;
    for (const WorkLogRow &row : log) {
        const WorkLogEntry &e = row.entry;
        CHECK(demo.methodistOf(e.teacherId) == e.methodistId);
        CHECK(e.workedOn >= QDate(2026, 9, 1));
        CHECK(e.workedOn <= DemoYear::today);
        CHECK(e.workedOn.dayOfWeek() <= 5);
        REQUIRE(e.durationMinutes.has_value());
        CHECK(*e.durationMinutes >= 30);
        CHECK(*e.durationMinutes <= 90);
        CHECK_FALSE(e.result.isEmpty());
        kinds.insert(e.workKindId);
    }
    CHECK(kinds.size() == 9);

    const QList<Event> events = EventRepository(demo.db).list().value();
    CHECK(events.size() >= 25);
    CHECK(events.size() <= 40);
    CHECK(int(events.size()) == demo.summary.events);
    QSet<QString> levels;
    for (const Event &e : events) {
        CHECK(e.startsOn >= QDate(2026, 9, 1));
        CHECK((e.endsOn.isValid() ? e.endsOn : e.startsOn) <= QDate(2027, 8, 31));
        CHECK(e.levelId > 0);
        CHECK(e.modelStageId > 0);
        CHECK_FALSE(e.organiser.isEmpty());
        CHECK_FALSE(e.participants.isEmpty());
        levels.insert(e.levelName);
    }
    CHECK(levels.size() == 5);

    const MonitoringReport report = MonitoringService(demo.db).build(DemoYear::year).value();
    QHash<QString, Indicator> byCode;
    for (const Indicator &i : report.indicators)
        byCode.insert(i.code, i);
    for (const char *code : {"teachers_covered_share", "teachers_route_share", "teachers_worklog_share",
                             "roadmap_activities_done_share", "young_teachers_supported_share",
                             "association_heads_covered_share"}) {
        INFO(code);
        const Indicator i = byCode.value(QString::fromLatin1(code));
        REQUIRE(i.numerator.has_value());
        CHECK(*i.numerator > 0);
        CHECK(*i.numerator <= i.denominator.value_or(0));
    }
    CHECK(*byCode.value(QStringLiteral("teachers_covered_share")).numerator == demo.summary.assignments);
    CHECK(*byCode.value(QStringLiteral("teachers_route_share")).numerator == demo.summary.routes);
}

TEST_CASE("demo: the same seed and day give the same region; people only without the support work", "[demo]")
{
    DemoYear first;
    DemoYear second;
    for (const auto member : {&DemoSummary::assignments, &DemoSummary::events, &DemoSummary::catalogueEntries,
                              &DemoSummary::roadmaps, &DemoSummary::activities, &DemoSummary::routes,
                              &DemoSummary::routeItems, &DemoSummary::workLogEntries, &DemoSummary::diagnostics})
        CHECK(first.summary.*member == second.summary.*member);

    // Past the limit of detail only some methodists' groups get roadmaps,
    // routes and work log; every teacher the planner can take is assigned.
    DemoYear capped(true, 40);
    CHECK(capped.summary.assignments == first.summary.assignments);
    CHECK(capped.summary.roadmaps > 0);
    CHECK(capped.summary.roadmaps < first.summary.roadmaps);
    CHECK(capped.summary.workLogEntries > 0);
    CHECK(capped.summary.workLogEntries < first.summary.workLogEntries);
    QSet<qint64> methodists;
    for (const WorkLogRow &row : WorkLogRepository(capped.db).list({}).value())
        methodists.insert(row.entry.methodistId);
    CHECK_FALSE(methodists.isEmpty());
    CHECK(methodists.size() <= 3); // 101 teachers over a limit of 40: every third methodist's group

    DemoYear bare(false);
    CHECK(bare.summary.teachers == 300);
    CHECK(bare.summary.academicYear.isEmpty());
    CHECK(AssignmentRepository(bare.db).count({}).value() == 0);
    CHECK(EventRepository(bare.db).list().value().isEmpty());
    CHECK(CatalogueRepository(bare.db).entries().value().isEmpty());
    CHECK(WorkLogRepository(bare.db).list({}).value().isEmpty());
}

TEST_CASE("demo: Kaliningrad at its size — the regional centre the largest, the РМА mix exactly 185/24/15",
          "[demo]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("kaliningrad.sqlite"))).ok());
    DemoOptions options; // Kaliningrad's 13 120 teachers and 224 methodists
    options.today = DemoYear::today;
    options.supportData = false;
    REQUIRE(DemoRegion::generate(db, options).ok());

    // Teachers per municipality: the centre first, with about two in five.
    auto perMunicipality = db.exec(QStringLiteral(
        "SELECT m.name, count(*) FROM teachers t JOIN organisations o ON o.id = t.organisation_id "
        "JOIN municipalities m ON m.id = o.municipality_id GROUP BY m.id ORDER BY count(*) DESC"));
    REQUIRE(perMunicipality.ok());
    QSqlQuery &q = perMunicipality.value();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Городской округ «Город Калининград»"));
    const double centreShare = q.value(1).toDouble() / 13120.0;
    CHECK(centreShare > 0.30);
    CHECK(centreShare < 0.50);
    REQUIRE(q.next());
    CHECK(q.value(1).toDouble() < 0.25 * 13120.0);

    // The active members of the РМА by form of employment, as the model has them.
    auto forms = db.exec(QStringLiteral("SELECT e.code, count(*) FROM methodists m JOIN dictionary_entries e ON e.id = "
                                        "m.employment_form_id WHERE m.active = 1 GROUP BY e.code"));
    REQUIRE(forms.ok());
    QMap<QString, int> mix;
    while (forms.value().next())
        mix.insert(forms.value().value(0).toString(), forms.value().value(1).toInt());
    CHECK(mix == QMap<QString, int>{{QStringLiteral("municipal"), 185}, {QStringLiteral("gph"), 24},
                                    {QStringLiteral("staff"), 15}});
    // Staff methodists have a rate; former members a date of leaving and its reason.
    auto former = db.exec(QStringLiteral("SELECT count(*) FROM methodists WHERE active = 0 AND left_on IS NOT NULL "
                                         "AND left_reason <> ''"));
    REQUIRE(former.ok());
    REQUIRE(former.value().next());
    CHECK(former.value().value(0).toInt() == 224 / 40);
    auto rates = db.exec(QStringLiteral("SELECT count(*) FROM methodists m JOIN dictionary_entries e ON e.id = "
                                        "m.employment_form_id WHERE e.code = 'staff' AND m.rate IS NOT NULL"));
    REQUIRE(rates.ok());
    REQUIRE(rates.value().next());
    CHECK(rates.value().value(0).toInt() == 15);
}
