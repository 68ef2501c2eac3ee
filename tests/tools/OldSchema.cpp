// metodist-old-schema FILE VERSION: a new database file at an older schema,
// as an older version of Metodist left it, for scripts/reliability.sh (an
// upgrade killed half-way). The tests build such files in-process the same
// way (OpenOptions::targetSchemaVersion).
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latest = metodist::Database::latestSchemaVersion();
    bool ok = false;
    const int version = args.value(2).toInt(&ok);
    if (args.size() != 3 || !ok || version < 1 || version > latest) {
        std::fprintf(stderr, "usage: metodist-old-schema FILE VERSION (1..%d)\n", latest);
        return 2;
    }
    if (QFileInfo::exists(args[1])) {
        std::fprintf(stderr, "metodist-old-schema: %s exists already\n", qPrintable(args[1]));
        return 1;
    }
    metodist::Database db;
    metodist::OpenOptions options;
    options.targetSchemaVersion = version;
    if (const metodist::Status status = db.open(args[1], options); !status) {
        std::fprintf(stderr, "metodist-old-schema: %s\n", qPrintable(status.message()));
        return 1;
    }
    std::printf("%s: schema %d\n", qPrintable(args[1]), db.schemaVersion());
    return 0;
}
