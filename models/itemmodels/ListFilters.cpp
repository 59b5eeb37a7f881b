#include "ListFilters.h"

#include "models/store/SyncStates.h"

namespace sb::filters {

namespace {
SearchCondition where(const QString &sql, const QVariantList &bindings = {})
{
    return {sql, bindings};
}

// A typed prefix for LIKE: the wildcards a person types are taken literally.
QString likePrefix(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return pattern + QLatin1Char('%');
}
} // namespace

SearchCondition customerSearch(const QString &input)
{
    return SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), input);
}

SearchCondition customersOwnedBy(const QString &user)
{
    return where(QStringLiteral("c.owner = ?"), {user});
}

SearchCondition customersOfGrade(const QString &grade)
{
    return where(QStringLiteral("c.grade = ?"), {grade});
}

SearchCondition customersWithStatus(const QString &status)
{
    return where(QStringLiteral("c.status = ?"), {status});
}

SearchCondition customersNotSynced()
{
    // Parenthesised: the list ANDs it with the search.
    return where(QStringLiteral("(c.local_state <> %1 OR c.sync_error IS NOT NULL)").arg(sqlValue(LocalState::Clean)));
}

// People type either an order number ("SO2026-0012") or part of the customer's name; the
// two never look alike, so a row may match either.
SearchCondition orderSearch(const QString &input)
{
    const SearchCondition byNumber = SearchStore::condition(SearchKind::Order, QStringLiteral("o.id"), input);
    const SearchCondition byCustomer = SearchStore::condition(SearchKind::Customer, QStringLiteral("o.customer_id"), input);
    if (byNumber.sql.isEmpty())
        return byCustomer;
    if (byCustomer.sql.isEmpty())
        return byNumber;
    // Parenthesised as a whole: the list ANDs it with the saved view's condition.
    return {QStringLiteral("((%1) OR (%2))").arg(byNumber.sql, byCustomer.sql), byNumber.bindings + byCustomer.bindings};
}

SearchCondition ordersOwnedBy(const QString &user)
{
    return where(QStringLiteral("o.owner = ?"), {user});
}

SearchCondition ordersOpen()
{
    return where(QStringLiteral("o.state IN ('confirmed','processing')"));
}

SearchCondition ordersLateToShip()
{
    return where(QStringLiteral("o.promised_date < date('now','localtime') AND o.shipment_state <> 'sent' "
                                "AND o.state NOT IN ('cancelled','draft')"));
}

SearchCondition ordersUnpaid()
{
    return where(QStringLiteral("o.invoice_state = 'invoiced'"));
}

SearchCondition opportunitiesOwnedBy(const QString &owner)
{
    if (owner.isEmpty())
        return {};
    return where(QStringLiteral("o.owner = ?"), {owner});
}

SearchCondition quoteSearch(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const SearchCondition customer = SearchStore::condition(SearchKind::Customer, QStringLiteral("q.customer_id"), text);
    SearchCondition out = where(QStringLiteral("q.number LIKE ? ESCAPE '\\'"), {likePrefix(text)});
    if (!customer.sql.isEmpty()) {
        out.sql = QStringLiteral("(%1 OR (%2))").arg(out.sql, customer.sql);
        out.bindings << customer.bindings;
    }
    return out;
}

SearchCondition quotesOwnedBy(const QString &user)
{
    return where(QStringLiteral("q.owner = ?"), {user});
}

SearchCondition quotesPendingApproval()
{
    return where(QStringLiteral("q.state = 'pending_approval'"));
}

SearchCondition quotesApprovedNotOrdered()
{
    return where(QStringLiteral("q.state IN ('approved','sent','accepted')"));
}

SearchCondition approvalsPending()
{
    return where(QStringLiteral("a.state = 'pending'"));
}

SearchCondition approvalsDecided()
{
    return where(QStringLiteral("a.state <> 'pending'"));
}

// A tracking or shipment number is typed whole or by its start, often with spaces from a
// label ("SF 1234 5678"); anything else may be part of the customer's name.
SearchCondition shipmentSearch(const QString &input)
{
    QString compact = input;
    compact.remove(QLatin1Char(' '));
    compact = compact.trimmed();
    const SearchCondition byCustomer = SearchStore::condition(SearchKind::Customer, QStringLiteral("s.customer_id"), input);
    if (compact.isEmpty())
        return byCustomer;
    const QString pattern = likePrefix(compact);
    const QString byNumber = QStringLiteral("s.tracking_number LIKE ? ESCAPE '\\' OR s.number LIKE ? ESCAPE '\\'");
    const QVariantList bindings{pattern, pattern};
    if (byCustomer.sql.isEmpty())
        return {QStringLiteral("(%1)").arg(byNumber), bindings};
    // Parenthesised as a whole: the list ANDs it with the saved view's condition.
    return {QStringLiteral("((%1) OR (%2))").arg(byNumber, byCustomer.sql), bindings + byCustomer.bindings};
}

SearchCondition shipmentsToShip()
{
    return where(QStringLiteral("s.state IN ('waiting','assigned','picked','packed')"));
}

SearchCondition shipmentsInTransit()
{
    return where(QStringLiteral("s.state = 'shipped'"));
}

SearchCondition shipmentsDelivered()
{
    return where(QStringLiteral("s.state = 'delivered'"));
}

SearchCondition shipmentsLate()
{
    return where(QStringLiteral("s.planned_date < date('now','localtime') "
                                "AND s.state NOT IN ('shipped','delivered','cancelled')"));
}

// Full-text search (trigram, and one- or two-character Chinese) over code, name and spec.
SearchCondition productSearch(const QString &input)
{
    return SearchStore::condition(SearchKind::Product, QStringLiteral("p.id"), input);
}

SearchCondition productsInStock()
{
    return where(QStringLiteral("p.id IN (SELECT product_id FROM stock_levels WHERE on_hand > 0 AND %1)").arg(sql::live()));
}

SearchCondition productsOutOfStock()
{
    return where(QStringLiteral("p.id NOT IN (SELECT product_id FROM stock_levels WHERE on_hand > 0 AND %1)").arg(sql::live()));
}

// The desk finds tickets by the customer's name, or by the ticket number read out on the phone.
SearchCondition ticketSearch(const QString &input)
{
    const SearchCondition byCustomer = SearchStore::condition(SearchKind::Customer, QStringLiteral("t.customer_id"), input);
    const QString text = input.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return byCustomer;
    const QString pattern = likePrefix(text);
    if (byCustomer.sql.isEmpty())
        return where(QStringLiteral("t.number LIKE ? ESCAPE '\\'"), {pattern});
    // Parenthesised as a whole: the list ANDs it with the saved view's condition.
    return {QStringLiteral("(t.number LIKE ? ESCAPE '\\' OR (%1))").arg(byCustomer.sql),
            QVariantList{pattern} + byCustomer.bindings};
}

SearchCondition ticketsOpen()
{
    return where(QStringLiteral("t.status IN ('new','open','stalled')"));
}

SearchCondition ticketsOwnedBy(const QString &user)
{
    return where(QStringLiteral("t.owner = ?"), {user});
}

SearchCondition ticketsUrgent()
{
    return where(QStringLiteral("t.priority = 4"));
}

SearchCondition ticketsResolved()
{
    return where(QStringLiteral("t.status = 'resolved'"));
}

SearchCondition syncLogProblems()
{
    return where(QStringLiteral("l.level <> 'info'"));
}

} // namespace sb::filters
