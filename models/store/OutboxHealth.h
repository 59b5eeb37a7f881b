#pragma once

#include "Result.h"

#include <QStringList>

namespace sb {

class Database;

// What a workspace still holds for its servers once a sync cycle is over. The counts split by
// who has to act: a person (refused, conflicts, blocked) or simply a later cycle (waiting,
// pending).
struct SyncBacklog {
    int refused = 0;        // changes a server refused (outbox state failed): someone must fix them
    int conflicts = 0;      // records with an open conflict: someone must decide
    int blocked = 0;        // changes held behind a conflict or a refused change of the same record
    int waitingToRetry = 0; // changes that wait with a reason: backing off, maybe applied, or for a parent
    int pending = 0;        // changes not tried yet (queued behind another change of the record...)

    bool needsAPerson() const { return refused > 0 || conflicts > 0 || blocked > 0; }
    bool needsAnotherCycle() const { return waitingToRetry > 0 || pending > 0; }
    bool isClear() const { return !needsAPerson() && !needsAnotherCycle(); }
};

// Reads the outbox and the conflicts to tell whether everything went through. Read only: the
// states themselves are changed by the sync engine and the stores.
class OutboxHealth {
public:
    explicit OutboxHealth(Database &db) : m_db(db) {}

    // Changes no configured system takes (no route: sql::routed) are kept on this computer by
    // design and are not counted as waiting; refusals and conflicts count whatever their kind
    // (a person has to act on them either way).
    Result<SyncBacklog> backlog();

    // Its statement, for a look at its plan.
    static QString backlogSql();

private:
    Database &m_db;
};

} // namespace sb
