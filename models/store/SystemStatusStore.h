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

    // What a person is told about the system, from the columns above (one rule for the status
    // bar, the sync centre and anything else that shows it).
    enum class Health { NeverSynced, Ok, Failing, Unreachable };
    Health health() const
    {
        if (lastSyncAt.isEmpty())
            return Health::NeverSynced;
        if (lastError.isEmpty())
            return Health::Ok;
        return reachable == 0 ? Health::Unreachable : Health::Failing;
    }
};

class SystemStatusStore {
public:
    explicit SystemStatusStore(Database &db) : m_db(db) {}

    Result<QList<SystemStatus>> all();
    // The systems of the enabled connectors, each with its status (a system that never synced
    // comes with empty times), in the connectors' order. Systems no longer configured are left
    // out: their last status says nothing about today.
    Result<QList<SystemStatus>> configured();
    // The latest lastSyncAt over all systems; empty when none has synced.
    Result<QString> lastSync();
    Status record(const QString &system, const QString &at, const QString &error, bool reachable);

private:
    Database &m_db;
};

} // namespace sb
