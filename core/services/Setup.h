#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace metodist {

struct SetupSummary
{
    int dictionaryEntriesAdded = 0;
    int municipalitiesAdded = 0;
    int aliasesAdded = 0;
    QString regionName; // empty when no region preset was loaded
};

// Fills a database with the shipped dictionaries and, optionally, a region's
// municipalities. Safe to repeat: entries the user already has (or renamed,
// matched by code) are left alone. One transaction: all or nothing.
class Setup
{
    Q_DECLARE_TR_FUNCTIONS(Setup)

public:
    static Result<SetupSummary> initialise(Database &db, const QString &regionCode = {});
};

} // namespace metodist
