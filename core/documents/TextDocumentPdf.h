#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>

#include <functional>

class QPainter;
class QRectF;
class QTextDocument;

namespace metodist {

// Short printed documents (a roadmap, a route) written as HTML and laid out
// by QTextDocument on A4 pages, numbered at the foot. Fine for tens of table
// rows; a long list (an order's appendix) needs OrderPdf's row-by-row drawing.
class TextDocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(TextDocumentPdf)

public:
    struct Page
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QMarginsF marginsMm{25, 15, 15, 15}; // left, top, right, bottom, as office papers
        QString fontFamily = QStringLiteral("Times New Roman");
        double fontSizePt = 12;
    };

    static Status write(const QString &html, const QString &title, const Page &page, const QString &path);
    // Draws page `page` (from 0) of a document laid out with the body's size
    // as its page size into the body rectangle of the current page.
    static void drawPage(QPainter &painter, QTextDocument &document, const QRectF &body, int page);
    // Table rows kept whole: QTextDocument breaks a row line by line across
    // pages (a table row's first lines on one page, the rest on the next).
    // `setHtml` lays the document out from the HTML it is given; this finds
    // the rows a page break cuts (rows taller than half a page excepted), and
    // splits the table before each: the rest of the table starts the next
    // page with its header rows again. Returns the HTML finally laid out.
    static QString keepTableRowsWhole(QTextDocument &document, const QString &html,
                                      const std::function<void(const QString &)> &setHtml);
    // Table cells and headings the same way in every such document.
    static QString escaped(const QString &text); // HTML-escaped, line breaks kept
    // Soft hyphens in long Russian words, so that a narrow table cell breaks
    // «методи-ческие» with a hyphen instead of splitting a word bare.
    static QString hyphenated(const QString &text);
};

} // namespace metodist
