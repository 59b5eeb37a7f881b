#pragma once

#include "SqlWindowModel.h"
#include "models/store/Result.h"
#include "models/store/SyncStates.h"

#include <QVariant>
#include <optional>

namespace sb {

class Database;

// The lists of the sync centre, each a SqlWindowModel over the cache.
namespace lists {
// Outbox entries in the given states, oldest first.
SqlWindowModel *outboxInStates(Database &db, const QList<OutboxState> &states, QObject *parent);
// What waits for a server: pending or in flight, and taken by a configured system
// (sql::waitingToSend), oldest first.
SqlWindowModel *outboxWaiting(Database &db, QObject *parent);
// What no configured system takes, kept on this computer by design (sql::keptHere), with the
// reason as the last column, oldest first.
SqlWindowModel *outboxKeptHere(Database &db, QObject *parent);
// Open conflicts: record, field, and the base / mine / theirs values side by side.
// Fields: "entity", "record_id", "field".
SqlWindowModel *conflicts(Database &db, QObject *parent);
// The sync log, newest first.
SqlWindowModel *syncLog(Database &db, QObject *parent);
} // namespace lists

// Why a change stays here: "No server for Approval is set up yet: kept on this computer, sent
// once one is." key: an entity ("approval") or a command ("quote.confirm").
QString keptHereReason(const QString &key);

struct SyncCentreCounts {
    int pending = 0;   // pending or in flight, for a configured system
    int keptHere = 0;  // no configured system takes them: local by design, not pending
    int failed = 0;    // refused by a server
    int conflicts = 0; // open
    QString lastSyncAt; // ISO 8601 UTC of the last finished cycle; empty when never synced
};

// One outbox entry whole, as the sync centre's detail pane shows it.
struct QueuedChange {
    QString entity; // outbox entity name: "customer"
    qint64 recordId = 0;
    OutboxOp op = OutboxOp::Create;
    QString payload; // JSON
    QString idempotencyKey;
    QString createdAt;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QVariant lastError; // null when none
};

// What the sync centre and the status bar read and the one write the sync centre makes.
class SyncCentreStore {
public:
    explicit SyncCentreStore(Database &db) : m_db(db) {}
    Result<SyncCentreCounts> counts();
    // nullopt when there is no such entry.
    Result<std::optional<QueuedChange>> entry(qint64 outboxId);
    // Sends a refused change again on the next cycle: back to pending, attempts from zero,
    // the record's error cleared.
    Status retry(qint64 outboxId);

private:
    Database &m_db;
};

} // namespace sb
