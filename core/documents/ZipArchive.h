#pragma once

#include "Status.h"
#include "documents/XlsxReader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QString>

#include <minizip/unzip.h>

#include <algorithm>

namespace metodist {

// The zip container of an OOXML document, through zlib's minizip (the same
// library libxlsxwriter writes with). One part is open at a time and read as
// a stream, with its size and ratio checked as it inflates.
class ZipArchive
{
public:
    // Bounds on what a workbook may unpack to. A sheet of a million registry
    // rows unpacks to well under a gigabyte; spreadsheet XML compresses 5–20
    // times, so a part that inflates more than 100 times its packed size is a
    // zip bomb (Apache POI refuses at the same ratio), checked once the first
    // megabyte is out so that tiny parts of repeated markup pass.
    static constexpr qint64 MaxPartBytes = qint64(2) << 30;
    static constexpr qint64 MaxSmallPartBytes = qint64(64) << 20; // read whole
    static constexpr qint64 MaxInflateRatio = 100;
    static constexpr qint64 RatioGraceBytes = qint64(1) << 20;
    static constexpr qint64 FeedBytes = 65536;

    static QString megabytes(qint64 bytes) { return QLocale(QLocale::Russian).toString(bytes >> 20); }

    // Only a regular file is opened: a pipe or a device would block or never end.
    explicit ZipArchive(const QString &path)
        : m_path(path),
          m_zip(QFileInfo(path).isFile() ? unzOpen64(QFile::encodeName(path).constData()) : nullptr)
    {
    }
    ~ZipArchive()
    {
        closePart();
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    Status status() const { return m_status; }
    bool hasPart(const QString &part) const
    {
        return m_zip && unzLocateFile(m_zip, part.toUtf8().constData(), 1) == UNZ_OK;
    }

    Status openPart(const QString &part, qint64 limit)
    {
        closePart();
        m_part = part;
        m_limit = limit;
        m_unpacked = 0;
        if (!m_zip || unzLocateFile(m_zip, part.toUtf8().constData(), 1) != UNZ_OK)
            return m_status = Status::failure(XlsxReader::tr("The workbook has no part «%1».").arg(part));
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return m_status = damaged();
        // What the directory claims is checked first; what inflates is
        // checked again as it comes, since a directory can lie.
        if (qint64(info.uncompressed_size) > limit || info.uncompressed_size > quint64(MaxPartBytes))
            return m_status = tooLarge();
        m_packed = qint64(info.compressed_size);
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return m_status = Status::failure(XlsxReader::tr("Cannot read the part «%1» of the workbook.").arg(part));
        m_open = true;
        m_packedStart = qint64(unzGetCurrentFileZStreamPos64(m_zip));
        return m_status = Status::success();
    }

    // Bytes of the open part into buffer: > 0 read, 0 at its end, -1 on an error.
    qint64 read(char *buffer, qint64 size)
    {
        if (!m_open || !m_status)
            return -1;
        const int got = unzReadCurrentFile(m_zip, buffer, unsigned(size));
        if (got < 0) {
            m_status = damaged();
            return -1;
        }
        if (got == 0) {
            const bool intact = unzCloseCurrentFile(m_zip) == UNZ_OK;
            m_open = false;
            if (!intact) {
                m_status = damaged();
                return -1;
            }
            return 0;
        }
        m_unpacked += got;
        if (m_unpacked > m_limit) {
            m_status = tooLarge();
            return -1;
        }
        const qint64 packed = std::max<qint64>(packedRead(), 1);
        if (m_unpacked > RatioGraceBytes && m_unpacked > packed * MaxInflateRatio) {
            m_status = Status::failure(XlsxReader::tr("The file «%1» is refused: its part «%2» unpacks to more than "
                                                      "%3 times its packed size, as a zip bomb does, not a workbook.")
                                           .arg(QDir::toNativeSeparators(m_path), m_part)
                                           .arg(MaxInflateRatio));
            return -1;
        }
        return got;
    }

    Result<QByteArray> readWhole(const QString &part, qint64 limit = MaxSmallPartBytes)
    {
        if (Status status = openPart(part, limit); !status)
            return status;
        QByteArray data;
        char buffer[FeedBytes];
        qint64 got = 0;
        while ((got = read(buffer, sizeof buffer)) > 0)
            data.append(buffer, got);
        if (got < 0)
            return m_status;
        return data;
    }

    double fractionDone() const
    {
        if (m_packed <= 0)
            return 0.0;
        return std::clamp(double(packedRead()) / double(m_packed), 0.0, 1.0);
    }

private:
public:
    qint64 unpacked() const { return m_unpacked; }

private:
    qint64 packedRead() const { return qint64(unzGetCurrentFileZStreamPos64(m_zip)) - m_packedStart; }

    void closePart()
    {
        if (m_open && m_zip)
            unzCloseCurrentFile(m_zip);
        m_open = false;
    }

    Status damaged() const
    {
        return Status::failure(XlsxReader::tr("The part «%1» of the workbook is damaged.").arg(m_part));
    }

    Status tooLarge() const
    {
        return Status::failure(XlsxReader::tr("The file «%1» is refused: its part «%2» unpacks to more than %3 MB, "
                                              "far beyond any registry.")
                                   .arg(QDir::toNativeSeparators(m_path), m_part, megabytes(m_limit)));
    }

    QString m_path;
    unzFile m_zip;
    QString m_part;
    bool m_open = false;
    qint64 m_limit = 0;
    qint64 m_unpacked = 0;
    qint64 m_packed = 0;
    qint64 m_packedStart = 0;
    Status m_status = Status::success();
};

} // namespace metodist
