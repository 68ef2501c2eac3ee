// Trust in the core alone (run under the sanitizers too): a file that changes
// while it is read, an export that imports back unchanged, texts beyond
// sensible limits, a report of many faults, an XLSX cell's limit.
#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "TestSupport.h"
#include "documents/CsvReader.h"
#include "documents/XlsxReader.h"
#include "documents/XlsxWriter.h"
#include "services/Importer.h"
#include "services/RegistryExport.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace metodist;
using metodist::test::Scratch;

namespace {

void writeTeachersCsv(const QString &path, const QStringList &rows)
{
    QByteArray csv = "Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет\r\n";
    for (const QString &row : rows)
        csv += row.toUtf8() + "\r\n";
    test::writeFile(path, csv);
}

} // namespace

TEST_CASE("trust: a report of many faults lists the first thousand and counts the rest", "[trust][import]")
{
    ImportReport report;
    for (int i = 0; i < 3000; ++i)
        report.addIssue({i + 2, QStringLiteral("СНИЛС"), QStringLiteral("«%1» is wrong").arg(i), false});
    CHECK(report.issues.size() == ImportReport::maxListedIssues);
    REQUIRE(report.moreIssues.size() == 1);
    CHECK(report.moreIssues.first().rows == 2000);
    CHECK(report.errorCount() == 3000);
}

TEST_CASE("trust: a file cut short while it is read is an error, not a crash", "[trust][csv]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("shrinking.csv"));
    QByteArray csv = "Фамилия;Имя\r\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Иванова;Анна\r\n";
    test::writeFile(path, csv);
    CsvStream stream;
    stream.setChunkBytes(4096);
    REQUIRE(stream.open(path).ok());
    QStringList cells;
    int row = 0;
    for (int i = 0; i < 10; ++i)
        REQUIRE(stream.next(cells, row));
    // Another program saves a shorter file over it.
    QFile::resize(path, 1000);
    while (stream.next(cells, row)) {
    }
    CHECK_FALSE(stream.status().ok());
    CHECK(stream.status().message().contains(QStringLiteral("shrinking.csv")));
}

TEST_CASE("trust: what the registry exports imports back to the identical registry", "[trust][import]")
{
    test::SupportRegion region(QStringLiteral("source.sqlite"));
    // Texts a spreadsheet would take for formulas, apostrophes, ё.
    const QStringList surnames{QStringLiteral("-Тест"), QStringLiteral("=СУММ"), QStringLiteral("+Плюсова"),
                               QStringLiteral("@Собакина"), QStringLiteral("'Апострофова"),
                               QStringLiteral("''Двойная"), QStringLiteral("Ёлкина-Щёголева")};
    const qint64 odd = OrganisationWriter(region.db).findOrCreate(region.city, QStringLiteral("=ГИПЕРССЫЛКА(\"x\")")).value();
    for (const QString &surname : surnames) {
        const qint64 id = region.teacher(surname);
        auto teacher = TeacherRepository(region.db).get(id);
        REQUIRE(teacher.ok());
        Teacher t = teacher.value();
        t.position = QStringLiteral("-учитель");
        t.organisationId = surname.startsWith(u'=') ? odd : t.organisationId;
        REQUIRE(TeacherWriter(region.db).update(t).ok());
    }
    region.methodist(QStringLiteral("'Методистова"));
    region.methodist(QStringLiteral("-Минусов"));

    const auto texts = [](const Database &db) {
        QStringList all;
        for (const char *sql :
             {"SELECT t.last_name, t.first_name, t.middle_name, t.snils, t.position, o.name FROM teachers t "
              "JOIN organisations o ON o.id = t.organisation_id ORDER BY t.snils",
              "SELECT last_name, first_name, middle_name, snils, coalesce(position, '') FROM methodists ORDER BY snils",
              "SELECT name FROM organisations ORDER BY name"}) {
            auto query = db.exec(QString::fromUtf8(sql));
            REQUIRE(query.ok());
            while (query.value().next()) {
                QStringList row;
                for (int c = 0; c < query.value().record().count(); ++c)
                    row << query.value().value(c).toString();
                all << row.join(u'|');
            }
        }
        return all;
    };
    const QStringList original = texts(region.db);
    REQUIRE(original.join(u'\n').contains(QStringLiteral("-Тест")));

    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        DYNAMIC_SECTION("through " << suffix.toStdString())
        {
            Database copy;
            REQUIRE(copy.open(test::databaseLocation(region.scratch,
                                                     QStringLiteral("copy-") + suffix + QStringLiteral(".sqlite")),
                              OpenOptions::creating())
                        .ok());
            REQUIRE(Setup::initialise(copy, QStringLiteral("kaliningrad")).ok());
            for (ImportKind kind : {ImportKind::Organisations, ImportKind::Methodists, ImportKind::Teachers}) {
                const QString file = region.scratch.path(QStringLiteral("export-%1.%2").arg(int(kind)).arg(suffix));
                auto table = RegistryExport::table(region.db, kind);
                REQUIRE(table.ok());
                REQUIRE(RegistryExport::write(table.value(), file).ok());
                auto imported = Importer(copy, kind).importFile(file);
                INFO(imported.message().toStdString());
                REQUIRE(imported.ok());
                for (const ImportIssue &issue : imported->issues)
                    INFO(issue.text().toStdString());
                CHECK(imported->written);
            }
            CHECK(texts(copy) == original);
        }
    }
}

TEST_CASE("trust: texts beyond sensible limits are refused with their place", "[trust][import]")
{
    test::SupportRegion region;
    Teacher t;
    t.firstName = QStringLiteral("Анна");
    t.organisationId = region.school;
    t.subjectId = region.maths;
    t.lastName = QString(5'000'000, u'Ж');
    CHECK_FALSE(TeacherWriter(region.db).insert(t).ok());
    t.lastName = QStringLiteral("Нуль") + QChar(0) + QStringLiteral("ова");
    CHECK_FALSE(TeacherWriter(region.db).insert(t).ok());
    t.lastName = QStringLiteral("Звонок\aова");
    CHECK_FALSE(TeacherWriter(region.db).insert(t).ok());
    t.lastName = QString(100, u'Ж');
    CHECK(TeacherWriter(region.db).insert(t).ok());
    CHECK_FALSE(Snils::parse(u"000-000-000 00").ok());

    const QString file = region.scratch.path(QStringLiteral("long.csv"));
    writeTeachersCsv(file, {QString(30000, u'Ж') + QStringLiteral(";Анна;;;Городской округ «Город Калининград»;МАОУ СОШ № 7;математика"),
                            QStringLiteral("Нормальная;Ан\x01на;;;Городской округ «Город Калининград»;МАОУ СОШ № 7;математика"),
                            QStringLiteral("Нулевая;Анна;;000-000-000 00;Городской округ «Город Калининград»;МАОУ СОШ № 7;математика")});
    auto report = Importer(region.db, ImportKind::Teachers).importFile(file);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    REQUIRE(report->issues.size() == 3);
    CHECK(report->issues[0].row == 2);
    CHECK(report->issues[0].column == QStringLiteral("Фамилия"));
    CHECK(report->issues[1].row == 3);
    CHECK(report->issues[1].column == QStringLiteral("Имя"));
    CHECK(report->issues[2].column == QStringLiteral("СНИЛС"));
}

TEST_CASE("trust: an XLSX export never cuts a text while saying it succeeded", "[trust][xlsx]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("long.xlsx"));
    const QList<XlsxColumn> columns{{QStringLiteral("Фамилия"), 0, true}, {QStringLiteral("Заметки"), 0, true}};
    const Status written =
        XlsxWriter::writeTable(path, QStringLiteral("Лист"), columns,
                               {{QStringLiteral("Иванова"), QStringLiteral("коротко")},
                                {QStringLiteral("Петрова"), QString(40000, u'ж')}});
    CHECK_FALSE(written.ok());
    CHECK(written.message().contains(QStringLiteral("«Заметки»")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(XlsxWriter::writeTable(path, QStringLiteral("Лист"), columns,
                                 {{QStringLiteral("Петрова"), QString(32767, u'ж')}})
              .ok());
    auto back = XlsxReader::readSheet(path);
    REQUIRE(back.ok());
    CHECK(back->at(1).at(1).size() == 32767);
}

TEST_CASE("trust: a record over the limit is refused however it arrives; a trailing delimiter counts", "[trust][csv]")
{
    // 40 cells of 30 000 characters: each within a cell's limit, the record not.
    QByteArray wide = "a";
    for (int c = 0; c < 40; ++c)
        wide += ';' + QByteArray(30000, 'x');
    for (const qsizetype chunk : {qsizetype(4) << 20, qsizetype(4096)}) {
        CsvStream stream;
        stream.setChunkBytes(chunk);
        REQUIRE(stream.openBytes("Фамилия;Имя\r\n" + wide + "\r\n").ok());
        QStringList cells;
        int row = 0;
        REQUIRE(stream.next(cells, row));
        CHECK_FALSE(stream.next(cells, row));
        CHECK(stream.status().message().contains(QStringLiteral("2")));
        CHECK_FALSE(stream.status().ok());
    }
    // Exactly a sheet's columns, the last one empty after a final delimiter.
    CsvStream full;
    REQUIRE(full.openBytes(QByteArray("a;").repeated(SheetLimits::maxColumns) + "\r\n").ok());
    QStringList cells;
    int row = 0;
    CHECK_FALSE(full.next(cells, row));
    CHECK_FALSE(full.status().ok());
    CsvStream fits;
    REQUIRE(fits.openBytes(QByteArray("a;").repeated(SheetLimits::maxColumns - 1) + "\r\n").ok());
    REQUIRE(fits.next(cells, row));
    CHECK(cells.size() == SheetLimits::maxColumns);
}

TEST_CASE("trust: a workbook whose texts cannot be read is refused, not read as blank", "[trust][xlsx]")
{
    Scratch scratch;
    const QByteArray workbook =
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QByteArray rels =
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    const QByteArray sheet =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row></sheetData></worksheet>)";
    const QByteArray strings =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>учитель</t></si></sst>)";
    const QString path = scratch.path(QStringLiteral("refs.xlsx"));
    test::makeZip(path, {{QStringLiteral("xl/workbook.xml"), workbook},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                         {QStringLiteral("xl/sharedStrings.xml"), strings},
                         {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
    // Text number 7 does not exist: damaged, named, not an empty cell.
    auto read = XlsxReader::readSheet(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.message().contains(QStringLiteral("B1")));

    // The texts' part is there but cannot be unpacked (an unknown method).
    QByteArray bytes = test::readFile(path);
    const QByteArray name = "xl/sharedStrings.xml";
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        // The local header (PK\3\4) has its method at offset 8, the central one (PK\1\2) at 10.
        const qsizetype local = bytes.lastIndexOf("PK\x03\x04", at);
        const qsizetype central = bytes.lastIndexOf("PK\x01\x02", at);
        if (central > local && at - central == 46)
            bytes[central + 10] = char(99);
        else if (at - local == 30)
            bytes[local + 8] = char(99);
    }
    const QString broken = scratch.path(QStringLiteral("broken.xlsx"));
    test::writeFile(broken, bytes);
    auto refused = XlsxReader::readSheet(broken);
    CHECK_FALSE(refused.ok());
}
