// Probes beyond tests/test_xlsx.cpp: hand-made workbooks (rich text, inline
// strings, booleans, errors, odd relationships), sparse sheets, edge values.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/XlsxReader.h"
#include "documents/XlsxWriter.h"

#include <QDate>
#include <QFile>

using namespace metodist;
using metodist::test::Scratch;

namespace {

using metodist::test::makeZip;

const QByteArray workbookXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Второй" sheetId="1" r:id="rId7"/><sheet name="Данные" sheetId="2" r:id="rId3"/></sheets></workbook>)";
const QByteArray relsXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/>
</Relationships>)";
const QByteArray sharedXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>Список педагогов</t></si>
<si><r><rPr><b/></rPr><t>Иванова </t></r><r><t xml:space="preserve">Мария</t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>
</sst>)";
const QByteArray dataXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><r><t>Пётр</t></r><r><t>ов</t></r></is></c><c r="D3" t="b"><v>1</v></c></row>
<row><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1&amp;"!"</f><v>Список педагогов!</v></c><c r="AA4"><v>11223344595</v></c></row>
<row r="5"><c r="A5"><v>0.30000000000000004</v></c><c r="B5" t="n"><v>1.5E-3</v></c><c r="C5"><v>-12</v></c><c r="D5"><v>1E+16</v></c></row>
<row r="7" s="1" customFormat="1"><c r="A7" s="1"/><c r="XFD7" s="1"/></row>
<row r="1048576" s="1" customFormat="1"/>
</sheetData></worksheet>)";
const QByteArray otherXml = R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>второй</t></is></c></row></sheetData></worksheet>)";

} // namespace

TEST_CASE("xlsx: a hand-made workbook with rich text, inline strings and odd parts", "[xlsx]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("hand.xlsx"));
    makeZip(path, {{QStringLiteral("xl/workbook.xml"), workbookXml},
                   {QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml},
                   {QStringLiteral("xl/sharedStrings.xml"), sharedXml},
                   {QStringLiteral("xl/worksheets/data.xml"), dataXml},
                   {QStringLiteral("xl/worksheets/sheet9.xml"), otherXml}});
    auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(names.value() == QStringList{QStringLiteral("Второй"), QStringLiteral("Данные")});

    auto first = XlsxReader::readSheet(path);
    REQUIRE(first.ok());
    CHECK(first.value() == QList<QStringList>{{}, {QString(), QStringLiteral("второй")}});

    auto data = XlsxReader::readSheet(path, QStringLiteral("Данные"));
    REQUIRE(data.ok());
    const auto &g = data.value();
    REQUIRE(g.size() >= 5);
    CHECK(g[0] == QStringList{QStringLiteral("Список педагогов")});
    CHECK(g[1].isEmpty());
    CHECK(g[2] == QStringList{QStringLiteral("Иванова Мария"), QString(), QStringLiteral("Пётров"), QStringLiteral("TRUE")});
    CHECK(g[3].value(0) == QStringLiteral("#DIV/0!"));
    CHECK(g[3].value(1) == QStringLiteral("Список педагогов!"));
    CHECK(g[3].size() == 27);
    CHECK(g[3].value(26) == QStringLiteral("11223344595"));
    CHECK(g[4] == QStringList{QStringLiteral("0.3"), QStringLiteral("0.0015"), QStringLiteral("-12"),
                              QStringLiteral("10000000000000000")});
    // Styled but empty rows and cells at the end carry no data.
    CHECK(g.size() == 5);
}

TEST_CASE("xlsx: title row, sparse rows and edge values through the writer", "[xlsx]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("sparse.xlsx"));
    const QList<XlsxColumn> columns{{QStringLiteral("Отчёт за 2025 год"), 0, true},
                                    {QString(), 0, false},
                                    {QString(), 0, false},
                                    {QString(), 0, true}};
    const QList<QVariantList> rows{
        {QStringLiteral("Организация"), QStringLiteral("Номер"), QStringLiteral("Доля"), QStringLiteral("Флаг")},
        {QVariant(), qlonglong(11223344595), 0.1 + 0.2, true},
        {QStringLiteral("Школа №1"), QVariant(), QVariant(), false},
        {QVariant(), QVariant(), QVariant(), QVariant()},
        {QVariant(), QVariant(), 12, QStringLiteral("@SUM(A1)")},
        {QDate(), QDate(1999, 12, 31), -5, QStringLiteral("+7")},
    };
    REQUIRE(XlsxWriter::writeTable(path, QStringLiteral("Отчёт"), columns, rows).ok());
    auto read = XlsxReader::readSheet(path, QStringLiteral("Отчёт"));
    REQUIRE(read.ok());
    const auto &g = read.value();
    REQUIRE(g.size() == 7);
    CHECK(g[0].value(0) == QStringLiteral("Отчёт за 2025 год"));
    CHECK(g[1] == QStringList{QStringLiteral("Организация"), QStringLiteral("Номер"), QStringLiteral("Доля"), QStringLiteral("Флаг")});
    CHECK(g[2] == QStringList{QString(), QStringLiteral("11223344595"), QStringLiteral("0.3"), QStringLiteral("да")});
    CHECK(g[3] == QStringList{QStringLiteral("Школа №1"), QString(), QString(), QStringLiteral("нет")});
    CHECK(g[4].isEmpty());
    CHECK(g[5] == QStringList{QString(), QString(), QStringLiteral("12"), QStringLiteral("@SUM(A1)")});
    CHECK(g[6] == QStringList{QString(), QStringLiteral("36525"), QStringLiteral("-5"), QStringLiteral("+7")});
    const QString xml = QString::fromUtf8(XlsxReader::readPart(path, QStringLiteral("xl/worksheets/sheet1.xml")).value());
    CHECK(xml.contains(QStringLiteral("<pane ")));
}

TEST_CASE("xlsx: sheet names the writer must clean up", "[xlsx]")
{
    Scratch scratch;
    for (const QString &name : {QStringLiteral("'Лист'"), QStringLiteral("История/2025: [итоги]"),
                                QString(QStringLiteral("Очень длинное название листа для отчёта"))}) {
        const QString path = scratch.path(QStringLiteral("n.xlsx"));
        QFile::remove(path);
        const Status status = XlsxWriter::writeTable(path, name, {{QStringLiteral("A"), 0, true}}, {{QStringLiteral("x")}});
        INFO(name.toStdString() << " → " << status.message().toStdString());
        CHECK(status.ok());
        CHECK(XlsxReader::sheetNames(path).ok());
    }
}

TEST_CASE("xlsx: an unwritable path is refused with the path named", "[xlsx]")
{
    const QString path = QStringLiteral("/nonexistent-folder/отчёт.xlsx");
    const Status status = XlsxWriter::writeTable(path, QStringLiteral("Л"), {{QStringLiteral("A"), 0, true}}, {});
    REQUIRE_FALSE(status.ok());
    INFO(status.message().toStdString());
    CHECK(status.message().contains(path));
    CHECK_FALSE(status.message().contains(QStringLiteral("..")));
}
