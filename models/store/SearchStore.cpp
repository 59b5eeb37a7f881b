#include "SearchStore.h"

#include "Database.h"
#include "SearchText.h"

#include <QSqlQuery>

namespace sb {

namespace {
struct KindTables {
    const char *tri;
    const char *cjk;
    const char *table;
    QStringList prefixColumns;
};

KindTables tablesFor(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return {"customer_fts", "customer_cjk", "customers",
                {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("code")}};
    case SearchKind::Contact:
        return {"contact_fts", "contact_cjk", "contacts", {QStringLiteral("name")}};
    case SearchKind::Product:
        return {"product_fts", "product_cjk", "products", {QStringLiteral("code"), QStringLiteral("name")}};
    case SearchKind::Order:
        return {nullptr, nullptr, "orders", {QStringLiteral("number")}};
    }
    return {nullptr, nullptr, "", {}};
}
} // namespace

SearchCondition SearchStore::condition(SearchKind kind, const QString &idExpr, const QString &input)
{
    SearchCondition out;
    const KindTables t = tablesFor(kind);
    QStringList parts;
    for (const SearchTerm &term : parseSearch(input)) {
        if (kind == SearchKind::Order) {
            // Order numbers are looked up by prefix (SO2026-...), which the NOCASE index serves.
            QString escaped = term.text;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            parts << QStringLiteral("%1 IN (SELECT id FROM orders WHERE number LIKE ? ESCAPE '\\')").arg(idExpr);
            out.bindings << escaped + QLatin1Char('%');
            continue;
        }
        switch (term.kind) {
        case SearchTerm::Trigram:
            parts << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idExpr, QLatin1String(t.tri));
            out.bindings << term.matchExpr;
            break;
        case SearchTerm::CjkGram:
            parts << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idExpr, QLatin1String(t.cjk));
            out.bindings << term.matchExpr;
            break;
        case SearchTerm::ShortPrefix: {
            QStringList alternatives;
            for (const QString &column : t.prefixColumns) {
                alternatives << QStringLiteral("SELECT id FROM %1 WHERE %2 LIKE ? ESCAPE '\\'")
                                    .arg(QLatin1String(t.table), column);
                out.bindings << term.matchExpr;
            }
            parts << QStringLiteral("%1 IN (%2)").arg(idExpr, alternatives.join(QStringLiteral(" UNION ")));
            break;
        }
        }
    }
    out.sql = parts.join(QStringLiteral(" AND "));
    return out;
}

Result<QList<SearchHit>> SearchStore::search(const QString &input, int limitPerKind)
{
    QList<SearchHit> hits;
    struct Query {
        SearchKind kind;
        QString select; // id, customer id, title, subtitle
        QString from;
        QString idExpr;
        QString order;
    };
    const QList<Query> queries = {
        {SearchKind::Customer, QStringLiteral("c.id, c.id, c.name, coalesce(c.code,'') || '  ' || coalesce(c.region,'')"),
         QStringLiteral("customers c"), QStringLiteral("c.id"), QStringLiteral("c.name")},
        {SearchKind::Contact, QStringLiteral("p.id, p.customer_id, p.name, coalesce(p.title,'') || '  ' || c.name"),
         QStringLiteral("contacts p JOIN customers c ON c.id = p.customer_id"), QStringLiteral("p.id"),
         QStringLiteral("p.name")},
        {SearchKind::Product, QStringLiteral("p.id, 0, p.name, p.code || '  ' || coalesce(p.spec,'')"),
         QStringLiteral("products p"), QStringLiteral("p.id"), QStringLiteral("p.code")},
        {SearchKind::Order, QStringLiteral("o.id, o.customer_id, o.number, c.name"),
         QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id"),
         QStringLiteral("o.number DESC")},
    };
    for (const Query &query : queries) {
        const SearchCondition cond = condition(query.kind, query.idExpr, input);
        if (cond.sql.isEmpty())
            continue;
        const QString alias = query.idExpr.section(QLatin1Char('.'), 0, 0);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4.local_state <> 3 ORDER BY %5 LIMIT %6")
                                .arg(query.select, query.from, cond.sql, alias, query.order)
                                .arg(limitPerKind);
        auto r = m_db.exec(sql, cond.bindings);
        if (!r)
            return Result<QList<SearchHit>>::fail(r.error());
        QSqlQuery &q = r.value();
        while (q.next())
            hits.append({query.kind, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString()});
    }
    return Result<QList<SearchHit>>::ok(hits);
}

} // namespace sb
