#pragma once

#include "Status.h"
#include "services/Progress.h"
#include "storage/Database.h"

namespace metodist {

struct DemoOptions
{
    QString region = QStringLiteral("kaliningrad");
    int teachers = 13120;   // Kaliningrad's figures
    int methodists = 224;
    quint32 seed = 20261123; // same seed, same region
};

struct DemoSummary
{
    int municipalities = 0;
    int organisations = 0;
    int teachers = 0;
    int methodists = 0;
    int diagnostics = 0;
    int pkRecords = 0;
};

// A realistic synthetic region for trying the program and for benchmarks:
// Russian names (with ё), valid unique СНИЛС, schools in the region's
// municipalities, diagnostics and ПК records. One transaction.
class DemoRegion
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options, Progress *progress = nullptr);
};

} // namespace metodist
