#pragma once

#include "Status.h"
#include "storage/Database.h"

namespace metodist {

// Settings that belong to the database (shared by everyone who opens it),
// as opposed to per-user QSettings such as window geometry.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace metodist
