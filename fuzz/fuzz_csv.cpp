// CSV bytes as a file brings them: read record by record, then whole.
#include "FuzzSupport.h"

#include "documents/CsvReader.h"

using namespace metodist;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    CsvStream stream;
    if (const Status opened = stream.openBytes(bytes); opened) {
        QStringList cells;
        int row = 0;
        int previous = 0;
        while (stream.next(cells, row)) {
            fuzz::require(row > previous, "CsvStream: row numbers grow with every record");
            previous = row;
        }
        const Status status = stream.status();
        fuzz::require(status.ok() || !status.message().isEmpty(), "CsvStream: an error has a message");
    } else {
        fuzz::require(!opened.message().isEmpty(), "CsvStream::openBytes: an error has a message");
    }

    const Result<CsvTable> table = CsvReader::read(bytes);
    if (table) {
        fuzz::require(table->rows.size() == table->lineNumbers.size(), "CsvReader: a row number for every row");
    } else {
        fuzz::require(!table.message().isEmpty(), "CsvReader::read: an error has a message");
    }
    return 0;
}
