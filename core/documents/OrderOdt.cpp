#include "documents/OrderOdt.h"

#include "documents/OrderXml.h"
#include "documents/ZipWriter.h"

#include <QDateTime>

#include <algorithm>

namespace metodist {

namespace {

const char *const mimeType = "application/vnd.oasis.opendocument.text";
constexpr double a4WidthMm = 210;
constexpr double a4HeightMm = 297;

QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QString pt(double value)
{
    return QString::number(value) + QStringLiteral("pt");
}

void root(XmlPart &p, const char *name)
{
    p.start(name, {{"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
                   {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
                   {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
                   {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
                   {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
                   {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
                   {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
                   {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
                   {"office:version", "1.2"}});
}

void fontFaces(XmlPart &p, const QString &family)
{
    p.start("office:font-face-decls");
    p.empty("style:font-face", {{"style:name", family},
                                {"svg:font-family", u'\'' + family + u'\''},
                                {"style:font-family-generic", "roman"},
                                {"style:font-pitch", "variable"}});
    p.end();
}

// A paragraph style: its paragraph properties, then its text properties.
void paragraphStyle(XmlPart &p, const char *name, XmlPart::Attributes paragraph, XmlPart::Attributes text = {},
                    const char *master = nullptr)
{
    p.start("style:style",
            {{"style:name", name}, {"style:family", "paragraph"}, {"style:parent-style-name", "Standard"}});
    if (master)
        p.attribute("style:master-page-name", master);
    if (paragraph.size() > 0)
        p.empty("style:paragraph-properties", paragraph);
    if (text.size() > 0)
        p.empty("style:text-properties", text);
    p.end();
}

void style(XmlPart &p, const QString &name, const char *family, const char *element, XmlPart::Attributes properties)
{
    p.start("style:style", {{"style:name", name}, {"style:family", family}});
    p.empty(element, properties);
    p.end();
}

void contentStyles(XmlPart &p, const OrderLayout &layout, double contentMm, const QList<OrderColumn> &columns)
{
    const char *const bold = "bold";
    // The first paragraph chooses the first page's master page: no header there.
    paragraphStyle(p, "Institution", {{"fo:text-align", "center"}},
                   {{"fo:font-weight", bold}, {"style:font-weight-complex", bold}},
                   layout.pageNumbersFromSecondPage ? "First_20_Page" : "Standard");
    paragraphStyle(p, "OrderWord", {{"fo:text-align", "center"}},
                   {{"fo:font-size", pt(layout.fontSize + 2)}, {"fo:letter-spacing", pt(4)},
                    {"fo:font-weight", bold}, {"style:font-weight-complex", bold}});
    p.start("style:style",
            {{"style:name", "DateLine"}, {"style:family", "paragraph"}, {"style:parent-style-name", "Standard"}});
    p.start("style:paragraph-properties");
    p.start("style:tab-stops");
    p.empty("style:tab-stop", {{"style:position", mm(contentMm)}, {"style:type", "right"}});
    p.end(3);
    paragraphStyle(p, "Centred", {{"fo:text-align", "center"}});
    paragraphStyle(p, "Title", {{"fo:text-align", "center"}},
                   {{"fo:font-weight", bold}, {"style:font-weight-complex", bold}});
    paragraphStyle(p, "Body",
                   {{"fo:text-align", "justify"}, {"fo:text-align-last", "start"}, {"fo:text-indent", mm(12.5)}});
    paragraphStyle(p, "Right", {{"fo:text-align", "end"}});
    // 3 pt between the appendix's tables.
    paragraphStyle(p, "TableGap", {{"fo:line-height", pt(3)}},
                   {{"fo:font-size", pt(2)}, {"style:font-size-complex", pt(2)}});
    paragraphStyle(p, "AppendixHeading", {{"fo:margin-left", mm(contentMm / 2)}, {"fo:break-before", "page"}});
    const QString size = pt(layout.tableFontSize);
    const QString headingSize = pt(layout.tableFontSize - 1);
    paragraphStyle(p, "TableText", {{"fo:text-align", "start"}},
                   {{"fo:font-size", size}, {"style:font-size-complex", size}});
    paragraphStyle(p, "GroupText", {{"fo:text-align", "start"}, {"fo:keep-with-next", "always"}},
                   {{"fo:font-size", size}, {"style:font-size-complex", size}, {"fo:font-weight", "bold"},
                    {"style:font-weight-complex", "bold"}});
    paragraphStyle(p, "TableNumber", {{"fo:text-align", "center"}},
                   {{"fo:font-size", size}, {"style:font-size-complex", size}});
    paragraphStyle(p, "TableHeading", {{"fo:text-align", "center"}},
                   {{"fo:font-size", headingSize}, {"style:font-size-complex", headingSize},
                    {"fo:font-weight", bold}, {"style:font-weight-complex", bold}});

    for (const char *table : {"Appendix", "Signatory"})
        style(p, QString::fromLatin1(table), "table", "style:table-properties",
              {{"style:width", mm(contentMm)}, {"table:align", "left"}, {"table:border-model", "collapsing"}});
    for (int c = 0; c < columns.size(); ++c)
        style(p, QStringLiteral("Appendix.%1").arg(QChar(u'A' + c)), "table-column", "style:table-column-properties",
              {{"style:column-width", mm(columns[c].share * contentMm)}});
    style(p, QStringLiteral("Signatory.A"), "table-column", "style:table-column-properties",
          {{"style:column-width", mm(contentMm * 0.6)}});
    style(p, QStringLiteral("Signatory.B"), "table-column", "style:table-column-properties",
          {{"style:column-width", mm(contentMm * 0.4)}});
    style(p, QStringLiteral("Row"), "table-row", "style:table-row-properties", {{"fo:keep-together", "always"}});
    style(p, QStringLiteral("GroupRow"), "table-row", "style:table-row-properties",
          {{"fo:keep-together", "always"}});
    const char *const border = "0.5pt solid #000000";
    const QString padX = mm(appendixCellPaddingXMm);
    const QString padY = mm(0.5);
    style(p, QStringLiteral("Cell"), "table-cell", "style:table-cell-properties",
          {{"fo:border", border}, {"fo:padding-left", padX}, {"fo:padding-right", padX},
           {"fo:padding-top", padY}, {"fo:padding-bottom", padY}});
    style(p, QStringLiteral("HeadingCell"), "table-cell", "style:table-cell-properties",
          {{"fo:border", border}, {"fo:padding-left", padX}, {"fo:padding-right", padX},
           {"fo:padding-top", padY}, {"fo:padding-bottom", padY}, {"style:vertical-align", "middle"}});
    // Bottom-aligned: the name stands on the last line of a long position.
    style(p, QStringLiteral("SignatoryCell"), "table-cell", "style:table-cell-properties",
          {{"fo:border", "none"}, {"fo:padding", mm(0)}, {"style:vertical-align", "bottom"}});
}

void paragraph(XmlPart &p, const char *style, const QString &text = {})
{
    p.start("text:p", {{"text:style-name", style}});
    p.characters(OrderDocument::printable(text));
    p.end();
}

// A cell; `columnsSpanned` wide (the methodist's row spans the table).
void cell(XmlPart &p, const char *cellStyle, const char *paragraphStyle, const QString &text, int columnsSpanned = 1)
{
    p.start("table:table-cell", {{"table:style-name", cellStyle}});
    if (columnsSpanned > 1)
        p.attribute("table:number-columns-spanned", columnsSpanned);
    p.attribute("office:value-type", "string");
    paragraph(p, paragraphStyle, text);
    p.end();
}

// `name` is the table's own (unique in the document), `style` its table style,
// whose column styles are `style`.A, `style`.B and on.
void startTable(XmlPart &p, const QString &name, const char *style, int columns)
{
    p.start("table:table", {{"table:name", name}, {"table:style-name", style}});
    for (int c = 0; c < columns; ++c)
        p.empty("table:table-column",
                {{"table:style-name", QStringLiteral("%1.%2").arg(QLatin1StringView(style), QChar(u'A' + c))}});
}

void appendixTables(XmlPart &p, const OrderDocument &doc, const QList<OrderColumn> &columns)
{
    const QList<AppendixTable> tables = metodist::appendixTables(doc);
    for (int k = 0; k < tables.size(); ++k) {
        const AppendixTable &table = tables[k];
        const OrderMethodistGroup &group = *table.group;
        if (k > 0)
            paragraph(p, "TableGap"); // a little space between the tables
        startTable(p, QStringLiteral("Appendix%1").arg(k + 1), "Appendix", int(columns.size()));
        p.start("table:table-header-rows"); // repeated on every page
        p.start("table:table-row");
        for (const OrderColumn &column : columns)
            cell(p, "HeadingCell", "TableHeading", column.title);
        p.end(2);
        // The methodist's row, across the table, kept with the first teacher's.
        p.start("table:table-row", {{"table:style-name", "GroupRow"}});
        cell(p, "Cell", "GroupText", OrderDocument::groupHeading(group, table.first > 0), int(columns.size()));
        for (int c = 1; c < columns.size(); ++c)
            p.empty("table:covered-table-cell");
        p.end();
        for (qsizetype t = 0; t < table.count; ++t) {
            const OrderTeacherLine &teacher = group.teachers[table.first + t];
            p.start("table:table-row", {{"table:style-name", "Row"}});
            cell(p, "Cell", "TableNumber", QString::number(table.firstNumber + t));
            cell(p, "Cell", "TableText", teacher.teacherName);
            cell(p, "Cell", "TableText", OrderDocument::organisationText(group, teacher));
            p.end();
        }
        p.end();
    }
}

QByteArray contentPart(const OrderDocument &doc, const OrderLayout &layout)
{
    const double contentMm = a4WidthMm - layout.marginLeftMm - layout.marginRightMm;
    XmlPart p;
    root(p, "office:document-content");
    fontFaces(p, layout.fontFamily);
    p.start("office:automatic-styles");
    const QList<OrderColumn> columns = doc.appendixColumns(layout);
    contentStyles(p, layout, contentMm, columns);
    p.end();
    p.start("office:body");
    p.start("office:text");

    const char *const blank = "Standard";
    paragraph(p, "Institution", doc.institution); // even when empty: it starts the first page
    if (!doc.institution.isEmpty())
        paragraph(p, blank);
    paragraph(p, "OrderWord", OrderDocument::orderWord());
    paragraph(p, blank);
    p.start("text:p", {{"text:style-name", "DateLine"}});
    p.characters(doc.dateText());
    p.empty("text:tab");
    p.characters(OrderDocument::printable(doc.numberText()));
    p.end();
    if (!doc.place.isEmpty())
        paragraph(p, "Centred", doc.place);
    paragraph(p, blank);
    if (!doc.title.isEmpty()) {
        paragraph(p, "Title", doc.title);
        paragraph(p, blank);
    }
    for (const QString &part : OrderDocument::paragraphs(doc.preamble))
        paragraph(p, "Body", part);
    paragraph(p, blank, OrderDocument::orderingWord());
    for (int i = 0; i < doc.items.size(); ++i) {
        const QStringList parts = OrderDocument::paragraphs(doc.items[i]);
        for (int k = 0; k < parts.size(); ++k)
            paragraph(p, "Body", k == 0 ? QStringLiteral("%1. %2").arg(i + 1).arg(parts[k]) : parts[k]);
    }
    paragraph(p, blank);
    paragraph(p, blank);
    startTable(p, QStringLiteral("Signatory"), "Signatory", 2);
    p.start("table:table-row");
    cell(p, "SignatoryCell", blank, doc.signatoryPosition);
    cell(p, "SignatoryCell", "Right", doc.signatoryName);
    p.end(2);

    if (!doc.appendix.isEmpty()) {
        paragraph(p, "AppendixHeading", doc.appendixHeading());
        paragraph(p, blank);
        if (!doc.appendixTitle.isEmpty()) {
            paragraph(p, "Title", doc.appendixTitle);
            paragraph(p, blank);
        }
        appendixTables(p, doc, columns);
    }
    p.end(3);
    return p.finish();
}

void pageLayout(XmlPart &p, const char *name, const OrderLayout &layout, double headerMm)
{
    p.start("style:page-layout", {{"style:name", name}});
    p.empty("style:page-layout-properties",
            {{"fo:page-width", mm(a4WidthMm)},
             {"fo:page-height", mm(a4HeightMm)},
             {"style:print-orientation", "portrait"},
             {"fo:margin-top", mm(headerMm > 0 ? headerMm : layout.marginTopMm)},
             {"fo:margin-bottom", mm(layout.marginBottomMm)},
             {"fo:margin-left", mm(layout.marginLeftMm)},
             {"fo:margin-right", mm(layout.marginRightMm)}});
    if (headerMm > 0) {
        // ODF puts the header inside the top margin: the page's margin ends
        // where the header starts, and the header reaches down to the body.
        p.start("style:header-style");
        p.empty("style:header-footer-properties", {{"fo:min-height", mm(layout.marginTopMm - headerMm)},
                                                   {"fo:margin-bottom", mm(0)},
                                                   {"style:dynamic-spacing", "false"}});
        p.end();
    }
    p.end();
}

QByteArray stylesPart(const OrderLayout &layout)
{
    XmlPart p;
    root(p, "office:document-styles");
    fontFaces(p, layout.fontFamily);
    p.start("office:styles");
    p.start("style:default-style", {{"style:family", "paragraph"}});
    p.empty("style:paragraph-properties", {{"fo:margin-top", mm(0)}, {"fo:margin-bottom", mm(0)}});
    p.empty("style:text-properties", {{"style:font-name", layout.fontFamily},
                                      {"style:font-name-complex", layout.fontFamily},
                                      {"fo:font-size", pt(layout.fontSize)},
                                      {"style:font-size-complex", pt(layout.fontSize)},
                                      {"fo:language", "ru"},
                                      {"fo:country", "RU"}});
    p.end();
    p.empty("style:style", {{"style:name", "Standard"}, {"style:family", "paragraph"}, {"style:class", "text"}});
    paragraphStyle(p, "Header", {{"fo:text-align", "center"}});
    p.end();

    p.start("office:automatic-styles");
    pageLayout(p, "FirstPageLayout", layout, 0);
    pageLayout(p, "NumberedLayout", layout, std::max(3.0, layout.marginTopMm / 2 - layout.fontSize * 0.2));
    p.end();

    p.start("office:master-styles");
    p.start("style:master-page", {{"style:name", "Standard"}, {"style:page-layout-name", "NumberedLayout"}});
    p.start("style:header");
    p.start("text:p", {{"text:style-name", "Header"}});
    p.start("text:page-number", {{"text:select-page", "current"}});
    p.characters(QStringLiteral("2"));
    p.end(4);
    p.empty("style:master-page", {{"style:name", "First_20_Page"},
                                  {"style:display-name", "First Page"},
                                  {"style:page-layout-name", "FirstPageLayout"},
                                  {"style:next-style-name", "Standard"}});
    p.end(2);
    return p.finish();
}

QByteArray metaPart(const OrderDocument &doc)
{
    XmlPart p;
    root(p, "office:document-meta");
    p.start("office:meta");
    p.element("meta:generator", QCoreApplication::applicationName());
    p.element("dc:title", OrderDocument::printable(doc.title));
    p.element("meta:creation-date", QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    p.end(2);
    return p.finish();
}

QByteArray manifestPart()
{
    XmlPart p;
    p.start("manifest:manifest",
            {{"xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"}, {"manifest:version", "1.2"}});
    p.empty("manifest:file-entry",
            {{"manifest:full-path", "/"}, {"manifest:version", "1.2"}, {"manifest:media-type", mimeType}});
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        p.empty("manifest:file-entry", {{"manifest:full-path", part}, {"manifest:media-type", "text/xml"}});
    p.end();
    return p.finish();
}

} // namespace

Status OrderOdt::write(const OrderDocument &doc, const OrderLayout &layout, const QString &path)
{
    const std::pair<const char *, QByteArray> parts[] = {
        {"META-INF/manifest.xml", manifestPart()},
        {"meta.xml", metaPart(doc)},
        {"styles.xml", stylesPart(layout)},
        {"content.xml", contentPart(doc, layout)},
    };
    ZipWriter zip(path);
    // The first entry, uncompressed: that is how programs recognise an ODF file.
    if (Status added = zip.add(QStringLiteral("mimetype"), QByteArray(mimeType), ZipWriter::Method::Stored); !added)
        return added;
    for (const auto &[name, data] : parts)
        if (Status added = zip.add(QString::fromLatin1(name), data); !added)
            return added;
    return zip.close();
}

} // namespace metodist
