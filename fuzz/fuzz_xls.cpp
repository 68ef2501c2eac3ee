// A file named .xls with any bytes in it: its sheets, and the first rows of a
// sheet as the import wizard previews them. XlsPreflight checks the file
// before FreeXL reads it, and FreeXL wants a path: the bytes go through the
// scratch file.
#include "FuzzSupport.h"

using namespace metodist;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::ScratchFile scratch("xls");
    fuzz::checkWorkbook(scratch.write(data, size));
    return 0;
}
