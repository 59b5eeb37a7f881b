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

    // What load() accepts (and Settings offers); a value outside falls back to the default.
    static constexpr int kMinDays = 1;
    static constexpr int kMaxDays = 3650;
    static constexpr int kMinRows = 100;
    static constexpr int kMaxRows = 10000000;

    // Kept in QSettings ("retention/..."), never a secret; out-of-range values fall back.
    static RetentionPolicy load();
    static void save(const RetentionPolicy &policy);
};

struct RetentionReport {
    int syncLogRemoved = 0;
    int historyRemoved = 0;
    QDateTime agedAsOf; // the retention clock the ages were counted on (Retention::ageClock)
};

class Retention {
public:
    explicit Retention(Database &db) : m_db(db) {}
    // Removes what the policy no longer keeps, as of now, in one transaction. Ages are counted
    // on the retention clock (ageClock), kept in app_meta ("retention_clock").
    Result<RetentionReport> prune(const RetentionPolicy &policy, const QDateTime &now);

    // The retention clock: the client's clock now, but at most kMaxDaysPerPrune days past the
    // previous prune's. A clock set a year ahead by mistake (and set right again) moves it a
    // day per cycle, not a year, so recent history stays; a clock that goes back moves it back.
    // A workspace not synced for months catches up a day per cycle (count limits still hold).
    static constexpr int kMaxDaysPerPrune = 1;
    static QDateTime ageClock(const QDateTime &now, const QDateTime &previous);

private:
    Database &m_db;
};

} // namespace sb
