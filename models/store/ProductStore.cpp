#include "ProductStore.h"

#include "Database.h"
#include "SearchStore.h"
#include "SyncStates.h"

#include <QSqlQuery>

namespace sb {

Result<QList<ProductInfo>> ProductStore::sellable()
{
    auto r = m_db.exec(QStringLiteral("SELECT id, code, name, unit, list_price_cents, cost_cents, currency FROM products "
                                      "WHERE active = 1 AND %1 ORDER BY code")
                           .arg(sql::live()));
    if (!r)
        return Result<QList<ProductInfo>>::fail(r.error());
    QList<ProductInfo> products;
    QSqlQuery &q = r.value();
    while (q.next())
        products.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong(), q.value(5).isNull() ? -1 : q.value(5).toLongLong(),
                         q.value(6).toString()});
    return Result<QList<ProductInfo>>::ok(products);
}

Result<QList<ProductMatch>> ProductStore::matches(const QString &input, int limit)
{
    const SearchCondition c = SearchStore::condition(SearchKind::Product, QStringLiteral("p.id"), input);
    if (c.sql.isEmpty())
        return Result<QList<ProductMatch>>::ok({});
    auto r = m_db.exec(QStringLiteral("SELECT p.id, p.code, p.name, coalesce(p.spec,'') FROM products p "
                                      "WHERE %1 AND %2 AND p.active = 1 ORDER BY p.code LIMIT %3")
                           .arg(c.sql, sql::live(QStringLiteral("p.")))
                           .arg(limit),
                       c.bindings);
    if (!r)
        return Result<QList<ProductMatch>>::fail(r.error());
    QList<ProductMatch> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return Result<QList<ProductMatch>>::ok(out);
}

Result<std::optional<QString>> ProductStore::label(qint64 productId)
{
    auto r = m_db.scalar(QStringLiteral("SELECT code || '  ' || name FROM products WHERE id = ?"), {productId});
    if (!r)
        return Result<std::optional<QString>>::fail(r.error());
    if (!r.value().isValid())
        return Result<std::optional<QString>>::ok(std::nullopt);
    return Result<std::optional<QString>>::ok(r.value().toString());
}

} // namespace sb
