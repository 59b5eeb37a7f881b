#pragma once

#include <optional>

#include "Connector.h"
#include "OutboxQueue.h"
#include "Routing.h"
#include "models/store/Retention.h"
#include "models/store/Transaction.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace sb {

class Database;
class RecordApplier;
struct Entity;

struct SyncSummary {
    int pushed = 0;
    int pushFailed = 0;   // refused by a server: visible on the record
    int retryLater = 0;   // temporary trouble: backing off
    int pulled = 0;       // records inserted or updated from servers
    int deleted = 0;
    int conflicts = 0;
    bool cancelled = false;
    QStringList errors;   // what stopped a part of the cycle, for a person
    QStringList failedSystems; // systems that could not be reached or failed a part of the cycle
    // Why the system keychain would not give a server's password (locked, absent, refusing), one
    // sentence per problem, also in errors. Nothing went to those servers and no change backed off.
    QStringList keychain;
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// One sync cycle over the configured connectors: push the outbox (exactly once, in order per
// record, parents first), then pull every served entity from its cursor, page by page, each
// page and its cursor in one transaction. Asynchronous: call start(), wait for finished().
// Works on its own Database connection; never re-enters the event loop.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Database &db, OutboxQueue::Clock clock = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    // The connector's row in the connectors table keys its pull cursors. One connector per
    // system (its remote_system).
    void addConnector(Connector *connector, qint64 connectorRowId);
    // Where new records and commands go (Routing). Without one, each entity goes to the one
    // connector that serves it (an entity two connectors serve goes nowhere: a problem), and a
    // command to the connector of the record's home system.
    void setRouting(const Routing &routing) { m_routing = routing; m_routingSet = true; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // How much history the workspace keeps; pruned at the end of every cycle (Retention.h).
    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void cancel();

signals:
    void progress(const QString &phase, const QString &entity, int done, int total);
    void logLine(const QString &line);
    void finished(const sb::SyncSummary &summary);

private:
    struct Slot {
        Connector *connector = nullptr;
        qint64 rowId = 0;
        std::unique_ptr<RecordApplier> applier;
        QString system;
        // This cycle: the last thing that went wrong with this system, and whether it answered.
        QString error;
        bool answered = false;
        bool unreachable = false;
        QString keychain; // the keychain would not give its password: nothing more goes to it this cycle
    };
    struct PullTask {
        Slot *slot;
        QString entity;
        int restarts = 0;
        bool full = false;   // read from the start: the ids seen are all the server has
        QSet<QString> seen;
        qint64 checked = 0;  // ids the deletion check asked about (or saw, on a full read)
    };

    void nextPush();
    // The keychain would not give slot's password (RemoteResult::keychain): the entries go back
    // as they were (nothing was sent), the system is left alone for the rest of the cycle.
    // SyncEngineSystems.cpp.
    void keychainRefused(Slot &slot, const QList<OutboxEntry> &entries, const QString &message);
    void pushEntry(Slot &slot, const OutboxEntry &entry);
    void onPushed(Slot &slot, const OutboxEntry &entry, const RemoteResult &result, bool wasLookup);
    // A change the server took (or had taken): the record acknowledged, the entry done.
    void settlePushed(Slot &slot, const OutboxEntry &entry, const RemoteResult &result);
    // Batches (SyncEngineBatch.cpp): the head and the ready changes of its entity and kind that
    // can go with it, in one call; false when there is no batch to make (fewer than two).
    struct BatchMember {
        OutboxEntry entry;
        BatchItem item;
        QVariantMap sent; // local form
    };
    bool pushBatch(Slot &slot, const OutboxEntry &head);
    std::optional<BatchMember> batchMember(Slot &slot, const Entity &entity, const OutboxEntry &entry);
    void sendBatch(Slot &slot, const QList<BatchMember> &members, bool lookup);
    void onBatch(Slot &slot, const QList<BatchMember> &members, bool lookup, const RemoteResult &result);
    // Back to the front of the queue, to go one at a time (alone) or in a new batch.
    void requeue(const QList<BatchMember> &members, bool alone);
    void startCall(RemoteCall *call, std::function<void(const RemoteResult &)> done);
    void nextPull();
    void pullPage();
    void onPage(const RemoteResult &result);
    // Writes one pulled page; prefetch is the request for the next one, already sent (or null).
    void runPendingApply();
    struct PageJob {
        QList<RemoteRecord> records;
        PullCursor next;
        bool hasMore = false;
        bool advanced = false;
        QPointer<RemoteCall> prefetch;
        quint64 cycle = 0;
        std::unique_ptr<Transaction> tx;
        qsizetype index = 0;
        int applied = 0, conflicts = 0, deleted = 0;
        QString failure;
        QElapsedTimer clock;
    };
    static constexpr int kApplySlice = 100; // records written per turn of the event loop
    void applyChunk(const std::shared_ptr<PageJob> &job);
    void finishPage(PageJob &job);
    void applyPage(const QList<RemoteRecord> &records, const PullCursor &next, bool hasMore, bool advanced, RemoteCall *prefetch);
    void reconcile();
    void reconciled(const sb::RemoteResult &result);
    // The check for deletions of the entities a connector checks on a schedule
    // (Connector::deletionCheckOnSchedule): planned when the cycle starts (due or asked for),
    // measured in reconcile, recorded (DeletionCheckStore) and logged when the cycle ends.
    bool checksOnSchedule(const PullTask &task) const;
    void planDeletionCheck();
    void recordDeletionCheck();
    struct DeletionCheckRun {
        bool run = false;   // this cycle checks
        int pending = 0;    // scheduled entities not checked yet
        bool failed = false;
        qint64 ms = 0, ids = 0;
        int removed = 0;
        QElapsedTimer clock; // the entity being checked
    };
    DeletionCheckRun m_deletionCheck;
    void finish();
    void pruneHistory();
    void closeOrphans();
    void noteUnserved();
    void retryHeld(); // records held for a missing parent, once the pulls are done
    void log(const QString &level, const QString &entity, qint64 recordId, const QString &message, qint64 ms = -1);
    Slot *slotForSystem(const QString &system);
    // The connector a change goes to, or null: local by design (no configured system takes it)
    // or waiting (a configuration problem); why says which, for the log.
    Slot *route(const Entity &entity, const OutboxEntry &entry, QString *why);
    // Keys of the outbox entries that may go this cycle (entities and commands some slot takes).
    QStringList servedEntities() const;
    // A part of the cycle failed for one system: counted, and kept for that system's status.
    void systemError(Slot *slot, const QString &message);
    void noteAnswer(Slot *slot, const RemoteResult &result);
    void recordSystemStatus();
    PullCursor loadCursor(const PullTask &task);
    // What a change sends: the payload's fields with the record's current values (a later
    // edit, or the fix after a refusal, wins over what was queued first).
    Result<QVariantMap> currentFields(const Entity &entity, const OutboxEntry &entry);
    // A change that cannot go before a record it refers to (parentEntity) is on the server. The
    // reason goes on the entry; when that record's own change was refused, the wait lasts until
    // someone fixes it, so the row shows it too. Returns the reason, for the log.
    QString noteWaiting(const Entity &entity, const OutboxEntry &entry, const QVariantMap &fields,
                        const QString &parentEntity, const QString &why);

    Database &m_db;
    Routing m_routing;
    bool m_routingSet = false;
    QString m_logSystem; // the system the cycle is talking to, for the sync log
    OutboxQueue::Clock m_clock;
    std::unique_ptr<OutboxQueue> m_queue;
    std::vector<std::unique_ptr<Slot>> m_slots;
    int m_pageSize = 200;
    RetentionPolicy m_retention;
    bool m_running = false;
    bool m_cancelled = false;
    SyncSummary m_summary;
    QList<OutboxEntry> m_batch;
    QSet<qint64> m_skipped; // entries that wait for a parent or failed in this cycle
    QSet<qint64> m_alone;   // entries of a refused batch: sent one at a time in this cycle
    static constexpr int kReadyWindow = 200; // changes read ahead from the outbox: room to batch
    QSet<qint64> m_remerged; // entries re-sent once in this cycle after a version conflict merged cleanly
    QList<PullTask> m_pulls;
    PullCursor m_cursor;
    QPointer<RemoteCall> m_call;
    quint64 m_cycle = 0;                 // counts start()s
    bool m_pageWaiting = false;          // a pulled page is queued to be written
    std::function<void()> m_pendingApply; // writes it
    QTimer *m_sendWait = nullptr;        // writes it anyway when the next request says nothing
    static constexpr int kSendWaitMs = 30;
    std::optional<RemoteResult> m_parked; // the next page's answer, when it came before that
    QElapsedTimer m_timer;
    // A cycle writes with SQLite's WAL checkpoints spaced wide (kCycleCheckpointPages, 100 MB):
    // at the default 1,000 pages a first sync stopped every few thousand records to copy the
    // log into the database and fsync it, on the thread that also hands the next request to
    // the network. Once the cycle has finished, the default comes back and one checkpoint runs.
    static constexpr int kCycleCheckpointPages = 25600;
    static constexpr int kDefaultCheckpointPages = 1000;
    bool m_checkpointDue = false;
    void spaceCheckpoints();
    void checkpointAfterCycle();
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SyncSummary)
