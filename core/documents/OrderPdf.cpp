#include "documents/OrderPdf.h"

#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace metodist {

namespace {

constexpr double paragraphIndentMm = 12.5; // the first-line indent of office documents
constexpr double cellPaddingYMm = 0.5;

// A text set into lines, the first line at y = 0. Everything is in the
// device's pixels: the fonts are resolved for the device.
struct Text
{
    std::shared_ptr<QTextLayout> layout;
    double height = 0;
};

Text setText(const QString &text, const QFont &font, double width, Qt::Alignment align, double firstIndent,
             const QPaintDevice *device)
{
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const double indent = layout->lineCount() == 1 ? firstIndent : 0;
        line.setLeadingIncluded(true); // as word processors space single lines
        line.setLineWidth(std::max(1.0, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height();
    }
    layout->endLayout();
    return {layout, y};
}

struct Style
{
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft;
    double firstIndentMm = 0;
    double leftShare = 0;     // of the text width, left empty (the appendix heading block)
    double sizeDelta = 0;     // points over the layout's size
    double letterSpacingPt = 0;
};

// The page flow: where the next line goes, page breaks, page numbers.
class Sheet
{
public:
    Sheet(QPainter &painter, QPagedPaintDevice *device, const OrderLayout &layout)
        : m_painter(painter), m_device(device), m_layout(layout), m_dpi(device->logicalDpiY())
    {
        // The painter's origin is the corner of the device's printable area;
        // the layout's margins count from the paper's edge.
        const QPageLayout page = device->pageLayout();
        const QRectF paper = page.fullRectPixels(device->logicalDpiX());
        const QRectF paint = page.paintRectPixels(device->logicalDpiX());
        m_paper = paper.translated(-paint.topLeft());
        m_body = m_paper.adjusted(mm(layout.marginLeftMm), mm(layout.marginTopMm), -mm(layout.marginRightMm),
                                  -mm(layout.marginBottomMm));
        m_y = m_body.top();
        if (!layout.pageNumbersFromSecondPage)
            drawPageNumber();
    }

    double mm(double value) const { return value * m_dpi / 25.4; }
    double pt(double value) const { return value * m_dpi / 72.0; }
    QPainter &painter() { return m_painter; }
    const QPaintDevice *device() const { return m_device; }
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    bool fits(double height) const { return m_y + height <= m_body.bottom() + 0.5; }
    bool atTop() const { return m_y <= m_body.top(); }

    QFont font(double sizePt, bool bold = false) const
    {
        QFont font(m_layout.fontFamily);
        font.setStyleHint(QFont::Serif);
        font.setHintingPreference(QFont::PreferNoHinting); // the same line breaks at any resolution
        font.setPointSizeF(sizePt);
        font.setBold(bold);
        return font;
    }

    void newPage()
    {
        m_device->newPage();
        ++m_page;
        m_y = m_body.top();
        drawPageNumber();
    }

    // An empty line of the body text, as offices separate the parts of an order.
    void skipLine(double factor = 1.0)
    {
        m_y += QFontMetricsF(font(m_layout.fontSize), m_device).lineSpacing() * factor;
    }

    void paragraph(const QString &text, const Style &style)
    {
        QFont f = font(m_layout.fontSize + style.sizeDelta, style.bold);
        if (style.letterSpacingPt > 0)
            setLetterSpacing(f, pt(style.letterSpacingPt));
        const double left = m_body.width() * style.leftShare;
        const Text set = setText(OrderDocument::printable(text), f, m_body.width() - left, style.align,
                                 mm(style.firstIndentMm), m_device);
        // Line by line, so that a long paragraph flows on to the next page.
        double origin = m_y;
        for (int i = 0; i < set.layout->lineCount(); ++i) {
            const QTextLine line = set.layout->lineAt(i);
            if (origin + line.y() + line.height() > m_body.bottom() && origin + line.y() > m_body.top()) {
                newPage();
                origin = m_y - line.y();
            }
            line.draw(&m_painter, QPointF(m_body.left() + left, origin));
        }
        m_y = origin + set.height;
    }

    // Two texts side by side: the date and the number, the position and the
    // name of the signatory. The right one is right-aligned; with bottom
    // alignment the name stands on the last line of a long position.
    void pair(const QString &left, const QString &right, double leftShare, bool bottom)
    {
        const QFont f = font(m_layout.fontSize);
        const double leftWidth = m_body.width() * leftShare;
        const double rightWidth = m_body.width() - leftWidth;
        const Text l = setText(OrderDocument::printable(left), f, leftWidth, Qt::AlignLeft, 0, m_device);
        const Text r = setText(OrderDocument::printable(right), f, rightWidth, Qt::AlignRight, 0, m_device);
        const double height = std::max(l.height, r.height);
        if (!fits(height) && !atTop())
            newPage();
        l.layout->draw(&m_painter, QPointF(m_body.left(), m_y + (bottom ? height - l.height : 0)));
        r.layout->draw(&m_painter, QPointF(m_body.left() + leftWidth, m_y + (bottom ? height - r.height : 0)));
        m_y += height;
    }

private:
    // Qt scales "absolute" letter spacing by the device's resolution over the
    // screen's: measure what one unit adds on this device.
    void setLetterSpacing(QFont &font, double pixels) const
    {
        QFont probe = font;
        probe.setLetterSpacing(QFont::AbsoluteSpacing, 100);
        const QString sample = QStringLiteral("ПП");
        const double per100 = (QFontMetricsF(probe, m_device).horizontalAdvance(sample)
                               - QFontMetricsF(font, m_device).horizontalAdvance(sample))
                              / double(sample.size());
        if (per100 > 0)
            font.setLetterSpacing(QFont::AbsoluteSpacing, 100 * pixels / per100);
    }

    void drawPageNumber()
    {
        m_painter.save();
        m_painter.setFont(font(m_layout.fontSize));
        m_painter.setPen(Qt::black);
        const QRectF margin(m_body.left(), m_paper.top(), m_body.width(), m_body.top() - m_paper.top());
        m_painter.drawText(margin, Qt::AlignCenter, QString::number(m_page));
        m_painter.restore();
    }

    QPainter &m_painter;
    QPagedPaintDevice *m_device;
    const OrderLayout &m_layout;
    double m_dpi;
    QRectF m_paper;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};

// The appendix list: a ruled table whose header row repeats on every page;
// each methodist's teachers open with a row across the table naming the
// methodist (repeated, «(продолжение)», at the top of a page the group goes
// on to), then one line a teacher.
class AppendixTable
{
public:
    AppendixTable(Sheet &sheet, const OrderLayout &layout, const OrderDocument &doc)
        : m_sheet(sheet), m_font(sheet.font(layout.tableFontSize)),
          m_bold(sheet.font(layout.tableFontSize - 1, true)), // the header's words fit their columns
          m_groupFont(sheet.font(layout.tableFontSize, true)),
          m_padX(sheet.mm(appendixCellPaddingXMm)), m_padY(sheet.mm(cellPaddingYMm)),
          m_columns(doc.appendixColumns(layout))
    {
        double x = sheet.body().left();
        for (const OrderColumn &column : m_columns) {
            m_x << x;
            x += column.share * sheet.body().width();
        }
        m_x << sheet.body().right();
        for (int c = 0; c < m_columns.size(); ++c) {
            m_header << fitText(m_columns[c].title, m_bold, width(c), Qt::AlignHCenter);
            m_headerHeight = std::max(m_headerHeight, m_header.last().height + 2 * m_padY);
        }
    }

    void draw(const QList<OrderMethodistGroup> &groups)
    {
        QPainter &p = m_sheet.painter();
        p.save();
        p.setPen(QPen(Qt::black, m_sheet.pt(0.5)));
        if (!m_sheet.fits(m_headerHeight * 3))
            m_sheet.newPage();
        drawHeader();
        int number = 0;
        for (const OrderMethodistGroup &group : groups) {
            bool opened = false; // the group's row is on this page
            for (qsizetype t = 0; t < group.teachers.size(); ++t) {
                const OrderTeacherLine &teacher = group.teachers[t];
                const Text cells[] = {cell(0, QString::number(++number), true), cell(1, teacher.teacherName, true),
                                      cell(2, OrderDocument::organisationText(group, teacher), false)};
                double height = 0;
                for (const Text &text : cells)
                    height = std::max(height, text.height + 2 * m_padY);
                const Text heading = opened ? Text() : groupText(OrderDocument::groupHeading(group, t > 0));
                const double headingHeight = opened ? 0 : heading.height + 2 * m_padY;
                if (m_sheet.y() + headingHeight + height > m_sheet.body().bottom() + 0.5
                    && m_sheet.y() > m_pageTop + 0.5) {
                    m_sheet.newPage();
                    drawHeader();
                    if (opened) {
                        opened = false;
                        --number;
                        --t; // this teacher again, under the group's row on the new page
                        continue;
                    }
                }
                if (!opened) {
                    drawGroupRow(heading, headingHeight);
                    opened = true;
                }
                const double top = m_sheet.y();
                for (int c = 0; c < 3; ++c)
                    cells[c].layout->draw(&p, QPointF(m_x[c] + m_padX, top + m_padY));
                for (double x : m_x)
                    p.drawLine(QPointF(x, top), QPointF(x, top + height));
                p.drawLine(QPointF(m_x.first(), top + height), QPointF(m_x.last(), top + height));
                m_sheet.setY(top + height);
            }
        }
        p.restore();
    }

private:
    double width(int column) const { return m_x[column + 1] - m_x[column] - 2 * m_padX; }

    // A word wider than its cell would break in the middle: the cell's font
    // shrinks instead, to ¾ at most.
    Text fitText(const QString &text, const QFont &font, double width, Qt::Alignment align) const
    {
        const QFontMetricsF metrics(font, m_sheet.device());
        double widest = 0;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        if (widest <= width)
            return setText(text, font, width, align, 0, m_sheet.device());
        QFont smaller = font;
        smaller.setPointSizeF(font.pointSizeF() * std::max(0.75, 0.99 * width / widest));
        return setText(text, smaller, width, align, 0, m_sheet.device());
    }

    Text groupText(const QString &text) const
    {
        return setText(text, m_groupFont, m_x.last() - m_x.first() - 2 * m_padX, Qt::AlignLeft, 0,
                       m_sheet.device());
    }

    // Organisations repeat across thousands of rows: they are set once.
    Text cell(int column, const QString &text, bool unique)
    {
        const Qt::Alignment align = column == 0 ? Qt::AlignHCenter : Qt::AlignLeft;
        if (unique)
            return fitText(OrderDocument::printable(text), m_font, width(column), align);
        auto &cache = m_cache[column];
        auto found = cache.constFind(text);
        if (found != cache.constEnd())
            return *found;
        if (cache.size() > 4096)
            cache.clear();
        return *cache.insert(text, fitText(OrderDocument::printable(text), m_font, width(column), align));
    }

    void drawHeader()
    {
        QPainter &p = m_sheet.painter();
        const double top = m_sheet.y();
        const double bottom = top + m_headerHeight;
        for (int c = 0; c < m_header.size(); ++c) {
            const double offset = (m_headerHeight - m_header[c].height) / 2; // centred both ways
            m_header[c].layout->draw(&p, QPointF(m_x[c] + m_padX, top + offset));
        }
        p.drawLine(QPointF(m_x.first(), top), QPointF(m_x.last(), top));
        for (double x : m_x)
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
        p.drawLine(QPointF(m_x.first(), bottom), QPointF(m_x.last(), bottom));
        m_sheet.setY(bottom);
        m_pageTop = bottom;
    }

    // The methodist's row, across the table.
    void drawGroupRow(const Text &heading, double height)
    {
        QPainter &p = m_sheet.painter();
        const double top = m_sheet.y();
        heading.layout->draw(&p, QPointF(m_x.first() + m_padX, top + m_padY));
        p.drawLine(QPointF(m_x.first(), top), QPointF(m_x.first(), top + height));
        p.drawLine(QPointF(m_x.last(), top), QPointF(m_x.last(), top + height));
        p.drawLine(QPointF(m_x.first(), top + height), QPointF(m_x.last(), top + height));
        m_sheet.setY(top + height);
    }

    Sheet &m_sheet;
    QFont m_font;
    QFont m_bold;
    QFont m_groupFont;
    double m_padX;
    double m_padY;
    QList<OrderColumn> m_columns;
    QList<double> m_x;
    QList<Text> m_header;
    double m_headerHeight = 0;
    double m_pageTop = 0;
    QHash<QString, Text> m_cache[3];
};

bool render(const OrderDocument &doc, const OrderLayout &layout, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::TextAntialiasing);
    Sheet sheet(painter, device, layout);
    const Style centredBold{.bold = true, .align = Qt::AlignHCenter};
    const Style justified{.align = Qt::AlignJustify, .firstIndentMm = paragraphIndentMm};

    if (!doc.institution.isEmpty()) {
        sheet.paragraph(doc.institution, centredBold);
        sheet.skipLine();
    }
    sheet.paragraph(OrderDocument::orderWord(),
                    Style{.bold = true, .align = Qt::AlignHCenter, .sizeDelta = 2, .letterSpacingPt = 4});
    sheet.skipLine();
    sheet.pair(doc.dateText(), doc.numberText(), 0.5, false);
    if (!doc.place.isEmpty())
        sheet.paragraph(doc.place, Style{.align = Qt::AlignHCenter});
    sheet.skipLine();
    if (!doc.title.isEmpty()) {
        sheet.paragraph(doc.title, centredBold);
        sheet.skipLine();
    }
    for (const QString &part : OrderDocument::paragraphs(doc.preamble))
        sheet.paragraph(part, justified);
    sheet.paragraph(OrderDocument::orderingWord(), Style{});
    for (int i = 0; i < doc.items.size(); ++i) {
        const QStringList parts = OrderDocument::paragraphs(doc.items[i]);
        for (int k = 0; k < parts.size(); ++k)
            sheet.paragraph(k == 0 ? QStringLiteral("%1. %2").arg(i + 1).arg(parts[k]) : parts[k], justified);
    }
    sheet.skipLine(2);
    sheet.pair(doc.signatoryPosition, doc.signatoryName, 0.6, true);

    if (!doc.appendix.isEmpty()) {
        sheet.newPage();
        sheet.paragraph(doc.appendixHeading(), Style{.leftShare = 0.5});
        sheet.skipLine();
        if (!doc.appendixTitle.isEmpty()) {
            sheet.paragraph(doc.appendixTitle, centredBold);
            sheet.skipLine(0.5);
        }
        AppendixTable(sheet, layout, doc).draw(doc.appendix);
    }
    return painter.end();
}

} // namespace

void OrderPdf::paint(const OrderDocument &doc, const OrderLayout &layout, QPagedPaintDevice *device)
{
    render(doc, layout, device);
}

Status OrderPdf::write(const OrderDocument &doc, const OrderLayout &layout, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot create the file «%1»: %2").arg(path, file.errorString()));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(OrderDocument::printable(doc.title));
        writer.setCreator(QCoreApplication::applicationName());
        painted = render(doc, layout, &writer);
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
