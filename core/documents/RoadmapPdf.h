#pragma once

#include "Status.h"
#include "domain/Roadmap.h"

#include <QCoreApplication>

namespace metodist {

struct RoadmapSummary;

// The roadmap on landscape A4: the stages with their activities in the
// offices' columns, overdue ones marked as of today, then the summing up
// with the lists behind its figures.
class RoadmapPdf
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapPdf)

public:
    static QString html(const Roadmap &roadmap, const RoadmapSummary &summary, const QDate &today);
    static Status write(const Roadmap &roadmap, const RoadmapSummary &summary, const QDate &today,
                        const QString &path);
};

} // namespace metodist
