#pragma once

#include "Status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist {

// A CSV file as read: every non-blank record, title and header rows
// included, with the row number a spreadsheet shows for it.
struct CsvTable
{
    QString encoding;        // "UTF-8", "UTF-8 (BOM)", "UTF-16 (BOM)" or "Windows-1251"
    QChar delimiter;         // ';', ',' or '\t'
    QList<QStringList> rows; // cells as written; quoted line breaks become '\n'
    QList<int> lineNumbers;  // 1-based spreadsheet row of each entry of rows
};

// Reads CSV files as offices produce them (Excel, LibreOffice, 1C exports):
// - the encoding is UTF-8 with a BOM, UTF-16 with a BOM (Excel's "Unicode
//   text"), valid UTF-8, or else Windows-1251;
// - the delimiter is whichever of ';', ',' and tab splits the first records
//   into the most consistent number of cells (';' wins ties);
// - RFC 4180 quoting: a cell that starts with '"' may hold delimiters, line
//   breaks and doubled quotes; records end with CRLF, LF or CR.
// Completely empty lines are skipped but still counted in row numbers; a
// record whose quoted cell spans several lines counts as one row, as
// spreadsheets show it. Cells are not trimmed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> read(const QByteArray &bytes);

    // Exposed for tests and other importers.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    static QString fromWindows1251(QByteArrayView bytes);
    static QChar detectDelimiter(QStringView text);
};

} // namespace metodist
