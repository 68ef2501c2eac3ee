#include "BackgroundTask.h"

#include "services/Progress.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressBar>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

namespace metodist {

struct BackgroundTask::Job
{
    // Abandoned: the work should stop and its end is never reported.
    std::atomic<bool> cancelled{false};
    // Stopped by the user: the work should stop and its end is reported.
    std::atomic<bool> stopped{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> progressPosted{false};
};

namespace {

constexpr int fallbackDelayMs = 400;
constexpr int barSteps = 1000;

// Core's Progress for a worker thread: the figures go to the GUI thread as
// queued calls, at most one waiting at a time.
class JobProgress : public Progress
{
public:
    JobProgress(std::shared_ptr<BackgroundTask::Job> job, BackgroundTask *task,
                std::function<void(qint64, qint64)> show)
        : m_job(std::move(job)), m_task(task), m_show(std::move(show))
    {
    }

    void report(qint64 done, qint64 total) override
    {
        m_job->done = done;
        m_job->total = total;
        if (m_job->progressPosted.exchange(true))
            return;
        QMetaObject::invokeMethod(
            m_task,
            [job = m_job, show = m_show] {
                job->progressPosted = false;
                if (!job->cancelled)
                    show(job->done, job->total);
            },
            Qt::QueuedConnection);
    }

    bool cancelled() const override { return m_job->cancelled || m_job->stopped; }

private:
    std::shared_ptr<BackgroundTask::Job> m_job;
    BackgroundTask *m_task;
    std::function<void(qint64, qint64)> m_show;
};

// The fallback's Progress, for work that has to run on the GUI thread: a
// modal progress dialog kept painted by processing events at every step.
// Nothing but the fallback may do this: anywhere else an event processed
// inside work can re-enter the code that started it.
class BlockingProgress : public Progress
{
public:
    BlockingProgress(const QString &label, QWidget *parent, int delayMs)
        : m_dialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(delayMs);
    }

    void report(qint64 done, qint64 total) override
    {
        m_dialog.setMaximum(int(std::max<qint64>(total, 1)));
        m_dialog.setValue(int(std::min(done, total)));
        QApplication::processEvents();
    }

    bool cancelled() const override { return m_dialog.wasCanceled(); }
    void close() { m_dialog.close(); }

private:
    QProgressDialog m_dialog;
};

// A database a worker thread can open a connection of its own to: a file,
// or a server (whose password libpq finds again in ~/.pgpass or PGPASSWORD).
bool reopenable(const Database &db)
{
    return Database::isServerUrl(db.location()) || QFileInfo(db.location()).isFile();
}

// The work on a connection of the worker thread's own, closed before the
// end is reported.
Status onOwnConnection(const QString &location, OpenOptions options, const std::function<Status(Database &)> &work)
{
    Database own;
    // The window's own connection has upgraded the file already.
    options.upgrade = false;
    if (Status opened = own.open(location, options); !opened)
        return opened;
    return work(own);
}

} // namespace

BackgroundTask::BackgroundTask(QWidget *parent) : QObject(parent), m_widget(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
    // Not hidden here: the parent may be half destroyed already.
    if (m_dialog)
        m_dialog->deleteLater();
    // The threads post to this object: they must be over before it goes.
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void BackgroundTask::useProgressDialog(int delayMs)
{
    m_dialogDelayMs = std::max(delayMs, 0);
}

void BackgroundTask::cancel()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
    closeDialog();
}

void BackgroundTask::start(const Database &db, const QString &label, Work work)
{
    cancel();
    if (!reopenable(db)) {
        runHere(label, [&db, &work](Progress &progress) { return work(db, progress); });
        return;
    }
    launch(label, [location = db.location(), work = std::move(work)](Progress &progress) {
        return onOwnConnection(location, OpenOptions::reading(), [&](Database &own) { return work(own, progress); });
    });
}

void BackgroundTask::startWriting(Database &db, const QString &label, WriteWork work)
{
    cancel();
    if (!reopenable(db)) {
        runHere(label, [&db, &work](Progress &progress) { return work(db, progress); });
        return;
    }
    launch(label, [location = db.location(), work = std::move(work)](Progress &progress) {
        return onOwnConnection(location, OpenOptions::existing(), [&](Database &own) { return work(own, progress); });
    });
}

void BackgroundTask::startStandalone(const QString &label, StandaloneWork work)
{
    cancel();
    launch(label, std::move(work));
}

void BackgroundTask::launch(const QString &label, StandaloneWork work)
{
    auto job = std::make_shared<Job>();
    m_current = job;
    if (m_dialogDelayMs >= 0)
        openDialog(label, job);
    const auto show = [this, job](qint64 done, qint64 total) { showProgress(job, done, total); };
    QThread *thread = QThread::create([this, job, work = std::move(work), show] {
        Status status = Status::success();
        {
            JobProgress progress(job, this, show);
            status = work(progress);
        }
        QMetaObject::invokeMethod(this, [this, job, status] { jobEnded(job, status); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("metodist-background"));
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        // Gone from the list before it is deleted; the destructor waits for the rest.
        std::erase(m_threads, thread);
        thread->deleteLater();
        if (m_threads.empty())
            emit idle();
    });
    thread->start(QThread::LowPriority);
}

void BackgroundTask::runHere(const QString &label, const StandaloneWork &work)
{
    auto job = std::make_shared<Job>();
    m_current = job;
    Status status = Status::success();
    {
        BlockingProgress progress(label, m_widget, m_dialogDelayMs >= 0 ? m_dialogDelayMs : fallbackDelayMs);
        status = work(progress);
        job->stopped = progress.cancelled();
        progress.close();
    }
    jobEnded(job, status);
    emit idle();
}

void BackgroundTask::showProgress(const std::shared_ptr<Job> &job, qint64 done, qint64 total)
{
    if (job != m_current)
        return;
    emit progressed(done, total);
    if (m_bar && !job->stopped) {
        m_bar->setRange(0, barSteps);
        const qint64 whole = std::max<qint64>(total, 1);
        m_bar->setValue(int(std::clamp<qint64>(done, 0, whole) * barSteps / whole));
    }
}

void BackgroundTask::openDialog(const QString &label, const std::shared_ptr<Job> &job)
{
    closeDialog();
    auto *dialog = new QProgressDialog(m_widget);
    dialog->setObjectName(QStringLiteral("backgroundProgress"));
    dialog->setLabelText(label);
    dialog->setCancelButtonText(QProgressDialog::tr("Cancel"));
    // The bar is fed directly: QProgressDialog::setValue() of a modal dialog
    // processes events itself, from inside the slot that feeds it.
    auto *bar = new QProgressBar(dialog);
    bar->setRange(0, 0); // busy until the work says how far it got
    dialog->setBar(bar);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setMinimumDuration(m_dialogDelayMs);
    dialog->setWindowModality(Qt::WindowModal);
    const auto stop = [this, job, dialog, bar] {
        if (job != m_current)
            return;
        // The work stops at its next step; its end says what became of it.
        job->stopped = true;
        dialog->setLabelText(tr("Cancelling…"));
        bar->setRange(0, 0); // busy: how long the last step takes is not known
        // Not from inside the button's own click.
        QMetaObject::invokeMethod(dialog, [dialog] { dialog->setCancelButton(nullptr); }, Qt::QueuedConnection);
        dialog->show(); // Cancel (or Escape) has hidden it
    };
    connect(dialog, &QProgressDialog::canceled, this, stop);
    connect(dialog, &QDialog::rejected, this, stop);
    m_dialog = dialog;
    m_bar = bar;
    if (m_dialogDelayMs == 0)
        dialog->show();
    else
        QTimer::singleShot(m_dialogDelayMs, dialog, [dialog] { dialog->show(); });
}

void BackgroundTask::closeDialog()
{
    if (!m_dialog)
        return;
    // Later, not now: this may run inside one of the dialog's own signals.
    m_dialog->hide();
    m_dialog->deleteLater();
    m_dialog.clear();
    m_bar.clear();
}

void BackgroundTask::jobEnded(const std::shared_ptr<Job> &job, const Status &status)
{
    if (job != m_current || job->cancelled)
        return;
    m_current.reset();
    m_lastStopped = job->stopped;
    closeDialog();
    emit finished(status.message());
}

} // namespace metodist
