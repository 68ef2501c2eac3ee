#pragma once

#include "Status.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QThread;
class QWidget;

namespace metodist {

class Database;
class Progress;

// Long work (a report over a million teachers, the list behind a figure, an
// import) off the GUI thread, so that the window keeps repainting. The work
// gets a Database of its own opened on the same file: SQLite in WAL mode
// lets it read while the window's connection goes on, and no query object
// crosses threads. A database that is not a file (in memory) has no second
// connection: the work then runs on this thread under a modal progress
// dialog, and finished() comes before start() returns.
//
// One job at a time: start() cancels the job running, and a cancelled job's
// end is never reported. The work writes its result into whatever it
// captured; it is safe to read in a slot of finished().
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(const Database &db, Progress &progress)>;
    using WriteWork = std::function<Status(Database &db, Progress &progress)>;

    // `parent` owns the task and is the progress dialog's parent when the
    // work has to run on this thread.
    explicit BackgroundTask(QWidget *parent);
    // Cancels the work and waits for its thread (at most one query).
    ~BackgroundTask() override;

    void start(const Database &db, const QString &label, Work work);
    // The same for work that writes (SQLite lets one connection write while
    // the window's connection reads).
    void startWriting(Database &db, const QString &label, WriteWork work);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

    struct Job; // what a job's thread and this object share

signals:
    void progressed(qint64 done, qint64 total);
    // The work's error, empty when it succeeded.
    void finished(const QString &error);
    // No thread of this task is running any more (also after a cancelled job).
    void idle();

private:
    void launch(const QString &location, WriteWork work, bool writing);
    void runHere(const QString &label, const std::function<Status(Progress &)> &work);
    void jobEnded(const std::shared_ptr<Job> &job, const Status &status);

    QWidget *m_widget;
    std::shared_ptr<Job> m_current;
    std::vector<QThread *> m_threads;
};

} // namespace metodist
