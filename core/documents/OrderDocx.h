#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace metodist {

// The order and its appendix as DOCX.
class OrderDocx
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocx)

public:

    static Status write(const OrderDocument &document, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
