#include <catch2/catch.hpp>

// The work log in and out of files: read by the registry import's pipeline.

#include "SupportFixture.h"
#include "services/RegistryExport.h"
#include "services/WorkLogService.h"
#include "storage/MethodistRepository.h"
#include "storage/WorkLogRepository.h"

#include <QRegularExpression>

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

TEST_CASE("work log: CSV import is all or nothing, filters, export round trip", "[worklog]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Журналова"));
    const qint64 t1 = r.teacher(QStringLiteral("Первая"));
    const qint64 t2 = r.teacher(QStringLiteral("Вторая"));
    const QString ms = Snils::format(MethodistRepository(r.db).get(m)->snils);
    const QString s1 = Snils::format(r.snilsOf(t1));
    const QString s2 = r.snilsOf(t2);
    // A title row, headers in other case and with е for ё, columns reordered.
    const auto csv = [&](const QString &badDate) {
        return QStringLiteral("Журнал работы методиста;;;;;\r\n"
                              "педагог (снилс);МЕТОДИСТ (СНИЛС);вид работы;ДАТА;Длительность (мин);Результат\r\n"
                              "%1;%3;Посещение и анализ уроков, внеурочных занятий;01.10.2025;45;Урок разобран\r\n"
                              "%2;%3;lesson_plans;2025-10-02;;Замечания\r\n"
                              "%2;%3;Анализ использования УМК;%4;30;\r\n")
            .arg(s1, s2, ms, badDate)
            .toUtf8();
    };
    const QString file = r.scratch.path(QStringLiteral("log.csv"));
    test::writeFile(file, csv(QStringLiteral("32.10.2025")));
    WorkLogService service(r.db);
    auto refused = WorkLogService::importFile(r.db, file);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QRegularExpression(QStringLiteral("\\b5\\b[^\\n]*«ДАТА»"))));
    CHECK(refused.message().contains(QStringLiteral("32.10.2025")));
    CHECK(WorkLogRepository(r.db).list({}).value().isEmpty()); // the two good rows were not written either

    test::writeFile(file, csv(QStringLiteral("03.10.2025")));
    auto imported = WorkLogService::importFile(r.db, file);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 3);

    WorkLogFilter byTeacher;
    byTeacher.teacherId = t2;
    const auto rows = WorkLogRepository(r.db).list(byTeacher).value();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].entry.workedOn == QDate(2025, 10, 2));
    CHECK_FALSE(rows[0].entry.durationMinutes.has_value());
    CHECK(rows[0].workKind.startsWith(QStringLiteral("Анализ планов-конспектов")));
    CHECK(rows[1].entry.durationMinutes == 30);
    WorkLogFilter byDates;
    byDates.from = QDate(2025, 10, 2);
    byDates.to = QDate(2025, 10, 2);
    CHECK(WorkLogRepository(r.db).list(byDates).value().size() == 1);
    WorkLogFilter byKind;
    byKind.workKindId = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    byKind.methodistId = m;
    CHECK(WorkLogRepository(r.db).list(byKind).value().size() == 1);

    const QString out = r.scratch.path(QStringLiteral("out.csv"));
    REQUIRE(service.exportCsv(out).value() == 3);
    const QString exported = QString::fromUtf8(test::readFile(out));
    CHECK(exported.contains(WorkLogService::columns().join(u';')));
    CHECK(exported.contains(QStringLiteral("Урок разобран")));
    REQUIRE(WorkLogService::importFile(r.db, out).value() == 3);
    CHECK(WorkLogRepository(r.db).list({}).value().size() == 6);
}

TEST_CASE("work log: people by full name when the СНИЛС cell is empty, names in the export", "[worklog]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Журналова"));
    const qint64 t1 = r.teacher(QStringLiteral("Первая"));
    const qint64 t2 = r.teacher(QStringLiteral("Вторая"));
    r.teacher(QStringLiteral("Двойная"));
    r.teacher(QStringLiteral("Двойная"));
    const QString s2 = Snils::format(r.snilsOf(t2));
    const QString header = QStringLiteral("Методист (СНИЛС);Методист (ФИО);Педагог (СНИЛС);Педагог (ФИО);Вид работы;Дата\r\n");
    const QString good = QStringLiteral(";ЖУРНАЛОВА пётр  ильич;;Первая Анна Сергеевна;lesson_visits;01.10.2025\r\n"
                                        ";Журналова Петр Ильич;%1;;lesson_plans;02.10.2025\r\n")
                             .arg(s2);
    const QString file = r.scratch.path(QStringLiteral("names.csv"));
    test::writeFile(file, (header + good
                           + QStringLiteral(";Журналова Петр Ильич;;Двойная Анна Сергеевна;lesson_plans;03.10.2025\r\n"
                                            ";Неизвестный Методист Иванович;;Первая Анна Сергеевна;lesson_plans;04.10.2025\r\n"
                                            ";;;Первая Анна Сергеевна;lesson_plans;05.10.2025\r\n"))
                              .toUtf8());
    WorkLogService service(r.db);
    auto refused = WorkLogService::importFile(r.db, file);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.message();
    INFO(message.toStdString());
    CHECK(message.contains(QRegularExpression(QStringLiteral("\\b4\\b[^\\n]*«Педагог \\(ФИО\\)»[^\\n]*Двойная"))));
    CHECK(message.contains(QRegularExpression(QStringLiteral("\\b5\\b[^\\n]*«Методист \\(ФИО\\)»[^\\n]*Неизвестный"))));
    CHECK(message.contains(QRegularExpression(QStringLiteral("\\b6\\b[^\\n]*«Методист \\(СНИЛС\\)»"))));
    CHECK_FALSE(message.contains(QRegularExpression(QStringLiteral("\\b[23]\\b[^\\n]*«"))));
    CHECK(WorkLogRepository(r.db).list({}).value().isEmpty()); // all or nothing

    test::writeFile(file, (header + good).toUtf8());
    auto imported = WorkLogService::importFile(r.db, file);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 2);
    auto rows = WorkLogRepository(r.db).list({}).value();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].entry.methodistId == m);
    CHECK(rows[0].entry.teacherId == t1);
    CHECK(rows[1].entry.teacherId == t2);

    // Names alone, without the СНИЛС columns, are a header too.
    test::writeFile(file, QStringLiteral("Педагог (ФИО);Методист (ФИО);Вид работы;Дата\r\n"
                                         "Вторая Анна Сергеевна;Журналова Пётр Ильич;lesson_plans;2025-10-06\r\n")
                              .toUtf8());
    REQUIRE(WorkLogService::importFile(r.db, file).value() == 1);
    // Without a column for the methodist it is not.
    test::writeFile(file, QStringLiteral("Педагог (ФИО);Вид работы;Дата\r\nВторая Анна Сергеевна;lesson_plans;2025-10-06\r\n")
                              .toUtf8());
    CHECK_FALSE(WorkLogService::importFile(r.db, file).ok());

    // The export names the people; it reads back in.
    const QString out = r.scratch.path(QStringLiteral("out.csv"));
    REQUIRE(service.exportCsv(out).value() == 3);
    const QString exported = QString::fromUtf8(test::readFile(out));
    CHECK(exported.contains(QStringLiteral("Методист (ФИО)")));
    CHECK(exported.contains(QStringLiteral("Педагог (ФИО)")));
    CHECK(exported.contains(QStringLiteral("Журналова Пётр Ильич")));
    CHECK(exported.contains(QStringLiteral("Первая Анна Сергеевна")));
    REQUIRE(WorkLogService::importFile(r.db, out).value() == 3);

    // The summary of what is listed.
    const WorkLogSummary summary = service.summary({}).value();
    CHECK(summary.entries == 6);
    CHECK(summary.teachers == 2);
    CHECK(summary.methodists == 1);
    CHECK(summary.withoutDuration == 6);
    CHECK(summary.kinds.size() == 9);
    CHECK(service.findWorkKind(QStringLiteral("LESSON_PLANS")).value()
          == r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_plans")));
    CHECK(service.findWorkKind(QStringLiteral("нет такого")).value() == 0);
}


TEST_CASE("work log: read by the registry import's rules — XLSX, every date form, names, short kinds", "[worklog][import]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Ёлкина"));
    const qint64 t1 = r.teacher(QStringLiteral("Первая"));
    const qint64 t2 = r.teacher(QStringLiteral("Вторая"));
    const QString ms = MethodistRepository(r.db).get(m)->snils;
    const QString s2 = r.snilsOf(t2);

    // The template is the export's header, and an import of it alone is refused only for having no rows.
    const ExportTable blank = RegistryExport::templateFor(ImportKind::WorkLog);
    CHECK(blank.headers == WorkLogService::columns());

    // A workbook with the header under a title (the sheet's first row is the
    // title RegistryExport writes), the other aliases of the headers, the
    // dates in each form an office writes them, the spreadsheet's day number
    // among them, a person by СНИЛС as bare digits or by a name with е for ё.
    ExportTable table;
    table.title = QStringLiteral("Журнал");
    table.headers = {QStringLiteral("СНИЛС методиста"), QStringLiteral("ФИО методиста"), QStringLiteral("ФИО педагога"),
                     QStringLiteral("СНИЛС педагога"), QStringLiteral("вид работы"), QStringLiteral("Дата работы"),
                     QStringLiteral("Длительность")};
    table.textColumns = {true, true, true, true, true, true, false};
    const QStringList dates{QStringLiteral("25.03.2026"), QStringLiteral("5.3.2026"), QStringLiteral("2026-03-24"),
                            QStringLiteral("23.03.26"),   QStringLiteral("22/03/2026"), QStringLiteral("46102")};
    for (int i = 0; i < dates.size(); ++i) {
        const bool byName = i % 2 == 1;
        table.rows.append({byName ? QString() : ms, byName ? QStringLiteral("елкина петр ильич") : QString(),
                           i < 3 ? QStringLiteral("Первая Анна Сергеевна") : QString(), i < 3 ? QString() : s2,
                           i == 0 ? QStringLiteral("lesson_visits") : QStringLiteral("Анализ планов"), dates[i],
                           i == 5 ? QVariant() : QVariant(30 + i)});
    }
    const QString xlsx = r.scratch.path(QStringLiteral("log.xlsx"));
    REQUIRE(RegistryExport::write(table, xlsx).ok());
    ImportReport report;
    auto imported = WorkLogService::importFile(r.db, xlsx, nullptr, &report);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 6);
    CHECK(report.written);
    CHECK(report.dataRows == 6);

    const auto rows = WorkLogRepository(r.db).list({}).value();
    REQUIRE(rows.size() == 6);
    QList<QDate> stored;
    for (const WorkLogRow &row : rows) {
        CHECK(row.entry.methodistId == m);
        stored.append(row.entry.workedOn);
    }
    QList<QDate> expected{QDate(2026, 3, 5),  QDate(2026, 3, 22), QDate(2026, 3, 23),
                          QDate(2026, 3, 24), QDate(2026, 3, 25), QDate(2026, 3, 21)}; // day 46102 of 1900's count
    std::sort(stored.begin(), stored.end());
    std::sort(expected.begin(), expected.end());
    CHECK(stored == expected);
    WorkLogFilter first;
    first.teacherId = t1;
    CHECK(WorkLogRepository(r.db).list(first).value().size() == 3);
    WorkLogFilter byKind;
    byKind.workKindId = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_plans"));
    CHECK(WorkLogRepository(r.db).list(byKind).value().size() == 5); // «Анализ планов» is the start of one kind only

    // The same faults are reported the same way as in a registry import: by
    // row and column as the file names it, all or nothing.
    table.rows = {{ms, QString(), QString(), s2, QStringLiteral("Чаепитие"), QStringLiteral("31.02.2026"),
                   QStringLiteral("-5")}};
    REQUIRE(RegistryExport::write(table, xlsx).ok());
    auto refused = WorkLogService::importFile(r.db, xlsx, nullptr, &report);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.message();
    INFO(message.toStdString());
    CHECK(message.contains(QRegularExpression(QStringLiteral("«вид работы»[^\\n]*Чаепитие"))));
    CHECK(message.contains(QRegularExpression(QStringLiteral("«Дата работы»[^\\n]*31\\.02\\.2026"))));
    CHECK(message.contains(QRegularExpression(QStringLiteral("«Длительность»[^\\n]*-5"))));
    CHECK(report.errorCount() == 3);
    CHECK(WorkLogRepository(r.db).list({}).value().size() == 6);

    // A header without a way to name the teacher says which columns would do.
    table.headers = {QStringLiteral("СНИЛС методиста"), QStringLiteral("Вид работы"), QStringLiteral("Дата")};
    table.textColumns = {true, true, true};
    table.rows = {{ms, QStringLiteral("lesson_visits"), QStringLiteral("01.10.2025")}};
    REQUIRE(RegistryExport::write(table, xlsx).ok());
    auto noTeacher = WorkLogService::importFile(r.db, xlsx);
    REQUIRE_FALSE(noTeacher.ok());
    INFO(noTeacher.message().toStdString());
    CHECK(noTeacher.message().contains(QStringLiteral("«Педагог (СНИЛС)»")));
    CHECK(noTeacher.message().contains(QStringLiteral("«Педагог (ФИО)»")));
}
