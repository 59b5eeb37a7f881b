#include "OutboxHealth.h"

#include "Database.h"
#include "SyncStates.h"

#include <QSqlQuery>

namespace sb {

QString OutboxHealth::backlogSql(int servedCount)
{
    QStringList marks;
    for (int i = 0; i < servedCount; ++i)
        marks << QStringLiteral("?");
    const QString served = servedCount > 0 ? QStringLiteral("o.entity IN (%1)").arg(marks.join(QLatin1Char(',')))
                                           : QStringLiteral("0");
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

Result<SyncBacklog> OutboxHealth::backlog(const QStringList &servedEntities)
{
    QVariantList bindings;
    for (const QString &e : servedEntities)
        bindings << e;
    auto r = m_db.exec(backlogSql(int(servedEntities.size())), bindings);
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
