#include "documents/MonitoringPdf.h"

#include "documents/TextDocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace metodist {

namespace {

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;
constexpr int chartWidthProperty = QTextFormat::UserProperty + 2;
constexpr int chartHeightProperty = QTextFormat::UserProperty + 3;

constexpr int resolution = 300;
const QMarginsF marginsMm(20, 18, 15, 16); // left, top, right, bottom

const QString notMetColour = QStringLiteral("#f6d5d5");
const QString metColour = QStringLiteral("#dcefd9");
const QString headerColour = QStringLiteral("#dde7f0");

QString e(const QString &text)
{
    return TextDocumentPdf::escaped(text);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString optionalNumber(const std::optional<qint64> &n)
{
    return n ? number(*n) : QStringLiteral("—");
}

QString shareText(qint64 part, qint64 total)
{
    return total > 0 ? QLocale().toString(100.0 * double(part) / double(total), 'f', 1) + QStringLiteral(" %")
                     : QStringLiteral("—");
}

// A cell shaded by whether its indicator meets its target.
QString judged(const Indicator &i, const QString &text, const QString &align = QStringLiteral("right"),
              bool bold = false)
{
    const QString colour = !i.met ? QString() : (*i.met ? metColour : notMetColour);
    return QStringLiteral("<td align=\"%1\"%2>%3</td>")
        .arg(align, colour.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(colour),
             bold ? QStringLiteral("<b>%1</b>").arg(e(text)) : e(text));
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #888888; font-size: 9pt\">");
}

QString headerRow(const QList<QPair<QString, int>> &columns)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const auto &[title, width] : columns)
        row += QStringLiteral("<th width=\"%1%\" bgcolor=\"%2\" style=\"font-size: 8pt\">%3</th>")
                   .arg(width)
                   .arg(headerColour, e(title));
    return row + QStringLiteral("</tr></thead>");
}

// A part's heading; `part` (from 0) names its anchor, which the contents
// look up for the page the part starts on.
QString heading(const QString &text, bool newPage, int part = -1)
{
    // A table's bottom margin does not push the next paragraph down: an empty line does.
    const QString space = newPage ? QString() : QStringLiteral("<p style=\"font-size: 5pt; margin: 0\">&nbsp;</p>");
    const QString shown = part < 0 ? e(text) : QStringLiteral("<a name=\"part%1\">%2</a>").arg(part).arg(e(text));
    return space + QStringLiteral("<p style=\"font-size: 13pt; margin-top: 6pt; margin-bottom: 6pt;%1\"><b>%2</b></p>")
        .arg(newPage ? QStringLiteral(" page-break-before: always;") : QString(), shown);
}

// The parts of the report, in order: the blocks, the composition, the key
// indicators by municipality, the charts.
QStringList partTitles()
{
    QStringList parts;
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block)
        parts << MonitoringCatalogue::blockTitle(block);
    parts << MonitoringPdf::tr("Composition of the regional methodical active")
          << MonitoringPdf::tr("Key indicators by municipality") << MonitoringPdf::tr("Charts");
    return parts;
}

// The heading of part `part` of partTitles(), on a page of its own.
QString partHeading(int part)
{
    return heading(partTitles().at(part), true, part);
}

QString subheading(const QString &text)
{
    return QStringLiteral("<p style=\"font-size: 11pt; margin-top: 10pt; margin-bottom: 4pt\"><b>%1</b></p>")
        .arg(e(text));
}

QString whereText(const MonitoringReport &report)
{
    if (!report.municipality.isEmpty())
        return report.region.isEmpty() ? report.municipality
                                       : QStringLiteral("%1 (%2)").arg(report.municipality, report.region);
    return report.region.isEmpty() ? MonitoringPdf::tr("The whole region") : report.region;
}

// `pages`: the page each part starts on, once the report has been laid out.
QString titlePage(const MonitoringReport &report, const QList<int> &pages, bool withCharts)
{
    const QString institution = report.institution.isEmpty()
                                    ? MonitoringPdf::tr("Regional centre for continuous professional development "
                                                        "of teachers")
                                    : report.institution;
    QString h = QStringLiteral("<p style=\"margin-top: 150pt\" align=\"center\"><b>%1</b></p>").arg(e(institution));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 20pt; margin-top: 36pt\"><b>%1</b></p>")
             .arg(e(MonitoringPdf::tr("Monitoring of methodical support of teaching staff")));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt; margin-top: 18pt\">%1</p>")
             .arg(e(MonitoringPdf::tr("Academic year %1").arg(report.academicYear)));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt\">%1</p>").arg(e(whereText(report)));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top: 36pt\">%1</p>")
             .arg(e(MonitoringPdf::tr("Compiled on %1")
                        .arg(report.generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))));
    // What follows and on which page, so the reader knows where to look.
    QStringList parts = partTitles();
    if (!withCharts)
        parts.removeLast();
    h += QStringLiteral("<p style=\"margin-top: 60pt\"><b>%1</b></p>"
                        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
             .arg(e(MonitoringPdf::tr("Contents")));
    for (int i = 0; i < parts.size(); ++i)
        h += QStringLiteral("<tr><td width=\"90%\">%1</td><td align=\"right\">%2</td></tr>")
                 .arg(e(parts[i]), i < pages.size() && pages[i] > 0 ? QString::number(pages[i]) : QString());
    return h + QStringLiteral("</table>");
}

QString blockTable(const MonitoringReport &report, int block)
{
    QString rows;
    for (qsizetype n = 0; n < report.indicators.size(); ++n) {
        const Indicator &i = report.indicators[n];
        if (i.block != block)
            continue;
        QString what = e(i.title);
        if (const IndicatorDefinition *d = MonitoringCatalogue::find(i.code))
            what += QStringLiteral("<br><span style=\"font-size: 7.5pt; color: #555555\">%1</span>")
                        .arg(e(MonitoringPdf::tr("Numerator: %1. Denominator: %2.")
                                   .arg(MonitoringCatalogue::numeratorText(*d), MonitoringCatalogue::denominatorText(*d))));
        rows += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td>%5<td align=\"center\">%6</td>%7<td align=\"center\">%8</td>"
                               "</tr>")
                    .arg(MonitoringCatalogue::numberOf(report.indicators, n), what, optionalNumber(i.numerator),
                         optionalNumber(i.denominator), judged(i, MonitoringCatalogue::formatValue(i)), e(MonitoringCatalogue::formatTarget(i)),
                         judged(i, MonitoringCatalogue::formatMet(i), QStringLiteral("center")),
                         e(i.entered ? MonitoringPdf::tr("yes") : QString()));
    }
    if (rows.isEmpty())
        return {};
    return tableStart()
           + headerRow({{QStringLiteral("№"), 5},
                        {MonitoringPdf::tr("Indicator"), 31},
                        {MonitoringPdf::tr("Numerator"), 11},
                        {MonitoringPdf::tr("Denominator"), 12},
                        {MonitoringPdf::tr("Value"), 9},
                        {MonitoringPdf::tr("Target"), 10},
                        {MonitoringPdf::tr("Met"), 12},
                        {MonitoringPdf::tr("Entered by hand"), 10}})
           + rows + QStringLiteral("</table>");
}

QString countsTable(const QString &what, const Counts &counts, qint64 total)
{
    QString h = tableStart()
                + headerRow({{QStringLiteral("№"), 6}, {what, 64}, {MonitoringPdf::tr("Methodists"), 15},
                             {MonitoringPdf::tr("Share"), 15}});
    int n = 0;
    for (const auto &[name, count] : counts)
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td></tr>")
                 .arg(++n)
                 .arg(e(name), number(count), shareText(count, total));
    h += QStringLiteral("<tr><td></td><td><b>%1</b></td><td align=\"right\"><b>%2</b></td>"
                        "<td align=\"right\"><b>%3</b></td></tr>")
             .arg(e(MonitoringPdf::tr("Total")), number(total), shareText(total, total));
    return h + QStringLiteral("</table>");
}

QString composition(const MonitoringReport &report)
{
    const Composition &c = report.composition;
    QString h = partHeading(MonitoringCatalogue::blockCount);
    h += QStringLiteral("<p>%1</p>").arg(e(MonitoringPdf::tr("Active methodists: %1.").arg(number(c.total))));
    h += subheading(MonitoringPdf::tr("By subject")) + countsTable(MonitoringPdf::tr("Subject"), c.bySubject, c.total);
    h += subheading(MonitoringPdf::tr("By municipality"))
         + countsTable(MonitoringPdf::tr("Municipality"), c.byMunicipality, c.total);
    h += subheading(MonitoringPdf::tr("By form of employment"))
         + countsTable(MonitoringPdf::tr("Form of employment"), c.byEmployment, c.total);
    return h;
}

// The codes of the by-municipality table's columns after the teachers' count.
const QStringList &keyCodes()
{
    static const QStringList codes{QStringLiteral("teachers_covered_share"), QStringLiteral("teachers_route_share"),
                                   QStringLiteral("teachers_pk_federal_share"),
                                   QStringLiteral("teachers_per_methodist")};
    return codes;
}

QString keyRow(const QString &position, const QString &name, const QList<Indicator> &indicators, bool bold)
{
    const auto find = [&](const QString &code) -> const Indicator * {
        for (const Indicator &i : indicators)
            if (i.code == code)
                return &i;
        return nullptr;
    };
    const auto b = [bold](const QString &text) { return bold ? QStringLiteral("<b>%1</b>").arg(text) : text; };
    const Indicator *covered = find(keyCodes().first());
    QString row = QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"right\">%3</td>")
                      .arg(position, b(e(name)), b(e(covered ? optionalNumber(covered->denominator) : QString())));
    for (const QString &code : keyCodes()) {
        if (const Indicator *i = find(code))
            row += judged(*i, MonitoringCatalogue::formatValue(*i), QStringLiteral("right"), bold);
        else
            row += QStringLiteral("<td></td>");
    }
    return row + QStringLiteral("</tr>");
}

QString byMunicipality(const MonitoringReport &report)
{
    QString h = partHeading(MonitoringCatalogue::blockCount + 1);
    // The targets, once, above the table.
    QStringList targets;
    for (const QString &code : keyCodes())
        if (const Indicator *i = report.indicator(code); i && i->target)
            targets << QStringLiteral("%1 — %2").arg(i->title, MonitoringCatalogue::formatTarget(*i));
    if (!targets.isEmpty())
        h += QStringLiteral("<p style=\"font-size: 8.5pt\">%1<br>%2</p>")
                 .arg(e(MonitoringPdf::tr("Targets (a green cell meets its target, a red one does not):")),
                      e(targets.join(QStringLiteral("; "))));
    h += tableStart()
         + headerRow({{QStringLiteral("№"), 5},
                      {MonitoringPdf::tr("Municipality"), 35},
                      {MonitoringPdf::tr("Teachers"), 11},
                      {MonitoringPdf::tr("Assigned to a methodist"), 12},
                      {MonitoringPdf::tr("Following a route"), 12},
                      {MonitoringPdf::tr("Federal-registry professional development"), 13},
                      {MonitoringPdf::tr("Teachers per methodist"), 12}});
    int n = 0;
    for (const MunicipalityIndicators &m : report.byMunicipality)
        h += keyRow(QString::number(++n), m.municipality, m.indicators, false);
    if (report.municipalityId == 0)
        h += keyRow(QString(), report.region.isEmpty() ? MonitoringPdf::tr("Region") : report.region,
                    report.indicators, true);
    return h + QStringLiteral("</table>");
}

QString marker(int index)
{
    return QStringLiteral("@@chart%1@@").arg(index);
}

// Charts in the flow of the text: each takes the width of the page and half
// its height (a long bar chart the whole page), so they go one or two a page.
QString chartsSection(const QList<ChartSpec> &charts)
{
    QString h = partHeading(MonitoringCatalogue::blockCount + 2);
    for (int i = 0; i < charts.size(); ++i)
        h += QStringLiteral("<p align=\"center\" style=\"margin-top: 0; margin-bottom: 0\">%1</p>").arg(marker(i));
    return h;
}

// Draws the chart objects of the document through the ChartPainter.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const QList<ChartSpec> &charts, const ChartPainter &painter) : m_charts(charts), m_painter(painter) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {format.doubleProperty(chartWidthProperty), format.doubleProperty(chartHeightProperty)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(chartIndexProperty);
        if (index >= 0 && index < m_charts.size())
            m_painter.paint(m_charts[index], *painter, rect);
    }

private:
    const QList<ChartSpec> &m_charts;
    const ChartPainter &m_painter;
};

// Puts the charts where their markers are, sized for the page.
void placeCharts(QTextDocument &doc, const QList<ChartSpec> &charts, const QSizeF &body)
{
    for (int i = 0; i < charts.size(); ++i) {
        QTextCursor cursor = doc.find(marker(i));
        if (cursor.isNull())
            continue;
        const ChartSpec &chart = charts[i];
        double height = body.height() * 0.45;
        if (chart.kind == ChartSpec::Kind::HorizontalBars) {
            // About 6 mm a bar, and room for the title and the axis; 9 mm
            // when a name is long and 14 mm for a sentence (an indicator's
            // title), so that it wraps beside its bar instead of being cut
            // («Городской округ «Город Ка…»).
            const double mm = resolution / 25.4;
            qsizetype longest = 0;
            for (const QString &name : chart.categories)
                longest = std::max(longest, name.size());
            const double perBar = longest > 60 ? 14.0 : (longest > 26 ? 9.0 : 6.0);
            const double wanted = (double(chart.categories.size() * chart.series.size()) * perBar + 40) * mm;
            height = std::clamp(wanted, height, body.height() * 0.95);
        }
        QTextCharFormat format;
        format.setObjectType(chartObjectType);
        format.setProperty(chartIndexProperty, i);
        format.setProperty(chartWidthProperty, body.width() * 0.98);
        format.setProperty(chartHeightProperty, height);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QString html(const MonitoringReport &report, bool withCharts, const QList<ChartSpec> &charts,
             const QList<int> &pages = {})
{
    QString h = QStringLiteral("<html><body>");
    h += titlePage(report, pages, withCharts && !charts.isEmpty());
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block) {
        h += heading(MonitoringCatalogue::blockTitle(block), block == 1, block - 1);
        const QString table = blockTable(report, block);
        h += table.isEmpty() ? QStringLiteral("<p>%1</p>").arg(e(MonitoringPdf::tr("No indicators."))) : table;
    }
    h += QStringLiteral("<p style=\"font-size: 8.5pt; margin-top: 8pt\">%1</p>")
             .arg(e(MonitoringPdf::tr("«—»: nothing to count (the denominator is zero or no value was entered). "
                                      "Values entered by hand are summed over the municipalities for the region.")));
    h += composition(report);
    h += byMunicipality(report);
    if (withCharts && !charts.isEmpty())
        h += chartsSection(charts);
    return h + QStringLiteral("</body></html>");
}

bool render(const MonitoringReport &report, const QList<ChartSpec> &charts, const ChartPainter *chartPainter,
            QPdfWriter &writer)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double dpi = writer.resolution();
    const auto mm = [dpi](double value) { return value * dpi / 25.4; };
    const QRectF paper = writer.pageLayout().fullRectPixels(int(dpi));
    const QRectF body = paper.adjusted(mm(marginsMm.left()), mm(marginsMm.top()), -mm(marginsMm.right()),
                                       -mm(marginsMm.bottom()));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Arial"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    std::unique_ptr<ChartObject> objects;
    if (chartPainter) {
        objects = std::make_unique<ChartObject>(charts, *chartPainter);
        doc.documentLayout()->registerHandler(chartObjectType, objects.get());
    }
    const auto setHtml = [&](const QString &text) {
        doc.setHtml(text);
        if (chartPainter)
            placeCharts(doc, charts, body.size());
        doc.setPageSize(body.size());
    };
    doc.setPageSize(body.size());
    // No table row is cut by a page break: the table goes on on the next page.
    const auto layOut = [&](const QList<int> &partPages) {
        TextDocumentPdf::keepTableRowsWhole(doc, html(report, chartPainter != nullptr, charts, partPages), setHtml);
    };
    layOut({});
    // The page each part starts on, for the contents; the numbers take the
    // place of empty cells, so the pages stay as they are.
    QList<int> partPages(partTitles().size(), 0);
    doc.pageCount(); // the whole document laid out, not only as far as asked
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames())
                if (name.startsWith(QLatin1StringView("part"))) {
                    const int part = name.mid(4).toInt();
                    if (part >= 0 && part < partPages.size() && partPages[part] == 0) {
                        // Where its first line stands: a page break moves the line, not the block.
                        double top = doc.documentLayout()->blockBoundingRect(block).top();
                        if (block.layout() && block.layout()->lineCount() > 0)
                            top += block.layout()->lineAt(0).y();
                        partPages[part] = 1 + int(top / body.height() + 1e-3); // 0.999999 of a page is the next
                    }
                }
    layOut(partPages);
    const int pages = doc.pageCount();

    QFont small = font;
    small.setPointSizeF(8);
    const QString running = MonitoringPdf::tr("Monitoring of methodical support, %1; %2")
                                .arg(report.academicYear, whereText(report));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        TextDocumentPdf::drawPage(painter, doc, body, p);
        if (p == 0)
            continue; // the title page has neither a running head nor a number
        painter.setFont(small);
        painter.setPen(QColor(0x555555));
        const QRectF head(body.left(), paper.top(), body.width(), body.top() - paper.top() - mm(3));
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, running);
        painter.drawLine(QPointF(body.left(), body.top() - mm(2)), QPointF(body.right(), body.top() - mm(2)));
        const QRectF foot(body.left(), body.bottom(), body.width(), paper.bottom() - body.bottom());
        painter.drawText(foot, Qt::AlignCenter, MonitoringPdf::tr("%1 of %2").arg(p + 1).arg(pages));
    }
    return painter.end();
}

} // namespace

Status MonitoringPdf::write(const MonitoringReport &report, const QList<ChartSpec> &charts, const ChartPainter *painter,
                            const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot create the file «%1»: %2").arg(path, file.errorString()));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(tr("Monitoring of methodical support of teaching staff, %1").arg(report.academicYear));
        writer.setCreator(QCoreApplication::applicationName());
        painted = render(report, charts, painter, writer);
    }
    if (!painted) {
        file.cancelWriting();
        return Status::failure(tr("Cannot write the file «%1»: the PDF could not be drawn.").arg(path));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write the file «%1»: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace metodist

#include "MonitoringPdf.moc"
