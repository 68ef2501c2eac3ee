#include "documents/ZipWriter.h"

#include <QDateTime>

#include <minizip/zip.h>

#include <algorithm>

namespace metodist {

namespace {

// minizip's file functions over the QSaveFile: Unicode paths everywhere, and
// the finished archive replaces the old file in one step on commit().
QSaveFile *saveFile(voidpf opaque)
{
    return static_cast<QSaveFile *>(opaque);
}

voidpf ZCALLBACK openFile(voidpf opaque, const void *, int)
{
    return saveFile(opaque)->isOpen() ? opaque : nullptr;
}

uLong ZCALLBACK readFile(voidpf opaque, voidpf, void *buffer, uLong size)
{
    const qint64 got = saveFile(opaque)->read(static_cast<char *>(buffer), qint64(size));
    return got < 0 ? 0 : uLong(got);
}

uLong ZCALLBACK writeFile(voidpf opaque, voidpf, const void *buffer, uLong size)
{
    const qint64 written = saveFile(opaque)->write(static_cast<const char *>(buffer), qint64(size));
    return written < 0 ? 0 : uLong(written);
}

ZPOS64_T ZCALLBACK tellFile(voidpf opaque, voidpf)
{
    return ZPOS64_T(saveFile(opaque)->pos());
}

long ZCALLBACK seekFile(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
{
    QSaveFile *file = saveFile(opaque);
    qint64 target = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += file->size();
    return file->seek(target) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf)
{
    return 0; // committed (or discarded) by ZipWriter itself
}

int ZCALLBACK fileError(voidpf opaque, voidpf)
{
    return saveFile(opaque)->error() == QFileDevice::NoError ? 0 : 1;
}

zip_fileinfo fileInfo()
{
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    return info;
}

} // namespace

ZipWriter::ZipWriter(const QString &path) : m_path(path), m_file(path)
{
    // Refusing to write through a directory or a read-only location is the
    // QSaveFile's job; its message names the reason.
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_status = Status::failure(tr("Cannot create the file «%1»: %2").arg(path, m_file.errorString()));
        return;
    }
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = fileError;
    functions.opaque = &m_file;
    m_zip = zipOpen2_64(nullptr, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_zip)
        fail(tr("the archive cannot be started"));
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr); // frees it; the QSaveFile then discards the data
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Status ZipWriter::fail(const QString &reason)
{
    if (m_status.ok())
        m_status = Status::failure(tr("Cannot write the file «%1»: %2").arg(m_path, reason));
    m_file.cancelWriting();
    return m_status;
}

Status ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    if (!m_status.ok())
        return m_status;
    const QByteArray entry = name.toUtf8();
    const zip_fileinfo info = fileInfo();
    const bool stored = method == Method::Stored;
    // No zip64 extra field: ODF readers expect "mimetype" at a fixed offset,
    // and no order comes near 4 GB.
    if (zipOpenNewFileInZip64(m_zip, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                              stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION, 0)
        != ZIP_OK)
        return fail(tr("cannot add «%1» (%2)").arg(name, m_file.errorString()));
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype chunk = std::min<qsizetype>(data.size() - offset, 1 << 20);
        if (zipWriteInFileInZip(m_zip, data.constData() + offset, unsigned(chunk)) != ZIP_OK)
            return fail(tr("cannot add «%1» (%2)").arg(name, m_file.errorString()));
        offset += chunk;
    }
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        return fail(tr("cannot add «%1» (%2)").arg(name, m_file.errorString()));
    return Status::success();
}

Status ZipWriter::close()
{
    if (!m_status.ok())
        return m_status;
    const int closed = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return fail(m_file.errorString());
    if (!m_file.commit()) {
        m_status = Status::failure(tr("Cannot write the file «%1»: %2").arg(m_path, m_file.errorString()));
        return m_status;
    }
    return Status::success();
}

} // namespace metodist
