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

protected:
    const Database &m_db;
};

// The writing half of SettingsRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class SettingsWriter : public SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)

public:
    explicit SettingsWriter(Database &db) : SettingsRepository(db) {}

    Status setValue(const QString &key, const QString &value);
};

} // namespace metodist
