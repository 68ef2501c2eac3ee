#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

namespace metodist {

// The order as a Word document (.docx, WordprocessingML) for offices that
// edit it before signing: A4 with the layout's margins and font, the page
// number centred in the header from page 2, and the appendix on its own page
// as a table whose header row repeats and whose methodist cells are merged.
class OrderDocx
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocx)

public:
    static Status write(const OrderDocument &doc, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
