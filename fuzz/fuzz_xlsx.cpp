// A file named .xlsx with any bytes in it: its sheets, and the first rows of a
// sheet as the import wizard previews them.
#include "FuzzSupport.h"

#include "documents/XlsxReader.h"
#include "services/Importer.h"

using namespace metodist;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::ScratchFile scratch("xlsx");
    const QString &path = scratch.write(data, size);

    fuzz::checkWorkbook(path);
    return 0;
}
