// The printed order and its appendix: PDF (read back with poppler's
// pdftotext), DOCX and ODT (unzipped and parsed). The fixed words of the form
// are translated, so the checks look for the data, not for «ПРИКАЗ».
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/OrderDocx.h"
#include "documents/OrderOdt.h"
#include "documents/OrderPdf.h"
#include "documents/OrderXml.h"
#include "documents/TextDocumentPdf.h"
#include "documents/XlsxReader.h"
#include "documents/ZipWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

using namespace metodist;
using metodist::test::Scratch;

namespace {

const QString special = QStringLiteral("МАОУ \"Школа & Лицей <№ 5>\" «Ёлочка»");

OrderDocument sampleOrder(int longGroup = 70)
{
    OrderDocument doc;
    doc.institution = QStringLiteral("ГАУ КО ДПО «Институт развития образования»");
    doc.place = QStringLiteral("г. Калининград");
    doc.number = QStringLiteral("125-о");
    doc.date = QDate(2025, 9, 1);
    doc.title = QStringLiteral("О закреплении региональных методистов за педагогическими работниками");
    doc.preamble = QStringLiteral("В целях организации методического сопровождения педагогических работников "
                                  "общеобразовательных организаций Калининградской области & в соответствии с "
                                  "планом работы института на 2025/2026 учебный год");
    doc.items = {QStringLiteral("Закрепить региональных методистов за педагогическими работниками согласно "
                                "приложению № 1 к настоящему приказу."),
                 QStringLiteral("Региональным методистам организовать сопровождение до 31.05.2026."),
                 QStringLiteral("Контроль за исполнением приказа оставляю за собой.")};
    doc.signatoryPosition = QStringLiteral("Ректор");
    doc.signatoryName = QStringLiteral("А. Б. Ёжиков");
    doc.appendixTitle = QStringLiteral("Список педагогических работников, закреплённых за региональными методистами");
    doc.appendix = {
        {QStringLiteral("Семёнова Алёна Игоревна"), QStringLiteral("Русский язык"), QStringLiteral("Гурьевский МО"),
         {{QStringLiteral("Фёдорова Ольга Петровна"), QStringLiteral("МАОУ СОШ № 1"), QStringLiteral("Гурьевский МО")},
          {QStringLiteral("Ёлкин Пётр Сергеевич"), special, QStringLiteral("Гусевский ГО")},
          {QStringLiteral("Орлова Дарья Андреевна"), QStringLiteral("МАОУ СОШ № 1"), {}}}},
        {QStringLiteral("Петров Сергей Иванович"), QStringLiteral("Математика <профиль> & физика"),
         QStringLiteral("г. Калининград"),
         {{QStringLiteral("Зайцева Мария Николаевна"), QStringLiteral("МАОУ лицей № 49"),
           QStringLiteral("г. Калининград")}}},
    };
    OrderMethodistGroup big{QStringLiteral("Кузнецов Дмитрий Олегович"), QStringLiteral("История"),
                            QStringLiteral("Черняховский МО"), {}};
    for (int i = 1; i <= longGroup; ++i)
        big.teachers.append({QStringLiteral("Учитель%1 Иван Иванович").arg(i),
                             QStringLiteral("МБОУ СОШ № %1").arg(i % 7), QStringLiteral("Черняховский МО")});
    doc.appendix.append(big);
    return doc;
}

OrderLayout customLayout()
{
    OrderLayout layout;
    layout.fontSize = 13;
    layout.tableFontSize = 11;
    layout.marginLeftMm = 25;
    layout.marginRightMm = 15;
    layout.marginTopMm = 22;
    layout.marginBottomMm = 18;
    return layout;
}

QStringList allNames(const OrderDocument &doc)
{
    QStringList names;
    for (const OrderMethodistGroup &group : doc.appendix) {
        names << group.methodistName << group.subject;
        for (const OrderTeacherLine &teacher : group.teachers)
            names << teacher.teacherName << OrderDocument::organisationText(group, teacher);
    }
    return names;
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// Every row of the appendix in order, one cell per line (the DOCX's w:t, the
// ODT's text:p), numbered on from table to table; each table opens with the
// methodist's row (subject, municipality, count; «(продолжение)» for a later
// part of a group), then a teacher a row: №, name, organisation (with the
// municipality only where it is not the methodist's).
void checkRows(const QString &text, const OrderDocument &doc)
{
    qsizetype at = 0;
    int number = 0;
    for (const AppendixTable &table : appendixTables(doc)) {
        const OrderMethodistGroup &group = *table.group;
        for (qsizetype t = 0; t < table.count; ++t) {
            const OrderTeacherLine &teacher = group.teachers[table.first + t];
            QString row(u'\n');
            if (t == 0)
                row += OrderDocument::groupHeading(group, table.first > 0) + u'\n';
            row += QString::number(++number) + u'\n' + teacher.teacherName + u'\n'
                   + OrderDocument::organisationText(group, teacher) + u'\n';
            INFO(row.toStdString());
            const qsizetype found = text.indexOf(row, at);
            CHECK(found > at);
            at = std::max(at, found);
        }
    }
    CHECK(number == doc.teacherCount());
}

// The appendix's tables in a DOCX document part: each with exactly one
// header row, its first, marked to repeat on every page.
void checkDocxTables(const QByteArray &xml, qsizetype expected)
{
    qsizetype appendix = 0;
    for (qsizetype from = xml.indexOf("<w:tbl>"); from >= 0; from = xml.indexOf("<w:tbl>", from + 1)) {
        const QByteArray table = xml.mid(from, xml.indexOf("</w:tbl>", from) - from);
        if (!table.contains("w:tblBorders"))
            continue; // the signatory's
        ++appendix;
        CHECK(table.count("<w:tblHeader/>") == 1);
        CHECK(table.indexOf("<w:tblHeader/>") < table.indexOf("<w:tr>", table.indexOf("<w:tr>") + 1));
        CHECK(table.contains("<w:tblLayout w:type=\"fixed\"/>"));
    }
    CHECK(appendix == expected);
}

// pdftotext's output, or a null string when poppler-utils are missing.
QString pdfText(const QString &path, const QStringList &options)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, options + QStringList{path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return {};
}

QByteArray part(const QString &path, const QString &name)
{
    auto data = XlsxReader::readPart(path, name);
    INFO(name.toStdString());
    REQUIRE(data.ok());
    return data.value();
}

// Parses the part to its end; returns the text of all elements named `textElement`.
QString wellFormedText(const QByteArray &xml, const QString &textElement)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == textElement)
            text += reader.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
    }
    INFO(reader.errorString().toStdString());
    CHECK_FALSE(reader.hasError());
    return text;
}

// The boxes (in points) of a word on the page, from pdftotext -bbox:
// <word xMin="85.04" yMin="..." xMax="..." yMax="...">01.09.2025</word>
QList<QRectF> wordBoxes(const QString &bbox, const QString &word)
{
    QList<QRectF> boxes;
    const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(bbox); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(5) == word)
            boxes << QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                            QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
    }
    return boxes;
}

} // namespace

TEST_CASE("order pdf: the data, page numbers from page 2 and the margins", "[order][pdf]")
{
    Scratch scratch;
    const OrderDocument doc = sampleOrder();
    const OrderLayout layout = customLayout();
    const QString path = scratch.path(QStringLiteral("order.pdf"));
    REQUIRE(OrderPdf::write(doc, layout, path).ok());
    CHECK(test::readFile(path).startsWith("%PDF-"));

    const QString raw = pdfText(path, {QStringLiteral("-raw")});
    if (raw.isNull()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return;
    }
    CHECK(raw.count(u'\f') >= 3); // the order, then the appendix over more than one page
    const QString text = oneLine(raw);
    CHECK(text.contains(doc.number));
    CHECK(text.contains(doc.dateText()));
    CHECK(text.contains(doc.title));
    CHECK(text.contains(doc.signatoryName));
    CHECK(text.contains(oneLine(doc.appendixHeading())));
    // pdftotext gives the no-break space after «№» as it likes: compared as a space.
    const QString spaced = QString(text).replace(QChar(0x00A0), u' ');
    for (const QString &name : allNames(doc)) {
        INFO(name.toStdString());
        CHECK(spaced.contains(QString(name).replace(QChar(0x00A0), u' ')));
    }
    // Running numbers go up to the number of teachers.
    CHECK(text.contains(QStringLiteral(" %1 ").arg(doc.teacherCount())));

    const QString page1 = pdfText(path, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("1")});
    const QString page2 = pdfText(path, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                         QStringLiteral("-l"), QStringLiteral("2")});
    CHECK(firstLine(page1) == doc.institution);
    CHECK(firstLine(page2) == QStringLiteral("2"));
    // The appendix starts a page of its own.
    const QString page2Raw = pdfText(path, {QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("2"),
                                            QStringLiteral("-l"), QStringLiteral("2")});
    const QString page1Raw = pdfText(path, {QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("1"),
                                            QStringLiteral("-l"), QStringLiteral("1")});
    CHECK(oneLine(page1Raw).contains(doc.title));
    CHECK_FALSE(oneLine(page1Raw).contains(doc.appendix[0].methodistName));
    CHECK(oneLine(page2Raw).contains(doc.appendix[0].teachers[0].teacherName));
    // The long group goes on to the next page: its methodist is named there again.
    const QString page3 = pdfText(path, {QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("3"),
                                         QStringLiteral("-l"), QStringLiteral("3")});
    CHECK(firstLine(page3) == QStringLiteral("3"));
    CHECK(oneLine(page3).contains(doc.appendix[2].methodistName));

    // The left margin is the layout's, measured from the paper's edge (in points).
    const QString bbox = pdfText(path, {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QStringLiteral("1")});
    const QList<QRectF> date = wordBoxes(bbox, doc.dateText());
    const QList<QRectF> number = wordBoxes(bbox, doc.number);
    REQUIRE(date.size() == 1);
    REQUIRE(number.size() == 1);
    CHECK(date[0].left() == Approx(layout.marginLeftMm * 72 / 25.4).margin(1.0));
    CHECK(number[0].right() == Approx((210 - layout.marginRightMm) * 72 / 25.4).margin(1.0));
}

TEST_CASE("order pdf: paint() on a printer with margins of its own keeps the layout's", "[order][pdf]")
{
    Scratch scratch;
    OrderDocument doc = sampleOrder(3);
    OrderLayout layout;
    layout.pageNumbersFromSecondPage = false;
    const QString path = scratch.path(QStringLiteral("printed.pdf"));
    {
        // What print and print preview hand over: a QPrinter, here printing to a file.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 15, 12, 15),
                                          QPageLayout::Millimeter));
        OrderPdf::paint(doc, layout, &printer);
    }
    const QString page1 = pdfText(path, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("1")});
    if (page1.isNull()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return;
    }
    CHECK(firstLine(page1) == QStringLiteral("1")); // numbered from the first page when asked
    const QString bbox = pdfText(path, {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QStringLiteral("1")});
    const QList<QRectF> date = wordBoxes(bbox, doc.dateText());
    REQUIRE(date.size() == 1);
    CHECK(date[0].left() == Approx(30 * 72 / 25.4).margin(1.0));
    CHECK(oneLine(pdfText(path, {QStringLiteral("-raw")})).contains(doc.appendix[2].teachers[2].teacherName));
}

TEST_CASE("order docx: a WordprocessingML package with the data, the layout and merged cells", "[order][docx]")
{
    Scratch scratch;
    const OrderDocument doc = sampleOrder();
    const OrderLayout layout = customLayout();
    const QString path = scratch.path(QStringLiteral("order.docx"));
    REQUIRE(OrderDocx::write(doc, layout, path).ok());

    for (const char *name : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
                             "word/settings.xml", "word/header1.xml", "word/header2.xml", "docProps/core.xml"})
        wellFormedText(part(path, QString::fromLatin1(name)), {});
    const QByteArray xml = part(path, QStringLiteral("word/document.xml"));
    const QString text = wellFormedText(xml, QStringLiteral("w:t"));
    CHECK(text.contains(doc.number));
    CHECK(text.contains(doc.title));
    CHECK(text.contains(doc.institution));
    CHECK(text.contains(doc.appendixHeading()));
    CHECK(xml.contains("&amp;"));
    CHECK(xml.contains("&lt;"));
    // Small groups: one table each, the methodist named once, in a row across the table.
    for (const OrderMethodistGroup &group : doc.appendix)
        CHECK(text.count(group.methodistName) == 1);
    checkRows(text, doc);
    CHECK(xml.count("<w:gridSpan w:val=\"3\"/>") == doc.appendix.size());
    CHECK(xml.count("<w:keepNext/>") >= doc.appendix.size());
    CHECK(xml.count("<w:tbl>") == doc.appendix.size() + 1); // and the signatory's
    CHECK(xml.count("<w:tblHeader/>") == doc.appendix.size());
    checkDocxTables(xml, doc.appendix.size());
    // A header row and the methodist's row per table, a row per teacher, and the signatory.
    CHECK(xml.count("<w:tr>") == doc.teacherCount() + 2 * doc.appendix.size() + 1);
    // The grid is the same in every table.
    const qsizetype grid = xml.indexOf("<w:tblGrid>", xml.lastIndexOf("<w:tbl>"));
    const QByteArray lastGrid = xml.mid(grid, xml.indexOf("</w:tblGrid>", grid) - grid);
    CHECK(xml.count(lastGrid) == doc.appendix.size());
    // A paragraph between the tables, or Word joins them.
    CHECK(xml.count("</w:tbl><w:p>") == doc.appendix.size() + 1);
    CHECK(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    CHECK(xml.contains("w:top=\"1247\" w:right=\"850\" w:bottom=\"1020\" w:left=\"1417\""));
    CHECK(xml.contains("<w:titlePg/>"));
    CHECK(xml.contains("<w:pageBreakBefore/>"));
    CHECK(part(path, QStringLiteral("word/header1.xml")).contains(" PAGE "));
    CHECK_FALSE(part(path, QStringLiteral("word/header2.xml")).contains("PAGE"));
    const QByteArray styles = part(path, QStringLiteral("word/styles.xml"));
    CHECK(styles.contains("w:ascii=\"Times New Roman\""));
    CHECK(styles.contains("<w:sz w:val=\"26\"/>"));
    CHECK(styles.contains("<w:sz w:val=\"22\"/>"));

    OrderLayout everyPage = layout;
    everyPage.pageNumbersFromSecondPage = false;
    REQUIRE(OrderDocx::write(doc, everyPage, path).ok());
    CHECK_FALSE(part(path, QStringLiteral("word/document.xml")).contains("<w:titlePg/>"));
}

TEST_CASE("order odt: mimetype first and stored, the data, master pages and spanned cells", "[order][odt]")
{
    Scratch scratch;
    const OrderDocument doc = sampleOrder();
    const OrderLayout layout = customLayout();
    const QString path = scratch.path(QStringLiteral("order.odt"));
    REQUIRE(OrderOdt::write(doc, layout, path).ok());

    // ODF readers sniff the type at a fixed offset of the first local header.
    const QByteArray bytes = test::readFile(path);
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip);
    REQUIRE(unzGoToFirstFile(zip) == UNZ_OK);
    unz_file_info64 info{};
    char name[64] = {};
    REQUIRE(unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK);
    unzClose(zip);
    CHECK(QByteArray(name) == "mimetype");
    CHECK(info.compression_method == 0);

    for (const char *name : {"META-INF/manifest.xml", "meta.xml"})
        wellFormedText(part(path, QString::fromLatin1(name)), {});
    const QByteArray xml = part(path, QStringLiteral("content.xml"));
    const QString text = wellFormedText(xml, QStringLiteral("text:p"));
    CHECK(text.contains(doc.number));
    CHECK(text.contains(doc.title));
    CHECK(text.contains(doc.appendixHeading()));
    for (const QString &name : allNames(doc)) {
        INFO(name.toStdString());
        CHECK(text.contains(name));
    }
    checkRows(text, doc);
    CHECK(xml.contains("&amp;"));
    CHECK(xml.contains("&lt;"));
    // One table per group, each named on its own, with its own repeated header row.
    CHECK(xml.count("<table:table ") == doc.appendix.size() + 1); // and the signatory's
    CHECK(xml.count("<table:table-header-rows>") == doc.appendix.size());
    for (int k = 1; k <= doc.appendix.size(); ++k)
        CHECK(xml.count(QStringLiteral("table:name=\"Appendix%1\"").arg(k).toUtf8()) == 1);
    CHECK(xml.count("table:style-name=\"Appendix\"") == doc.appendix.size());
    CHECK(xml.count("text:style-name=\"TableGap\"") == doc.appendix.size() - 1);
    // The methodist's row spans the three columns.
    CHECK(xml.count("table:number-columns-spanned=\"3\"") == doc.appendix.size());
    CHECK(xml.count("<table:covered-table-cell/>") == 2 * doc.appendix.size());
    CHECK(xml.contains("style:master-page-name=\"First_20_Page\""));
    CHECK(xml.contains("fo:break-before=\"page\""));

    const QByteArray styles = part(path, QStringLiteral("styles.xml"));
    const QString stylesText = wellFormedText(styles, QStringLiteral("style:master-page"));
    CHECK(stylesText.contains(u'2')); // the page number's placeholder, in the standard master page only
    CHECK(styles.contains("fo:margin-left=\"25.00mm\""));
    CHECK(styles.contains("fo:margin-right=\"15.00mm\""));
    CHECK(styles.contains("fo:margin-bottom=\"18.00mm\""));
    CHECK(styles.contains("fo:margin-top=\"22.00mm\"")); // the first page, which has no header
    CHECK(styles.contains("fo:font-size=\"13pt\""));
    const qsizetype first = styles.indexOf("style:name=\"First_20_Page\"");
    const qsizetype standard = styles.indexOf("<style:master-page style:name=\"Standard\"");
    REQUIRE(first > 0);
    REQUIRE(standard > 0);
    CHECK(styles.indexOf("<text:page-number", standard) > standard);
    // The first page's master page is empty: no header.
    CHECK(styles.mid(first).startsWith("style:name=\"First_20_Page\" style:display-name=\"First Page\" "
                                       "style:page-layout-name=\"FirstPageLayout\" "
                                       "style:next-style-name=\"Standard\"/>"));
}

TEST_CASE("order writers: a table per group, a large group split into parts", "[order][docx][odt]")
{
    // How the rows are shared out: parts of nearly equal size, numbered on.
    OrderDocument sizes = sampleOrder(0);
    sizes.appendix[2].teachers.resize(251, sizes.appendix[1].teachers[0]);
    QList<qsizetype> counts;
    QList<int> numbers;
    for (const AppendixTable &table : appendixTables(sizes)) {
        counts << table.count;
        numbers << table.firstNumber;
    }
    CHECK(counts == QList<qsizetype>{3, 1, 125, 126});
    CHECK(numbers == QList<int>{1, 4, 5, 130});
    sizes.appendix[2].teachers.resize(appendixTableRows);
    sizes.appendix[1].teachers.clear(); // no rows, no table
    CHECK(appendixTables(sizes).size() == 2);

    Scratch scratch;
    const OrderDocument doc = sampleOrder(600); // three tables of 200 rows
    const OrderLayout layout;
    const qsizetype tables = doc.appendix.size() + 2;
    const QString docx = scratch.path(QStringLiteral("split.docx"));
    const QString odt = scratch.path(QStringLiteral("split.odt"));
    REQUIRE(OrderDocx::write(doc, layout, docx).ok());
    REQUIRE(OrderOdt::write(doc, layout, odt).ok());

    const QByteArray document = part(docx, QStringLiteral("word/document.xml"));
    const QString docxText = wellFormedText(document, QStringLiteral("w:t"));
    checkRows(docxText, doc);
    CHECK(docxText.count(doc.appendix[2].methodistName) == 3); // named again on each part
    checkDocxTables(document, tables);
    CHECK(document.count("<w:gridSpan w:val=\"3\"/>") == tables); // the methodist's row, in every table
    CHECK(document.count("<w:tr>") == doc.teacherCount() + 2 * tables + 1);
    // The later parts of the large group say they go on.
    CHECK(docxText.count(OrderDocument::groupHeading(doc.appendix[2], true)) == 2);

    const QByteArray content = part(odt, QStringLiteral("content.xml"));
    const QString odtText = wellFormedText(content, QStringLiteral("text:p"));
    checkRows(odtText, doc);
    CHECK(odtText.count(doc.appendix[2].methodistName) == 3);
    CHECK(content.count("<table:table-header-rows>") == tables);
    CHECK(content.count("table:number-columns-spanned=\"3\"") == tables);
    CHECK(content.count("<table:covered-table-cell/>") == 2 * tables);
    CHECK(odtText.count(OrderDocument::groupHeading(doc.appendix[2], true)) == 2);
}

TEST_CASE("order writers: an order without an appendix is one page, with no table", "[order]")
{
    Scratch scratch;
    OrderDocument doc = sampleOrder();
    doc.appendix.clear();
    const OrderLayout layout;
    const QString pdf = scratch.path(QStringLiteral("order.pdf"));
    const QString docx = scratch.path(QStringLiteral("order.docx"));
    const QString odt = scratch.path(QStringLiteral("order.odt"));
    REQUIRE(OrderPdf::write(doc, layout, pdf).ok());
    REQUIRE(OrderDocx::write(doc, layout, docx).ok());
    REQUIRE(OrderOdt::write(doc, layout, odt).ok());
    const QByteArray document = part(docx, QStringLiteral("word/document.xml"));
    CHECK_FALSE(document.contains("<w:pageBreakBefore/>"));
    CHECK_FALSE(document.contains("<w:tblHeader/>"));
    CHECK_FALSE(part(odt, QStringLiteral("content.xml")).contains("table:table-header-rows"));
    const QString raw = pdfText(pdf, {QStringLiteral("-raw")});
    if (raw.isNull()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return;
    }
    CHECK(raw.count(u'\f') == 1);
    CHECK(oneLine(raw).contains(doc.signatoryName));
}

TEST_CASE("zip writer: entries in order, stored or deflated; an unfinished archive leaves no trace", "[order][zip]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("package.zip"));
    const QByteArray big(200000, 'x'); // more than one write chunk's worth compresses well
    {
        ZipWriter zip(path);
        REQUIRE(zip.status().ok());
        REQUIRE(zip.add(QStringLiteral("first"), "stored as is", ZipWriter::Method::Stored).ok());
        REQUIRE(zip.add(QStringLiteral("dir/second.xml"), big).ok());
        REQUIRE(zip.add(QStringLiteral("empty"), QByteArray()).ok());
        REQUIRE(zip.close().ok());
    }
    CHECK(part(path, QStringLiteral("first")) == "stored as is");
    CHECK(part(path, QStringLiteral("dir/second.xml")) == big);
    CHECK(part(path, QStringLiteral("empty")).isEmpty());
    CHECK(QFileInfo(path).size() < 10000);
    CHECK(test::readFile(path).mid(30, 5) == "first");

    // Dropped before close(): the older file stays as it was.
    const QByteArray before = test::readFile(path);
    {
        ZipWriter zip(path);
        REQUIRE(zip.add(QStringLiteral("other"), "data").ok());
    }
    CHECK(test::readFile(path) == before);

    // A folder cannot be written over: the reason names the path.
    ZipWriter folder(scratch.root());
    CHECK_FALSE(folder.status().ok());
    CHECK(folder.status().message().contains(scratch.root()));
    CHECK_FALSE(folder.add(QStringLiteral("x"), "y").ok());
    CHECK_FALSE(folder.close().ok());
}

TEST_CASE("order writers: an unwritable path is refused with a reason, nothing is left behind", "[order]")
{
    Scratch scratch;
    const OrderDocument doc = sampleOrder(2);
    const OrderLayout layout;
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt")}) {
        const QString path = scratch.path(QStringLiteral("missing/order.") + suffix);
        const Status status = suffix == u"pdf"    ? OrderPdf::write(doc, layout, path)
                              : suffix == u"docx" ? OrderDocx::write(doc, layout, path)
                                                  : OrderOdt::write(doc, layout, path);
        INFO(suffix.toStdString());
        CHECK_FALSE(status.ok());
        CHECK(status.message().contains(path));
        CHECK_FALSE(QFile::exists(path));
    }
}

// A region's full appendix; run with: test_order_documents "[perf]"
TEST_CASE("order appendix: municipality kinds abbreviated in brackets, columns sized to the names",
          "[order][pdf]")
{
    const OrderMethodistGroup group{QStringLiteral("Абрамович Евгений Викторович"), QStringLiteral("История"),
                                    QStringLiteral("Нестеровский муниципальный округ"), {}};
    const OrderTeacherLine own{QStringLiteral("Логинова Елена Владимировна"), QStringLiteral("МАОУ СОШ № 11"),
                               QStringLiteral("Нестеровский муниципальный округ")};
    const OrderTeacherLine other{QStringLiteral("Мальцева Юлия Юрьевна"), QStringLiteral("МАДОУ детский сад № 4"),
                                 QStringLiteral("Гусевский городской округ")};
    const OrderTeacherLine city{QStringLiteral("Борисова Анна Юрьевна"), QStringLiteral("МАОУ СОШ № 34"),
                                QStringLiteral("Городской округ «Город Калининград»")};
    CHECK(OrderDocument::organisationText(group, own) == QStringLiteral("МАОУ СОШ №\u00A011"));
    CHECK(OrderDocument::organisationText(group, other)
          == QStringLiteral("МАДОУ детский сад №\u00A04 (Гусевский г.\u00A0о.)"));
    CHECK(OrderDocument::organisationText(group, city)
          == QStringLiteral("МАОУ СОШ №\u00A034 (г.\u00A0о. «Город Калининград»)"));

    // Columns: the shares fill the width; longer names get a wider column.
    const OrderLayout layout;
    OrderDocument shortNames = sampleOrder(0);
    OrderDocument longNames = shortNames;
    for (OrderMethodistGroup &g : longNames.appendix)
        for (OrderTeacherLine &t : g.teachers)
            t.teacherName = QStringLiteral("Константинопольская Александра Вячеславовна");
    const QList<OrderColumn> a = shortNames.appendixColumns(layout);
    const QList<OrderColumn> b = longNames.appendixColumns(layout);
    REQUIRE(a.size() == 3);
    CHECK(a[0].share + a[1].share + a[2].share == Approx(1.0));
    CHECK(b[1].share > a[1].share);
    CHECK(b[2].share < a[2].share);

    // Single-line rows: a page of the appendix holds 35 and more of them.
    OrderDocument doc = sampleOrder(0);
    doc.appendix.clear();
    const QStringList surnames{QStringLiteral("Воробьёва"), QStringLiteral("Кузнецова"), QStringLiteral("Митрофанова"),
                               QStringLiteral("Соколова"), QStringLiteral("Ким"), QStringLiteral("Харитонова"),
                               QStringLiteral("Орлова")};
    const QStringList given{QStringLiteral("Анна Ивановна"), QStringLiteral("Екатерина Владимировна"),
                            QStringLiteral("Юлия Юрьевна"), QStringLiteral("Мария Николаевна"),
                            QStringLiteral("Алёна Павловна")};
    const QStringList organisations{QStringLiteral("МАОУ СОШ № %1"), QStringLiteral("МАДОУ детский сад № %1"),
                                    QStringLiteral("МАОУ гимназия № %1")};
    const QStringList municipalities{QStringLiteral("Нестеровский муниципальный округ"),
                                     QStringLiteral("Гусевский городской округ"),
                                     QStringLiteral("Нестеровский муниципальный округ"),
                                     QStringLiteral("Краснознаменский муниципальный округ")};
    for (int g = 0; g < 12; ++g) {
        OrderMethodistGroup methodist{QStringLiteral("Методистова Анна Сергеевна"), QStringLiteral("Математика"),
                                      QStringLiteral("Нестеровский муниципальный округ"), {}};
        for (int t = 0; t < 60; ++t)
            methodist.teachers.append({surnames[t % 7] + u' ' + given[t % 5], organisations[t % 3].arg(t + 1),
                                       municipalities[t % 4]});
        doc.appendix.append(methodist);
    }
    Scratch scratch;
    const QString path = qEnvironmentVariable("DENSE_PDF", scratch.path(QStringLiteral("dense.pdf")));
    REQUIRE(OrderPdf::write(doc, layout, path).ok());
    const QString raw = pdfText(path, {QStringLiteral("-raw")});
    if (raw.isNull())
        return;
    const int pages = int(raw.count(u'\f'));
    INFO("pages: " << pages);
    // One page of the order itself, then 720 rows and 12 group rows.
    CHECK(pages - 1 <= (720 + 12) / 35 + 1);
}

TEST_CASE("text document pdf: a table row is never cut by a page break; the header repeats", "[pdf]")
{
    // Rows of one to six lines: without care some would start at the foot
    // of a page and end at the top of the next.
    QString html = QStringLiteral("<p>Вступление.</p><p><b>Подпись таблицы</b></p>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<thead><tr><th>Номерстолбца</th><th>Содержимое</th></tr></thead>");
    for (int r = 1; r <= 90; ++r) {
        QString words;
        for (int w = 0; w < (r % 6) * 9; ++w)
            words += QStringLiteral(" слово");
        html += QStringLiteral("<tr><td>%1</td><td>начало%1%2 конец%1</td></tr>").arg(r).arg(words);
    }
    html += QStringLiteral("</table>");
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("rows.pdf"));
    REQUIRE(TextDocumentPdf::write(html, QStringLiteral("Проверка"), TextDocumentPdf::Page(), path).ok());
    const QString raw = pdfText(path, {QStringLiteral("-raw")});
    if (raw.isNull())
        return;
    const QStringList pages = raw.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 4);
    for (int r = 1; r <= 90; ++r) {
        int start = -1;
        int end = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(QStringLiteral("начало%1 ").arg(r)) || pages[p].contains(QStringLiteral("начало%1\n").arg(r)))
                start = p;
            if (pages[p].contains(QStringLiteral("конец%1\n").arg(r)) || pages[p].contains(QStringLiteral("конец%1 ").arg(r)))
                end = p;
        }
        INFO("row " << r);
        REQUIRE(start >= 0);
        CHECK(start == end);
    }
    for (const QString &page : pages)
        if (page.contains(QStringLiteral("начало")))
            CHECK(page.contains(QStringLiteral("Номерстолбца")));
    // The caption stays with the table's first row.
    for (const QString &page : pages)
        if (page.contains(QStringLiteral("Подпись таблицы")))
            CHECK(page.contains(QStringLiteral("начало1 ")));
}

TEST_CASE("order writers: 13 120 rows in 224 groups", "[.][perf]")
{
    Scratch scratch;
    OrderDocument doc = sampleOrder(0);
    doc.appendix.clear();
    for (int g = 0; g < 224; ++g) {
        OrderMethodistGroup group{QStringLiteral("Методистова%1 Анна Сергеевна").arg(g),
                                  QStringLiteral("Предмет %1").arg(g % 19),
                                  QStringLiteral("Муниципалитет %1").arg(g % 22), {}};
        const int size = 13120 / 224 + (g < 13120 % 224 ? 1 : 0);
        for (int t = 0; t < size; ++t)
            group.teachers.append({QStringLiteral("Педагогова%1 Мария Ивановна").arg(g * 100 + t),
                                   QStringLiteral("МАОУ «Средняя общеобразовательная школа № %1»").arg(t % 40),
                                   group.municipality});
        doc.appendix.append(group);
    }
    REQUIRE(doc.teacherCount() == 13120);
    const OrderLayout layout;
    QElapsedTimer timer;
    timer.start();
    // ORDER_SAMPLES=/some/folder keeps the files to look at.
    const QString folder = qEnvironmentVariable("ORDER_SAMPLES", scratch.root());
    REQUIRE(OrderPdf::write(doc, layout, folder + QStringLiteral("/big.pdf")).ok());
    const qint64 pdf = timer.restart();
    REQUIRE(OrderDocx::write(doc, layout, folder + QStringLiteral("/big.docx")).ok());
    const qint64 docx = timer.restart();
    REQUIRE(OrderOdt::write(doc, layout, folder + QStringLiteral("/big.odt")).ok());
    const qint64 odt = timer.restart();
    WARN("13 120 rows: PDF " << pdf << " ms, DOCX " << docx << " ms, ODT " << odt << " ms");
    CHECK(pdf < 30000);
    CHECK(docx < 10000);
    CHECK(odt < 10000);
}

// The Russian the form's fixed words are meant to have, until
// translations/metodist_ru.ts has them: only for looking at the samples.
class SampleRussian : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> words{
            {"ORDER", QStringLiteral("ПРИКАЗ")},
            {"I ORDER:", QStringLiteral("ПРИКАЗЫВАЮ:")},
            {"No.", QStringLiteral("№")},
            {"Appendix No. 1 to the order of %1 No. %2", QStringLiteral("Приложение № 1 к приказу от %1 № %2")},
            {"Item no.", QStringLiteral("№ п/п")},
            {"Full name of the regional methodist", QStringLiteral("ФИО регионального методиста")},
            {"Subject", QStringLiteral("Предмет")},
            {"Full name of the teacher", QStringLiteral("ФИО педагогического работника")},
            {"Educational organisation", QStringLiteral("Образовательная организация")},
            {"Municipality", QStringLiteral("Муниципальное образование")},
        };
        return qstrcmp(context, "OrderDocument") == 0 ? words.value(source) : QString();
    }
};

// Writes the sample order in all three formats to look at; run with:
// ORDER_SAMPLES=/tmp/order test_order_documents "[samples]"
TEST_CASE("order writers: samples to look at", "[.][samples]")
{
    const QString folder = qEnvironmentVariable("ORDER_SAMPLES");
    REQUIRE_FALSE(folder.isEmpty());
    SampleRussian russian;
    QCoreApplication::installTranslator(&russian);
    OrderDocument doc = sampleOrder();
    doc.signatoryPosition = QStringLiteral("Исполняющий обязанности ректора");
    doc.appendix[1].teachers[0].municipality = QStringLiteral("Краснознаменский муниципальный округ");
    const OrderLayout layout;
    CHECK(OrderPdf::write(doc, layout, folder + QStringLiteral("/order.pdf")).ok());
    CHECK(OrderDocx::write(doc, layout, folder + QStringLiteral("/order.docx")).ok());
    CHECK(OrderOdt::write(doc, layout, folder + QStringLiteral("/order.odt")).ok());
    QCoreApplication::removeTranslator(&russian);
}
