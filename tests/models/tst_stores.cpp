// Every store's writes: the row and its outbox entry together, validation, state rules.
#include "models/store/ChangeWriter.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "models/store/QuoteStore.h"
#include "models/store/ServiceStore.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

class TestStores : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createWritesRowAndOutboxTogether();
    void updateQueuesOnlyChangedFields();
    void removeHidesRowAndQueuesDelete();
    void rolledBackTransactionLeavesNoOutboxEntry();
    void customerValidation_data();
    void customerValidation();
    void customerSummaryAddsUp();
    void moveStageRecordsTimelineAndProbability();
    void lostNeedsReason();
    void pipelineTotalsPerStage();
    void quoteTotals_data();
    void quoteTotals();
    void quoteLifecycleToOrder();
    void rejectNeedsCommentAndReopensQuote();
    void aQuoteOnlySentIsNotAnOrder();
    void ticketsAndComments();
    void availabilityPerWarehouse();
    void editAfterRefusalRequeues();
    void idsAreNeverReused();

private:
    int outboxCount(const QString &where = QStringLiteral("1")) const;
    QJsonObject lastPayload() const;
    qint64 customer(const QString &name);

    std::unique_ptr<Database> m_db;
};

void TestStores::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestStores::cleanup()
{
    m_db.reset();
}

int TestStores::outboxCount(const QString &where) const
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where).value().toInt();
}

QJsonObject TestStores::lastPayload() const
{
    const QString json = m_db->scalar(QStringLiteral("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1")).value().toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

qint64 TestStores::customer(const QString &name)
{
    CustomerStore store(*m_db);
    auto id = store.create({{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("B")}});
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

void TestStores::createWritesRowAndOutboxTogether()
{
    CustomerStore store(*m_db);
    auto id = store.create({{QStringLiteral("name"), QStringLiteral("上海恒通精密机械有限公司")},
                            {QStringLiteral("short_name"), QStringLiteral("恒通")}},
                           {{QStringLiteral("name"), QStringLiteral("王芳")}, {QStringLiteral("email"), QStringLiteral("wf@hengtong.cn")}});
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id.value()}).value().toInt(), 1);
    QCOMPARE(outboxCount(QStringLiteral("entity = 'customer' AND op = 'create'")), 1);
    QCOMPARE(outboxCount(QStringLiteral("entity = 'contact' AND op = 'create'")), 1);
    QCOMPARE(lastPayload().value(QStringLiteral("is_primary")).toInt(), 1);
    // Idempotency keys are UUIDs and unique.
    auto keys = m_db->exec(QStringLiteral("SELECT idempotency_key FROM outbox"));
    QSet<QString> seen;
    while (keys.value().next()) {
        const QString k = keys.value().value(0).toString();
        QCOMPARE(k.size(), 36);
        QVERIFY(!seen.contains(k));
        seen.insert(k);
    }
}

void TestStores::updateQueuesOnlyChangedFields()
{
    const qint64 id = customer(QStringLiteral("Northwind Precision Ltd"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET local_state = 0, remote_version = 'v7' WHERE id = ?"), {id}));
    CustomerStore store(*m_db);
    const int before = outboxCount();
    QVERIFY(store.update(id, {{QStringLiteral("name"), QStringLiteral("Northwind Precision Ltd")},
                              {QStringLiteral("grade"), QStringLiteral("A")}}));
    QCOMPARE(outboxCount(), before + 1);
    const QJsonObject payload = lastPayload();
    QCOMPARE(payload.keys(), QStringList{QStringLiteral("grade")});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT base_version FROM outbox ORDER BY id DESC LIMIT 1")).value().toString(),
             QStringLiteral("v7"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).value().toInt(), 2);
    // Saving the same values again queues nothing.
    QVERIFY(store.update(id, {{QStringLiteral("grade"), QStringLiteral("A")}}));
    QCOMPARE(outboxCount(), before + 1);
}

void TestStores::removeHidesRowAndQueuesDelete()
{
    const qint64 id = customer(QStringLiteral("Fabrikam Trading"));
    CustomerStore store(*m_db);
    QVERIFY(store.remove(id));
    QCOMPARE(outboxCount(QStringLiteral("op = 'delete'")), 1);
    QVERIFY(!store.get(id));
    QVERIFY(!store.remove(id)); // already gone
    QVERIFY(!store.update(id, {{QStringLiteral("grade"), QStringLiteral("A")}}));
}

void TestStores::rolledBackTransactionLeavesNoOutboxEntry()
{
    ChangeWriter writer(*m_db);
    {
        Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        QVERIFY(writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("Ghost Co")}}));
        // Violates the grade CHECK: the whole transaction must go.
        QVERIFY(!writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("Bad")},
                                                      {QStringLiteral("grade"), QStringLiteral("Z")}}));
    } // no commit: rolled back
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
    QCOMPARE(outboxCount(), 0);
    QVERIFY(!writer.create(entities::customer(), {{QStringLiteral("nonsense"), 1}}));
}

void TestStores::customerValidation_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<bool>("ok");
    QTest::newRow("name only") << QVariantMap{{QStringLiteral("name"), QStringLiteral("华为")}} << true;
    QTest::newRow("blank name") << QVariantMap{{QStringLiteral("name"), QStringLiteral("  ")}} << false;
    QTest::newRow("grade E") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("grade"), QStringLiteral("E")}} << false;
    QTest::newRow("status") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("status"), QStringLiteral("gone")}} << false;
    QTest::newRow("negative credit") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("credit_limit_cents"), -5}} << false;
}

void TestStores::customerValidation()
{
    QFETCH(QVariantMap, fields);
    QFETCH(bool, ok);
    CustomerStore store(*m_db);
    auto r = store.create(fields);
    QCOMPARE(r.isOk(), ok);
    if (!ok) {
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(outboxCount(), 0);
    }
}

void TestStores::customerSummaryAddsUp()
{
    const qint64 id = customer(QStringLiteral("Contoso Machinery"));
    PipelineStore pipeline(*m_db);
    QVERIFY(pipeline.create({{QStringLiteral("customer_id"), id}, {QStringLiteral("title"), QStringLiteral("Line A")},
                             {QStringLiteral("amount_cents"), 100000}}));
    QVERIFY(pipeline.create({{QStringLiteral("customer_id"), id}, {QStringLiteral("title"), QStringLiteral("Line B")},
                             {QStringLiteral("amount_cents"), 50000}, {QStringLiteral("stage"), QStringLiteral("won")}}));
    CustomerStore store(*m_db);
    QVERIFY(store.logActivity(id, {{QStringLiteral("kind"), QStringLiteral("visit")}, {QStringLiteral("subject"), QStringLiteral("Site visit")}}));
    QVERIFY(store.logActivity(id, {{QStringLiteral("kind"), QStringLiteral("task")}, {QStringLiteral("subject"), QStringLiteral("Send samples")},
                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                   {QStringLiteral("starts_at"), QStringLiteral("2020-01-01T00:00:00Z")}}));
    QVERIFY(!store.logActivity(id, {{QStringLiteral("kind"), QStringLiteral("stage")}, {QStringLiteral("subject"), QStringLiteral("x")}}));
    auto s = store.summary(id);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().openPipeline, MoneySums(QStringLiteral("CNY"), 100000));
    QCOMPARE(s.value().openOpportunities, 1);
    QCOMPARE(s.value().overdueActivities, 1);
    QVERIFY(!s.value().lastContactAt.isEmpty());
    QCOMPARE(s.value().pendingChanges, 1);
}

void TestStores::moveStageRecordsTimelineAndProbability()
{
    const qint64 c = customer(QStringLiteral("Tailspin Toys"));
    PipelineStore pipeline(*m_db);
    auto id = pipeline.create({{QStringLiteral("customer_id"), c}, {QStringLiteral("title"), QStringLiteral("Robots")}});
    QVERIFY(id);
    QVERIFY(pipeline.moveStage(id.value(), QStringLiteral("proposal"), QString(), QStringLiteral("li.wei")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT stage || ':' || probability FROM opportunities WHERE id = ?"), {id.value()}).value().toString(),
             QStringLiteral("proposal:50"));
    QCOMPARE(lastPayload().value(QStringLiteral("stage")).toString(), QStringLiteral("proposal"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'stage' AND opportunity_id = ?"), {id.value()}).value().toInt(), 1);
    // The derived timeline entry is not sent anywhere on its own.
    QCOMPARE(outboxCount(QStringLiteral("entity = 'activity'")), 0);
    QVERIFY(!pipeline.moveStage(id.value(), QStringLiteral("nowhere")));
}

void TestStores::lostNeedsReason()
{
    const qint64 c = customer(QStringLiteral("Litware"));
    PipelineStore pipeline(*m_db);
    auto id = pipeline.create({{QStringLiteral("customer_id"), c}, {QStringLiteral("title"), QStringLiteral("Deal")}});
    QVERIFY(!pipeline.moveStage(id.value(), QStringLiteral("lost")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id.value()}).value().toString(), QStringLiteral("lead"));
    QVERIFY(pipeline.moveStage(id.value(), QStringLiteral("lost"), QStringLiteral("Price too high")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = ?"), {id.value()}).value().toString(),
             QStringLiteral("Price too high"));
}

void TestStores::pipelineTotalsPerStage()
{
    const qint64 c = customer(QStringLiteral("Adventure Works"));
    PipelineStore pipeline(*m_db);
    QVERIFY(pipeline.create({{QStringLiteral("customer_id"), c}, {QStringLiteral("title"), QStringLiteral("A")},
                             {QStringLiteral("amount_cents"), 1000}, {QStringLiteral("stage"), QStringLiteral("proposal")}}));
    QVERIFY(pipeline.create({{QStringLiteral("customer_id"), c}, {QStringLiteral("title"), QStringLiteral("B")},
                             {QStringLiteral("amount_cents"), 3000}, {QStringLiteral("stage"), QStringLiteral("proposal")}}));
    auto t = pipeline.totals();
    QVERIFY(t);
    QCOMPARE(t.value().size(), 6);
    QCOMPARE(t.value().at(2).stage, QStringLiteral("proposal"));
    QCOMPARE(t.value().at(2).count, 2);
    QCOMPARE(t.value().at(2).amount, MoneySums(QStringLiteral("CNY"), 4000));
    QCOMPARE(t.value().at(2).weighted, MoneySums(QStringLiteral("CNY"), 2000));
    QCOMPARE(t.value().at(0).count, 0);
}

void TestStores::quoteTotals_data()
{
    QTest::addColumn<double>("qty");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<double>("discount");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("margin");
    QTest::newRow("plain") << 2.0 << qint64(10000) << 0.0 << qint64(6000) << qint64(20000) << 40.0;
    QTest::newRow("10% off") << 3.0 << qint64(1000) << 10.0 << qint64(450) << qint64(2700) << 50.0;
    QTest::newRow("cost unknown") << 1.0 << qint64(999) << 0.0 << qint64(-1) << qint64(999) << -1.0;
}

void TestStores::quoteTotals()
{
    QFETCH(double, qty);
    QFETCH(qint64, price);
    QFETCH(double, discount);
    QFETCH(qint64, cost);
    QFETCH(qint64, total);
    QFETCH(double, margin);
    QuoteLine l;
    l.quantity = qty;
    l.unitPriceCents = price;
    l.discountPct = discount;
    l.unitCostCents = cost;
    const QuoteTotals t = QuoteStore::computeTotals({l});
    QCOMPARE(t.totalCents, total);
    QCOMPARE(t.subtotalCents - t.discountCents, total);
    QCOMPARE(qRound(t.marginPct() * 100), qRound(margin * 100));
}

void TestStores::quoteLifecycleToOrder()
{
    const qint64 c = customer(QStringLiteral("深圳宏达电子有限公司"));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO products (code, name, list_price_cents, cost_cents) VALUES ('SV-400', '伺服电机', 250000, 150000)")));
    const qint64 product = m_db->scalar(QStringLiteral("SELECT id FROM products")).value().toLongLong();
    QuoteStore quotes(*m_db);
    auto q = quotes.createDraft(c, 0, QStringLiteral("wang.fang"));
    QVERIFY2(q, qPrintable(q.error()));
    QVERIFY(!quotes.submitForApproval(q.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"))); // no lines
    QuoteLine l;
    l.productId = product;
    l.description = QStringLiteral("伺服电机 400W");
    l.quantity = 4;
    l.unitPriceCents = 250000;
    l.discountPct = 10;
    QVERIFY(quotes.saveLines(q.value(), {l}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT total_cents FROM quotes WHERE id = ?"), {q.value()}).value().toLongLong(), 900000);
    auto approval = quotes.submitForApproval(q.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    QVERIFY2(approval, qPrintable(approval.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {q.value()}).value().toString(), QStringLiteral("pending_approval"));
    // Margin against cost: (900000 - 600000) / 900000.
    QCOMPARE(qRound(m_db->scalar(QStringLiteral("SELECT margin_pct FROM approvals WHERE id = ?"), {approval.value()}).value().toDouble()), 33);
    QVERIFY(!quotes.saveLines(q.value(), {l})); // locked while pending
    QVERIFY(!quotes.requestOrder(q.value(), QStringLiteral("office")));
    ApprovalStore approvals(*m_db);
    QVERIFY(approvals.decide(approval.value(), true, QStringLiteral("OK for a key account"), QStringLiteral("zhao.min")));
    QVERIFY(!approvals.decide(approval.value(), true, QString(), QStringLiteral("zhao.min"))); // decided once
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {q.value()}).value().toString(), QStringLiteral("approved"));
    const QString steps = m_db->scalar(QStringLiteral("SELECT steps FROM approvals WHERE id = ?"), {approval.value()}).value().toString();
    QCOMPARE(QJsonDocument::fromJson(steps.toUtf8()).array().size(), 2);
    auto order = quotes.requestOrder(q.value(), QStringLiteral("office"));
    QVERIFY2(order, qPrintable(order.error()));
    // The handoff is a command for the ERP with its own key; the order comes back from the ERP.
    QCOMPARE(outboxCount(QStringLiteral("entity = 'quote' AND op = 'action' AND json_extract(payload, '$.command') = 'confirm'")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM orders")).value().toInt(), 0);
    QVERIFY(quotes.orderRequested(q.value()).value());
    QVERIFY(quotes.header(q.value()).value()->orderRequested);
    QVERIFY(!quotes.requestOrder(q.value(), QStringLiteral("office"))); // once
    QCOMPARE(outboxCount(QStringLiteral("entity = 'quote' AND op = 'action'")), 1);
}

void TestStores::aQuoteOnlySentIsNotAnOrder()
{
    const qint64 c = customer(QStringLiteral("Contoso Pumps"));
    QuoteStore quotes(*m_db);
    auto q = quotes.createDraft(c, 0, QStringLiteral("wang.fang"));
    QVERIFY2(q, qPrintable(q.error()));
    // Sent to the customer (the ERP's "quotation") without an approval: not offered, refused.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE quotes SET state = 'sent' WHERE id = ?"), {q.value()}));
    QVERIFY(!quotes.header(q.value()).value()->orderable);
    auto refused = quotes.requestOrder(q.value(), QStringLiteral("office"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("never approved")), qPrintable(refused.error()));
    // Approved first, then sent: it is.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO approvals (kind, subject_entity, subject_id, customer_id, title, state, submitted_at) "
                                      "VALUES ('quote', 'quote', ?, ?, 'ok', 'approved', '2026-12-01T00:00:00Z')"),
                       {q.value(), c}));
    QVERIFY(quotes.header(q.value()).value()->orderable);
    auto order = quotes.requestOrder(q.value(), QStringLiteral("office"));
    QVERIFY2(order, qPrintable(order.error()));
}

void TestStores::rejectNeedsCommentAndReopensQuote()
{
    const qint64 c = customer(QStringLiteral("Wingtip"));
    QuoteStore quotes(*m_db);
    auto q = quotes.createDraft(c, 0, QStringLiteral("li.wei"));
    QuoteLine l;
    l.description = QStringLiteral("Service");
    l.unitPriceCents = 5000;
    QVERIFY(quotes.saveLines(q.value(), {l}));
    auto a = quotes.submitForApproval(q.value(), QStringLiteral("li.wei"), QStringLiteral("zhao.min"));
    QVERIFY(a);
    ApprovalStore approvals(*m_db);
    QVERIFY(!approvals.decide(a.value(), false, QStringLiteral("  "), QStringLiteral("zhao.min")));
    QVERIFY(approvals.decide(a.value(), false, QStringLiteral("Discount too deep"), QStringLiteral("zhao.min")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {q.value()}).value().toString(), QStringLiteral("rejected"));
    l.discountPct = 5;
    QVERIFY(quotes.saveLines(q.value(), {l})); // editable again, back to draft
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {q.value()}).value().toString(), QStringLiteral("draft"));
}

void TestStores::ticketsAndComments()
{
    const qint64 c = customer(QStringLiteral("Proseware"));
    ServiceStore service(*m_db);
    QVERIFY(!service.createTicket({{QStringLiteral("customer_id"), c}}, QStringLiteral("li.wei")));
    auto t = service.createTicket({{QStringLiteral("customer_id"), c}, {QStringLiteral("subject"), QStringLiteral("Motor overheats")},
                                   {QStringLiteral("priority"), 4}}, QStringLiteral("li.wei"));
    QVERIFY2(t, qPrintable(t.error()));
    QVERIFY(service.addComment(t.value(), QStringLiteral("Customer sent photos"), QStringLiteral("li.wei")));
    QVERIFY(!service.addComment(t.value(), QStringLiteral(" "), QStringLiteral("li.wei")));
    QVERIFY(service.setStatus(t.value(), QStringLiteral("resolved"), QStringLiteral("li.wei")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {t.value()}).value().toInt(), 3);
    QVERIFY(!m_db->scalar(QStringLiteral("SELECT resolved_at FROM tickets WHERE id = ?"), {t.value()}).value().isNull());
    QCOMPARE(outboxCount(QStringLiteral("entity = 'ticket_event'")), 3);
}

void TestStores::availabilityPerWarehouse()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO products (id, code, name) VALUES (1, 'P1', 'Sensor')")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO warehouses (id, code, name) VALUES (1, 'SH', '上海仓'), (2, 'SZ', '深圳仓')")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, on_hand, forecast) VALUES (1, 1, 120, 150), (1, 2, 10, 80)")));
    InventoryStore inventory(*m_db);
    auto a = inventory.availability(1, 100);
    QVERIFY(a);
    QCOMPARE(a.value().size(), 2);
    QVERIFY(a.value().at(0).enoughNow);
    QVERIFY(!a.value().at(1).enoughNow);
    QVERIFY(!a.value().at(1).enoughForecast);
    auto none = inventory.availability(1, 1000);
    QVERIFY(!none.value().at(0).enoughNow && !none.value().at(0).enoughForecast);
}

void TestStores::editAfterRefusalRequeues()
{
    const qint64 id = customer(QStringLiteral("Refused Co"));
    // What the sync engine records when the server refuses a change.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = 3, last_error = 'bad phone' "
                                      "WHERE entity = 'customer' AND record_id = ?"), {id}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET sync_error = 'bad phone' WHERE id = ?"), {id}));
    CustomerStore store(*m_db);
    QVERIFY(store.update(id, {{QStringLiteral("notes"), QStringLiteral("fixed")}}));
    QCOMPARE(outboxCount(QStringLiteral("state = 'failed'")), 0);
    QCOMPARE(outboxCount(QStringLiteral("state = 'pending' AND attempts = 0")), 2);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT sync_error FROM customers WHERE id = ?"), {id}).value().isNull());
}

void TestStores::idsAreNeverReused()
{
    // A deleted record's outbox history must never attach to a new record with the same id.
    const qint64 first = customer(QStringLiteral("Gone Soon"));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM customers WHERE id = ?"), {first})); // what a synced delete does
    const qint64 second = customer(QStringLiteral("Newcomer"));
    QVERIFY(second > first);
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
