#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// Reads the cells of an Excel workbook (.xlsx, as Excel and LibreOffice write
// it): shared and inline strings, numbers (integers without ".0"), booleans.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<QStringList> sheetNames(const QString &path);
    // Row i is the spreadsheet's row i + 1; missing cells are empty strings.
    static Result<QList<QStringList>> readSheet(const QString &path, const QString &sheetName = {});
    // One part of the zip container, e.g. "xl/worksheets/sheet1.xml".
    static Result<QByteArray> readPart(const QString &path, const QString &part);
};

} // namespace metodist
