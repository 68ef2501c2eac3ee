#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace metodist {

// FreeXL, the library that reads .xls for Metodist, trusts its file: a
// workbook of a few kilobytes can make it allocate gigabytes (a sheet's
// cells are allocated from what the file declares, for every sheet), loop
// forever in a sector chain that runs in a circle, spend seconds on one date
// cell (it counts a date day by day from 1900), or read past its buffers
// (strings longer than their record). XlsPreflight reads the file once, as
// FreeXL 1.0.6 will read it — the compound file's allocation table, the
// first sector of its directory, the Workbook stream record by record, with
// FreeXL's own quirks — and refuses beforehand, in a sentence, whatever would
// cost more than the budgets below or make FreeXL read outside its buffers.
// Where FreeXL would leak, fail or lose data on a workbook that is merely
// unusual, the workbook is refused too: a second DIMENSION for one sheet, a
// cell outside its sheet's range or written twice, a sheet without a
// DIMENSION that is not the last one (FreeXL then empties the last sheet: a
// chart sheet before a worksheet), a chart or object embedded in a sheet
// (FreeXL stops at its end). What FreeXL leaves out it reads itself: the
// cached results of formulas (FreeXL reads none) and booleans and errors
// (FreeXL gives 1 and 0).
class XlsPreflight
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // FreeXL holds the whole workbook in memory, about eight times its text
    // and sixteen bytes for every cell of every sheet's declared range. A
    // sheet of 65 536 rows, the most an .xls holds, of registry rows is about
    // 10–20 MB; 32 MB is the largest file read. The grid budget is 128 MB of
    // FreeXL's cells (65 536 rows of 128 columns). Dates: FreeXL counts a
    // date's days one by one, 2–4 ns a day on the build machine, so 2^30 days
    // in all (23 000 dates of this century, 2–4 s) is the most spent on them.
    static constexpr qint64 MaxFileBytes = qint64(32) << 20;
    static constexpr qint64 MaxGridCells = qint64(8) << 20;
    static constexpr qint64 MaxDateDays = qint64(1) << 30;
    static constexpr qint64 MaxTextChars = qint64(16) << 20;
    static constexpr int MaxSheets = 4096;

    // Reads and checks the file; the failure names it.
    Status check(const QString &path);

    int biffVersion() const { return m_biff; }
    int sheetCount() const { return int(m_sheets.size()); }
    // A worksheet, not a chart, a macro sheet or a module.
    bool isWorksheet(int sheet) const;
    // The text of the cells of a sheet that FreeXL does not read right: each
    // formula's cached result, booleans (TRUE, FALSE) and errors (#N/A), by
    // cell (row << 16 | column, both 0-based).
    QHash<quint64, QString> knownCells(int sheet) const;

    static quint64 cellKey(quint32 row, quint32 column) { return (quint64(row) << 16) | column; }

private:
    struct Sheet
    {
        quint32 offset = 0; // of its BOF record in the Workbook stream
        quint8 type = 0;    // 0 worksheet, 1 macro sheet, 2 chart, 6 module
        bool dimensioned = false;
        quint32 rows = 0;   // as its DIMENSION record declares them
        quint32 columns = 0;
    };
    class Scan;

    Status readContainer(const QString &path, const QByteArray &file);
    QByteArray m_stream; // the Workbook stream as FreeXL reads it
    bool m_mini = false; // read from the mini stream (FreeXL's stricter record size)
    int m_biff = 0;
    QList<Sheet> m_sheets;
};

} // namespace metodist
