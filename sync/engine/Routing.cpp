#include "Routing.h"

#include "models/domain/Vocabulary.h"
#include "models/store/RoutingStore.h"
#include "sync/connectors/KindRegistry.h"

#include <QCoreApplication>

namespace sb {

namespace {
QString keyLabel(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return vocab::entityLabel(key);
    return QCoreApplication::translate("sb::Routing", "\"%1\" on %2").arg(key.mid(dot + 1), vocab::entityLabel(key.left(dot)));
}
} // namespace

Routing Routing::compute(const QList<ConnectorConfig> &enabled, const KindRegistry &kinds, const QHash<QString, QString> &ownerRules)
{
    QHash<QString, QStringList> owners, fallbacks;
    QStringList order; // keys in the order the kinds list them (parents first)
    for (const ConnectorConfig &c : enabled) {
        const ConnectorKind *kind = kinds.find(c.kind);
        if (!kind)
            continue;
        for (const Claim &claim : kind->claims) {
            if (!order.contains(claim.key))
                order << claim.key;
            (claim.strength == Claim::Strength::Owner ? owners : fallbacks)[claim.key] << c.system;
        }
    }
    return decide(order, owners, fallbacks, ownerRules);
}

Routing Routing::ownersOnly(const QList<QPair<QString, QStringList>> &servedBySystem)
{
    QHash<QString, QStringList> owners;
    QStringList order;
    for (const auto &served : servedBySystem)
        for (const QString &key : served.second) {
            if (!order.contains(key))
                order << key;
            owners[key] << served.first;
        }
    return decide(order, owners, {}, {});
}

Routing Routing::decide(const QStringList &order, const QHash<QString, QStringList> &owners,
                        const QHash<QString, QStringList> &fallbacks, const QHash<QString, QString> &ownerRules)
{
    Routing r;
    for (const QString &key : order) {
        QStringList &claimants = r.m_claimants[key];
        claimants = owners.value(key) + fallbacks.value(key);
        const QString rule = ownerRules.value(key);
        if (!rule.isEmpty() && claimants.contains(rule)) {
            r.m_owner.insert(key, rule);
            continue;
        }
        const QStringList &candidates = owners.value(key).isEmpty() ? fallbacks.value(key) : owners.value(key);
        if (candidates.size() == 1) {
            r.m_owner.insert(key, candidates.first());
            continue;
        }
        QStringList labels;
        for (const QString &s : candidates)
            labels << KindRegistry::roleLabel(s);
        r.m_problems << QCoreApplication::translate("sb::Routing", "%1 can go to %2: choose which system owns them "
                                                                   "(salesbridge route %3 SYSTEM, or Settings > Connections).")
                            .arg(keyLabel(key), labels.join(QStringLiteral(", ")), key);
    }
    return r;
}

Result<Routing> Routing::load(Database &db, const KindRegistry &kinds)
{
    auto enabled = ConnectorStore(db).enabled();
    if (!enabled)
        return Result<Routing>::fail(enabled.error());
    auto rules = RoutingStore(db).ownerRules();
    if (!rules)
        return Result<Routing>::fail(rules.error());
    return Result<Routing>::ok(compute(enabled.value(), kinds, rules.value()));
}

Status Routing::save(Database &db) const
{
    return RoutingStore(db).replaceRoutes(m_owner);
}

} // namespace sb
