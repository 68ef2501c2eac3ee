#pragma once

#include "Status.h"
#include "documents/SheetStream.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// One sheet of an Excel 97–2003 workbook (.xls, BIFF5 and BIFF8), read by
// XlsPreflight (the whole file checked first, within its budgets, then the
// sheet's cells), given row by row in the shape every SheetStream gives.
// Formulas give their cached results, booleans TRUE or FALSE, errors #N/A;
// dates come as 2025-03-25, with the time of day when there is one; a
// workbook protected by a password, a web page named .xls and any other
// file are refused with a sentence naming the file.
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
