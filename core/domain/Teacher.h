#pragma once

#include "domain/Person.h"

#include <QList>

namespace metodist {

struct Teacher : Person
{
    qint64 competenceLevelId = 0;
    QList<qint64> supportCategoryIds;
};

} // namespace metodist
