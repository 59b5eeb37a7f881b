#pragma once

#include "models/store/ConnectorStore.h"

#include <QHash>
#include <QStringList>

namespace sb {

class Database;
class KindRegistry;

// Which system takes what: for every entity and command some configured back end serves, the
// system that creates new records of it (or runs the command). A record that came from a server
// stays with the system in its remote_system column; this decides only where new ones go.
//
// The rule, per key: an owner rule a person set wins; else the one enabled connector whose
// kind claims it as owner; else the one that claims it as fallback. Two claims of the same
// strength with no owner rule are a configuration error (problems()), never a silent choice:
// the key then goes nowhere until it is settled. A key no enabled connector claims is local by
// design: kept on this computer, sent once a system that owns it is configured.
class Routing {
public:
    static Routing compute(const QList<ConnectorConfig> &enabled, const KindRegistry &kinds,
                           const QHash<QString, QString> &ownerRules);
    // Every system owns what it serves (connectors made without the kind registry: tests).
    static Routing ownersOnly(const QList<QPair<QString, QStringList>> &servedBySystem);
    // Reads the enabled connectors and the owner rules of a workspace.
    static Result<Routing> load(Database &db, const KindRegistry &kinds);

    QString ownerOf(const QString &key) const { return m_owner.value(key); } // empty: none
    const QHash<QString, QString> &routes() const { return m_owner; }
    QStringList claimants(const QString &key) const { return m_claimants.value(key); }
    // Sentences for a person, one per key with two owners and no rule.
    const QStringList &problems() const { return m_problems; }

    // Writes routes() into the workspace (RoutingStore), for the lists that tell pending
    // from local-only changes.
    Status save(Database &db) const;

    static QString commandKey(const QString &entity, const QString &command)
    {
        return entity + QLatin1Char('.') + command;
    }

private:
    static Routing decide(const QStringList &order, const QHash<QString, QStringList> &owners,
                          const QHash<QString, QStringList> &fallbacks, const QHash<QString, QString> &ownerRules);
    QHash<QString, QString> m_owner;
    QHash<QString, QStringList> m_claimants; // systems that claim the key (any strength)
    QStringList m_problems;
};

} // namespace sb
