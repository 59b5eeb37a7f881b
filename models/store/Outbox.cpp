#include "Outbox.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace sb {

namespace {
QString jsonText(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}
QString state(OutboxState s)
{
    return sqlValue(s);
}
} // namespace

QString Outbox::createdState()
{
    return QString::number(sqlValue(LocalState::Created));
}

QString Outbox::stateAfterEdit()
{
    return QStringLiteral("local_state = CASE local_state WHEN %1 THEN %2 ELSE local_state END")
        .arg(sqlValue(LocalState::Clean))
        .arg(sqlValue(LocalState::Modified));
}

QString Outbox::cleanState()
{
    return QStringLiteral("local_state = %1").arg(sqlValue(LocalState::Clean));
}

Status Outbox::retryRefused(const Entity &entity, qint64 recordId)
{
    QSqlQuery &retry = m_db.cached(QStringLiteral("UPDATE outbox SET state = '%1', attempts = 0, next_attempt_at = NULL "
                                                  "WHERE entity = ? AND record_id = ? AND state = '%2'")
                                       .arg(state(OutboxState::Pending), state(OutboxState::Failed)));
    retry.bindValue(0, entity.name);
    retry.bindValue(1, recordId);
    if (!retry.exec())
        return Status::fail(describeSqlError(retry));
    if (retry.numRowsAffected() == 0)
        return Status::ok();
    return Status::from(m_db.exec(QStringLiteral("UPDATE %1 SET sync_error = NULL WHERE id = ?").arg(entity.table), {recordId}));
}

Status Outbox::retryEntry(qint64 outboxId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    auto row = m_db.exec(QStringLiteral("SELECT entity, record_id FROM outbox WHERE id = ? AND %1").arg(sql::outboxState(OutboxState::Failed)),
                         {outboxId});
    if (!row)
        return Status::fail(row.error());
    if (!row.value().next())
        return Status::fail(QCoreApplication::translate("SyncLists", "This change is no longer waiting for a retry."));
    const Entity *entity = entities::byName(row.value().value(0).toString());
    if (!entity)
        return Status::fail(QStringLiteral("unknown entity"));
    if (Status s = retryRefused(*entity, row.value().value(1).toLongLong()); !s)
        return s;
    return tx.commit();
}

Status Outbox::enqueue(const Entity &entity, qint64 recordId, OutboxOp op, const QVariantMap &payload, const QVariant &baseVersion)
{
    if (Status s = retryRefused(entity, recordId); !s)
        return s;
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, entity, record_id, op, payload, base_version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(1, entity.name);
    q.bindValue(2, recordId);
    q.bindValue(3, QString(sqlValue(op)));
    q.bindValue(4, jsonText(payload));
    q.bindValue(5, baseVersion);
    q.bindValue(6, Database::nowUtc());
    if (!q.exec())
        return Status::fail(QCoreApplication::translate("sb::ChangeWriter", "Cannot queue the change for sending: %1").arg(describeSqlError(q)));
    return Status::ok();
}

Status Outbox::amendCreate(const Entity &entity, qint64 recordId, const QString &field, const QVariant &value)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET payload = json_set(payload, ?, ?) "
                                                 "WHERE entity = ? AND record_id = ? AND op = '%1' AND %2")
                                      .arg(sqlValue(OutboxOp::Create), sql::openEntry()),
                                  {QStringLiteral("$.") + field, value, entity.name, recordId}));
}

Status Outbox::closeRecord(const Entity &entity, qint64 recordId)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', last_error = NULL WHERE entity = ? AND record_id = ? AND %2")
                                      .arg(state(OutboxState::Done), sql::openEntry()),
                                  {entity.name, recordId}));
}

Status Outbox::discardCommands(const Entity &entity, qint64 recordId)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1' WHERE entity = ? AND record_id = ? AND op = '%2' AND %3")
                                      .arg(state(OutboxState::Done), sqlValue(OutboxOp::Command), sql::outboxState(OutboxState::Failed)),
                                  {entity.name, recordId}));
}

Status Outbox::recreate(const Entity &entity, qint64 recordId, const QVariantMap &fields)
{
    if (Status s = markCreatedHere(entity, recordId); !s)
        return s;
    if (Status s = closeRecord(entity, recordId); !s)
        return s;
    return enqueue(entity, recordId, OutboxOp::Create, fields, QVariant());
}

Status Outbox::dropField(const Entity &entity, qint64 recordId, const QString &field)
{
    const QString updates = QStringLiteral("entity = ? AND record_id = ? AND op = '%1' AND %2").arg(sqlValue(OutboxOp::Update), sql::openEntry());
    auto strip = m_db.exec(QStringLiteral("UPDATE outbox SET payload = json_remove(payload, ?) WHERE %1").arg(updates),
                           {QStringLiteral("$.") + field, entity.name, recordId});
    if (!strip)
        return Status::fail(strip.error());
    auto empty = m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1' WHERE %2 AND payload = '{}'").arg(state(OutboxState::Done), updates),
                           {entity.name, recordId});
    if (!empty)
        return Status::fail(empty.error());
    auto left = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND %1").arg(sql::openEntry()),
                            {entity.name, recordId});
    if (!left)
        return Status::fail(left.error());
    return left.value().toInt() == 0 ? markClean(entity, recordId) : Status::ok();
}

Status Outbox::markInFlight(const OutboxEntry &e, const QVariantMap &sent, const QString &at)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', attempts = attempts + 1, sent_at = ? WHERE id = ?")
                           .arg(state(OutboxState::InFlight)),
                       {at.isEmpty() ? Database::nowUtc() : at, e.id});
    if (!r)
        return Status::fail(r.error());
    if (e.op == sqlValue(OutboxOp::Update) && e.state != sqlValue(OutboxState::InFlight) && !sent.isEmpty()) {
        // The values that go, which may be later edits than the ones queued. Not replaced while
        // in flight: a retry then sends these same values again (SyncEngine::pushEntry).
        QVariantMap payload = e.payload;
        for (auto it = payload.begin(); it != payload.end(); ++it)
            if (sent.contains(it.key()))
                it.value() = sent.value(it.key());
        if (payload != e.payload) {
            auto p = m_db.exec(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"), {jsonText(payload), e.id});
            if (!p)
                return Status::fail(p.error());
        }
    }
    if (!e.lastError.isEmpty()) {
        // A reason shown on the row while the entry waited (for a refused parent) is over now.
        if (const Entity *entity = entities::byName(e.entity)) {
            auto row = m_db.exec(QStringLiteral("UPDATE %1 SET sync_error = NULL WHERE id = ? AND sync_error = ?").arg(entity->table),
                                 {e.recordId, e.lastError});
            if (!row)
                return Status::fail(row.error());
        }
    }
    return tx.commit();
}

Status Outbox::markDone(qint64 outboxId)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', last_error = NULL, next_attempt_at = NULL WHERE id = ?")
                                      .arg(state(OutboxState::Done)),
                                  {outboxId}));
}

Status Outbox::markRetry(qint64 outboxId, const QString &message, const QString &nextAttemptAt, bool uncertain)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"),
                                  {state(uncertain ? OutboxState::InFlight : OutboxState::Pending), message, nextAttemptAt, outboxId}));
}

Status Outbox::markRefused(const OutboxEntry &e, const QString &message)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', last_error = ? WHERE id = ?").arg(state(OutboxState::Failed)),
                       {message, e.id});
    if (!r)
        return Status::fail(r.error());
    if (const Entity *entity = entities::byName(e.entity)) {
        auto row = m_db.exec(QStringLiteral("UPDATE %1 SET sync_error = ? WHERE id = ?").arg(entity->table), {message, e.recordId});
        if (!row)
            return Status::fail(row.error());
    }
    return tx.commit();
}

Status Outbox::setState(qint64 outboxId, OutboxState s)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = ? WHERE id = ?"), {state(s), outboxId}));
}

Status Outbox::unsend(const OutboxEntry &e)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = ?, attempts = ? WHERE id = ? AND state IN ('%1','%2')")
                                      .arg(state(OutboxState::Pending), state(OutboxState::InFlight)),
                                  {e.state, e.attempts, e.id}));
}

Status Outbox::setWaiting(const Entity &entity, const OutboxEntry &e, const QString &reason, bool onRecord)
{
    // The row's reason is set here and cleared when the parent is no longer refused or the
    // change goes (markInFlight).
    auto entry = m_db.exec(QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ?"), {reason, e.id});
    if (!entry)
        return Status::fail(entry.error());
    auto row = onRecord ? m_db.exec(QStringLiteral("UPDATE %1 SET sync_error = ? WHERE id = ?").arg(entity.table), {reason, e.recordId})
                        : m_db.exec(QStringLiteral("UPDATE %1 SET sync_error = NULL WHERE id = ? AND sync_error = ?").arg(entity.table),
                                    {e.recordId, e.lastError});
    return Status::from(row);
}

Status Outbox::refuseOrphans(const Entity &entity, const QString &reason)
{
    // NOT EXISTS, not NOT IN: a look-up per open change instead of a list of every row's id.
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', last_error = ? WHERE entity = ? AND %2 "
                                                 "AND state IN ('%3','%4') AND NOT EXISTS (SELECT 1 FROM %5 t WHERE t.id = outbox.record_id)")
                                      .arg(state(OutboxState::Failed), sql::openEntry(), state(OutboxState::Pending),
                                           state(OutboxState::InFlight), entity.table),
                                  {reason, entity.name}));
}

Status Outbox::noteKeptHere(const QString &key, const QString &reason)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0)
        return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET last_error = ? WHERE %1 AND op = '%2' AND entity = ? "
                                                     "AND json_extract(payload, '$.command') = ? AND last_error IS NOT ?")
                                          .arg(sql::keptHere(), sqlValue(OutboxOp::Command)),
                                      {reason, key.left(dot), key.mid(dot + 1), reason}));
    return Status::from(m_db.exec(QStringLiteral("UPDATE outbox SET last_error = ? WHERE %1 AND op <> '%2' AND entity = ? AND last_error IS NOT ?")
                                      .arg(sql::keptHere(), sqlValue(OutboxOp::Command)),
                                  {reason, key, reason}));
}

Result<int> Outbox::makeAllDue()
{
    auto due = m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE %1 AND state IN ('%2','%3') AND next_attempt_at IS NOT NULL")
                             .arg(sql::openEntry(), state(OutboxState::Pending), state(OutboxState::InFlight)));
    if (!due)
        return Result<int>::fail(due.error());
    return Result<int>::ok(due.value().numRowsAffected());
}

Status Outbox::markDeletedHere(const Entity &entity, qint64 recordId, bool *found)
{
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET local_state = %2, updated_at = ? WHERE id = ? AND %3")
                           .arg(entity.table)
                           .arg(sqlValue(LocalState::Deleted))
                           .arg(sql::live()),
                       {Database::nowUtc(), recordId});
    if (!r)
        return Status::fail(r.error());
    if (found)
        *found = r.value().numRowsAffected() > 0;
    return Status::ok();
}

Status Outbox::markClean(const Entity &entity, qint64 recordId)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, cleanState()), {recordId}));
}

Status Outbox::markCreatedHere(const Entity &entity, qint64 recordId)
{
    return Status::from(m_db.exec(QStringLiteral("UPDATE %1 SET remote_id = NULL, remote_version = NULL, base_snapshot = NULL, "
                                                 "local_state = %2 WHERE id = ?")
                                      .arg(entity.table)
                                      .arg(sqlValue(LocalState::Created)),
                                  {recordId}));
}

} // namespace sb
