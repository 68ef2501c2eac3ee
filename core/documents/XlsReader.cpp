#include "documents/XlsReader.h"

#include "documents/SheetText.h"
#include "documents/XlsxReader.h"
#include "documents/XlsBytes.h"
#include "documents/XlsPreflight.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <freexl.h>

namespace metodist {

using namespace xls;

namespace {

// Text a sheet may deliver in all, as for XLSX.
constexpr qint64 MaxSheetChars = qint64(1) << 30;

QString reasonOf(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return XlsReader::tr("it cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsReader::tr("it needs more memory than there is");
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsReader::tr("its code page is not supported");
    case FREEXL_INVALID_CHARACTER:
        return XlsReader::tr("a text in it is not valid in its code page");
    default:
        return XlsReader::tr("it is damaged (FreeXL error %1)").arg(code);
    }
}

// A FreeXL handle, closed however the reading ends (FreeXL wants a close even
// after a failed open that left a handle).
class Workbook
{
public:
    Workbook() = default;
    ~Workbook()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // Only after XlsPreflight has passed the file; `info` skips the cells.
    Status open(const QString &path, bool info)
    {
        const QByteArray name = QFile::encodeName(path);
        const int code = info ? freexl_open_info(name.constData(), &m_handle)
                              : freexl_open(name.constData(), &m_handle);
        // FreeXL can fail in the middle of its records and still say OK,
        // with no handle.
        if (code != FREEXL_OK || !m_handle)
            return Status::failure(XlsReader::tr("The workbook «%1» cannot be read: %2. Open it in Excel or "
                                                 "LibreOffice and save it as .xlsx.")
                                       .arg(native(path), code != FREEXL_OK ? reasonOf(code)
                                                                            : XlsReader::tr("it is damaged")));
        unsigned int password = 0;
        if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
            && password == FREEXL_BIFF_OBFUSCATED)
            return Status::failure(XlsReader::tr("The workbook «%1» is protected with a password; remove the "
                                                 "password in Excel and save it again, or save it as .xlsx.")
                                       .arg(native(path)));
        return Status::success();
    }

    const void *handle() const { return m_handle; }

    // Every sheet's name, in the workbook's order.
    QStringList names() const
    {
        unsigned int count = 0;
        QStringList names;
        if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
            return names;
        for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
            const char *name = nullptr;
            if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
                break;
            names << QString::fromUtf8(name ? name : "");
        }
        return names;
    }

private:
    const void *m_handle = nullptr;
};

// The sheets a user chooses from: worksheets, as XlsPreflight tells them
// (FreeXL lists charts too), by index into FreeXL's list.
QList<int> worksheets(const XlsPreflight &preflight, const QStringList &names)
{
    QList<int> indexes;
    const bool sameList = preflight.sheetCount() == names.size();
    for (int i = 0; i < names.size(); ++i)
        if (!sameList || preflight.isWorksheet(i))
            indexes << i;
    return indexes;
}

} // namespace

struct XlsSheetStream::State
{
    QString path;
    QString sheet;
    Workbook workbook;
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
        if (const auto found = known.constFind(XlsPreflight::cellKey(row, column)); found != known.constEnd())
            return found.value();
        FreeXL_CellValue value{};
        if (freexl_get_cell_value(workbook.handle(), row, column, &value) != FREEXL_OK)
            return {};
        switch (value.type) {
        case FREEXL_CELL_INT:
            return QString::number(value.value.int_value);
        case FREEXL_CELL_DOUBLE:
            return sheettext::number(value.value.double_value);
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_TIME:
            return value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
        case FREEXL_CELL_DATETIME: {
            // A date typed with a format that shows the time: midnight is the date alone.
            const QString text = value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
            return text.endsWith(QLatin1StringView(" 00:00:00")) ? text.chopped(9) : text;
        }
        default:
            return {};
        }
    }
};

XlsSheetStream::XlsSheetStream() : d(std::make_unique<State>()) {}

XlsSheetStream::~XlsSheetStream() = default;

Status XlsSheetStream::open(const QString &path, const QString &sheetName)
{
    d = std::make_unique<State>();
    d->path = path;
    // FreeXL reads the file again after XlsPreflight: one that changed in
    // between is not the file that was checked.
    const QFileInfo before(path);
    XlsPreflight preflight;
    if (Status checked = preflight.check(path); !checked)
        return d->status = checked;
    if (Status opened = d->workbook.open(path, false); !opened)
        return d->status = opened;
    if (const QFileInfo after(path); after.size() != before.size() || after.lastModified() != before.lastModified())
        return d->refuse(
            tr("The file «%1» changed while it was read; try again once it is saved.").arg(native(path)));
    const QStringList names = d->workbook.names();
    const QList<int> choices = worksheets(preflight, names);
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
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(d->workbook.handle(), static_cast<unsigned short>(chosen)) != FREEXL_OK
        || freexl_worksheet_dimensions(d->workbook.handle(), &rows, &columns) != FREEXL_OK)
        return d->refuse(tr("The workbook «%1» cannot be read: %2. Open it in Excel or LibreOffice and save it as "
                            ".xlsx.")
                             .arg(native(path), reasonOf(FREEXL_BIFF_ILLEGAL_SHEET_INDEX)));
    if (rows > SheetLimits::maxRows || columns > SheetLimits::maxColumns)
        return d->refuse(tr("The sheet «%1» is refused: it spans %2 rows and %3 columns, more than a sheet holds "
                            "(%4 rows, %5 columns).")
                             .arg(d->sheet, number(rows), number(columns), number(SheetLimits::maxRows),
                                  number(SheetLimits::maxColumns)));
    d->rows = rows;
    d->columns = columns;
    d->known = preflight.knownCells(chosen);
    return Status::success();
}

bool XlsSheetStream::next(QStringList &cells, int &row)
{
    if (!d->status || !d->workbook.handle())
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
    Workbook workbook;
    if (Status opened = workbook.open(path, true); !opened)
        return opened;
    const QStringList names = workbook.names();
    QStringList listed;
    for (int i : worksheets(preflight, names))
        listed << names[i];
    return listed;
}

} // namespace metodist
