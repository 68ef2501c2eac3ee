#include "documents/XlsxReader.h"

#include "documents/SheetText.h"
#include "documents/ZipArchive.h"
#include "documents/ZipXml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>


#include <cmath>
#include <functional>
#include <vector>

namespace metodist {

namespace {

constexpr qint64 MaxPartBytes = ZipArchive::MaxPartBytes;
// Shared strings stay in memory while the sheet is read: 64 M characters
// (128 MB) and 8 M strings is a hundred times a regional registry.
constexpr qint64 MaxSharedChars = qint64(64) << 20;
constexpr qint64 MaxSharedStrings = qint64(8) << 20;
constexpr qint64 FeedBytes = ZipArchive::FeedBytes;
// Text a sheet may deliver in all: shared strings are stored once and may be
// referred to from every cell, so a small file could otherwise make the
// reader copy gigabytes. A million registry rows hold about 400 M characters.
constexpr qint64 MaxSheetChars = qint64(1) << 30;
// Markup that yields no row with text (empty styled cells, foreign
// elements) is not read on and on: a sheet that gives nothing for this much
// unpacked XML is refused.
constexpr qint64 MaxBytesWithoutRow = qint64(64) << 20;

QString megabytes(qint64 bytes)
{
    return ZipArchive::megabytes(bytes);
}

QString number(qint64 value)
{
    return QLocale(QLocale::Russian).toString(value);
}

struct Sheet
{
    QString name;
    QString part; // e.g. "xl/worksheets/sheet1.xml"
};

// A workbook lists its sheets in two small parts; no real one has more than
// a few hundred sheets.
constexpr qint64 MaxListBytes = qint64(16) << 20;
constexpr int MaxSheets = 10000;

QString notWorkbook(const QString &path)
{
    return XlsxReader::tr("The file «%1» is not an Excel workbook (.xlsx).").arg(QDir::toNativeSeparators(path));
}

Result<QList<Sheet>> listSheets(ZipArchive &zip, const QString &path)
{
    QByteArray parts[2];
    const QString names[2] = {QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/workbook.xml")};
    for (int i = 0; i < 2; ++i) {
        if (!zip.hasPart(names[i]))
            return Status::failure(notWorkbook(path));
        auto part = zip.readWhole(names[i], MaxListBytes);
        if (!part)
            return part.status(); // refused or damaged, said as such
        parts[i] = std::move(part).value();
    }
    const Status tooMany = Status::failure(
        XlsxReader::tr("The file «%1» is refused: it lists more than %2 sheets.").arg(QDir::toNativeSeparators(path)).arg(MaxSheets));
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(parts[0]);
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == u"Relationship") {
            if (targets.size() >= MaxSheets)
                return tooMany;
            QString target = relsXml.attributes().value(QLatin1StringView("Target")).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            targets.insert(relsXml.attributes().value(QLatin1StringView("Id")).toString(), target);
        }
    }
    QList<Sheet> sheets;
    QXmlStreamReader xml(parts[1]);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            if (sheets.size() >= MaxSheets)
                return tooMany;
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            sheets.append({xml.attributes().value(QLatin1StringView("name")).toString(), targets.value(id)});
        }
    }
    return sheets;
}

// The shared strings of a workbook, packed: one block of text per million
// characters and 8 bytes per string, so a workbook's text costs what it holds.
class SharedStrings
{
public:
    Status load(ZipArchive &zip, const QString &path)
    {
        if (!zip.hasPart(QStringLiteral("xl/sharedStrings.xml")))
            return Status::success(); // a workbook without text has none
        if (Status opened = zip.openPart(QStringLiteral("xl/sharedStrings.xml"), MaxPartBytes); !opened)
            return opened; // damaged or refused: never read as "no texts"
        PartXml part(zip);
        QString current;
        bool inItem = false;
        bool inText = false;
        int phonetic = 0; // depth inside <rPh>, whose text is a reading hint
        qint64 unpackedAtLastString = 0;
        for (;;) {
            const auto token = part.readNext();
            if (zip.unpacked() - unpackedAtLastString > MaxBytesWithoutRow)
                return Status::failure(XlsxReader::tr("The file «%1» is refused: %2 MB of its list of texts in a row "
                                                      "hold no text.")
                                           .arg(QDir::toNativeSeparators(path), megabytes(MaxBytesWithoutRow)));
            if (token == QXmlStreamReader::EndDocument)
                return Status::success();
            if (token == QXmlStreamReader::Invalid)
                return part.failure([](const QString &reason) {
                    return XlsxReader::tr("The list of texts of the workbook is damaged: %1.").arg(reason);
                });
            QXmlStreamReader &xml = part.xml();
            if (token == QXmlStreamReader::StartElement) {
                if (phonetic > 0 || xml.name() == u"rPh") {
                    ++phonetic;
                } else if (xml.name() == u"si") {
                    inItem = true;
                    current.clear();
                } else if (xml.name() == u"t" && inItem) {
                    inText = true;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (phonetic > 0) {
                    --phonetic;
                } else if (xml.name() == u"t") {
                    inText = false;
                } else if (xml.name() == u"si" && inItem) {
                    inItem = false;
                    unpackedAtLastString = zip.unpacked();
                    if (Status added = add(current, path); !added)
                        return added;
                }
            } else if (token == QXmlStreamReader::Characters && inText && phonetic == 0) {
                if (current.size() + xml.text().size() > SheetLimits::maxCellChars)
                    return Status::failure(XlsxReader::tr("The file «%1» is refused: text number %2 of the workbook "
                                                          "is longer than %3 characters, the limit of a cell.")
                                               .arg(QDir::toNativeSeparators(path), number(count() + 1),
                                                    number(SheetLimits::maxCellChars)));
                current.append(xml.text());
            }
        }
    }

    qint64 count() const { return qint64(m_index.size()); }

    QString at(qint64 i) const
    {
        if (i < 0 || i >= count())
            return {};
        const quint64 packed = m_index[size_t(i)];
        const auto block = qsizetype(packed >> 40);
        const auto offset = qsizetype((packed >> 16) & 0xFFFFFF);
        const auto length = qsizetype(packed & 0xFFFF);
        return m_blocks[block].mid(offset, length);
    }

private:
    static constexpr qsizetype BlockChars = qsizetype(1) << 20;

    Status add(const QString &text, const QString &path)
    {
        m_chars += text.size();
        if (m_chars > MaxSharedChars || count() >= MaxSharedStrings)
            return Status::failure(XlsxReader::tr("The file «%1» is refused: its texts hold more than %2 characters "
                                                  "in more than %3 cells, far beyond any registry.")
                                       .arg(QDir::toNativeSeparators(path), number(MaxSharedChars),
                                            number(std::min(count(), MaxSharedStrings))));
        if (m_blocks.empty() || m_blocks.back().size() + text.size() > BlockChars) {
            m_blocks.emplace_back();
            m_blocks.back().reserve(BlockChars);
        }
        QString &block = m_blocks.back();
        const quint64 packed = (quint64(m_blocks.size() - 1) << 40) | (quint64(block.size()) << 16)
                               | quint64(text.size());
        block.append(text);
        m_index.push_back(packed);
        return Status::success();
    }

    std::vector<QString> m_blocks;
    std::vector<quint64> m_index;
    qint64 m_chars = 0;
};

// "C7" → column 3, row 7 (both 1-based); false when it is not a reference
// or lies beyond a sheet's limits. Never overflows, whatever its length.
enum class Reference { Valid, Malformed, OutOfRange };

Reference parseReference(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        if (i >= 3)
            return Reference::OutOfRange; // four letters are past XFD
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (c == 0 || i == ref.size())
        return Reference::Malformed;
    qint64 r = 0;
    for (qsizetype j = i; j < ref.size(); ++j) {
        if (!ref[j].isDigit() || ref[j].unicode() >= 128)
            return Reference::Malformed;
        if (j - i >= 7)
            return Reference::OutOfRange; // eight digits are past 1 048 576
        r = r * 10 + (ref[j].unicode() - u'0');
    }
    if (r < 1 || r > SheetLimits::maxRows || c > SheetLimits::maxColumns)
        return r < 1 ? Reference::Malformed : Reference::OutOfRange;
    *column = int(c);
    *row = r;
    return Reference::Valid;
}

// A row number attribute; 0 when it is not a number within a sheet.
qint64 parseRowNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 7)
        return 0;
    qint64 r = 0;
    for (const QChar ch : text) {
        if (!ch.isDigit() || ch.unicode() >= 128)
            return 0;
        r = r * 10 + (ch.unicode() - u'0');
    }
    return r <= SheetLimits::maxRows ? r : 0;
}

} // namespace

struct XlsxSheetStream::State
{
    QString path;
    std::unique_ptr<ZipArchive> zip;
    std::unique_ptr<PartXml> part;
    SharedStrings strings;
    QString sheet;
    Status status = Status::success();
    bool ended = false;
    qint64 declaredRows = 0;
    qint64 charsDelivered = 0;
    qint64 unpackedAtLastRow = 0;

    // The row being read.
    qint64 row = 0;
    bool inRow = false;
    QStringList cells;
    qsizetype rowChars = 0;
    // The cell being read.
    bool inCell = false;
    int column = 0;
    QString type;
    QString reference;
    QString value;  // <v>
    QString inline_; // <is><t>
    int textTarget = 0; // 1 in <v>, 2 in <is>…<t>
    int phonetic = 0;

    Status refuse(const QString &message)
    {
        status = Status::failure(message);
        return status;
    }

    QString cellName() const
    {
        if (!reference.isEmpty())
            return reference;
        return sheettext::cellName(column, row);
    }

    Status startRow(const QXmlStreamReader &xml)
    {
        const QStringView r = xml.attributes().value(QLatin1StringView("r"));
        if (!r.isEmpty()) {
            const qint64 number = parseRowNumber(r);
            if (number == 0)
                return refuse(XlsxReader::tr("The sheet «%1» is refused: its row number «%2» is outside a sheet "
                                             "(1 to %3 rows).")
                                  .arg(sheet, r.left(40).toString(), metodist::number(SheetLimits::maxRows)));
            row = number;
        } else if (++row > SheetLimits::maxRows) {
            return refuse(XlsxReader::tr("The sheet «%1» is refused: it has more than %2 rows.")
                              .arg(sheet, metodist::number(SheetLimits::maxRows)));
        }
        inRow = true;
        cells.clear();
        rowChars = 0;
        column = 0;
        return Status::success();
    }

    Status startCell(const QXmlStreamReader &xml)
    {
        const QStringView ref = xml.attributes().value(QLatin1StringView("r"));
        reference = ref.left(40).toString();
        if (!ref.isEmpty()) {
            int c = 0;
            qint64 r = 0;
            switch (parseReference(ref, &c, &r)) {
            case Reference::Valid:
                column = c;
                break;
            case Reference::OutOfRange:
                return refuse(XlsxReader::tr("The sheet «%1» is refused: the cell «%2» lies outside a sheet "
                                             "(%3 rows, %4 columns).")
                                  .arg(sheet, reference, metodist::number(SheetLimits::maxRows),
                                       metodist::number(SheetLimits::maxColumns)));
            case Reference::Malformed:
                return refuse(XlsxReader::tr("The sheet «%1» is damaged: «%2» is not a cell reference.")
                                  .arg(sheet, reference));
            }
        } else if (++column > SheetLimits::maxColumns) {
            return refuse(XlsxReader::tr("The sheet «%1» is refused: row %2 has more than %3 columns.")
                              .arg(sheet, metodist::number(row), metodist::number(SheetLimits::maxColumns)));
        }
        inCell = true;
        type = xml.attributes().value(QLatin1StringView("t")).toString();
        value.clear();
        inline_.clear();
        textTarget = 0;
        return Status::success();
    }

    Status endCell()
    {
        inCell = false;
        QString text;
        if (type == u"s") {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= strings.count())
                return refuse(XlsxReader::tr("The sheet «%1» is damaged: the cell %2 refers to text number «%3», "
                                             "which the workbook does not have.")
                                  .arg(sheet, cellName(), value.left(20)));
            text = strings.at(index);
        } else if (type == u"b") {
            text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"inlineStr") {
            text = inline_;
        } else if (type == u"str" || type == u"e") {
            text = value;
        } else if (!value.isEmpty()) {
            text = sheettext::number(value);
        } else {
            text = inline_;
        }
        if (text.isEmpty() || !inRow)
            return Status::success();
        rowChars += text.size();
        charsDelivered += text.size();
        if (charsDelivered > MaxSheetChars)
            return refuse(XlsxReader::tr("The sheet «%1» is refused: its cells hold more than %2 characters in all, "
                                         "far beyond any registry.")
                              .arg(sheet, metodist::number(MaxSheetChars)));
        if (rowChars > SheetLimits::maxRecordChars)
            return refuse(XlsxReader::tr("The sheet «%1» is refused: row %2 holds more than %3 characters, far "
                                         "beyond any registry row.")
                              .arg(sheet, metodist::number(row), metodist::number(SheetLimits::maxRecordChars)));
        while (cells.size() < column)
            cells.append(QString());
        cells[column - 1] = text;
        return Status::success();
    }

    Status appendText(QStringView text)
    {
        QString &target = textTarget == 1 ? value : inline_;
        if (target.size() + text.size() > SheetLimits::maxCellChars)
            return refuse(XlsxReader::tr("The sheet «%1» is refused: the cell %2 holds more than %3 characters, "
                                         "the limit of a spreadsheet cell.")
                              .arg(sheet, cellName(), metodist::number(SheetLimits::maxCellChars)));
        target.append(text);
        return Status::success();
    }
};

XlsxSheetStream::XlsxSheetStream() : d(std::make_unique<State>()) {}

XlsxSheetStream::~XlsxSheetStream() = default;

Status XlsxSheetStream::open(const QString &path, const QString &sheetName)
{
    d = std::make_unique<State>();
    d->path = path;
    d->zip = std::make_unique<ZipArchive>(path);
    if (!QFileInfo(path).isFile())
        return d->refuse(QFileInfo::exists(path)
                             ? XlsxReader::tr("«%1» is not a regular file.").arg(QDir::toNativeSeparators(path))
                             : XlsxReader::tr("The file «%1» does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!d->zip->isOpen())
        return d->refuse(notWorkbook(path));
    auto sheets = listSheets(*d->zip, path);
    if (!sheets)
        return d->status = sheets.status();
    if (sheets.value().isEmpty())
        return d->refuse(notWorkbook(path));
    Sheet chosen = sheets.value().first();
    if (!sheetName.isEmpty()) {
        QStringList names;
        bool found = false;
        for (const Sheet &sheet : sheets.value()) {
            names << sheet.name;
            if (sheet.name == sheetName) {
                chosen = sheet;
                found = true;
            }
        }
        if (!found)
            return d->refuse(XlsxReader::tr("The workbook has no sheet «%1»; its sheets: %2.")
                                 .arg(sheetName, names.join(QStringLiteral(", "))));
    }
    d->sheet = chosen.name;
    if (chosen.part.isEmpty())
        return d->refuse(XlsxReader::tr("The workbook «%1» is damaged: it names the sheet «%2» but does not say "
                                        "where it is.")
                             .arg(QDir::toNativeSeparators(path), chosen.name));
    if (Status loaded = d->strings.load(*d->zip, path); !loaded)
        return d->status = loaded;
    if (Status opened = d->zip->openPart(chosen.part, MaxPartBytes); !opened)
        return d->status = opened;
    d->part = std::make_unique<PartXml>(*d->zip);
    return Status::success();
}

bool XlsxSheetStream::next(QStringList &cells, int &row)
{
    if (!d->status || d->ended || !d->part)
        return false;
    for (;;) {
        const auto token = d->part->readNext();
        if (token == QXmlStreamReader::EndDocument) {
            d->ended = true;
            return false;
        }
        if (token == QXmlStreamReader::Invalid) {
            d->status = d->part->failure([this](const QString &reason) {
                return XlsxReader::tr("The sheet «%1» of «%2» is damaged: %3.")
                    .arg(d->sheet, QDir::toNativeSeparators(d->path), reason);
            });
            return false;
        }
        if (d->zip->unpacked() - d->unpackedAtLastRow > MaxBytesWithoutRow) {
            d->status = Status::failure(XlsxReader::tr("The sheet «%1» is refused: %2 MB of it in a row hold no text "
                                                       "at all.")
                                            .arg(d->sheet, megabytes(MaxBytesWithoutRow)));
            return false;
        }
        QXmlStreamReader &xml = d->part->xml();
        Status step = Status::success();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (d->phonetic > 0 || (d->inCell && name == u"rPh"))
                ++d->phonetic;
            else if (name == u"row")
                step = d->startRow(xml);
            else if (name == u"dimension") {
                // "A1:L100001": the last row of the range.
                const QStringView ref = xml.attributes().value(QLatin1StringView("ref"));
                int column = 0;
                qint64 last = 0;
                if (parseReference(ref.sliced(ref.lastIndexOf(u':') + 1), &column, &last) == Reference::Valid)
                    d->declaredRows = last;
            }
            else if (name == u"c")
                step = d->startCell(xml);
            else if (d->inCell && name == u"v")
                d->textTarget = 1;
            else if (d->inCell && name == u"t")
                d->textTarget = 2;
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (d->phonetic > 0) {
                --d->phonetic;
            } else if (name == u"v" || name == u"t") {
                d->textTarget = 0;
            } else if (name == u"c" && d->inCell) {
                step = d->endCell();
            } else if (name == u"row" && d->inRow) {
                d->inRow = false;
                if (!d->cells.isEmpty()) {
                    d->unpackedAtLastRow = d->zip->unpacked();
                    cells = std::move(d->cells);
                    d->cells = QStringList();
                    row = int(d->row);
                    return true;
                }
            }
        } else if (token == QXmlStreamReader::Characters && d->textTarget != 0 && d->phonetic == 0) {
            step = d->appendText(xml.text());
        }
        if (!step)
            return false;
    }
}

Status XlsxSheetStream::status() const
{
    return d->status;
}

double XlsxSheetStream::fractionDone() const
{
    return d->zip ? d->zip->fractionDone() : 1.0;
}

qint64 XlsxSheetStream::declaredRows() const
{
    return d->declaredRows;
}

QString XlsxSheetStream::sheetName() const
{
    return d->sheet;
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    ZipArchive zip(path);
    if (!zip.isOpen())
        return Status::failure(tr("The file «%1» is not an Excel workbook (.xlsx).").arg(path));
    auto sheets = listSheets(zip, path);
    if (!sheets)
        return sheets.status();
    QStringList names;
    for (const Sheet &sheet : sheets.value())
        names << sheet.name;
    return names;
}

Result<QByteArray> XlsxReader::readPart(const QString &path, const QString &part)
{
    ZipArchive zip(path);
    if (!zip.isOpen())
        return Status::failure(tr("The file «%1» is not an OOXML document.").arg(path));
    return zip.readWhole(part);
}

Result<QList<QStringList>> XlsxReader::readSheet(const QString &path, const QString &sheetName)
{
    XlsxSheetStream stream;
    if (Status status = stream.open(path, sheetName); !status)
        return status;
    QList<QStringList> rows;
    QStringList cells;
    int row = 0;
    while (stream.next(cells, row)) {
        while (rows.size() < row - 1)
            rows.append(QStringList());
        if (rows.size() == row - 1)
            rows.append(cells);
        else
            rows[row - 1] = cells; // a row written twice: the later wins
    }
    if (!stream.status())
        return stream.status();
    return rows;
}

} // namespace metodist
