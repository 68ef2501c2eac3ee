#pragma once

#include "Status.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QProgressBar;
class QProgressDialog;
class QThread;
class QWidget;

namespace metodist {

class Database;
class Progress;

// The one way the UI runs long work (a report over a million teachers, the
// list behind a figure, an import, a plan and its writing): off the GUI
// thread, so that the window keeps repainting and nothing waits in a nested
// event loop. The work gets a Database of its own opened on the same file:
// SQLite in WAL mode lets it read while the window's connection goes on, and
// no query object crosses threads. A database that is not a file (in memory)
// has no second connection: the work then runs on this thread under a modal
// progress dialog that keeps the window painted between the work's steps
// (the one place that may process events from inside work), and finished()
// comes before start() returns.
//
// One job at a time: start() abandons the job running, and so does cancel();
// an abandoned job's end is never reported. The Cancel button of the
// progress dialog (useProgressDialog(), or the fallback's) only stops the
// job: the work learns it at its next step and its end is reported as
// usual, with the work's own word for it (core's "nothing was written"), or
// its success when the stop came too late (rows being committed). The work
// writes its result into whatever it captured; it is safe to read in a slot
// of finished().
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(const Database &db, Progress &progress)>;
    using WriteWork = std::function<Status(Database &db, Progress &progress)>;
    using StandaloneWork = std::function<Status(Progress &progress)>;

    // `parent` owns the task and is the progress dialog's parent.
    explicit BackgroundTask(QWidget *parent);
    // Abandons the work and waits for its thread (at most one step of it).
    ~BackgroundTask() override;

    // While a job runs, a window-modal (not blocking) progress dialog over the
    // parent shows the job's label and how far it got, from `delayMs` on,
    // with a Cancel button that stops the job. Without it a job on a worker
    // thread shows nothing: the caller shows that it is busy its own way.
    void useProgressDialog(int delayMs = 400);

    void start(const Database &db, const QString &label, Work work);
    // The same for work that writes (SQLite lets one connection write while
    // the window's connection reads).
    void startWriting(Database &db, const QString &label, WriteWork work);
    // Work that opens what it needs itself on the worker thread (a database
    // it creates, say); it never runs on this thread.
    void startStandalone(const QString &label, StandaloneWork work);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    // Whether the job that ended last was stopped by its dialog's Cancel
    // button; read it in a slot of finished().
    bool wasStopped() const { return m_lastStopped; }

    struct Job; // what a job's thread and this object share

signals:
    void progressed(qint64 done, qint64 total);
    // The work's error, empty when it succeeded.
    void finished(const QString &error);
    // No thread of this task is running any more (also after an abandoned job).
    void idle();

private:
    void launch(const QString &label, StandaloneWork work);
    void runHere(const QString &label, const StandaloneWork &work);
    void showProgress(const std::shared_ptr<Job> &job, qint64 done, qint64 total);
    void openDialog(const QString &label, const std::shared_ptr<Job> &job);
    void closeDialog();
    void jobEnded(const std::shared_ptr<Job> &job, const Status &status);

    QWidget *m_widget;
    std::shared_ptr<Job> m_current;
    std::vector<QThread *> m_threads;
    int m_dialogDelayMs = -1; // no dialog for jobs on a worker thread
    QPointer<QProgressDialog> m_dialog;
    QPointer<QProgressBar> m_bar;
    bool m_lastStopped = false;
};

} // namespace metodist
