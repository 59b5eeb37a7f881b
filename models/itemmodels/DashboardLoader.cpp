#include "DashboardLoader.h"

#include "models/store/Database.h"

#include <QElapsedTimer>
#include <QThread>
#include <memory>

namespace sb {

struct DashboardLoader::Worker : QObject {
    QString path;
    std::unique_ptr<Database> db; // opened, used and closed on the worker thread
};

DashboardLoader::DashboardLoader(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (db.path() == QLatin1String(":memory:") || db.path().isEmpty())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker = new Worker;
    m_worker->path = db.path();
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DashboardLoader::~DashboardLoader()
{
    if (!m_thread)
        return;
    m_generation.fetchAndAddOrdered(1); // whatever is queued is no longer wanted
    Worker *w = m_worker;
    QMetaObject::invokeMethod(m_worker, [w] { w->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void DashboardLoader::load(const DashboardQuery &query)
{
    const int generation = m_generation.fetchAndAddOrdered(1) + 1;
    setLoading(true);
    if (!m_thread) { // read here, delivered from the event loop like a worker's result
        QElapsedTimer timer;
        timer.start();
        auto r = DashboardStore(m_db).figures(query);
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, r, ms, generation] { finish(generation, r, ms); }, Qt::QueuedConnection);
        return;
    }
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w, query, generation] {
            if (m_generation.loadAcquire() != generation)
                return; // a newer request is queued behind this one
            QElapsedTimer timer;
            timer.start();
            Result<DashboardFigures> r = Result<DashboardFigures>::fail(QString());
            if (!w->db) {
                Database::Options options;
                options.create = false;
                auto opened = Database::open(w->path, options);
                if (opened)
                    w->db = opened.take();
                else
                    r = Result<DashboardFigures>::fail(opened.error());
            }
            if (w->db)
                r = DashboardStore(*w->db).figures(query);
            w->db ? w->db->finishStatements() : void();
            const qint64 ms = timer.elapsed();
            QMetaObject::invokeMethod(this, [this, r, ms, generation] { finish(generation, r, ms); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DashboardLoader::finish(int generation, const Result<DashboardFigures> &result, qint64 ms)
{
    if (generation != m_generation.loadAcquire())
        return; // superseded: the newer read reports
    setLoading(false);
    m_lastLoadMs = ms;
    if (!result) {
        m_lastError = result.error();
        emit failed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_figures = result.value();
    emit loaded();
}

void DashboardLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace sb
