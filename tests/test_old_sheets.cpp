// The old Excel format (.xls, read by XlsPreflight) and
// OpenDocument spreadsheets (.ods): the same rows and the same registry as
// from the same data in .xlsx, and hostile files refused quickly, with a
// sentence. The fixtures teachers_old_formats.{xlsx,xls,ods} were made from
// teachers_old_formats.fods by LibreOffice 7.4:
//     soffice --headless --convert-to xls teachers_old_formats.fods   (and xlsx, ods)
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/OdsReader.h"
#include "documents/SheetStream.h"
#include "documents/XlsPreflight.h"
#include "documents/XlsReader.h"
#include "services/Importer.h"
#include "services/Setup.h"
#include "storage/DevelopmentRepository.h"
#include "storage/TeacherRepository.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <functional>

#include <cstring>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(name);
}

const QStringList formats{QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods")};

QString oldFormats(const QString &suffix)
{
    return fixture(QStringLiteral("teachers_old_formats.") + suffix);
}

SourceTable read(const QString &path, const QString &sheet)
{
    auto table = Importer::readFile(path, sheet);
    INFO(path.toStdString() << ": " << table.message().toStdString());
    REQUIRE(table.ok());
    return table.value();
}

// An XLSX date cell is the day number; .xls and .ods say it is a date.
void datesAsText(SourceTable &table, const QString &header)
{
    const int column = int(table.rows[1].indexOf(header));
    REQUIRE(column >= 0);
    for (int i = 2; i < table.rows.size(); ++i)
        if (column < table.rows[i].size() && !table.rows[i][column].isEmpty())
            table.rows[i][column] = QDate(1899, 12, 30).addDays(table.rows[i][column].toInt()).toString(Qt::ISODate);
}

// Everything the registry holds of the imported teachers and their courses.
QStringList registry(const QString &path)
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("old.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    for (const auto &[kind, sheet] : {std::pair{ImportKind::Teachers, QStringLiteral("Педагоги")},
                                      std::pair{ImportKind::Development, QStringLiteral("ПК")}}) {
        ImportOptions options;
        options.sheet = sheet;
        auto report = Importer(db, kind, options).importFile(path);
        INFO(path.toStdString() << ": " << report.message().toStdString());
        REQUIRE(report.ok());
        QStringList issues;
        for (const ImportIssue &issue : report.value().issues)
            issues << issue.text();
        INFO(issues.join(u'\n').toStdString());
        CHECK(report.value().errorCount() == 0);
        CHECK(report.value().written);
    }
    QStringList lines;
    auto teachers = TeacherRepository(db).page({}, {}, 100);
    REQUIRE(teachers.ok());
    for (const TeacherRow &t : teachers.value()) {
        lines << QStringList{t.fullName(), t.snils, t.municipality, t.organisation, t.position, t.subject,
                             QString::number(t.experienceYears.value_or(-1)), t.qualificationCategory}
                     .join(u'|');
        for (const PkRecord &pk : DevelopmentRepository(db).pkOfTeacher(t.id).value())
            lines << QStringLiteral("  ПК %1|%2|%3|%4")
                         .arg(pk.program)
                         .arg(pk.hours.value_or(-1))
                         .arg(pk.federalRegistry)
                         .arg(pk.completedOn.toString(Qt::ISODate));
    }
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("old sheets: .xls and .ods give the rows .xlsx gives", "[oldsheets]")
{
    for (const QString &sheet : {QStringLiteral("Педагоги"), QStringLiteral("ПК")}) {
        SourceTable xlsx = read(oldFormats(QStringLiteral("xlsx")), sheet);
        const SourceTable xls = read(oldFormats(QStringLiteral("xls")), sheet);
        const SourceTable ods = read(oldFormats(QStringLiteral("ods")), sheet);
        datesAsText(xlsx, sheet == u"ПК" ? QStringLiteral("Дата окончания") : QStringLiteral("Дата рождения"));
        CHECK(xlsx.rowNumbers == QList<int>{1, 2, 3, 5, 6}.mid(0, xlsx.rows.size()));
        CHECK(xls.rowNumbers == xlsx.rowNumbers);
        CHECK(ods.rowNumbers == xlsx.rowNumbers);
        CHECK(xls.rows == xlsx.rows);
        CHECK(ods.rows == xlsx.rows);
        CHECK_FALSE(xls.csv);
        CHECK_FALSE(ods.csv);
    }
    const SourceTable teachers = read(oldFormats(QStringLiteral("xls")), QStringLiteral("Педагоги"));
    REQUIRE(teachers.rows.size() == 5);
    CHECK(teachers.rows[0] == QStringList{QStringLiteral("Список педагогов, нуждающихся в методическом сопровождении")});
    // A formula's cached result, a number without ".0", a date.
    CHECK(teachers.rows[3].mid(0, 5)
          == QStringList{QStringLiteral("2"), QStringLiteral("Семёнов"), QStringLiteral("Игорь"), QStringLiteral("Ильич"),
                         QStringLiteral("200300430")});
    CHECK(teachers.rows[3].last() == QStringLiteral("1995-11-02"));
    CHECK(teachers.rows[4][4].isEmpty()); // no СНИЛС
    const SourceTable courses = read(oldFormats(QStringLiteral("ods")), QStringLiteral("ПК"));
    CHECK(courses.rows[3][3] == QStringLiteral("Методика обучения\nпредмету")); // two paragraphs
    CHECK(courses.rows[3][6] == QStringLiteral("2025-03-25"));
}

TEST_CASE("old sheets: a teachers import from .xls and .ods gives the registry .xlsx gives", "[oldsheets][storage]")
{
    const QStringList expected = registry(oldFormats(QStringLiteral("xlsx")));
    INFO(expected.join(u'\n').toStdString());
    REQUIRE(expected.size() == 5); // three teachers, two courses
    CHECK(expected.contains(QStringLiteral("Семёнов Игорь Ильич|00200300430|г. Тобольск|МАОУ «Гимназия № 1» "
                                           "г. Тобольска|учитель|физика|3|без категории")));
    CHECK(expected.contains(QStringLiteral("  ПК Методика обучения предмету|72|0|2025-03-25")));
    CHECK(expected.contains(QStringLiteral("  ПК Школа современного учителя|36|1|2026-03-25")));
    CHECK(registry(oldFormats(QStringLiteral("xls"))) == expected);
    CHECK(registry(oldFormats(QStringLiteral("ods"))) == expected);
}

TEST_CASE("old sheets: sheet names, a missing sheet, the first sheet by default", "[oldsheets]")
{
    for (const QString &suffix : formats) {
        INFO(suffix.toStdString());
        auto names = Workbooks::sheetNames(oldFormats(suffix));
        REQUIRE(names.ok());
        CHECK(names.value() == QStringList{QStringLiteral("Педагоги"), QStringLiteral("ПК")});
        auto missing = Importer::readFile(oldFormats(suffix), QStringLiteral("Нет такого"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.message().contains(QStringLiteral("«Нет такого»")));
        CHECK(missing.message().contains(QStringLiteral("Педагоги, ПК")));
        CHECK(read(oldFormats(suffix), QString()).rows.size() == 5);
    }
    CHECK(Workbooks::isWorkbook(QStringLiteral("a.XLS")));
    CHECK(Workbooks::isWorkbook(QStringLiteral("a.ods")));
    CHECK_FALSE(Workbooks::isWorkbook(QStringLiteral("a.csv")));
    CHECK(Workbooks::patterns().contains(QStringLiteral("*.xls")));
}

namespace {

QString seed(const char *folder, const QString &name)
{
    return QDir(QStringLiteral(METODIST_CORPUS)).filePath(QString::fromUtf8(folder) + u'/' + name);
}

// A preview as the import wizard reads it, timed.
Result<SourceTable> preview(const QString &path, qint64 *milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    auto names = Workbooks::sheetNames(path);
    auto table = Importer::readFile(path, QString(), 2000);
    *milliseconds = timer.elapsed();
    if (names.ok() != table.ok() && table.ok())
        return names.status();
    return table;
}

} // namespace

TEST_CASE("old sheets: an .xls written record by record, in every container", "[oldsheets]")
{
    // fuzz/corpus_oldsheets.py wrote them: formulas with number and text
    // results, booleans and errors, a СНИЛС kept as a number in a custom
    // format, dates; 512- and 4096-byte sectors, a "Book" stream, the mini stream.
    for (const QString &name : {QStringLiteral("teachers-typed.xls"), QStringLiteral("teachers-4096-sectors.xls"),
                               QStringLiteral("teachers-book-biff-name.xls"), QStringLiteral("teachers-mini-stream.xls")}) {
        INFO(name.toStdString());
        const SourceTable table = read(seed("fuzz_xls", name), QString());
        REQUIRE(table.rows.size() == 4);
        CHECK(table.rowNumbers == QList<int>{1, 2, 3, 4});
        CHECK(table.rows[1]
              == QStringList{QStringLiteral("1"), QStringLiteral("Иванова"), QStringLiteral("Мария"),
                             QStringLiteral("Петровна"), QStringLiteral("112-233-445 95"), QStringLiteral("г. Калининград"),
                             QStringLiteral("12"), QStringLiteral("1980-05-17")});
        CHECK(table.rows[2][0] == QStringLiteral("2"));
        CHECK(table.rows[2][4] == QStringLiteral("11223344595"));
        CHECK(table.rows[2][7] == QStringLiteral("1994-11-02"));
        CHECK(table.rows[3]
              == QStringList{QStringLiteral("3"), QStringLiteral("О'Коннор"), QStringLiteral("Анна-Мария"),
                             QStringLiteral("—"), QString(), QStringLiteral("г. Калининград"), QStringLiteral("TRUE"),
                             QStringLiteral("#N/A")});
        auto names = Workbooks::sheetNames(seed("fuzz_xls", name));
        REQUIRE(names.ok());
        CHECK(names.value() == QStringList{QStringLiteral("Педагоги"), QStringLiteral("Сводка")});
        CHECK(read(seed("fuzz_xls", name), QStringLiteral("Сводка")).rows.size() == 2);
    }
    // An .xlsx under the name .xls, as some systems save it, is read as what it is.
    CHECK(read(seed("fuzz_xls", QStringLiteral("xlsx-named-xls.xls")), QStringLiteral("ПК")).rows.size() == 4);
}

namespace {

// The sentences as the readers build them (the tests run in Russian, as users see them).
QString said(const char *sentence, const QString &path, const QString &detail = {})
{
    const QString text = XlsPreflight::tr(sentence).arg(QDir::toNativeSeparators(path));
    return detail.isEmpty() ? text : text.arg(detail);
}

QString damaged(const QString &path, const char *why)
{
    return XlsPreflight::tr("The workbook «%1» is damaged (%2); open it in Excel or LibreOffice and save it again.")
        .arg(QDir::toNativeSeparators(path), XlsPreflight::tr(why));
}

QString russian(qint64 value)
{
    return QLocale(QLocale::Russian).toString(value);
}

} // namespace

TEST_CASE("old sheets: hostile .xls files are refused quickly, with a sentence, or read within bounds", "[oldsheets]")
{
    const char *notXls = "The file «%1» is not an Excel 97–2003 workbook (.xls).";
    const char *grid = "The workbook «%1» is refused: its sheets span more than %2 cells in all, far beyond any "
                       "registry (the .xls reader keeps every cell of every sheet in memory). Save the sheet you need "
                       "as .xlsx or CSV.";
    const char *pastEnd = "The workbook «%1» is damaged: a record of it runs past its own end. Open it in Excel or "
                          "LibreOffice and save it again.";
    const char *outside = "The workbook «%1» is damaged: a sheet of it declares its range twice, or has a cell "
                          "outside its range or written twice. Open it in Excel or LibreOffice and save it again.";
    const char *chain = "a chain of its sectors is broken";
    const char *table = "its allocation table does not fit the file";
    const QString cells = russian(XlsPreflight::MaxGridCells);
    const QList<std::pair<const char *, std::function<QString(const QString &)>>> expected{
        {"hostile-4100-sheets.xls",
         [](const QString &p) { return said("The workbook «%1» is refused: it has more than %2 sheets.", p, russian(4096)); }},
        {"hostile-9000-formats.xls",
         [](const QString &p) { return said("The workbook «%1» is refused: it has more than %2 cell formats.", p, russian(8192)); }},
        {"hostile-biff-garbage.xls", [&](const QString &p) { return said(notXls, p); }},
        {"hostile-chain-longer-than-stream.xls", [&](const QString &p) { return damaged(p, chain); }},
        {"hostile-cell-outside-range.xls", [&](const QString &p) { return said(outside, p); }},
        {"hostile-cell-twice.xls", [&](const QString &p) { return said(outside, p); }},
        {"hostile-chain-loop.xls", [&](const QString &p) { return damaged(p, chain); }},
        {"hostile-chain-loop-4G-stream.xls", [&](const QString &p) { return damaged(p, chain); }},
        {"hostile-difat-loop.xls", [&](const QString &p) { return damaged(p, table); }},
        {"hostile-dimension-40-sheets.xls", [&](const QString &p) { return said(grid, p, cells); }},
        {"hostile-dimension-4G-rows.xls", [&](const QString &p) { return said(grid, p, cells); }},
        {"hostile-dimension-65536x256.xls", [&](const QString &p) { return said(grid, p, cells); }},
        {"hostile-dimension-short-record.xls", [&](const QString &p) { return said(pastEnd, p); }},
        {"hostile-dimension-twice.xls", [&](const QString &p) { return said(outside, p); }},
        {"hostile-directory-name-too-long.xls", [](const QString &p) { return damaged(p, "its directory is malformed"); }},
        {"hostile-empty.xls", [&](const QString &p) { return said(notXls, p); }},
        {"hostile-fat-sector-109-times.xls", [&](const QString &p) { return damaged(p, table); }},
        {"hostile-format-past-record.xls", [&](const QString &p) { return said(pastEnd, p); }},
        {"hostile-header-only.xls", [&](const QString &p) { return damaged(p, table); }},
        {"hostile-html-table.xls",
         [](const QString &p) {
             return said("The file «%1» is a web page (HTML) named .xls, not an Excel workbook; open it in Excel or "
                         "LibreOffice and save it as .xlsx.", p);
         }},
        {"hostile-label-past-record.xls", [&](const QString &p) { return said(pastEnd, p); }},
        {"hostile-mini-root-4G.xls", [&](const QString &p) { return damaged(p, chain); }},
        {"hostile-password.xls",
         [](const QString &p) {
             return said("The workbook «%1» is protected with a password; remove the password in Excel and save it "
                         "again, or save it as .xlsx.", p);
         }},
        {"hostile-sst-count-2G.xls",
         [](const QString &p) { return said("The workbook «%1» is refused: it lists more than %2 texts.", p, russian(1 << 20)); }},
        {"hostile-sst-header-cut.xls", [&](const QString &p) { return said(pastEnd, p); }},
        {"hostile-sst-phonetic.xls",
         [](const QString &p) {
             return said("The workbook «%1» holds East Asian phonetic guides in its texts, which the .xls reader "
                         "cannot read; save it as .xlsx.", p);
         }},
        {"hostile-sst-skip-past-next-record.xls", [&](const QString &p) { return said(pastEnd, p); }},
        {"hostile-sst-text-over-three-records.xls",
         [](const QString &p) {
             return said("The workbook «%1» holds a text too long for the .xls reader (over two records, some "
                         "4 000 characters); save it as .xlsx.", p);
         }},
        {"hostile-truncated.xls", [&](const QString &p) { return damaged(p, table); }},
        {"hostile-undeclared-dimension.xls", [&](const QString &p) { return said(outside, p); }},
        {"hostile-word-document.xls", [&](const QString &p) { return said(notXls, p); }},
    };
    // What FreeXL could not read safely and the reader of its own reads:
    // dates far from 1900 (day 2^31, NaN: FreeXL counted them a day at a
    // time; a day beyond the year 9999 stays a number), a chart embedded in
    // a sheet, a sheet without a range before the last (a chart sheet), a
    // zero record in the mini stream.
    const QStringList readable{QStringLiteral("hostile-date-bomb.xls"), QStringLiteral("hostile-date-nan.xls"),
                               QStringLiteral("hostile-embedded-chart.xls"),
                               QStringLiteral("hostile-mini-stream-zero-record.xls"),
                               QStringLiteral("hostile-sheet-without-range-first.xls")};
    for (const QString &name : readable) {
        INFO(name.toStdString());
        qint64 ms = 0;
        const auto table = preview(seed("fuzz_xls", name), &ms);
        REQUIRE(table.ok());
        if (!name.contains(QStringLiteral("range")) && !name.contains(QStringLiteral("zero-record")))
            CHECK_FALSE(table.value().rows.isEmpty()); // those two: the first sheet is empty
        for (const QStringList &row : table.value().rows)
            for (const QString &cell : row)
                CHECK_FALSE(cell.startsWith(u'-'));
        CHECK(ms < 2000);
    }
    const QStringList seeds = QDir(seed("fuzz_xls", QString())).entryList({QStringLiteral("hostile-*")}, QDir::Files);
    CHECK(seeds.size() == expected.size() + readable.size());
    for (const auto &[name, sentence] : expected) {
        INFO(name);
        const QString path = seed("fuzz_xls", QString::fromUtf8(name));
        qint64 ms = 0;
        const auto table = preview(path, &ms);
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().toStdString() == sentence(path).toStdString());
        CHECK(ms < 2000);
    }
    // Larger than 32 MB: refused by its size before a byte is read.
    Scratch scratch;
    const QString big = scratch.path(QStringLiteral("большой.xls"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(XlsPreflight::MaxFileBytes + 1));
    file.close();
    qint64 ms = 0;
    const auto refused = preview(big, &ms);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message()
          == XlsPreflight::tr("The file «%1» is refused: it is larger than %2 MB, and an Excel 97–2003 workbook "
                              "(.xls) is read into memory whole. Save it as .xlsx or CSV, which are read row by row.")
                 .arg(QDir::toNativeSeparators(big), russian(32)));
    CHECK(ms < 500);
}

namespace {

// An .ods of the given content.xml, as fuzz_ods packs its XML seeds.
QString odsOf(const Scratch &scratch, const QString &name, const QByteArray &content)
{
    const QString path = scratch.path(name + QStringLiteral(".ods"));
    test::makeZip(path, {{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet")},
                         {QStringLiteral("content.xml"), content}});
    return path;
}

QByteArray odsContent(const QByteArray &rows)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                      "<table:table table:name=\"Лист1\">")
        + rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
}

} // namespace

TEST_CASE("old sheets: repeated cells and rows of an .ods are never expanded when empty", "[oldsheets]")
{
    Scratch scratch;
    // LibreOffice ends rows and sheets so; here a million columns and rows more.
    const QByteArray emptyTail("<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
                               "table:number-columns-repeated=\"16384\"/></table:table-row>");
    const QByteArray rows = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>а</text:p>"
                            "</table:table-cell><table:table-cell table:number-columns-repeated=\"1048576\"/>"
                            "</table:table-row><table:table-row table:number-rows-repeated=\"3\"><table:table-cell/>"
                            "<table:table-cell office:value-type=\"float\" office:value=\"2.50\" "
                            "table:number-columns-repeated=\"2\"/></table:table-row>"
        + emptyTail;
    QElapsedTimer timer;
    timer.start();
    const SourceTable table = read(odsOf(scratch, QStringLiteral("tail"), odsContent(rows)), QString());
    CHECK(timer.elapsed() < 2000);
    CHECK(table.rowNumbers == QList<int>{1, 2, 3, 4});
    CHECK(table.rows[0] == QStringList{QStringLiteral("а")});
    CHECK(table.rows[3] == QStringList{QString(), QStringLiteral("2.5"), QStringLiteral("2.5")});

    // Text past the last column, or a text row repeated past the last row: refused, naming the place.
    const auto refused = [&](const QString &name, const QByteArray &content, const QString &fragment) {
        QElapsedTimer clock;
        clock.start();
        auto result = Importer::readFile(odsOf(scratch, name, odsContent(content)), QString());
        INFO(name.toStdString() << ": " << result.message().toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(fragment));
        CHECK(clock.elapsed() < 2000);
    };
    refused(QStringLiteral("beyond"),
            "<table:table-row><table:table-cell table:number-columns-repeated=\"1048576\"/><table:table-cell "
            "office:value-type=\"string\"><text:p>за краем</text:p></table:table-cell></table:table-row>",
            russian(SheetLimits::maxColumns));
    refused(QStringLiteral("rows"),
            "<table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell office:value-type=\"string\">"
            "<text:p>а</text:p></table:table-cell></table:table-row>",
            russian(SheetLimits::maxRows));
    refused(QStringLiteral("spaces"),
            "<table:table-row><table:table-cell><text:p><text:s text:c=\"1000000000\"/></text:p></table:table-cell>"
            "</table:table-row>",
            QStringLiteral("A1"));
    refused(QStringLiteral("wide"),
            "<table:table-row><table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"10000\">"
            "<text:p>" + QByteArray(200, 'x') + "</text:p></table:table-cell></table:table-row>",
            russian(SheetLimits::maxRecordChars));
}

TEST_CASE("old sheets: hostile .ods files are refused or read within bounds, quickly", "[oldsheets]")
{
    Scratch scratch;
    const QList<std::pair<const char *, const char *>> expected{
        // What the sentence must name: the file, the sheet, the row or the cell, a limit.
        {"hostile-columns-repeated-million.xml", "16 384"},
        {"hostile-deep-spans.xml", ""},
        {"hostile-entity-expansion.xml", "hostile-entity-expansion"},
        {"hostile-long-text-repeated.xml", "1 048 576"},
        {"hostile-no-table.xml", "hostile-no-table"},
        {"hostile-not-a-spreadsheet.ods", "hostile-not-a-spreadsheet"},
        {"hostile-repeat-not-a-number.xml", "«-5»"},
        {"hostile-rows-repeated-2-to-40.xml", "«1099511627776»"},
        {"hostile-rows-repeated-beyond-sheet.xml", "1 048 576"},
        {"hostile-spaces-billion.xml", "A1"},
        {"hostile-text-repeated-beyond-columns.xml", "16 384"},
        {"hostile-unclosed.xml", "hostile-unclosed"},
        {"hostile-zip-bomb-30MiB.ods", "100"},
    };
    const QStringList seeds = QDir(seed("fuzz_ods", QString())).entryList({QStringLiteral("hostile-*")}, QDir::Files);
    CHECK(seeds.size() == expected.size());
    for (const auto &[name, fragment] : expected) {
        INFO(name);
        QString path = seed("fuzz_ods", QString::fromUtf8(name));
        if (path.endsWith(u".xml"))
            path = odsOf(scratch, QString::fromUtf8(name), test::readFile(path));
        qint64 ms = 0;
        const auto table = preview(path, &ms);
        INFO(table.message().toStdString());
        CHECK(ms < 3000);
        if (*fragment == 0) {
            CHECK(table.ok()); // read, within bounds
            continue;
        }
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().contains(QString::fromUtf8(fragment).replace(u' ', QChar(0xA0))));
    }
}
