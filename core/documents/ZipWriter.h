#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace metodist {

// Writes a zip container (DOCX, ODT) through zlib's minizip. The file
// appears under its name only when close() succeeds; an archive dropped
// unclosed, or one with a failed entry, leaves any older file untouched.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Method { Deflated, Stored };

    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Whether the file could be created; add() and close() repeat the error.
    Status status() const { return m_status; }
    // Entries keep the order they are added in (ODT needs "mimetype" first, stored).
    Status add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    Status close();

private:
    Status fail(const QString &reason);

    QString m_path;
    QSaveFile m_file;
    void *m_zip = nullptr;
    Status m_status = Status::success();
};

} // namespace metodist
