#include "storage/ChangeWatch.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QMetaObject>
#include <QTimer>

namespace metodist {

ChangeWatch::ChangeWatch(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_burst(new QTimer(this))
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatch::check);
    m_burst->setSingleShot(true);
    m_burst->setInterval(notificationDelayMs);
    connect(m_burst, &QTimer::timeout, this, [this] {
        if (m_enabled)
            check();
    });
}

ChangeWatch::~ChangeWatch()
{
    stopListening();
}

void ChangeWatch::setDatabase(const Database *db)
{
    stopListening();
    m_db = db;
    m_notified = false;
    m_burst->stop();
    m_version = readVersion();
    listen();
    updateTimer();
}

void ChangeWatch::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updateTimer();
    if (m_enabled && m_notified && !m_burst->isActive())
        m_burst->start();
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
    // A server tells; only a file's counter has to be looked at.
    const bool counts = m_db && !m_db->sqlDialect().changeCounter().isEmpty();
    if (m_enabled && counts)
        m_timer->start();
    else
        m_timer->stop();
}

void ChangeWatch::listen()
{
    if (!m_db || !m_db->isOpen() || m_db->sqlDialect().changeChannel().isEmpty())
        return;
    QSqlDriver *driver = m_db->connection().driver();
    const QString channel = m_db->sqlDialect().changeChannel();
    if (!driver)
        return;
    // Without the subscription the window still reads again when it is
    // activated or the user refreshes; nothing else depends on it.
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return;
    m_driver = driver;
    m_channel = channel;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                notified(name, source);
            });
}

void ChangeWatch::stopListening()
{
    if (!m_driver)
        return;
    disconnect(m_driver, nullptr, this, nullptr);
    if (m_driver->isOpen() && m_driver->subscribedToNotifications().contains(m_channel))
        m_driver->unsubscribeFromNotification(m_channel);
    m_driver = nullptr;
    m_channel.clear();
}

void ChangeWatch::notified(const QString &channel, QSqlDriver::NotificationSource source)
{
    // The connection's own commits: whoever made them knows.
    if (channel != m_channel || source == QSqlDriver::SelfSource)
        return;
    m_notified = true;
    if (m_enabled && !m_burst->isActive())
        m_burst->start();
}

void ChangeWatch::readNotifications()
{
    if (!m_driver || !m_db || !m_db->isOpen())
        return;
    // A round trip: the server sends what it was told before answering.
    if (auto ping = m_db->exec(QStringLiteral("SELECT 1")))
        ping.value().finish();
    // The driver delivers notifications from the event loop; a look now
    // reads them at once, through the slot the driver's socket calls.
    if (m_driver->metaObject()->indexOfMethod("_q_handleNotification()") >= 0)
        QMetaObject::invokeMethod(m_driver, "_q_handleNotification", Qt::DirectConnection);
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
    if (m_driver) {
        readNotifications();
        const bool notified = m_notified;
        m_notified = false;
        m_burst->stop();
        return notified;
    }
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
