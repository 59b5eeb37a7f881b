#pragma once

#include "Entity.h"
#include "Result.h"
#include "SyncStates.h"

#include <QVariantMap>

namespace sb {

class Database;

// One outbox entry as the push reads it.
struct OutboxEntry {
    qint64 id = 0;
    QString key; // idempotency key
    QString entity;
    qint64 recordId = 0;
    QString op;  // sqlValue(OutboxOp)
    QVariantMap payload;
    QString state; // sqlValue(OutboxState)
    int attempts = 0;
    QString lastError; // why it did not go last time (also a waiting reason, see SyncEngine)
};

// The one owner of the outbox's state machine and of a record's local_state: every transition
// is a method here, everything else asks. Entry: pending -> in_flight -> done, or -> failed
// (refused: waits for the user's fix or Retry), or back to pending / in_flight (backing off;
// in_flight stays while the change may have been applied). Record: clean (0) -> created (1) /
// modified (2) / deleted here (3) -> clean once a server acknowledged it. Where a row is
// written together with its local_state in one statement for speed (an edit, a pulled page),
// the statement takes its fragment from here. Joins the caller's transaction.
class Outbox {
public:
    explicit Outbox(Database &db) : m_db(db) {}

    // --- local edits ---
    // Queues a change with a fresh idempotency key. A new edit of a record whose earlier change
    // was refused is the user's fix: that one goes again (retryRefused).
    Status enqueue(const Entity &entity, qint64 recordId, OutboxOp op, const QVariantMap &payload, const QVariant &baseVersion);
    // The refused changes of a record go again (the reason leaves the record).
    Status retryRefused(const Entity &entity, qint64 recordId);
    // Retry from the sync centre: the same rule, for the record of one refused entry.
    Status retryEntry(qint64 outboxId);
    // Sets a field of a queued create (a local number given right after the row was made).
    Status amendCreate(const Entity &entity, qint64 recordId, const QString &field, const QVariant &value);
    // Every open change of a record is over (the record is gone here, or both sides agree).
    Status closeRecord(const Entity &entity, qint64 recordId);
    // The refused commands of a record are over: a new decision replaces them (a refused
    // approval decision, once read, must not go again with the next one).
    Status discardCommands(const Entity &entity, qint64 recordId);
    // --- discarding (the sync centre) ---
    // What discarding the unsent changes of an entry's record does, shown before it is done:
    // the record goes back to the server's version (Revert: these fields change back; Undelete:
    // a deletion made here is taken back too), is dropped (Drop: made here, never sent), or
    // only loses queued commands (Forget). refusal: why it cannot be discarded (a change that
    // may already be on the server, a record whose server version is not known here).
    struct FieldChange {
        QString field;
        QVariant here, server;
    };
    struct DiscardPlan {
        enum class Kind { Revert, Undelete, Drop, Forget } kind = Kind::Revert;
        QString entity;
        qint64 recordId = 0;
        QList<FieldChange> fields;
        QString refusal;
    };
    Result<DiscardPlan> discardPlan(qint64 outboxId);
    // Carries the plan out (refused with its reason when it has one). OutboxDiscard.cpp.
    Status discard(qint64 outboxId);
    // A record deleted on the server and kept here goes again as a new one.
    Status recreate(const Entity &entity, qint64 recordId, const QVariantMap &fields);
    // Taking the server's value of a field: queued updates stop carrying it; when nothing is
    // left to send the record is clean.
    Status dropField(const Entity &entity, qint64 recordId, const QString &field);

    // --- sending (the sync engine) ---
    // Committed before the request leaves: after a crash, in_flight means "maybe applied".
    // sent: the fields this attempt sends (local form), kept as an update's payload.
    // at: when it is sent (sent_at; empty: now). The sync engine gives its own clock.
    Status markInFlight(const OutboxEntry &e, const QVariantMap &sent = {}, const QString &at = {});
    Status markDone(qint64 outboxId);
    // Temporary trouble: next attempt at nextAttemptAt; uncertain keeps it in flight.
    Status markRetry(qint64 outboxId, const QString &message, const QString &nextAttemptAt, bool uncertain);
    // Refused by the server: on the entry and the record until the user edits or retries.
    Status markRefused(const OutboxEntry &e, const QString &message);
    Status setState(qint64 outboxId, OutboxState state);
    // An attempt that never left (the keychain would not give the password): state and attempts
    // as they were before it (e as read before the attempt). An entry no longer open is left.
    Status unsend(const OutboxEntry &e);
    // Why a pending change waits (for a parent); shown on the record too when the parent was refused.
    Status setWaiting(const Entity &entity, const OutboxEntry &e, const QString &reason, bool onRecord);
    // Changes of rows deleted with their parent can never go: refused, with the reason.
    Status refuseOrphans(const Entity &entity, const QString &reason);
    // Changes no configured system takes: the reason, kept on the entry (key: entity or command).
    Status noteKeptHere(const QString &key, const QString &reason);
    // Connectivity came back: every backed-off change is due now. Returns how many.
    Result<int> makeAllDue();

    // --- a record's local_state ---
    static QString createdState(); // value for an INSERT of a row made here
    static QString stateAfterEdit(); // "local_state = ..." for an edit's UPDATE
    static QString cleanState();     // "local_state = 0" once a server has the record
    Status markDeletedHere(const Entity &entity, qint64 recordId, bool *found);
    Status markClean(const Entity &entity, qint64 recordId);
    Status markCreatedHere(const Entity &entity, qint64 recordId); // forgets its server identity

private:
    Database &m_db;
};

} // namespace sb
