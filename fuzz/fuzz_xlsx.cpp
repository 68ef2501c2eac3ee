// A file named .xlsx with any bytes in it: its sheets, and the first rows of a
// sheet as the import wizard previews them.
#include "FuzzSupport.h"

#include "documents/XlsxReader.h"
#include "services/Importer.h"

using namespace metodist;

namespace {

constexpr int previewRows = 2000;

void checkPreview(const Result<SourceTable> &table)
{
    if (!table) {
        fuzz::require(!table.message().isEmpty(), "Importer::readFile: an error has a message");
        return;
    }
    fuzz::require(table->rows.size() <= previewRows, "Importer::readFile: at most maxRows rows");
    fuzz::require(table->rows.size() == table->rowNumbers.size(), "Importer::readFile: a row number for every row");
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
    const QString &path = scratch.write(data, size);

    const Result<QStringList> names = XlsxReader::sheetNames(path);
    if (!names)
        fuzz::require(!names.message().isEmpty(), "XlsxReader::sheetNames: an error has a message");

    checkPreview(Importer::readFile(path, QString(), previewRows));
    // A sheet chosen by name, as the wizard's sheet box does.
    if (names && names->size() > 1)
        checkPreview(Importer::readFile(path, names->last(), previewRows));
    return 0;
}
