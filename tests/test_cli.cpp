#include <catch2/catch.hpp>

#include <QRegularExpression>

#include "TestSupport.h"
#include "documents/XlsxReader.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace metodist;
using metodist::test::Scratch;

namespace {

using metodist::test::Run;

Run cli(const Scratch &scratch, const QStringList &arguments)
{
    return metodist::test::runProgram(QStringLiteral(METODIST_CLI), scratch, arguments);
}

} // namespace

TEST_CASE("cli: version and help", "[cli]")
{
    Scratch scratch;
    const Run version = cli(scratch, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("metodist-cli ")));

    const Run help = cli(scratch, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"init", "check", "backup", "--db"})
        CHECK(help.out.contains(QString::fromUtf8(command)));
    // Russian by default: every command's description, not only the headings
    // (a description whose tr() context was lost stayed English).
    CHECK(help.out.contains(QStringLiteral("Команды")));
    const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    int descriptions = 0;
    for (const QString &line : help.out.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("      ")))
            continue;
        ++descriptions;
        INFO(line.toStdString());
        CHECK(cyrillic.match(line).hasMatch());
    }
    CHECK(descriptions >= 15);

    // Each command has its own help, in Russian, with every action on a line.
    const Run orderHelp = cli(scratch, {QStringLiteral("order"), QStringLiteral("settings"), QStringLiteral("--help")});
    CHECK(orderHelp.exitCode == 0);
    CHECK(orderHelp.out.contains(QStringLiteral("metodist-cli [--db PATH] order settings")));
    CHECK(orderHelp.out.contains(QStringLiteral("metodist-cli [--db PATH] order create")));
    CHECK(cyrillic.match(orderHelp.out).hasMatch());
    CHECK(orderHelp.err.isEmpty());
}

TEST_CASE("cli: init with a region, check, backup", "[cli]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("x.sqlite"));
    const Run init = cli(scratch, {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--region"),
                                   QStringLiteral("kaliningrad")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Калининградская область")));
    CHECK(init.out.contains(QStringLiteral("22")));

    const Run check = cli(scratch, {QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QString::number(Database::latestSchemaVersion())));

    const QString copy = scratch.path(QStringLiteral("copy.sqlite"));
    const Run backup = cli(scratch, {QStringLiteral("--db=") + db, QStringLiteral("backup"), copy});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    REQUIRE(QFileInfo::exists(copy));
    if (test::onServer()) {
        // A server database is copied by pg_dump, in its custom format (read back by pg_restore).
        CHECK(test::readFile(copy).startsWith("PGDMP"));
    } else {
        const Run checkCopy = cli(scratch, {QStringLiteral("--db"), copy, QStringLiteral("check")});
        CHECK(checkCopy.exitCode == 0);
    }

    const Run again = cli(scratch, {QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
    CHECK(again.exitCode != 0);
    CHECK(again.err.trimmed().count(u'\n') == 0);
}

TEST_CASE("cli: migrate copies a registry into a new file and lists every table", "[cli][migrate][sqlite-only]") // file to file; the server half of test_migrate goes there and back
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("x.sqlite"));
    const Run demo = cli(scratch, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--teachers"),
                                   QStringLiteral("60"), QStringLiteral("--methodists"), QStringLiteral("3"),
                                   QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString copy = scratch.path(QStringLiteral("copy.sqlite"));
    // --from defaults to --db.
    const Run migrate = cli(scratch, {QStringLiteral("--db"), db, QStringLiteral("migrate"), QStringLiteral("--to"), copy});
    INFO(migrate.out.toStdString());
    INFO(migrate.err.toStdString());
    REQUIRE(migrate.exitCode == 0);
    const QRegularExpression teachers(QStringLiteral("\\bteachers\\s+60\\s+60\\s"));
    CHECK(teachers.match(migrate.out).hasMatch());
    CHECK(migrate.out.contains(QStringLiteral("route_items")));
    const Run check = cli(scratch, {QStringLiteral("--db"), copy, QStringLiteral("check")});
    CHECK(check.exitCode == 0);

    // The copy is not a new file any more: refused, one line, nothing changed.
    const Run again = cli(scratch, {QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed().count(u'\n') == 0);
    const Run usage = cli(scratch, {QStringLiteral("migrate"), QStringLiteral("--from"), db});
    CHECK(usage.exitCode == 2);
}

// The default is a file in the user's data folder; a server is only ever named.
TEST_CASE("cli: the default database lives in the user's data folder", "[cli][sqlite-only]")
{
    Scratch scratch;
    const Run init = cli(scratch, {QStringLiteral("init")});
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(scratch.path(QStringLiteral("data/metodist/metodist.sqlite"))));
    CHECK(cli(scratch, {QStringLiteral("check")}).exitCode == 0);
}

// About a file given as the database: nothing of it reaches a server.
TEST_CASE("cli: a text file is refused and left untouched", "[cli][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("list.csv"));
    const QByteArray contents("\xd4\xe0\xec\xe8\xeb\xe8\xff;\xc8\xec\xff\r\n"); // Windows-1251 «Фамилия;Имя»
    test::writeFile(path, contents);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
        const Run run = cli(scratch, {QStringLiteral("--db"), path, command});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("не является базой данных")));
        CHECK(run.err.trimmed().count(u'\n') == 0);
    }
    CHECK(test::readFile(path) == contents);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("cli: check does not create a missing database", "[cli]")
{
    Scratch scratch;
    // A file that does not exist; on a server, an empty database.
    const QString path = test::databaseLocation(scratch, QStringLiteral("absent.sqlite"));
    const Run run = cli(scratch, {QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(u'\n') == 0);
    if (!test::onServer())
        CHECK_FALSE(QFileInfo::exists(path));
    // Nothing was made by the first: the second finds no registry either.
    CHECK(cli(scratch, {QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode == 1);
}

TEST_CASE("cli: usage errors", "[cli]")
{
    Scratch scratch;
    CHECK(cli(scratch, {}).exitCode == 2);
    CHECK(cli(scratch, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli(scratch, {QStringLiteral("--db")}).exitCode == 2);
    const Run region = cli(scratch, {QStringLiteral("--db"), test::databaseLocation(scratch, QStringLiteral("r.sqlite")),
                                     QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("atlantis")});
    CHECK(region.exitCode == 1);
    CHECK(region.err.contains(QStringLiteral("atlantis")));
}

TEST_CASE("cli: import reports rows and refuses a broken file; list, export, template, demo", "[cli]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("reg.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("tyumen")}).exitCode == 0);

    const Run broken = run({QStringLiteral("import"), QStringLiteral("teachers"),
                            QStringLiteral(METODIST_FIXTURES "/teachers_broken.csv")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("Строка 3, столбец «СНИЛС»")));
    CHECK(broken.out.contains(QStringLiteral("Строка 9")));
    CHECK(broken.err.trimmed().count(u'\n') == 0);
    CHECK(run({QStringLiteral("list"), QStringLiteral("teachers"), QStringLiteral("--format"), QStringLiteral("csv")})
              .out.trimmed()
              .count(u'\n') == 0); // the header only: nothing was written

    const Run dry = run({QStringLiteral("import"), QStringLiteral("teachers"),
                         QStringLiteral(METODIST_FIXTURES "/teachers_cp1251.csv"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    const Run good = run({QStringLiteral("import"), QStringLiteral("teachers"),
                          QStringLiteral(METODIST_FIXTURES "/teachers_cp1251.csv")});
    INFO(good.out.toStdString() << good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("Windows-1251")));

    const Run json = run({QStringLiteral("list"), QStringLiteral("teachers"), QStringLiteral("--search"),
                          QStringLiteral("петр"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    CHECK(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(QStringLiteral("Фамилия")).toString() == QStringLiteral("Ёлкин"));
    const Run bySubject = run({QStringLiteral("list"), QStringLiteral("teachers"), QStringLiteral("--subject"),
                               QStringLiteral("ФИЗИКА")});
    CHECK(bySubject.out.contains(QStringLiteral("Ёлкин")));
    CHECK_FALSE(bySubject.out.contains(QStringLiteral("Фёдорова")));

    const QString xlsx = scratch.path(QStringLiteral("teachers.xlsx"));
    CHECK(run({QStringLiteral("export"), QStringLiteral("teachers"), xlsx}).exitCode == 0);
    // The exported workbook imports back as updates.
    const Run back = run({QStringLiteral("import"), QStringLiteral("teachers"), xlsx});
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("обновлено: 3")));

    CHECK(run({QStringLiteral("template"), QStringLiteral("methodists"), scratch.path(QStringLiteral("t.xlsx"))})
              .exitCode == 0);
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--teachers"), QStringLiteral("300"),
                          QStringLiteral("--methodists"), QStringLiteral("10")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("300")));
    CHECK(run({QStringLiteral("check")}).exitCode == 0);
}

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.left(400).toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("cli: ПК courses and diagnostics of the teachers, and their templates", "[cli]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("records.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("tyumen")}).exitCode == 0);
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("teachers"),
                 QStringLiteral(METODIST_FIXTURES "/teachers_cp1251.csv")}).exitCode == 0);

    const QString template_ = scratch.path(QStringLiteral("pk.xlsx"));
    CHECK(run({QStringLiteral("template"), QStringLiteral("pk"), template_}).exitCode == 0);
    const auto headers = XlsxReader::readSheet(template_);
    REQUIRE(headers.ok());
    CHECK(headers.value().value(0).contains(QStringLiteral("Программа")));
    CHECK(headers.value().value(0).contains(QStringLiteral("Дата окончания")));

    const QString pk = scratch.path(QStringLiteral("pk.csv"));
    QFile file(pk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Фамилия;Имя;Отчество;Программа;Часы;Федеральный реестр;Дата окончания\r\n"
                              "Ёлкин;Пётр;Семёнович;Школа современного учителя;36;да;25.03.2026\r\n"
                              "Петрова-Водкина;Анна;Ильинична;Методика обучения;;нет;\r\n")
                   .toUtf8());
    file.close();
    const Run imported = run({QStringLiteral("import"), QStringLiteral("pk"), pk});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Создано: 2")));

    const QString diagnostics = scratch.path(QStringLiteral("d.csv"));
    QFile second(diagnostics);
    REQUIRE(second.open(QIODevice::WriteOnly));
    second.write(QStringLiteral("СНИЛС;Дата диагностики;Уровень компетенций\r\n"
                                "112-233-445 95;01.10.2025;невиданный\r\n")
                     .toUtf8());
    second.close();
    const Run refused = run({QStringLiteral("import"), QStringLiteral("diagnostics"), diagnostics});
    CHECK(refused.exitCode == 1);
    // A value no dictionary knows: named once, with its column and row.
    CHECK(refused.out.contains(QStringLiteral("«Уровень компетенций»")));
    CHECK(refused.out.contains(QStringLiteral("«невиданный»")));
    CHECK(refused.out.contains(QStringLiteral(": 2)")));
}

TEST_CASE("cli: assign auto previews, applies, lists; set and orders", "[cli][assignment]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("assign.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run(words("demo --teachers 400 --methodists 6 --no-support-data")).exitCode == 0);

    const Run preview = run(words("assign auto --year 2025/2026 --dry-run --format json"));
    REQUIRE(preview.exitCode == 0);
    const QJsonObject plan = json(preview).object();
    const int candidates = plan.value(QStringLiteral("candidates")).toInt();
    const int assigned = plan.value(QStringLiteral("assigned")).toInt();
    CHECK(candidates == 400);
    CHECK(assigned > 0);
    CHECK(assigned + plan.value(QStringLiteral("unassigned")).toInt() == candidates);
    int unassignedByReason = 0;
    for (const QJsonValue &gap : plan.value(QStringLiteral("unassigned_reasons")).toArray())
        unassignedByReason += gap.toObject().value(QStringLiteral("count")).toInt();
    CHECK(unassignedByReason == plan.value(QStringLiteral("unassigned")).toInt());
    int added = 0;
    for (const QJsonValue &load : plan.value(QStringLiteral("loads")).toArray()) {
        const QJsonObject m = load.toObject();
        CHECK(m.value(QStringLiteral("load")).toInt() <= m.value(QStringLiteral("capacity")).toInt());
        added += m.value(QStringLiteral("added")).toInt();
    }
    CHECK(added == assigned);
    // A dry run writes nothing.
    CHECK(json(run(words("assign list --format json"))).array().isEmpty());

    const Run applied = run(words("assign auto --year 2025/2026"));
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(QString::number(assigned)));
    const QJsonArray rows = json(run(words("assign list --year 2025/2026 --format json"))).array();
    REQUIRE(rows.size() == assigned);
    const QJsonObject first = rows.at(0).toObject();
    for (const char *key : {"teacher_snils", "teacher", "teacher_subject", "teacher_municipality", "methodist_snils",
                            "methodist", "methodist_subject", "methodist_municipality"})
        CHECK_FALSE(first.value(QString::fromUtf8(key)).toString().isEmpty());
    for (const QJsonValue &row : rows)
        CHECK(row.toObject().value(QStringLiteral("teacher_subject")) == row.toObject().value(QStringLiteral("methodist_subject")));
    // Planning again finds nobody new to assign.
    CHECK(json(run(words("assign auto --year 2025/2026 --dry-run --format json"))).object()
              .value(QStringLiteral("assigned")).toInt() == 0);

    // Reassign one teacher by hand to another methodist of the same subject.
    const QString teacherSnils = first.value(QStringLiteral("teacher_snils")).toString();
    const QString fromMethodist = first.value(QStringLiteral("methodist_snils")).toString();
    QString toMethodist;
    for (const QJsonValue &m : json(run(words("list methodists --format json"))).array()) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("Предмет")).toString() == first.value(QStringLiteral("methodist_subject")).toString()
            && !o.value(QStringLiteral("СНИЛС")).toString().isEmpty()
            && o.value(QStringLiteral("СНИЛС")).toString() != fromMethodist)
            toMethodist = o.value(QStringLiteral("СНИЛС")).toString();
    }
    if (!toMethodist.isEmpty()) {
        const Run set = run({QStringLiteral("assign"), QStringLiteral("set"), teacherSnils, toMethodist,
                             QStringLiteral("--year"), QStringLiteral("2025/2026"), QStringLiteral("--override-reason"),
                             QStringLiteral("по заявлению")});
        INFO(set.err.toStdString());
        CHECK(set.exitCode == 0);
        const QJsonArray history = json(run({QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--history"),
                                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--methodist"),
                                             fromMethodist}))
                                       .array();
        bool ended = false;
        QString endReason;
        for (const QJsonValue &row : history)
            if (row.toObject().value(QStringLiteral("teacher_snils")).toString() == teacherSnils
                && !row.toObject().value(QStringLiteral("ended_on")).isNull()) {
                ended = true;
                // The list says why the assignment ended.
                endReason = row.toObject().value(QStringLiteral("end_reason")).toString();
            }
        CHECK(ended);
        CHECK_FALSE(endReason.isEmpty());
        // And why the new one was chosen by hand.
        const QJsonArray now = json(run({QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("--methodist"), toMethodist}))
                                   .array();
        bool chosen = false;
        for (const QJsonValue &row : now)
            chosen = chosen || (row.toObject().value(QStringLiteral("teacher_snils")).toString() == teacherSnils
                                && row.toObject().value(QStringLiteral("override_reason")).toString()
                                       == QStringLiteral("по заявлению"));
        CHECK(chosen);
        const Run table = run({QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--history"),
                               QStringLiteral("--methodist"), fromMethodist});
        CHECK(table.out.contains(endReason));
    }
    const Run unknown = run(words("assign set 112-233-445 95 112-233-445 95 --year 2025/2026"));
    CHECK(unknown.exitCode != 0);
    CHECK(run(words("assign auto --year 2025-2027")).exitCode == 2);

    const Run order = run(words("order create --year 2025/2026 --number 17-о --date 2025-09-01"));
    INFO(order.err.toStdString());
    REQUIRE(order.exitCode == 0);
    CHECK(order.out.contains(QStringLiteral("17-о")));
    // Everything of the year is in that order now.
    CHECK(run(words("order create --year 2025/2026 --number 18-о --date 2025-09-02")).exitCode == 1);
    CHECK(run(words("order list")).out.contains(QStringLiteral("17-о")));
    const QString csv = run(words("assign list --year 2025/2026 --format csv")).out;
    CHECK(csv.count(QStringLiteral("17-о")) == assigned);
    CHECK(run({QStringLiteral("order"), QStringLiteral("export"), QStringLiteral("17-о"),
               scratch.path(QStringLiteral("order.txt"))})
              .exitCode == 1);
    CHECK(run({QStringLiteral("order"), QStringLiteral("export"), QStringLiteral("99"),
               scratch.path(QStringLiteral("order.pdf"))})
              .exitCode == 1);
}

TEST_CASE("cli: the order of assignment in settings and in assign auto", "[cli][assignment]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("priority.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run(words("demo --teachers 400 --methodists 12 --no-support-data")).exitCode == 0);

    const Run shown = run(words("settings planner-priority"));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("1. low_results+school_low_results")));
    CHECK(shown.out.contains(QStringLiteral("3. young_specialists")));
    CHECK(shown.out.contains(QStringLiteral("burnout"))); // among the codes to choose from

    const auto planned = [&](const char *extra) {
        const Run preview = run(words("assign auto --year 2025/2026 --dry-run --format json") + words(extra));
        INFO(preview.err.toStdString());
        REQUIRE(preview.exitCode == 0);
        return json(preview).object();
    };
    QJsonObject plan = planned("");
    CHECK(plan.value(QStringLiteral("priority_order")).toString()
          == QStringLiteral("low_results+school_low_results,professional_difficulties,young_specialists"));
    const QString coverage = plan.value(QStringLiteral("coverage")).toString();
    CHECK(coverage.contains(QString::number(plan.value(QStringLiteral("assigned")).toInt())));
    CHECK(coverage.contains(QString::number(plan.value(QStringLiteral("candidates")).toInt())));
    const QJsonArray ranks = plan.value(QStringLiteral("priorities")).toArray();
    REQUIRE(ranks.size() == 3);
    qint64 waiting = 0;
    for (const QJsonValue &rank : ranks) {
        const QJsonObject r = rank.toObject();
        CHECK(r.value(QStringLiteral("covered")).toInt() <= r.value(QStringLiteral("candidates")).toInt());
        CHECK_FALSE(r.value(QStringLiteral("categories")).toArray().isEmpty());
        waiting += r.value(QStringLiteral("candidates")).toInt();
    }
    CHECK(waiting > 0); // the demonstration teachers have support categories
    CHECK(plan.value(QStringLiteral("include_ineligible")) == QJsonValue(false));
    for (const QJsonValue &m : plan.value(QStringLiteral("left_out")).toArray())
        CHECK_FALSE(m.toObject().value(QStringLiteral("shortfalls")).toArray().isEmpty());

    const QJsonObject all = planned("--include-ineligible");
    CHECK(all.value(QStringLiteral("include_ineligible")) == QJsonValue(true));
    CHECK(all.value(QStringLiteral("left_out")).toArray().isEmpty());
    CHECK(all.value(QStringLiteral("assigned")).toInt() >= plan.value(QStringLiteral("assigned")).toInt());
    const Run table = run(words("assign auto --year 2025/2026 --dry-run"));
    CHECK(table.out.contains(coverage)); // the same words in the table

    // Another order, refused codes, the shipped one back.
    const Run set = run(words("settings planner-priority young_specialists burnout+low_results"));
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("2. burnout+low_results")));
    CHECK(planned("").value(QStringLiteral("priority_order")).toString()
          == QStringLiteral("young_specialists,burnout+low_results"));
    const Run unknown = run(words("settings planner-priority low_results nonsense"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nonsense")));
    CHECK(run(words("settings planner-priority low_results young_specialists+low_results")).exitCode == 2);
    CHECK(run(words("settings planner-priority --reset low_results")).exitCode == 2);
    CHECK(run(words("settings planner-priority --clear")).exitCode == 0);
    CHECK(planned("").value(QStringLiteral("priorities")).toArray().isEmpty());
    REQUIRE(run(words("settings planner-priority --reset")).exitCode == 0);
    CHECK(planned("").value(QStringLiteral("priorities")).toArray().size() == 3);
    CHECK(run(words("settings nothing")).exitCode == 2);
}

TEST_CASE("cli: a file in the office's own words: a grouped report, an alias file, then it imports whole",
          "[cli][aliases]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("office.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("kaliningrad")}).exitCode == 0);

    // 400 teachers; their support categories in four forms no dictionary
    // has, besides the shipped short forms («ВКК», «Гурьевский р-н», «ОВЗ»).
    const QStringList ownWords{QStringLiteral("аттестуемые в 2026 году"),
                               QStringLiteral("участвующие в конкурсах профессионального мастерства"),
                               QStringLiteral("молодые педагоги до 3 лет стажа"),
                               QStringLiteral("с эмоциональным выгоранием педагогов")};
    QStringList lines{QStringLiteral("Педагоги, подлежащие сопровождению"),
                      QStringLiteral("ФИО;Муниципалитет;Организация;Предмет;Категория;Категории сопровождения")};
    for (int i = 0; i < 400; ++i) {
        QString surname = QStringLiteral("Учителева");
        for (const QChar digit : QString::number(i))
            surname += QChar(u'а' + (digit.unicode() - u'0'));
        lines << QStringLiteral("%1 Анна Ивановна;%2;Школа %3;%4;%5;%6; ОВЗ")
                     .arg(surname, i % 2 ? QStringLiteral("Гурьевский р-н") : QStringLiteral("г. Калининград"))
                     .arg(i % 10)
                     .arg(i % 3 ? QStringLiteral("физика") : QStringLiteral("нач. кл."),
                          i % 4 ? QStringLiteral("ВКК") : QStringLiteral("1 КК"), ownWords[i % 4]);
    }
    const QString teachers = scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(teachers, lines.join(QStringLiteral("\r\n")).toUtf8());

    const Run refused = run({QStringLiteral("import"), QStringLiteral("teachers"), teachers});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    for (const QString &words : ownWords)
        CHECK(refused.out.count(QStringLiteral("«%1»").arg(words)) == 1); // each value once
    CHECK(refused.out.count(QStringLiteral("100")) >= 4);                // with its count
    CHECK(refused.out.trimmed().count(u'\n') < 12);                      // a dozen lines, not 400
    CHECK(run({QStringLiteral("list"), QStringLiteral("teachers"), QStringLiteral("--format"), QStringLiteral("csv")})
              .out.trimmed()
              .count(u'\n') == 0);

    const QString aliases = scratch.path(QStringLiteral("aliases.csv"));
    const Run suggested = run({QStringLiteral("import"), QStringLiteral("teachers"), teachers, QStringLiteral("--suggest"),
                               QStringLiteral("--aliases-out"), aliases});
    CHECK(suggested.exitCode == 1);
    REQUIRE(QFileInfo::exists(aliases));
    // The suggestions fill the file; the user corrects it where it is empty or wrong.
    const QString suggestions = QString::fromUtf8(test::readFile(aliases));
    INFO(suggestions.toStdString());
    QStringList rows = suggestions.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 5);
    const QHash<QString, QString> meant{{ownWords[0], QStringLiteral("attestation")},
                                        {ownWords[1], QStringLiteral("contest_participants")},
                                        {ownWords[2], QStringLiteral("young_specialists")},
                                        {ownWords[3], QStringLiteral("burnout")}};
    for (int r = 1; r < rows.size(); ++r) {
        QStringList cells = rows[r].split(u';');
        REQUIRE(cells.size() == 4);
        cells[2] = meant.value(cells[1]);
        rows[r] = cells.join(u';');
    }
    test::writeFile(aliases, rows.join(QStringLiteral("\r\n")).toUtf8());
    const Run loaded = run({QStringLiteral("dictionary"), QStringLiteral("alias"), QStringLiteral("support_categories"),
                            QStringLiteral("--file"), aliases});
    INFO(loaded.out.toStdString() << loaded.err.toStdString());
    CHECK(loaded.exitCode == 0);

    const Run imported = run({QStringLiteral("import"), QStringLiteral("teachers"), teachers});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("400")));

    const Run listed = run({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("support_categories"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonObject dictionary = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    bool found = false;
    for (const QJsonValue &entry : dictionary.value(u"entries").toArray())
        if (entry.toObject().value(u"code").toString() == u"burnout")
            found = entry.toObject().value(u"aliases").toArray().contains(QJsonValue(ownWords[3]));
    CHECK(found);

    // One alias by hand, and away again.
    CHECK(run({QStringLiteral("dictionary"), QStringLiteral("alias"), QStringLiteral("qualification_categories"),
               QStringLiteral("высш. кв. кат."), QStringLiteral("highest")})
              .exitCode == 0);
    CHECK(run({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("qualification_categories")})
              .out.contains(QStringLiteral("высш. кв. кат.")));
    CHECK(run({QStringLiteral("dictionary"), QStringLiteral("alias"), QStringLiteral("qualification_categories"),
               QStringLiteral("высш. кв. кат."), QStringLiteral("highest"), QStringLiteral("--remove")})
              .exitCode == 0);
    CHECK_FALSE(run({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("qualification_categories")})
                    .out.contains(QStringLiteral("высш. кв. кат.")));
    CHECK(run({QStringLiteral("dictionary"), QStringLiteral("alias"), QStringLiteral("no_such"), QStringLiteral("x"),
               QStringLiteral("y")})
              .exitCode == 2);
}

TEST_CASE("cli: catalogue import, list and export", "[cli][catalogue]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("c.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("kaliningrad")}).exitCode == 0);
    const QString file = scratch.path(QStringLiteral("catalogue.csv"));
    test::writeFile(file, QStringLiteral("Название;Вид;Организатор;Часов;Форма;Федеральный реестр;Предметы;Дефициты\r\n"
                                         "Методика преподавания физики;Курсы ПК;КОИРО;72;очно;да;физика;методические\r\n"
                                         "Наставничество молодого учителя;Наставничество;КОИРО;;смешанно;нет;;\r\n")
                              .toUtf8());
    const Run imported = run({QStringLiteral("catalogue"), QStringLiteral("import"), file});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const Run listed = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(entries.size() == 2);
    QJsonObject physics;
    for (const QJsonValue &entry : entries)
        if (entry.toObject().value(u"title").toString().contains(QStringLiteral("физики")))
            physics = entry.toObject();
    CHECK(physics.value(u"hours").toInt() == 72);
    CHECK(physics.value(u"form").toString() == u"in_person");
    CHECK(physics.value(u"federal_registry").toBool());
    CHECK(physics.value(u"subjects").toArray() == QJsonArray{QStringLiteral("физика")});
    const QString exported = scratch.path(QStringLiteral("out.xlsx"));
    CHECK(run({QStringLiteral("catalogue"), QStringLiteral("export"), exported}).exitCode == 0);
    CHECK(QFileInfo(exported).size() > 0);
    CHECK(run({QStringLiteral("catalogue"), QStringLiteral("list")}).out.contains(QStringLiteral("КОИРО")));
    CHECK(run({QStringLiteral("catalogue"), QStringLiteral("nonsense")}).exitCode == 2);
}

TEST_CASE("cli: network import, list and export", "[cli][network]")
{
    Scratch scratch;
    const QString db = test::databaseLocation(scratch, QStringLiteral("n.sqlite"));
    const auto run = [&](QStringList args) { return cli(scratch, QStringList{QStringLiteral("--db"), db} + args); };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("kaliningrad")}).exitCode == 0);
    const QString teachers = scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(teachers, QStringLiteral("Фамилия;Имя;Отчество;Муниципалитет;Организация;Предмет\r\n"
                                             "Кузнецова;Анна;Петровна;г. Калининград;МАОУ СОШ № 5;математика\r\n"
                                             "Смирнова;Ольга;Петровна;г. Калининград;МАОУ СОШ № 5;математика\r\n")
                                  .toUtf8());
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("teachers"), teachers}).exitCode == 0);
    const QString units = scratch.path(QStringLiteral("units.csv"));
    test::writeFile(units, QStringLiteral("Вид;Название;Муниципалитет;Организация;Предмет;Тема;Руководитель\r\n"
                                          "РМО;РМО учителей математики;г. Калининград;МАОУ СОШ № 5;математика;;\r\n"
                                          "ММС;МКУ «Методический центр»;г. Калининград;;;;Петрова А. И.\r\n"
                                          "сообщество;Клуб молодых педагогов;;;;;\r\n")
                               .toUtf8());
    const Run imported = run({QStringLiteral("network"), QStringLiteral("import"), units});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString members = scratch.path(QStringLiteral("members.csv"));
    test::writeFile(members, QStringLiteral("Объединение;Вид;Муниципалитет;ФИО;Организация;Роль\r\n"
                                            "РМО учителей математики;РМО;г. Калининград;Кузнецова Анна Петровна;"
                                            "МАОУ СОШ № 5;руководитель\r\n"
                                            "РМО учителей математики;РМО;г. Калининград;Смирнова Ольга Петровна;"
                                            "МАОУ СОШ № 5;участник\r\n")
                                 .toUtf8());
    // Without --members the file is read as units, and lacks their columns.
    CHECK(run({QStringLiteral("network"), QStringLiteral("import"), members}).exitCode != 0);
    const Run joined = run({QStringLiteral("network"), QStringLiteral("import"), members, QStringLiteral("--members")});
    INFO(joined.out.toStdString() << joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);

    // Listing reads the file only: it works on a file nobody may write (a
    // server database has no file permissions to take away; it lists the same).
    if (!test::onServer())
        QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const Run listed = run({QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(all.size() == 3);
    const Run associations = run({QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--kind"),
                                  QStringLiteral("РМО"), QStringLiteral("--municipality"),
                                  QStringLiteral("Городской округ «Город Калининград»"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
    REQUIRE(associations.exitCode == 0);
    const QJsonArray mo = QJsonDocument::fromJson(associations.out.toUtf8()).array();
    REQUIRE(mo.size() == 1);
    CHECK(mo.at(0).toObject().value(u"kind").toString() == u"association");
    CHECK(mo.at(0).toObject().value(u"members").toInt() == 2);
    CHECK(mo.at(0).toObject().value(u"head").toString().startsWith(QStringLiteral("Кузнецова")));
    CHECK(mo.at(0).toObject().value(u"organisation").toString() == QStringLiteral("МАОУ СОШ № 5"));
    const Run table = run({QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--kind"),
                           QStringLiteral("community")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Клуб молодых педагогов")));
    CHECK_FALSE(table.out.contains(QStringLiteral("РМО учителей математики")));
    CHECK(run({QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("кружок")})
              .exitCode != 0);
    CHECK(run({QStringLiteral("network"), QStringLiteral("nonsense")}).exitCode == 2);

    const QString exported = scratch.path(QStringLiteral("out.xlsx"));
    CHECK(run({QStringLiteral("network"), QStringLiteral("export"), exported}).exitCode == 0);
    auto sheet = XlsxReader::readSheet(exported);
    REQUIRE(sheet.ok());
    REQUIRE(sheet.value().size() == 4);
    CHECK(sheet.value().at(0).mid(0, 2) == QStringList{QStringLiteral("Вид"), QStringLiteral("Название")});
    const QString exportedMembers = scratch.path(QStringLiteral("members-out.csv"));
    const Run exportRun = run({QStringLiteral("export"), QStringLiteral("network-members"), exportedMembers});
    INFO(exportRun.err.toStdString());
    REQUIRE(exportRun.exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(exportedMembers));
    CHECK(text.contains(QStringLiteral("Кузнецова Анна Петровна")));
    CHECK(text.contains(QStringLiteral("руководитель")));
    if (!test::onServer())
        QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
