#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QThread;
class QTimer;

namespace sb {

class SyncWorker;

// A connector for one cycle and its row in the connectors table (which keys its pull cursors).
struct RunnerConnector {
    std::unique_ptr<Connector> connector;
    qint64 rowId = 0;
};

// What a cycle syncs with: the connectors, and where new records go (without a routing, each
// system owns what its connector serves: Routing::ownersOnly).
struct RunnerSetup {
    RunnerSetup() = default;
    RunnerSetup(std::vector<RunnerConnector> &&list) : connectors(std::move(list)) {} // NOLINT: a plain list of connectors is a setup
    std::vector<RunnerConnector> connectors;
    std::optional<Routing> routing;
};

// Runs sync cycles on a worker thread so the UI thread never waits for SQLite or the network.
// Each cycle opens its own Database on the workspace file, asks the factory for connectors (in
// the worker, with the worker's QNetworkAccessManager, so their replies arrive there), runs one
// SyncEngine cycle and drops them again. Signals reach the owner's thread queued.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    // Called in the worker thread at the start of each cycle; nam lives as long as the cycle.
    using ConnectorFactory = std::function<RunnerSetup(QNetworkAccessManager &nam)>;

    SyncRunner(const QString &workspacePath, ConnectorFactory factory, QObject *parent = nullptr);
    ~SyncRunner() override; // cancels a running cycle and waits for the worker to wind down

    bool isRunning() const { return m_running; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Minutes between automatic cycles, counted from the end of the last one; 0 turns them off.
    // Setting the value it already has keeps the running countdown.
    void setInterval(int minutes);
    int interval() const { return m_intervalMinutes; }
    // TESTS ONLY: milliseconds between automatic cycles instead of minutes (0 goes back to
    // interval()). Lets a test see the timer schedule cycles without waiting minutes.
    void setIntervalMsForTesting(int msec);
    // The countdown in use, in milliseconds (0: no automatic cycles).
    int effectiveIntervalMs() const;
    bool isScheduled() const; // an automatic cycle is due later

public slots:
    // Returns false (and does nothing) while a cycle runs.
    bool start();
    void cancel();
    // Connectivity came back: catch up at once instead of waiting for the interval (right after
    // the running cycle, if one runs); changes in backoff because the network was gone go too.
    void syncWhenOnline();

signals:
    void started();
    // done counts the records of that entity handled so far in this cycle; total is -1 when unknown.
    void progress(const QString &phase, const QString &entity, int done, int total);
    void logLine(const QString &line);
    void finished(const sb::SyncSummary &summary);

private:
    void onWorkerFinished(const sb::SyncSummary &summary);
    // (Re)starts the countdown to the next automatic cycle, or stops it when there is none.
    void schedule(bool restart);

    QString m_path;
    ConnectorFactory m_factory;
    QThread *m_thread;
    SyncWorker *m_worker; // lives in m_thread, deleted there
    QTimer *m_timer;
    int m_intervalMinutes = 0;
    int m_testIntervalMs = 0;
    bool m_catchUp = false; // the next cycle follows connectivity coming back
    int m_pageSize = 200;
    bool m_running = false;
};

} // namespace sb
