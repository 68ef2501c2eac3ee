#pragma once

#include "Status.h"
#include "documents/SheetStream.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metodist {

// One sheet of an OpenDocument spreadsheet (.ods, as LibreOffice and Excel
// write it), read row by row from its content.xml as the zip container
// inflates (with ZipArchive's bounds on size and compression ratio). Rows and
// cells repeated by table:number-rows-repeated and
// table:number-columns-repeated are never expanded when empty — LibreOffice
// ends a sheet with a million empty rows of a thousand empty cells — and a
// repeated row with text is given once per repeat, one at a time. Values by
// office:value-type: numbers from office:value (whole ones without ".0"),
// dates from office:date-value (2025-03-25, with the time of day when there
// is one), times, booleans as TRUE and FALSE, text from its paragraphs joined
// by line breaks (text:s spaces, tabs and line breaks kept; comments and
// drawings left out). Cells, rows and the sheet are bounded by SheetLimits.
class OdsSheetStream : public SheetStream
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    OdsSheetStream();
    ~OdsSheetStream() override;
    OdsSheetStream(const OdsSheetStream &) = delete;
    OdsSheetStream &operator=(const OdsSheetStream &) = delete;

    // The named sheet, or the first one when the name is empty.
    Status open(const QString &path, const QString &sheetName = {}) override;
    bool next(QStringList &cells, int &row) override;
    Status status() const override;
    double fractionDone() const override;
    QString sheetName() const override;

private:
    friend class OdsReader;
    struct State;
    std::unique_ptr<State> d;
};

class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    // Read from the whole content.xml: an .ods lists its sheets nowhere else.
    static Result<QStringList> sheetNames(const QString &path);
};

} // namespace metodist
