#include "RoutingStore.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace sb {

Result<QHash<QString, QString>> RoutingStore::pairs(const QString &table)
{
    auto q = m_db.exec(QStringLiteral("SELECT key, system FROM %1").arg(table));
    if (!q)
        return Result<QHash<QString, QString>>::fail(q.error());
    QHash<QString, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return Result<QHash<QString, QString>>::ok(out);
}

Result<QHash<QString, QString>> RoutingStore::ownerRules()
{
    return pairs(QStringLiteral("owner_rules"));
}

Result<QHash<QString, QString>> RoutingStore::routes()
{
    return pairs(QStringLiteral("routes"));
}

Result<bool> RoutingStore::isRouted(const QString &key)
{
    auto v = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM routes WHERE key = ?)"), {key});
    if (!v)
        return Result<bool>::fail(v.error());
    return Result<bool>::ok(v.value().toBool());
}

Status RoutingStore::setOwnerRule(const QString &key, const QString &system)
{
    if (system.isEmpty())
        return Status::from(m_db.exec(QStringLiteral("DELETE FROM owner_rules WHERE key = ?"), {key}));
    return Status::from(m_db.exec(QStringLiteral("INSERT OR REPLACE INTO owner_rules (key, system) VALUES (?, ?)"), {key, system}));
}

Status RoutingStore::replaceRoutes(const QHash<QString, QString> &routes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM routes")); !r)
        return Status::fail(r.error());
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO routes (key, system) VALUES (?, ?)"), {it.key(), it.value()}); !r)
            return Status::fail(r.error());
    return tx.commit();
}

} // namespace sb
