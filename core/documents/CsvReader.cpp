#include "documents/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

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

struct Parsed
{
    QList<QStringList> rows;
    QList<int> lineNumbers;
    int unterminatedRow = 0; // the row where an unclosed quoted cell starts
};

// Splits text into records. Stops after maxRows non-blank records when
// maxRows > 0. A CR, LF or CRLF ends a record; inside quotes each of them
// becomes a single '\n'.
Parsed parseRecords(QStringView text, QChar delimiter, int maxRows = 0)
{
    Parsed out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int row = 1;
    while (i < n) {
        QStringList cells;
        bool blank = true;
        for (;;) {
            QString cell;
            if (i < n && text[i] == Quote) {
                blank = false;
                ++i;
                bool closed = false;
                while (i < n && !closed) {
                    const QChar c = text[i++];
                    if (c == Quote) {
                        if (i < n && text[i] == Quote) {
                            cell.append(Quote);
                            ++i;
                        } else {
                            closed = true;
                        }
                    } else if (c == u'\r') {
                        cell.append(u'\n');
                        if (i < n && text[i] == u'\n')
                            ++i;
                    } else {
                        cell.append(c);
                    }
                }
                if (!closed) {
                    out.unterminatedRow = row;
                    return out;
                }
            }
            // An unquoted cell, or stray text after a closing quote: kept as is.
            while (i < n && text[i] != delimiter && text[i] != u'\r' && text[i] != u'\n')
                cell.append(text[i++]);
            if (!cell.isEmpty())
                blank = false;
            cells.append(cell);
            if (i < n && text[i] == delimiter) {
                blank = false;
                ++i;
                continue;
            }
            break;
        }
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n')
            ++i;
        if (!blank) {
            out.rows.append(cells);
            out.lineNumbers.append(row);
            if (maxRows > 0 && out.rows.size() >= maxRows)
                break;
        }
        ++row;
    }
    return out;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read the file «%1»: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Status::failure(tr("Cannot read the file «%1»: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(bytes);
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);

    Parsed parsed = parseRecords(text, table.delimiter);
    if (parsed.unterminatedRow > 0)
        return Status::failure(tr("The quoted cell that starts in row %1 is never closed: "
                                  "check the double quotes in that row.")
                                   .arg(parsed.unterminatedRow));
    table.rows = std::move(parsed.rows);
    table.lineNumbers = std::move(parsed.lineNumbers);
    return table;
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
        const Parsed parsed = parseRecords(text, candidate, DetectionRecords);
        QHash<int, int> recordsByCells;
        for (const QStringList &row : parsed.rows) {
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
