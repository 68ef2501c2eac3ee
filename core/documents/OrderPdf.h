#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace metodist {

// The order and its appendix on paper: PDF, print and print preview.
//
// Text is set line by line with QTextLayout, and the appendix table is drawn
// row by row: QTextDocument's table layout grows quadratically with the rows
// (3 000 rows took 7–18 s), and a regional appendix has over 13 000.
class OrderPdf
{
    Q_DECLARE_TR_FUNCTIONS(OrderPdf)

public:
    // Paints on any paged device (QPdfWriter, a QPrinter for printing or its
    // preview) that no painter is active on. The device keeps its paper size
    // (write() chooses A4); the layout's margins are measured from the paper's
    // edge whatever margins the device has.
    static void paint(const OrderDocument &doc, const OrderLayout &layout, QPagedPaintDevice *device);
    // A4 at 300 dpi, with the order's title and the program as the PDF's metadata.
    static Status write(const OrderDocument &doc, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
