#include "SyncRunner.h"
#include "models/store/Outbox.h"

#include "models/store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>
#include <utility>

namespace sb {

// Owns one cycle's objects inside the worker thread: they are created, used and destroyed there
// (a QSqlDatabase connection and a QNetworkAccessManager must stay on the thread that made them).
class SyncWorker : public QObject {
    Q_OBJECT
public:
    ~SyncWorker() override { release(); }

    // catchUp: connectivity just came back. Changes that backed off while the servers were out
    // of reach go in this cycle instead of at their backoff time (which grows to an hour).
    void run(const QString &path, const SyncRunner::ConnectorFactory &factory, int pageSize, bool catchUp)
    {
        release(); // the previous cycle's objects, if the runner restarted quickly
        m_totals.clear();
        auto db = Database::open(path);
        if (!db) {
            fail(QCoreApplication::translate("sb::SyncRunner", "Cannot open the workspace for syncing: %1").arg(db.error()));
            return;
        }
        m_db = db.take();
        m_nam = std::make_unique<QNetworkAccessManager>();
        RunnerSetup setup = factory ? factory(*m_nam) : RunnerSetup();
        m_connectors = std::move(setup.connectors);
        if (m_connectors.empty()) {
            fail(QCoreApplication::translate("sb::SyncRunner", "No server is configured to sync with."));
            return;
        }
        if (catchUp) {
            auto due = Outbox(*m_db).makeAllDue();
            if (!due)
                emit logLine(due.error());
            else if (const int n = due.value(); n > 0)
                emit logLine(QCoreApplication::translate("sb::SyncRunner", "Back online: %n change(s) that waited for the "
                                                         "network go now.", nullptr, n));
        }
        m_engine = std::make_unique<SyncEngine>(*m_db);
        m_engine->setRetention(RetentionPolicy::load());
        m_engine->setPageSize(pageSize);
        for (RunnerConnector &c : m_connectors)
            m_engine->addConnector(c.connector.get(), c.rowId);
        if (setup.routing)
            m_engine->setRouting(*setup.routing);
        connect(m_engine.get(), &SyncEngine::logLine, this, &SyncWorker::logLine);
        connect(m_engine.get(), &SyncEngine::progress, this,
                [this](const QString &phase, const QString &entity, int done, int total) {
                    // The engine reports per page; people want the running count.
                    int &sum = m_totals[phase + QLatin1Char('/') + entity];
                    sum += qMax(0, done);
                    emit progress(phase, entity, sum, total);
                });
        connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary &summary) {
            emit finished(summary);
            // Not from inside the engine's own signal: drop the cycle once the stack unwinds.
            QMetaObject::invokeMethod(this, &SyncWorker::releaseIfIdle, Qt::QueuedConnection);
        });
        m_engine->start();
    }

    void cancel()
    {
        if (m_engine && m_engine->isRunning())
            m_engine->cancel();
    }

signals:
    void progress(const QString &phase, const QString &entity, int done, int total);
    void logLine(const QString &line);
    void finished(const sb::SyncSummary &summary);

private:
    void fail(const QString &message)
    {
        SyncSummary s;
        s.errors << message;
        emit logLine(message);
        emit finished(s);
        release();
    }
    void releaseIfIdle()
    {
        if (m_engine && !m_engine->isRunning())
            release();
    }
    void release()
    {
        // The engine refers to the connectors and the database: it goes first.
        m_engine.reset();
        m_connectors.clear();
        m_nam.reset();
        m_db.reset();
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::vector<RunnerConnector> m_connectors;
    std::unique_ptr<SyncEngine> m_engine;
    QHash<QString, int> m_totals;
};

SyncRunner::SyncRunner(const QString &workspacePath, ConnectorFactory factory, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_factory(std::move(factory))
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<sb::SyncSummary>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker emits in its own thread, the runner's owner handles it in its thread.
    connect(m_worker, &SyncWorker::progress, this, &SyncRunner::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::logLine, this, &SyncRunner::logLine, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncRunner::onWorkerFinished, Qt::QueuedConnection);
    connect(m_timer, &QTimer::timeout, this, [this] { start(); });
    m_thread->start();
}

SyncRunner::~SyncRunner()
{
    cancel();
    m_thread->quit();
    m_thread->wait(); // the worker and its cycle are deleted in the thread as it finishes
}

void SyncRunner::setInterval(int minutes)
{
    minutes = qBound(0, minutes, 24 * 60);
    const bool changed = minutes != m_intervalMinutes;
    m_intervalMinutes = minutes;
    // Settings applied again unchanged must not postpone the next cycle.
    schedule(changed);
}

void SyncRunner::setIntervalMsForTesting(int msec)
{
    m_testIntervalMs = qMax(0, msec);
    schedule(true);
}

int SyncRunner::effectiveIntervalMs() const
{
    return m_testIntervalMs > 0 ? m_testIntervalMs : m_intervalMinutes * 60 * 1000;
}

bool SyncRunner::isScheduled() const
{
    return m_timer->isActive();
}

void SyncRunner::schedule(bool restart)
{
    const int ms = effectiveIntervalMs();
    if (ms <= 0) {
        m_timer->stop();
        return;
    }
    if (m_running)
        return; // the countdown starts again when the running cycle ends
    if (restart || !m_timer->isActive() || m_timer->interval() != ms)
        m_timer->start(ms);
}

bool SyncRunner::start()
{
    if (m_running)
        return false;
    const bool catchUp = std::exchange(m_catchUp, false);
    m_running = true;
    m_timer->stop(); // one cycle at a time: the next automatic one counts from this one's end
    emit started();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path = m_path, factory = m_factory, rows = m_pageSize, catchUp] {
            worker->run(path, factory, rows, catchUp);
        },
        Qt::QueuedConnection);
    return true;
}

void SyncRunner::cancel()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); }, Qt::QueuedConnection);
}

void SyncRunner::syncWhenOnline()
{
    // The next cycle sends what waited for the network at once (see SyncWorker::run). A cycle
    // running now most likely started while the network was down: one more follows it.
    m_catchUp = true;
    start();
}

void SyncRunner::onWorkerFinished(const SyncSummary &summary)
{
    m_running = false;
    schedule(true); // the next automatic cycle counts from the end of this one
    emit finished(summary);
    if (m_catchUp) {
        if (summary.cancelled) // a person stopped it: do not start another behind their back
            m_catchUp = false;
        else
            QTimer::singleShot(0, this, [this] { start(); });
    }
}

} // namespace sb

#include "SyncRunner.moc"
