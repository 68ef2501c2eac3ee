#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// What one record of an outside table may hold, for every reader (CSV, XLSX,
// XLS, ODS): a spreadsheet's own limits, and a record size no registry row
// comes near, so that a hostile file is refused before it costs memory.
struct SheetLimits
{
    static constexpr qint64 maxRows = 1048576;        // Excel's sheet
    static constexpr int maxColumns = 16384;          // Excel's sheet (XFD)
    static constexpr int maxCellChars = 32767;        // Excel's cell
    static constexpr qsizetype maxRecordChars = 1 << 20; // one row, all cells
};

// One sheet of a workbook read row by row, whatever the workbook's format.
// Every reader delivers the same shape: the rows that hold text, each with
// its spreadsheet row number (1-based); cells as text, missing ones empty,
// no empty cells after the last one with text; numbers as a spreadsheet
// keeps them (whole numbers without ".0", others with 15 significant
// digits); booleans as TRUE and FALSE. Dates: XLSX keeps a date as a day
// number and its reader gives that number (45741); XLS and ODS say a date is
// one, and their readers give it as 2025-03-25 (2025-03-25 10:30:00 with a
// time of day). The importer reads all three forms.
class SheetStream
{
public:
    virtual ~SheetStream() = default;

    // The named sheet, or the first one when the name is empty.
    virtual Status open(const QString &path, const QString &sheetName = {}) = 0;
    // The next row that holds text; false at the end or on an error, which
    // status() then tells.
    virtual bool next(QStringList &cells, int &row) = 0;
    virtual Status status() const = 0;
    // The share of the sheet read so far (0…1).
    virtual double fractionDone() const = 0;
    // The last row the sheet says it has, or 0 when it says none: only an
    // estimate for planning.
    virtual qint64 declaredRows() const { return 0; }
    virtual QString sheetName() const = 0;
};

// The workbooks the importer reads, told apart by the file's name: .xlsx,
// .xls (Excel 97–2003) and .ods (LibreOffice). Anything else is not a
// workbook (the importer reads it as CSV).
class Workbooks
{
    Q_DECLARE_TR_FUNCTIONS(Workbooks)

public:
    static bool isWorkbook(const QString &path);
    // A reader for the file, not yet opened; null when it is not a workbook.
    static std::unique_ptr<SheetStream> streamFor(const QString &path);
    static Result<QStringList> sheetNames(const QString &path);
    // For file dialogs: "*.xlsx *.xls *.ods".
    static QString patterns();
};

} // namespace metodist
