#pragma once

#include "Status.h"
#include "domain/Monitoring.h"

#include <QCoreApplication>

namespace metodist {

// The monitoring report as a workbook the ministry can take: a sheet per
// block (the region, then each municipality), a sheet of the composition of
// the methodical active; numbers as numbers, shares formatted as
// percentages, headers frozen.
class MonitoringXlsx
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringXlsx)

public:
    static Status write(const MonitoringReport &report, const QString &path);
};

} // namespace metodist
