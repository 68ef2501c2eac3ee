#include "documents/XlsxReader.h"

#include <QHash>
#include <QXmlStreamReader>

#include <QFile>

#include <minizip/unzip.h>

#include <cmath>

namespace metodist {

namespace {

struct Sheet
{
    QString name;
    QString part; // e.g. "xl/worksheets/sheet1.xml"
};

// The zip container of an OOXML document, through zlib's minizip (the same
// library libxlsxwriter writes with).
class Archive
{
public:
    explicit Archive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;
    bool isOpen() const { return m_zip != nullptr; }

    Result<QByteArray> read(const QString &part)
    {
        if (!m_zip || unzLocateFile(m_zip, part.toUtf8().constData(), 1) != UNZ_OK)
            return Status::failure(XlsxReader::tr("The workbook has no part «%1».").arg(part));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return Status::failure(XlsxReader::tr("Cannot read the part «%1» of the workbook.").arg(part));
        QByteArray data;
        char buffer[65536];
        int got = 0;
        while ((got = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, got);
        const bool intact = got == 0 && unzCloseCurrentFile(m_zip) == UNZ_OK;
        if (!intact)
            return Status::failure(XlsxReader::tr("The part «%1» of the workbook is damaged.").arg(part));
        return data;
    }

private:
    unzFile m_zip;
};

Result<QByteArray> readPart(Archive &zip, const QString &part)
{
    return zip.read(part);
}

Result<QList<Sheet>> listSheets(Archive &zip)
{
    auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    if (!rels || !workbook)
        return Status::failure(XlsxReader::tr("The file is not an Excel workbook (.xlsx)."));
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(rels.value());
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == u"Relationship") {
            QString target = relsXml.attributes().value(QLatin1StringView("Target")).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            targets.insert(relsXml.attributes().value(QLatin1StringView("Id")).toString(), target);
        }
    }
    QList<Sheet> sheets;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            sheets.append({xml.attributes().value(QLatin1StringView("name")).toString(), targets.value(id)});
        }
    }
    return sheets;
}

QStringList sharedStrings(Archive &zip)
{
    QStringList strings;
    auto part = readPart(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (!part)
        return strings; // a workbook without text has none
    QXmlStreamReader xml(part.value());
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == u"rPh") {
            xml.skipCurrentElement(); // phonetic hints are not text
        } else if (xml.isStartElement() && xml.name() == u"t" && inItem) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"si") {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

// "C7" → column 2 (zero-based), row 6.
bool parseReference(QStringView ref, int *column, int *row)
{
    int c = 0;
    int i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (c == 0 || !ok)
        return false;
    *column = c - 1;
    *row = r - 1;
    return true;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    // Whole numbers in full (a 16-digit card number is not "1e+15"); others
    // with Excel's 15 significant digits, which also hides binary noise.
    if (std::floor(value) == value && std::fabs(value) < 1e21)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Archive zip(path);
    if (!zip.isOpen())
        return Status::failure(tr("The file «%1» is not an Excel workbook (.xlsx).").arg(path));
    auto sheets = listSheets(zip);
    if (!sheets)
        return Status::failure(tr("The file «%1» is not an Excel workbook (.xlsx).").arg(path));
    QStringList names;
    for (const Sheet &sheet : sheets.value())
        names << sheet.name;
    return names;
}

Result<QByteArray> XlsxReader::readPart(const QString &path, const QString &part)
{
    Archive zip(path);
    if (!zip.isOpen())
        return Status::failure(tr("The file «%1» is not an OOXML document.").arg(path));
    return zip.read(part);
}

Result<QList<QStringList>> XlsxReader::readSheet(const QString &path, const QString &sheetName)
{
    Archive zip(path);
    if (!zip.isOpen())
        return Status::failure(tr("The file «%1» is not an Excel workbook (.xlsx).").arg(path));
    auto sheets = listSheets(zip);
    if (!sheets || sheets.value().isEmpty())
        return Status::failure(tr("The file «%1» is not an Excel workbook (.xlsx).").arg(path));
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
            return Status::failure(tr("The workbook has no sheet «%1»; its sheets: %2.")
                                       .arg(sheetName, names.join(QStringLiteral(", "))));
    }
    const QStringList strings = sharedStrings(zip);
    auto part = zip.read(chosen.part);
    if (!part)
        return part.status();

    QList<QStringList> rows;
    QXmlStreamReader xml(part.value());
    int column = -1;
    int row = -1;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            // Rows and cells appear in the grid only when they hold text:
            // styled but empty rows (down to row 1048576) and cells add nothing.
            bool ok = false;
            const int r = xml.attributes().value(QLatin1StringView("r")).toInt(&ok);
            row = ok ? r - 1 : row + 1;
            column = -1;
        } else if (xml.name() == u"c") {
            int c = column + 1;
            int r = row;
            parseReference(xml.attributes().value(QLatin1StringView("r")), &c, &r);
            column = c;
            row = std::max(row, r);
            type = xml.attributes().value(QLatin1StringView("t")).toString();
            QString text;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    const QString raw = xml.readElementText();
                    if (type == u"s")
                        text = strings.value(raw.toInt());
                    else if (type == u"b")
                        text = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    else if (type == u"str" || type == u"e")
                        text = raw;
                    else
                        text = numberText(raw);
                } else if (xml.name() == u"is") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"t")
                            text += xml.readElementText();
                        else if (xml.name() == u"r") {
                            while (xml.readNextStartElement())
                                xml.name() == u"t" ? void(text += xml.readElementText()) : xml.skipCurrentElement();
                        } else
                            xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (text.isEmpty() || row < 0 || column < 0)
                continue;
            while (rows.size() <= row)
                rows.append(QStringList());
            QStringList &cells = rows[row];
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = text;
        }
    }
    if (xml.hasError())
        return Status::failure(tr("The sheet «%1» of «%2» is damaged: %3.").arg(chosen.name, path, xml.errorString()));
    return rows;
}

} // namespace metodist
