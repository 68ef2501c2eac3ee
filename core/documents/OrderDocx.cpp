#include "documents/OrderDocx.h"

#include "documents/OrderXml.h"
#include "documents/ZipWriter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace metodist {

namespace {

const char *const wNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char *const rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr int a4Width = 11906; // twips
constexpr int a4Height = 16838;
constexpr int paragraphIndent = 709; // 1.25 cm
const int cellMargin = int(appendixCellPaddingXMm * 1440 / 25.4 + 0.5); // twips

int twips(double mm)
{
    return int(std::lround(mm * 1440 / 25.4));
}

struct Para
{
    const char *style = nullptr;
    const char *align = nullptr; // "center", "both", "right"; none for left
    bool bold = false;
    int size = 0;                // half-points; 0 for the style's
    int letterSpacing = 0;       // twips
    int firstLine = 0;           // twips
    int left = 0;                // twips
    int rightTab = 0;            // twips; a right tab stop there
    int exactLine = 0;           // twips; the line's exact height, 0 for the style's
    bool pageBreakBefore = false;
    bool keepNext = false;       // on the page of the next paragraph (a methodist's row with the first teacher)
};

// Element order inside w:pPr and w:rPr follows the schema: Word refuses
// files that do not.
void paragraph(XmlPart &p, const QStringList &runs, const Para &para)
{
    p.start("w:p");
    p.start("w:pPr");
    if (para.style)
        p.empty("w:pStyle", {{"w:val", para.style}});
    if (para.keepNext)
        p.empty("w:keepNext");
    if (para.pageBreakBefore)
        p.empty("w:pageBreakBefore");
    if (para.rightTab > 0) {
        p.start("w:tabs");
        p.empty("w:tab", {{"w:val", "right"}, {"w:pos", para.rightTab}});
        p.end();
    }
    if (para.exactLine > 0)
        p.empty("w:spacing", {{"w:line", para.exactLine}, {"w:lineRule", "exact"}});
    if (para.firstLine > 0 || para.left > 0)
        p.empty("w:ind", {{"w:left", para.left}, {"w:firstLine", para.firstLine}});
    if (para.align)
        p.empty("w:jc", {{"w:val", para.align}});
    p.end();
    for (int i = 0; i < runs.size(); ++i) { // several runs are separated by a tab (the date line)
        p.start("w:r");
        if (para.bold || para.size > 0 || para.letterSpacing > 0) {
            p.start("w:rPr");
            if (para.bold)
                p.empty("w:b");
            if (para.letterSpacing > 0)
                p.empty("w:spacing", {{"w:val", para.letterSpacing}});
            if (para.size > 0)
                p.empty("w:sz", {{"w:val", para.size}});
            p.end();
        }
        if (i > 0)
            p.empty("w:tab");
        p.start("w:t", {{"xml:space", "preserve"}});
        p.characters(runs[i]);
        p.end(2);
    }
    p.end();
}

void paragraph(XmlPart &p, const QString &text, const Para &para = {})
{
    const QString clean = OrderDocument::printable(text);
    paragraph(p, clean.isEmpty() ? QStringList() : QStringList{clean}, para);
}

void startTable(XmlPart &p, const QList<int> &grid, bool ruled, int margin)
{
    p.start("w:tbl");
    p.start("w:tblPr");
    p.empty("w:tblW", {{"w:w", 5000}, {"w:type", "pct"}});
    if (ruled) {
        p.start("w:tblBorders");
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            p.empty(side, {{"w:val", "single"}, {"w:sz", 4}, {"w:space", 0}, {"w:color", "000000"}});
        p.end();
    }
    p.empty("w:tblLayout", {{"w:type", "fixed"}});
    p.start("w:tblCellMar");
    p.empty("w:top", {{"w:w", ruled ? 28 : 0}, {"w:type", "dxa"}});
    p.empty("w:left", {{"w:w", margin}, {"w:type", "dxa"}});
    p.empty("w:bottom", {{"w:w", ruled ? 28 : 0}, {"w:type", "dxa"}});
    p.empty("w:right", {{"w:w", margin}, {"w:type", "dxa"}});
    p.end();
    p.empty("w:tblLook", {{"w:val", "0000"}});
    p.end();
    p.start("w:tblGrid");
    for (int width : grid)
        p.empty("w:gridCol", {{"w:w", width}});
    p.end();
}

// A cell; `span` grid columns wide (the methodist's row spans the table).
void cell(XmlPart &p, int width, const QString &text, const Para &para, const char *valign = nullptr, int span = 1)
{
    p.start("w:tc");
    p.start("w:tcPr");
    p.empty("w:tcW", {{"w:w", width}, {"w:type", "dxa"}});
    if (span > 1)
        p.empty("w:gridSpan", {{"w:val", span}});
    if (valign)
        p.empty("w:vAlign", {{"w:val", valign}});
    p.end();
    paragraph(p, text, para);
    p.end();
}

void signatory(XmlPart &p, const OrderDocument &doc, int contentWidth)
{
    const QList<int> grid{contentWidth * 6 / 10, contentWidth - contentWidth * 6 / 10};
    startTable(p, grid, false, 0);
    p.start("w:tr");
    // Bottom-aligned: the name stands on the last line of a long position.
    cell(p, grid[0], doc.signatoryPosition, {}, "bottom");
    cell(p, grid[1], doc.signatoryName, Para{.align = "right"}, "bottom");
    p.end(2);
}

void appendixTables(XmlPart &p, const OrderDocument &doc, const OrderLayout &layout, int contentWidth)
{
    const QList<OrderColumn> columns = doc.appendixColumns(layout);
    QList<int> grid;
    int used = 0;
    for (int c = 0; c < columns.size(); ++c) {
        grid << (c + 1 == columns.size() ? contentWidth - used : int(columns[c].share * contentWidth));
        used += grid.last();
    }
    const Para text{.style = "TableText"};
    const QList<AppendixTable> tables = metodist::appendixTables(doc);
    for (int k = 0; k < tables.size(); ++k) {
        const AppendixTable &table = tables[k];
        const OrderMethodistGroup &group = *table.group;
        if (k > 0) // a little space; without a paragraph Word would join the tables into one
            paragraph(p, QStringList(), Para{.exactLine = 60});
        startTable(p, grid, true, cellMargin);
        p.start("w:tr");
        p.start("w:trPr");
        p.empty("w:cantSplit");
        p.empty("w:tblHeader"); // repeated at the top of every page
        p.end();
        for (int c = 0; c < columns.size(); ++c)
            cell(p, grid[c], columns[c].title, Para{.style = "TableHeading"}, "center");
        p.end();

        // The methodist's row, kept with the first teacher's.
        p.start("w:tr");
        p.start("w:trPr");
        p.empty("w:cantSplit");
        p.end();
        cell(p, contentWidth, OrderDocument::groupHeading(group, table.first > 0),
             Para{.style = "TableText", .bold = true, .keepNext = true}, nullptr, int(columns.size()));
        p.end();

        for (qsizetype t = 0; t < table.count; ++t) {
            const OrderTeacherLine &teacher = group.teachers[table.first + t];
            p.start("w:tr");
            p.start("w:trPr");
            p.empty("w:cantSplit");
            p.end();
            cell(p, grid[0], QString::number(table.firstNumber + t), Para{.style = "TableNumber"});
            cell(p, grid[1], teacher.teacherName, text);
            cell(p, grid[2], OrderDocument::organisationText(group, teacher), text);
            p.end();
        }
        p.end();
    }
}

QByteArray documentPart(const OrderDocument &doc, const OrderLayout &layout)
{
    const int contentWidth = a4Width - twips(layout.marginLeftMm) - twips(layout.marginRightMm);
    XmlPart p;
    p.start("w:document", {{"xmlns:w", wNs}, {"xmlns:r", rNs}});
    p.start("w:body");

    const Para centredBold{.align = "center", .bold = true};
    const Para justified{.align = "both", .firstLine = paragraphIndent};
    if (!doc.institution.isEmpty()) {
        paragraph(p, doc.institution, centredBold);
        paragraph(p, QString());
    }
    paragraph(p, OrderDocument::orderWord(),
              Para{.align = "center", .bold = true, .size = layout.fontSize * 2 + 4, .letterSpacing = 80});
    paragraph(p, QString());
    paragraph(p, QStringList{doc.dateText(), OrderDocument::printable(doc.numberText())},
              Para{.rightTab = contentWidth});
    if (!doc.place.isEmpty())
        paragraph(p, doc.place, Para{.align = "center"});
    paragraph(p, QString());
    if (!doc.title.isEmpty()) {
        paragraph(p, doc.title, centredBold);
        paragraph(p, QString());
    }
    for (const QString &part : OrderDocument::paragraphs(doc.preamble))
        paragraph(p, part, justified);
    paragraph(p, OrderDocument::orderingWord());
    for (int i = 0; i < doc.items.size(); ++i) {
        const QStringList parts = OrderDocument::paragraphs(doc.items[i]);
        for (int k = 0; k < parts.size(); ++k)
            paragraph(p, k == 0 ? QStringLiteral("%1. %2").arg(i + 1).arg(parts[k]) : parts[k], justified);
    }
    paragraph(p, QString());
    paragraph(p, QString());
    signatory(p, doc, contentWidth);

    if (!doc.appendix.isEmpty()) {
        paragraph(p, doc.appendixHeading(), Para{.left = contentWidth / 2, .pageBreakBefore = true});
        paragraph(p, QString());
        if (!doc.appendixTitle.isEmpty()) {
            paragraph(p, doc.appendixTitle, centredBold);
            paragraph(p, QString());
        }
        appendixTables(p, doc, layout, contentWidth);
    }
    paragraph(p, QString()); // Word wants a paragraph between a table and the section's end

    p.start("w:sectPr");
    p.empty("w:headerReference", {{"w:type", "default"}, {"r:id", "rIdHeader"}});
    if (layout.pageNumbersFromSecondPage)
        p.empty("w:headerReference", {{"w:type", "first"}, {"r:id", "rIdFirstHeader"}});
    p.empty("w:pgSz", {{"w:w", a4Width}, {"w:h", a4Height}});
    p.empty("w:pgMar", {{"w:top", twips(layout.marginTopMm)},
                        {"w:right", twips(layout.marginRightMm)},
                        {"w:bottom", twips(layout.marginBottomMm)},
                        {"w:left", twips(layout.marginLeftMm)},
                        // the page number in the middle of the top margin
                        {"w:header", twips(std::max(3.0, layout.marginTopMm / 2 - layout.fontSize * 0.2))},
                        {"w:footer", twips(std::max(3.0, layout.marginBottomMm / 2))},
                        {"w:gutter", 0}});
    if (layout.pageNumbersFromSecondPage)
        p.empty("w:titlePg"); // the first page has its own, empty, header
    p.end(3);
    return p.finish();
}

QByteArray headerPart(bool withNumber)
{
    XmlPart p;
    p.start("w:hdr", {{"xmlns:w", wNs}, {"xmlns:r", rNs}});
    p.start("w:p");
    p.start("w:pPr");
    p.empty("w:pStyle", {{"w:val", "Header"}});
    p.end();
    if (withNumber) {
        // A complex field, which every version of Word and LibreOffice updates.
        const auto run = [&p](const char *element, const char *type) {
            p.start("w:r");
            p.empty(element, {{"w:fldCharType", type}});
            p.end();
        };
        run("w:fldChar", "begin");
        p.start("w:r");
        p.start("w:instrText", {{"xml:space", "preserve"}});
        p.characters(QStringLiteral(" PAGE "));
        p.end(2);
        run("w:fldChar", "separate");
        p.start("w:r");
        p.element("w:t", QStringLiteral("2"));
        p.end();
        run("w:fldChar", "end");
    }
    p.end(2);
    return p.finish();
}

void style(XmlPart &p, const char *id, const char *name, const char *align, bool bold, int size)
{
    p.start("w:style", {{"w:type", "paragraph"}, {"w:customStyle", 1}, {"w:styleId", id}});
    p.empty("w:name", {{"w:val", name}});
    p.empty("w:basedOn", {{"w:val", "Normal"}});
    p.empty("w:qFormat");
    if (align) {
        p.start("w:pPr");
        p.empty("w:jc", {{"w:val", align}});
        p.end();
    }
    p.start("w:rPr");
    if (bold)
        p.empty("w:b");
    if (size > 0) {
        p.empty("w:sz", {{"w:val", size}});
        p.empty("w:szCs", {{"w:val", size}});
    }
    p.end(2);
}

QByteArray stylesPart(const OrderLayout &layout)
{
    XmlPart p;
    p.start("w:styles", {{"xmlns:w", wNs}});
    p.start("w:docDefaults");
    p.start("w:rPrDefault");
    p.start("w:rPr");
    const QString &font = layout.fontFamily;
    p.empty("w:rFonts", {{"w:ascii", font}, {"w:hAnsi", font}, {"w:eastAsia", font}, {"w:cs", font}});
    p.empty("w:sz", {{"w:val", layout.fontSize * 2}});
    p.empty("w:szCs", {{"w:val", layout.fontSize * 2}});
    p.empty("w:lang", {{"w:val", "ru-RU"}});
    p.end(2);
    p.start("w:pPrDefault");
    p.start("w:pPr");
    p.empty("w:spacing", {{"w:after", 0}, {"w:line", 240}, {"w:lineRule", "auto"}});
    p.end(3);

    p.start("w:style", {{"w:type", "paragraph"}, {"w:default", 1}, {"w:styleId", "Normal"}});
    p.empty("w:name", {{"w:val", "Normal"}});
    p.empty("w:qFormat");
    p.end();
    style(p, "Header", "header", "center", false, 0);
    style(p, "TableText", "Table Text", nullptr, false, layout.tableFontSize * 2);
    style(p, "TableNumber", "Table Number", "center", false, layout.tableFontSize * 2);
    style(p, "TableHeading", "Table Heading", "center", true, layout.tableFontSize * 2 - 2);
    p.end();
    return p.finish();
}

QByteArray settingsPart()
{
    XmlPart p;
    p.start("w:settings", {{"xmlns:w", wNs}});
    p.empty("w:defaultTabStop", {{"w:val", paragraphIndent}});
    p.start("w:compat");
    // Without it Word opens the file in compatibility mode.
    p.empty("w:compatSetting",
            {{"w:name", "compatibilityMode"}, {"w:uri", "http://schemas.microsoft.com/office/word"}, {"w:val", 15}});
    p.end(2);
    return p.finish();
}

struct Relationship
{
    const char *id;
    const char *type; // a full URI, or one of the officeDocument relationships
    const char *target;
};

QByteArray relationships(std::initializer_list<Relationship> list)
{
    XmlPart p;
    p.start("Relationships", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/relationships"}});
    for (const Relationship &r : list)
    {
        QString type = QString::fromLatin1(r.type);
        if (!type.startsWith(u"http"))
            type.prepend(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"));
        p.empty("Relationship", {{"Id", r.id}, {"Type", type}, {"Target", r.target}});
    }
    p.end();
    return p.finish();
}

QByteArray contentTypes()
{
    XmlPart p;
    p.start("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
    p.empty("Default",
            {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
    p.empty("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
    const std::pair<const char *, const char *> overrides[] = {
        {"/word/document.xml", "wordprocessingml.document.main+xml"},
        {"/word/styles.xml", "wordprocessingml.styles+xml"},
        {"/word/settings.xml", "wordprocessingml.settings+xml"},
        {"/word/header1.xml", "wordprocessingml.header+xml"},
        {"/word/header2.xml", "wordprocessingml.header+xml"},
    };
    for (const auto &[part, type] : overrides)
        p.empty("Override", {{"PartName", part},
                             {"ContentType", QString(QStringLiteral("application/vnd.openxmlformats-officedocument.")
                                                         + QLatin1StringView(type))}});
    p.empty("Override", {{"PartName", "/docProps/core.xml"},
                         {"ContentType", "application/vnd.openxmlformats-package.core-properties+xml"}});
    p.end();
    return p.finish();
}

QByteArray corePart(const OrderDocument &doc)
{
    XmlPart p;
    p.start("cp:coreProperties",
            {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
             {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
             {"xmlns:dcterms", "http://purl.org/dc/terms/"},
             {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    p.element("dc:title", OrderDocument::printable(doc.title));
    p.element("dc:creator", QCoreApplication::applicationName());
    p.start("dcterms:created", {{"xsi:type", "dcterms:W3CDTF"}});
    p.characters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    p.end(2);
    return p.finish();
}

} // namespace

Status OrderDocx::write(const OrderDocument &doc, const OrderLayout &layout, const QString &path)
{
    const std::pair<const char *, QByteArray> parts[] = {
        {"[Content_Types].xml", contentTypes()},
        {"_rels/.rels",
         relationships({{"rIdDocument", "officeDocument", "word/document.xml"},
                        {"rIdCore",
                         "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                         "docProps/core.xml"}})},
        {"docProps/core.xml", corePart(doc)},
        {"word/_rels/document.xml.rels",
         relationships({{"rIdStyles", "styles", "styles.xml"},
                        {"rIdSettings", "settings", "settings.xml"},
                        {"rIdHeader", "header", "header1.xml"},
                        {"rIdFirstHeader", "header", "header2.xml"}})},
        {"word/styles.xml", stylesPart(layout)},
        {"word/settings.xml", settingsPart()},
        {"word/header1.xml", headerPart(true)},
        {"word/header2.xml", headerPart(false)},
        {"word/document.xml", documentPart(doc, layout)},
    };
    ZipWriter zip(path);
    for (const auto &[name, data] : parts)
        if (Status added = zip.add(QString::fromLatin1(name), data); !added)
            return added;
    return zip.close();
}

} // namespace metodist
