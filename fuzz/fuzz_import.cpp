// A file named .csv with any bytes in it, previewed as the import wizard does.
#include "FuzzSupport.h"

#include "services/Importer.h"

using namespace metodist;

namespace {
constexpr int previewRows = 2000;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::ScratchFile scratch("csv");
    const Result<SourceTable> table = Importer::readFile(scratch.write(data, size), QString(), previewRows);
    if (!table) {
        fuzz::require(!table.message().isEmpty(), "Importer::readFile: an error has a message");
        return 0;
    }
    fuzz::require(table->rows.size() <= previewRows, "Importer::readFile: at most maxRows rows");
    fuzz::require(table->rows.size() == table->rowNumbers.size(), "Importer::readFile: a row number for every row");
    return 0;
}
