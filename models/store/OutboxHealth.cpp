#include "OutboxHealth.h"

#include "Database.h"
#include "SyncStates.h"

#include <QSqlQuery>

namespace sb {

QString OutboxHealth::backlogSql()
{
    // Served: some configured system takes the entity or the command (the routes table, the
    // same rule as the sync centre's lists and the engine's kept-here note).
    const QString served = sql::routed(QStringLiteral("o."));
    // One pass over the open entries (the partial index of schema v4), each classified once:
    // refused; else, of a served kind, held behind a conflict or an earlier refused change of
    // its record (the queue never sends those, OutboxQueue::ready); else waiting with a reason
    // (backoff, an uncertain outcome, a parent not on the server yet); else not tried yet.
    return QStringLiteral(
               "SELECT coalesce(sum(refused), 0), "
               "       coalesce(sum(NOT refused AND served AND blocked), 0), "
               "       coalesce(sum(NOT refused AND served AND NOT blocked AND waits), 0), "
               "       coalesce(sum(NOT refused AND served AND NOT blocked AND NOT waits), 0), "
               "       (SELECT count(*) FROM (SELECT DISTINCT entity, record_id FROM conflicts WHERE resolved_at IS NULL)) "
               "FROM (SELECT %1 AS refused, %2 AS served, "
               "             (EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = o.entity AND c.record_id = o.record_id "
               "                      AND c.resolved_at IS NULL) "
               "              OR EXISTS (SELECT 1 FROM outbox p WHERE p.entity = o.entity AND p.record_id = o.record_id "
               "                         AND p.id < o.id AND %3 AND %4)) AS blocked, "
               "             (%5 OR o.next_attempt_at IS NOT NULL OR o.last_error IS NOT NULL) AS waits "
               "      FROM outbox o WHERE %6)")
        .arg(sql::outboxState(OutboxState::Failed, QStringLiteral("o.")), served, sql::openEntry(QStringLiteral("p.")),
             sql::outboxState(OutboxState::Failed, QStringLiteral("p.")),
             sql::outboxState(OutboxState::InFlight, QStringLiteral("o.")), sql::openEntry(QStringLiteral("o.")));
}

Result<SyncBacklog> OutboxHealth::backlog()
{
    auto r = m_db.exec(backlogSql());
    if (!r)
        return Result<SyncBacklog>::fail(r.error());
    QSqlQuery &q = r.value();
    SyncBacklog b;
    if (q.next()) {
        b.refused = q.value(0).toInt();
        b.blocked = q.value(1).toInt();
        b.waitingToRetry = q.value(2).toInt();
        b.pending = q.value(3).toInt();
        b.conflicts = q.value(4).toInt();
    }
    return Result<SyncBacklog>::ok(b);
}

} // namespace sb
