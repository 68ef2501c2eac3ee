#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/XlsxReader.h"
#include "documents/ZipWriter.h"
#include "services/Importer.h"
#include "services/Progress.h"
#include "services/RegistryExport.h"
#include "services/Setup.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
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
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("import.sqlite"))).ok());
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
    // Values no dictionary knows are reported once each, with their rows.
    REQUIRE(report.unknownValues.size() == 2);
    CHECK(report.unknownValues[0].column == QStringLiteral("Муниципалитет"));
    CHECK(report.unknownValues[0].value == QStringLiteral("г. Атлантида"));
    CHECK(report.unknownValues[0].firstRows == QList<int>{4});
    CHECK(report.unknownValues[1].column == QStringLiteral("Предмет"));
    CHECK(report.unknownValues[1].value == QStringLiteral("астрология"));
    CHECK(report.unknownValues[1].firstRows == QList<int>{5});
    CHECK_FALSE(issueAt(report, 4));
    CHECK(report.lines().first().contains(QStringLiteral("«г. Атлантида»")));
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
    REQUIRE(TeacherWriter(region.db).update(t).ok());

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
    // Each engine lists its schema in its own catalogue: SQLite's tables,
    // indexes and triggers in sqlite_master, the server's indexes and
    // triggers (the tables stay) in pg_indexes and pg_trigger.
    const QString sql = db.dialect() == Dialect::SQLite
        ? QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
        : QStringLiteral("SELECT 'index ' || indexname || ' ' || indexdef AS object FROM pg_indexes "
                         "WHERE schemaname = current_schema() "
                         "UNION ALL SELECT 'trigger ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t "
                         "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY object");
    auto query = db.exec(sql);
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
    REQUIRE(TeacherWriter(region.db).insert(t).ok());
    filter.search = QStringLiteral("ежиков");
    CHECK(TeacherRepository(region.db).count(filter).value() == 1);

    // Two rows against 25 001 people: looked up one by one, not read all first.
    const ImportReport few = region.import(ImportKind::Teachers,
                                           writeLargeFile(region.scratch, QStringLiteral("few.csv"), 2));
    CHECK(few.updated == 2);
    CHECK(few.created == 0);
    CHECK(region.teachers() == 25001);

    // Which imports take that way: many rows against the registry, not a few.
    // Only in a SQLite file: the writer keeps the server's indexes as they
    // are (TeacherBulkWriter::prepareWrites; its finish() rebuilds FTS5).
    const bool sqlite = region.db.dialect() == Dialect::SQLite;
    const QStringList full = schemaObjects(region.db);
    for (const auto &[rows, defers] : {std::pair{qint64(100), false}, std::pair{qint64(100000), sqlite}}) {
        Transaction transaction(region.db);
        TeacherBulkWriter writer(region.db, {});
        REQUIRE(writer.begin(rows).ok());
        CHECK(writer.defersIndexes() == defers);
        CHECK((schemaObjects(region.db) != full) == defers);
    }
    CHECK(schemaObjects(region.db) == full);
}

namespace {

// Asks to stop once the import's progress reaches a point (in thousandths:
// up to 900 while rows are written, then the indexes).
class StopAt : public Progress
{
public:
    explicit StopAt(qint64 at) : m_at(at) {}
    void report(qint64 done, qint64) override { m_stop = m_stop || done >= m_at; }
    bool cancelled() const override { return m_stop; }

private:
    qint64 m_at;
    bool m_stop = false;
};

} // namespace

TEST_CASE("import: cancelled while writing rows or while building the indexes, nothing is left", "[import]")
{
    Region region;
    const QStringList schema = schemaObjects(region.db);
    const QString file = writeLargeFile(region.scratch, QStringLiteral("cancel.csv"), 25000);
    // The indexes are built again only in a SQLite file; on the server they
    // are kept while the rows are written, so there is no later step to stop at.
    QList<qint64> stops{100};
    if (region.db.dialect() == Dialect::SQLite)
        stops << 901;
    for (const qint64 at : std::as_const(stops)) {
        INFO("stop at " << at);
        StopAt stop(at);
        auto report = Importer(region.db, ImportKind::Teachers, {}, &stop).importFile(file);
        REQUIRE_FALSE(report.ok());
        CHECK(report.message().contains(QStringLiteral("отменён")));
        CHECK(region.teachers() == 0);
        CHECK(schemaObjects(region.db) == schema);
    }
    // And the same file goes in afterwards.
    CHECK(region.import(ImportKind::Teachers, file).created == 25000);
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

namespace {

// The parts of a workbook as Excel 2016 (ru-RU) saves it: a merged title row,
// СНИЛС and experience typed as numbers (СНИЛС without its separators, as
// Excel keeps a long number), shared strings with a rich-text run and
// preserved spaces, a dimension, column widths, a frozen header, extension
// namespaces and absolute part names in the relationships.
const QByteArray excelContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)";
const QByteArray excelRootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const QByteArray excelWorkbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\Users\metodist\Documents\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{5A1F0B7E-3C1D-4E4B-9D7B-1B2C3D4E5F60}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets><sheet name="Педагоги" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Педагоги!$A$2:$I$5</definedName></definedNames><calcPr calcId="191029"/></workbook>)";
const QByteArray excelWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";
const QByteArray excelStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="000\-000\-000\ 00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/><charset val="204"/></font><font><b/><sz val="14"/><name val="Calibri"/><charset val="204"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>)";
const QByteArray excelSharedStrings = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="34" uniqueCount="26"><si><t>Список педагогических работников на 01.09.2025</t></si><si><t>ФАМИЛИЯ</t></si><si><t>Имя</t></si><si><t>Отчество</t></si><si><t>СНИЛС</t></si><si><t xml:space="preserve">Муниципалитет </t></si><si><t>Образовательная организация</t></si><si><t>Предмет</t></si><si><t>Стаж</t></si><si><t>Квалификационная категория</t></si><si><t>Ёлкина</t></si><si><t>Алёна</t></si><si><t>Петровна</t></si><si><t>г. Тюмень</t></si><si><t>МАОУ СОШ № 5 г. Тюмени</t></si><si><r><rPr><sz val="11"/><rFont val="Calibri"/><charset val="204"/></rPr><t>математика</t></r></si><si><t>высшая</t></si><si><t>Семёнов</t></si><si><t>Пётр</t></si><si><t>Ильич</t></si><si><t>г. Ишим</t></si><si><t>МАОУ СОШ № 2 г. Ишима</t></si><si><t>биология</t></si><si><t>первая</t></si><si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Кузне</t></r><r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t>цова</t></r></si><si><t xml:space="preserve"> Ольга </t></si></sst>)";
// A1:I1 merged title; header in row 2; rows 3-5 people. СНИЛС typed as a
// number with a mask (style 2), so an early number lost its leading zeros;
// experience as a number; a surname in two rich-text runs.
const QByteArray excelSheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{3B4C5D6E-0000-0000-0000-000000000001}"><dimension ref="A1:I5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="3" width="16.7109375" customWidth="1"/><col min="4" max="4" width="15.42578125" style="2" customWidth="1"/><col min="5" max="9" width="22" customWidth="1"/></cols><sheetData><row r="1" spans="1:9" ht="18.75" x14ac:dyDescent="0.3"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="2" spans="1:9" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" s="2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c><c r="F2" t="s"><v>6</v></c><c r="G2" t="s"><v>7</v></c><c r="H2" t="s"><v>8</v></c><c r="I2" t="s"><v>9</v></c></row><row r="3" spans="1:9" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>10</v></c><c r="B3" t="s"><v>11</v></c><c r="C3" t="s"><v>12</v></c><c r="D3" s="2"><v>11223344595</v></c><c r="E3" t="s"><v>13</v></c><c r="F3" t="s"><v>14</v></c><c r="G3" t="s"><v>15</v></c><c r="H3"><v>12</v></c><c r="I3" t="s"><v>16</v></c></row><row r="4" spans="1:9" x14ac:dyDescent="0.25"><c r="A4" t="s"><v>17</v></c><c r="B4" t="s"><v>18</v></c><c r="C4" t="s"><v>19</v></c><c r="D4" s="2"><v>200300430</v></c><c r="E4" t="s"><v>20</v></c><c r="F4" t="s"><v>21</v></c><c r="G4" t="s"><v>22</v></c><c r="H4"><v>3</v></c><c r="I4" t="s"><v>23</v></c></row><row r="5" spans="1:9" x14ac:dyDescent="0.25"><c r="A5" t="s"><v>24</v></c><c r="B5" t="s"><v>25</v></c><c r="E5" t="s"><v>20</v></c><c r="F5" t="s"><v>21</v></c><c r="G5" t="s"><v>22</v></c><c r="H5"><v>7</v></c></row></sheetData><autoFilter ref="A2:I5" xr:uid="{00000000-0009-0000-0000-000000000000}"/><mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId1"/></worksheet>)";

} // namespace

TEST_CASE("import: a workbook shaped as Excel saves it", "[import]")
{
    Region region;
    const QString path = region.scratch.path(QStringLiteral("Педагоги (Excel).xlsx"));
    ZipWriter zip(path);
    for (const auto &[name, data] : {std::pair{"[Content_Types].xml", excelContentTypes}, {"_rels/.rels", excelRootRels},
                                     {"xl/workbook.xml", excelWorkbook}, {"xl/_rels/workbook.xml.rels", excelWorkbookRels},
                                     {"xl/styles.xml", excelStyles}, {"xl/sharedStrings.xml", excelSharedStrings},
                                     {"xl/worksheets/sheet1.xml", excelSheet},
                                     {"docProps/app.xml", QByteArray("<?xml version=\"1.0\"?><Properties/>")},
                                     {"docProps/core.xml", QByteArray("<?xml version=\"1.0\"?><cp:coreProperties "
                                                                      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>")},
                                     {"xl/theme/theme1.xml", QByteArray("<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"/>")}})
        REQUIRE(zip.add(QString::fromUtf8(name), data).ok());
    REQUIRE(zip.close().ok());

    const ImportReport report = region.import(ImportKind::Teachers, path);
    INFO(issueTexts(report).join(u'\n').toStdString());
    CHECK(report.headerRow == 2);
    CHECK(report.dataRows == 3);
    CHECK(report.invalid == 0);
    CHECK(report.created == 3);
    CHECK(report.written);

    RegistryFilter filter;
    filter.search = QStringLiteral("елкина");
    auto found = TeacherRepository(region.db).page(filter, {}, 10);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const TeacherRow &elkina = found.value().first();
    CHECK(elkina.fullName() == QStringLiteral("Ёлкина Алёна Петровна"));
    CHECK(elkina.snils == QStringLiteral("11223344595")); // a number in the cell
    CHECK(elkina.experienceYears == 12);
    CHECK(elkina.qualificationCategory == QStringLiteral("высшая"));
    CHECK(elkina.subject == QStringLiteral("математика"));
    filter.search = QStringLiteral("семенов");
    found = TeacherRepository(region.db).page(filter, {}, 10);
    REQUIRE(found.value().size() == 1);
    // 002-003-004 30 typed as a number is 200300430: the zeros come back.
    CHECK(found.value().first().snils == QStringLiteral("00200300430"));
    filter.search = QStringLiteral("кузнецова ольга");
    found = TeacherRepository(region.db).page(filter, {}, 10);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().experienceYears == 7);
    CHECK(found.value().first().snils.isEmpty());
}

TEST_CASE("import: namesakes in one school, with and without СНИЛС", "[import]")
{
    Region region;
    const auto write = [&](const QString &name, const QByteArray &rows) {
        const QString path = region.scratch.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Фамилия;Имя;СНИЛС;Муниципалитет;Организация;Предмет\r\n" + rows);
        return path;
    };
    const QByteArray pair = QStringLiteral("Иванов;Иван;;г. Ишим;МАОУ СОШ № 2 г. Ишима;биология\r\n"
                                           "Иванов;Иван;112-233-445 95;г. Ишим;МАОУ СОШ № 2 г. Ишима;химия\r\n")
                                .toUtf8();
    // Into an empty registry: two people (the second is not merged into the
    // first, whom this import has just created).
    const ImportReport first = region.import(ImportKind::Teachers, write(QStringLiteral("a.csv"), pair));
    CHECK(first.created == 2);
    CHECK(region.teachers() == 2);

    // A registry with one Иванов without СНИЛС: a file with both rows would
    // put them into that one person; it is refused, naming the row.
    Region other;
    other.import(ImportKind::Teachers, write(QStringLiteral("b.csv"), pair.left(pair.indexOf('\n') + 1)));
    REQUIRE(other.teachers() == 1);
    const ImportReport twice = other.import(ImportKind::Teachers, write(QStringLiteral("c.csv"), pair));
    CHECK_FALSE(twice.written);
    REQUIRE(issueAt(twice, 3) != nullptr);
    CHECK(issueAt(twice, 3)->message.contains(QStringLiteral("2")));
    CHECK(other.teachers() == 1);

    // A nine-digit number in the range without a check number is not taken for a СНИЛС.
    const ImportReport early = other.import(
        ImportKind::Teachers,
        write(QStringLiteral("d.csv"), QStringLiteral("Петров;Пётр;100199700;г. Ишим;МАОУ СОШ № 2 г. Ишима;химия\r\n").toUtf8()));
    CHECK(early.invalid == 1);
    REQUIRE(issueAt(early, 2) != nullptr);
    CHECK(issueAt(early, 2)->column == QStringLiteral("СНИЛС"));
}

TEST_CASE("import: teachers' ПК courses and diagnostics results", "[import]")
{
    Region region;
    region.import(ImportKind::Teachers, fixture("teachers_cp1251.csv"));
    const QList<TeacherRow> teachers = region.all();
    REQUIRE(teachers.size() == 3);
    const auto write = [&](const QString &name, const QString &text) {
        const QString path = region.scratch.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    };
    // One teacher by name and organisation, one by СНИЛС; the third row names nobody.
    const TeacherRow &byName = teachers[0];
    const TeacherRow &bySnils = *std::find_if(teachers.begin(), teachers.end(),
                                              [](const TeacherRow &t) { return !t.snils.isEmpty(); });
    const QString pk = QStringLiteral("Курсы ПК за 2025 год\r\n"
                                      "ФИО;СНИЛС;Организация;Программа;Часы;Федеральный реестр;Дата окончания\r\n"
                                      "%1;;%2;Школа современного учителя;36;да;25.03.2026\r\n"
                                      ";%3;;Методика обучения предмету;72;нет;45741\r\n"
                                      "Никто Никтоевич Никтоев;;;Курс;12;да;01.02.2026\r\n")
                           .arg(byName.fullName(), byName.organisation, Snils::format(bySnils.snils));
    const ImportReport refused = region.import(ImportKind::Development, write(QStringLiteral("pk.csv"), pk));
    CHECK_FALSE(refused.written);
    REQUIRE(issueAt(refused, 5) != nullptr);
    CHECK(issueAt(refused, 5)->message.contains(QStringLiteral("Никто Никтоевич Никтоев")));
    CHECK(DevelopmentRepository(region.db).pkOfTeacher(byName.id).value().isEmpty());

    const QString valid = pk.left(pk.indexOf(QStringLiteral("Никто Никтоевич")));
    const ImportReport courses = region.import(ImportKind::Development, write(QStringLiteral("pk2.csv"), valid));
    INFO(issueTexts(courses).join(u'\n').toStdString());
    CHECK(courses.written);
    CHECK(courses.created == 2);
    const QList<PkRecord> records = DevelopmentRepository(region.db).pkOfTeacher(byName.id).value();
    REQUIRE(records.size() == 1);
    CHECK(records[0].program == QStringLiteral("Школа современного учителя"));
    CHECK(records[0].hours == 36);
    CHECK(records[0].federalRegistry);
    CHECK(records[0].completedOn == QDate(2026, 3, 25));
    const QList<PkRecord> second = DevelopmentRepository(region.db).pkOfTeacher(bySnils.id).value();
    REQUIRE(second.size() == 1);
    CHECK(second[0].completedOn == QDate(2025, 3, 25)); // day 45741 of a spreadsheet
    // The same file again: the same courses, updated, not doubled.
    const ImportReport again = region.import(ImportKind::Development, write(QStringLiteral("pk3.csv"), valid));
    CHECK(again.created == 0);
    CHECK(again.updated == 2);
    CHECK(DevelopmentRepository(region.db).pkOfTeacher(byName.id).value().size() == 1);

    // Diagnostics: level and deficits; the registry's level follows the latest.
    const QString diagnostics = QStringLiteral("СНИЛС;Дата диагностики;Уровень компетенций;Дефициты;Примечание\r\n"
                                               "%1;01.10.2025;низкий;\"предметные; методические\";первичная\r\n"
                                               "%1;2026-02-15;средний;цифровые;повторная\r\n"
                                               "%1;31.02.2026;высокий;;\r\n")
                                    .arg(bySnils.snils);
    const ImportReport badDate = region.import(ImportKind::Diagnostics, write(QStringLiteral("d.csv"), diagnostics));
    CHECK_FALSE(badDate.written);
    REQUIRE(issueAt(badDate, 4) != nullptr);
    CHECK(issueAt(badDate, 4)->column == QStringLiteral("Дата диагностики"));
    const QString validDiagnostics = diagnostics.left(diagnostics.lastIndexOf(bySnils.snils));
    const ImportReport results = region.import(ImportKind::Diagnostics, write(QStringLiteral("d2.csv"), validDiagnostics));
    CHECK(results.created == 2);
    const QList<Diagnostic> found = DevelopmentRepository(region.db).diagnosticsOfTeacher(bySnils.id).value();
    REQUIRE(found.size() == 2);
    CHECK(found[0].diagnosedOn == QDate(2025, 10, 1));
    CHECK(found[0].deficitAreaIds.size() == 2);
    CHECK(found[0].notes == QStringLiteral("первичная"));
    CHECK(found[1].deficitAreaIds.size() == 1);
    CHECK(TeacherRepository(region.db).page({}, {}, 10).value().size() == 3);
    RegistryFilter one;
    one.search = bySnils.lastName + u' ' + bySnils.firstName;
    const auto row = TeacherRepository(region.db).page(one, {}, 10).value();
    REQUIRE_FALSE(row.isEmpty());
    CHECK(row.first().competenceLevel == QStringLiteral("средний")); // of 15.02.2026, the latest
}

TEST_CASE("import: categories since 2023 with dates, and the РМА kept current, in and out", "[import]")
{
    Region region;
    const QString teachersFile = region.scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(teachersFile,
                    QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет;Категория;"
                                   "Дата присвоения категории;Заявлена категория;Дата заявления\n"
                                   "Петрова;Анна;Ивановна;112-233-445 95;г. Тюмень;СОШ № 5;математика;первая;"
                                   "15.12.2025;педагог-наставник;01.02.2026\n"
                                   "Сидорова;Ольга;Петровна;;г. Тюмень;СОШ № 5;математика;высшая;32.01.2024;;\n"
                                   "Смирнова;Ирина;Олеговна;;г. Тюмень;СОШ № 5;математика;высшая;;;01.03.2026\n")
                        .toUtf8());
    const ImportReport refused = region.import(ImportKind::Teachers, teachersFile);
    CHECK(refused.errorCount() == 2);
    REQUIRE(issueAt(refused, 3));
    CHECK(issueAt(refused, 3)->column == QStringLiteral("Дата присвоения категории"));
    REQUIRE(issueAt(refused, 4));
    CHECK(issueAt(refused, 4)->column == QStringLiteral("Заявлена категория"));
    CHECK(region.teachers() == 0); // all or nothing

    test::writeFile(teachersFile,
                    QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет;Категория;"
                                   "Дата присвоения категории;Заявлена категория;Дата заявления\n"
                                   "Петрова;Анна;Ивановна;112-233-445 95;г. Тюмень;СОШ № 5;математика;первая;"
                                   "15.12.2025;педагог-наставник;01.02.2026\n")
                        .toUtf8());
    REQUIRE(region.import(ImportKind::Teachers, teachersFile).created == 1);
    const qint64 teacherId = TeacherRepository(region.db).findBySnils(QStringLiteral("11223344595")).value();
    const Teacher teacher = TeacherRepository(region.db).get(teacherId).value();
    CHECK(teacher.categoryAssignedOn == QDate(2025, 12, 15));
    CHECK(teacher.categoryAppliedOn == QDate(2026, 2, 1));
    CHECK(teacher.categoryAppliedId
          == DictionaryRepository(region.db)
                 .findByCodeOrName(QStringLiteral("qualification_categories"), QStringLiteral("pedagogue_mentor"))
                 .value());

    const QString methodistsFile = region.scratch.path(QStringLiteral("methodists.csv"));
    const QByteArray header = "Фамилия;Имя;СНИЛС;Муниципалитет;Организация;Предмет;Дата включения в РМА;"
                              "Дата выхода из РМА;Причина выхода;Телефон;Электронная почта;Ставка\n";
    test::writeFile(methodistsFile,
                    header
                        + QStringLiteral("Орлова;Вера;121-314-151 85;г. Тюмень;СОШ № 5;математика;01.09.2024;;;"
                                         "+7 3452 00-00-00;orlova@example.ru;0,5\n"
                                         "Лосева;Нина;;г. Тюмень;СОШ № 5;математика;01.09.2024;01.06.2024;;;;\n"
                                         "Котова;Анна;;г. Тюмень;СОШ № 5;математика;;;;;kotova.example.ru;\n"
                                         "Белова;Зоя;;г. Тюмень;СОШ № 5;математика;;;;;;3\n")
                              .toUtf8());
    const ImportReport bad = region.import(ImportKind::Methodists, methodistsFile);
    CHECK(bad.errorCount() == 3);
    REQUIRE(issueAt(bad, 3));
    CHECK(issueAt(bad, 3)->column == QStringLiteral("Дата выхода из РМА"));
    REQUIRE(issueAt(bad, 4));
    CHECK(issueAt(bad, 4)->column == QStringLiteral("Электронная почта"));
    REQUIRE(issueAt(bad, 5));
    CHECK(issueAt(bad, 5)->column == QStringLiteral("Ставка"));
    CHECK(MethodistRepository(region.db).count().value() == 0);

    test::writeFile(methodistsFile,
                    header
                        + QStringLiteral("Орлова;Вера;121-314-151 85;г. Тюмень;СОШ № 5;математика;01.09.2024;;;"
                                         "+7 3452 00-00-00;orlova@example.ru;0,5\n"
                                         "Лосева;Нина;;г. Тюмень;СОШ № 5;математика;01.09.2021;01.06.2024;"
                                         "переезд;;;\n")
                              .toUtf8());
    REQUIRE(region.import(ImportKind::Methodists, methodistsFile).created == 2);
    auto rows = MethodistRepository(region.db).page({}, {}, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const MethodistRow &left = rows->at(0).lastName == u"Лосева" ? rows->at(0) : rows->at(1);
    const MethodistRow &current = rows->at(0).lastName == u"Орлова" ? rows->at(0) : rows->at(1);
    CHECK(current.joinedOn == QDate(2024, 9, 1));
    CHECK(current.phone == QStringLiteral("+7 3452 00-00-00"));
    CHECK(current.email == QStringLiteral("orlova@example.ru"));
    REQUIRE(current.rate);
    CHECK(*current.rate == Approx(0.5));
    CHECK(current.active);
    // A date of leaving in the past makes the methodist inactive.
    CHECK(left.leftOn == QDate(2024, 6, 1));
    CHECK(left.leftReason == QStringLiteral("переезд"));
    CHECK_FALSE(left.active);

    // Exported and imported into another registry, every field comes back.
    const QString exported = region.scratch.path(QStringLiteral("methodists.xlsx"));
    auto table = RegistryExport::table(region.db, ImportKind::Methodists, {});
    REQUIRE(table.ok());
    REQUIRE(RegistryExport::write(table.value(), exported).ok());
    const QString teachersOut = region.scratch.path(QStringLiteral("teachers.xlsx"));
    auto teachersTable = RegistryExport::table(region.db, ImportKind::Teachers, {});
    REQUIRE(teachersTable.ok());
    REQUIRE(RegistryExport::write(teachersTable.value(), teachersOut).ok());
    Region other;
    CHECK(other.import(ImportKind::Methodists, exported).created == 2);
    CHECK(other.import(ImportKind::Teachers, teachersOut).created == 1);
    auto again = MethodistRepository(other.db).page({}, {}, 10);
    REQUIRE(again.ok());
    for (const MethodistRow &row : again.value()) {
        const MethodistRow &original = row.lastName == left.lastName ? left : current;
        CHECK(row.joinedOn == original.joinedOn);
        CHECK(row.leftOn == original.leftOn);
        CHECK(row.leftReason == original.leftReason);
        CHECK(row.phone == original.phone);
        CHECK(row.email == original.email);
        CHECK(row.rate == original.rate);
        CHECK(row.active == original.active);
    }
    const qint64 copyId = TeacherRepository(other.db).findBySnils(QStringLiteral("11223344595")).value();
    const Teacher copy = TeacherRepository(other.db).get(copyId).value();
    CHECK(copy.categoryAssignedOn == teacher.categoryAssignedOn);
    CHECK(copy.categoryAppliedOn == teacher.categoryAppliedOn);
    CHECK(copy.categoryAppliedId > 0);
}
