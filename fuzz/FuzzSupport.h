#pragma once

// What every fuzz target shares: one QCoreApplication, a scratch file for the
// readers that take a path, and checks of what any reader promises.

#include "documents/SheetStream.h"
#include "services/Importer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace metodist::fuzz {

// Called from LLVMFuzzerInitialize: an application object, as in the
// programs (tr() and QStandardPaths expect one). It is never destroyed:
// libFuzzer leaves through exit(), after Qt's own statics are gone, and the
// destructor would crash there.
inline void initialise(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
}

// A finding that is not a crash: a broken promise of a reader's interface.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "==metodist-fuzz== broken promise: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

inline void require(bool condition, const char *what)
{
    if (!condition)
        broken(what);
}

// One file per process, rewritten for every input, in memory (/dev/shm) when
// there is one so that millions of inputs do not wear a disk; removed at exit.
class ScratchFile
{
public:
    explicit ScratchFile(const char *suffix)
    {
        const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        m_path = QStringLiteral("%1/metodist-fuzz-%2.%3").arg(folder).arg(::getpid()).arg(QLatin1StringView(suffix));
    }
    ~ScratchFile() { QFile::remove(m_path); }
    ScratchFile(const ScratchFile &) = delete;
    ScratchFile &operator=(const ScratchFile &) = delete;

    const QString &path() const { return m_path; }

    const QString &write(const uint8_t *data, size_t size)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
            std::fprintf(stderr, "cannot write the scratch file %s\n", qPrintable(m_path));
            std::exit(2);
        }
        return m_path;
    }

private:
    QString m_path;
};

// A workbook at `path` read as the import wizard reads it: its sheets, the
// preview of the first one and, with several, of the last one by name.
inline void checkWorkbook(const QString &path)
{
    constexpr int previewRows = 2000;
    const auto checkPreview = [](const Result<SourceTable> &table) {
        if (!table) {
            require(!table.message().isEmpty(), "Importer::readFile: an error has a message");
            return;
        }
        require(table->rows.size() <= previewRows, "Importer::readFile: at most maxRows rows");
        require(table->rows.size() == table->rowNumbers.size(), "Importer::readFile: a row number for every row");
    };
    const Result<QStringList> names = Workbooks::sheetNames(path);
    if (!names)
        require(!names.message().isEmpty(), "Workbooks::sheetNames: an error has a message");
    checkPreview(Importer::readFile(path, QString(), previewRows));
    if (names && names->size() > 1)
        checkPreview(Importer::readFile(path, names->last(), previewRows));
}

} // namespace metodist::fuzz
