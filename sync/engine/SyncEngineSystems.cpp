// The several-systems half of SyncEngine: which connector a change goes to (routing by owner,
// the record's home, commands), how each system fared in the cycle, and the changes no system
// takes or can take any more. (Pushing is in SyncEngine.cpp, pulling in SyncEnginePull.cpp.)
#include "SyncEngine.h"

#include "RecordApplier.h"
#include "models/itemmodels/SyncLists.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Outbox.h"
#include "models/store/SystemStatusStore.h"

#include <QCoreApplication>

namespace sb {

SyncEngine::Slot *SyncEngine::slotForSystem(const QString &system)
{
    for (auto &s : m_slots)
        if (s->system == system)
            return s.get();
    return nullptr;
}

QStringList SyncEngine::servedEntities() const
{
    QStringList out;
    for (auto it = m_routing.routes().cbegin(); it != m_routing.routes().cend(); ++it) {
        const QString entity = it.key().section(QLatin1Char('.'), 0, 0);
        if (!out.contains(entity))
            out << entity;
    }
    for (const auto &s : m_slots) // records that live in a system go back there, owned or not
        for (const QString &e : s->connector->entities())
            if (!out.contains(e))
                out << e;
    return out;
}

SyncEngine::Slot *SyncEngine::route(const Entity &entity, const OutboxEntry &entry, QString *why)
{
    const OutboxOp op = outboxOpFrom(entry.op);
    if (op == OutboxOp::Command) {
        const QString key = Routing::commandKey(entity.name, entry.payload.value(QStringLiteral("command")).toString());
        if (Slot *s = slotForSystem(m_routing.ownerOf(key)))
            return s;
        if (!m_routingSet) {
            // Connectors given without their kinds' claims: a command goes to the record's home.
            auto home = m_db.scalar(QStringLiteral("SELECT remote_system FROM %1 WHERE id = ?").arg(entity.table), {entry.recordId});
            if (home)
                if (Slot *s = slotForSystem(home.value().toString()))
                    return s;
        }
        *why = m_routing.claimants(key).size() > 1 ? m_routing.problems().join(QLatin1Char(' ')) : QString();
        return nullptr;
    }
    if (op != OutboxOp::Create) {
        // A record that came from (or went to) a server belongs to that system.
        auto home = m_db.scalar(QStringLiteral("SELECT remote_system FROM %1 WHERE id = ?").arg(entity.table), {entry.recordId});
        if (home && !home.value().toString().isEmpty()) {
            if (Slot *s = slotForSystem(home.value().toString()))
                return s;
            return nullptr; // its system is not set up (any more): kept here
        }
    }
    if (Slot *s = slotForSystem(m_routing.ownerOf(entity.name)))
        return s;
    *why = m_routing.claimants(entity.name).size() > 1 ? m_routing.problems().join(QLatin1Char(' ')) : QString();
    return nullptr;
}

void SyncEngine::systemError(Slot *slot, const QString &message)
{
    m_summary.errors << message;
    if (slot)
        slot->error = message;
}

void SyncEngine::keychainRefused(Slot &slot, const QList<OutboxEntry> &entries, const QString &message)
{
    Outbox outbox(m_db);
    for (const OutboxEntry &e : entries) {
        m_skipped.insert(e.id);
        if (Status s = outbox.unsend(e); !s)
            m_summary.errors << s.error();
    }
    if (!slot.keychain.isEmpty())
        return;
    // Said once per system and cycle; its other changes and reads wait (nextPush, nextPull), so
    // a keychain that asks a person to unlock it asks once, not once per change.
    slot.keychain = message;
    slot.error = message;
    if (!m_summary.keychain.contains(message)) {
        m_summary.keychain << message;
        m_summary.errors << message;
    }
    m_logSystem = slot.system;
    log(QStringLiteral("warning"), QString(), 0, message);
}

void SyncEngine::noteAnswer(Slot *slot, const RemoteResult &result)
{
    if (!slot)
        return;
    if (result.error == RemoteErrorClass::Temporary && !result.serverAnswered) {
        slot->unreachable = !slot->answered;
        slot->error = result.message;
    } else {
        if (result.error == RemoteErrorClass::Temporary)
            slot->error = result.message; // it answered, but could not do it now (5xx, 429)
        slot->answered = true;
        slot->unreachable = false;
    }
}

void SyncEngine::recordSystemStatus()
{
    SystemStatusStore store(m_db);
    const QString now = Database::nowUtc();
    for (const auto &s : m_slots) {
        if (!s->error.isEmpty() && !m_summary.failedSystems.contains(s->system))
            m_summary.failedSystems << s->system;
        if (Status st = store.record(s->system, now, s->error, !s->unreachable); !st)
            m_summary.errors << st.error();
    }
}

void SyncEngine::closeOrphans()
{
    // Rows removed with their parent (ON DELETE CASCADE, a server deletion) leave queued changes
    // that can never be sent: show them as refused with the reason instead of pending forever.
    for (const Entity *e : entities::all()) {
        // "state <> 'done'" lets SQLite use the index of open entries (schema v4) instead of
        // stepping through every sent change of the entity, every cycle.
        // NOT EXISTS, not NOT IN: a look-up per open change instead of a list of every row's id,
        // every cycle (a million-record cache).
        Status r = Outbox(m_db).refuseOrphans(*e, QCoreApplication::translate("sb::SyncEngine",
                                                                             "The record was deleted together with the record it belonged to."));
        auto c = m_db.exec(QStringLiteral("UPDATE conflicts SET resolved_at = ?, resolution = 'theirs' WHERE entity = ? "
                                          "AND resolved_at IS NULL AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = conflicts.record_id)")
                               .arg(e->table),
                           {Database::nowUtc(), e->name});
        if (!r || !c)
            m_summary.errors << (!r ? r.error() : c.error());
    }
}

void SyncEngine::noteUnserved()
{
    // Changes of a kind no configured system takes (visits while only the ERP is set up) stay
    // here by design; say so on them (the one wording: keptHereReason) instead of leaving them
    // "pending" without a word. The lists tell them apart through the routes table, written at
    // the start of the cycle.
    if (m_slots.empty())
        return;
    auto keys = m_db.exec(QStringLiteral("SELECT DISTINCT CASE WHEN x.op = '%1' THEN x.entity || '.' || json_extract(x.payload, '$.command') "
                                         "ELSE x.entity END FROM outbox x WHERE %2")
                              .arg(sqlValue(OutboxOp::Command), sql::keptHere(QStringLiteral("x."))));
    if (!keys) {
        m_summary.errors << keys.error();
        return;
    }
    QStringList unrouted;
    while (keys.value().next())
        unrouted << keys.value().value(0).toString();
    const QStringList served = servedEntities();
    for (const QString &key : std::as_const(unrouted)) {
        const bool command = key.contains(QLatin1Char('.'));
        // Without the kinds' claims (no routing set), a served entity's commands go to the
        // record's home: they are not kept here.
        if (command && !m_routingSet && served.contains(key.section(QLatin1Char('.'), 0, 0)))
            continue;
        if (Status r = Outbox(m_db).noteKeptHere(key, keptHereReason(key)); !r)
            m_summary.errors << r.error();
    }
}

} // namespace sb
