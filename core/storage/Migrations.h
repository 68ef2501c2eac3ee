#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace metodist {

// A numbered schema change. Migrations are applied in order, all pending ones
// in one transaction, and recorded in schema_migrations. Never edit a released
// migration: add the next number instead.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace metodist
