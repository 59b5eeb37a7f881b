// Which step an order is at (order -> shipment -> invoice -> payment): the rule over plain
// facts, and OrderStore reading those facts from an order's shipments and invoices.
#include "models/domain/Fulfilment.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/OrderStore.h"

#include <QtTest>

using namespace sb;

Q_DECLARE_METATYPE(sb::Fulfilment::State)

class TestFulfilment : public QObject {
    Q_OBJECT
private slots:
    void rule_data();
    void rule();
    void progressReadsShipmentsAndInvoices();
    void fulfilmentOfStoredOrder();
    void missingOrderFails();

private:
    qint64 insert(Database &db, const QString &sql, const QVariantList &bindings);
};

namespace {
const QDate kToday(2026, 3, 10);
using S = Fulfilment;
} // namespace

void TestFulfilment::rule_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("shipmentState");
    QTest::addColumn<QString>("invoiceState");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("delivered");
    QTest::addColumn<QString>("dueDate");
    QTest::addColumn<QString>("promised");
    QTest::addColumn<Fulfilment::State>("order");
    QTest::addColumn<Fulfilment::State>("shipment");
    QTest::addColumn<Fulfilment::State>("invoice");
    QTest::addColumn<Fulfilment::State>("payment");
    QTest::addColumn<bool>("allDelivered");
    QTest::addColumn<bool>("awaitingPayment");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("lateToShip");

    QTest::newRow("draft: the order itself is the open step")
        << "draft" << "none" << "none" << 0 << 0 << "" << "" << S::Current << S::NotReached << S::NotReached
        << S::NotReached << false << false << false << false;
    QTest::newRow("confirmed: waiting for the goods")
        << "confirmed" << "waiting" << "waiting" << 1 << 0 << "" << "2026-03-20" << S::Done << S::Current
        << S::NotReached << S::NotReached << false << false << false << false;
    QTest::newRow("promised date passed, goods not sent")
        << "confirmed" << "waiting" << "none" << 1 << 0 << "" << "2026-03-09" << S::Done << S::Current
        << S::NotReached << S::NotReached << false << false << false << true;
    QTest::newRow("partly sent is not shipped")
        << "processing" << "partial" << "waiting" << 2 << 1 << "" << "" << S::Done << S::Current << S::NotReached
        << S::NotReached << false << false << false << false;
    QTest::newRow("shipped, one of two delivered: invoice is next")
        << "processing" << "sent" << "waiting" << 2 << 1 << "" << "2026-03-01" << S::Done << S::Done << S::Current
        << S::NotReached << false << false << false << false;
    QTest::newRow("shipped and every shipment delivered")
        << "processing" << "sent" << "none" << 2 << 2 << "" << "" << S::Done << S::Done << S::Current
        << S::NotReached << true << false << false << false;
    QTest::newRow("invoiced before shipping: goods and money both awaited")
        << "confirmed" << "waiting" << "invoiced" << 1 << 0 << "2026-03-20" << "" << S::Done << S::Current
        << S::Done << S::Current << false << true << false << false;
    QTest::newRow("due today is not overdue")
        << "processing" << "sent" << "invoiced" << 1 << 1 << "2026-03-10" << "" << S::Done << S::Done << S::Done
        << S::Current << true << true << false << false;
    QTest::newRow("payment overdue")
        << "processing" << "sent" << "invoiced" << 1 << 0 << "2026-03-09" << "" << S::Done << S::Done << S::Done
        << S::Problem << false << true << true << false;
    QTest::newRow("invoiced without a due date")
        << "processing" << "sent" << "invoiced" << 1 << 0 << "" << "" << S::Done << S::Done << S::Done
        << S::Current << false << true << false << false;
    QTest::newRow("paid: every step done")
        << "done" << "sent" << "paid" << 1 << 1 << "" << "" << S::Done << S::Done << S::Done << S::Done << true
        << false << false << false;
    QTest::newRow("shipment exception")
        << "confirmed" << "exception" << "none" << 1 << 0 << "" << "2026-03-01" << S::Done << S::Problem
        << S::NotReached << S::NotReached << false << false << false << true;
    QTest::newRow("invoice exception")
        << "processing" << "sent" << "exception" << 1 << 1 << "" << "" << S::Done << S::Done << S::Problem
        << S::NotReached << true << false << false << false;
    QTest::newRow("cancelled: nothing after the order counts")
        << "cancelled" << "sent" << "paid" << 1 << 1 << "" << "2026-03-01" << S::Problem << S::NotReached
        << S::NotReached << S::NotReached << false << false << false << false;
}

void TestFulfilment::rule()
{
    OrderProgress p;
    QFETCH(QString, state);
    QFETCH(QString, shipmentState);
    QFETCH(QString, invoiceState);
    QFETCH(int, shipments);
    QFETCH(int, delivered);
    QFETCH(QString, dueDate);
    QFETCH(QString, promised);
    p.state = state;
    p.shipmentState = shipmentState;
    p.invoiceState = invoiceState;
    p.shipments = shipments;
    p.delivered = delivered;
    p.dueDate = dueDate;
    p.promisedDate = promised;

    const Fulfilment f = fulfilmentOf(p, kToday);
    QTEST(f.state(Fulfilment::Order), "order");
    QTEST(f.state(Fulfilment::Shipment), "shipment");
    QTEST(f.state(Fulfilment::Invoice), "invoice");
    QTEST(f.state(Fulfilment::Payment), "payment");
    QTEST(f.allDelivered, "allDelivered");
    QTEST(f.awaitingPayment, "awaitingPayment");
    QTEST(f.paymentOverdue, "overdue");
    QTEST(f.lateToShip, "lateToShip");
    QCOMPARE(f.cancelled, state == QLatin1String("cancelled"));
}

qint64 TestFulfilment::insert(Database &db, const QString &sql, const QVariantList &bindings)
{
    auto r = db.exec(sql, bindings);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

void TestFulfilment::progressReadsShipmentsAndInvoices()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    auto customer = CustomerStore(db).create({{QStringLiteral("name"), QStringLiteral("Huaxin Machinery")}});
    QVERIFY2(customer, qPrintable(customer.error()));
    const qint64 c = customer.value();
    const qint64 order = insert(db,
                                QStringLiteral("INSERT INTO orders (number, customer_id, state, order_date, promised_date, "
                                               "currency, total_cents, shipment_state, invoice_state) "
                                               "VALUES ('SO-1', ?, 'processing', '2026-02-20', '2026-03-05', 'CNY', 120000, "
                                               "'partial', 'invoiced')"),
                                {c});
    const QString shipment = QStringLiteral("INSERT INTO shipments (order_id, customer_id, state, planned_date, "
                                            "effective_date, delivered_at, local_state) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert(db, shipment, {order, c, "delivered", "2026-02-25", "2026-02-26", "2026-02-28T09:00:00Z", 0});
    insert(db, shipment, {order, c, "shipped", "2026-03-01", "2026-03-02", QVariant(), 0});
    insert(db, shipment, {order, c, "packed", "2026-03-15", QVariant(), QVariant(), 0});
    insert(db, shipment, {order, c, "waiting", "2026-03-12", QVariant(), QVariant(), 0});
    insert(db, shipment, {order, c, "cancelled", "2026-03-03", "2026-03-09", QVariant(), 0}); // left out
    insert(db, shipment, {order, c, "waiting", "2026-03-04", QVariant(), QVariant(), 3});      // deleted here
    const qint64 otherOrder = insert(db, QStringLiteral("INSERT INTO orders (customer_id) VALUES (?)"), {c});
    insert(db, shipment, {otherOrder, c, "delivered", "2026-03-08", "2026-03-08", "2026-03-09T10:00:00Z", 0});

    const QString invoice = QStringLiteral("INSERT INTO invoices (order_id, customer_id, number, state, invoice_date, "
                                           "due_date, amount_to_pay_cents, paid_at, local_state) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert(db, invoice, {order, c, "INV-1", "paid", "2026-02-27", "2026-03-05", 0, "2026-03-03", 0});
    insert(db, invoice, {order, c, "INV-2", "posted", "2026-03-02", "2026-04-01", 30000, QVariant(), 0});
    insert(db, invoice, {order, c, "INV-3", "posted", "2026-03-01", "2026-03-20", 20000, QVariant(), 0});
    insert(db, invoice, {order, c, "INV-0", "posted", "2026-03-01", "2026-03-02", 0, QVariant(), 0}); // nothing to pay
    insert(db, invoice, {order, c, "INV-D", "draft", "2026-03-09", "2026-03-03", 5000, QVariant(), 0});
    insert(db, invoice, {order, c, "INV-C", "cancelled", "2026-03-08", "2026-03-03", 7000, QVariant(), 0});
    insert(db, invoice, {order, c, "INV-X", "posted", "2026-03-07", "2026-03-04", 9000, QVariant(), 3}); // deleted here

    auto r = OrderStore(db).progress(order);
    QVERIFY2(r, qPrintable(r.error()));
    const OrderProgress &p = r.value();
    QCOMPARE(p.state, QStringLiteral("processing"));
    QCOMPARE(p.shipmentState, QStringLiteral("partial"));
    QCOMPARE(p.invoiceState, QStringLiteral("invoiced"));
    QCOMPARE(p.orderDate, QStringLiteral("2026-02-20"));
    QCOMPARE(p.promisedDate, QStringLiteral("2026-03-05"));
    QCOMPARE(p.totalCents, qint64(120000));
    QCOMPARE(p.shipments, 4);
    QCOMPARE(p.delivered, 1);
    QCOMPARE(p.lastShippedOn, QStringLiteral("2026-03-02"));
    QCOMPARE(p.lastDeliveredAt, QStringLiteral("2026-02-28T09:00:00Z"));
    QCOMPARE(p.nextShipmentState, QStringLiteral("waiting"));
    QCOMPARE(p.nextShipmentPlanned, QStringLiteral("2026-03-12"));
    QCOMPARE(p.lastInvoiceDate, QStringLiteral("2026-03-02"));
    QCOMPARE(p.lastPaidAt, QStringLiteral("2026-03-03"));
    QCOMPARE(p.toPayCents, qint64(50000));
    QCOMPARE(p.dueDate, QStringLiteral("2026-03-20"));
    QCOMPARE(p.lastInvoiceNumber, QStringLiteral("INV-D")); // the latest not cancelled, a draft included
}

void TestFulfilment::fulfilmentOfStoredOrder()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    auto customer = CustomerStore(db).create({{QStringLiteral("name"), QStringLiteral("Lianyou Tools")}});
    QVERIFY2(customer, qPrintable(customer.error()));
    const qint64 order = insert(db,
                                QStringLiteral("INSERT INTO orders (customer_id, state, promised_date, shipment_state, "
                                               "invoice_state) VALUES (?, 'confirmed', '2026-03-01', 'sent', 'invoiced')"),
                                {customer.value()});
    insert(db,
           QStringLiteral("INSERT INTO shipments (order_id, customer_id, state, effective_date, delivered_at) "
                          "VALUES (?, ?, 'delivered', '2026-03-02', '2026-03-03T08:00:00Z')"),
           {order, customer.value()});
    insert(db,
           QStringLiteral("INSERT INTO invoices (order_id, customer_id, number, state, invoice_date, due_date, "
                          "amount_to_pay_cents) VALUES (?, ?, 'INV-9', 'posted', '2026-03-02', '2026-03-08', 1500)"),
           {order, customer.value()});

    auto f = OrderStore(db).fulfilment(order, kToday);
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().state(Fulfilment::Order), Fulfilment::Done);
    QCOMPARE(f.value().state(Fulfilment::Shipment), Fulfilment::Done);
    QCOMPARE(f.value().state(Fulfilment::Invoice), Fulfilment::Done);
    QCOMPARE(f.value().state(Fulfilment::Payment), Fulfilment::Problem); // due 8 March, today the 10th
    QVERIFY(f.value().allDelivered);
    QVERIFY(f.value().paymentOverdue);
    QVERIFY(!f.value().lateToShip); // promised date passed, but everything was sent
    QCOMPARE(f.value().progress.toPayCents, qint64(1500));
    QCOMPARE(f.value().progress.lastInvoiceNumber, QStringLiteral("INV-9"));

    auto early = OrderStore(db).fulfilment(order, QDate(2026, 3, 8));
    QVERIFY2(early, qPrintable(early.error()));
    QCOMPARE(early.value().state(Fulfilment::Payment), Fulfilment::Current);
}

void TestFulfilment::missingOrderFails()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(!OrderStore(*opened.value()).progress(4242));
    QVERIFY(!OrderStore(*opened.value()).fulfilment(4242));
}

QTEST_GUILESS_MAIN(TestFulfilment)
#include "tst_fulfilment.moc"
