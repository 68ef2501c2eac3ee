#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/CellSafety.h"
#include "documents/XlsxReader.h"
#include "documents/XlsxWriter.h"

#include <QDate>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QByteArray zipPart(const QString &path, const QString &part)
{
    auto data = XlsxReader::readPart(path, part);
    REQUIRE(data.ok());
    return data.value();
}

} // namespace

TEST_CASE("xlsx: a written table reads back cell for cell", "[xlsx]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("table.xlsx"));
    const QList<XlsxColumn> columns{{QStringLiteral("ФИО"), 0, true},
                                    {QStringLiteral("СНИЛС"), 0, true},
                                    {QStringLiteral("Стаж"), 0, false},
                                    {QStringLiteral("Дата"), 0, false},
                                    {QStringLiteral("Примечание"), 0, true}};
    const QList<QVariantList> rows{
        {QStringLiteral("Фёдорова Алёна Петровна"), QStringLiteral("11223344595"), 12, QDate(2025, 9, 1),
         QStringLiteral("=1+2")},
        {QStringLiteral("Ёлкин Пётр"), QVariant(), 3.5, QVariant(), QStringLiteral("-5")},
    };
    REQUIRE(XlsxWriter::writeTable(path, QStringLiteral("Педагоги"), columns, rows).ok());

    auto sheets = XlsxReader::sheetNames(path);
    REQUIRE(sheets.ok());
    CHECK(sheets.value() == QStringList{QStringLiteral("Педагоги")});

    auto read = XlsxReader::readSheet(path);
    REQUIRE(read.ok());
    const auto &grid = read.value();
    REQUIRE(grid.size() == 3);
    CHECK(grid[0] == QStringList{QStringLiteral("ФИО"), QStringLiteral("СНИЛС"), QStringLiteral("Стаж"),
                                 QStringLiteral("Дата"), QStringLiteral("Примечание")});
    CHECK(grid[1][0] == QStringLiteral("Фёдорова Алёна Петровна"));
    CHECK(grid[1][1] == QStringLiteral("11223344595"));
    CHECK(grid[1][2] == QStringLiteral("12"));
    CHECK(grid[1][3] == QStringLiteral("45901")); // a date is a serial number underneath
    CHECK(grid[1][4] == QStringLiteral("=1+2"));  // text, not a formula
    CHECK(grid[2][1].isEmpty());                 // a gap keeps the columns aligned
    CHECK(grid[2][2] == QStringLiteral("3.5"));
    CHECK(grid[2][4] == QStringLiteral("-5"));

    const QString sheetXml = QString::fromUtf8(zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheetXml.contains(QStringLiteral("ySplit=\"1\"")));   // frozen header
    CHECK(sheetXml.contains(QStringLiteral("<autoFilter")));
    CHECK(sheetXml.contains(QStringLiteral("<cols>")));         // widths set
    CHECK_FALSE(sheetXml.contains(QStringLiteral("<f>")));      // no formula anywhere
    CHECK(sheetXml.contains(QStringLiteral("<c r=\"B2\" s=\"2\" t=\"s\">"))); // СНИЛС is a text cell
}

TEST_CASE("xlsx: missing sheets and non-workbooks are refused with a reason", "[xlsx]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("one.xlsx"));
    REQUIRE(XlsxWriter::writeTable(path, QStringLiteral("Лист"), {{QStringLiteral("A"), 0, true}}, {}).ok());
    auto missing = XlsxReader::readSheet(path, QStringLiteral("Нет такого"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("Лист")));

    const QString text = scratch.path(QStringLiteral("notes.xlsx"));
    test::writeFile(text, "just text");
    CHECK_FALSE(XlsxReader::readSheet(text).ok());
    CHECK_FALSE(XlsxReader::sheetNames(text).ok());
}

TEST_CASE("csv cells that look like formulas are neutralised", "[xlsx]")
{
    for (const char *formula : {"=SUM(A1)", "+7", "-5", "@cmd", "\tx", "\rx"})
        CHECK(CellSafety::neutralised(QString::fromUtf8(formula)) == u'\'' + QString::fromUtf8(formula));
    CHECK(CellSafety::neutralised(QStringLiteral("Иванов")) == QStringLiteral("Иванов"));
    CHECK(CellSafety::neutralised(QString()).isEmpty());
}
