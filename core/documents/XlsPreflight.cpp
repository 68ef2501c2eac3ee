#include "documents/XlsPreflight.h"

#include "documents/CsvReader.h"
#include "documents/SheetStream.h"
#include "documents/SheetText.h"
#include "documents/XlsxReader.h"
#include "documents/XlsBytes.h"

#include <QBitArray>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace metodist {

using namespace xls;

namespace {

// The longest record BIFF8 writes (BIFF5's are shorter), the most cells one
// sheet may declare, and the tables of cell formats.
constexpr qint64 RecordBuffer = 8224;
constexpr qint64 SheetCells = (qint64(256) << 20) / 16;
constexpr int MaxXfs = 8192;
constexpr int MaxFormats = 2048;
constexpr quint32 MaxSstStrings = 1u << 20;
constexpr int MaxBofs = 4 * XlsPreflight::MaxSheets;

enum Record : quint16 {
    Formula = 0x0006, EndOfStream = 0x000A, DateMode = 0x0022, FilePass = 0x002F, Continue = 0x003C,
    CodePage = 0x0042, BoundSheet = 0x0085, MulRk = 0x00BD, Xf = 0x00E0, Sst = 0x00FC, LabelSst = 0x00FD,
    Dimension = 0x0200, Number = 0x0203, Label = 0x0204, BoolErr = 0x0205, StringResult = 0x0207, Rk = 0x027E,
    Format = 0x041E, Bof = 0x0809
};

// An RK number: a 30-bit integer, or the top of a double,
// either perhaps divided by 100.
struct RkNumber
{
    bool integer = false;
    qint32 whole = 0;
    double value = 0;
};

RkNumber decodeRk(const uchar *p)
{
    const quint32 raw = u32(p);
    const bool byHundred = p[0] & 1;
    if (p[0] & 2) {
        const qint32 whole = qint32(raw) >> 2;
        if (!byHundred)
            return {true, whole, double(whole)};
        return {false, 0, double(whole) / 100.0};
    }
    const quint64 bits = quint64(raw & 0xFFFFFFFC) << 32;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return {false, 0, byHundred ? value / 100.0 : value};
}

enum class Kind { None, Date, DateTime, Time };

// Whether a format string shows a date or a time (FreeXL's rule, kept): letters of years, months, days, hours
// and seconds, counted up to the first NUL.
Kind kindOfFormat(const QString &format)
{
    int y = 0, m = 0, d = 0, h = 0, s = 0;
    for (const QChar ch : format) {
        if (ch.isNull())
            break;
        switch (ch.toLower().unicode()) {
        case u'y': ++y; break;
        case u'm': ++m; break;
        case u'd': ++d; break;
        case u'h': ++h; break;
        case u's': ++s; break;
        default: break;
        }
    }
    if (y && m && d && h)
        return Kind::DateTime;
    if ((y && m) || (m && d))
        return Kind::Date;
    if ((h && m) || (m && s))
        return Kind::Time;
    return Kind::None;
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00: return QStringLiteral("#NULL!");
    case 0x07: return QStringLiteral("#DIV/0!");
    case 0x0F: return QStringLiteral("#VALUE!");
    case 0x17: return QStringLiteral("#REF!");
    case 0x1D: return QStringLiteral("#NAME?");
    case 0x24: return QStringLiteral("#NUM!");
    default: return QStringLiteral("#N/A");
    }
}

} // namespace

// One walk over the Workbook stream's records: the budgets, and for one
// sheet its cells.
class XlsPreflight::Scan
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    Scan(const QString &path, bool mini, int wantedSheet) : m_path(path), m_mini(mini), m_wanted(wantedSheet) {}

    Status run(const QByteArray &stream);

    int biff = 0;
    QList<Sheet> sheets;
    QHash<quint64, QString> known;

private:
    Status record(quint16 type, const uchar *data, qint64 size, quint32 offset);
    Status sharedStrings(const uchar *data, qint64 size, bool first);
    Status numberCell(quint32 row, quint32 column, quint16 xf, const RkNumber &number);
    Status cell(quint32 row, quint32 column);
    Kind kindOfXf(quint16 xf) const;
    QString numberText(quint16 xf, double value) const;
    QString decode(const uchar *data, qint64 chars, bool wide) const;
    QString legacyText(const uchar *data, qint64 bytes) const;
    void keep(quint32 row, quint32 column, QString text);
    void formula(const uchar *data, quint32 row, quint32 column);
    void formulaString(const uchar *data, qint64 size, bool continued);

    QString file() const { return native(m_path); }
    Status refuse(const QString &why) const { return Status::failure(why); }
    Status textBudget() const;
    Status gridBudget() const;
    Status inconsistent() const;
    Status damaged() const
    {
        return Status::failure(tr("The workbook «%1» is damaged: a record of it runs past its own end. Open it in "
                                  "Excel or LibreOffice and save it again.")
                                   .arg(native(m_path)));
    }

    QString m_path;
    bool m_mini;
    int m_wanted;
    int m_okBof = -1; // -1 before the first BOF, 0 between streams, 1 inside one
    int m_active = -1;
    int m_bofs = 0;
    int m_nested = 0; // depth inside embedded substreams
    quint16 m_previous = 0;
    quint16 m_codePage = 1252;
    bool m_1904 = false;
    QList<quint16> m_xfFormats;
    QHash<quint16, Kind> m_formats; // the date and time formats, the first of an index counting
    qint64 m_gridCells = 0;
    QList<QBitArray> m_filled; // per sheet, the cells written so far
    qint64 m_textChars = 0;
    // The shared strings, walked record by record (kept for the wanted sheet).
    bool m_sstStarted = false;
    quint32 m_sstCount = 0, m_sstIndex = 0;
    quint32 m_pendingChars = 0, m_pendingDone = 0, m_pendingSkip = 0, m_nextSkip = 0;
    QString m_pendingText;
    QStringList m_sst;
    // A formula whose text result follows in a STRING record.
    std::optional<quint64> m_pendingFormula;
    qint64 m_stringLeft = 0;
};

Status XlsPreflight::Scan::run(const QByteArray &stream)
{
    const auto *data = reinterpret_cast<const uchar *>(stream.constData());
    const qint64 length = stream.size();
    qint64 position = 0;
    // The walk stops at a zero record (but in the mini stream, where it reads
    // on), at one larger than its buffer, and at the end of the stream; a
    // record cut off by the end is not read.
    while (position + 4 <= length) {
        const quint16 type = u16(data + position);
        const quint16 size = u16(data + position + 2);
        if (type == 0 && size == 0 && !m_mini)
            break;
        if (size > RecordBuffer || (m_mini && size >= 8192) || position + 4 + size > length)
            break;
        if (Status status = record(type, data + position + 4, size, quint32(position)); !status)
            return status;
        if (m_okBof == -2)
            break; // a BOF missing where one must be: nothing after is read
        position += 4 + size;
    }
    if (m_okBof == -1)
        return refuse(tr("The file «%1» is not an Excel 97–2003 workbook (.xls).").arg(file()));
    // A sheet without a DIMENSION (a chart sheet) has no cells.
    return gridBudget();
}

Status XlsPreflight::Scan::gridBudget() const
{
    if (m_gridCells <= MaxGridCells)
        return Status::success();
    return refuse(tr("The workbook «%1» is refused: its sheets span more than %2 cells in all, far beyond any "
                     "registry (the .xls reader keeps every cell of every sheet in memory). Save the sheet you need "
                     "as .xlsx or CSV.")
                      .arg(file(), number(MaxGridCells)));
}

Status XlsPreflight::Scan::inconsistent() const
{
    return refuse(tr("The workbook «%1» is damaged: a sheet of it declares its range twice, or has a cell outside "
                     "its range or written twice. Open it in Excel or LibreOffice and save it again.")
                      .arg(file()));
}

Status XlsPreflight::Scan::record(quint16 type, const uchar *data, qint64 size, quint32 offset)
{
    const auto atLeast = [&](qint64 bytes) { return size >= bytes; };
    // A chart or an object embedded in a sheet: its own BOF … EOF, skipped.
    if (m_okBof == 1 && (type == Bof || m_nested > 0)) {
        if (type == Bof && ++m_bofs > MaxBofs)
            return refuse(tr("The workbook «%1» is refused: it has more than %2 sheets.")
                              .arg(file(), number(MaxSheets)));
        m_nested += type == Bof ? 1 : type == EndOfStream ? -1 : 0;
        m_previous = Bof;
        return Status::success();
    }
    if (type == Continue) {
        if (m_previous == Sst)
            return sharedStrings(data, size, false);
        if (m_previous == StringResult && m_pendingFormula)
            formulaString(data, size, true);
        return Status::success();
    }
    m_previous = type;
    if (m_okBof != 1) {
        if (type != Bof || !atLeast(4)) {
            if (m_okBof == -1)
                return refuse(tr("The file «%1» is not an Excel 97–2003 workbook (.xls).").arg(file()));
            m_okBof = -2;
            return Status::success();
        }
        if (m_okBof == -1) {
            const quint16 version = u16(data);
            if (version != 0x0500 && version != 0x0600)
                return refuse(tr("The file «%1» is not an Excel 97–2003 workbook (.xls).").arg(file()));
            biff = version == 0x0600 ? 8 : 5;
        } else {
            if (++m_bofs > MaxBofs)
                return refuse(tr("The workbook «%1» is refused: it has more than %2 sheets.")
                                  .arg(file(), number(MaxSheets)));
            m_active = -1;
            for (int i = 0; i < sheets.size() && m_active < 0; ++i)
                if (sheets[i].offset == offset)
                    m_active = i;
        }
        m_okBof = 1;
        return Status::success();
    }
    const bool wanted = m_active >= 0 && m_active == m_wanted;
    switch (type) {
    case EndOfStream:
        m_okBof = 0;
        break;
    case Sst:
        if (!atLeast(8))
            return damaged();
        return sharedStrings(data, size, !m_sstStarted);
    case CodePage:
        if (atLeast(2))
            m_codePage = u16(data);
        break;
    case DateMode:
        if (atLeast(2))
            m_1904 = u16(data) != 0;
        break;
    case FilePass:
        return refuse(tr("The workbook «%1» is protected with a password; remove the password in Excel and save it "
                         "again, or save it as .xlsx.").arg(file()));
    case BoundSheet:
        if (!atLeast(8))
            return damaged();
        if (sheets.size() >= MaxSheets)
            return refuse(tr("The workbook «%1» is refused: it has more than %2 sheets.")
                              .arg(file(), number(MaxSheets)));
        {
            // Its name: BIFF8 a count, flags and UTF-16 or Latin-1; BIFF5 a
            // count and bytes in the code page. A name cut by the record's
            // end is kept as far as it goes.
            const qint64 count = data[6];
            QString name;
            if (biff == 8 && size >= 8) {
                const bool wide = data[7] & 1;
                name = decode(data + 8, std::min(count, wide ? (size - 8) / 2 : size - 8), wide);
            } else if (biff != 8) {
                name = legacyText(data + 7, std::min(count, size - 7));
            }
            sheets.append({u32(data), data[5], false, 0, 0, name});
        }
        m_filled.append(QBitArray());
        break;
    case Dimension: {
        if (!atLeast(biff == 8 ? 14 : 10))
            return damaged();
        const qint64 rows = biff == 8 ? u32(data + 4) : u16(data + 2);
        const qint64 columns = biff == 8 ? u16(data + 10) : u16(data + 6);
        if (m_active < 0)
            break;
        if (sheets[m_active].dimensioned)
            return inconsistent(); // a sheet's range declared twice
        m_gridCells += std::min(rows * columns, SheetCells + 1);
        if (Status status = gridBudget(); !status)
            return status;
        sheets[m_active].dimensioned = true;
        sheets[m_active].rows = quint32(rows);
        sheets[m_active].columns = quint32(columns);
        m_filled[m_active] = QBitArray(qsizetype(rows * columns));
        break;
    }
    case Format: {
        const qint64 head = biff == 8 ? 5 : 3;
        if (!atLeast(head))
            return damaged();
        const quint16 index = u16(data);
        Kind kind = Kind::Date; // BIFF5: the string is not read; a number in it shows as a date
        if (biff == 8) {
            const quint16 chars = u16(data + 2);
            const quint8 flags = data[4];
            const qint64 start = 5 + ((flags & 4) ? 4 : 0) + ((flags & 8) ? 2 : 0);
            const qint64 bytes = (flags & 1) ? 2 * qint64(chars) : chars;
            if (start + bytes > size)
                return damaged();
            kind = kindOfFormat(decode(data + start, chars, flags & 1));
        }
        if (kind != Kind::None && m_formats.size() < MaxFormats && !m_formats.contains(index))
            m_formats.insert(index, kind);
        break;
    }
    case Xf:
        if (!atLeast(4))
            return damaged();
        if (m_xfFormats.size() >= MaxXfs)
            return refuse(tr("The workbook «%1» is refused: it has more than %2 cell formats.")
                              .arg(file(), number(MaxXfs)));
        m_xfFormats.append(u16(data + 2));
        break;
    case Number:
        if (!atLeast(14))
            return damaged();
        return numberCell(u16(data), u16(data + 2), u16(data + 4), {false, 0, f64(data + 6)});
    case Rk:
        if (!atLeast(10))
            return damaged();
        return numberCell(u16(data), u16(data + 2), u16(data + 4), decodeRk(data + 6));
    case MulRk:
        if (!atLeast(4))
            return damaged();
        for (qint64 at = 4, column = u16(data + 2); at + 6 < size; at += 6, ++column) {
            if (Status status = numberCell(u16(data), quint32(column), u16(data + at), decodeRk(data + at + 2));
                !status)
                return status;
        }
        break;
    case Label: {
        if (!atLeast(biff == 8 ? 9 : 8))
            return damaged();
        const quint16 chars = u16(data + 6);
        qint64 start = 8;
        qint64 end = 8 + chars;
        if (biff == 8) {
            const quint8 flags = data[8];
            start = 9 + ((flags & 4) ? 4 : 0) + ((flags & 8) ? 2 : 0);
            end = start + ((flags & 1) ? 2 * qint64(chars) : chars);
        }
        if (end > size)
            return damaged();
        m_textChars += chars;
        if (Status status = cell(u16(data), u16(data + 2)); !status)
            return status;
        if (wanted)
            keep(u16(data), u16(data + 2),
                 biff == 8 ? decode(data + start, chars, data[8] & 1) : legacyText(data + start, chars));
        return Status::success();
    }
    case LabelSst: {
        if (!atLeast(10))
            return damaged();
        if (Status status = cell(u16(data), u16(data + 2)); !status)
            return status;
        const quint32 index = u32(data + 6);
        if (wanted)
            keep(u16(data), u16(data + 2), index < quint32(m_sst.size()) ? m_sst[index] : QString());
        return Status::success();
    }
    case BoolErr:
        if (!atLeast(8))
            return damaged();
        if (wanted)
            known.insert(cellKey(u16(data), u16(data + 2)),
                         data[7] ? errorText(data[6]) : data[6] ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        return cell(u16(data), u16(data + 2));
    case Formula:
        m_pendingFormula.reset();
        if (wanted && atLeast(14))
            formula(data, u16(data), u16(data + 2));
        break;
    case StringResult:
        if (m_pendingFormula)
            formulaString(data, size, false);
        break;
    default:
        break;
    }
    return Status::success();
}

// A cell must lie inside its sheet's declared range, once.
Status XlsPreflight::Scan::cell(quint32 row, quint32 column)
{
    if (m_active < 0 || !sheets[m_active].dimensioned || row >= sheets[m_active].rows
        || column >= sheets[m_active].columns)
        return inconsistent();
    const qsizetype bit = qsizetype(row) * sheets[m_active].columns + column;
    if (m_filled[m_active].testBit(bit))
        return inconsistent();
    m_filled[m_active].setBit(bit);
    return textBudget();
}

Status XlsPreflight::Scan::textBudget() const
{
    if (m_textChars > MaxTextChars)
        return refuse(tr("The workbook «%1» is refused: its texts hold more than %2 characters, far beyond any "
                         "registry.")
                          .arg(file(), number(MaxTextChars)));
    return Status::success();
}

Kind XlsPreflight::Scan::kindOfXf(quint16 xf) const
{
    if (xf >= m_xfFormats.size())
        return Kind::None;
    const quint16 format = m_xfFormats[xf];
    if (format >= 14 && format <= 17)
        return Kind::Date;
    if ((format >= 18 && format <= 21) || (format >= 45 && format <= 47))
        return Kind::Time;
    if (format == 22)
        return Kind::DateTime;
    return m_formats.value(format, Kind::None);
}

Status XlsPreflight::Scan::numberCell(quint32 row, quint32 column, quint16 xf, const RkNumber &value)
{
    if (Status status = cell(row, column); !status)
        return status;
    if (m_active >= 0 && m_active == m_wanted) // the text only for the sheet read
        keep(row, column, value.integer && kindOfXf(xf) == Kind::None ? QString::number(value.whole)
                                                                      : numberText(xf, value.value));
    return Status::success();
}

// Callers make the text only for the wanted sheet.
void XlsPreflight::Scan::keep(quint32 row, quint32 column, QString text)
{
    known.insert(cellKey(row, column), std::move(text));
}

// The shared strings, record by record (the way FreeXL 1.0.6 walked them);
// a string header cut by the record's end, a text continued over more than
// one record, skipped bytes past the next record refuse the workbook.
Status XlsPreflight::Scan::sharedStrings(const uchar *data, qint64 size, bool first)
{
    qint64 p = 0;
    if (first) {
        m_sstStarted = true;
        m_sstCount = u32(data + 4);
        if (m_sstCount > MaxSstStrings)
            return refuse(tr("The workbook «%1» is refused: it lists more than %2 texts.")
                              .arg(file(), number(MaxSstStrings)));
        p = 8;
    } else if (m_pendingChars > 0) {
        // The rest of a text cut by the previous record, after a flags byte.
        if (size < 1)
            return damaged();
        const bool wide = data[0] & 1;
        const qint64 left = qint64(m_pendingChars) - m_pendingDone;
        p = 1 + (wide ? 2 * left : left);
        if (p > size)
            return refuse(tr("The workbook «%1» holds a text too long for the .xls reader (over two records, some "
                             "4 000 characters); save it as .xlsx.").arg(file()));
        if (m_wanted >= 0)
            m_sst.append(m_pendingText + decode(data + 1, left, wide));
        m_pendingText.clear();
        p += m_pendingSkip;
        m_pendingSkip = p >= size ? quint32(p - size) : 0;
        m_nextSkip = 0;
        m_pendingChars = 0;
        ++m_sstIndex;
    }
    for (quint32 i = m_sstIndex; i < m_sstCount; ++i) {
        if (p >= size)
            return Status::success();
        p += m_nextSkip;
        if (p + 3 > size)
            return damaged();
        const quint16 chars = u16(data + p);
        const quint8 flags = data[p + 2];
        if (flags & 4)
            return refuse(tr("The workbook «%1» holds East Asian phonetic guides in its texts, which the .xls reader "
                             "cannot read; save it as .xlsx.").arg(file()));
        const qint64 runs = (flags & 8) ? 2 : 0;
        if (p + 3 + runs > size)
            return damaged();
        const qint64 skip = runs ? 4 * qint64(u16(data + p + 3)) : 0;
        p += 3 + runs;
        m_textChars += chars;
        if (Status status = textBudget(); !status)
            return status;
        const bool wide = flags & 1;
        const qint64 required = wide ? 2 * qint64(chars) : chars;
        const qint64 available = size - p;
        m_nextSkip = 0;
        if (required > available) {
            m_pendingChars = chars;
            m_pendingDone = quint32(wide ? available / 2 : available);
            if (m_wanted >= 0)
                m_pendingText = decode(data + p, m_pendingDone, wide);
            m_pendingSkip = quint32(skip);
            m_sstIndex = i;
            return Status::success();
        }
        if (m_wanted >= 0)
            m_sst.append(decode(data + p, chars, wide));
        p += required + skip;
        m_nextSkip = p >= size ? quint32(p - size) : 0;
        m_sstIndex = i + 1;
    }
    return Status::success();
}

QString XlsPreflight::Scan::decode(const uchar *data, qint64 chars, bool wide) const
{
    QString text;
    text.reserve(chars);
    for (qint64 i = 0; i < chars; ++i)
        text.append(QChar(char16_t(wide ? u16(data + 2 * i) : data[i])));
    return text;
}

// A BIFF5 text, in the workbook's code page (Windows-1251 or Latin-1).
QString XlsPreflight::Scan::legacyText(const uchar *data, qint64 bytes) const
{
    const QByteArrayView view(reinterpret_cast<const char *>(data), bytes);
    return m_codePage == 1251 ? CsvReader::fromWindows1251(view) : QString::fromLatin1(view.data(), view.size());
}

QString XlsPreflight::Scan::numberText(quint16 xf, double value) const
{
    const Kind kind = kindOfXf(xf);
    // Dates as FreeXL gives them, for days of year 1 to 9999 since 1900.
    if (kind == Kind::None || !std::isfinite(value) || value < 1 || value > 2958466)
        return sheettext::number(value);
    const qint64 day = qint64(std::floor(value));
    const int seconds = int(std::lround((value - double(day)) * 86400.0));
    const QString time = QTime(0, 0).addSecs(std::min(seconds, 86399)).toString(QStringLiteral("HH:mm:ss"));
    if (kind == Kind::Time)
        return time;
    // Excel's 1900 counts a 29 February that never was (day 60).
    const QDate date = m_1904 ? QDate(1904, 1, 1).addDays(day)
                              : day >= 61 ? QDate(1899, 12, 30).addDays(day) : QDate(1899, 12, 31).addDays(day);
    const QString text = date.toString(QStringLiteral("yyyy-MM-dd"));
    return kind == Kind::DateTime && seconds != 0 ? text + u' ' + time : text;
}

void XlsPreflight::Scan::formula(const uchar *data, quint32 row, quint32 column)
{
    const quint64 key = cellKey(row, column);
    const uchar *result = data + 6;
    if (result[6] != 0xFF || result[7] != 0xFF) {
        known.insert(key, numberText(u16(data + 4), f64(result)));
        return;
    }
    switch (result[0]) {
    case 0: // text, in the STRING record that follows
        m_pendingFormula = key;
        known.insert(key, QString());
        break;
    case 1:
        known.insert(key, result[2] ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        break;
    case 2:
        known.insert(key, errorText(result[2]));
        break;
    default:
        known.insert(key, QString());
        break;
    }
}

void XlsPreflight::Scan::formulaString(const uchar *data, qint64 size, bool continued)
{
    QString &text = known[*m_pendingFormula];
    qint64 p = 0;
    if (!continued) {
        if (size < (biff == 8 ? 3 : 2)) {
            m_pendingFormula.reset();
            return;
        }
        m_stringLeft = u16(data);
        p = 2;
        if (biff == 5) {
            text = legacyText(data + 2, std::min(m_stringLeft, size - 2));
            m_pendingFormula.reset();
            return;
        }
    }
    if (p >= size) {
        m_pendingFormula.reset();
        return;
    }
    const bool wide = data[p] & 1;
    ++p;
    const qint64 fits = std::min(m_stringLeft, wide ? (size - p) / 2 : size - p);
    text.append(decode(data + p, fits, wide));
    m_stringLeft -= fits;
    if (m_stringLeft <= 0 || text.size() > SheetLimits::maxCellChars)
        m_pendingFormula.reset();
}

Status XlsPreflight::check(const QString &path)
{
    m_stream.clear();
    m_sheets.clear();
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(XlsxReader::tr("The file «%1» does not exist.").arg(native(path)));
    if (!info.isFile())
        return Status::failure(XlsxReader::tr("«%1» is not a regular file.").arg(native(path)));
    if (info.size() > MaxFileBytes)
        return Status::failure(tr("The file «%1» is refused: it is larger than %2 MB, and an Excel 97–2003 workbook "
                                  "(.xls) is read into memory whole. Save it as .xlsx or CSV, which are read row by "
                                  "row.")
                                   .arg(native(path), number(MaxFileBytes >> 20)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open the file «%1»: %2.").arg(native(path), file.errorString()));
    // As much as the file said it holds, and a byte more to see it did not grow.
    const QByteArray bytes = file.read(info.size() + 1);
    if (bytes.size() != info.size())
        return Status::failure(tr("The file «%1» changed while it was read; try again once it is saved.")
                                   .arg(native(path)));
    static const QByteArray signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (bytes.size() < 512 || !bytes.startsWith(signature)) {
        // Web systems save HTML tables under .xls; Excel opens them, FreeXL cannot.
        const QByteArray head = bytes.left(512).trimmed().toLower();
        if (head.startsWith("<") || head.startsWith("\xEF\xBB\xBF<"))
            return Status::failure(tr("The file «%1» is a web page (HTML) named .xls, not an Excel workbook; open it "
                                      "in Excel or LibreOffice and save it as .xlsx.")
                                       .arg(native(path)));
        return Status::failure(tr("The file «%1» is not an Excel 97–2003 workbook (.xls).").arg(native(path)));
    }
    if (Status status = readContainer(path, bytes); !status)
        return status;
    Scan scan(path, m_mini, -1);
    if (Status status = scan.run(m_stream); !status)
        return status;
    m_biff = scan.biff;
    m_sheets = scan.sheets;
    return Status::success();
}

QStringList XlsPreflight::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names << sheet.name;
    return names;
}

bool XlsPreflight::isWorksheet(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() && (m_sheets[sheet].type == 0 || m_sheets[sheet].type == 1);
}

QHash<quint64, QString> XlsPreflight::knownCells(int sheet) const
{
    Scan scan(QString(), m_mini, sheet);
    scan.run(m_stream); // checked whole already
    return scan.known;
}

} // namespace metodist
