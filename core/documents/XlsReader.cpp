#include "documents/XlsReader.h"

#include "documents/SheetText.h"
#include "documents/XlsxReader.h"
#include "documents/XlsBytes.h"
#include "documents/XlsPreflight.h"

#include <QHash>

namespace metodist {

using namespace xls;

namespace {

// Text a sheet may deliver in all, as for XLSX.
constexpr qint64 MaxSheetChars = qint64(1) << 30;

// The sheets a user chooses from: worksheets, not charts, macro sheets or modules.
QList<int> worksheets(const XlsPreflight &preflight)
{
    QList<int> indexes;
    for (int i = 0; i < preflight.sheetCount(); ++i)
        if (preflight.isWorksheet(i))
            indexes << i;
    return indexes;
}

} // namespace

struct XlsSheetStream::State
{
    QString path;
    QString sheet;
    QHash<quint64, QString> known;
    Status status = Status::success();
    quint32 rows = 0;
    quint16 columns = 0;
    quint32 nextRow = 0;
    qint64 charsDelivered = 0;

    Status refuse(const QString &message)
    {
        status = Status::failure(message);
        return status;
    }

    QString text(quint32 row, quint16 column) const
    {
        return known.value(XlsPreflight::cellKey(row, column));
    }
};

XlsSheetStream::XlsSheetStream() : d(std::make_unique<State>()) {}

XlsSheetStream::~XlsSheetStream() = default;

Status XlsSheetStream::open(const QString &path, const QString &sheetName)
{
    d = std::make_unique<State>();
    d->path = path;
    XlsPreflight preflight;
    if (Status checked = preflight.check(path); !checked)
        return d->status = checked;
    const QStringList names = preflight.sheetNames();
    const QList<int> choices = worksheets(preflight);
    int chosen = -1;
    if (sheetName.isEmpty()) {
        chosen = choices.isEmpty() ? -1 : choices.first();
        if (chosen < 0)
            return d->refuse(tr("The workbook «%1» has no sheets.").arg(native(path)));
    } else {
        chosen = int(names.indexOf(sheetName));
        if (chosen < 0) {
            QStringList listed;
            for (int i : choices)
                listed << names[i];
            return d->refuse(XlsxReader::tr("The workbook has no sheet «%1»; its sheets: %2.")
                                 .arg(sheetName, listed.join(QStringLiteral(", "))));
        }
    }
    d->sheet = names[chosen];
    const quint32 rows = preflight.rowCount(chosen);
    const quint32 columns = preflight.columnCount(chosen);
    if (rows > SheetLimits::maxRows || columns > SheetLimits::maxColumns)
        return d->refuse(tr("The sheet «%1» is refused: it spans %2 rows and %3 columns, more than a sheet holds "
                            "(%4 rows, %5 columns).")
                             .arg(d->sheet, number(rows), number(columns), number(SheetLimits::maxRows),
                                  number(SheetLimits::maxColumns)));
    d->rows = rows;
    d->columns = quint16(columns);
    d->known = preflight.knownCells(chosen);
    return Status::success();
}

bool XlsSheetStream::next(QStringList &cells, int &row)
{
    if (!d->status)
        return false;
    while (d->nextRow < d->rows) {
        const quint32 r = d->nextRow++;
        QStringList found;
        qsizetype rowChars = 0;
        for (quint16 c = 0; c < d->columns; ++c) {
            QString text = d->text(r, c);
            if (text.isEmpty())
                continue;
            const QString cell = sheettext::cellName(c + 1, r + 1);
            if (text.size() > SheetLimits::maxCellChars) {
                d->refuse(XlsxReader::tr("The sheet «%1» is refused: the cell %2 holds more than %3 characters, "
                                         "the limit of a spreadsheet cell.")
                              .arg(d->sheet, cell, number(SheetLimits::maxCellChars)));
                return false;
            }
            rowChars += text.size();
            d->charsDelivered += text.size();
            if (rowChars > SheetLimits::maxRecordChars) {
                d->refuse(XlsxReader::tr("The sheet «%1» is refused: row %2 holds more than %3 characters, far "
                                         "beyond any registry row.")
                              .arg(d->sheet, number(r + 1), number(SheetLimits::maxRecordChars)));
                return false;
            }
            if (d->charsDelivered > MaxSheetChars) {
                d->refuse(XlsxReader::tr("The sheet «%1» is refused: its cells hold more than %2 characters in "
                                         "all, far beyond any registry.")
                              .arg(d->sheet, number(MaxSheetChars)));
                return false;
            }
            while (found.size() < c)
                found.append(QString());
            found.append(std::move(text));
        }
        if (!found.isEmpty()) {
            cells = std::move(found);
            row = int(r + 1);
            return true;
        }
    }
    return false;
}

Status XlsSheetStream::status() const
{
    return d->status;
}

double XlsSheetStream::fractionDone() const
{
    return d->rows == 0 ? 1.0 : double(d->nextRow) / double(d->rows);
}

qint64 XlsSheetStream::declaredRows() const
{
    return d->rows;
}

QString XlsSheetStream::sheetName() const
{
    return d->sheet;
}

Result<QStringList> XlsReader::sheetNames(const QString &path)
{
    XlsPreflight preflight;
    if (Status checked = preflight.check(path); !checked)
        return checked;
    const QStringList names = preflight.sheetNames();
    QStringList listed;
    for (int i : worksheets(preflight))
        listed << names[i];
    return listed;
}

} // namespace metodist
