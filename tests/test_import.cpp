#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/XlsxReader.h"
#include "services/Importer.h"
#include "services/RegistryExport.h"
#include "services/Setup.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherBulkWriter.h"
#include "storage/TeacherRepository.h"
#include "domain/Snils.h"

#include <QFile>

#include <QDir>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

struct Region
{
    Scratch scratch;
    Database db;
    Region()
    {
        REQUIRE(db.open(scratch.path(QStringLiteral("import.sqlite"))).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    }
    qint64 teachers() { return TeacherRepository(db).count().value(); }
    QList<TeacherRow> all()
    {
        auto rows = TeacherRepository(db).page({}, {}, 1000);
        REQUIRE(rows.ok());
        return rows.value();
    }
    ImportReport import(ImportKind kind, const QString &path, ImportOptions options = {})
    {
        auto report = Importer(db, kind, options).importFile(path);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        return report.value();
    }
};

QStringList issueTexts(const ImportReport &report)
{
    QStringList texts;
    for (const ImportIssue &issue : report.issues)
        texts << issue.text();
    return texts;
}

const ImportIssue *issueAt(const ImportReport &report, int row)
{
    for (const ImportIssue &issue : report.issues)
        if (issue.row == row && !issue.warning)
            return &issue;
    return nullptr;
}

} // namespace

TEST_CASE("import: Windows-1251 CSV with a title row", "[import]")
{
    Region region;
    const ImportReport report = region.import(ImportKind::Teachers, fixture("teachers_cp1251.csv"));
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK(report.encoding == QStringLiteral("Windows-1251"));
    CHECK(report.headerRow == 2);
    CHECK(report.dataRows == 3);
    CHECK(report.created == 3);
    CHECK(report.invalid == 0);
    CHECK(report.written);
    CHECK(report.organisationsCreated == 3);

    const QList<TeacherRow> rows = region.all();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fullName() == QStringLiteral("Ёлкин Пётр Семёнович"));
    CHECK(rows[0].municipality == QStringLiteral("г. Тобольск"));
    CHECK(rows[0].competenceLevel == QStringLiteral("низкий"));
    CHECK(rows[1].fullName() == QStringLiteral("Петрова-Водкина Анна Ильинична"));
    CHECK(rows[1].supportCategories == QStringLiteral("Педагоги, выходящие на аттестацию"));
    CHECK(rows[2].snils == QStringLiteral("11223344595"));
    CHECK(rows[2].experienceYears == 12);
    CHECK(rows[2].organisation == QStringLiteral("МАОУ СОШ № 5 г. Тюмени"));
    // Two categories from one quoted cell, the first given by its beginning only.
    CHECK(rows[2].supportCategories.startsWith(QStringLiteral("Молодые специалисты и вновь прибывшие")));
    CHECK(rows[2].supportCategories.endsWith(QStringLiteral("; Участники профессиональных конкурсов")));

    // «петр» finds «Пётр».
    auto found = TeacherRepository(region.db).searchByName(QStringLiteral("петр"), 10);
    REQUIRE(found.ok());
    QStringList names;
    for (const NameMatch &match : found.value())
        names << match.fullName;
    CHECK(names.contains(QStringLiteral("Ёлкин Пётр Семёнович")));
    CHECK(names.contains(QStringLiteral("Фёдорова Алёна Петровна")));
}

TEST_CASE("import: UTF-8 with BOM, commas, one ФИО column, quoted line breaks, extra columns", "[import]")
{
    Region region;
    const ImportReport report = region.import(ImportKind::Teachers, fixture("teachers_utf8_bom_comma.csv"));
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK(report.encoding.startsWith(QStringLiteral("UTF-8")));
    CHECK(report.created == 2);
    const QList<TeacherRow> rows = region.all();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fullName() == QStringLiteral("Иванов Иван Иванович"));
    CHECK(rows[0].organisation == QStringLiteral("МАОУ \"Лицей № 81\", корпус 2"));
    CHECK(rows[0].experienceYears == 7);
    CHECK(rows[1].fullName() == QStringLiteral("Сидорова Мария"));
    CHECK(rows[1].experienceYears == 15); // "15.0" as a spreadsheet writes it
}

TEST_CASE("import: tab-delimited UTF-8 without BOM", "[import]")
{
    Region region;
    const ImportReport report = region.import(ImportKind::Teachers, fixture("teachers_utf8_tab.csv"));
    CHECK(report.created == 1);
    CHECK(region.all().value(0).subject == QStringLiteral("биология"));
}

TEST_CASE("import: a broken file is refused row by row and nothing is written", "[import]")
{
    Region region;
    region.import(ImportKind::Teachers, fixture("teachers_utf8_tab.csv"));
    const qint64 before = region.teachers();

    const ImportReport report = region.import(ImportKind::Teachers, fixture("teachers_broken.csv"));
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK_FALSE(report.written);
    CHECK(report.invalid == 6);
    CHECK(region.teachers() == before);

    REQUIRE(issueAt(report, 3));
    CHECK(issueAt(report, 3)->column == QStringLiteral("СНИЛС"));
    REQUIRE(issueAt(report, 4));
    CHECK(issueAt(report, 4)->column == QStringLiteral("Муниципалитет"));
    CHECK(issueAt(report, 4)->message.contains(QStringLiteral("г. Атлантида")));
    REQUIRE(issueAt(report, 5));
    CHECK(issueAt(report, 5)->column == QStringLiteral("Предмет"));
    REQUIRE(issueAt(report, 6));
    CHECK(issueAt(report, 6)->column == QStringLiteral("Стаж"));
    REQUIRE(issueAt(report, 7));
    CHECK(issueAt(report, 7)->column == QStringLiteral("Имя"));
    REQUIRE(issueAt(report, 9));
    CHECK(issueAt(report, 9)->message.contains(QStringLiteral("8")));
    CHECK_FALSE(issueAt(report, 2));
    CHECK_FALSE(issueAt(report, 8));
    // Messages are Russian sentences with the row and the column.
    CHECK(issueAt(report, 3)->text().startsWith(QStringLiteral("Строка 3, столбец «СНИЛС»")));

    SECTION("skipping invalid rows is an explicit choice")
    {
        ImportOptions options;
        options.skipInvalid = true;
        const ImportReport partial = region.import(ImportKind::Teachers, fixture("teachers_broken.csv"), options);
        CHECK(partial.written);
        CHECK(partial.created == 2);
        CHECK(region.teachers() == before + 2);
    }
    SECTION("a dry run writes nothing even for valid rows")
    {
        ImportOptions options;
        options.dryRun = true;
        options.skipInvalid = true;
        const ImportReport dry = region.import(ImportKind::Teachers, fixture("teachers_broken.csv"), options);
        CHECK(dry.created == 2);
        CHECK_FALSE(dry.written);
        CHECK(region.teachers() == before);
    }
}

TEST_CASE("import: re-importing the same file updates instead of duplicating", "[import]")
{
    Region region;
    region.import(ImportKind::Teachers, fixture("teachers_cp1251.csv"));
    const ImportReport again = region.import(ImportKind::Teachers, fixture("teachers_cp1251.csv"));
    CHECK(again.created == 0);
    CHECK(again.updated == 3);
    CHECK(again.organisationsCreated == 0);
    CHECK(region.teachers() == 3);
}

TEST_CASE("import: a file without the required columns is refused before any row", "[import]")
{
    Region region;
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("no_subject.csv"));
    test::writeFile(path, QStringLiteral("Фамилия;Имя;Муниципалитет;Организация\nИванов;Иван;г. Тюмень;СОШ\n").toUtf8());
    auto report = Importer(region.db, ImportKind::Teachers).importFile(path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.message().contains(QStringLiteral("«Предмет»")));

    const QString noHeader = scratch.path(QStringLiteral("no_header.csv"));
    test::writeFile(noHeader, QStringLiteral("а;б;в\n1;2;3\n").toUtf8());
    CHECK_FALSE(Importer(region.db, ImportKind::Teachers).importFile(noHeader).ok());
}

TEST_CASE("import: methodists with the РМА requirements as warnings", "[import]")
{
    Region region;
    const ImportReport report = region.import(ImportKind::Methodists,
                                              QStringLiteral(METODIST_RESOURCES "/reference/regions/tyumen_rma_sample.csv"));
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK(report.written);
    CHECK(report.created == 41);
    CHECK(report.errorCount() == 0);
    int warnings = 0;
    for (const ImportIssue &issue : report.issues)
        warnings += issue.warning ? 1 : 0;
    CHECK(warnings == 2);

    auto rows = MethodistRepository(region.db).page({}, {}, 100);
    REQUIRE(rows.ok());
    int ineligible = 0;
    for (const MethodistRow &row : rows.value())
        ineligible += row.shortfalls.isEmpty() ? 0 : 1;
    CHECK(ineligible == 2);
}

TEST_CASE("export: CSV for Russian Excel round-trips through import, formulas neutralised", "[import]")
{
    Region region;
    region.import(ImportKind::Teachers, fixture("teachers_cp1251.csv"));
    // A hostile cell: text that a spreadsheet would run as a formula.
    auto teacher = TeacherRepository(region.db).get(region.all().first().id);
    REQUIRE(teacher.ok());
    Teacher t = teacher.value();
    t.position = QStringLiteral("=HYPERLINK(\"http://x\")");
    REQUIRE(TeacherRepository(region.db).update(t).ok());

    auto table = RegistryExport::table(region.db, ImportKind::Teachers);
    REQUIRE(table.ok());
    const QString csv = region.scratch.path(QStringLiteral("out.csv"));
    REQUIRE(RegistryExport::write(table.value(), csv).ok());
    const QByteArray bytes = test::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.contains(";"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("'=HYPERLINK")));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("112-233-445 95")));

    // The exported file imports back as an update of the same people.
    const ImportReport back = region.import(ImportKind::Teachers, csv);
    INFO(issueTexts(back).join(u'\n').toStdString());
    CHECK(back.created == 0);
    CHECK(back.updated == 3);
}

TEST_CASE("import: an XLSX saved by LibreOffice, title row, header with е for ё", "[import]")
{
    Region region;
    auto sheets = XlsxReader::sheetNames(fixture("methodists_libreoffice.xlsx"));
    REQUIRE(sheets.ok());
    ImportOptions options;
    options.sheet = sheets.value().first();
    const ImportReport report = region.import(ImportKind::Methodists, fixture("methodists_libreoffice.xlsx"), options);
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK(report.headerRow == 2);
    CHECK(report.created == 5);
    CHECK(report.errorCount() == 0);
    auto rows = MethodistRepository(region.db).page({}, {}, 10);
    REQUIRE(rows.ok());
    QList<int> capacities;
    for (const MethodistRow &row : rows.value())
        capacities << row.capacity;
    CHECK(capacities.count(45) == 1); // «Количество закрепленных педагогов» is «…закреплённых…»
    CHECK(capacities.count(60) == 4);
    CHECK(rows.value().first().snils.size() == 11);
}

TEST_CASE("import: the user's column corrections override the headers", "[import]")
{
    Region region;
    const QString path = region.scratch.path(QStringLiteral("odd.csv"));
    test::writeFile(path, QStringLiteral("Фамилия педагога;Имя;Муниципалитет;Организация;Предмет;Имя ребёнка\n"
                                         "Кузнецова;Ольга;г. Ишим;МАОУ СОШ № 2 г. Ишима;биология;Вася\n")
                              .toUtf8());
    SourceTable table = Importer::readFile(path).value();

    auto plan = Importer::plan(ImportKind::Teachers, table);
    REQUIRE(plan.ok()); // the header is found; what is missing is said, not failed
    CHECK(plan.value().problem.contains(QStringLiteral("«Фамилия»")));
    CHECK_FALSE(Importer(region.db, ImportKind::Teachers).importTable(table).ok());

    ImportOptions options;
    options.columns.insert(0, ImportField::LastName);
    auto corrected = Importer::plan(ImportKind::Teachers, table, options);
    REQUIRE(corrected.ok());
    CHECK(corrected.value().problem.isEmpty());
    CHECK(corrected.value().fieldHeaders.at(0) == QStringLiteral("Фамилия"));
    CHECK(corrected.value().fieldHeaders.at(5).isEmpty());

    // A column can also be switched off: without «Имя» the import is refused.
    ImportOptions withoutName = options;
    withoutName.columns.insert(1, std::nullopt);
    CHECK_FALSE(Importer::plan(ImportKind::Teachers, table, withoutName).value().problem.isEmpty());

    auto report = Importer(region.db, ImportKind::Teachers, options).importTable(table);
    REQUIRE(report.ok());
    CHECK(report.value().created == 1);
    CHECK(region.all().value(0).fullName() == QStringLiteral("Кузнецова Ольга"));
}

namespace {

QStringList schemaObjects(const Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                                        "ORDER BY type, name"));
    REQUIRE(query.ok());
    QStringList objects;
    while (query.value().next())
        objects << query.value().value(0).toString();
    return objects;
}

// A teachers file of `rows` people with valid, distinct СНИЛС numbers; every
// hundredth is an «Ёлкина».
QString writeLargeFile(const Scratch &scratch, const QString &name, int rows, const QString &lastRow = {})
{
    QString text = QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет\r\n");
    for (int i = 0; i < rows; ++i) {
        const QString number = QStringLiteral("%1").arg(2000000 + i, 9, 10, QLatin1Char('0'));
        text += (i % 100 == 0 ? QStringLiteral("Ёлкина") : QStringLiteral("Петрова")) + u';'
                + QStringLiteral("Анна;Сергеевна;") + number + Snils::checkDigitsFor(number)
                + QStringLiteral(";г. Ишим;МАОУ СОШ № %1 г. Ишима;биология\r\n").arg(i % 40);
    }
    text += lastRow;
    const QString path = scratch.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST_CASE("import: a large file builds the indexes once; a refused one leaves them as they were", "[import]")
{
    // 25 000 rows into an empty registry: the writer drops the secondary
    // indexes and the name search triggers, and builds them again at the end.
    Region region;
    const QStringList schema = schemaObjects(region.db);
    const QString broken = writeLargeFile(region.scratch, QStringLiteral("broken.csv"), 25000,
                                          QStringLiteral("Иванов;Иван;;123-456-789 00;г. Ишим;МАОУ СОШ № 1 г. Ишима;биология\r\n"));
    const ImportReport refused = region.import(ImportKind::Teachers, broken);
    CHECK_FALSE(refused.written);
    CHECK(refused.invalid == 1);
    REQUIRE(issueAt(refused, 25002) != nullptr);
    CHECK(region.teachers() == 0);
    CHECK(schemaObjects(region.db) == schema);

    const ImportReport report = region.import(ImportKind::Teachers,
                                              writeLargeFile(region.scratch, QStringLiteral("good.csv"), 25000));
    CHECK(report.written);
    CHECK(report.created == 25000);
    CHECK(report.organisationsCreated == 40);
    CHECK(region.teachers() == 25000);
    CHECK(schemaObjects(region.db) == schema);
    CHECK(region.db.integrityCheck().value().isEmpty());
    // The trigram index was rebuilt: «елкин» finds the 250 «Ёлкина», by search and by count.
    RegistryFilter filter;
    filter.search = QStringLiteral("елкин");
    CHECK(TeacherRepository(region.db).count(filter).value() == 250);
    CHECK(TeacherRepository(region.db).searchByName(QStringLiteral("ЁЛКИНА АННА"), 1000).value().size() == 250);
    // And the triggers are back: a teacher added by hand is found at once.
    Teacher t;
    t.lastName = QStringLiteral("Ёжикова");
    t.firstName = QStringLiteral("Вера");
    REQUIRE(TeacherRepository(region.db).insert(t).ok());
    filter.search = QStringLiteral("ежиков");
    CHECK(TeacherRepository(region.db).count(filter).value() == 1);

    // Which imports take that way: many rows against the registry, not a few.
    const QStringList full = schemaObjects(region.db);
    for (const auto &[rows, defers] : {std::pair{qint64(100), false}, std::pair{qint64(100000), true}}) {
        Transaction transaction(region.db);
        TeacherBulkWriter writer(region.db, {});
        REQUIRE(writer.begin(rows).ok());
        CHECK(writer.defersIndexes() == defers);
        CHECK((schemaObjects(region.db) != full) == defers);
    }
    CHECK(schemaObjects(region.db) == full);
}

TEST_CASE("import: a person entered without СНИЛС is found by name when the file brings the СНИЛС", "[import]")
{
    Region region;
    region.import(ImportKind::Teachers, fixture("teachers_utf8_tab.csv"));
    const QList<TeacherRow> before = region.all();
    REQUIRE(before.size() >= 1);
    const TeacherRow &person = before.first();
    CHECK(person.snils.isEmpty());

    const QString path = region.scratch.path(QStringLiteral("with-snils.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет\r\n"
                              "%1;%2;%3;112-233-445 95;%4;%5;%6\r\n")
                   .arg(person.lastName, person.firstName, person.middleName, person.municipality,
                        person.organisation, person.subject)
                   .toUtf8());
    file.close();
    const ImportReport report = region.import(ImportKind::Teachers, path);
    CHECK(report.created == 0);
    CHECK(report.updated == 1);
    CHECK(region.teachers() == before.size());
    CHECK(TeacherRepository(region.db).get(person.id).value().snils == QStringLiteral("11223344595"));
}
