#include "SystemStatusStore.h"

#include "ConnectorStore.h"
#include "Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

Result<QList<SystemStatus>> SystemStatusStore::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT system, last_sync_at, last_ok_at, last_error, reachable FROM system_status ORDER BY system"));
    if (!q)
        return Result<QList<SystemStatus>>::fail(q.error());
    QList<SystemStatus> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SystemStatus s;
        s.system = r.value(0).toString();
        s.lastSyncAt = r.value(1).toString();
        s.lastOkAt = r.value(2).toString();
        s.lastError = r.value(3).toString();
        s.reachable = r.value(4).isNull() ? -1 : r.value(4).toInt();
        out << s;
    }
    return Result<QList<SystemStatus>>::ok(out);
}

Result<QList<SystemStatus>> SystemStatusStore::configured()
{
    auto enabled = ConnectorStore(m_db).enabled();
    if (!enabled)
        return Result<QList<SystemStatus>>::fail(enabled.error());
    auto known = all();
    if (!known)
        return Result<QList<SystemStatus>>::fail(known.error());
    QList<SystemStatus> out;
    for (const ConnectorConfig &c : enabled.value()) {
        if (std::any_of(out.cbegin(), out.cend(), [&](const SystemStatus &s) { return s.system == c.system; }))
            continue;
        SystemStatus s;
        s.system = c.system;
        for (const SystemStatus &k : known.value())
            if (k.system == c.system)
                s = k;
        out << s;
    }
    return Result<QList<SystemStatus>>::ok(out);
}

Result<QString> SystemStatusStore::lastSync()
{
    auto v = m_db.scalar(QStringLiteral("SELECT max(last_sync_at) FROM system_status"));
    if (!v)
        return Result<QString>::fail(v.error());
    return Result<QString>::ok(v.value().toString());
}

Status SystemStatusStore::record(const QString &system, const QString &at, const QString &error, bool reachable)
{
    const QVariant ok = error.isEmpty() ? QVariant(at) : QVariant();
    return Status::from(m_db.exec(
        QStringLiteral("INSERT INTO system_status (system, last_sync_at, last_ok_at, last_error, reachable) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(system) DO UPDATE SET last_sync_at = excluded.last_sync_at, "
                       "last_ok_at = coalesce(excluded.last_ok_at, last_ok_at), last_error = excluded.last_error, "
                       "reachable = excluded.reachable"),
        {system, at, ok, error.isEmpty() ? QVariant() : QVariant(error), reachable ? 1 : 0}));
}

} // namespace sb
