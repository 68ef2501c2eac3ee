// The XML inside a workbook, where byte mutations of fuzz_xlsx rarely reach
// (they land in deflate streams, and a changed stored part fails its CRC).
// The input is the worksheet, then optionally a NUL and the shared strings,
// then optionally a NUL and the workbook part (two sheets may be named; both
// point at the same worksheet). They are packed, stored, into an .xlsx that
// the readers then take like any other file.
#include "FuzzSupport.h"

#include "documents/XlsxReader.h"
#include "services/Importer.h"

#include <minizip/zip.h>

using namespace metodist;

namespace {


const char defaultWorkbook[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

const char relationships[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>";

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

void pack(const QString &path, const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        std::exit(2);
    }
    add(zip, "xl/workbook.xml", parts.size() > 2 ? QByteArrayView(parts[2]) : QByteArrayView(defaultWorkbook));
    add(zip, "xl/_rels/workbook.xml.rels", relationships);
    add(zip, "xl/worksheets/sheet1.xml", parts[0]);
    if (parts.size() > 1)
        add(zip, "xl/sharedStrings.xml", parts[1]);
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
    static fuzz::ScratchFile scratch("xlsx");
    const QString &path = scratch.path();
    pack(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));

    fuzz::checkWorkbook(path);
    return 0;
}
