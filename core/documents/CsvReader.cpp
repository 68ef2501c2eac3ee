#include "documents/CsvReader.h"

#include "documents/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <future>
#include <vector>

namespace metodist {

namespace {

// Windows-1251 bytes 0x80–0xBF; 0xC0–0xFF are А..я in order (U+0410–U+044F).
// 0x98 is unassigned and maps to U+0098, as Windows and ICU do. The table is
// used on every platform, so the result never depends on Qt's ICU support.
constexpr char16_t Cp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8
};

constexpr QChar Quote = u'"';
constexpr int DetectionRecords = 20;
// Bytes decoded at a time: large enough that a record rarely straddles two
// chunks, small enough that a file of any size is read in little memory.
constexpr qsizetype ChunkBytes = qsizetype(4) << 20;

enum class Parse { Record, NeedMore, End, Unterminated, CellTooLong, QuotedCellTooLong, TooManyCells, RecordTooLong };

// Parses the record at the start of text into cells. `final` says that no
// more text follows; otherwise a record that may continue past the end of
// text is not taken (NeedMore). A CR, LF or CRLF ends a record; inside quotes
// each of them becomes a single '\n'. `blank` tells an empty line. A cell
// longer than a spreadsheet cell or a record of more cells than a sheet has
// columns stops the parse at once (`column` tells which, 1-based), so a
// hostile line never costs more than a record's worth of memory.
Parse parseRecord(QStringView text, QChar delimiter, bool final, QStringList &cells, qsizetype &consumed, bool &blank,
                  int &column)
{
    cells.clear();
    blank = true;
    const qsizetype n = text.size();
    if (n == 0)
        return final ? Parse::End : Parse::NeedMore;
    qsizetype i = 0;
    for (;;) {
        column = int(cells.size()) + 1;
        if (cells.size() >= SheetLimits::maxColumns)
            return Parse::TooManyCells;
        QString cell;
        if (text[i] == Quote) {
            blank = false;
            ++i;
            bool closed = false;
            qsizetype run = i;
            while (i < n) {
                const QChar c = text[i];
                if (cell.size() + (i - run) > SheetLimits::maxCellChars)
                    return Parse::QuotedCellTooLong;
                if (c == Quote) {
                    cell.append(text.sliced(run, i - run));
                    if (i + 1 >= n && !final)
                        return Parse::NeedMore; // a doubled quote may be split
                    if (i + 1 < n && text[i + 1] == Quote) {
                        cell.append(Quote);
                        i += 2;
                        run = i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\r') {
                    cell.append(text.sliced(run, i - run));
                    cell.append(u'\n');
                    if (i + 1 >= n && !final)
                        return Parse::NeedMore; // CRLF may be split
                    i += (i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                    run = i;
                    continue;
                }
                ++i;
            }
            if (!closed)
                return final ? Parse::Unterminated : Parse::NeedMore;
        }
        // An unquoted cell, or stray text after a closing quote: kept as is.
        const qsizetype start = i;
        while (i < n && text[i] != delimiter && text[i] != u'\r' && text[i] != u'\n') {
            if (cell.size() + (i - start) >= SheetLimits::maxCellChars)
                return Parse::CellTooLong;
            ++i;
        }
        if (i >= n && !final)
            return Parse::NeedMore;
        if (i > start) {
            cell.append(text.sliced(start, i - start));
            blank = false;
        }
        cells.append(cell);
        if (i < n && text[i] == delimiter) {
            blank = false;
            ++i;
            if (i >= n && !final)
                return Parse::NeedMore;
            if (i < n)
                continue;
            if (cells.size() >= SheetLimits::maxColumns) {
                column = int(cells.size()) + 1;
                return Parse::TooManyCells;
            }
            cells.append(QString()); // a delimiter at the very end: one more empty cell
        }
        break;
    }
    if (i < n && text[i] == u'\r') {
        if (i + 1 >= n && !final)
            return Parse::NeedMore;
        ++i;
    }
    if (i < n && text[i] == u'\n')
        ++i;
    consumed = i;
    // Cells each within a cell's limit may still make a record no registry
    // row comes near; it is refused whether it came in one chunk or several.
    if (consumed > SheetLimits::maxRecordChars)
        return Parse::RecordTooLong;
    return Parse::Record;
}

// The first records of text (taken as complete), for delimiter detection.
QList<QStringList> firstRecords(QStringView text, QChar delimiter, int maxRows)
{
    QList<QStringList> rows;
    QStringList cells;
    qsizetype consumed = 0;
    bool blank = true;
    int column = 0;
    while (rows.size() < maxRows
           && parseRecord(text, delimiter, true, cells, consumed, blank, column) == Parse::Record) {
        if (!blank)
            rows.append(cells);
        text = text.sliced(consumed);
    }
    return rows;
}

// Whether the bytes end inside a UTF-8 sequence (a file cut short).
bool endsInsideUtf8Sequence(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 4 && back <= bytes.size(); ++back) {
        const auto b = static_cast<unsigned char>(bytes[bytes.size() - back]);
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

bool isValidUtf8(QByteArrayView bytes)
{
    if (endsInsideUtf8Sequence(bytes))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    std::vector<QChar> buffer;
    for (qsizetype at = 0; at < bytes.size(); at += ChunkBytes) {
        const QByteArrayView chunk = bytes.sliced(at, std::min(ChunkBytes, bytes.size() - at));
        buffer.resize(size_t(chunk.size()) + 2);
        decoder.appendToBuffer(buffer.data(), chunk);
        if (decoder.hasError())
            return false;
    }
    return true;
}

} // namespace

struct CsvStream::State
{
    enum class Codec { Utf8, Utf16, Cp1251 };

    // A chunk of the input read and decoded.
    struct Decoded
    {
        Status status = Status::success();
        QString text;
        qint64 bytes = 0;
    };

    // The input: a file read a chunk at a time (never mapped: a file cut
    // short while mapped kills the process with SIGBUS), or bytes in memory.
    QFile file;
    QString path;
    QByteArray owned;
    qint64 size = 0;      // of the input when it was opened
    qint64 offset = 0;    // bytes decoded into the text so far
    qint64 readOffset = 0; // bytes read, one chunk ahead of offset while the next is decoded
    Codec codec = Codec::Utf8;
    QStringDecoder decoder;
    QString encoding;
    QChar delimiter = u';';
    bool cutInsideLetter = false; // UTF-8 that ends inside a letter
    QString text;       // decoded and not yet parsed from pos on
    qsizetype pos = 0;
    qint64 decodedChars = 0;
    double reported = 0;
    int row = 1;        // the spreadsheet row of the next record
    Status status = Status::success();

    qsizetype chunkBytes = ChunkBytes;
    // The chunk being read ahead; last, so that it is waited for before
    // the members it uses are destroyed.
    std::future<Decoded> ahead;

    bool atEnd() const { return offset >= size; }

    Status changed() const
    {
        return Status::failure(CsvReader::tr("The file «%1» changed while it was being read; nothing was taken from "
                                             "it. Read it again once it is saved.")
                                   .arg(QDir::toNativeSeparators(path)));
    }

    // Up to `bytes` bytes at `at`; a file that grew, shrank or failed is an error.
    Result<QByteArray> bytesAt(qint64 at, qint64 bytes)
    {
        bytes = std::min(bytes, size - at);
        if (bytes <= 0)
            return QByteArray();
        if (!file.isOpen())
            return owned.mid(at, bytes);
        if (file.pos() != at && !file.seek(at))
            return changed();
        QByteArray chunk = file.read(bytes);
        if (chunk.size() != bytes)
            return changed();
        return chunk;
    }

    // Reads and decodes the chunk at readOffset. Runs on the reading thread
    // or, for the chunk after, on a helper; never on both at once, and only it
    // touches the file, the decoder and readOffset.
    Decoded decodeNext()
    {
        Decoded out;
        auto chunk = bytesAt(readOffset, chunkBytes);
        if (!chunk) {
            out.status = chunk.status();
            return out;
        }
        out.bytes = chunk.value().size();
        readOffset += out.bytes;
        const bool last = readOffset >= size;
        if (last && file.isOpen() && file.size() != size) {
            out.status = changed();
            return out;
        }
        if (codec == Codec::Cp1251)
            out.text = CsvReader::fromWindows1251(chunk.value());
        else
            out.text = decoder.decode(chunk.value());
        // A file with a BOM cut inside its last letter: the letter is lost, not silently.
        if (last && cutInsideLetter)
            out.text.append(QChar::ReplacementCharacter);
        // UTF-16 of an odd length: half a letter at the end, shown as such.
        if (last && codec == Codec::Utf16 && size % 2 == 1)
            out.text.append(QChar::ReplacementCharacter);
        return out;
    }

    // Appends the next chunk to the text; while the records of one chunk are
    // parsed, the next is read and decoded on the second core (decoding
    // Cyrillic UTF-8 costs as much as parsing it).
    Status fill()
    {
        Decoded next = ahead.valid() ? ahead.get() : decodeNext();
        if (!next.status)
            return status = next.status;
        text.remove(0, pos);
        pos = 0;
        offset += next.bytes;
        decodedChars += next.text.size();
        text.append(next.text);
        if (readOffset < size)
            ahead = std::async(std::launch::async, [this] { return decodeNext(); });
        return Status::success();
    }

    // One pass over the input: is it UTF-8 throughout, and does it end inside a letter?
    Result<bool> scanUtf8(qint64 from)
    {
        QStringDecoder check(QStringDecoder::Utf8);
        std::vector<QChar> buffer;
        QByteArray tail;
        for (qint64 at = from; at < size; at += ChunkBytes) {
            auto chunk = bytesAt(at, ChunkBytes);
            if (!chunk)
                return chunk.status();
            buffer.resize(size_t(chunk.value().size()) + 2);
            check.appendToBuffer(buffer.data(), chunk.value());
            if (check.hasError())
                return false; // not UTF-8: the rest need not be read
            tail = (tail + chunk.value()).right(4);
        }
        cutInsideLetter = endsInsideUtf8Sequence(tail);
        return !cutInsideLetter;
    }

    Status start()
    {
        auto head = bytesAt(0, 65536 + 3);
        if (!head)
            return status = head.status();
        const QByteArray &first = head.value();
        if (first.startsWith("\xEF\xBB\xBF")) {
            encoding = QStringLiteral("UTF-8 (BOM)");
            offset = readOffset = 3;
            decoder = QStringDecoder(QStringDecoder::Utf8);
            // The mark says UTF-8: no pass over the whole file to decide, only
            // its last bytes for a letter cut short.
            auto tail = bytesAt(std::max(offset, size - 4), 4);
            if (!tail)
                return status = tail.status();
            cutInsideLetter = endsInsideUtf8Sequence(tail.value());
        } else if (first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF")) {
            // Excel's "Unicode text"; the decoder reads and drops the mark.
            encoding = QStringLiteral("UTF-16 (BOM)");
            codec = Codec::Utf16;
            decoder = QStringDecoder(QStringDecoder::Utf16);
        } else {
            auto utf8 = scanUtf8(0);
            if (!utf8)
                return status = utf8.status();
            if (utf8.value()) {
                encoding = QStringLiteral("UTF-8");
                decoder = QStringDecoder(QStringDecoder::Utf8);
            } else {
                encoding = QStringLiteral("Windows-1251");
                codec = Codec::Cp1251;
                cutInsideLetter = false;
            }
        }
        // The delimiter from the first 64 KiB decoded apart, so that the
        // chunks the records are read in keep their size.
        const QByteArrayView sample = QByteArrayView(first).sliced(offset);
        delimiter = CsvReader::detectDelimiter(codec == Codec::Cp1251 ? CsvReader::fromWindows1251(sample)
                                               : codec == Codec::Utf16 ? QString(QStringDecoder(QStringDecoder::Utf16).decode(sample))
                                                                       : QString::fromUtf8(sample));
        return fill();
    }
};

CsvStream::CsvStream() : d(std::make_unique<State>()), m_chunkBytes(ChunkBytes) {}

void CsvStream::setChunkBytes(qsizetype bytes)
{
    m_chunkBytes = std::max<qsizetype>(bytes, 1);
}

CsvStream::~CsvStream() = default;

Status CsvStream::open(const QString &path)
{
    d = std::make_unique<State>();
    d->chunkBytes = m_chunkBytes;
    d->path = path;
    d->file.setFileName(path);
    // A pipe or a device would block or never end.
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return d->status = Status::failure(CsvReader::tr("«%1» is not a regular file.").arg(QDir::toNativeSeparators(path)));
    if (!d->file.open(QIODevice::ReadOnly))
        return d->status = Status::failure(CsvReader::tr("Cannot read the file «%1»: %2.")
                                               .arg(QDir::toNativeSeparators(path), d->file.errorString()));
    d->size = d->file.size();
    return d->start();
}

Status CsvStream::openBytes(const QByteArray &bytes)
{
    d = std::make_unique<State>();
    d->chunkBytes = m_chunkBytes;
    d->owned = bytes;
    d->size = bytes.size();
    return d->start();
}

QString CsvStream::encoding() const
{
    return d->encoding;
}

QChar CsvStream::delimiter() const
{
    return d->delimiter;
}

Status CsvStream::status() const
{
    return d->status;
}

double CsvStream::fractionDone() const
{
    if (d->size == 0)
        return 1.0;
    // The bytes behind the text not parsed yet, in proportion to its length.
    const qsizetype unparsed = d->text.size() - d->pos;
    const double bytesPerChar = d->decodedChars > 0 ? double(d->offset) / double(d->decodedChars) : 1.0;
    const double fraction = (double(d->offset) - double(unparsed) * bytesPerChar) / double(d->size);
    // The estimate wobbles where a chunk is appended; progress never goes back.
    d->reported = std::clamp(fraction, d->reported, 1.0);
    return d->reported;
}

bool CsvStream::next(QStringList &cells, int &row)
{
    if (!d->status)
        return false;
    const QLocale russian(QLocale::Russian);
    for (;;) {
        qsizetype consumed = 0;
        bool blank = true;
        int column = 0;
        const Parse parsed = parseRecord(QStringView(d->text).sliced(d->pos), d->delimiter, d->atEnd(), cells,
                                         consumed, blank, column);
        switch (parsed) {
        case Parse::NeedMore:
            // No registry record is this long: a line without an end, or a
            // quote opened and never closed, is refused before it costs memory.
            if (d->text.size() - d->pos > SheetLimits::maxRecordChars) {
                const bool quoted = d->text.size() > d->pos && d->text[d->pos] == Quote;
                cells.clear();
                d->status = Status::failure(
                    quoted ? CsvReader::tr("The quoted cell that starts in row %1 is never closed: check the double "
                                           "quotes in that row.")
                                 .arg(d->row)
                           : CsvReader::tr("Row %1 is longer than %2 characters; no registry row comes near that. "
                                           "Is this a CSV file?")
                                 .arg(d->row)
                                 .arg(russian.toString(qint64(SheetLimits::maxRecordChars))));
                return false;
            }
            if (!d->fill())
                return false;
            continue;
        case Parse::End:
            return false;
        case Parse::Unterminated:
            d->status = Status::failure(CsvReader::tr("The quoted cell that starts in row %1 is never closed: "
                                                      "check the double quotes in that row.")
                                            .arg(d->row));
            return false;
        case Parse::CellTooLong:
        case Parse::QuotedCellTooLong:
            cells.clear();
            d->status = Status::failure(
                (parsed == Parse::QuotedCellTooLong
                     ? CsvReader::tr("Row %1, column %2: the quoted cell is longer than %3 characters, the limit of a "
                                     "spreadsheet cell; check the double quotes in that row.")
                     : CsvReader::tr("Row %1, column %2: the cell is longer than %3 characters, the limit of a "
                                     "spreadsheet cell."))
                    .arg(d->row)
                    .arg(column)
                    .arg(russian.toString(SheetLimits::maxCellChars)));
            return false;
        case Parse::TooManyCells:
            cells.clear();
            d->status = Status::failure(CsvReader::tr("Row %1 has more than %2 cells, the columns of a whole "
                                                      "spreadsheet; is «%3» really the delimiter?")
                                            .arg(d->row)
                                            .arg(russian.toString(SheetLimits::maxColumns))
                                            .arg(d->delimiter == u'\t' ? QStringLiteral("Tab")
                                                                       : QString(d->delimiter)));
            return false;
        case Parse::RecordTooLong:
            cells.clear();
            d->status = Status::failure(CsvReader::tr("Row %1 is longer than %2 characters; no registry row comes near "
                                                      "that. Is this a CSV file?")
                                            .arg(d->row)
                                            .arg(russian.toString(qint64(SheetLimits::maxRecordChars))));
            return false;
        case Parse::Record:
            d->pos += consumed;
            row = d->row++;
            if (blank)
                continue;
            return true;
        }
    }
}

namespace {

Result<CsvTable> collect(CsvStream &stream, int maxRows)
{
    CsvTable table{stream.encoding(), stream.delimiter(), {}, {}};
    QStringList cells;
    int row = 0;
    while ((maxRows <= 0 || table.rows.size() < maxRows) && stream.next(cells, row)) {
        table.rows.append(cells);
        table.lineNumbers.append(row);
    }
    if (!stream.status())
        return stream.status();
    return table;
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path, int maxRows)
{
    CsvStream stream;
    if (Status status = stream.open(path); !status)
        return status;
    return collect(stream, maxRows);
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes)
{
    CsvStream stream;
    if (Status status = stream.openBytes(bytes); !status)
        return status;
    return collect(stream, 0);
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    auto report = [encoding](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        report("UTF-8 (BOM)");
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    }
    // Excel's "Unicode text" is UTF-16 with a byte order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        report("UTF-16 (BOM)");
        return QStringDecoder(QStringDecoder::Utf16).decode(bytes);
    }
    if (isValidUtf8(bytes)) {
        report("UTF-8");
        return QString::fromUtf8(bytes);
    }
    report("Windows-1251");
    return fromWindows1251(bytes);
}

QString CsvReader::fromWindows1251(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            *out++ = QChar(b);
        else if (b < 0xC0)
            *out++ = QChar(Cp1251High[b - 0x80]);
        else
            *out++ = QChar(char16_t(0x0410 + (b - 0xC0)));
    }
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // The best candidate splits the most records into the same number (> 1)
    // of cells; on a tie the larger cell count wins, then the earlier candidate.
    QChar best = u';';
    int bestRecords = 0;
    int bestCells = 0;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        QHash<int, int> recordsByCells;
        for (const QStringList &row : firstRecords(text, candidate, DetectionRecords)) {
            if (row.size() > 1)
                ++recordsByCells[int(row.size())];
        }
        for (auto it = recordsByCells.cbegin(); it != recordsByCells.cend(); ++it) {
            const bool better = it.value() > bestRecords
                || (it.value() == bestRecords && it.key() > bestCells);
            if (better) {
                best = candidate;
                bestRecords = it.value();
                bestCells = it.key();
            }
        }
    }
    return best;
}

} // namespace metodist
