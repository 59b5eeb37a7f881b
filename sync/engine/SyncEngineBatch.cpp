// The push in batches: several ready changes of one entity and kind in one call, where the
// connector takes them in one server transaction (Connector::batchLimit). Exactly once as one
// at a time: every entry is in flight (committed) before the call leaves, a lost answer is
// looked up for the whole batch in one call, and a batch the server refuses as a whole goes
// again one change at a time, so that only the change at fault is refused, with its reason.
#include "SyncEngine.h"

#include "RecordApplier.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/SyncStates.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace sb {

std::optional<SyncEngine::BatchMember> SyncEngine::batchMember(Slot &slot, const Entity &entity, const OutboxEntry &entry)
{
    // Quietly not a member when it cannot go yet (a parent without a remote id): it keeps its
    // place in the queue and says why when its turn comes alone.
    BatchMember m;
    m.entry = entry;
    m.item.key = entry.key;
    const bool maybeApplied = outboxStateFrom(entry.state) == OutboxState::InFlight;
    Result<QVariantMap> current = Result<QVariantMap>::fail(QString());
    if (outboxOpFrom(entry.op) == OutboxOp::Update) {
        m.item.remoteId = slot.applier->remoteIdFor(entity, entry.recordId);
        if (m.item.remoteId.isEmpty())
            return std::nullopt;
        // As one at a time: an update that may have been applied goes again exactly as it went.
        current = maybeApplied ? Result<QVariantMap>::ok(entry.payload) : currentFields(entity, entry);
        auto version = m_db.scalar(QStringLiteral("SELECT remote_version FROM %1 WHERE id = ?").arg(entity.table), {entry.recordId});
        m.item.baseVersion = version ? version.value().toString() : QString();
    } else {
        current = currentFields(entity, entry);
    }
    if (!current)
        return std::nullopt;
    QString waiting;
    auto remote = slot.applier->toRemote(entity, current.value(), &waiting);
    if (!remote)
        return std::nullopt;
    m.item.fields = remote.value();
    m.sent = current.value();
    return m;
}

bool SyncEngine::pushBatch(Slot &slot, const OutboxEntry &head)
{
    const OutboxOp op = outboxOpFrom(head.op);
    const Entity *entity = entities::byName(head.entity);
    if (!entity || (op != OutboxOp::Create && op != OutboxOp::Update) || m_alone.contains(head.id))
        return false;
    const int limit = slot.connector->batchLimit(head.entity, op == OutboxOp::Create ? Connector::BatchOp::Create
                                                                                  : Connector::BatchOp::Update);
    if (limit < 2)
        return false;
    // A create that may have been applied is looked up before anything else happens to it; a
    // batch is all lookups or all creates.
    const bool lookup = op == OutboxOp::Create && outboxStateFrom(head.state) == OutboxState::InFlight;
    auto sameKind = [&](const OutboxEntry &e) {
        return e.entity == head.entity && e.op == head.op && !m_alone.contains(e.id)
               && (op != OutboxOp::Create || (outboxStateFrom(e.state) == OutboxState::InFlight) == lookup);
    };
    const auto first = batchMember(slot, *entity, head);
    if (!first)
        return false;
    // Changes of other records may pass each other (only a record's own changes are ordered, and
    // the queue gives each record its oldest one); one that waits for a parent stays behind.
    QList<BatchMember> members{*first};
    QList<qsizetype> taken;
    for (qsizetype i = 0; i < m_batch.size() && members.size() < limit; ++i) {
        const OutboxEntry &e = m_batch.at(i);
        if (!sameKind(e))
            continue;
        QString why;
        if (route(*entity, e, &why) != &slot)
            continue;
        if (auto m = batchMember(slot, *entity, e)) {
            members << *m;
            taken << i;
        }
    }
    if (members.size() < 2)
        return false;
    for (auto it = taken.crbegin(); it != taken.crend(); ++it)
        m_batch.removeAt(*it);
    sendBatch(slot, members, lookup);
    return true;
}

void SyncEngine::sendBatch(Slot &slot, const QList<BatchMember> &members, bool lookup)
{
    QList<BatchItem> items;
    for (const BatchMember &m : members)
        items << m.item;
    const QString entity = members.first().entry.entity;
    RemoteCall *call = nullptr;
    if (lookup) {
        call = slot.connector->lookupBatch(entity, items);
    } else {
        // In flight, committed together, before the request leaves.
        Transaction tx(m_db);
        Status s = tx.isActive() ? Status::ok() : Status::fail(tx.error());
        for (const BatchMember &m : members)
            if (s)
                s = m_queue->markInFlight(m.entry, m.sent);
        if (s)
            s = tx.commit();
        if (!s) {
            m_summary.errors << s.error();
            for (const BatchMember &m : members)
                m_skipped.insert(m.entry.id);
            log(QStringLiteral("error"), entity, 0, s.error());
            QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
            return;
        }
        call = outboxOpFrom(members.first().entry.op) == OutboxOp::Create ? slot.connector->createBatch(entity, items)
                                                                           : slot.connector->updateBatch(entity, items);
    }
    Slot *slotPtr = &slot;
    startCall(call, [this, slotPtr, members, lookup](const RemoteResult &result) { onBatch(*slotPtr, members, lookup, result); });
}

void SyncEngine::requeue(const QList<BatchMember> &members, bool alone)
{
    QList<OutboxEntry> front;
    for (const BatchMember &m : members) {
        if (alone)
            m_alone.insert(m.entry.id);
        front << m.entry;
    }
    m_batch = front + m_batch;
}

void SyncEngine::onBatch(Slot &slot, const QList<BatchMember> &members, bool lookup, const RemoteResult &result)
{
    auto next = [this] { QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection); };
    if (result.keychain) {
        QList<OutboxEntry> entries;
        for (const BatchMember &m : members)
            entries << m.entry;
        keychainRefused(slot, entries, result.message);
        if (m_cancelled)
            finish();
        else
            next();
        return;
    }
    noteAnswer(&slot, result);
    if (m_cancelled && !result.ok()) {
        finish();
        return;
    }
    const QString entity = members.first().entry.entity;
    if (result.ok() && lookup) {
        // Found ones are done; the others never arrived and go now, created with the same keys.
        QHash<QString, RemoteRecord> found;
        for (const RemoteRecord &r : result.records)
            found.insert(r.idempotencyKey, r);
        QList<BatchMember> missing;
        for (const BatchMember &m : members) {
            if (!found.contains(m.entry.key)) {
                BatchMember again = m;
                again.entry.state = sqlValue(OutboxState::Pending);
                missing << again;
                continue;
            }
            RemoteResult one;
            one.record = found.value(m.entry.key);
            one.found = true;
            settlePushed(slot, m.entry, one);
        }
        requeue(missing, false);
        next();
        return;
    }
    if (result.ok()) {
        if (result.records.size() != members.size()) {
            // Not what was asked: as a reply that could not be read after a write.
            RemoteResult unreadable;
            unreadable.error = RemoteErrorClass::Malformed;
            unreadable.message = QCoreApplication::translate("sb::SyncEngine", "The server answered %1 records for a batch of %2.")
                                     .arg(result.records.size())
                                     .arg(members.size());
            onBatch(slot, members, lookup, unreadable);
            return;
        }
        QList<BatchMember> alone;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (result.records.at(i).remoteId.isEmpty()) {
                alone << members.at(i); // the batch did not carry it
                continue;
            }
            RemoteResult one;
            one.record = result.records.at(i);
            settlePushed(slot, members.at(i).entry, one);
        }
        requeue(alone, true);
        next();
        return;
    }
    switch (result.error) {
    case RemoteErrorClass::Permanent:
    case RemoteErrorClass::Conflict:
    case RemoteErrorClass::NotFound:
        // The server took none of them (all or none): one at a time, each change meets its own
        // answer (a refusal with its reason, a conflict merged on its own) and the rest go.
        log(QStringLiteral("info"), entity, 0,
            QCoreApplication::translate("sb::SyncEngine", "A batch of %n change(s) was not taken as a whole (%1); sending them one at a time.",
                                        nullptr, int(members.size()))
                .arg(result.message));
        requeue(members, true);
        break;
    case RemoteErrorClass::Uncertain:
    case RemoteErrorClass::Malformed:
        for (const BatchMember &m : members) {
            m_queue->markRetry(m.entry, result.message, result.retryAfterMs, true); // may have been applied
            ++m_summary.retryLater;
            m_skipped.insert(m.entry.id);
        }
        log(QStringLiteral("warning"), entity, 0,
            QCoreApplication::translate("sb::SyncEngine", "No clear answer for a batch of %n change(s), will check: %1", nullptr,
                                        int(members.size()))
                .arg(result.message));
        break;
    default:
        for (const BatchMember &m : members) {
            m_queue->markRetry(m.entry, result.message, result.retryAfterMs,
                               lookup || outboxStateFrom(m.entry.state) == OutboxState::InFlight);
            ++m_summary.retryLater;
            m_skipped.insert(m.entry.id);
        }
        log(QStringLiteral("warning"), entity, 0,
            QCoreApplication::translate("sb::SyncEngine", "Will retry a batch of %n change(s): %1", nullptr, int(members.size()))
                .arg(result.message));
        break;
    }
    next();
}

} // namespace sb
