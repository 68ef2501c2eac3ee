#include "documents/XlsPreflight.h"

#include "documents/XlsBytes.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

// The compound file (OLE2) around the Workbook stream, read as FreeXL 1.0.6
// reads it; XlsPreflight.cpp walks the stream's records.

namespace metodist {

using namespace xls;

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;

// A directory entry's name, as far as its first NUL.
QString decodeName(const uchar *entry, int chars)
{
    QString name;
    for (int i = 0; i < chars; ++i) {
        const char16_t ch = u16(entry + 2 * i);
        if (ch == 0)
            break;
        name.append(QChar(ch));
    }
    return name;
}

} // namespace

// The compound file as FreeXL reads it: the allocation table from the
// header's 109 entries and the DIFAT chain, the first directory sector, the
// Workbook (or Book) stream through the table or, when small, from the start
// of the mini stream. Sector offsets wrap at 4 GB as FreeXL's arithmetic does.
Status XlsPreflight::readContainer(const QString &path, const QByteArray &file)
{
    const auto damaged = [&path](const QString &why) {
        return Status::failure(tr("The workbook «%1» is damaged (%2); open it in Excel or LibreOffice and save it "
                                  "again.")
                                   .arg(native(path), why));
    };
    const auto *data = reinterpret_cast<const uchar *>(file.constData());
    const qint64 size = file.size();
    const quint16 shift = u16(data + 0x1E);
    if (shift != 9 && shift != 12)
        return damaged(tr("its sectors are neither 512 nor 4096 bytes"));
    const quint32 sectorSize = 1u << shift;
    const quint32 perSector = sectorSize / 4;
    const qint64 fileSectors = size / sectorSize;
    const auto sectorAt = [&](quint32 sector) -> const uchar * {
        const quint32 offset = (sector + 1u) * sectorSize;
        return qint64(offset) + sectorSize <= size ? data + offset : nullptr;
    };
    const Status badTable = damaged(tr("its allocation table does not fit the file"));

    // FreeXL keeps every entry of every table sector it reads: no more are
    // read than the file has sectors to describe.
    QList<quint32> fat;
    qint64 fatSectors = 0;
    const qint64 maxFatSectors = fileSectors / perSector + 8;
    const auto readFatSector = [&](quint32 sector) {
        const uchar *p = sectorAt(sector);
        if (!p || ++fatSectors > maxFatSectors)
            return false;
        for (quint32 i = 0; i < perSector; ++i)
            fat.append(u32(p + 4 * i));
        return true;
    };
    for (int i = 0; i < 109; ++i) {
        const quint32 sector = u32(data + 0x4C + 4 * i);
        if (sector != FreeSector && !readFatSector(sector))
            return badTable;
    }
    if (const quint32 difatSectors = u32(data + 0x48); difatSectors > 0) {
        quint32 next = u32(data + 0x44);
        quint32 blocks = 0;
        for (bool end = false; !end;) {
            const uchar *p = sectorAt(next);
            if (!p || ++blocks > fileSectors)
                return badTable;
            for (quint32 i = 0; i < perSector; ++i) {
                const quint32 entry = u32(p + 4 * i);
                if (entry == EndOfChain) {
                    end = true;
                    break;
                }
                if (i == perSector - 1)
                    next = entry;
                else if (entry != FreeSector && !readFatSector(entry))
                    return badTable;
            }
            if (blocks == difatSectors)
                break;
        }
        if (blocks != difatSectors)
            return badTable;
    }
    quint32 miniCutoff = 0;
    if (const quint32 miniSectors = u32(data + 0x40); miniSectors > 0) {
        // FreeXL reads them one after another from the sector before the
        // first; only that they are in the file matters.
        miniCutoff = u32(data + 0x38);
        const quint32 offset = (u32(data + 0x3C) - 1u) * sectorSize;
        if (qint64(offset) + qint64(miniSectors) * sectorSize > size)
            return badTable;
    }
    if (fat.isEmpty())
        return badTable;

    const uchar *directory = sectorAt(u32(data + 0x30));
    if (!directory)
        return damaged(tr("its directory is outside the file"));
    bool rootFound = false, workbookFound = false;
    quint32 rootStart = 0, rootSize = 0, start = 0, length = 0;
    for (quint32 i = 0; i < sectorSize / 128 && !workbookFound; ++i) {
        const uchar *entry = directory + 128 * i;
        const quint16 nameBytes = u16(entry + 64);
        if (nameBytes > 64 || nameBytes % 2)
            return damaged(tr("its directory is malformed"));
        QString name = decodeName(entry, nameBytes / 2);
        if (name == u"Root Entry") {
            rootFound = true;
            rootStart = u32(entry + 116);
            rootSize = u32(entry + 120);
        }
        if (name == u"Workbook" || name == u"Book") {
            workbookFound = true;
            start = u32(entry + 116);
            length = u32(entry + 120);
        }
    }
    if (!workbookFound)
        return Status::failure(tr("The file «%1» is not an Excel 97–2003 workbook (.xls).").arg(native(path)));

    const Status badChain = damaged(tr("a chain of its sectors is broken"));
    m_mini = length <= miniCutoff;
    if (m_mini) {
        // FreeXL loads the whole mini stream and reads the workbook from its start.
        if (!rootFound || rootSize > size || length > rootSize)
            return badChain;
        QByteArray mini;
        bool ended = false;
        for (quint32 sector = rootStart; qint64(mini.size()) < rootSize;) {
            const uchar *p = sectorAt(sector);
            if (!p || sector >= quint32(fat.size()))
                return badChain;
            mini.append(reinterpret_cast<const char *>(p), std::min<qint64>(sectorSize, rootSize - mini.size()));
            if (fat[sector] == EndOfChain) {
                ended = true;
                break;
            }
            sector = fat[sector];
        }
        if (!ended || mini.size() != qint64(rootSize))
            return badChain;
        m_stream = mini.left(length);
        return Status::success();
    }
    // FreeXL reads the chain until it ends, whatever the stream's size says:
    // a chain longer than the size would run it past its buffer, and one
    // longer than the file has sectors runs in a circle.
    const qint64 allowed = std::min(fileSectors, std::max<qint64>(1, (qint64(length) + sectorSize - 1) / sectorSize));
    qint64 read = 0;
    for (quint32 sector = start;;) {
        const uchar *p = sectorAt(sector);
        if (!p)
            break; // FreeXL fails here, having read what came before
        m_stream.append(reinterpret_cast<const char *>(p), std::clamp<qint64>(length - m_stream.size(), 0, sectorSize));
        if (sector >= quint32(fat.size()) || fat[sector] == EndOfChain)
            break;
        if (++read >= allowed)
            return badChain;
        sector = fat[sector];
    }
    return Status::success();
}

} // namespace metodist
