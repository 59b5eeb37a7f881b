#include "ListModels.h"

#include "models/domain/Vocabulary.h"
#include "models/store/Entity.h"
#include "models/store/OrderStore.h"
#include "models/store/SyncStates.h"

#include <QCoreApplication>

namespace sb::lists {

namespace {
QString h(const char *text) { return QCoreApplication::translate("ListModels", text); }

SqlColumn col(const char *header, const QString &expr, SqlColumn::Format format = SqlColumn::Text,
              std::function<QString(const QVariant &)> label = {})
{
    return SqlColumn{h(header), expr, format, std::move(label), QString()};
}

template <typename F>
std::function<QString(const QVariant &)> via(F f)
{
    return [f](const QVariant &v) { return f(v.toString()); };
}

SqlWindowModel *make(Database &db, QObject *parent)
{
    return new SqlWindowModel(db, parent);
}

QString customerScope(const char *column, qint64 customerId)
{
    return customerId > 0 ? QStringLiteral("%1 = %2").arg(QLatin1String(column)).arg(customerId) : QString();
}

QString both(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral(" AND ") + b;
}
} // namespace

SqlWindowModel *customers(Database &db, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("customers c"), QStringLiteral("c.id"), QStringLiteral("c."),
                 QStringLiteral("c.local_state <> 3"));
    m->addField(QStringLiteral("currency"), QStringLiteral("c.currency"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Name"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Code"), QStringLiteral("c.code")),
        col(QT_TRANSLATE_NOOP("ListModels", "Grade"), QStringLiteral("c.grade")),
        col(QT_TRANSLATE_NOOP("ListModels", "Region"), QStringLiteral("c.region")),
        col(QT_TRANSLATE_NOOP("ListModels", "Industry"), QStringLiteral("c.industry")),
        col(QT_TRANSLATE_NOOP("ListModels", "Owner"), QStringLiteral("c.owner")),
        col(QT_TRANSLATE_NOOP("ListModels", "Status"), QStringLiteral("c.status"), SqlColumn::Text,
            via(vocab::customerStatusLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Credit limit"), QStringLiteral("c.credit_limit_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Updated"), QStringLiteral("c.updated_at"), SqlColumn::Relative),
    });
    // Recently touched customers first: that is the book a rep is working on this week.
    m->setDefaultSort(QStringLiteral("c.updated_at DESC"));
    // A word a quarter of a million customers share is shown at once as "10,000+" and counted
    // only when asked (SqlWindowModel::countAll).
    m->setCountCap(kListCountCap);
    m->refresh();
    return m;
}

SqlWindowModel *contacts(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("contacts p JOIN customers c ON c.id = p.customer_id"), QStringLiteral("p.id"),
                 QStringLiteral("p."), both(QStringLiteral("p.local_state <> 3"), customerScope("p.customer_id", customerId)));
    m->addField(QStringLiteral("customer_id"), QStringLiteral("p.customer_id"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Name"), QStringLiteral("p.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Title"), QStringLiteral("p.title")),
        col(QT_TRANSLATE_NOOP("ListModels", "Phone"), QStringLiteral("p.phone")),
        col(QT_TRANSLATE_NOOP("ListModels", "Mobile"), QStringLiteral("p.mobile")),
        col(QT_TRANSLATE_NOOP("ListModels", "Email"), QStringLiteral("p.email")),
        col(QT_TRANSLATE_NOOP("ListModels", "Primary"), QStringLiteral("p.is_primary"), SqlColumn::Text,
            [](const QVariant &v) { return v.toInt() ? QStringLiteral("★") : QString(); }),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
    });
    m->setDefaultSort(QStringLiteral("p.is_primary DESC, p.name"));
    if (customerId <= 0)
        m->setCountCap(kListCountCap);
    m->refresh();
    return m;
}

SqlWindowModel *addresses(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("addresses a"), QStringLiteral("a.id"), QStringLiteral("a."),
                 both(QStringLiteral("a.local_state <> 3"), customerScope("a.customer_id", customerId)));
    m->addField(QStringLiteral("kind"), QStringLiteral("a.kind"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Kind"), QStringLiteral("a.kind"), SqlColumn::Text, via(vocab::addressKindLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Default"), QStringLiteral("a.is_default"), SqlColumn::Text,
            [](const QVariant &v) { return v.toInt() ? QStringLiteral("★") : QString(); }),
        col(QT_TRANSLATE_NOOP("ListModels", "Street"), QStringLiteral("a.street")),
        col(QT_TRANSLATE_NOOP("ListModels", "City"), QStringLiteral("a.city")),
        col(QT_TRANSLATE_NOOP("ListModels", "Province"), QStringLiteral("a.province")),
        col(QT_TRANSLATE_NOOP("ListModels", "Postal code"), QStringLiteral("a.postal_code")),
        col(QT_TRANSLATE_NOOP("ListModels", "Country"), QStringLiteral("a.country")),
    });
    // Office, invoice, delivery; the default of each kind first.
    m->setDefaultSort(QStringLiteral("CASE a.kind WHEN 'office' THEN 0 WHEN 'billing' THEN 1 ELSE 2 END, a.is_default DESC, a.id"));
    m->refresh();
    return m;
}

SqlWindowModel *opportunities(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("opportunities o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id"),
                 QStringLiteral("o."), both(QStringLiteral("o.local_state <> 3"), customerScope("o.customer_id", customerId)));
    m->addField(QStringLiteral("currency"), QStringLiteral("o.currency"));
    m->addField(QStringLiteral("stage"), QStringLiteral("o.stage"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Opportunity"), QStringLiteral("o.title")),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Stage"), QStringLiteral("o.stage"), SqlColumn::Text, via(vocab::stageLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Amount"), QStringLiteral("o.amount_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Probability"), QStringLiteral("o.probability"), SqlColumn::Percent),
        col(QT_TRANSLATE_NOOP("ListModels", "Expected close"), QStringLiteral("o.expected_close"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Owner"), QStringLiteral("o.owner")),
    });
    m->setMoneyTotal(h(QT_TRANSLATE_NOOP("ListModels", "Open deals among these (won and lost left out): %1")),
                     QStringLiteral("o.amount_cents"), QStringLiteral("o.currency"),
                     QStringLiteral("o.stage IN ('%1')").arg(vocab::openStages().join(QStringLiteral("','"))));
    m->setDefaultSort(QStringLiteral("o.expected_close"));
    m->refresh();
    return m;
}

SqlWindowModel *stageColumn(Database &db, const QString &stage, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("opportunities o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id"),
                 QStringLiteral("o."), QStringLiteral("o.local_state <> 3 AND o.stage = ?"), {stage});
    m->addField(QStringLiteral("currency"), QStringLiteral("o.currency"));
    m->addField(QStringLiteral("customer"), QStringLiteral("c.name"));
    m->addField(QStringLiteral("amount_cents"), QStringLiteral("o.amount_cents"));
    m->addField(QStringLiteral("expected_close"), QStringLiteral("o.expected_close"));
    m->addField(QStringLiteral("owner"), QStringLiteral("o.owner"));
    m->addField(QStringLiteral("overdue"), QStringLiteral("o.next_activity_at IS NOT NULL AND o.next_activity_at < "
                                                          "strftime('%Y-%m-%dT%H:%M:%SZ','now')"));
    m->setColumns({col(QT_TRANSLATE_NOOP("ListModels", "Opportunity"), QStringLiteral("o.title"))});
    m->setDefaultSort(QStringLiteral("o.amount_cents DESC"));
    // The header counts the column (PipelineStore::board); the cards are counted as far as a
    // person scrolls (the rest when the view reaches the end: fetchMore).
    m->setCountCap(kStageColumnCap);
    m->refresh();
    return m;
}

SqlWindowModel *quotes(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("quotes q JOIN customers c ON c.id = q.customer_id"), QStringLiteral("q.id"),
                 QStringLiteral("q."), both(QStringLiteral("q.local_state <> 3"), customerScope("q.customer_id", customerId)));
    m->addField(QStringLiteral("currency"), QStringLiteral("q.currency"));
    m->addField(QStringLiteral("state"), QStringLiteral("q.state"));
    m->addField(QStringLiteral("customer_id"), QStringLiteral("q.customer_id"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Number"), QStringLiteral("q.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("q.state"), SqlColumn::Text, via(vocab::quoteStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Total"), QStringLiteral("q.total_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Discount"), QStringLiteral("q.discount_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Valid until"), QStringLiteral("q.valid_until"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Owner"), QStringLiteral("q.owner")),
    });
    m->setMoneyTotal(h(QT_TRANSLATE_NOOP("ListModels", "Total of these quotes: %1")), QStringLiteral("q.total_cents"),
                     QStringLiteral("q.currency"));
    m->setDefaultSort(QStringLiteral("q.updated_at DESC"));
    m->refresh();
    return m;
}

SqlWindowModel *orders(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id"), QStringLiteral("o.id"),
                 QStringLiteral("o."), both(QStringLiteral("o.local_state <> 3"), customerScope("o.customer_id", customerId)));
    m->addField(QStringLiteral("currency"), QStringLiteral("o.currency"));
    m->addField(QStringLiteral("customer_id"), QStringLiteral("o.customer_id"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Order"), QStringLiteral("o.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("o.state"), SqlColumn::Text, via(vocab::orderStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Total"), QStringLiteral("o.total_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Ordered"), QStringLiteral("o.order_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Promised"), QStringLiteral("o.promised_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Delivery"), QStringLiteral("o.shipment_state"), SqlColumn::Text,
            via(vocab::deliveryStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Invoice"), QStringLiteral("o.invoice_state"), SqlColumn::Text,
            via(vocab::invoiceStateLabel)),
    });
    m->setMoneyTotal(h(QT_TRANSLATE_NOOP("ListModels", "Revenue of these orders (drafts and cancelled ones left out): %1")),
                     QStringLiteral("o.total_cents"), QStringLiteral("o.currency"), OrderStore::revenueSql(QStringLiteral("o.")));
    m->setDefaultSort(QStringLiteral("o.order_date DESC"));
    m->refresh();
    return m;
}

SqlWindowModel *orderLines(Database &db, qint64 orderId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id"),
                 QStringLiteral("l.id"), QStringLiteral("l."), QStringLiteral("l.local_state <> 3 AND l.order_id = ?"),
                 {orderId});
    m->addField(QStringLiteral("currency"), QStringLiteral("o.currency"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Product"), QStringLiteral("coalesce(p.code || ' ' || p.name, l.description)")),
        col(QT_TRANSLATE_NOOP("ListModels", "Quantity"), QStringLiteral("l.quantity"), SqlColumn::Quantity),
        col(QT_TRANSLATE_NOOP("ListModels", "Shipped"), QStringLiteral("l.shipped_quantity"), SqlColumn::Quantity),
        col(QT_TRANSLATE_NOOP("ListModels", "Unit price"), QStringLiteral("l.unit_price_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Line total"), QStringLiteral("l.line_total_cents"), SqlColumn::Money),
    });
    m->setDefaultSort(QStringLiteral("l.position"));
    m->refresh();
    return m;
}

namespace {
void shipmentColumns(SqlWindowModel *m)
{
    m->addField(QStringLiteral("tracking"), QStringLiteral("s.tracking_number"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Shipment"), QStringLiteral("s.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Order"), QStringLiteral("o.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("s.state"), SqlColumn::Text, via(vocab::shipmentStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Carrier"), QStringLiteral("s.carrier")),
        col(QT_TRANSLATE_NOOP("ListModels", "Tracking number"), QStringLiteral("s.tracking_number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Planned"), QStringLiteral("s.planned_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Shipped"), QStringLiteral("s.effective_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Delivered"), QStringLiteral("s.delivered_at"), SqlColumn::Date),
    });
    m->setDefaultSort(QStringLiteral("s.planned_date DESC"));
}
const char kShipmentFrom[] = "shipments s JOIN customers c ON c.id = s.customer_id LEFT JOIN orders o ON o.id = s.order_id";
} // namespace

SqlWindowModel *shipments(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QLatin1String(kShipmentFrom), QStringLiteral("s.id"), QStringLiteral("s."),
                 both(QStringLiteral("s.local_state <> 3"), customerScope("s.customer_id", customerId)));
    shipmentColumns(m);
    m->refresh();
    return m;
}

SqlWindowModel *shipmentsOfOrder(Database &db, qint64 orderId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QLatin1String(kShipmentFrom), QStringLiteral("s.id"), QStringLiteral("s."),
                 QStringLiteral("s.local_state <> 3 AND s.order_id = ?"), {orderId});
    shipmentColumns(m);
    m->refresh();
    return m;
}

SqlWindowModel *invoicesOfOrder(Database &db, qint64 orderId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("invoices i"), QStringLiteral("i.id"), QStringLiteral("i."),
                 QStringLiteral("i.local_state <> 3 AND i.order_id = ?"), {orderId});
    m->addField(QStringLiteral("currency"), QStringLiteral("i.currency"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Invoice"), QStringLiteral("i.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("i.state"), SqlColumn::Text, via(vocab::invoiceLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Date"), QStringLiteral("i.invoice_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Due"), QStringLiteral("i.due_date"), SqlColumn::Date),
        col(QT_TRANSLATE_NOOP("ListModels", "Total"), QStringLiteral("i.total_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "To pay"), QStringLiteral("i.amount_to_pay_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Paid"), QStringLiteral("i.paid_at"), SqlColumn::Date),
    });
    m->setDefaultSort(QStringLiteral("i.invoice_date"));
    m->refresh();
    return m;
}

SqlWindowModel *stock(Database &db, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("products p"), QStringLiteral("p.id"), QStringLiteral("p."),
                 QStringLiteral("p.local_state <> 3 AND p.active = 1"));
    m->addField(QStringLiteral("currency"), QStringLiteral("p.currency"));
    const QString onHand = QStringLiteral("(SELECT coalesce(sum(on_hand),0) FROM stock_levels s WHERE s.product_id = p.id)");
    const QString forecast = QStringLiteral("(SELECT coalesce(sum(forecast),0) FROM stock_levels s WHERE s.product_id = p.id)");
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Code"), QStringLiteral("p.code")),
        col(QT_TRANSLATE_NOOP("ListModels", "Product"), QStringLiteral("p.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Specification"), QStringLiteral("p.spec")),
        col(QT_TRANSLATE_NOOP("ListModels", "Unit"), QStringLiteral("p.unit")),
        col(QT_TRANSLATE_NOOP("ListModels", "On hand"), onHand, SqlColumn::Quantity),
        col(QT_TRANSLATE_NOOP("ListModels", "Forecast"), forecast, SqlColumn::Quantity),
        col(QT_TRANSLATE_NOOP("ListModels", "List price"), QStringLiteral("p.list_price_cents"), SqlColumn::Money),
    });
    m->setDefaultSort(QStringLiteral("p.code"));
    m->refresh();
    return m;
}

SqlWindowModel *approvals(Database &db, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("approvals a LEFT JOIN customers c ON c.id = a.customer_id"), QStringLiteral("a.id"),
                 QStringLiteral("a."), QStringLiteral("a.local_state <> 3"));
    m->addField(QStringLiteral("currency"), QStringLiteral("a.currency"));
    m->addField(QStringLiteral("state"), QStringLiteral("a.state"));
    m->addField(QStringLiteral("customer_id"), QStringLiteral("a.customer_id"));
    m->addField(QStringLiteral("subject_id"), QStringLiteral("a.subject_id"));
    m->addField(QStringLiteral("my_task"), QStringLiteral("a.my_task")); // the OA's task of this laptop's user
    // A decision or withdrawal made here that waits to be sent (ApprovalStore::queuedDecision).
    m->addField(QStringLiteral("decision_queued"),
                QStringLiteral("EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'approval' AND o.record_id = a.id "
                               "AND o.op = '%1' AND o.state IN ('%2','%3'))")
                    .arg(sqlValue(OutboxOp::Command), sqlValue(OutboxState::Pending), sqlValue(OutboxState::InFlight)));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Request"), QStringLiteral("a.title")),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("a.state"), SqlColumn::Text, via(vocab::approvalStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Amount"), QStringLiteral("a.amount_cents"), SqlColumn::Money),
        col(QT_TRANSLATE_NOOP("ListModels", "Discount"), QStringLiteral("a.discount_pct"), SqlColumn::Percent),
        col(QT_TRANSLATE_NOOP("ListModels", "Margin"), QStringLiteral("a.margin_pct"), SqlColumn::Percent),
        col(QT_TRANSLATE_NOOP("ListModels", "Grade"), QStringLiteral("c.grade")),
        col(QT_TRANSLATE_NOOP("ListModels", "Orders (12 mo.)"),
            QStringLiteral("(SELECT count(*) FROM orders x WHERE x.customer_id = a.customer_id AND x.state <> 'cancelled' "
                           "AND x.order_date >= date('now','-12 months'))"),
            SqlColumn::Number),
        col(QT_TRANSLATE_NOOP("ListModels", "Requested by"), QStringLiteral("a.requester")),
        col(QT_TRANSLATE_NOOP("ListModels", "Submitted"), QStringLiteral("a.submitted_at"), SqlColumn::Relative),
    });
    // Pending first, oldest request on top: that is the order a manager works through.
    m->setDefaultSort(QStringLiteral("a.state <> 'pending', a.submitted_at"));
    m->refresh();
    return m;
}

SqlWindowModel *tickets(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN products p ON p.id = t.product_id"),
                 QStringLiteral("t.id"), QStringLiteral("t."),
                 both(QStringLiteral("t.local_state <> 3"), customerScope("t.customer_id", customerId)));
    m->addField(QStringLiteral("customer_id"), QStringLiteral("t.customer_id"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Ticket"), QStringLiteral("t.number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Subject"), QStringLiteral("t.subject")),
        col(QT_TRANSLATE_NOOP("ListModels", "Customer"), QStringLiteral("c.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Product"), QStringLiteral("p.name")),
        col(QT_TRANSLATE_NOOP("ListModels", "Serial"), QStringLiteral("t.serial_number")),
        col(QT_TRANSLATE_NOOP("ListModels", "Status"), QStringLiteral("t.status"), SqlColumn::Text, via(vocab::ticketStatusLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Priority"), QStringLiteral("t.priority"), SqlColumn::Text,
            [](const QVariant &v) { return vocab::priorityLabel(v.toInt()); }),
        col(QT_TRANSLATE_NOOP("ListModels", "Updated"), QStringLiteral("t.updated_at"), SqlColumn::Relative),
        // Last, so the columns before it keep their places in the views that arrange them.
        col(QT_TRANSLATE_NOOP("ListModels", "Due"), QStringLiteral("t.due_at"), SqlColumn::Date),
    });
    m->setDefaultSort(QStringLiteral("t.status IN ('resolved','rejected'), t.priority DESC, t.updated_at DESC"));
    m->refresh();
    return m;
}

SqlWindowModel *ticketEvents(Database &db, qint64 ticketId, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("ticket_events e"), QStringLiteral("e.id"), QStringLiteral("e."),
                 QStringLiteral("e.local_state <> 3 AND e.ticket_id = ?"), {ticketId});
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "When"), QStringLiteral("e.at"), SqlColumn::Relative),
        col(QT_TRANSLATE_NOOP("ListModels", "Who"), QStringLiteral("e.author")),
        col(QT_TRANSLATE_NOOP("ListModels", "Text"), QStringLiteral("e.text")),
    });
    m->setDefaultSort(QStringLiteral("e.at DESC"));
    m->refresh();
    return m;
}

SqlWindowModel *outbox(Database &db, QObject *parent)
{
    auto *m = make(db, parent);
    m->setSource(QStringLiteral("outbox x"), QStringLiteral("x.id"), QString(), QStringLiteral("x.state <> 'done'"));
    m->addField(QStringLiteral("entity"), QStringLiteral("x.entity"));
    m->addField(QStringLiteral("record_id"), QStringLiteral("x.record_id"));
    m->addField(QStringLiteral("key"), QStringLiteral("x.idempotency_key"));
    // The record's own name, looked up per entity type.
    QStringList names;
    for (const Entity *e : entities::all())
        names << QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %3 WHERE id = x.record_id)")
                     .arg(e->name, e->displayColumn, e->table);
    const QString recordName = QStringLiteral("CASE x.entity %1 END").arg(names.join(QLatin1Char(' ')));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "Queued"), QStringLiteral("x.created_at"), SqlColumn::Relative),
        col(QT_TRANSLATE_NOOP("ListModels", "Object"), QStringLiteral("x.entity"), SqlColumn::Text,
            via(vocab::entityLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Record"), recordName),
        col(QT_TRANSLATE_NOOP("ListModels", "Change"), QStringLiteral("x.op"), SqlColumn::Text, via(vocab::outboxOpLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "State"), QStringLiteral("x.state"), SqlColumn::Text, via(vocab::outboxStateLabel)),
        col(QT_TRANSLATE_NOOP("ListModels", "Attempts"), QStringLiteral("x.attempts"), SqlColumn::Number),
        col(QT_TRANSLATE_NOOP("ListModels", "Last error"), QStringLiteral("x.last_error")),
    });
    m->setDefaultSort(QStringLiteral("x.id"));
    m->refresh();
    return m;
}

SqlWindowModel *timeline(Database &db, qint64 customerId, QObject *parent)
{
    auto *m = make(db, parent);
    const QString id = QString::number(customerId);
    // One row per event; the kind column says what it is, "ref" points at the source record.
    // What is still planned is not history: the customer file lists it under "Coming up".
    const QString from = QStringLiteral(
        "(SELECT 'activity' AS source, a.id AS ref, a.kind AS kind, a.starts_at AS at, a.subject AS subject, "
        "   a.body AS detail, a.status AS status, a.owner AS who, a.local_state, a.sync_error, p.name AS contact, "
        "   a.outcome AS outcome, CASE WHEN a.next_step IS NULL THEN NULL "
        "     ELSE a.next_step || char(31) || coalesce(a.next_step_at, '') END AS next "
        "   FROM activities a LEFT JOIN contacts p ON p.id = a.contact_id "
        "   WHERE a.customer_id = %1 AND a.local_state <> 3 AND a.status <> 'planned' "
        " UNION ALL SELECT 'quote', q.id, 'quote', q.created_at, q.number, NULL, q.state, q.owner, q.local_state, q.sync_error, "
        "   NULL, NULL, NULL FROM quotes q WHERE q.customer_id = %1 AND q.local_state <> 3 "
        " UNION ALL SELECT 'order', o.id, 'order', coalesce(o.order_date, o.created_at), o.number, NULL, o.state, o.owner, "
        "   o.local_state, o.sync_error, NULL, NULL, NULL FROM orders o WHERE o.customer_id = %1 AND o.local_state <> 3 "
        " UNION ALL SELECT 'shipment', s.id, 'shipment', coalesce(s.effective_date, s.planned_date, s.created_at), "
        "   s.number, s.carrier || ' ' || coalesce(s.tracking_number,''), s.state, NULL, s.local_state, s.sync_error, "
        "   NULL, NULL, NULL FROM shipments s WHERE s.customer_id = %1 AND s.local_state <> 3 "
        " UNION ALL SELECT 'ticket', t.id, 'ticket', t.created_at, t.subject, t.number, t.status, t.owner, t.local_state, "
        "   t.sync_error, NULL, NULL, NULL FROM tickets t WHERE t.customer_id = %1 AND t.local_state <> 3) e").arg(id);
    m->setSource(from, QStringLiteral("e.ref"), QStringLiteral("e."));
    m->addField(QStringLiteral("source"), QStringLiteral("e.source"));
    m->setSyncEntityField(QStringLiteral("source"));
    m->addField(QStringLiteral("status"), QStringLiteral("e.status"));
    m->setColumns({
        col(QT_TRANSLATE_NOOP("ListModels", "When"), QStringLiteral("e.at"), SqlColumn::Relative),
        col(QT_TRANSLATE_NOOP("ListModels", "What"), QStringLiteral("e.kind"), SqlColumn::Text, [](const QVariant &v) {
            const QString k = v.toString();
            if (k == QLatin1String("quote"))
                return h(QT_TRANSLATE_NOOP("ListModels", "Quote"));
            if (k == QLatin1String("order"))
                return h(QT_TRANSLATE_NOOP("ListModels", "Order"));
            if (k == QLatin1String("shipment"))
                return h(QT_TRANSLATE_NOOP("ListModels", "Shipment"));
            if (k == QLatin1String("ticket"))
                return h(QT_TRANSLATE_NOOP("ListModels", "Ticket"));
            return vocab::activityKindLabel(k);
        }),
        col(QT_TRANSLATE_NOOP("ListModels", "Contact"), QStringLiteral("e.contact")),
        col(QT_TRANSLATE_NOOP("ListModels", "Subject"), QStringLiteral("e.subject")),
        col(QT_TRANSLATE_NOOP("ListModels", "Outcome"), QStringLiteral("e.outcome")),
        // The next step and, when it has one, its due date (joined by a unit separator in SQL).
        col(QT_TRANSLATE_NOOP("ListModels", "Next step"), QStringLiteral("e.next"), SqlColumn::Text, [](const QVariant &v) {
            const QString step = v.toString().section(QChar(31), 0, 0);
            const QString due = v.toString().section(QChar(31), 1);
            return due.isEmpty() ? step : h(QT_TRANSLATE_NOOP("ListModels", "%1 (by %2)")).arg(step, formatDate(due));
        }),
        col(QT_TRANSLATE_NOOP("ListModels", "Detail"), QStringLiteral("e.detail")),
        col(QT_TRANSLATE_NOOP("ListModels", "Who"), QStringLiteral("e.who")),
    });
    m->setDefaultSort(QStringLiteral("e.at DESC"));
    m->refresh();
    return m;
}

} // namespace sb::lists
