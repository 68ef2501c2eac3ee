#include "BackgroundTask.h"

#include "dialogs/ProgressDialog.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QThread>
#include <QWidget>

#include <atomic>

namespace metodist {

struct BackgroundTask::Job
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> progressPosted{false};
};

namespace {

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

    bool cancelled() const override { return m_job->cancelled; }

private:
    std::shared_ptr<BackgroundTask::Job> m_job;
    BackgroundTask *m_task;
    std::function<void(qint64, qint64)> m_show;
};

bool isFile(const Database &db)
{
    return !Database::isServerUrl(db.location()) && QFileInfo(db.location()).isFile();
}

} // namespace

BackgroundTask::BackgroundTask(QWidget *parent) : QObject(parent), m_widget(parent) {}

BackgroundTask::~BackgroundTask()
{
    cancel();
    // The threads post to this object: they must be over before it goes.
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void BackgroundTask::cancel()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
}

void BackgroundTask::start(const Database &db, const QString &label, Work work)
{
    cancel();
    if (!isFile(db)) {
        runHere(label, [&db, &work](Progress &progress) { return work(db, progress); });
        return;
    }
    launch(db.location(), [work = std::move(work)](Database &own, Progress &progress) { return work(own, progress); },
           false);
}

void BackgroundTask::startWriting(Database &db, const QString &label, WriteWork work)
{
    cancel();
    if (!isFile(db)) {
        runHere(label, [&db, &work](Progress &progress) { return work(db, progress); });
        return;
    }
    launch(db.location(), std::move(work), true);
}

void BackgroundTask::launch(const QString &location, WriteWork work, bool writing)
{
    auto job = std::make_shared<Job>();
    m_current = job;
    const auto show = [this](qint64 done, qint64 total) { emit progressed(done, total); };
    QThread *thread = QThread::create([this, job, location, work = std::move(work), show, writing] {
        Status status = Status::success();
        {
            Database own;
            // The window's own connection has upgraded the file already.
            OpenOptions options = writing ? OpenOptions::existing() : OpenOptions::reading();
            options.upgrade = false;
            status = own.open(location, options);
            if (status) {
                JobProgress progress(job, this, show);
                status = work(own, progress);
            }
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

void BackgroundTask::runHere(const QString &label, const std::function<Status(Progress &)> &work)
{
    auto job = std::make_shared<Job>();
    m_current = job;
    Status status = Status::success();
    bool cancelled = false;
    {
        ProgressDialog progress(label, m_widget);
        status = work(progress);
        cancelled = progress.cancelled();
        progress.close();
    }
    if (cancelled) {
        job->cancelled = true;
        if (m_current == job)
            m_current.reset(); // nothing runs any more
    }
    jobEnded(job, status);
    emit idle();
}

void BackgroundTask::jobEnded(const std::shared_ptr<Job> &job, const Status &status)
{
    if (job != m_current || job->cancelled)
        return;
    m_current.reset();
    emit finished(status.message());
}

} // namespace metodist
