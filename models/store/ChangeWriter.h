#pragma once

#include "Entity.h"
#include "Result.h"
#include "SyncStates.h"

#include <QVariantMap>

namespace sb {

class Database;

// The one way a local edit enters the cache: the row and its outbox entry (with a fresh
// idempotency key) are written in one transaction, so an edit is never lost and never
// queued twice. Joins the caller's transaction when there is one.
class ChangeWriter {
public:
    explicit ChangeWriter(Database &db) : m_db(db) {}

    Result<qint64> create(const Entity &entity, const QVariantMap &fields);
    // Writes only the fields that differ; an edit that changes nothing queues nothing.
    Status update(const Entity &entity, qint64 id, const QVariantMap &changes);
    // Marks the row deleted (hidden from lists) until the deletion reaches the server.
    Status remove(const Entity &entity, qint64 id);
    // A command on the record that is not a field write (submit, approve, reject, withdraw,
    // confirm a quote into an order, close a ticket): queued with its own idempotency key and
    // routed to the system that takes it (Routing: "quote.confirm"), sent exactly once.
    Status command(const Entity &entity, qint64 id, const QString &name, const QVariantMap &arguments);

private:
    Status enqueue(const Entity &entity, qint64 id, OutboxOp op, const QVariantMap &payload, const QVariant &baseVersion);
    Status checkColumns(const Entity &entity, const QVariantMap &fields) const;

    Database &m_db;
};

} // namespace sb
