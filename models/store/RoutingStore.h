#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace sb {

class Database;

// Which back end takes what. Keys are entities ("ticket") or commands ("quote.confirm").
// owner rules: set by a person where two configured systems could take the same key.
// routes: the routing in force (sync/engine/Routing computes it from the connectors, their
// kinds and the owner rules, and writes it here whenever they change), so that the lists can
// tell a change that waits for a server from one that stays local by design.
class RoutingStore {
public:
    explicit RoutingStore(Database &db) : m_db(db) {}

    Result<QHash<QString, QString>> ownerRules();
    Status setOwnerRule(const QString &key, const QString &system); // empty system: removes the rule
    Result<QHash<QString, QString>> routes();
    // Whether a configured system takes this entity or command: a record of an entity nobody
    // takes is kept on this computer by design, not waiting for a server.
    Result<bool> isRouted(const QString &key);
    Status replaceRoutes(const QHash<QString, QString> &routes);

private:
    Result<QHash<QString, QString>> pairs(const QString &table);
    Database &m_db;
};

} // namespace sb
