#pragma once

#include "Status.h"
#include "documents/ChartSpec.h"
#include "domain/Monitoring.h"

#include <QCoreApplication>

namespace metodist {

// The monitoring report as a PDF: a title page, the indicators of each block
// as tables, the composition of the methodical active, the figures by
// municipality and the charts (drawn by `charts`; without one the PDF has the
// tables only).
class MonitoringPdf
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringPdf)

public:
    static Status write(const MonitoringReport &report, const QList<ChartSpec> &charts, const ChartPainter *painter,
                        const QString &path);
};

} // namespace metodist
