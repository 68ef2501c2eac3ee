#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// What one record of an outside table may hold, for every reader (CSV, XLSX):
// a spreadsheet's own limits, and a record size no registry row comes near,
// so that a hostile file is refused before it costs memory.
struct SheetLimits
{
    static constexpr qint64 maxRows = 1048576;        // Excel's sheet
    static constexpr int maxColumns = 16384;          // Excel's sheet (XFD)
    static constexpr int maxCellChars = 32767;        // Excel's cell
    static constexpr qsizetype maxRecordChars = 1 << 20; // one row, all cells
};

// One sheet of an Excel workbook (.xlsx, as Excel and LibreOffice write it),
// read row by row as the zip container is inflated: the sheet never sits in
// memory whole. Shared and inline strings, numbers (integers without ".0"),
// booleans. Bounded against hostile files: every part's unpacked size and
// compression ratio (a zip bomb), cell references beyond a sheet's limits,
// cells and rows beyond SheetLimits, and the shared strings' total are
// refused with a sentence that names the place.
class XlsxSheetStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxSheetStream();
    ~XlsxSheetStream();
    XlsxSheetStream(const XlsxSheetStream &) = delete;
    XlsxSheetStream &operator=(const XlsxSheetStream &) = delete;

    // The named sheet, or the first one when the name is empty.
    Status open(const QString &path, const QString &sheetName = {});
    // The next row that holds text, with its spreadsheet row number (1-based);
    // missing cells are empty strings. False at the end or on an error,
    // which status() then tells.
    bool next(QStringList &cells, int &row);
    Status status() const;
    // The share of the sheet read so far (0…1).
    double fractionDone() const;
    // The last row the sheet's <dimension> declares (Excel, LibreOffice and
    // libxlsxwriter write it before the rows), or 0 when it says none. Only
    // an estimate for planning: rows are still read one by one.
    qint64 declaredRows() const;
    QString sheetName() const;

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
