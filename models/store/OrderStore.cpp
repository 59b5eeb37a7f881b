#include "OrderStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "models/domain/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

Result<OrderProgress> OrderStore::progress(qint64 orderId)
{
    auto order = readRecord(m_db, entities::order(), orderId);
    if (!order)
        return Result<OrderProgress>::fail(order.error());
    const QVariantMap &o = order.value();
    OrderProgress p;
    p.state = o.value(QStringLiteral("state")).toString();
    p.shipmentState = o.value(QStringLiteral("shipment_state")).toString();
    p.invoiceState = o.value(QStringLiteral("invoice_state")).toString();
    p.orderDate = o.value(QStringLiteral("order_date")).toString();
    p.promisedDate = o.value(QStringLiteral("promised_date")).toString();
    p.totalCents = o.value(QStringLiteral("total_cents")).toLongLong();
    p.currency = o.value(QStringLiteral("currency")).toString();

    // The latest movement tells the clerk what to say on the phone; the open shipment planned
    // first is what the customer waits for.
    auto ship = m_db.exec(QStringLiteral(
        "SELECT count(*), coalesce(sum(state = 'delivered'), 0), max(effective_date), max(delivered_at), "
        "  (SELECT x.state || '|' || coalesce(x.planned_date, '') FROM shipments x WHERE x.order_id = s.order_id AND %1 "
        "     AND x.state NOT IN ('shipped','delivered','cancelled') ORDER BY x.planned_date LIMIT 1) "
        "FROM shipments s WHERE s.order_id = ? AND %2 AND s.state <> 'cancelled'")
                              .arg(sql::live(QStringLiteral("x.")), sql::live(QStringLiteral("s."))),
                          {orderId});
    if (!ship)
        return Result<OrderProgress>::fail(ship.error());
    if (QSqlQuery &q = ship.value(); q.next()) {
        p.shipments = q.value(0).toInt();
        p.delivered = q.value(1).toInt();
        p.lastShippedOn = q.value(2).toString();
        p.lastDeliveredAt = q.value(3).toString();
        const QString next = q.value(4).toString(); // "state|planned date"
        p.nextShipmentState = next.section(QLatin1Char('|'), 0, 0);
        p.nextShipmentPlanned = next.section(QLatin1Char('|'), 1);
    }

    auto inv = m_db.exec(QStringLiteral(
        "SELECT max(invoice_date), max(paid_at), "
        "  coalesce(sum(CASE WHEN state = 'posted' THEN amount_to_pay_cents ELSE 0 END), 0), "
        "  min(CASE WHEN state = 'posted' AND amount_to_pay_cents > 0 THEN due_date END), "
        "  (SELECT y.number FROM invoices y WHERE y.order_id = i.order_id AND %1 "
        "     AND y.state <> 'cancelled' ORDER BY y.invoice_date DESC LIMIT 1) "
        "FROM invoices i WHERE i.order_id = ? AND %2 AND i.state NOT IN ('cancelled','draft')")
                             .arg(sql::live(QStringLiteral("y.")), sql::live(QStringLiteral("i."))),
                         {orderId});
    if (!inv)
        return Result<OrderProgress>::fail(inv.error());
    if (QSqlQuery &q = inv.value(); q.next()) {
        p.lastInvoiceDate = q.value(0).toString();
        p.lastPaidAt = q.value(1).toString();
        p.toPayCents = q.value(2).toLongLong();
        p.dueDate = q.value(3).toString();
        p.lastInvoiceNumber = q.value(4).toString();
    }
    return Result<OrderProgress>::ok(p);
}

QString OrderStore::revenueSql(const QString &prefix)
{
    return QStringLiteral("%1state NOT IN ('draft','cancelled')").arg(prefix);
}

Result<Fulfilment> OrderStore::fulfilment(qint64 orderId, const QDate &today)
{
    auto p = progress(orderId);
    if (!p)
        return Result<Fulfilment>::fail(p.error());
    return Result<Fulfilment>::ok(fulfilmentOf(p.value(), today));
}

Result<OrderTerms> OrderStore::terms(qint64 orderId)
{
    const QString address = QStringLiteral("(SELECT json_array(a.street, a.city, a.province, a.postal_code, a.country) "
                                           "FROM addresses a WHERE a.id = o.%1)");
    auto r = m_db.exec(QStringLiteral("SELECT o.customer_po, o.requested_date, o.payment_terms, %1, %2 FROM orders o WHERE o.id = ?")
                           .arg(address.arg(QStringLiteral("ship_to_address_id")), address.arg(QStringLiteral("invoice_address_id"))),
                       {orderId});
    if (!r)
        return Result<OrderTerms>::fail(r.error());
    auto line = [](const QVariant &json) {
        const QJsonArray a = QJsonDocument::fromJson(json.toString().toUtf8()).array();
        return vocab::addressLine(a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toString(), a.at(4).toString());
    };
    OrderTerms t;
    if (QSqlQuery &q = r.value(); q.next())
        t = OrderTerms{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), line(q.value(3)), line(q.value(4))};
    return Result<OrderTerms>::ok(t);
}

} // namespace sb
