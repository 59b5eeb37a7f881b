#include "SearchStore.h"

#include "Database.h"
#include "SearchText.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <functional>

namespace sb {

// "salesbridge.search.debug=true": each kind's query of search everywhere with its time.
Q_LOGGING_CATEGORY(lcSearch, "salesbridge.search", QtInfoMsg)

QString searchKindEntity(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return QStringLiteral("customer");
    case SearchKind::Contact:
        return QStringLiteral("contact");
    case SearchKind::Product:
        return QStringLiteral("product");
    case SearchKind::Order:
        return QStringLiteral("order");
    case SearchKind::Opportunity:
        return QStringLiteral("opportunity");
    case SearchKind::Quote:
        return QStringLiteral("quote");
    case SearchKind::Ticket:
        return QStringLiteral("ticket");
    case SearchKind::Shipment:
        return QStringLiteral("shipment");
    }
    return QString();
}

namespace {
// Where a kind's names live: its trigram and CJK tables and the columns a one- or two-letter
// Latin prefix is looked up in (each has a NOCASE index or is small).
struct NameIndex {
    const char *tri = nullptr;
    const char *cjk = nullptr;
    const char *table = nullptr;
    QStringList prefixColumns;
    // The columns each full-text table holds (the triggers of MigrationSearch), for the test of
    // one row (sb_has); empty for the kinds that lists do not walk row by row.
    QStringList triColumns, cjkColumns;
};

NameIndex namesOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return {"customer_fts", "customer_cjk", "customers",
                {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("code")},
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("industry"),
                 QStringLiteral("region"), QStringLiteral("tags")},
                {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("region"), QStringLiteral("industry"),
                 QStringLiteral("tags")}};
    case SearchKind::Contact:
        return {"contact_fts", "contact_cjk", "contacts", {QStringLiteral("name")},
                {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
                 QStringLiteral("email")},
                {QStringLiteral("name")}};
    case SearchKind::Product:
        return {"product_fts", "product_cjk", "products", {QStringLiteral("code"), QStringLiteral("name")}};
    case SearchKind::Opportunity:
        return {"opportunity_fts", "opportunity_cjk", "opportunities", {}};
    case SearchKind::Ticket:
        return {"ticket_fts", "ticket_cjk", "tickets", {}};
    case SearchKind::Order:
    case SearchKind::Quote:
    case SearchKind::Shipment:
        break;
    }
    return {};
}

QString likePrefix(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

// SELECTs of ids, one per way a term can match a row; the row matches the term if any does.
struct Routes {
    QStringList selects;
    QVariantList bindings;

    // A number column by prefix: the column has a NOCASE index (LIKE is served by it).
    void prefix(const char *table, const char *column, const SearchTerm &term)
    {
        selects << QStringLiteral("SELECT id FROM %1 WHERE %2 LIKE ? ESCAPE '\\'")
                       .arg(QLatin1String(table), QLatin1String(column));
        bindings << likePrefix(term.text);
    }

    void names(SearchKind kind, const SearchTerm &term)
    {
        const NameIndex t = namesOf(kind);
        switch (term.kind) {
        case SearchTerm::Trigram:
            selects << QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(t.tri));
            bindings << term.matchExpr;
            break;
        case SearchTerm::CjkGram:
            selects << QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(t.cjk));
            bindings << term.matchExpr;
            break;
        case SearchTerm::ShortPrefix:
            for (const QString &column : t.prefixColumns) {
                selects << QStringLiteral("SELECT id FROM %1 WHERE %2 LIKE ? ESCAPE '\\'").arg(QLatin1String(t.table), column);
                bindings << term.matchExpr;
            }
            break;
        }
    }

    // Rows of a customer whose name matches. The first few customers only: a word that half the
    // customers share ("有限公司") would otherwise pull in every quote of the cache, and search
    // everywhere shows a handful per kind.
    void ofCustomer(const char *table, const SearchTerm &term)
    {
        Routes customer;
        customer.names(SearchKind::Customer, term);
        if (customer.selects.isEmpty())
            return;
        selects << QStringLiteral("SELECT id FROM %1 WHERE customer_id IN (SELECT * FROM (%2) LIMIT 64)")
                       .arg(QLatin1String(table), customer.selects.join(QStringLiteral(" UNION ")));
        bindings << customer.bindings;
    }
};

// wide: the routes of search everywhere; otherwise those of the lists (SearchStore::condition).
Routes routesFor(SearchKind kind, const SearchTerm &term, bool wide)
{
    Routes r;
    switch (kind) {
    case SearchKind::Customer:
    case SearchKind::Contact:
    case SearchKind::Product:
    case SearchKind::Opportunity:
        r.names(kind, term);
        break;
    case SearchKind::Order:
        // Order numbers are looked up by prefix (SO2026-...), which the NOCASE index serves.
        r.prefix("orders", "number", term);
        r.prefix("orders", "customer_po", term); // the customer's own PO number, as they quote it
        if (wide) { // the quote a customer ordered from is the reference they quote back
            r.selects << QStringLiteral("SELECT id FROM orders WHERE quote_id IN "
                                        "(SELECT id FROM quotes WHERE number LIKE ? ESCAPE '\\')");
            r.bindings << likePrefix(term.text);
        }
        break;
    case SearchKind::Quote:
        r.prefix("quotes", "number", term);
        if (wide)
            r.ofCustomer("quotes", term);
        break;
    case SearchKind::Ticket:
        r.prefix("tickets", "number", term);
        r.names(kind, term);
        break;
    case SearchKind::Shipment:
        r.prefix("shipments", "number", term);
        r.prefix("shipments", "tracking_number", term);
        break;
    }
    return r;
}

// The test of one term on one row of the list (alias "c." of "c.id"), without a subquery: the
// same answer as the term's full-text routes. Empty when the kind has no such form.
QString rowTest(SearchKind kind, const QString &alias, const SearchTerm &term, QVariantList *bindings)
{
    const NameIndex t = namesOf(kind);
    const auto columns = [&alias](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            out << alias + n;
        return out.join(QStringLiteral(", "));
    };
    switch (term.kind) {
    case SearchTerm::Trigram:
        if (t.triColumns.isEmpty())
            return QString();
        *bindings << term.text;
        return QStringLiteral("sb_has(?, %1)").arg(columns(t.triColumns));
    case SearchTerm::CjkGram:
        if (t.cjkColumns.isEmpty())
            return QString();
        *bindings << term.text;
        return QStringLiteral("sb_has(?, %1)").arg(columns(t.cjkColumns));
    case SearchTerm::ShortPrefix: {
        if (t.triColumns.isEmpty())
            return QString();
        QStringList any;
        for (const QString &column : t.prefixColumns) {
            any << QStringLiteral("%1%2 LIKE ? ESCAPE '\\'").arg(alias, column);
            *bindings << term.matchExpr;
        }
        return QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    }
    return QString();
}

QString joinAnd(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(QStringLiteral(" AND "));
}

// *impossible: a term that this kind has no way to match (one Latin letter against opportunity
// titles), so no row matches all terms.
SearchCondition conditionFor(SearchKind kind, const QString &idExpr, const QString &input, bool wide,
                             bool *impossible = nullptr)
{
    SearchCondition out;
    if (impossible)
        *impossible = false;
    const QString alias = idExpr.endsWith(QLatin1String(".id")) ? idExpr.chopped(2) : QString();
    QStringList parts, rows;
    QList<QVariantList> rowBindings;
    int driverTerm = -1;
    bool everyRow = !wide && !alias.isEmpty(); // every term has a test of one row
    const QList<SearchTerm> terms = parseSearch(input);
    for (const SearchTerm &term : terms) {
        const Routes r = routesFor(kind, term, wide);
        if (r.selects.isEmpty()) {
            parts << QStringLiteral("0");
            if (impossible)
                *impossible = true;
            everyRow = false;
            continue;
        }
        parts << QStringLiteral("%1 IN (%2)").arg(idExpr, r.selects.join(QStringLiteral(" UNION ")));
        out.bindings << r.bindings;
        if (everyRow) {
            QVariantList b;
            const QString test = rowTest(kind, alias, term, &b);
            everyRow = !test.isEmpty();
            rows << test;
            rowBindings << b;
            // The longest full-text term drives (it matches the fewest rows).
            if (r.selects.size() == 1 && term.kind != SearchTerm::ShortPrefix
                && (driverTerm < 0 || term.text.size() > terms.at(driverTerm).text.size())) {
                driverTerm = int(rows.size()) - 1;
                out.driver = QString(r.selects.first()).replace(QLatin1String("SELECT rowid FROM"), QLatin1String("SELECT rowid AS id FROM"));
                out.driverBindings = r.bindings;
            }
        }
    }
    out.sql = parts.join(QStringLiteral(" AND "));
    if (everyRow && !rows.isEmpty()) {
        out.rowSql = joinAnd(rows);
        QStringList rest;
        for (int i = 0; i < rows.size(); ++i) {
            out.rowBindings << rowBindings.at(i);
            if (i != driverTerm) {
                rest << rows.at(i);
                out.driverRestBindings << rowBindings.at(i);
            }
        }
        out.driverRest = joinAnd(rest);
    } else {
        out.driver.clear();
        out.driverBindings.clear();
    }
    return out;
}

QString text(const QSqlQuery &q, int column) { return q.value(column).toString(); }

QString money(const QSqlQuery &q, int column)
{
    return formatMoney(q.value(column).toLongLong(), q.value(column + 1).toString());
}

QStringList nonEmpty(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p;
    return out;
}

struct KindQuery {
    SearchKind kind;
    const char *alias;
    QString select; // id, customer id, title, then what details() reads from column 3 on
    QString from;
    QString order;
    std::function<QStringList(const QSqlQuery &)> details;
};

const QList<KindQuery> &kindQueries()
{
    static const QList<KindQuery> queries = {
        {SearchKind::Customer, "c", QStringLiteral("c.id, c.id, c.name, c.code, c.short_name, c.region"),
         QStringLiteral("customers c"), QStringLiteral("c.name"),
         [](const QSqlQuery &q) { return QStringList{text(q, 3), text(q, 4), text(q, 5)}; }},
        {SearchKind::Contact, "p", QStringLiteral("p.id, p.customer_id, p.name, p.title, c.name, coalesce(p.mobile, p.phone)"),
         QStringLiteral("contacts p JOIN customers c ON c.id = p.customer_id"), QStringLiteral("p.name"),
         [](const QSqlQuery &q) { return QStringList{text(q, 3), text(q, 4), text(q, 5)}; }},
        {SearchKind::Product, "p", QStringLiteral("p.id, 0, p.name, p.code, p.spec"), QStringLiteral("products p"),
         QStringLiteral("p.code"), [](const QSqlQuery &q) { return QStringList{text(q, 3), text(q, 4)}; }},
        {SearchKind::Opportunity, "o",
         QStringLiteral("o.id, o.customer_id, o.title, c.name, o.stage, o.amount_cents, o.currency, o.expected_close"),
         QStringLiteral("opportunities o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id DESC"),
         [](const QSqlQuery &q) {
             return QStringList{text(q, 3), vocab::stageLabel(text(q, 4)), money(q, 5), formatDate(text(q, 7))};
         }},
        {SearchKind::Quote, "q",
         QStringLiteral("q.id, q.customer_id, coalesce(nullif(q.number, ''), c.name), c.name, q.state, q.total_cents, "
                        "q.currency, substr(q.created_at, 1, 10)"),
         QStringLiteral("quotes q JOIN customers c ON c.id = q.customer_id"), QStringLiteral("q.id DESC"),
         [](const QSqlQuery &q) {
             return QStringList{text(q, 3), vocab::quoteStateLabel(text(q, 4)), money(q, 5), formatDate(text(q, 7))};
         }},
        {SearchKind::Order, "o",
         QStringLiteral("o.id, o.customer_id, coalesce(o.number, ''), c.name, o.state, o.total_cents, o.currency, "
                        "o.order_date, (SELECT number FROM quotes WHERE id = o.quote_id), o.customer_po"),
         QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id DESC"),
         [](const QSqlQuery &q) {
             QStringList parts{text(q, 3), vocab::orderStateLabel(text(q, 4)), money(q, 5), formatDate(text(q, 7)), text(q, 8)};
             if (!text(q, 9).isEmpty())
                 parts << QCoreApplication::translate("sb::SearchStore", "PO %1").arg(text(q, 9));
             return parts;
         }},
        {SearchKind::Ticket, "t",
         QStringLiteral("t.id, t.customer_id, trim(coalesce(t.number, '') || '  ' || t.subject), c.name, t.status, "
                        "substr(t.created_at, 1, 10)"),
         QStringLiteral("tickets t JOIN customers c ON c.id = t.customer_id"), QStringLiteral("t.id DESC"),
         [](const QSqlQuery &q) {
             return QStringList{text(q, 3), vocab::ticketStatusLabel(text(q, 4)), formatDate(text(q, 5))};
         }},
        {SearchKind::Shipment, "s",
         QStringLiteral("s.id, s.customer_id, coalesce(s.number, ''), c.name, s.state, "
                        "trim(coalesce(s.carrier, '') || ' ' || coalesce(s.tracking_number, '')), s.planned_date, "
                        "(SELECT number FROM orders WHERE id = s.order_id)"),
         QStringLiteral("shipments s JOIN customers c ON c.id = s.customer_id"), QStringLiteral("s.id DESC"),
         [](const QSqlQuery &q) {
             return QStringList{text(q, 3), vocab::shipmentStateLabel(text(q, 4)), text(q, 5), text(q, 7),
                                formatDate(text(q, 6))};
         }},
    };
    return queries;
}
} // namespace

SearchCondition SearchCondition::andAlso(const SearchCondition &other) const
{
    SearchCondition out;
    out.sql = joinAnd({sql, other.sql});
    out.bindings = bindings + other.bindings;
    if (rowSql.isEmpty() && other.rowSql.isEmpty() && driver.isEmpty() && other.driver.isEmpty())
        return out;
    // Each side's own row test, or its plain condition (always a valid test of one row, only
    // slower when it holds a subquery).
    const QString mine = rowSql.isEmpty() ? sql : rowSql;
    const QVariantList &myBindings = rowSql.isEmpty() ? bindings : rowBindings;
    const QString theirs = other.rowSql.isEmpty() ? other.sql : other.rowSql;
    const QVariantList &theirBindings = other.rowSql.isEmpty() ? other.bindings : other.rowBindings;
    out.rowSql = joinAnd({mine, theirs});
    out.rowBindings = myBindings + theirBindings;
    if (!driver.isEmpty()) {
        out.driver = driver;
        out.driverBindings = driverBindings;
        out.driverRest = joinAnd({driverRest, theirs});
        out.driverRestBindings = driverRestBindings + theirBindings;
    } else if (!other.driver.isEmpty()) {
        out.driver = other.driver;
        out.driverBindings = other.driverBindings;
        out.driverRest = joinAnd({mine, other.driverRest});
        out.driverRestBindings = myBindings + other.driverRestBindings;
    }
    return out;
}

SearchCondition SearchStore::condition(SearchKind kind, const QString &idExpr, const QString &input)
{
    return conditionFor(kind, idExpr, input, false);
}

Result<QList<SearchHit>> SearchStore::search(const QString &input, int limitPerKind)
{
    QList<SearchHit> hits;
    for (const KindQuery &query : kindQueries()) {
        const QString alias = QLatin1String(query.alias);
        bool impossible = false;
        const SearchCondition cond = conditionFor(query.kind, alias + QStringLiteral(".id"), input, true, &impossible);
        if (cond.sql.isEmpty())
            return Result<QList<SearchHit>>::ok(hits); // no terms
        if (impossible)
            continue;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4.local_state <> 3 ORDER BY %5 LIMIT %6")
                                .arg(query.select, query.from, cond.sql, alias, query.order)
                                .arg(limitPerKind);
        QElapsedTimer timer;
        timer.start();
        auto r = m_db.exec(sql, cond.bindings);
        if (!r)
            return Result<QList<SearchHit>>::fail(r.error());
        QSqlQuery &q = r.value();
        while (q.next())
            hits.append({query.kind, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         nonEmpty(query.details(q))});
        qCDebug(lcSearch).noquote() << searchKindEntity(query.kind) << timer.nsecsElapsed() / 1000 << "us" << input;
    }
    return Result<QList<SearchHit>>::ok(hits);
}

} // namespace sb
