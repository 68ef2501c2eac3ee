#include "storage/SettingsRepository.h"

namespace metodist {

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    auto query = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toString() : fallback;
}

Status SettingsWriter::setValue(const QString &key, const QString &value)
{
    auto query = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value});
    return query.status();
}

} // namespace metodist
