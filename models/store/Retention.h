#pragma once
// How long the workspace keeps its history: the sync log and the changes already sent (the
// outbox's "done" entries, which hold the values that were sent). Both are pruned by age and by
// count after every sync cycle (SyncEngine), so months of daily syncs do not grow the file
// without bound, and the values of a record deleted since are not kept once its changes are
// sent. Open changes (pending, in flight, failed) are never touched.
#include "Result.h"

#include <QDateTime>

namespace sb {

class Database;

struct RetentionPolicy {
    int syncLogDays = 90;        // sync log entries older than this go
    int syncLogMaxRows = 50000;  // and the oldest beyond this many
    int historyDays = 90;        // sent changes older than this go
    int historyMaxRows = 20000;  // and the oldest beyond this many
    bool enabled = true;         // false: keep everything (a test that reads the whole history)

    // Kept in QSettings ("retention/..."), never a secret; out-of-range values fall back.
    static RetentionPolicy load();
    static void save(const RetentionPolicy &policy);
};

struct RetentionReport {
    int syncLogRemoved = 0;
    int historyRemoved = 0;
};

class Retention {
public:
    explicit Retention(Database &db) : m_db(db) {}
    // Removes what the policy no longer keeps, as of now, in one transaction.
    Result<RetentionReport> prune(const RetentionPolicy &policy, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace sb
