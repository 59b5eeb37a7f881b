#include "OutboxQueue.h"

#include "RecordApplier.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Transaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace sb {

namespace {
constexpr qint64 kBaseMs = 2000;
constexpr qint64 kCapMs = 60 * 60 * 1000; // an hour: long outages do not hammer the server
} // namespace

OutboxQueue::OutboxQueue(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

qint64 OutboxQueue::backoffMs(int attempts, quint32 jitterSeed)
{
    const int exponent = qBound(0, attempts - 1, 20);
    const qint64 ceiling = qMin(kCapMs, kBaseMs << exponent);
    // "Equal jitter": half fixed, half random, so a fleet of laptops does not retry in step.
    QRandomGenerator rng(jitterSeed);
    return ceiling / 2 + qint64(rng.bounded(quint32(ceiling / 2 + 1)));
}

QString OutboxQueue::readySql(int entityCount, int limit)
{
    QStringList marks;
    for (int i = 0; i < entityCount; ++i)
        marks << QStringLiteral("?");
    // INDEXED BY: left to itself SQLite walks every change ever sent of these kinds (by entity,
    // or by id for the ORDER BY), and the outbox keeps its history: the soak test's pushes got
    // slower with every round. The open entries are few; the state index finds them.
    return QStringLiteral(
        "SELECT o.id, o.idempotency_key, o.entity, o.record_id, o.op, o.payload, o.state, o.attempts, o.last_error "
        "FROM outbox o INDEXED BY outbox_state "
        "WHERE o.state IN ('%3','%4') AND o.entity IN (%1) "
        "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
        "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity = o.entity AND p.record_id = o.record_id "
        "                AND p.id < o.id AND %5) "
        "AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = o.entity AND c.record_id = o.record_id "
        "                AND c.resolved_at IS NULL) "
        "ORDER BY o.id LIMIT %2").arg(marks.join(QLatin1Char(','))).arg(limit)
        .arg(sqlValue(OutboxState::Pending), sqlValue(OutboxState::InFlight), sql::openEntry(QStringLiteral("p.")));
}

Result<QList<OutboxEntry>> OutboxQueue::ready(const QStringList &entities, int limit)
{
    if (entities.isEmpty())
        return Result<QList<OutboxEntry>>::ok({});
    QVariantList bindings;
    for (const QString &e : entities)
        bindings << e;
    bindings << m_clock().toUTC().toString(Qt::ISODateWithMs);
    const QString sql = readySql(int(entities.size()), limit);
    auto r = m_db.exec(sql, bindings);
    if (!r)
        return Result<QList<OutboxEntry>>::fail(r.error());
    QList<OutboxEntry> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        e.entity = q.value(2).toString();
        e.recordId = q.value(3).toLongLong();
        e.op = q.value(4).toString();
        e.payload = fromJsonText(q.value(5).toString());
        e.state = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        e.lastError = q.value(8).toString();
        out << e;
    }
    return Result<QList<OutboxEntry>>::ok(out);
}

Status OutboxQueue::markInFlight(const OutboxEntry &e, const QVariantMap &sent)
{
    return Outbox(m_db).markInFlight(e, sent, m_clock().toUTC().toString(Qt::ISODate));
}

Status OutboxQueue::markDone(const OutboxEntry &e)
{
    return Outbox(m_db).markDone(e.id);
}

qint64 OutboxQueue::maxWaitMs()
{
    return kCapMs;
}

Result<int> OutboxQueue::clampWaits()
{
    // A wait that ends further ahead than the longest one ever given was set by a clock that has
    // gone back since (or a Retry-After date read by one that was ahead): it ends at most one
    // longest wait from now, instead of a day (or a year) later.
    const QString latest = m_clock().toUTC().addMSecs(kCapMs).toString(Qt::ISODateWithMs);
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state IN ('%1','%2') AND next_attempt_at > ?")
                           .arg(sqlValue(OutboxState::Pending), sqlValue(OutboxState::InFlight)),
                       {latest, latest});
    if (!r)
        return Result<int>::fail(r.error());
    return Result<int>::ok(r.value().numRowsAffected());
}

Status OutboxQueue::markRetry(const OutboxEntry &e, const QString &message, int retryAfterMs, bool uncertain)
{
    // Never longer than the longest backoff: a Retry-After of hours (or an HTTP date read by a
    // clock that is behind) would leave the change waiting past the point where clampWaits
    // takes it for a clock jump. A server that still wants rest says so again in an hour.
    const qint64 wait = qMin<qint64>(kCapMs, qMax<qint64>(retryAfterMs, backoffMs(e.attempts + 1, quint32(e.id * 7919 + e.attempts))));
    // An uncertain outcome stays in_flight: the next attempt at a create looks it up first, and
    // an update's values count as our own when the server shows them (RecordApplier::apply).
    return Outbox(m_db).markRetry(e.id, message, m_clock().toUTC().addMSecs(wait).toString(Qt::ISODateWithMs), uncertain);
}

Status OutboxQueue::markFailed(const OutboxEntry &e, const QString &message)
{
    return Outbox(m_db).markRefused(e, message);
}

} // namespace sb
