#pragma once

#include "domain/Person.h"

#include <QList>

namespace metodist {

struct Teacher : Person
{
    qint64 competenceLevelId = 0;
    QList<qint64> supportCategoryIds;
    // A category applied for (e.g. «педагог-наставник») and when.
    qint64 categoryAppliedId = 0;
    QDate categoryAppliedOn;
};

} // namespace metodist
