#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// How each back end fared: the end of the last cycle that tried it, of the last one with no
// error from it, its last error and whether it answered. Written by the sync engine at the end
// of every cycle (codes and times, never a log text); read by the status bar, the sync centre
// and `salesbridge status`.
struct SystemStatus {
    QString system;
    QString lastSyncAt; // ISO 8601 UTC; empty: never synced
    QString lastOkAt;
    QString lastError;  // empty when the last cycle went through
    int reachable = -1; // 1 answered, 0 could not be reached, -1 unknown
};

class SystemStatusStore {
public:
    explicit SystemStatusStore(Database &db) : m_db(db) {}

    Result<QList<SystemStatus>> all();
    // The latest lastSyncAt over all systems; empty when none has synced.
    Result<QString> lastSync();
    Status record(const QString &system, const QString &at, const QString &error, bool reachable);

private:
    Database &m_db;
};

} // namespace sb
