// An OpenDocument spreadsheet: its sheets, and the first rows of a sheet as
// the import wizard previews them. An input that is a zip container is the
// .ods file itself; any other input is its content.xml, packed (stored) with
// a mimetype into an .ods by the harness, so that mutations reach the XML
// instead of a deflate stream.
#include "FuzzSupport.h"

#include <minizip/zip.h>

using namespace metodist;

namespace {

void add(zipFile zip, const char *name, QByteArrayView data)
{
    zip_fileinfo info{};
    if (zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0 /* stored */, 0, 0) != ZIP_OK
        || zipWriteInFileInZip(zip, data.data(), unsigned(data.size())) != ZIP_OK
        || zipCloseFileInZip(zip) != ZIP_OK) {
        std::fprintf(stderr, "cannot write the part %s\n", name);
        std::exit(2);
    }
}

void pack(const QString &path, QByteArrayView content)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        std::exit(2);
    }
    add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    add(zip, "content.xml", content);
    zipClose(zip, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::ScratchFile scratch("ods");
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK")) {
        scratch.write(data, size);
    } else {
        QFile::remove(scratch.path());
        pack(scratch.path(), input);
    }
    fuzz::checkWorkbook(scratch.path());
    return 0;
}
