#include "documents/OdsReader.h"

#include "documents/SheetText.h"
#include "documents/XlsxReader.h"
#include "documents/ZipArchive.h"
#include "documents/ZipXml.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace metodist {

namespace {

constexpr QLatin1StringView OfficeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
constexpr QLatin1StringView TableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
constexpr QLatin1StringView TextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
constexpr QLatin1StringView DrawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");

const QString ContentPart = QStringLiteral("content.xml");
// As for XLSX: the text a sheet may deliver in all, and the markup read on
// without a row with text before the sheet is refused.
constexpr qint64 MaxSheetChars = qint64(1) << 30;
constexpr qint64 MaxBytesWithoutRow = qint64(64) << 20;
constexpr qint64 MaxSmallPart = qint64(1) << 20;

QString number(qint64 value)
{
    return QLocale(QLocale::Russian).toString(value);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool is(const QXmlStreamReader &xml, QLatin1StringView ns, QLatin1StringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView ns, QLatin1StringView name)
{
    return xml.attributes().value(ns, name);
}

// A repeat count: 1 when absent, nothing when it is not a count.
std::optional<qint64> repeatCount(QStringView text)
{
    if (text.isEmpty())
        return 1;
    if (text.size() > 12)
        return std::nullopt;
    qint64 count = 0;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        count = count * 10 + (ch.unicode() - u'0');
    }
    return count >= 1 ? std::optional<qint64>(count) : std::nullopt;
}

// "2025-03-25T10:30:00.5" → "2025-03-25 10:30:00"; midnight is the date alone.
QString dateText(const QString &value)
{
    const qsizetype t = value.indexOf(u'T');
    if (t < 0)
        return value;
    QString time = value.mid(t + 1).left(8);
    if (time == u"00:00:00")
        return value.left(t);
    return value.left(t) + u' ' + time;
}

// "PT10H30M05.5S" → "10:30:05".
QString timeText(const QString &value)
{
    static const QRegularExpression duration(QStringLiteral("^-?PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?$"));
    const QRegularExpressionMatch match = duration.match(value);
    if (!match.hasMatch())
        return value;
    const auto two = [](const QString &digits) {
        return digits.isEmpty() ? QStringLiteral("00") : digits.rightJustified(2, u'0');
    };
    return two(match.captured(1)) + u':' + two(match.captured(2)) + u':' + two(match.captured(3));
}

QString notSpreadsheet(const QString &path)
{
    return OdsReader::tr("The file «%1» is not an OpenDocument spreadsheet (.ods).").arg(native(path));
}

// The container's own say: a spreadsheet's mimetype, and no encryption.
Status checkPackage(ZipArchive &zip, const QString &path)
{
    if (!zip.isOpen() || !zip.hasPart(ContentPart))
        return Status::failure(notSpreadsheet(path));
    if (zip.hasPart(QStringLiteral("mimetype"))) {
        auto mimetype = zip.readWhole(QStringLiteral("mimetype"), MaxSmallPart);
        if (!mimetype)
            return mimetype.status();
        if (!mimetype.value().trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return Status::failure(notSpreadsheet(path));
    }
    if (zip.hasPart(QStringLiteral("META-INF/manifest.xml"))) {
        auto manifest = zip.readWhole(QStringLiteral("META-INF/manifest.xml"), MaxSmallPart * 16);
        if (!manifest)
            return manifest.status();
        if (manifest.value().contains("encryption-data"))
            return Status::failure(OdsReader::tr("The spreadsheet «%1» is protected with a password; save it again "
                                                 "without one.")
                                       .arg(native(path)));
    }
    return Status::success();
}

} // namespace

struct OdsSheetStream::State
{
    QString path;
    QString sheet;
    std::unique_ptr<ZipArchive> zip;
    std::unique_ptr<PartXml> part;
    Status status = Status::success();
    bool ended = false;
    int tableDepth = 0; // 1 inside the chosen table; more inside a table in one of its cells
    qint64 charsDelivered = 0;
    qint64 unpackedAtLastRow = 0;

    // The row being read; rowNumber is its spreadsheet number (1-based).
    qint64 rowNumber = 1;
    qint64 rowRepeat = 1;
    bool inRow = false;
    QStringList cells;
    qint64 rowChars = 0;
    qint64 column = 0; // the next cell's column (0-based)
    // A row with text that the file repeats: given again until none is left.
    QStringList repeated;
    qint64 repeatsLeft = 0;
    qint64 repeatedRow = 0;

    // The cell being read.
    bool inCell = false;
    qint64 cellRepeat = 1;
    QString valueType, value, text;
    int paragraphs = 0;
    int paragraphDepth = 0;
    int skipDepth = 0; // inside a comment or a drawing

    Status refuse(const QString &message)
    {
        status = Status::failure(message);
        return status;
    }

    QString cellName() const { return sheettext::cellName(column + 1, rowNumber); }

    Status tooLong()
    {
        return refuse(XlsxReader::tr("The sheet «%1» is refused: the cell %2 holds more than %3 characters, the "
                                     "limit of a spreadsheet cell.")
                          .arg(sheet, cellName(), number(SheetLimits::maxCellChars)));
    }

    Status append(QStringView more)
    {
        if (text.size() + more.size() > SheetLimits::maxCellChars)
            return tooLong();
        text.append(more);
        return Status::success();
    }

    Status startRow(const QXmlStreamReader &xml)
    {
        const QStringView written = attribute(xml, TableNs, QLatin1StringView("number-rows-repeated"));
        const auto repeat = repeatCount(written);
        if (!repeat)
            return refuse(OdsReader::tr("The sheet «%1» is damaged: row %2 repeats «%3» times.")
                              .arg(sheet, number(rowNumber), written.left(20).toString()));
        inRow = true;
        rowRepeat = *repeat;
        cells.clear();
        rowChars = 0;
        column = 0;
        return Status::success();
    }

    Status startCell(const QXmlStreamReader &xml)
    {
        const QStringView written = attribute(xml, TableNs, QLatin1StringView("number-columns-repeated"));
        const auto repeat = repeatCount(written);
        if (!repeat)
            return refuse(OdsReader::tr("The sheet «%1» is damaged: the cell %2 repeats «%3» times.")
                              .arg(sheet, cellName(), written.left(20).toString()));
        inCell = true;
        cellRepeat = *repeat;
        valueType = attribute(xml, OfficeNs, QLatin1StringView("value-type")).toString();
        if (valueType == u"float" || valueType == u"percentage" || valueType == u"currency")
            value = attribute(xml, OfficeNs, QLatin1StringView("value")).toString();
        else if (valueType == u"date")
            value = attribute(xml, OfficeNs, QLatin1StringView("date-value")).toString();
        else if (valueType == u"time")
            value = attribute(xml, OfficeNs, QLatin1StringView("time-value")).toString();
        else if (valueType == u"boolean")
            value = attribute(xml, OfficeNs, QLatin1StringView("boolean-value")).toString();
        else
            value = attribute(xml, OfficeNs, QLatin1StringView("string-value"))
                        .left(SheetLimits::maxCellChars + 1)
                        .toString();
        text.clear();
        paragraphs = 0;
        paragraphDepth = 0;
        skipDepth = 0;
        return Status::success();
    }

    QString cellText() const
    {
        if (valueType == u"float" || valueType == u"percentage" || valueType == u"currency")
            return value.isEmpty() ? text : sheettext::number(value);
        if (valueType == u"date")
            return value.isEmpty() ? text : dateText(value);
        if (valueType == u"time")
            return value.isEmpty() ? text : timeText(value);
        if (valueType == u"boolean")
            return value.isEmpty() ? text : value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return text.isEmpty() ? value : text;
    }

    // An empty cell only moves the column on, however often it repeats: the
    // trailing ones of a row are never kept.
    Status endCell()
    {
        inCell = false;
        const QString content = cellText();
        if (!content.isEmpty()) {
            if (content.size() > SheetLimits::maxCellChars)
                return tooLong();
            if (column + cellRepeat > SheetLimits::maxColumns)
                return refuse(OdsReader::tr("The sheet «%1» is refused: row %2 has text beyond column %3, the last "
                                            "of a sheet.")
                                  .arg(sheet, number(rowNumber), number(SheetLimits::maxColumns)));
            rowChars += content.size() * cellRepeat;
            if (rowChars > SheetLimits::maxRecordChars)
                return refuse(XlsxReader::tr("The sheet «%1» is refused: row %2 holds more than %3 characters, far "
                                            "beyond any registry row.")
                                  .arg(sheet, number(rowNumber), number(SheetLimits::maxRecordChars)));
            while (cells.size() < column)
                cells.append(QString());
            for (qint64 i = 0; i < cellRepeat; ++i)
                cells.append(content);
        }
        column += cellRepeat;
        return Status::success();
    }

    // The row's first delivery, or false when it holds no text.
    Result<bool> endRow()
    {
        inRow = false;
        const qint64 first = rowNumber;
        rowNumber += rowRepeat;
        if (cells.isEmpty())
            return false;
        if (first + rowRepeat - 1 > SheetLimits::maxRows)
            return Status::failure(OdsReader::tr("The sheet «%1» is refused: it has text beyond row %2, the last "
                                                 "of a sheet.")
                                       .arg(sheet, number(SheetLimits::maxRows)));
        repeated = cells;
        repeatsLeft = rowRepeat;
        repeatedRow = first;
        return true;
    }

    bool deliver(QStringList &out, int &row)
    {
        qint64 chars = 0;
        for (const QString &cell : std::as_const(repeated))
            chars += cell.size();
        charsDelivered += chars;
        if (charsDelivered > MaxSheetChars) {
            refuse(XlsxReader::tr("The sheet «%1» is refused: its cells hold more than %2 characters in all, far "
                                 "beyond any registry.")
                       .arg(sheet, number(MaxSheetChars)));
            return false;
        }
        out = repeated;
        row = int(repeatedRow);
        ++repeatedRow;
        if (--repeatsLeft == 0)
            repeated.clear();
        unpackedAtLastRow = zip->unpacked();
        return true;
    }

    // Reads on to the start of the chosen table, or with `names` to the end,
    // noting every sheet's name (tables inside cells are not sheets).
    Status findTable(const QString &wanted, QStringList *names)
    {
        int skipping = 0;
        bool anyTable = false;
        for (;;) {
            const auto token = part->readNext();
            if (token == QXmlStreamReader::Invalid)
                return damaged();
            if (token == QXmlStreamReader::EndDocument) {
                ended = true;
                return Status::success();
            }
            QXmlStreamReader &xml = part->xml();
            if (!anyTable && zip->unpacked() > MaxBytesWithoutRow)
                return refuse(OdsReader::tr("The file «%1» is refused: its first %2 MB hold no sheet.")
                                  .arg(native(path), ZipArchive::megabytes(MaxBytesWithoutRow)));
            if (token == QXmlStreamReader::EndElement && skipping > 0 && is(xml, TableNs, QLatin1StringView("table")))
                --skipping;
            if (token != QXmlStreamReader::StartElement || !is(xml, TableNs, QLatin1StringView("table")))
                continue;
            anyTable = true;
            if (skipping > 0) {
                ++skipping;
                continue;
            }
            const QString name = attribute(xml, TableNs, QLatin1StringView("name")).left(1000).toString();
            if (names) {
                if (names->size() >= 10000)
                    return refuse(OdsReader::tr("The file «%1» is refused: it has more than %2 sheets.")
                                      .arg(native(path), number(10000)));
                names->append(name);
            } else if (wanted.isEmpty() || name == wanted) {
                sheet = name;
                tableDepth = 1;
                return Status::success();
            }
            skipping = 1;
        }
    }

    Status damaged()
    {
        return status = part->failure([this](const QString &reason) {
            return OdsReader::tr("The spreadsheet «%1» is damaged: %2.").arg(native(path), reason);
        });
    }
};

OdsSheetStream::OdsSheetStream() : d(std::make_unique<State>()) {}

OdsSheetStream::~OdsSheetStream() = default;

Status OdsSheetStream::open(const QString &path, const QString &sheetName)
{
    d = std::make_unique<State>();
    d->path = path;
    if (!QFileInfo(path).isFile())
        return d->refuse(QFileInfo::exists(path) ? XlsxReader::tr("«%1» is not a regular file.").arg(native(path))
                                                 : XlsxReader::tr("The file «%1» does not exist.").arg(native(path)));
    d->zip = std::make_unique<ZipArchive>(path);
    if (Status package = checkPackage(*d->zip, path); !package)
        return d->status = package;
    if (Status opened = d->zip->openPart(ContentPart, ZipArchive::MaxPartBytes); !opened)
        return d->status = opened;
    d->part = std::make_unique<PartXml>(*d->zip);
    if (Status found = d->findTable(sheetName, nullptr); !found)
        return found;
    if (d->tableDepth == 1) {
        d->unpackedAtLastRow = d->zip->unpacked();
        return Status::success();
    }
    if (sheetName.isEmpty())
        return d->refuse(tr("The spreadsheet «%1» has no sheets.").arg(native(path)));
    auto names = OdsReader::sheetNames(path);
    return d->refuse(XlsxReader::tr("The workbook has no sheet «%1»; its sheets: %2.")
                         .arg(sheetName, names ? names.value().join(QStringLiteral(", ")) : QString()));
}

bool OdsSheetStream::next(QStringList &cells, int &row)
{
    if (!d->status)
        return false;
    if (d->repeatsLeft > 0)
        return d->deliver(cells, row);
    if (d->ended || d->tableDepth == 0 || !d->part)
        return false;
    for (;;) {
        const auto token = d->part->readNext();
        if (token == QXmlStreamReader::Invalid) {
            d->damaged();
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            d->ended = true;
            return false;
        }
        if (d->zip->unpacked() - d->unpackedAtLastRow > MaxBytesWithoutRow) {
            d->refuse(XlsxReader::tr("The sheet «%1» is refused: %2 MB of it in a row hold no text at all.")
                          .arg(d->sheet, ZipArchive::megabytes(MaxBytesWithoutRow)));
            return false;
        }
        QXmlStreamReader &xml = d->part->xml();
        Status step = Status::success();
        if (token == QXmlStreamReader::StartElement) {
            if (is(xml, TableNs, QLatin1StringView("table"))) {
                ++d->tableDepth;
            } else if (d->tableDepth != 1) {
                // inside a table in a cell: its text is not the sheet's
            } else if (d->inCell) {
                if (d->skipDepth > 0 || is(xml, OfficeNs, QLatin1StringView("annotation"))
                    || xml.namespaceUri() == DrawNs)
                    ++d->skipDepth;
                else if (is(xml, TextNs, QLatin1StringView("p")) || is(xml, TextNs, QLatin1StringView("h"))) {
                    if (d->paragraphDepth == 0 && d->paragraphs++ > 0)
                        step = d->append(u"\n");
                    ++d->paragraphDepth;
                } else if (d->paragraphDepth > 0 && is(xml, TextNs, QLatin1StringView("s"))) {
                    const auto count = repeatCount(attribute(xml, TextNs, QLatin1StringView("c")));
                    const qint64 spaces = std::min<qint64>(count.value_or(1), SheetLimits::maxCellChars + 1);
                    step = d->append(QString(qsizetype(spaces), u' '));
                } else if (d->paragraphDepth > 0 && is(xml, TextNs, QLatin1StringView("tab"))) {
                    step = d->append(u"\t");
                } else if (d->paragraphDepth > 0 && is(xml, TextNs, QLatin1StringView("line-break"))) {
                    step = d->append(u"\n");
                }
            } else if (d->inRow && (is(xml, TableNs, QLatin1StringView("table-cell"))
                                    || is(xml, TableNs, QLatin1StringView("covered-table-cell")))) {
                step = d->startCell(xml);
            } else if (is(xml, TableNs, QLatin1StringView("table-row"))) {
                step = d->startRow(xml);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (is(xml, TableNs, QLatin1StringView("table"))) {
                if (--d->tableDepth == 0) {
                    d->ended = true; // the chosen sheet is read; the rest of the file is not
                    return false;
                }
            } else if (d->tableDepth != 1) {
            } else if (d->inCell && d->skipDepth > 0) {
                --d->skipDepth;
            } else if (d->inCell && (is(xml, TableNs, QLatin1StringView("table-cell"))
                                     || is(xml, TableNs, QLatin1StringView("covered-table-cell")))) {
                step = d->endCell();
            } else if (d->inCell
                       && (is(xml, TextNs, QLatin1StringView("p")) || is(xml, TextNs, QLatin1StringView("h")))) {
                --d->paragraphDepth;
            } else if (d->inRow && is(xml, TableNs, QLatin1StringView("table-row"))) {
                const Result<bool> ended = d->endRow();
                if (!ended) {
                    d->status = ended.status();
                    return false;
                }
                if (ended.value())
                    return d->deliver(cells, row);
            }
        } else if (token == QXmlStreamReader::Characters && d->tableDepth == 1 && d->inCell && d->paragraphDepth > 0
                   && d->skipDepth == 0) {
            step = d->append(xml.text());
        }
        if (!step)
            return false;
    }
}

Status OdsSheetStream::status() const
{
    return d->status;
}

double OdsSheetStream::fractionDone() const
{
    return d->zip ? d->zip->fractionDone() : 1.0;
}

QString OdsSheetStream::sheetName() const
{
    return d->sheet;
}

Result<QStringList> OdsReader::sheetNames(const QString &path)
{
    OdsSheetStream::State state;
    state.path = path;
    if (!QFileInfo(path).isFile())
        return Status::failure(QFileInfo::exists(path)
                                   ? XlsxReader::tr("«%1» is not a regular file.").arg(native(path))
                                   : XlsxReader::tr("The file «%1» does not exist.").arg(native(path)));
    state.zip = std::make_unique<ZipArchive>(path);
    if (Status package = checkPackage(*state.zip, path); !package)
        return package;
    if (Status opened = state.zip->openPart(ContentPart, ZipArchive::MaxPartBytes); !opened)
        return opened;
    state.part = std::make_unique<PartXml>(*state.zip);
    QStringList names;
    if (Status read = state.findTable(QString(), &names); !read)
        return read;
    return names;
}

} // namespace metodist
