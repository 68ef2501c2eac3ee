#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist {

// The reader of Excel 97–2003 workbooks (.xls, BIFF5 and BIFF8): the
// compound file's allocation table and directory, then the Workbook stream
// record by record — sheets, shared strings, formats, cells — into memory
// that stays within the budgets below, whatever the file declares. A file
// is checked whole first (check()); one sheet's cells are then read in a
// second walk (knownCells()). Metodist read .xls through FreeXL 1.0.6 until
// its fuzzing found a double free inside FreeXL on a damaged file (CI,
// 2026-12-03): a reader of outside files that can corrupt memory is not
// kept, and this walk already read every record to keep FreeXL safe.
// Malformed workbooks are refused with a sentence: a chain of sectors that
// loops or leaves the file, a record that runs past its end, a second
// DIMENSION for one sheet, a cell outside its sheet's range or written twice,
// a sheet without a DIMENSION before the last one, a chart or object embedded
// in a sheet, a text continued over more than two records.
class XlsPreflight
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // The file is read into memory whole: a sheet of 65 536 rows, the most an
    // .xls holds, of registry rows is about 10–20 MB; 32 MB is the largest
    // file read. The grid budget (a bit per declared cell, to find a cell
    // written twice) is 65 536 rows of 128 columns.
    static constexpr qint64 MaxFileBytes = qint64(32) << 20;
    static constexpr qint64 MaxGridCells = qint64(8) << 20;
    static constexpr qint64 MaxTextChars = qint64(16) << 20;
    static constexpr int MaxSheets = 4096;

    // Reads and checks the file; the failure names it.
    Status check(const QString &path);

    int biffVersion() const { return m_biff; }
    int sheetCount() const { return int(m_sheets.size()); }
    // A worksheet, not a chart, a macro sheet or a module.
    bool isWorksheet(int sheet) const;
    // Every sheet's name, in the workbook's order.
    QStringList sheetNames() const;
    // A sheet's range as its DIMENSION record declares it (0 × 0 without one).
    quint32 rowCount(int sheet) const { return m_sheets.value(sheet).rows; }
    quint32 columnCount(int sheet) const { return m_sheets.value(sheet).columns; }
    // The text of every cell of a sheet — numbers, dates as 2025-03-25 (with
    // the time of day when there is one), texts, each formula's cached
    // result, booleans (TRUE, FALSE) and errors (#N/A) — by cell
    // (row << 16 | column, both 0-based). Only after check() has passed.
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
        QString name;
    };
    class Scan;

    Status readContainer(const QString &path, const QByteArray &file);
    QByteArray m_stream; // the Workbook stream
    bool m_mini = false; // read from the mini stream (records under 8 KB)
    int m_biff = 0;
    QList<Sheet> m_sheets;
};

} // namespace metodist
