#include "documents/TextDocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <optional>

namespace metodist {

namespace {

bool render(const QString &html, const TextDocumentPdf::Page &page, QPdfWriter &writer)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const double dpi = writer.resolution();
    const auto mm = [dpi](double value) { return value * dpi / 25.4; };
    // The painter's origin is the paper's corner: the writer has no margins.
    const QRectF paper = writer.pageLayout().fullRectPixels(int(dpi));
    const QMarginsF &m = page.marginsMm;
    const QRectF body = paper.adjusted(mm(m.left()), mm(m.top()), -mm(m.right()), -mm(m.bottom()));

    QTextDocument doc;
    // Fonts resolve for the writer, so point sizes come out right on paper.
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(page.fontFamily);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(page.fontSizePt);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    TextDocumentPdf::keepTableRowsWhole(doc, html, [&doc](const QString &text) { doc.setHtml(text); });
    const int pages = doc.pageCount();

    QFont numberFont = font;
    numberFont.setPointSizeF(page.fontSizePt - 2);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        TextDocumentPdf::drawPage(painter, doc, body, p);
        if (pages > 1) {
            painter.setFont(numberFont);
            const QRectF foot(body.left(), body.bottom(), body.width(), paper.bottom() - body.bottom());
            painter.drawText(foot, Qt::AlignCenter, QString::number(p + 1));
        }
    }
    return painter.end();
}

} // namespace

void TextDocumentPdf::drawPage(QPainter &painter, QTextDocument &document, const QRectF &body, int page)
{
    painter.save();
    painter.translate(body.left(), body.top() - page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // A line the layout put a hair above a page break (0.999999 of a page)
    // belongs to the next page: drawn here too, clipped to nothing, its text
    // would be in this page's PDF text as well.
    context.clip = clip.adjusted(0, 0, 0, -1);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

namespace {

struct RowCut
{
    int table = 0; // the table's number in the document, from 0
    int row = 0;
};

// The tables of a frame and of the frames in it, in document order.
void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        collectTables(child, tables);
    }
}

// The first table row (not a header row) that starts on one page and ends on
// the next; rows taller than half a page are left to break.
std::optional<RowCut> firstCutRow(QTextDocument &document)
{
    const double page = document.pageSize().height();
    if (page <= 0)
        return {};
    document.pageCount(); // laid out to the end
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    for (int t = 0; t < tables.size(); ++t) {
        QTextTable *table = tables[t];
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            double top = 1e300;
            double bottom = -1e300;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid())
                        continue;
                    const QRectF box = layout->blockBoundingRect(block);
                    top = std::min(top, box.top());
                    bottom = std::max(bottom, box.bottom());
                }
            }
            if (top > bottom || bottom - top > page / 2)
                continue;
            // 0.999999 of a page is the next page, as the drawing has it.
            if (int(top / page + 1e-6) != int(bottom / page - 1e-6))
                return RowCut{t, r};
        }
    }
    return {};
}

// Position of the `n`-th (from 0) match of `what` in `text` from `from`; -1 if none.
qsizetype nth(const QString &text, const QRegularExpression &what, int n, qsizetype from = 0)
{
    QRegularExpressionMatch match;
    qsizetype at = from;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(what, at, &match);
        if (at < 0)
            return -1;
        if (i < n)
            at += match.capturedLength();
    }
    return at;
}

// An element's start tag with «page-break-before: always» in its style.
QString withPageBreak(QString tag)
{
    static const QRegularExpression styleAttribute(QStringLiteral("style=\"([^\"]*)\""));
    if (tag.contains(styleAttribute))
        return tag.replace(styleAttribute, QStringLiteral("style=\"page-break-before: always; \\1\""));
    return tag.insert(tag.size() - 1, QStringLiteral(" style=\"page-break-before: always\""));
}

// The HTML with the table cut before the row: «</table>», the table's start
// tag with a page break before it, its header rows, then the row.
std::optional<QString> cutTable(const QString &html, const RowCut &cut, int headerRows)
{
    static const QRegularExpression tableStart(QStringLiteral("<table\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rowStart(QStringLiteral("<tr\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rowEnd(QStringLiteral("</tr\\s*>"), QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch open;
    const qsizetype tableAt = nth(html, tableStart, cut.table);
    if (tableAt < 0)
        return {};
    html.indexOf(tableStart, tableAt, &open);
    const qsizetype tableEnd = html.indexOf(QStringLiteral("</table>"), tableAt, Qt::CaseInsensitive);
    const qsizetype rowAt = nth(html, rowStart, cut.row, tableAt);
    if (rowAt < 0 || (tableEnd >= 0 && rowAt > tableEnd))
        return {};
    static const QRegularExpression breakBefore(QStringLiteral("page-break-before"));
    if (cut.row <= headerRows) {
        // The table's first row: the table moves, and with it the paragraph
        // just before it (its heading), unless that is further back.
        static const QRegularExpression paragraphStart(QStringLiteral("<p\\b[^>]*>"),
                                                       QRegularExpression::CaseInsensitiveOption);
        const qsizetype paragraphAt = html.lastIndexOf(paragraphStart, tableAt);
        const qsizetype paragraphEnd = paragraphAt < 0 ? -1 : html.indexOf(QStringLiteral("</p>"), paragraphAt);
        const bool caption = paragraphEnd >= 0 && paragraphEnd < tableAt
                             && html.mid(paragraphEnd + 4, tableAt - paragraphEnd - 4).trimmed().isEmpty();
        const qsizetype at = caption ? paragraphAt : tableAt;
        QRegularExpressionMatch tag;
        html.indexOf(caption ? paragraphStart : tableStart, at, &tag);
        if (tag.captured(0).contains(breakBefore))
            return {}; // already starts a page
        return html.left(at) + withPageBreak(tag.captured(0)) + html.mid(at + tag.capturedLength());
    }
    QString header;
    if (headerRows > 0) {
        const qsizetype first = nth(html, rowStart, 0, tableAt);
        const qsizetype lastStart = nth(html, rowStart, headerRows - 1, tableAt);
        QRegularExpressionMatch end;
        const qsizetype lastEnd = html.indexOf(rowEnd, lastStart, &end);
        if (first < 0 || lastEnd < 0 || lastEnd > rowAt)
            return {};
        header = QStringLiteral("<thead>") + html.mid(first, lastEnd + end.capturedLength() - first)
                 + QStringLiteral("</thead>");
    }
    // A cut inside <tbody> closes and reopens it; Qt reads either way.
    return html.left(rowAt) + QStringLiteral("</table>") + withPageBreak(open.captured(0)) + header + html.mid(rowAt);
}

} // namespace

QString TextDocumentPdf::keepTableRowsWhole(QTextDocument &document, const QString &html,
                                            const std::function<void(const QString &)> &setHtml)
{
    QString text = html;
    setHtml(text);
    // Each cut moves the rest of the document on; the row cut then starts a
    // page, as the first row of a new table (a table's first row: of the
    // same table). Cuts go forward through the document: one that would cut
    // the same row again ends the work.
    std::optional<RowCut> moved;
    for (;;) {
        const std::optional<RowCut> cut = firstCutRow(document);
        if (!cut)
            break;
        if (moved && (cut->table < moved->table || (cut->table == moved->table && cut->row <= moved->row)))
            break;
        QList<QTextTable *> tables;
        collectTables(document.rootFrame(), tables);
        const int header = tables[cut->table]->format().headerRowCount();
        const std::optional<QString> next = cutTable(text, *cut, header);
        if (!next)
            break; // the HTML does not have the table the layout has: left as it is
        moved = cut->row <= header ? *cut : RowCut{cut->table + 1, header};
        text = *next;
        setHtml(text);
    }
    return text;
}

namespace {

bool isRussianVowel(QChar c)
{
    return QStringLiteral("аеёиоуыэюяАЕЁИОУЫЭЮЯ").contains(c);
}

// ь, ъ and й never start a syllable.
bool isSign(QChar c)
{
    return QStringLiteral("ьъйЬЪЙ").contains(c);
}

bool isRussianLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451;
}

// Where a Russian word may break, by the simple school rules: between
// syllables (before a consonant that starts a syllable), never leaving a
// single letter on a line, never before ь, ъ or й, never in a word of fewer
// than seven letters.
QString hyphenateWord(const QString &word)
{
    if (word.size() < 7)
        return word;
    QString result;
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Before a consonant followed by a vowel, after a vowel (ме-то) or
        // after a consonant that follows a vowel (чес-ки): each part keeps
        // a vowel of its own.
        if (i >= 2 && n - i >= 2 && !isRussianVowel(word[i]) && !isSign(word[i]) && isRussianVowel(word[i + 1])
            && (isRussianVowel(word[i - 1]) || (!isSign(word[i - 1]) && isRussianVowel(word[i - 2]))))
            result += QChar(0x00AD);
        result += word[i];
    }
    return result;
}

} // namespace

QString TextDocumentPdf::hyphenated(const QString &text)
{
    QString result;
    QString word;
    for (const QChar c : text) {
        if (isRussianLetter(c)) {
            word += c;
            continue;
        }
        result += hyphenateWord(word) + c;
        word.clear();
    }
    return result + hyphenateWord(word);
}

QString TextDocumentPdf::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

Status TextDocumentPdf::write(const QString &html, const QString &title, const Page &page, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot create the file «%1»: %2").arg(path, file.errorString()));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), page.orientation, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        painted = render(html, page, writer);
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
