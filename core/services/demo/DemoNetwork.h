#pragma once

#include "Status.h"
#include "services/DemoRegion.h"
#include "services/demo/DemoCommon.h"

#include <QCoreApplication>

namespace metodist::demo {

// The support network of the demonstration region, once its people exist,
// in Kaliningrad's proportions: 4 regional ДПО organisations, 7 municipal
// methodical services, 16 offices, 22 consultation points, 30 regional
// communities, an МО/РМО for each of the main subjects in every municipality
// (a share of their teachers members, an experienced one the head); and, as
// in Tyumen, a few ЦМН covering schools of their municipality, internship
// sites at the schools marked as such, and the «Факультет педагогических
// профессий» with young specialists. Schools get the national-project flags
// and ~16% the mentoring model. Its own random sequence, so the rest of the
// region does not change with it. Teachers join only with support data (the
// people part keeps them then); methodists join their municipality's service
// or office always.
class DemoNetwork
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    static Status generate(Database &db, const DemoOptions &options, const Dictionaries &dict,
                           const DemoPopulation &people, DemoSummary &summary);
};

} // namespace metodist::demo
