#pragma once

#include "Status.h"
#include "documents/SheetStream.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// One sheet of an Excel workbook (.xlsx, as Excel and LibreOffice write it),
// read row by row as the zip container is inflated: the sheet never sits in
// memory whole. Shared and inline strings, numbers (integers without ".0"),
// booleans. Bounded against hostile files: every part's unpacked size and
// compression ratio (a zip bomb), cell references beyond a sheet's limits,
// cells and rows beyond SheetLimits, and the shared strings' total are
// refused with a sentence that names the place.
class XlsxSheetStream : public SheetStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxSheetStream();
    ~XlsxSheetStream() override;
    XlsxSheetStream(const XlsxSheetStream &) = delete;
    XlsxSheetStream &operator=(const XlsxSheetStream &) = delete;

    // The named sheet, or the first one when the name is empty.
    Status open(const QString &path, const QString &sheetName = {}) override;
    // The next row that holds text, with its spreadsheet row number (1-based);
    // missing cells are empty strings. False at the end or on an error,
    // which status() then tells.
    bool next(QStringList &cells, int &row) override;
    Status status() const override;
    // The share of the sheet read so far (0…1).
    double fractionDone() const override;
    // The last row the sheet's <dimension> declares (Excel, LibreOffice and
    // libxlsxwriter write it before the rows), or 0 when it says none. Only
    // an estimate for planning: rows are still read one by one.
    qint64 declaredRows() const override;
    QString sheetName() const override;

private:
    struct State;
    std::unique_ptr<State> d;
};

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<QStringList> sheetNames(const QString &path);
    // The whole sheet, for small workbooks (tests, exports read back): row i
    // is the spreadsheet's row i + 1; missing cells are empty strings.
    static Result<QList<QStringList>> readSheet(const QString &path, const QString &sheetName = {});
    // One part of the zip container, e.g. "xl/worksheets/sheet1.xml", up to
    // 64 MiB unpacked.
    static Result<QByteArray> readPart(const QString &path, const QString &part);
};

} // namespace metodist
