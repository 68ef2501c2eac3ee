#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "documents/RoadmapPdf.h"
#include "documents/TextDocumentPdf.h"
#include "services/DevelopmentService.h"
#include "services/PersonService.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "services/WorkLogService.h"
#include "storage/DevelopmentRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/RouteRepository.h"
#include "storage/WorkLogRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

RoadmapActivity activity(const QString &title, QList<qint64> teachers = {}, QDate due = {})
{
    RoadmapActivity a;
    a.title = title;
    a.teacherIds = teachers;
    a.dueOn = due;
    a.responsible = QStringLiteral("Методист");
    return a;
}

QList<qint64> ids(const QList<PersonRef> &people)
{
    QList<qint64> result;
    for (const PersonRef &p : people)
        result.append(p.id);
    return result;
}

QString pdfText(const QString &path)
{
    // To look at the pages: METODIST_KEEP_PDF=/some/folder.
    if (const QString keep = qEnvironmentVariable("METODIST_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(path, keep + u'/' + QFileInfo(path).fileName());
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(process.waitForFinished(20000));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("roadmap: seven stages in order, closed in order, open activities need a reason", "[roadmap]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Петров"));
    const qint64 t = r.teacher(QStringLiteral("Иванова"));
    r.assign({t}, m);
    RoadmapService service(r.db);
    auto id = service.create(m, SupportRegion::year);
    REQUIRE(id.ok());
    CHECK_FALSE(service.create(m, SupportRegion::year).ok()); // one roadmap a year

    Roadmap roadmap = service.load(id.value()).value();
    REQUIRE(roadmap.stages.size() == 7);
    for (int i = 0; i < 7; ++i) {
        CHECK(roadmap.stages[i].number == i + 1);
        CHECK(roadmap.stages[i].code == RoadmapRules::stageCodes()[i]);
        CHECK(roadmap.stages[i].status == StageStatus::Planned);
    }
    CHECK(roadmap.stages[0].name == QStringLiteral("Аналитический"));
    CHECK(roadmap.stages[6].name == QStringLiteral("Подведение итогов"));

    // Not before the previous stage is closed.
    const Status early = service.closeStage(id.value(), 2, QDate(2025, 9, 20));
    REQUIRE_FALSE(early.ok());
    CHECK(early.message().contains(QStringLiteral("Аналитический")));

    auto open = service.addActivity(id.value(), 1, activity(QStringLiteral("Создать группу в мессенджере"), {t}));
    REQUIRE(open.ok());
    REQUIRE(service.startStage(id.value(), 1, QDate(2025, 9, 2)).ok());
    const Status blocked = service.closeStage(id.value(), 1, QDate(2025, 9, 15));
    REQUIRE_FALSE(blocked.ok());
    CHECK(service.load(id.value())->stages[0].status == StageStatus::InProgress);
    CHECK(service.closeStage(id.value(), 1, QDate(2025, 9, 15), QStringLiteral("   ")).ok() == false);

    REQUIRE(service.closeStage(id.value(), 1, QDate(2025, 9, 15), QStringLiteral("группа создана в другом чате")).ok());
    roadmap = service.load(id.value()).value();
    CHECK(roadmap.stages[0].status == StageStatus::Closed);
    CHECK(roadmap.stages[0].closeReason == QStringLiteral("группа создана в другом чате"));
    CHECK(roadmap.stages[0].actual.start == QDate(2025, 9, 2));
    CHECK(roadmap.stages[0].actual.end == QDate(2025, 9, 15));
    CHECK(RoadmapRules::currentStage(roadmap) == 2);

    // A stage whose activities are all done closes without a reason.
    auto second = service.addActivity(id.value(), 2, activity(QStringLiteral("Диагностика"), {t}));
    REQUIRE(second.ok());
    REQUIRE(service.setActivityDone(id.value(), second.value(), true, QDate(2025, 9, 25)).ok());
    REQUIRE(service.closeStage(id.value(), 2, QDate(2025, 9, 30)).ok());
    roadmap = service.load(id.value()).value();
    CHECK(roadmap.stages[1].closeReason.isEmpty());
    CHECK(roadmap.stages[1].actual.start == QDate(2025, 9, 30)); // never started: closed the same day

    // Reopening goes backwards in order too.
    CHECK_FALSE(service.reopenStage(id.value(), 1).ok());
    REQUIRE(service.reopenStage(id.value(), 2).ok());
    CHECK(service.load(id.value())->stages[1].status == StageStatus::InProgress);

    // Only the methodist's own teachers take part in activities.
    const qint64 stranger = r.teacher(QStringLiteral("Чужая"));
    CHECK_FALSE(service.addActivity(id.value(), 3, activity(QStringLiteral("Семинар"), {stranger})).ok());
    CHECK_FALSE(service.addActivity(id.value(), 8, activity(QStringLiteral("Семинар"))).ok());
}

TEST_CASE("roadmap: overdue is judged against the date given", "[roadmap]")
{
    RoadmapActivity a = activity(QStringLiteral("Посещение уроков"), {}, QDate(2025, 10, 15));
    CHECK_FALSE(RoadmapRules::isOverdue(a, QDate(2025, 10, 14)));
    CHECK_FALSE(RoadmapRules::isOverdue(a, QDate(2025, 10, 15))); // due today is not late yet
    CHECK(RoadmapRules::isOverdue(a, QDate(2025, 10, 16)));
    CHECK(RoadmapRules::isOverdue(a, QDate(2026, 5, 1)));
    a.done = true;
    CHECK_FALSE(RoadmapRules::isOverdue(a, QDate(2026, 5, 1)));
    RoadmapActivity undated = activity(QStringLiteral("Без срока"));
    CHECK_FALSE(RoadmapRules::isOverdue(undated, QDate(2030, 1, 1)));

    // The Gantt data carries the same judgement.
    Roadmap roadmap;
    RoadmapStage stage;
    stage.number = 6;
    stage.name = QStringLiteral("Контроль");
    stage.planned = {QDate(2025, 10, 1), QDate(2026, 4, 30)};
    a.done = false;
    a.id = 42;
    a.startsOn = QDate(2025, 10, 1);
    stage.activities = {a};
    roadmap.stages = {stage};
    const QList<GanttBar> bars = RoadmapRules::gantt(roadmap, QDate(2025, 11, 1));
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].activityId == 0);
    CHECK(bars[0].planned.end == QDate(2026, 4, 30));
    CHECK(bars[1].activityId == 42);
    CHECK(bars[1].planned.start == QDate(2025, 10, 1));
    CHECK(bars[1].overdue);
    CHECK_FALSE(RoadmapRules::gantt(roadmap, QDate(2025, 10, 2))[1].overdue);
}

TEST_CASE("route: suggestions from the latest deficits and the level, not written until accepted", "[route]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Тьюторов"));
    const qint64 low = r.teacher(QStringLiteral("Слабова"));
    const qint64 high = r.teacher(QStringLiteral("Сильнова"));
    const qint64 unknown = r.teacher(QStringLiteral("Новенькая"));
    r.assign({low, high}, m);
    const qint64 subject = r.code(QStringLiteral("deficit_areas"), QStringLiteral("subject"));
    const qint64 methodical = r.code(QStringLiteral("deficit_areas"), QStringLiteral("methodical"));
    const qint64 digital = r.code(QStringLiteral("deficit_areas"), QStringLiteral("digital"));
    const qint64 course = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("course"));
    const qint64 internship = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("internship"));
    RouteWriter routes(r.db);
    Organisation site;
    site.name = QStringLiteral("МАОУ Лицей № 49");
    site.municipalityId = r.city;
    site.internshipSite = true;
    const qint64 siteId = OrganisationWriter(r.db).insert(site).value();
    REQUIRE(CatalogueWriter(r.db).save(test::catalogueEntry(course, QStringLiteral("Методика урока математики"), methodical, 36, true, 0)).ok());
    REQUIRE(CatalogueWriter(r.db).save(test::catalogueEntry(internship, QStringLiteral("Цифровые инструменты учителя"), digital, 16, false, siteId)).ok());
    REQUIRE(CatalogueWriter(r.db).save(test::catalogueEntry(course, QStringLiteral("Трудные темы алгебры"), subject, 72, true, 0)).ok());

    DevelopmentWriter development(r.db);
    const qint64 medium = r.code(QStringLiteral("competence_levels"), QStringLiteral("medium"));
    const qint64 lowLevel = r.code(QStringLiteral("competence_levels"), QStringLiteral("low"));
    const qint64 highLevel = r.code(QStringLiteral("competence_levels"), QStringLiteral("high"));
    // The older diagnostics found a subject deficit; the latest, methodical and digital ones.
    REQUIRE(development.addDiagnostic({0, low, QDate(2024, 10, 1), medium, {subject}, {}}).ok());
    REQUIRE(development.addDiagnostic({0, low, QDate(2025, 9, 10), lowLevel, {digital, methodical}, {}}).ok());
    REQUIRE(development.addDiagnostic({0, high, QDate(2025, 9, 12), highLevel, {}, {}}).ok());

    RouteService service(r.db);
    auto draft = service.suggest(low, SupportRegion::year);
    REQUIRE(draft.ok());
    CHECK(draft->levelCode == QStringLiteral("low"));
    CHECK(draft->deficitAreaIds == QList<qint64>{methodical, digital}); // in the dictionary's order
    CHECK(draft->route.tutorId == m);
    const QList<RouteItem> &items = draft->route.items;
    REQUIRE(items.size() == 2 + 5);
    CHECK(items[0].title == QStringLiteral("Методика урока математики"));
    CHECK(items[0].federalRegistry);
    CHECK(items[0].hours == 36);
    CHECK(items[1].title == QStringLiteral("Цифровые инструменты учителя"));
    CHECK(items[1].organisationId == siteId);
    int mentoring = 0;
    for (const RouteItem &item : items) {
        CHECK(item.tutorId == m);
        CHECK(item.title != QStringLiteral("Трудные темы алгебры")); // the older deficit is not suggested
        mentoring += item.kindCode == u"mentoring";
    }
    CHECK(mentoring == 4);
    CHECK(items.last().title == RouteService::tr("Supervision"));
    CHECK(routes.find(low, SupportRegion::year).value() == 0); // nothing written yet

    auto highDraft = service.suggest(high, SupportRegion::year);
    REQUIRE(highDraft.ok());
    REQUIRE(highDraft->route.items.size() == 3);
    CHECK(highDraft->route.items[0].kindCode == QStringLiteral("course"));
    CHECK(highDraft->route.items[0].title == RouteService::tr("Professional development at the profile level"));
    CHECK(highDraft->route.items[1].title == RouteService::tr("Writing expert cases"));
    CHECK(highDraft->route.items[2].title == RouteService::tr("Candidacy for the regional methodical active"));

    auto none = service.suggest(unknown, SupportRegion::year);
    REQUIRE(none.ok());
    CHECK(none->route.items.isEmpty());
    CHECK(none->route.tutorId == 0);

    // Accepted after editing: the user drops one item.
    Route accepted = draft->route;
    accepted.items.removeAt(1);
    auto id = service.create(accepted);
    REQUIRE(id.ok());
    const Route stored = service.get(low, SupportRegion::year).value();
    REQUIRE(stored.items.size() == 6);
    CHECK(stored.items[0].kindName == QStringLiteral("Курсы ПК"));
    CHECK(stored.items[0].deficitAreaName == QStringLiteral("методические"));
    CHECK(stored.items[0].tutorName == QStringLiteral("Тьюторов Пётр Ильич"));
    CHECK_FALSE(service.create(accepted).ok()); // one route a year
}

TEST_CASE("route: progress is done over non-cancelled items, none for an empty route", "[route]")
{
    const auto item = [](RouteItemStatus status) {
        RouteItem i;
        i.status = status;
        return i;
    };
    using S = RouteItemStatus;
    CHECK_FALSE(RouteRules::progress({}).value().has_value());
    CHECK_FALSE(RouteRules::progress({item(S::Cancelled), item(S::Cancelled)}).value().has_value());
    CHECK_FALSE(RouteRules::progress({}).completed());
    const RouteProgress p = RouteRules::progress({item(S::Done), item(S::Planned), item(S::Done), item(S::Cancelled),
                                                  item(S::InProgress)});
    CHECK(p.done == 2);
    CHECK(p.counted == 4);
    CHECK(*p.value() == Approx(0.5));
    CHECK_FALSE(p.completed());
    const RouteProgress full = RouteRules::progress({item(S::Done), item(S::Cancelled)});
    CHECK(*full.value() == Approx(1.0));
    CHECK(full.completed());

    RouteFilter completed;
    completed.state = RouteFilter::State::Completed;
    CHECK(RouteRules::matches(completed, full));
    CHECK_FALSE(RouteRules::matches(completed, p));
    RouteFilter empty;
    empty.state = RouteFilter::State::Empty;
    CHECK(RouteRules::matches(empty, RouteRules::progress({})));
    RouteFilter half;
    half.minProgress = 0.5;
    CHECK(RouteRules::matches(half, p));
    CHECK_FALSE(RouteRules::matches(half, RouteRules::progress({})));
}

// Methodist M has Анисимова, Борисова and Власова; Громова is another
// methodist's. Done activities involve Анисимова and Борисова; Анисимова's
// route is complete, Борисова's half done, Власова has none; Громова's
// complete route belongs to another roadmap.
TEST_CASE("roadmap: summing up counts what it shows", "[roadmap][summary]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Методистова"));
    const qint64 other = r.methodist(QStringLiteral("Другой"));
    const qint64 a = r.teacher(QStringLiteral("Анисимова"));
    const qint64 b = r.teacher(QStringLiteral("Борисова"));
    const qint64 c = r.teacher(QStringLiteral("Власова"));
    const qint64 d = r.teacher(QStringLiteral("Громова"));
    r.assign({a, b, c}, m);
    r.assign({d}, other);

    RoadmapService service(r.db);
    const qint64 id = service.create(m, SupportRegion::year).value();
    const qint64 act1 = service.addActivity(id, 2, activity(QStringLiteral("Тестирование"), {a, b})).value();
    const qint64 act2 = service.addActivity(id, 3, activity(QStringLiteral("Анкета запроса"), {a})).value();
    const qint64 act3 = service.addActivity(id, 5, activity(QStringLiteral("Семинар"), {c})).value();
    const qint64 act4 = service.addActivity(id, 6, activity(QStringLiteral("Отчёт"))).value();
    for (qint64 done : {act1, act2, act4})
        REQUIRE(service.setActivityDone(id, done, true, QDate(2025, 10, 1)).ok());

    const qint64 kind = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("self_study"));
    const auto route = [&](qint64 teacher, QList<RouteItemStatus> statuses) {
        Route route;
        route.teacherId = teacher;
        route.academicYear = SupportRegion::year;
        for (RouteItemStatus s : statuses) {
            RouteItem item;
            item.kindId = kind;
            item.title = QStringLiteral("Самообразование");
            item.status = s;
            route.items.append(item);
        }
        return RouteService(r.db).create(route).value();
    };
    using S = RouteItemStatus;
    const qint64 routeA = route(a, {S::Done, S::Done, S::Cancelled});
    const qint64 routeB = route(b, {S::Done, S::Planned});
    route(d, {S::Done});

    const RoadmapSummary s = service.summary(id).value();
    CHECK(ids(s.assignedTeachers) == QList<qint64>{a, b, c});
    CHECK(ids(s.coveredTeachers) == QList<qint64>{a, b});
    CHECK(s.coveredTeachers[0].name == QStringLiteral("Анисимова Анна Сергеевна"));
    CHECK(*s.coverage() == Approx(2.0 / 3.0));
    CHECK(s.plannedActivityIds == QList<qint64>{act1, act2, act3, act4});
    CHECK(s.doneActivityIds == QList<qint64>{act1, act2, act4});
    CHECK(*s.activitiesDone() == Approx(0.75));
    REQUIRE(s.routes.size() == 2);
    CHECK(s.routes[0].routeId == routeA);
    CHECK(s.routes[1].routeId == routeB);
    REQUIRE(s.completedRoutes.size() == 1);
    CHECK(s.completedRoutes[0].routeId == routeA);
    CHECK(*s.routesCompleted() == Approx(0.5));

    // The conclusion is the methodist's.
    REQUIRE(service.saveConclusion(id, Conclusion::Partial, QStringLiteral("Продолжить работу с Власовой")).ok());
    CHECK(service.summary(id)->conclusion == Conclusion::Partial);
    CHECK(service.summary(id)->nextYearPlans == QStringLiteral("Продолжить работу с Власовой"));

    // The year's overview.
    REQUIRE(service.create(other, SupportRegion::year).ok());
    const QList<RoadmapOverviewRow> rows = service.overview(SupportRegion::year).value();
    REQUIRE(rows.size() == 2);
    const RoadmapOverviewRow &mine = rows[0].methodistId == m ? rows[0] : rows[1];
    CHECK(mine.teachersAssigned == 3);
    CHECK(mine.activitiesDone == 3);
    CHECK(mine.activitiesPlanned == 4);
    CHECK(mine.currentStage == 1);

    // An empty roadmap has no shares rather than zeros.
    const RoadmapSummary empty = service.summary(service.get(other, SupportRegion::year)->id).value();
    CHECK_FALSE(empty.activitiesDone().has_value());
    CHECK(*empty.coverage() == Approx(0.0));

    // Printed: the figures and the lists behind them.
    const QString pdf = r.scratch.path(QStringLiteral("roadmap.pdf"));
    REQUIRE(service.setActivityDone(id, act3, false, {}).ok());
    auto dated = service.load(id).value();
    RoadmapActivity late = dated.stages[4].activities[0];
    late.dueOn = QDate(2025, 10, 20);
    REQUIRE(service.updateActivity(id, late).ok());
    const Status written = service.exportPdf(id, pdf, QDate(2025, 11, 1));
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    const QString text = pdfText(pdf);
    // The tests run in Russian: the figures read «2 из 3».
    const auto ofText = [](int part, int whole) {
        return QCoreApplication::translate("RoadmapPdf", "%1 of %2").arg(part).arg(whole);
    };
    for (const QString &expected : {QStringLiteral("Методистова Пётр Ильич"), QStringLiteral("2025/2026"),
                                    QStringLiteral("Аналитический"), QStringLiteral("Подведение итогов"),
                                    QStringLiteral("Тестирование"), ofText(2, 3), ofText(3, 4), ofText(1, 2), QStringLiteral("Власова Анна Сергеевна"),
                                    QCoreApplication::translate("RoadmapPdf", "overdue"),
                                    QStringLiteral("Продолжить работу с Власовой"),
                                    // The teachers once, numbered at the end; rows name them by number.
                                    QCoreApplication::translate("RoadmapPdf", "Teachers assigned to the methodist (%1)")
                                        .arg(3)})
    {
        INFO(expected.toStdString() << " in " << text.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(text.count(QStringLiteral("Власова Анна Сергеевна")) == 1);
}

TEST_CASE("people: deleting many is all or nothing, for teachers and methodists", "[registry][service]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Занятова"));
    const qint64 free = r.methodist(QStringLiteral("Свободнова"));
    const qint64 t1 = r.teacher(QStringLiteral("Удаляемова"));
    const qint64 t2 = r.teacher(QStringLiteral("Закреплённова"));
    const qint64 t3 = r.teacher(QStringLiteral("Лишнева"));
    r.assign({t2}, m);
    PersonService people(r.db);

    // The assigned teacher cannot go, so neither does the one before it.
    const Status refused = people.removeTeachers({t1, t2});
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.message().isEmpty());
    CHECK(TeacherRepository(r.db).count().value() == 3);
    CHECK(TeacherRepository(r.db).get(t1).ok());

    REQUIRE(people.removeTeachers({t1, t3}).ok());
    CHECK(TeacherRepository(r.db).count().value() == 1);
    CHECK_FALSE(TeacherRepository(r.db).get(t3).ok());

    REQUIRE_FALSE(people.removeMethodists({free, m}).ok());
    CHECK(MethodistRepository(r.db).get(free).ok());
    REQUIRE(people.removeMethodists({free}).ok());
    CHECK_FALSE(MethodistRepository(r.db).get(free).ok());
    CHECK(MethodistRepository(r.db).get(m).ok());
    CHECK(people.removeTeachers({}).ok());
}

TEST_CASE("development: ПК and diagnostics added through the service, a failed diagnostics leaves nothing",
          "[development][service]")
{
    SupportRegion r;
    const qint64 t = r.teacher(QStringLiteral("Развивающаяся"));
    const qint64 minimal = r.code(QStringLiteral("competence_levels"), QStringLiteral("minimal"));
    const qint64 digital = r.code(QStringLiteral("deficit_areas"), QStringLiteral("digital"));
    DevelopmentService development(r.db);

    PkRecord pk;
    pk.teacherId = t;
    pk.program = QStringLiteral("Формирование функциональной грамотности");
    pk.hours = 36;
    pk.federalRegistry = true;
    pk.completedOn = QDate(2025, 10, 20);
    REQUIRE(development.addPk(pk).ok());
    const auto pks = development.pkOfTeacher(t);
    REQUIRE(pks.ok());
    REQUIRE(pks.value().size() == 1);
    CHECK(pks.value().first().program == pk.program);
    CHECK(pks.value().first().hours == 36);
    CHECK(pks.value().first().federalRegistry);

    REQUIRE(development.addDiagnostic({0, t, QDate(2025, 9, 5), minimal, {digital}, {}}).ok());
    // A deficit area that does not exist fails after the result itself was
    // written: the service's transaction takes that back too.
    REQUIRE_FALSE(development.addDiagnostic({0, t, QDate(2025, 12, 1), minimal, {digital, 999999}, {}}).ok());
    CHECK_FALSE(development.addDiagnostic({0, t, QDate(), minimal, {}, {}}).ok());
    const auto diagnostics = development.diagnosticsOfTeacher(t);
    REQUIRE(diagnostics.ok());
    REQUIRE(diagnostics.value().size() == 1);
    CHECK(diagnostics.value().first().diagnosedOn == QDate(2025, 9, 5));
    CHECK(diagnostics.value().first().deficitAreaIds == QList<qint64>{digital});
}

TEST_CASE("route and events: the printed route, the calendar by dates", "[route][events]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Наставникова"));
    const qint64 t = r.teacher(QStringLiteral("Маршрутова"));
    r.assign({t}, m);
    const qint64 minimal = r.code(QStringLiteral("competence_levels"), QStringLiteral("minimal"));
    const qint64 digital = r.code(QStringLiteral("deficit_areas"), QStringLiteral("digital"));
    REQUIRE(DevelopmentWriter(r.db).addDiagnostic({0, t, QDate(2025, 9, 5), minimal, {digital}, {}}).ok());

    EventWriter events(r.db);
    Event ev;
    ev.title = QStringLiteral("Региональный фестиваль открытых уроков");
    ev.startsOn = QDate(2025, 11, 10);
    ev.endsOn = QDate(2025, 11, 12);
    ev.levelId = r.code(QStringLiteral("event_levels"), QStringLiteral("regional"));
    ev.modelStageId = r.code(QStringLiteral("model_stages"), QStringLiteral("experience_presentation"));
    const qint64 eventId = events.insert(ev).value();
    ev.title = QStringLiteral("Школьный методический день");
    ev.startsOn = QDate(2026, 2, 3);
    ev.endsOn = {};
    REQUIRE(events.insert(ev).ok());
    ev.endsOn = QDate(2026, 2, 1);
    CHECK_FALSE(events.insert(ev).ok()); // ends before it starts
    CHECK(events.list().value().size() == 2);
    const auto november = events.list(QDate(2025, 11, 11), QDate(2025, 11, 30)).value();
    REQUIRE(november.size() == 1); // an event that has begun still counts
    CHECK(november[0].levelName == QStringLiteral("Региональный"));
    CHECK(events.list(QDate(2026, 2, 3), QDate(2026, 2, 3)).value().size() == 1);

    RouteService service(r.db);
    Route route = service.suggest(t, SupportRegion::year)->route;
    RouteItem festival;
    festival.kindId = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("event"));
    festival.title = QStringLiteral("Участие в фестивале");
    festival.eventId = eventId;
    festival.startsOn = QDate(2025, 11, 10);
    festival.endsOn = QDate(2025, 11, 12);
    festival.status = RouteItemStatus::Done;
    route.items.append(festival);
    const qint64 id = service.create(route).value();
    const QString pdf = r.scratch.path(QStringLiteral("route.pdf"));
    REQUIRE(service.exportPdf(id, pdf).ok());
    const QString text = pdfText(pdf);
    for (const QString &expected :
         {QStringLiteral("Маршрутова Анна Сергеевна"), QStringLiteral("МАОУ СОШ № 7"), QStringLiteral("2025/2026"),
          QStringLiteral("минимальный"), QStringLiteral("цифровые"), QStringLiteral("Наставникова Пётр Ильич"),
          QStringLiteral("Участие в фестивале"), QStringLiteral("Региональный фестиваль"),
          QStringLiteral("10.11.2025 –"), QStringLiteral("12.11.2025"), RouteService::tr("Supervision")})
    {
        INFO(expected.toStdString() << " in " << text.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(pdfPages(pdf) <= 2);
    // Signed under «И. О. Фамилия», each with a place for the date.
    const QString spaced = QString(text).replace(QChar(0x00A0), u' ');
    CHECK(spaced.contains(QStringLiteral("А. С. Маршрутова")));
    CHECK(spaced.contains(QStringLiteral("П. И. Наставникова")));
    CHECK(text.count(QStringLiteral("20___")) == 2);

    // Long words in narrow cells break at syllables, with a hyphen; short ones and Latin never.
    const QChar shy(0x00AD);
    CHECK(TextDocumentPdf::hyphenated(QStringLiteral("методические"))
          == QStringLiteral("ме%1то%1ди%1чес%1кие").arg(shy));
    CHECK(TextDocumentPdf::hyphenated(QStringLiteral("подготовка к ЕГЭ"))
          == QStringLiteral("под%1го%1тов%1ка к ЕГЭ").arg(shy));
    CHECK(TextDocumentPdf::hyphenated(QStringLiteral("школа Moodle")) == QStringLiteral("школа Moodle"));
    CHECK(TextDocumentPdf::hyphenated(QStringLiteral("объединение")).indexOf(QStringLiteral("%1ъ").arg(shy)) < 0);

    // Removing the event keeps the item.
    REQUIRE(events.remove(eventId).ok());
    const Route kept = service.get(t, SupportRegion::year).value();
    CHECK(kept.items.last().title == QStringLiteral("Участие в фестивале"));
    CHECK(kept.items.last().eventId == 0);

    RouteFilter filter;
    filter.academicYear = SupportRegion::year;
    filter.tutorId = m;
    filter.municipalityId = r.city;
    REQUIRE(service.registry(filter).value().size() == 1);
    CHECK(service.registry(filter)->at(0).progress.done == 1);
    filter.state = RouteFilter::State::Completed;
    CHECK(service.registry(filter).value().isEmpty());
}

namespace {

// Routes of teachers in two municipalities with two tutors, for the filters
// of the registry.
struct RegistryOfRoutes
{
    SupportRegion r;
    qint64 town = 0, townSchool = 0;
    qint64 orlov = 0, sokolov = 0;
    qint64 ivanova = 0, yolkina = 0, petrova = 0, ivanovaTown = 0, empty = 0, lastYear = 0;
    qint64 kind = 0;

    qint64 teacherAt(const QString &lastName, qint64 organisationId)
    {
        Teacher t;
        t.lastName = lastName;
        t.firstName = QStringLiteral("Мария");
        t.middleName = QStringLiteral("Олеговна");
        t.organisationId = organisationId;
        t.subjectId = r.maths;
        t.snils = test::snilsNumber(++r.serial);
        auto id = TeacherWriter(r.db).insert(t);
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 route(qint64 teacher, qint64 tutor, QList<RouteItemStatus> statuses,
                 const QString &year = SupportRegion::year)
    {
        Route route;
        route.teacherId = teacher;
        route.academicYear = year;
        route.tutorId = tutor;
        for (RouteItemStatus s : statuses) {
            RouteItem item;
            item.kindId = kind;
            item.title = QStringLiteral("Самообразование");
            item.status = s;
            route.items.append(item);
        }
        auto id = RouteService(r.db).create(route);
        REQUIRE(id.ok());
        return id.value();
    }

    RegistryOfRoutes()
    {
        for (const DictionaryEntry &e : DictionaryRepository(r.db).entries(QStringLiteral("municipalities")).value())
            if (e.id != r.city && town == 0)
                town = e.id;
        REQUIRE(town > 0);
        townSchool = OrganisationWriter(r.db).findOrCreate(town, QStringLiteral("МБОУ СОШ № 2")).value();
        orlov = r.methodist(QStringLiteral("Орлов"));
        sokolov = r.methodist(QStringLiteral("Соколов"));
        kind = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("self_study"));
        ivanova = teacherAt(QStringLiteral("Иванова"), r.school);
        yolkina = teacherAt(QStringLiteral("Ёлкина"), r.school);
        petrova = teacherAt(QStringLiteral("Петрова"), r.school);
        ivanovaTown = teacherAt(QStringLiteral("Иванова-Петрова"), townSchool);
        empty = teacherAt(QStringLiteral("Пустова"), townSchool);
        lastYear = teacherAt(QStringLiteral("Прошлогодняя"), r.school);
        using S = RouteItemStatus;
        route(ivanova, orlov, {S::Done, S::Cancelled});      // completed
        route(yolkina, orlov, {S::Done, S::Planned});        // half done
        route(petrova, sokolov, {S::Planned});               // not started
        route(ivanovaTown, sokolov, {S::Done, S::Done});     // completed
        route(empty, orlov, {});                             // no items
        route(lastYear, orlov, {S::Done}, QStringLiteral("2024/2025"));
    }

    QList<qint64> teachers(const RouteFilter &filter)
    {
        auto rows = RouteRepository(r.db).rows(filter);
        INFO(rows.message().toStdString());
        REQUIRE(rows.ok());
        QList<qint64> result;
        for (const RouteRow &row : rows.value())
            result.append(row.teacherId);
        std::sort(result.begin(), result.end());
        return result;
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }
};

} // namespace

TEST_CASE("route registry: filters by municipality, tutor, completion and name run in the query", "[route][registry]")
{
    RegistryOfRoutes g;
    RouteFilter filter;
    filter.academicYear = SupportRegion::year;
    CHECK(g.teachers(filter) == g.sorted({g.ivanova, g.yolkina, g.petrova, g.ivanovaTown, g.empty}));

    SECTION("municipality and tutor")
    {
        filter.municipalityId = g.town;
        CHECK(g.teachers(filter) == g.sorted({g.ivanovaTown, g.empty}));
        filter.tutorId = g.sokolov;
        CHECK(g.teachers(filter) == QList<qint64>{g.ivanovaTown});
        filter.municipalityId = 0;
        CHECK(g.teachers(filter) == g.sorted({g.petrova, g.ivanovaTown}));
    }

    SECTION("completion: an empty route is not completed")
    {
        filter.state = RouteFilter::State::Completed;
        CHECK(g.teachers(filter) == g.sorted({g.ivanova, g.ivanovaTown}));
        filter.state = RouteFilter::State::NotCompleted;
        CHECK(g.teachers(filter) == g.sorted({g.yolkina, g.petrova, g.empty}));
        filter.state = RouteFilter::State::Empty;
        CHECK(g.teachers(filter) == QList<qint64>{g.empty});
        filter.state = RouteFilter::State::NotStarted;
        CHECK(g.teachers(filter) == QList<qint64>{g.petrova});
        filter.state = RouteFilter::State::Started;
        CHECK(g.teachers(filter) == QList<qint64>{g.yolkina});
        filter.state = RouteFilter::State::Any;
        filter.minProgress = 0.5;
        CHECK(g.teachers(filter) == g.sorted({g.ivanova, g.yolkina, g.ivanovaTown}));

        // The query agrees with the rule the rest of the program uses.
        RouteFilter year;
        year.academicYear = SupportRegion::year;
        const QList<RouteRow> all = RouteRepository(g.r.db).rows(year).value();
        REQUIRE(all.size() == 5);
        for (RouteFilter::State state : {RouteFilter::State::Completed, RouteFilter::State::NotCompleted})
            for (const RouteRow &row : all) {
                RouteFilter f;
                f.academicYear = SupportRegion::year;
                f.state = state;
                INFO(int(state) << " " << row.teacherName.toStdString() << " " << row.progress.done << "/"
                                << row.progress.counted);
                CHECK(RouteRules::matches(f, row.progress) == g.teachers(f).contains(row.teacherId));
            }
    }

    SECTION("the teacher's name, by search key: case, ё and hyphens do not matter")
    {
        filter.teacherName = QStringLiteral("ИВАНОВА");
        CHECK(g.teachers(filter) == g.sorted({g.ivanova, g.ivanovaTown}));
        filter.teacherName = QStringLiteral("елкина");
        CHECK(g.teachers(filter) == QList<qint64>{g.yolkina});
        filter.teacherName = QStringLiteral("иванова – петрова");
        CHECK(g.teachers(filter) == QList<qint64>{g.ivanovaTown});
        filter.teacherName = QStringLiteral("пе"); // too short for the trigram index: scanned
        CHECK(g.teachers(filter) == g.sorted({g.petrova, g.ivanovaTown}));
        filter.teacherName = QStringLiteral("%");   // a LIKE wildcard is just a character
        CHECK(g.teachers(filter).isEmpty());
        filter.teacherName = QStringLiteral("\"мария");  // nor is a quote FTS syntax
        CHECK(g.teachers(filter).isEmpty());
        // Combined with the other filters.
        filter.teacherName = QStringLiteral("петрова");
        filter.state = RouteFilter::State::Completed;
        CHECK(g.teachers(filter) == QList<qint64>{g.ivanovaTown});
        // Another year is not mixed in.
        filter = {};
        filter.teacherName = QStringLiteral("прошлогодняя");
        CHECK(g.teachers(filter) == QList<qint64>{g.lastYear});
        filter.academicYear = SupportRegion::year;
        CHECK(g.teachers(filter).isEmpty());
    }
}

TEST_CASE("route: an empty route built item by item, checked in core", "[route]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Наставников"));
    const qint64 t = r.teacher(QStringLiteral("Бездиагностова"));
    const qint64 loner = r.teacher(QStringLiteral("Незакреплённая"));
    r.assign({t}, m);
    const qint64 course = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("course"));
    RouteService service(r.db);

    auto id = service.createEmpty(t, SupportRegion::year);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    Route route = service.get(t, SupportRegion::year).value();
    CHECK(route.items.isEmpty());
    CHECK(route.tutorId == m); // the teacher's methodist that year
    CHECK(route.diagnosticId == 0);
    CHECK_FALSE(service.createEmpty(t, SupportRegion::year).ok()); // one route a year
    CHECK_FALSE(service.createEmpty(t, QStringLiteral("2025")).ok());
    auto unassigned = service.createEmpty(loner, SupportRegion::year);
    REQUIRE(unassigned.ok());
    CHECK(service.get(loner, SupportRegion::year)->tutorId == 0);

    RouteItem item;
    item.kindId = course;
    item.title = QStringLiteral("  Курсы   по ФГОС ");
    item.hours = 36;
    item.federalRegistry = true;
    item.startsOn = QDate(2025, 10, 1);
    item.endsOn = QDate(2025, 10, 20);
    item.tutorId = m;

    // Refused, with the reason, before anything is written.
    RouteItem bad = item;
    bad.title = QStringLiteral("   ");
    CHECK_FALSE(service.saveItem(id.value(), bad).ok());
    CHECK_FALSE(RouteService::itemProblem(bad).isEmpty());
    bad = item;
    bad.endsOn = QDate(2025, 9, 30);
    CHECK(service.saveItem(id.value(), bad).message() == RouteService::itemProblem(bad));
    bad = item;
    bad.hours = 0;
    CHECK_FALSE(service.saveItem(id.value(), bad).ok());
    bad = item;
    bad.kindId = 0;
    CHECK_FALSE(service.saveItem(id.value(), bad).ok());
    CHECK_FALSE(service.saveItem(id.value() + 1000, item).ok()); // no such route
    CHECK(service.get(t, SupportRegion::year)->items.isEmpty());

    const qint64 first = service.saveItem(id.value(), item).value();
    item.title = QStringLiteral("Стажировка");
    item.hours.reset();
    const qint64 second = service.saveItem(id.value(), item).value();
    item.title = QStringLiteral("Наставничество");
    const qint64 third = service.saveItem(id.value(), item).value();
    route = service.get(t, SupportRegion::year).value();
    REQUIRE(route.items.size() == 3);
    CHECK(route.items[0].title == QStringLiteral("Курсы по ФГОС"));
    CHECK(route.items[0].hours == 36);
    CHECK(route.items[0].federalRegistry);
    CHECK(route.items[0].endsOn == QDate(2025, 10, 20));
    CHECK_FALSE(route.items[1].hours.has_value());

    // Updated in place; an item of another route is not touched.
    RouteItem edited = route.items[0];
    edited.status = RouteItemStatus::Done;
    REQUIRE(service.saveItem(id.value(), edited).value() == first);
    CHECK_FALSE(service.saveItem(unassigned.value(), edited).ok());
    CHECK(RouteRules::progress(service.get(t, SupportRegion::year)->items).done == 1);

    // Removed: the items after it move up, the numbers have no gap.
    REQUIRE(service.removeItem(second).ok());
    route = service.get(t, SupportRegion::year).value();
    REQUIRE(route.items.size() == 2);
    CHECK(route.items[0].id == first);
    CHECK(route.items[1].id == third);
    CHECK(route.items[0].position == 1);
    CHECK(route.items[1].position == 2);
    CHECK_FALSE(service.removeItem(second).ok());
    const qint64 fourth = service.saveItem(id.value(), item).value();
    CHECK(service.get(t, SupportRegion::year)->items.last().id == fourth);
    CHECK(service.get(t, SupportRegion::year)->items.last().position == 3);
}

