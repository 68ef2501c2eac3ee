// Text limits on every record a person types (events, work log, routes,
// roadmaps, orders and their settings, monitoring notes) and a work-log
// import that stays bounded in memory and in its report, whatever the file.
#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "TestSupport.h"
#include "domain/TextRules.h"
#include "services/EventService.h"
#include "services/Importer.h"
#include "services/MonitoringService.h"
#include "services/OrderService.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "services/WorkLogService.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/MonitoringRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RoadmapRepository.h"
#include "storage/RouteRepository.h"
#include "storage/WorkLogRepository.h"

#include <QRegularExpression>

using namespace metodist;
using metodist::test::SupportRegion;

namespace {

const QString huge(60'000, u'Ж');
const QString control = QStringLiteral("a\x01\x1b[31mred\x07");

// Refused with a sentence naming the field, for a text too long and for a
// control character; the failures are checked by the caller's save.
template<typename Save>
void refusesBadText(const QString &field, Save save)
{
    for (const QString &bad : {huge, control}) {
        const Status status = save(bad);
        INFO(field.toStdString() << ": " << status.message().toStdString());
        CHECK_FALSE(status.ok());
        CHECK(status.message().startsWith(field + QStringLiteral(": ")));
    }
}

} // namespace

TEST_CASE("text limits: events refuse a huge title and control characters", "[trust][texts]")
{
    SupportRegion r;
    EventWriter events(r.db);
    Event e;
    e.title = QStringLiteral("Августовская конференция");
    e.startsOn = QDate(2025, 8, 28);
    e.description = QStringLiteral("Первая строка\nвторая строка");
    const auto id = events.insert(e);
    REQUIRE(id.ok());
    e.id = id.value();
    refusesBadText(EventRepository::tr("Title"), [&](const QString &bad) {
        Event x = e;
        x.title = bad;
        return events.insert(x).status();
    });
    refusesBadText(EventRepository::tr("Organiser"), [&](const QString &bad) {
        Event x = e;
        x.organiser = bad;
        return events.update(x);
    });
    refusesBadText(EventRepository::tr("Description"), [&](const QString &bad) {
        Event x = e;
        x.description = bad;
        return EventService(r.db).save(e, x, SaveMode::Overwrite).status();
    });
    CHECK(events.get(e.id)->description == e.description); // nothing stored
    e.organiser = QStringLiteral("КОИРО");
    CHECK(events.update(e).ok());
}

TEST_CASE("text limits: work-log results, route items and roadmap activities", "[trust][texts]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Журналова"));
    const qint64 t = r.teacher(QStringLiteral("Первая"));
    r.assign({t}, m);

    WorkLogEntry entry;
    entry.methodistId = m;
    entry.teacherId = t;
    entry.workKindId = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    entry.workedOn = QDate(2025, 10, 1);
    entry.result = QStringLiteral("Урок разобран.\nРекомендации даны.");
    REQUIRE(WorkLogWriter(r.db).insert(entry).ok());
    refusesBadText(WorkLogRepository::tr("Result"), [&](const QString &bad) {
        WorkLogEntry x = entry;
        x.result = bad;
        return WorkLogService(r.db).saveEntry({}, x).status();
    });

    const qint64 route = RouteService(r.db).createEmpty(t, SupportRegion::year).value();
    RouteItem item;
    item.kindId = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("self_study"));
    item.title = QStringLiteral("Самообразование");
    REQUIRE(RouteService(r.db).saveItem(route, item).ok());
    refusesBadText(RouteWriter::tr("Title of the route item"), [&](const QString &bad) {
        RouteItem x = item;
        x.title = bad;
        return RouteService(r.db).saveItem(route, x).status();
    });

    RoadmapService roadmaps(r.db);
    const qint64 roadmap = roadmaps.create(m, SupportRegion::year).value();
    RoadmapActivity activity;
    activity.title = QStringLiteral("Семинар");
    activity.responsible = QStringLiteral("Журналова П. И.");
    activity.expectedResult = QStringLiteral("Протокол.\nСписок участников.");
    activity.teacherIds = {t};
    const auto added = roadmaps.addActivity(roadmap, 1, activity);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    activity.id = added.value();
    refusesBadText(RoadmapRepository::tr("Activity"), [&](const QString &bad) {
        RoadmapActivity x = activity;
        x.id = 0;
        x.title = bad;
        return roadmaps.addActivity(roadmap, 1, x).status();
    });
    refusesBadText(RoadmapRepository::tr("Responsible"), [&](const QString &bad) {
        RoadmapActivity x = activity;
        x.responsible = bad;
        return roadmaps.updateActivity(roadmap, x);
    });
    refusesBadText(RoadmapRepository::tr("Document"), [&](const QString &bad) {
        RoadmapActivity x = activity;
        x.documentKind = bad;
        return roadmaps.updateActivity(roadmap, x);
    });
    refusesBadText(RoadmapRepository::tr("Expected result"), [&](const QString &bad) {
        RoadmapActivity x = activity;
        x.expectedResult = bad;
        return roadmaps.updateActivity(roadmap, x);
    });
    activity.documentKind = QStringLiteral("Протокол");
    CHECK(roadmaps.updateActivity(roadmap, activity).ok());
}

TEST_CASE("text limits: order settings, orders and monitoring notes", "[trust][texts]")
{
    SupportRegion r;
    OrderService orders(r.db);
    OrderSettings settings = orders.settings().value();
    settings.institution = QStringLiteral("ГАУ КО «Институт развития образования»");
    settings.place = QStringLiteral("г. Калининград");
    settings.signatoryPosition = QStringLiteral("Ректор");
    settings.signatoryName = QStringLiteral("А. Б. Вениаминов");
    REQUIRE(orders.saveSettings(settings).ok());
    refusesBadText(OrderService::tr("Institution"), [&](const QString &bad) {
        OrderSettings x = settings;
        x.institution = bad;
        return orders.saveSettings(x);
    });
    refusesBadText(OrderService::tr("Place"), [&](const QString &bad) {
        OrderSettings x = settings;
        x.place = bad;
        return orders.saveSettings(x);
    });
    refusesBadText(OrderService::tr("Signatory's position"), [&](const QString &bad) {
        OrderSettings x = settings;
        x.signatoryPosition = bad;
        return orders.saveSettings(x);
    });
    refusesBadText(OrderService::tr("Signatory"), [&](const QString &bad) {
        OrderSettings x = settings;
        x.signatoryName = bad;
        return orders.saveSettings(x);
    });
    CHECK(orders.settings()->institution == settings.institution); // nothing stored

    Order order;
    order.number = QStringLiteral("125-о");
    order.issuedOn = QDate(2025, 9, 1);
    order.academicYear = SupportRegion::year;
    order.title = QStringLiteral("О закреплении");
    CHECK(OrderRepository::textProblem(order).isEmpty());
    refusesBadText(OrderRepository::tr("Title"), [&](const QString &bad) {
        Order x = order;
        x.title = bad;
        return OrderWriter(r.db).insert(x).status();
    });

    MonitoringService monitoring(r.db);
    const QString code = QStringLiteral("municipal_service_satisfaction_share");
    REQUIRE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.city, {}, 30, 40, QStringLiteral("анкета\nвторая строка")})
                .ok());
    refusesBadText(MonitoringWriter::tr("Note"), [&](const QString &bad) {
        return MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.city, {}, 30, 40, bad});
    });
}

TEST_CASE("work-log import: many junk rows give a bounded report; a huge row is refused by its number",
          "[trust][texts][import]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Журналова"));
    const qint64 t = r.teacher(QStringLiteral("Первая"));
    const QString ms = Snils::format(MethodistRepository(r.db).get(m)->snils);
    const QString ts = Snils::format(r.snilsOf(t));
    const QString file = r.scratch.path(QStringLiteral("junk.csv"));

    // A header, one good row, then 5 000 rows of junk of a few kinds.
    QByteArray csv = "Методист (СНИЛС);Педагог (СНИЛС);Вид работы;Дата;Длительность (мин);Результат\r\n";
    csv += QStringLiteral("%1;%2;lesson_visits;01.10.2025;45;Урок разобран\r\n").arg(ms, ts).toUtf8();
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("%1;%2;lesson_visits;%3.13.2025;;\r\n").arg(ms, ts).arg(i % 28 + 1).toUtf8();
    csv += QStringLiteral("%1;%2;lesson_visits;01.10.2025;;Звонок\a\r\n").arg(ms, ts).toUtf8();
    test::writeFile(file, csv);
    ImportReport report;
    auto refused = WorkLogService::importFile(r.db, file, nullptr, &report);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(report.written);
    CHECK(report.issues.size() == ImportReport::maxListedIssues);
    CHECK(report.errorCount() == 5001);
    int counted = 0;
    for (const IssueSummary &more : report.moreIssues)
        counted += more.rows;
    CHECK(counted == 5001 - ImportReport::maxListedIssues);
    CHECK(report.moreIssues.size() <= 2);
    CHECK(report.issues.first().row == 3);
    CHECK(report.issues.first().column == QStringLiteral("Дата"));
    // The message stays a screenful.
    CHECK(refused.message().count(u'\n') <= 25);
    CHECK(refused.message().contains(QLocale().toString(5001)));
    CHECK(WorkLogRepository(r.db).list({}).value().isEmpty()); // all or nothing
    // The control character in a result is named, not stored.
    bool named = false;
    for (const IssueSummary &more : report.moreIssues)
        named = named || (more.column == QStringLiteral("Результат") && more.rows == 1);
    CHECK(named);

    // A row of 20 000 cells is refused by the reader with its row named.
    QByteArray wide = "Методист (СНИЛС);Педагог (СНИЛС);Вид работы;Дата;Длительность (мин);Результат\r\n";
    wide += QStringLiteral("%1;%2;lesson_visits;01.10.2025;45;Урок разобран\r\n").arg(ms, ts).toUtf8();
    wide += QByteArray("x;").repeated(20'000) + "\r\n";
    test::writeFile(file, wide);
    auto tooWide = WorkLogService::importFile(r.db, file);
    REQUIRE_FALSE(tooWide.ok());
    INFO(tooWide.message().toStdString());
    CHECK(tooWide.message().contains(QRegularExpression(QStringLiteral("(Row|строке) 3 "))));
    CHECK(WorkLogRepository(r.db).list({}).value().isEmpty());

    // A good file still imports.
    test::writeFile(file, csv.left(csv.indexOf("\r\n", csv.indexOf("\r\n") + 2) + 2));
    auto imported = WorkLogService::importFile(r.db, file);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 1);
}
