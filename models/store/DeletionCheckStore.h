#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace sb {

class Database;

// The check of which records still exist on the servers (hard deletions, which a delta cannot
// show): when it last ran, what it cost, whether someone asked for it, and how often it runs.
// Kept in app_meta (keys deletion_check_*); written by the sync engine, asked for by the sync
// centre and `salesbridge sync --check-deletions`, shown in the sync centre.
struct DeletionCheckInfo {
    QString lastAt;          // ISO 8601 UTC of the last complete check; empty: never
    qint64 durationMs = 0;   // the last check: time spent asking the servers and removing
    qint64 idsChecked = 0;   //   records it asked about
    int removed = 0;         //   records it removed (or turned into conflicts)
    bool requested = false;  // the next cycle runs it whether or not it is due
    int intervalHours = kDefaultIntervalHours; // 0: only when asked for
    static constexpr int kDefaultIntervalHours = 24;

    // Whether a cycle starting at now runs the check: asked for, never run, or the interval
    // has passed since the last one.
    bool due(const QDateTime &now) const;
};

class DeletionCheckStore {
public:
    explicit DeletionCheckStore(Database &db) : m_db(db) {}

    Result<DeletionCheckInfo> load();
    Status request();                      // the next cycle checks
    Status clearRequest();                 // nothing here checks on a schedule: no wait for it
    Status setIntervalHours(int hours);    // 0: only on request
    // A check that went through: its time and cost; clears the request.
    Status recordRun(const QString &at, qint64 durationMs, qint64 idsChecked, int removed);

private:
    Status put(const QString &key, const QVariant &value);
    Database &m_db;
};

} // namespace sb
