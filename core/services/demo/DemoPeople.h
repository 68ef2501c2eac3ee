#pragma once

#include "Status.h"
#include "services/DemoRegion.h"
#include "services/Progress.h"
#include "services/demo/DemoCommon.h"

#include <QCoreApplication>

namespace metodist::demo {

// The people of the demonstration region: schools in its municipalities,
// teachers with diagnostics and ПК records, methodists. Reports progress
// up to teachers + methodists units of totalUnits.
class DemoPeople
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    static Status generate(Database &db, const DemoOptions &options, const QDate &today, const Dictionaries &dict,
                           DemoPopulation &people, DemoSummary &summary, Progress *progress, qint64 totalUnits);
};

} // namespace metodist::demo
