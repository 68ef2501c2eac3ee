#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// CSV the way Russian Excel opens it without a wizard: UTF-8 with BOM, ';'
// between fields, CRLF line ends. Text that a spreadsheet would run as a
// formula is neutralised.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // One row without line end or BOM, for writers that stream.
    static QString line(const QStringList &row);
    static QByteArray encode(const QList<QStringList> &rows);
    static Status write(const QString &path, const QList<QStringList> &rows);
};

} // namespace metodist
