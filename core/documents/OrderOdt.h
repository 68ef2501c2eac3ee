#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace metodist {

// The order and its appendix as ODT.
class OrderOdt
{
    Q_DECLARE_TR_FUNCTIONS(OrderOdt)

public:

    static Status write(const OrderDocument &document, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
