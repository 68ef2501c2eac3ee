#pragma once

#include "Status.h"
#include "documents/SheetStream.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// One sheet of an Excel 97–2003 workbook (.xls, BIFF5 and BIFF8) through the
// FreeXL library. FreeXL reads the whole workbook into memory at once, so the
// file is first checked by XlsPreflight (its size, what FreeXL would allocate
// and compute, where it would read past its buffers), and only then handed
// to FreeXL; the rows are then given one by one in the shape every
// SheetStream gives. Formulas give their cached results and booleans TRUE or
// FALSE (read by XlsPreflight, as FreeXL reads neither); dates come as
// 2025-03-25, with the time of day when there is one; a workbook protected by
// a password, a web page named .xls and any other file are refused with a
// sentence naming the file. FreeXL opens the file itself, by its path (with
// fopen: on Windows a path outside the system's code page cannot be opened);
// "SQLite alone opens the database file" is about the database, not about
// files brought in to import.
class XlsSheetStream : public SheetStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    XlsSheetStream();
    ~XlsSheetStream() override;
    XlsSheetStream(const XlsSheetStream &) = delete;
    XlsSheetStream &operator=(const XlsSheetStream &) = delete;

    // The named sheet, or the first worksheet when the name is empty.
    Status open(const QString &path, const QString &sheetName = {}) override;
    bool next(QStringList &cells, int &row) override;
    Status status() const override;
    double fractionDone() const override;
    qint64 declaredRows() const override;
    QString sheetName() const override;

private:
    struct State;
    std::unique_ptr<State> d;
};

class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // The worksheets' names (charts and macro sheets left out).
    static Result<QStringList> sheetNames(const QString &path);
};

} // namespace metodist
