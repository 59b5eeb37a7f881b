#pragma once

#include "models/store/Outbox.h"
#include "models/store/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace sb {

class Database;


// The push side of the outbox: which entries may go now, and when a backed-off one goes again.
// What happened to them is written by the outbox's owner (models/store/Outbox.h).
// Per record, only the oldest unfinished entry may go; a record with an open conflict or a
// refused change waits; an entry in backoff waits until its time. Others are not held up.
class OutboxQueue {
public:
    using Clock = std::function<QDateTime()>;
    OutboxQueue(Database &db, Clock clock);

    Result<QList<OutboxEntry>> ready(const QStringList &entities, int limit);
    // Its statement (bindings: the entities, then the time now), for a check of its plan.
    static QString readySql(int entityCount, int limit);

    // sent: the fields this attempt sends (local form). An update that was not in flight yet
    // records them as its payload, so that it is known exactly what may have reached the
    // server if the reply is lost (RecordApplier counts those values as our own).
    Status markInFlight(const OutboxEntry &e, const QVariantMap &sent = {});
    Status markDone(const OutboxEntry &e);
    // Temporary trouble: back off exponentially with jitter, capped; honour Retry-After.
    // uncertain: the change may have been applied; the entry stays in_flight.
    Status markRetry(const OutboxEntry &e, const QString &message, int retryAfterMs, bool uncertain);
    // Refused by the server: recorded on the entry and the record until the user edits it.
    Status markFailed(const OutboxEntry &e, const QString &message);

    static qint64 backoffMs(int attempts, quint32 jitterSeed);
    // The longest wait markRetry gives (the backoff's cap; a longer Retry-After is cut to it).
    static qint64 maxWaitMs();
    // The client's clock went back (docs/reliability.md, "Clock"): an open change whose next
    // attempt is further than maxWaitMs() ahead of now waits until now + maxWaitMs() instead.
    // SyncEngine calls it as each cycle starts. Returns how many were brought forward.
    Result<int> clampWaits();

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace sb
