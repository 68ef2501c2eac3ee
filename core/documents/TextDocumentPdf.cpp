#include "documents/TextDocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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
    doc.setHtml(html);
    doc.setPageSize(body.size());
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
