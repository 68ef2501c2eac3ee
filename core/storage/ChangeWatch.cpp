#include "storage/ChangeWatch.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QTimer>

namespace metodist {

ChangeWatch::ChangeWatch(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatch::check);
}

ChangeWatch::~ChangeWatch() = default;

void ChangeWatch::setDatabase(const Database *db)
{
    m_db = db;
    m_version = readVersion();
    updateTimer();
}

void ChangeWatch::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updateTimer();
}

void ChangeWatch::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int ChangeWatch::interval() const
{
    return m_timer->interval();
}

void ChangeWatch::updateTimer()
{
    if (m_enabled && m_db)
        m_timer->start();
    else
        m_timer->stop();
}

bool ChangeWatch::check()
{
    if (!acknowledge())
        return false;
    emit changed();
    return true;
}

bool ChangeWatch::acknowledge()
{
    const std::optional<qint64> version = readVersion();
    // A failed look (the file briefly locked by a checkpoint) is no news;
    // the next look compares with the last version read.
    if (!version)
        return false;
    const bool moved = m_version && *version != *m_version;
    m_version = version;
    return moved;
}

std::optional<qint64> ChangeWatch::readVersion() const
{
    if (!m_db || !m_db->isOpen() || m_db->sqlDialect().changeCounter().isEmpty())
        return std::nullopt;
    auto query = m_db->exec(m_db->sqlDialect().changeCounter());
    if (!query || !query.value().next())
        return std::nullopt;
    const qint64 version = query.value().value(0).toLongLong();
    // Done with the statement at once: a statement left open would hold a
    // read transaction, and the connection would see no later commit.
    query.value().finish();
    return version;
}

} // namespace metodist
