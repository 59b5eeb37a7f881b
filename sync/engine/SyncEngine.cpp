#include "SyncEngine.h"

#include "ForeignKeys.h"
#include "RecordApplier.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/SyncStates.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "salesbridge.sync", QtInfoMsg)
// Time spent writing each pulled page (QT_LOGGING_RULES="salesbridge.sync.trace.debug=true").
Q_LOGGING_CATEGORY(lcSyncTrace, "salesbridge.sync.trace", QtCriticalMsg)

namespace sb {

SyncEngine::SyncEngine(Database &db, OutboxQueue::Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock ? std::move(clock) : OutboxQueue::Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_queue(std::make_unique<OutboxQueue>(db, m_clock))
    , m_sendWait(new QTimer(this))
{
    m_sendWait->setSingleShot(true);
    connect(m_sendWait, &QTimer::timeout, this, &SyncEngine::runPendingApply);
}

SyncEngine::~SyncEngine()
{
    if (m_call)
        m_call->abort();
    checkpointAfterCycle();
}

void SyncEngine::addConnector(Connector *connector, qint64 connectorRowId)
{
    auto slot = std::make_unique<Slot>();
    slot->connector = connector;
    slot->rowId = connectorRowId;
    slot->applier = std::make_unique<RecordApplier>(m_db, connector->system(), connector);
    slot->system = connector->system();
    m_slots.push_back(std::move(slot));
}

void SyncEngine::log(const QString &level, const QString &entity, qint64 recordId, const QString &message, qint64 ms)
{
    if (level == QLatin1String("error"))
        qCWarning(lcSync).noquote() << entity << recordId << message;
    else
        qCInfo(lcSync).noquote() << entity << message;
    auto r = m_db.exec(QStringLiteral("INSERT INTO sync_log (at, level, connector, entity, record_id, message, duration_ms) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {m_clock().toUTC().toString(Qt::ISODate), level, m_logSystem.isEmpty() ? QVariant() : QVariant(m_logSystem),
                        entity.isEmpty() ? QVariant() : QVariant(entity),
                        recordId > 0 ? QVariant(recordId) : QVariant(), message, ms >= 0 ? QVariant(ms) : QVariant()});
    if (!r)
        qCWarning(lcSync) << "cannot write the sync log:" << r.error();
    emit logLine(message);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    ++m_cycle;
    m_pageWaiting = false;
    m_parked.reset();
    m_pendingApply = nullptr;
    m_sendWait->stop();
    m_summary = SyncSummary();
    m_batch.clear();
    m_skipped.clear();
    m_alone.clear();
    m_remerged.clear();
    m_pulls.clear();
    m_logSystem.clear();
    QList<QPair<QString, QStringList>> served;
    for (auto &s : m_slots) {
        s->error.clear();
        s->answered = false;
        s->unreachable = false;
        s->keychain.clear();
        served.append({s->system, s->connector->entities()});
        for (const QString &entity : s->connector->entities())
            m_pulls.append(PullTask{s.get(), entity, 0, false, {}});
    }
    if (!m_routingSet)
        m_routing = Routing::ownersOnly(served);
    // An entity is read from the system that owns it: one that keeps it only as a fallback
    // (Tryton's complaints while Request Tracker keeps the tickets) would put a second copy of
    // the same work in the lists.
    m_pulls.erase(std::remove_if(m_pulls.begin(), m_pulls.end(),
                                 [this](const PullTask &t) {
                                     const QString owner = m_routing.ownerOf(t.entity);
                                     return !owner.isEmpty() && owner != t.slot->system;
                                 }),
                  m_pulls.end());
    if (Status saved = m_routing.save(m_db); !saved)
        m_summary.errors << saved.error();
    for (const QString &problem : m_routing.problems())
        log(QStringLiteral("warning"), QString(), 0, problem);
    m_timer.start();
    spaceCheckpoints();
    log(QStringLiteral("info"), QString(), 0, QCoreApplication::translate("sb::SyncEngine", "Sync started"));
    if (auto clamped = m_queue->clampWaits(); !clamped) // the clock may have gone back since the last cycle
        m_summary.errors << clamped.error();
    planDeletionCheck();
    QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void SyncEngine::startCall(RemoteCall *call, std::function<void(const RemoteResult &)> done)
{
    // The engine owns a call nobody else does until it ends: a cycle torn down with a call in
    // flight (the runner's thread quitting before the call's deleteLater came round) frees it
    // with the engine instead of leaking it.
    if (!call->parent())
        call->setParent(this);
    m_call = call;
    connect(call, &RemoteCall::finished, this, [this, call, done](const RemoteResult &result) {
        call->deleteLater();
        m_call = nullptr;
        done(result);
    });
    call->start();
}

void SyncEngine::nextPush()
{
    if (m_cancelled) {
        finish();
        return;
    }
    if (m_batch.isEmpty()) {
        auto ready = m_queue->ready(servedEntities(), kReadyWindow + m_skipped.size());
        if (!ready) {
            m_summary.errors << ready.error();
            nextPull();
            return;
        }
        for (const OutboxEntry &e : ready.value())
            if (!m_skipped.contains(e.id))
                m_batch << e;
        if (m_batch.isEmpty()) {
            nextPull();
            return;
        }
    }
    const OutboxEntry entry = m_batch.takeFirst();
    const Entity *entity = entities::byName(entry.entity);
    QString why;
    Slot *slot = entity ? route(*entity, entry, &why) : nullptr;
    if (!slot) {
        // Local by design (noteUnserved says so on the entry), or two systems claim it.
        m_skipped.insert(entry.id);
        if (!why.isEmpty())
            log(QStringLiteral("warning"), entry.entity, entry.recordId, why);
        QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
        return;
    }
    if (!slot->keychain.isEmpty()) { // its password could not be read this cycle: it waits, as it is
        m_skipped.insert(entry.id);
        QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
        return;
    }
    m_logSystem = slot->system;
    if (!pushBatch(*slot, entry)) // several changes of its kind in one call, where the connector can
        pushEntry(*slot, entry);
}

void SyncEngine::pushEntry(Slot &slot, const OutboxEntry &entry)
{
    const Entity *entity = entities::byName(entry.entity);
    auto skip = [this, &entry](const QString &why) {
        m_skipped.insert(entry.id);
        if (!why.isEmpty())
            log(QStringLiteral("info"), entry.entity, entry.recordId, why);
        QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
    };
    if (!entity) {
        skip(QString());
        return;
    }
    Connector *c = slot.connector;
    const bool maybeApplied = entry.state == QLatin1String("in_flight");
    RemoteCall *call = nullptr;
    bool lookup = false;
    QVariantMap sent; // local form of what the request carries
    // The change's fields in the server's form; when they cannot go yet, the entry is skipped
    // with its reason (a parent without a remote id says which).
    auto toSend = [&](const Result<QVariantMap> &current) -> std::optional<QVariantMap> {
        if (!current) {
            skip(current.error());
            return std::nullopt;
        }
        QString waiting;
        auto fields = slot.applier->toRemote(*entity, current.value(), &waiting);
        if (!fields) {
            skip(waiting.isEmpty() ? fields.error() : noteWaiting(*entity, entry, current.value(), waiting, fields.error()));
            return std::nullopt;
        }
        sent = current.value();
        return fields.value();
    };
    if (entry.op == QLatin1String("create") && maybeApplied) {
        // The last attempt may have reached the server: never create blindly again.
        QVariantMap fields;
        if (auto current = currentFields(*entity, entry)) {
            QString waiting;
            if (auto remote = slot.applier->toRemote(*entity, current.value(), &waiting))
                fields = remote.value();
        }
        call = c->lookupByKey(entry.entity, entry.key, fields);
        lookup = true;
    } else if (entry.op == QLatin1String("create")) {
        const auto fields = toSend(currentFields(*entity, entry));
        if (!fields)
            return;
        call = c->create(entry.entity, *fields, entry.key);
    } else if (entry.op == QLatin1String("update") || entry.op == QLatin1String("delete")) {
        const QString remoteId = slot.applier->remoteIdFor(*entity, entry.recordId);
        if (remoteId.isEmpty()) {
            if (entry.op == QLatin1String("delete")) {
                // Never reached a server: deleting it here is the whole job.
                Transaction tx(m_db);
                auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity->table), {entry.recordId});
                if (r && m_queue->markDone(entry) && tx.commit())
                    ++m_summary.pushed;
                QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection);
                return;
            }
            skip(QString());
            return;
        }
        if (entry.op == QLatin1String("delete")) {
            call = c->remove(entry.entity, remoteId, entry.key);
        } else {
            // An update that may have been applied goes again exactly as it went (its payload
            // holds what was sent), so that what may be on the server is known; later edits
            // follow in their own entries.
            const auto fields = toSend(maybeApplied ? Result<QVariantMap>::ok(entry.payload) : currentFields(*entity, entry));
            if (!fields)
                return;
            auto version = m_db.scalar(QStringLiteral("SELECT remote_version FROM %1 WHERE id = ?").arg(entity->table),
                                       {entry.recordId});
            call = c->update(entry.entity, remoteId, *fields, version ? version.value().toString() : QString(),
                             entry.key);
        }
    } else if (outboxOpFrom(entry.op) == OutboxOp::Command) {
        // A command goes with the record as it is (remote form) beside its arguments; it
        // needs the record on a server first, unless its system takes it as it is.
        OutboxEntry whole = entry; // every field of the record, as a create reads them
        whole.op = sqlValue(OutboxOp::Create);
        const auto fields = toSend(currentFields(*entity, whole));
        if (!fields)
            return;
        const QString name = entry.payload.value(QStringLiteral("command")).toString();
        QVariantMap args = entry.payload.value(QStringLiteral("args")).toMap();
        // Arguments that name other records ({"ref": "address", "id": 12}) go as their ids in
        // this system; the command waits while one has not reached it.
        for (auto it = args.begin(); it != args.end(); ++it) {
            const QVariantMap ref = it.value().toMap();
            const Entity *refEntity = entities::byName(ref.value(QStringLiteral("ref")).toString());
            if (!refEntity)
                continue;
            const QString refRemote = slot.applier->remoteIdFor(*refEntity, ref.value(QStringLiteral("id")).toLongLong());
            if (refRemote.isEmpty()) {
                const QString why = QCoreApplication::translate("sb::SyncEngine", "Waiting for the %1 to reach the server first.")
                                        .arg(vocab::entityLabel(refEntity->name));
                if (Status s = Outbox(m_db).setWaiting(*entity, entry, why, false); !s)
                    m_summary.errors << s.error();
                skip(why);
                return;
            }
            it.value() = refRemote;
        }
        args.insert(QStringLiteral("record"), *fields);
        const QString remoteId = slot.applier->remoteIdFor(*entity, entry.recordId);
        if (remoteId.isEmpty() && slot.applier->homeOf(*entity, entry.recordId).id.isEmpty()) {
            skip(noteWaiting(*entity, entry, {}, entry.entity,
                             QCoreApplication::translate("sb::SyncEngine", "Waiting for the %1 to reach the server first.")
                                 .arg(vocab::entityLabel(entry.entity))));
            return;
        }
        sent.clear(); // a command's payload is not field values
        call = maybeApplied ? c->lookupCommand(entry.entity, remoteId, name, args, entry.key)
                            : c->command(entry.entity, remoteId, name, args, entry.key);
        lookup = maybeApplied;
    } else {
        m_queue->markFailed(entry, QCoreApplication::translate("sb::SyncEngine", "This kind of change (%1) cannot be sent to %2.").arg(entry.op, c->system()));
        ++m_summary.pushFailed;
        skip(QString());
        return;
    }
    if (!lookup) {
        if (Status s = m_queue->markInFlight(entry, sent); !s) {
            m_summary.errors << s.error();
            skip(QString());
            return;
        }
    }
    QElapsedTimer t;
    t.start();
    Slot *slotPtr = &slot;
    startCall(call, [this, slotPtr, entry, lookup, t](const RemoteResult &result) {
        Q_UNUSED(t)
        onPushed(*slotPtr, entry, result, lookup);
    });
}

void SyncEngine::onPushed(Slot &slot, const OutboxEntry &entry, const RemoteResult &result, bool wasLookup)
{
    const Entity *entity = entities::byName(entry.entity);
    auto next = [this] { QMetaObject::invokeMethod(this, &SyncEngine::nextPush, Qt::QueuedConnection); };
    if (result.keychain) {
        keychainRefused(slot, {entry}, result.message);
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
    const bool isCommand = outboxOpFrom(entry.op) == OutboxOp::Command;
    if (wasLookup && result.ok() && !result.found) {
        // It never arrived: now the create (or command) goes, with the same key.
        OutboxEntry again = entry;
        again.state = sqlValue(OutboxState::Pending);
        pushEntry(slot, again);
        return;
    }
    if (result.ok()) {
        settlePushed(slot, entry, result);
        next();
        return;
    }
    RemoteErrorClass error = result.error;
    if (isCommand && (error == RemoteErrorClass::Conflict || error == RemoteErrorClass::NotFound))
        error = RemoteErrorClass::Permanent; // a command on a record the server no longer has, or will not take now
    switch (error) {
    case RemoteErrorClass::Permanent:
        m_queue->markFailed(entry, result.message);
        ++m_summary.pushFailed;
        if (isCommand && !result.record.remoteId.isEmpty()) {
            // A refused command's answer may carry the record as the server has it (an approval
            // decided by someone else meanwhile): the cache takes it now, not at the next pull.
            Transaction tx(m_db);
            auto outcome = tx.isActive() ? slot.applier->apply(*entity, result.record)
                                         : Result<RecordApplier::Outcome>::fail(tx.error());
            Status s = outcome ? tx.commit() : Status::fail(outcome.error());
            if (!s)
                log(QStringLiteral("error"), entry.entity, entry.recordId, s.error());
        }
        log(QStringLiteral("error"), entry.entity, entry.recordId, QCoreApplication::translate("sb::SyncEngine", "Refused by the server: %1").arg(result.message));
        break;
    case RemoteErrorClass::Conflict:
    case RemoteErrorClass::NotFound: {
        if (entry.op == QLatin1String("delete") && result.error == RemoteErrorClass::NotFound) {
            Transaction tx(m_db);
            auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity->table), {entry.recordId});
            if (r && m_queue->markDone(entry) && tx.commit())
                ++m_summary.pushed;
            break;
        }
        Transaction tx(m_db);
        // This attempt was refused, so only an earlier one whose answer was lost can have put our
        // values on the server: for the merge, the entry is in flight only if it already was.
        Outbox outbox(m_db);
        Status before = outbox.setState(entry.id, outboxStateFrom(entry.state) == OutboxState::InFlight ? OutboxState::InFlight
                                                                                                       : OutboxState::Pending);
        Result<RecordApplier::Outcome> outcome = Result<RecordApplier::Outcome>::fail(before ? QString() : before.error());
        if (before && result.error == RemoteErrorClass::NotFound)
            outcome = slot.applier->goneOnServer(*entity, entry.recordId);
        else if (before && !result.record.remoteId.isEmpty())
            outcome = slot.applier->apply(*entity, result.record); // three-way merge against theirs
        // The entry goes again on the merged base, unless a person must decide first.
        Status back = outbox.setState(entry.id, OutboxState::Pending);
        const bool merged = outcome && back && tx.commit();
        if (!merged)
            log(QStringLiteral("error"), entry.entity, entry.recordId, outcome ? back.error() : outcome.error());
        if (merged && outcome.value() == RecordApplier::Outcome::Conflicted) {
            ++m_summary.conflicts;
            log(QStringLiteral("warning"), entry.entity, entry.recordId,
                QCoreApplication::translate("sb::SyncEngine", "Changed on both sides: needs a decision"));
            m_skipped.insert(entry.id);
        } else if (merged && !m_remerged.contains(entry.id)) {
            m_remerged.insert(entry.id); // send again now, on the server's version; once per cycle
        } else {
            m_skipped.insert(entry.id);
        }
        break;
    }
    case RemoteErrorClass::Uncertain:
    case RemoteErrorClass::Malformed:
        m_queue->markRetry(entry, result.message, result.retryAfterMs, true); // may have been applied
        ++m_summary.retryLater;
        m_skipped.insert(entry.id);
        log(QStringLiteral("warning"), entry.entity, entry.recordId, QCoreApplication::translate("sb::SyncEngine", "No clear answer, will check: %1").arg(result.message));
        break;
    default:
        m_queue->markRetry(entry, result.message, result.retryAfterMs,
                           wasLookup || entry.state == QLatin1String("in_flight"));
        ++m_summary.retryLater;
        m_skipped.insert(entry.id);
        log(QStringLiteral("warning"), entry.entity, entry.recordId, QCoreApplication::translate("sb::SyncEngine", "Will retry: %1").arg(result.message));
        break;
    }
    next();
}

void SyncEngine::settlePushed(Slot &slot, const OutboxEntry &entry, const RemoteResult &result)
{
    const Entity *entity = entities::byName(entry.entity);
    const bool isCommand = outboxOpFrom(entry.op) == OutboxOp::Command;
    if (entry.op == QLatin1String("create") && result.record.deleted) {
        // The key made a record that has been deleted on the server since (its reply was lost,
        // then someone deleted it): a server deletion of this record, never a new create.
        Transaction tx(m_db);
        Result<RecordApplier::Outcome> outcome = tx.isActive() ? slot.applier->goneOnServer(*entity, entry.recordId, entry.id)
                                                               : Result<RecordApplier::Outcome>::fail(tx.error());
        Status s = outcome ? Status::ok() : Status::fail(outcome.error());
        if (s && outcome.value() == RecordApplier::Outcome::Unchanged)
            s = m_queue->markDone(entry); // the row is gone here too
        if (s)
            s = tx.commit();
        m_skipped.insert(entry.id);
        if (!s) {
            m_summary.errors << s.error();
            log(QStringLiteral("error"), entry.entity, entry.recordId, s.error());
        } else if (outcome.value() == RecordApplier::Outcome::Deleted) {
            ++m_summary.deleted;
        } else if (outcome.value() == RecordApplier::Outcome::Conflicted) {
            ++m_summary.conflicts;
            log(QStringLiteral("warning"), entry.entity, entry.recordId,
                QCoreApplication::translate("sb::SyncEngine", "Changed on both sides: needs a decision"));
        }
        return;
    }
    Transaction tx(m_db);
    Status s = tx.isActive() ? Status::ok() : Status::fail(tx.error());
    if (s && entry.op == QLatin1String("delete")) {
        auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity->table), {entry.recordId});
        s = r ? Status::ok() : Status::fail(r.error());
    } else if (s && !(isCommand && result.record.remoteId.isEmpty())) {
        // A command's answer may carry the record as it is now (a quote confirmed into an order).
        s = slot.applier->acknowledge(*entity, entry.recordId, result.record, entry.id);
    } else if (s && isCommand && !result.record.fields.isEmpty()) {
        // A command run by a system that is not the record's home (a ticket escalated to an
        // ERP complaint) answers with fields and no identity: only those fields are written
        // (the complaint's number), never the row's home, remote id or version.
        s = slot.applier->takeFields(*entity, entry.recordId, result.record.fields);
    }
    if (s)
        s = m_queue->markDone(entry);
    if (s)
        s = tx.commit();
    if (!s) {
        // Not acknowledged: the entry stays for the next cycle (the server has it; the key finds it).
        m_summary.errors << s.error();
        m_skipped.insert(entry.id);
        log(QStringLiteral("error"), entry.entity, entry.recordId, s.error());
    } else {
        ++m_summary.pushed;
    }
}

Result<QVariantMap> SyncEngine::currentFields(const Entity &entity, const OutboxEntry &entry)
{
    auto r = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity.table), {entry.recordId});
    if (!r)
        return Result<QVariantMap>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<QVariantMap>::fail(QCoreApplication::translate("sb::SyncEngine", "The record is no longer here."));
    const QSqlRecord rec = q.record();
    QVariantMap out;
    const QStringList keys = entry.op == QLatin1String("create") ? entity.columns : entry.payload.keys();
    for (const QString &k : keys) {
        const int i = rec.indexOf(k);
        if (i < 0 || (entry.op == QLatin1String("create") && q.value(i).isNull()))
            continue;
        // A cleared field goes as JSON null: a null QString would become "" on the wire.
        out.insert(k, q.value(i).isNull() ? QVariant() : q.value(i));
    }
    return Result<QVariantMap>::ok(out);
}

QString SyncEngine::noteWaiting(const Entity &entity, const OutboxEntry &entry, const QVariantMap &fields,
                               const QString &parentEntity, const QString &why)
{
    QString reason = why;
    bool refused = false;
    for (const ForeignKey &fk : foreignKeys(entity.name)) {
        if (fk.parentEntity != parentEntity || fields.value(fk.field).isNull())
            continue;
        auto parentError = m_db.scalar(QStringLiteral("SELECT last_error FROM outbox WHERE entity = ? AND record_id = ? "
                                                      "AND %1 AND %2 ORDER BY id DESC LIMIT 1")
                                           .arg(sql::openEntry(), sql::outboxState(OutboxState::Failed)),
                                       {parentEntity, fields.value(fk.field).toLongLong()});
        if (parentError && parentError.value().isValid()) {
            refused = true;
            reason = QCoreApplication::translate("sb::SyncEngine", "Waiting for %1, which the server refused: %2")
                         .arg(vocab::entityLabel(parentEntity), parentError.value().toString());
        }
        break;
    }
    // Still pending: it goes once the parent does. The row's reason is set here and cleared when
    // the parent is no longer refused or the change goes (OutboxQueue::markInFlight).
    if (Status s = Outbox(m_db).setWaiting(entity, entry, reason, refused); !s)
        m_summary.errors << s.error();
    return reason;
}

void SyncEngine::pruneHistory()
{
    auto pruned = Retention(m_db).prune(m_retention, m_clock());
    if (!pruned) {
        m_summary.errors << pruned.error();
        log(QStringLiteral("warning"), QString(), 0,
            QCoreApplication::translate("sb::SyncEngine", "Old sync history could not be removed: %1").arg(pruned.error()));
        return;
    }
    if (pruned.value().syncLogRemoved + pruned.value().historyRemoved > 0)
        qCInfo(lcSync).noquote() << "history pruned:" << pruned.value().syncLogRemoved << "log entries,"
                                 << pruned.value().historyRemoved << "sent changes";
}

void SyncEngine::finish()
{
    if (!m_running)
        return;
    retryHeld();
    for (const auto &slot : m_slots)
        slot->applier->forgetLookups();
    closeOrphans();
    noteUnserved();
    recordSystemStatus();
    recordDeletionCheck();
    pruneHistory();
    m_logSystem.clear();
    m_running = false;
    m_summary.cancelled = m_cancelled;
    log(m_summary.ok() ? QStringLiteral("info") : QStringLiteral("warning"), QString(), 0,
        QCoreApplication::translate("sb::SyncEngine", "Sync finished: %1 sent, %2 refused, %3 to retry, %4 received, %5 deleted, %6 conflicts")
            .arg(m_summary.pushed)
            .arg(m_summary.pushFailed)
            .arg(m_summary.retryLater)
            .arg(m_summary.pulled)
            .arg(m_summary.deleted)
            .arg(m_summary.conflicts),
        m_timer.elapsed());
    emit finished(m_summary);
    // After the cycle is reported: the checkpoint is housekeeping, not part of the sync.
    QMetaObject::invokeMethod(this, [this, cycle = m_cycle] {
        if (!m_running && cycle == m_cycle)
            checkpointAfterCycle();
    }, Qt::QueuedConnection);
}

} // namespace sb
