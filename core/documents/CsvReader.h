#pragma once

#include "Status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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

// Reads a CSV file record by record as offices produce them (Excel,
// LibreOffice, 1C exports), holding only a few megabytes of it at a time:
// - the encoding is UTF-8 with a BOM, UTF-16 with a BOM (Excel's "Unicode
//   text"), valid UTF-8, or else Windows-1251;
// - the delimiter is whichever of ';', ',' and tab splits the first records
//   into the most consistent number of cells (';' wins ties);
// - RFC 4180 quoting: a cell that starts with '"' may hold delimiters, line
//   breaks and doubled quotes; records end with CRLF, LF or CR.
// Completely empty lines are skipped but still counted in row numbers; a
// record whose quoted cell spans several lines counts as one row, as
// spreadsheets show it. Cells are not trimmed.
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(CsvStream)

public:
    CsvStream();
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    Status open(const QString &path);
    Status openBytes(const QByteArray &bytes);
    // Bytes decoded at a time (4 MiB); tests make it tiny to put every edge
    // of a record on a chunk boundary. Takes effect at the next open.
    void setChunkBytes(qsizetype bytes);

    QString encoding() const;
    QChar delimiter() const;
    // The next non-blank record and its spreadsheet row; false at the end of
    // the file or on an error, which status() then tells.
    bool next(QStringList &cells, int &row);
    Status status() const;
    // The share of the file read so far (0…1), for progress and estimates.
    double fractionDone() const;

private:
    struct State;
    std::unique_ptr<State> d;
    qsizetype m_chunkBytes;
};

// The whole file at once, for small files (work logs, tests, previews).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // maxRows > 0 stops after that many non-blank records (a preview).
    static Result<CsvTable> readFile(const QString &path, int maxRows = 0);
    static Result<CsvTable> read(const QByteArray &bytes);

    // Exposed for tests and other importers.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    static QString fromWindows1251(QByteArrayView bytes);
    static QChar detectDelimiter(QStringView text);
};

} // namespace metodist
