#pragma once

#include "SqlWindowModel.h"
#include "models/store/Result.h"

namespace sb {

class Database;

// The lists of the sync centre, each a SqlWindowModel over the cache.
namespace lists {
// Outbox entries in the given states ("pending", "in_flight", "failed"), oldest first.
SqlWindowModel *outboxInStates(Database &db, const QStringList &states, QObject *parent);
// Open conflicts: record, field, and the base / mine / theirs values side by side.
// Fields: "entity", "record_id", "field".
SqlWindowModel *conflicts(Database &db, QObject *parent);
// The sync log, newest first.
SqlWindowModel *syncLog(Database &db, QObject *parent);
} // namespace lists

struct SyncCentreCounts {
    int pending = 0;   // pending or in flight
    int failed = 0;    // refused by a server
    int conflicts = 0; // open
    QString lastSyncAt; // ISO 8601 UTC of the last finished cycle; empty when never synced
};

// What the sync centre and the status bar read and the one write the sync centre makes.
class SyncCentreStore {
public:
    explicit SyncCentreStore(Database &db) : m_db(db) {}
    Result<SyncCentreCounts> counts();
    // Sends a refused change again on the next cycle: back to pending, attempts from zero,
    // the record's error cleared.
    Status retry(qint64 outboxId);

private:
    Database &m_db;
};

} // namespace sb
