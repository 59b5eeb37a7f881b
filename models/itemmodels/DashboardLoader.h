#pragma once

#include "models/store/DashboardStore.h"

#include <QAtomicInt>
#include <QObject>

class QThread;

namespace sb {

class Database;

// Reads the dashboard's figures off the UI thread: a worker thread keeps its own connection to
// the workspace file (opened at the first load, kept warm for the next ones) and runs
// DashboardStore::figures there. The latest request wins: one asked while another runs
// replaces it, and a result that is no longer wanted is dropped. An in-memory cache (tests)
// cannot be shared between connections and is read on the caller's thread. Either way the
// result arrives from the event loop, never inside load().
class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(Database &db, QObject *parent = nullptr);
    ~DashboardLoader() override; // waits for a read under way (bounded by one query set)

    void load(const DashboardQuery &query);
    bool isLoading() const { return m_loading; }
    const DashboardFigures &figures() const { return m_figures; }
    // How long the last delivered read took on its thread (connection opening included).
    qint64 lastLoadMs() const { return m_lastLoadMs; }
    const QString &lastError() const { return m_lastError; }

signals:
    void loaded();                         // figures() holds the new figures
    void failed(const QString &message);   // for a person
    void loadingChanged(bool loading);

private:
    struct Worker;
    void finish(int generation, const Result<DashboardFigures> &result, qint64 ms);
    void setLoading(bool loading);

    Database &m_db;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QAtomicInt m_generation;
    bool m_loading = false;
    DashboardFigures m_figures;
    qint64 m_lastLoadMs = 0;
    QString m_lastError;
};

} // namespace sb
