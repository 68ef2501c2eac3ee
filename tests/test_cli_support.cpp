#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "services/RoadmapService.h"
#include "storage/EventRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

using metodist::test::Run;

Run cli(const Scratch &scratch, const QStringList &arguments)
{
    return metodist::test::runProgram(QStringLiteral(METODIST_CLI), scratch, arguments);
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

} // namespace

TEST_CASE("cli: roadmap show keeps its JSON contract; create, export; route and events", "[cli][roadmap]")
{
    SupportRegion r(QStringLiteral("cli.sqlite"));
    const qint64 m = r.methodist(QStringLiteral("Картова"));
    const qint64 other = r.methodist(QStringLiteral("Пустова"));
    const qint64 a = r.teacher(QStringLiteral("Алексеева"));
    const qint64 b = r.teacher(QStringLiteral("Белова"));
    r.assign({a, b}, m);
    RoadmapService service(r.db);
    const qint64 id = service.create(m, SupportRegion::year).value();
    REQUIRE(service.planStage(id, 2, {QDate(2025, 9, 15), QDate(2025, 10, 15)}).ok());
    RoadmapActivity test;
    test.title = QStringLiteral("Входное тестирование");
    test.startsOn = QDate(2025, 9, 20);
    test.dueOn = QDate(2025, 10, 10);
    test.responsible = QStringLiteral("Картова П. И.");
    test.documentKind = QStringLiteral("Протокол");
    test.expectedResult = QStringLiteral("Выявлены дефициты");
    test.teacherIds = {b, a};
    REQUIRE(service.addActivity(id, 2, test).ok());
    RoadmapActivity survey = test;
    survey.title = QStringLiteral("Анкетирование");
    survey.teacherIds = {a};
    const qint64 surveyId = service.addActivity(id, 2, survey).value();
    REQUIRE(service.setActivityDone(id, surveyId, true, QDate(2025, 10, 1)).ok());
    REQUIRE(service.startStage(id, 1, QDate(2025, 9, 1)).ok());
    REQUIRE(service.closeStage(id, 1, QDate(2025, 9, 10)).ok());
    Event ev;
    ev.title = QStringLiteral("Августовское совещание");
    ev.startsOn = QDate(2025, 8, 28);
    REQUIRE(EventWriter(r.db).insert(ev).ok());
    const QString methodistSnils = MethodistRepository(r.db).get(m)->snils;
    const QString otherSnils = MethodistRepository(r.db).get(other)->snils;
    const QString teacherSnils = r.snilsOf(a);
    const QString db = r.db.location();
    r.db.close();

    const auto run = [&](QStringList args) { return cli(r.scratch, QStringList{QStringLiteral("--db"), db} + args); };
    const Run show = run({QStringLiteral("roadmap"), QStringLiteral("show"), QStringLiteral("--methodist"),
                          methodistSnils, QStringLiteral("--year"), SupportRegion::year, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2025-11-01")});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(keys(root) == QStringList{QStringLiteral("methodist"), QStringLiteral("stages"), QStringLiteral("summary"),
                                    QStringLiteral("year")});
    // Stage 7 from the data: one of the two activities is done; nothing concluded yet.
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    CHECK(keys(summary) == QStringList{QStringLiteral("activities"), QStringLiteral("conclusion"),
                                       QStringLiteral("conclusion_text"), QStringLiteral("coverage"),
                                       QStringLiteral("next_year_plans"), QStringLiteral("routes")});
    CHECK(summary.value(QStringLiteral("activities")).toObject().value(QStringLiteral("done")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("activities")).toObject().value(QStringLiteral("of")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("conclusion")).isNull());
    CHECK(root.value(QStringLiteral("methodist")).toString() == QStringLiteral("Картова Пётр Ильич"));
    CHECK(root.value(QStringLiteral("year")).toString() == SupportRegion::year);
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 7);
    for (int i = 0; i < 7; ++i) {
        const QJsonObject stage = stages[i].toObject();
        CHECK(keys(stage) == QStringList{QStringLiteral("activities"), QStringLiteral("actual"), QStringLiteral("name"),
                                         QStringLiteral("number"), QStringLiteral("planned"), QStringLiteral("status")});
        CHECK(stage.value(QStringLiteral("number")).toInt() == i + 1);
    }
    const QJsonObject first = stages[0].toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Аналитический"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(first.value(QStringLiteral("planned")).isNull());
    CHECK(first.value(QStringLiteral("actual")).toObject()
          == QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-09-01")},
                         {QStringLiteral("end"), QStringLiteral("2025-09-10")}});
    const QJsonObject second = stages[1].toObject();
    CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("planned"));
    CHECK(second.value(QStringLiteral("planned")).toObject().value(QStringLiteral("end")).toString()
          == QStringLiteral("2025-10-15"));
    CHECK(second.value(QStringLiteral("actual")).isNull());
    const QJsonArray activities = second.value(QStringLiteral("activities")).toArray();
    REQUIRE(activities.size() == 2);
    const QJsonObject late = activities[0].toObject();
    CHECK(keys(late) == QStringList{QStringLiteral("document_kind"), QStringLiteral("done"),
                                    QStringLiteral("expected_result"), QStringLiteral("number"),
                                    QStringLiteral("overdue"), QStringLiteral("period"), QStringLiteral("responsible"),
                                    QStringLiteral("teachers"), QStringLiteral("title")});
    CHECK(late.value(QStringLiteral("number")).toInt() == 1);
    CHECK(late.value(QStringLiteral("title")).toString() == QStringLiteral("Входное тестирование"));
    CHECK(late.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString()
          == QStringLiteral("2025-09-20"));
    CHECK(late.value(QStringLiteral("responsible")).toString() == QStringLiteral("Картова П. И."));
    CHECK(late.value(QStringLiteral("document_kind")).toString() == QStringLiteral("Протокол"));
    CHECK(late.value(QStringLiteral("expected_result")).toString() == QStringLiteral("Выявлены дефициты"));
    CHECK(late.value(QStringLiteral("done")) == QJsonValue(false));
    CHECK(late.value(QStringLiteral("overdue")) == QJsonValue(true));
    CHECK(late.value(QStringLiteral("teachers")).toArray()
          == QJsonArray{QStringLiteral("Алексеева Анна Сергеевна"), QStringLiteral("Белова Анна Сергеевна")});
    const QJsonObject done = activities[1].toObject();
    CHECK(done.value(QStringLiteral("done")) == QJsonValue(true));
    CHECK(done.value(QStringLiteral("overdue")) == QJsonValue(false));
    // Before the due date nothing is overdue.
    const Run earlier = run({QStringLiteral("roadmap"), QStringLiteral("show"), QStringLiteral("--methodist"),
                             methodistSnils, QStringLiteral("--year"), SupportRegion::year, QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2025-10-10")});
    CHECK(QJsonDocument::fromJson(earlier.out.toUtf8()).object().value(QStringLiteral("stages")).toArray()[1]
              .toObject().value(QStringLiteral("activities")).toArray()[0].toObject()
              .value(QStringLiteral("overdue")) == QJsonValue(false));

    // The summing up is set from the command line; what is not given stays.
    const QStringList conclude{QStringLiteral("roadmap"), QStringLiteral("conclude"), QStringLiteral("--methodist"),
                               methodistSnils, QStringLiteral("--year"), SupportRegion::year};
    const Run concluded = run(conclude + QStringList{QStringLiteral("--conclusion"), QStringLiteral("partial"),
                                                     QStringLiteral("--plans"), QStringLiteral("Продолжить работу")});
    INFO(concluded.err.toStdString());
    REQUIRE(concluded.exitCode == 0);
    REQUIRE(run(conclude + QStringList{QStringLiteral("--conclusion"), QStringLiteral("success")}).exitCode == 0);
    CHECK(run(conclude + QStringList{QStringLiteral("--conclusion"), QStringLiteral("maybe")}).exitCode == 2);
    CHECK(run(conclude).exitCode == 2);
    const QJsonObject concludedSummary =
        QJsonDocument::fromJson(run({QStringLiteral("roadmap"), QStringLiteral("show"), QStringLiteral("--methodist"),
                                     methodistSnils, QStringLiteral("--year"), SupportRegion::year,
                                     QStringLiteral("--format"), QStringLiteral("json")})
                                    .out.toUtf8())
            .object()
            .value(QStringLiteral("summary"))
            .toObject();
    CHECK(concludedSummary.value(QStringLiteral("conclusion")).toString() == QStringLiteral("success"));
    CHECK(concludedSummary.value(QStringLiteral("next_year_plans")).toString() == QStringLiteral("Продолжить работу"));

    // create makes the seven stages; a second time is refused.
    const QStringList createOther{QStringLiteral("roadmap"), QStringLiteral("create"), QStringLiteral("--methodist"),
                                  otherSnils, QStringLiteral("--year"), SupportRegion::year};
    CHECK(run(createOther).exitCode == 0);
    CHECK(run(createOther).exitCode == 1);
    const Run created = run({QStringLiteral("roadmap"), QStringLiteral("show"), QStringLiteral("--methodist"),
                             otherSnils, QStringLiteral("--year"), SupportRegion::year, QStringLiteral("--format"),
                             QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("stages")).toArray().size() == 7);
    CHECK(run({QStringLiteral("roadmap"), QStringLiteral("show"), QStringLiteral("--methodist"), methodistSnils,
               QStringLiteral("--year"), QStringLiteral("2024/2026")})
              .exitCode == 2);

    const QString pdf = r.scratch.path(QStringLiteral("map.pdf"));
    CHECK(run({QStringLiteral("roadmap"), QStringLiteral("export"), QStringLiteral("--methodist"), methodistSnils,
               QStringLiteral("--year"), SupportRegion::year, pdf})
              .exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 1000);

    // A route made from suggestions (no diagnostics: no items), shown as JSON.
    const QStringList route{QStringLiteral("--teacher"), teacherSnils, QStringLiteral("--year"), SupportRegion::year};
    CHECK(run(QStringList{QStringLiteral("route"), QStringLiteral("show")} + route).exitCode == 1);
    CHECK(run(QStringList{QStringLiteral("route"), QStringLiteral("create")} + route).exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(
                                  run(QStringList{QStringLiteral("route"), QStringLiteral("show")} + route
                                      + QStringList{QStringLiteral("--format"), QStringLiteral("json")})
                                      .out.toUtf8())
                                  .object();
    CHECK(shown.value(QStringLiteral("tutor")).toString() == QStringLiteral("Картова Пётр Ильич"));
    CHECK(shown.value(QStringLiteral("progress")).toObject().value(QStringLiteral("value")).isNull());

    const Run events = run({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--from"),
                            QStringLiteral("2025-08-01"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(events.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(events.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2025-08-28"));
    CHECK(QJsonDocument::fromJson(run({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--from"),
                                       QStringLiteral("2025-09-01"), QStringLiteral("--format"),
                                       QStringLiteral("json")})
                                      .out.toUtf8())
              .array()
              .isEmpty());

    const QString log = r.scratch.path(QStringLiteral("log.csv"));
    CHECK(run({QStringLiteral("worklog"), QStringLiteral("export"), log}).exitCode == 0);
    CHECK(run({QStringLiteral("worklog"), QStringLiteral("import"), log}).exitCode == 0);
}

#include "storage/WorkLogRepository.h"

TEST_CASE("cli: worklog export takes the methodist, teacher, kind and dates as a filter", "[cli][worklog]")
{
    SupportRegion r(QStringLiteral("cli-worklog.sqlite"));
    const qint64 m1 = r.methodist(QStringLiteral("Первый"));
    const qint64 m2 = r.methodist(QStringLiteral("Второй"));
    const qint64 t1 = r.teacher(QStringLiteral("Аксёнова"));
    const qint64 t2 = r.teacher(QStringLiteral("Бортникова"));
    const qint64 visits = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    const qint64 plans = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_plans"));
    WorkLogWriter log(r.db);
    REQUIRE(log.insert({0, m1, t1, visits, QDate(2025, 10, 1), 45, QStringLiteral("первая")}).ok());
    REQUIRE(log.insert({0, m1, t2, plans, QDate(2025, 11, 1), 30, QStringLiteral("вторая")}).ok());
    REQUIRE(log.insert({0, m2, t2, visits, QDate(2025, 12, 1), std::nullopt, QStringLiteral("третья")}).ok());
    const QString m1Snils = MethodistRepository(r.db).get(m1)->snils;
    const QString t2Snils = r.snilsOf(t2);
    const QString db = r.db.location();
    r.db.close();

    const QString out = r.scratch.path(QStringLiteral("log.csv"));
    const auto run = [&](QStringList args) { return cli(r.scratch, QStringList{QStringLiteral("--db"), db} + args); };
    // The results written, in order.
    const auto exported = [&](const QStringList &options) {
        const Run result = run(QStringList{QStringLiteral("worklog"), QStringLiteral("export"), out} + options);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QStringList results;
        for (const QString &line : QString::fromUtf8(metodist::test::readFile(out)).split(QStringLiteral("\r\n")))
            for (const QString &word : {QStringLiteral("первая"), QStringLiteral("вторая"), QStringLiteral("третья")})
                if (line.contains(word))
                    results << word;
        return results;
    };
    CHECK(exported({}) == QStringList{QStringLiteral("первая"), QStringLiteral("вторая"), QStringLiteral("третья")});
    CHECK(exported({QStringLiteral("--methodist"), m1Snils})
          == QStringList{QStringLiteral("первая"), QStringLiteral("вторая")});
    CHECK(exported({QStringLiteral("--teacher"), t2Snils, QStringLiteral("--from"), QStringLiteral("2025-11-15")})
          == QStringList{QStringLiteral("третья")});
    CHECK(exported({QStringLiteral("--kind"), QStringLiteral("lesson_visits")})
          == QStringList{QStringLiteral("первая"), QStringLiteral("третья")});
    CHECK(exported({QStringLiteral("--kind"), QStringLiteral("Посещение и анализ уроков, внеурочных занятий"),
                    QStringLiteral("--to"), QStringLiteral("2025-10-31")})
          == QStringList{QStringLiteral("первая")});
    // The names are in the file too.
    CHECK(QString::fromUtf8(metodist::test::readFile(out)).contains(QStringLiteral("Аксёнова Анна Сергеевна")));

    const QStringList exportCommand{QStringLiteral("worklog"), QStringLiteral("export"), out};
    CHECK(run(exportCommand + QStringList{QStringLiteral("--kind"), QStringLiteral("нет такого")}).exitCode == 2);
    CHECK(run(exportCommand + QStringList{QStringLiteral("--from"), QStringLiteral("01.10.2025")}).exitCode == 2);
    CHECK(run(exportCommand + QStringList{QStringLiteral("--from"), QStringLiteral("2025-12-01"), QStringLiteral("--to"),
                                          QStringLiteral("2025-11-01")})
              .exitCode == 2);
    CHECK(run(exportCommand + QStringList{QStringLiteral("--methodist"), QStringLiteral("123")}).exitCode == 2);
    CHECK(run(exportCommand + QStringList{QStringLiteral("--methodist"), metodist::test::snilsNumber(999)}).exitCode
          == 1);
    // The import takes no filter.
    CHECK(run({QStringLiteral("worklog"), QStringLiteral("import"), out, QStringLiteral("--methodist"), m1Snils})
              .exitCode == 2);
    CHECK(run({QStringLiteral("worklog"), QStringLiteral("import"), out}).exitCode == 0);
}

TEST_CASE("cli: events add writes a calendar entry with its level and stage by name or code", "[cli][events]")
{
    Scratch scratch;
    const QString db = metodist::test::databaseLocation(scratch, QStringLiteral("events.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("kaliningrad")}).exitCode == 0);

    const Run added = run({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--title"),
                           QStringLiteral("Семинар «Функциональная грамотность на уроках математики»"),
                           QStringLiteral("--date"), QStringLiteral("2026-10-14"), QStringLiteral("--end"),
                           QStringLiteral("2026-10-15"), QStringLiteral("--level"), QStringLiteral("regional"),
                           QStringLiteral("--stage"), QStringLiteral("обучение"), QStringLiteral("--organiser"),
                           QStringLiteral("ЦНППМ КОИРО"), QStringLiteral("--participants"),
                           QStringLiteral("учителя математики")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("14.10.2026")));
    const Run oneDay = run({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--title"),
                            QStringLiteral("Школа молодого педагога"), QStringLiteral("--date"),
                            QStringLiteral("2026-11-18"), QStringLiteral("--level"), QStringLiteral("Муниципальный")});
    INFO(oneDay.err.toStdString());
    REQUIRE(oneDay.exitCode == 0);

    const Run listed = run({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray events = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(events.size() == 2);
    const QJsonObject seminar = events.at(0).toObject();
    CHECK(seminar.value(QStringLiteral("title")).toString()
          == QStringLiteral("Семинар «Функциональная грамотность на уроках математики»"));
    CHECK(seminar.value(QStringLiteral("start")).toString() == QStringLiteral("2026-10-14"));
    CHECK(seminar.value(QStringLiteral("end")).toString() == QStringLiteral("2026-10-15"));
    CHECK(seminar.value(QStringLiteral("level")).toString() == QStringLiteral("Региональный"));
    CHECK(seminar.value(QStringLiteral("model_stage")).toString() == QStringLiteral("Обучение"));
    CHECK(seminar.value(QStringLiteral("organiser")).toString() == QStringLiteral("ЦНППМ КОИРО"));
    CHECK(seminar.value(QStringLiteral("participants")).toString() == QStringLiteral("учителя математики"));
    const QJsonObject school = events.at(1).toObject();
    CHECK(school.value(QStringLiteral("end")).isNull());
    CHECK(school.value(QStringLiteral("level")).toString() == QStringLiteral("Муниципальный"));
    CHECK(school.value(QStringLiteral("model_stage")).isNull());

    const QStringList add{QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--title"),
                          QStringLiteral("Вебинар")};
    CHECK(run(add).exitCode == 2); // no date
    CHECK(run(add + QStringList{QStringLiteral("--date"), QStringLiteral("14.10.2026")}).exitCode == 2);
    CHECK(run(add + QStringList{QStringLiteral("--date"), QStringLiteral("2026-10-14"), QStringLiteral("--level"),
                                QStringLiteral("галактический")})
              .exitCode == 2);
    CHECK(run(add + QStringList{QStringLiteral("--date"), QStringLiteral("2026-10-14"), QStringLiteral("--end"),
                                QStringLiteral("2026-10-01")})
              .exitCode == 1);
    CHECK(run({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("  "),
               QStringLiteral("--date"), QStringLiteral("2026-10-14")})
              .exitCode == 1);
    CHECK(QJsonDocument::fromJson(run({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--format"),
                                       QStringLiteral("json")})
                                      .out.toUtf8())
              .array()
              .size() == 2);
}

TEST_CASE("cli: demo fills the academic year of the day given, or people only", "[cli][demo]")
{
    Scratch scratch;
    // A file each, or a database each on a server.
    QHash<QString, QString> locations;
    const auto run = [&](const QString &file, QStringList args) {
        if (!locations.contains(file))
            locations.insert(file, metodist::test::databaseLocation(scratch, file));
        return cli(scratch, QStringList{QStringLiteral("--db"), locations.value(file)} + args);
    };
    const Run demo = run(QStringLiteral("demo.sqlite"),
                         {QStringLiteral("demo"), QStringLiteral("--teachers"), QStringLiteral("240"),
                          QStringLiteral("--methodists"), QStringLiteral("6"), QStringLiteral("--today"),
                          QStringLiteral("2027-02-10")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("2026/2027")));
    const Run events = run(QStringLiteral("demo.sqlite"), {QStringLiteral("events"), QStringLiteral("list"),
                                                           QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                                                           QStringLiteral("--to"), QStringLiteral("2027-08-31")});
    REQUIRE(events.exitCode == 0);
    CHECK(events.out.contains(QStringLiteral("«Учитель года России — 2027»")));
    const Run assignments = run(QStringLiteral("demo.sqlite"), {QStringLiteral("assign"), QStringLiteral("list"),
                                                                QStringLiteral("--year"), QStringLiteral("2026/2027"),
                                                                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(assignments.exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(assignments.out.toUtf8()).array().isEmpty());

    const Run bare = run(QStringLiteral("bare.sqlite"), {QStringLiteral("demo"), QStringLiteral("--teachers"),
                                                         QStringLiteral("240"), QStringLiteral("--methodists"),
                                                         QStringLiteral("6"), QStringLiteral("--no-support-data")});
    REQUIRE(bare.exitCode == 0);
    const Run none = run(QStringLiteral("bare.sqlite"),
                         {QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    REQUIRE(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
    CHECK(run(QStringLiteral("bad.sqlite"), {QStringLiteral("demo"), QStringLiteral("--today"),
                                             QStringLiteral("10.02.2027")})
              .exitCode == 2);
}
