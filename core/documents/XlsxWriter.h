#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QVariantList>

namespace metodist {

struct XlsxColumn
{
    QString title;
    double width = 0;   // 0: from the content, capped
    bool text = true;   // always a text cell, even when it looks like a number (СНИЛС)
};

// One table on one sheet with libxlsxwriter: bold frozen header with an
// autofilter, column widths set, numbers as numbers, dates as dates.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    static Status writeTable(const QString &path, const QString &sheetName, const QList<XlsxColumn> &columns,
                             const QList<QVariantList> &rows);
};

} // namespace metodist
