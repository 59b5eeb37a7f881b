#pragma once

#include <QLatin1String>
#include <QString>

namespace sb {

// The named states of the sync bookkeeping, with the values the schema stores. Queries build
// their conditions from these (sql::...), never from bare 'pending' or 3. One class changes
// them (Outbox, models/store/Outbox.h); everything else reads.

// A synced row's local_state column.
enum class LocalState : int {
    Clean = 0,    // as the server has it
    Created = 1,  // made here, not yet on a server
    Modified = 2, // changed here since the server's version
    Deleted = 3,  // deleted here, kept (hidden) until the deletion reaches the server
};

// An outbox entry's state column.
enum class OutboxState { Pending, InFlight, Failed, Done };

// An outbox entry's op column. A command (submit, approve, confirm...) is stored as 'action'.
enum class OutboxOp { Create, Update, Delete, Command };

constexpr int sqlValue(LocalState s) { return int(s); }

inline QLatin1String sqlValue(OutboxState s)
{
    switch (s) {
    case OutboxState::Pending: return QLatin1String("pending");
    case OutboxState::InFlight: return QLatin1String("in_flight");
    case OutboxState::Failed: return QLatin1String("failed");
    case OutboxState::Done: return QLatin1String("done");
    }
    return QLatin1String("pending");
}

inline QLatin1String sqlValue(OutboxOp op)
{
    switch (op) {
    case OutboxOp::Create: return QLatin1String("create");
    case OutboxOp::Update: return QLatin1String("update");
    case OutboxOp::Delete: return QLatin1String("delete");
    case OutboxOp::Command: return QLatin1String("action");
    }
    return QLatin1String("create");
}

inline OutboxState outboxStateFrom(const QString &sql)
{
    for (OutboxState s : {OutboxState::Pending, OutboxState::InFlight, OutboxState::Failed, OutboxState::Done})
        if (sql == sqlValue(s))
            return s;
    return OutboxState::Pending;
}

inline OutboxOp outboxOpFrom(const QString &sql)
{
    for (OutboxOp o : {OutboxOp::Create, OutboxOp::Update, OutboxOp::Delete, OutboxOp::Command})
        if (sql == sqlValue(o))
            return o;
    return OutboxOp::Create;
}

// Conditions for SQL text (values are constants of the schema, not user input).
namespace sql {
// The row is shown: not deleted here. alias: "c." or empty.
inline QString live(const QString &alias = QString())
{
    return QStringLiteral("%1local_state <> %2").arg(alias).arg(sqlValue(LocalState::Deleted));
}
// An outbox entry still to send or refused ("state <> 'done'" lets SQLite use the index of open
// entries, schema v4).
inline QString openEntry(const QString &alias = QString())
{
    return QStringLiteral("%1state <> '%2'").arg(alias, sqlValue(OutboxState::Done));
}
inline QString outboxState(OutboxState s, const QString &alias = QString())
{
    return QStringLiteral("%1state = '%2'").arg(alias, sqlValue(s));
}
// The entry goes to a configured system: its entity, or its command ("quote.confirm"), has a
// route (the routes table, written by the sync layer). Otherwise it stays on this computer by
// design until a system that takes it is set up. alias: "x." or empty.
inline QString routed(const QString &alias = QString())
{
    return QStringLiteral("EXISTS (SELECT 1 FROM routes r WHERE r.key = CASE WHEN %1op = '%2' "
                          "THEN %1entity || '.' || json_extract(%1payload, '$.command') ELSE %1entity END)")
        .arg(alias, sqlValue(OutboxOp::Command));
}
// An open entry that a configured system will take: what "pending" counts (the sync centre,
// the status bar, `salesbridge status`). Spelled with openEntry() so SQLite searches the index
// of open entries, never the outbox history.
inline QString waitingToSend(const QString &alias = QString())
{
    return QStringLiteral("%1 AND %2state IN ('%3','%4') AND %5")
        .arg(openEntry(alias), alias, sqlValue(OutboxState::Pending), sqlValue(OutboxState::InFlight), routed(alias));
}
// An entry no configured system takes: kept on this computer by design, sent once one is.
inline QString keptHere(const QString &alias = QString())
{
    return QStringLiteral("%1 AND %2 AND NOT %3").arg(openEntry(alias), outboxState(OutboxState::Pending, alias), routed(alias));
}
} // namespace sql

} // namespace sb
