#pragma once

#include <QObject>

#include <optional>

class QTimer;

namespace metodist {

class Database;

// Tells when the database changed underneath the connection of `db`: another
// program (metodist-cli, a second window) or a job of this program writing
// through a connection of its own committed. Commits made through `db`
// itself are not reported: whoever made them knows.
//
// On SQLite it compares PRAGMA data_version, which moves with every commit of
// another connection and never with this connection's own; a look costs one
// pragma on the main connection. It looks when asked (check(), e.g. when the
// window is activated) and on a slow timer while enabled.
//
// The signal is the interface, not the pragma: a PostgreSQL engine will emit
// the same changed() from LISTEN/NOTIFY (a trigger NOTIFYs on commit and
// QSqlDriver::notification delivers it), and its check() will have nothing
// to do.
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 4000;

    explicit ChangeWatch(QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Watches this database from now on (nullptr: none); changes made before
    // are not reported. The timer runs while a database is watched and the
    // watch is enabled.
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

    const Database *m_db = nullptr;
    std::optional<qint64> m_version;
    QTimer *m_timer;
    bool m_enabled = true;
};

} // namespace metodist
