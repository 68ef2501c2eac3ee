#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

#include <optional>

class QTimer;

namespace metodist {

class Database;

// Tells when the database changed underneath the connection of `db`: another
// program (metodist-cli, a second window, another office's PC) or a job of
// this program writing through a connection of its own committed. Commits
// made through `db` itself are not reported: whoever made them knows.
//
// On SQLite it compares PRAGMA data_version, which moves with every commit of
// another connection and never with this connection's own; a look costs one
// pragma on the main connection. It looks when asked (check(), e.g. when the
// window is activated) and on a slow timer while enabled.
//
// On PostgreSQL it listens: the triggers of schema 11 NOTIFY the channel
// SqlDialect::changeChannel() names on every committed statement, and the
// driver delivers the notification on the connection's socket (no timer, no
// polling); the server says which connection sent it, and the watched
// connection's own are left out, as SQLite's counter leaves them out. A burst
// of notifications (one commit touches several tables) is one changed().
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 4000;
    // How long a burst of notifications is gathered before one changed().
    static constexpr int notificationDelayMs = 150;

    explicit ChangeWatch(QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Watches this database from now on (nullptr: none); changes made before
    // are not reported. The timer runs while a file is watched and the watch
    // is enabled. While disabled, a server's notifications are kept for the
    // next look rather than reported.
    void setDatabase(const Database *db);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setInterval(int milliseconds);
    int interval() const;

    // Looks now: emits changed() and returns true when another connection
    // committed since the last look.
    bool check();
    // Takes the current state as seen without emitting changed(), for a
    // reader that has just read everything again anyway; returns whether
    // there had been a change.
    bool acknowledge();

signals:
    void changed();

private:
    std::optional<qint64> readVersion() const;
    void updateTimer();
    void listen();
    void stopListening();
    // Reads what the server has sent the connection by now, so that a look
    // sees a commit made just before it.
    void readNotifications();
    void notified(const QString &channel, QSqlDriver::NotificationSource source);

    const Database *m_db = nullptr;
    std::optional<qint64> m_version;
    QTimer *m_timer;
    QTimer *m_burst;
    QPointer<QSqlDriver> m_driver; // listened to
    QString m_channel;
    bool m_notified = false;
    bool m_enabled = true;
};

} // namespace metodist
