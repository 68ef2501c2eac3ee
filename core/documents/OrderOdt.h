#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"

#include <QCoreApplication>

namespace metodist {

// The order as an OpenDocument text (.odt) for LibreOffice and МойОфис: the
// first page on a master page without a header, the following ones with the
// page number centred in the header; the appendix on its own page as a table
// whose header row repeats and whose methodist cells span the group's rows.
class OrderOdt
{
    Q_DECLARE_TR_FUNCTIONS(OrderOdt)

public:
    static Status write(const OrderDocument &doc, const OrderLayout &layout, const QString &path);
};

} // namespace metodist
