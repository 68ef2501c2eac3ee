#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace metodist {

// The order and its appendix as PDF.
class OrderPdf
{
    Q_DECLARE_TR_FUNCTIONS(OrderPdf)

public:
    static void paint(const OrderDocument &document, const OrderLayout &layout, QPagedPaintDevice *device);
    static Status write(const OrderDocument &document, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
