// The contract handoff's store (what the order needs, its refusals, the one command with its
// terms) and deleting a quote.
#include "models/store/ApprovalFacts.h"
#include "models/store/ChangeWriter.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/OrderHandoff.h"
#include "models/store/OrderStore.h"
#include "models/store/Outbox.h"
#include "models/store/QuoteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestHandoff : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void choicesPutDeliveryAndInvoiceAddressesFirst();
    void refusalsNameTheirField();
    void oneCommandCarriesTheTerms();
    void onlyApprovedQuotesAreHandedOff();
    void draftQuoteIsDeletedThroughTheOutbox();
    void orderShowsTheTermsItCameWith();
    void quoteWithItsApproverIsNotDeleted();

private:
    QVariant value(const QString &sql, const QVariantList &bindings = {}) const;
    qint64 address(const QString &kind, const QString &street, bool isDefault = false);
    qint64 approvedQuote();

    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
};

void TestHandoff::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto c = CustomerStore(*m_db).create({{QStringLiteral("name"), QStringLiteral("苏州华东精密机械有限公司")}});
    QVERIFY2(c, qPrintable(c.error()));
    m_customer = c.value();
}

void TestHandoff::cleanup()
{
    m_db.reset();
}

QVariant TestHandoff::value(const QString &sql, const QVariantList &bindings) const
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

qint64 TestHandoff::address(const QString &kind, const QString &street, bool isDefault)
{
    auto id = ChangeWriter(*m_db).create(entities::address(), {{QStringLiteral("customer_id"), m_customer},
                                                               {QStringLiteral("kind"), kind},
                                                               {QStringLiteral("street"), street},
                                                               {QStringLiteral("city"), QStringLiteral("苏州")},
                                                               {QStringLiteral("is_default"), isDefault ? 1 : 0}});
    return id ? id.value() : 0;
}

qint64 TestHandoff::approvedQuote()
{
    QuoteStore quotes(*m_db);
    auto q = quotes.createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    if (!q)
        return 0;
    QuoteLine l;
    l.description = QStringLiteral("伺服电机 400W");
    l.quantity = 2;
    l.unitPriceCents = 250000;
    if (!quotes.saveLines(q.value(), {l}))
        return 0;
    auto approval = quotes.submitForApproval(q.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    if (!approval || !ApprovalStore(*m_db).decide(approval.value(), true, QString(), QStringLiteral("zhao.min")))
        return 0;
    return q.value();
}

void TestHandoff::choicesPutDeliveryAndInvoiceAddressesFirst()
{
    const qint64 office = address(QStringLiteral("office"), QStringLiteral("金鸡湖大道 1 号"));
    const qint64 billing = address(QStringLiteral("billing"), QStringLiteral("财务部 星湖街 2 号"));
    const qint64 site = address(QStringLiteral("shipping"), QStringLiteral("工厂 3 号门"));
    const qint64 mainSite = address(QStringLiteral("shipping"), QStringLiteral("总装车间"), true);
    QVERIFY(office && billing && site && mainSite);
    // Terms used before: this customer's latest first.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO orders (number, customer_id, state, order_date, payment_terms) VALUES "
                                      "('SO1', ?, 'done', '2026-01-05', '60 days'), ('SO2', ?, 'done', '2026-03-01', '30 days')"),
                       {m_customer, m_customer}));
    const qint64 quote = approvedQuote();
    QVERIFY(quote > 0);
    auto c = OrderHandoffStore(*m_db).choices(quote);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c.value().addresses.size(), 4);
    QCOMPARE(c.value().proposed.shipToAddressId, mainSite); // the default delivery address
    QCOMPARE(c.value().proposed.invoiceAddressId, billing);
    QCOMPARE(c.value().proposed.paymentTerms, QStringLiteral("30 days"));
    QCOMPARE(c.value().paymentTerms, (QStringList{QStringLiteral("30 days"), QStringLiteral("60 days")}));
    QVERIFY(c.value().proposed.requestedDate > QDate::currentDate());
    QCOMPARE(c.value().totalCents, qint64(500000));
    QVERIFY2(c.value().linesSummary.contains(QStringLiteral("伺服电机")), qPrintable(c.value().linesSummary));
    for (const HandoffAddress &a : c.value().addresses)
        QVERIFY(!a.synced); // typed here, not in the ERP yet
}

void TestHandoff::refusalsNameTheirField()
{
    OrderHandoffStore store(*m_db);
    const QDate today(2026, 12, 6);
    OrderHandoff h;
    h.requestedDate = today.addDays(-1);
    auto r = store.refusals(m_customer, h, today);
    QStringList fields;
    for (const auto &p : r)
        fields << p.first;
    QCOMPARE(fields, (QStringList{QStringLiteral("ship_to"), QStringLiteral("invoice_to"), QStringLiteral("requested_date")}));
    QVERIFY(r.at(2).second.contains(QLatin1String("past")));

    // Another customer's address is not this one's.
    auto other = CustomerStore(*m_db).create({{QStringLiteral("name"), QStringLiteral("Contoso")}});
    QVERIFY(other);
    auto foreign = ChangeWriter(*m_db).create(entities::address(), {{QStringLiteral("customer_id"), other.value()},
                                                                    {QStringLiteral("street"), QStringLiteral("1 Main St")}});
    QVERIFY(foreign);
    h.shipToAddressId = foreign.value();
    h.invoiceAddressId = address(QStringLiteral("billing"), QStringLiteral("财务部"));
    h.requestedDate = today.addYears(3);
    h.customerPo = QString(61, QLatin1Char('9'));
    r = store.refusals(m_customer, h, today);
    fields.clear();
    for (const auto &p : r)
        fields << p.first;
    QCOMPARE(fields, (QStringList{QStringLiteral("ship_to"), QStringLiteral("requested_date"), QStringLiteral("customer_po")}));
    QVERIFY(r.at(1).second.contains(QLatin1String("two years")));

    h.shipToAddressId = h.invoiceAddressId;
    h.requestedDate = today;
    h.customerPo = QStringLiteral("PO-7");
    QVERIFY(store.refusals(m_customer, h, today).isEmpty());
}

void TestHandoff::oneCommandCarriesTheTerms()
{
    const qint64 site = address(QStringLiteral("shipping"), QStringLiteral("工厂 3 号门"));
    const qint64 billing = address(QStringLiteral("billing"), QStringLiteral("财务部"));
    const qint64 quote = approvedQuote();
    QVERIFY(quote > 0);
    OrderHandoff h;
    h.customerPo = QStringLiteral("  PO-2026-0118 ");
    h.requestedDate = QDate::currentDate().addDays(10);
    h.shipToAddressId = site;
    h.invoiceAddressId = billing;
    h.paymentTerms = QStringLiteral("30 days");
    OrderHandoffStore store(*m_db);
    // A refused field queues nothing.
    OrderHandoff missing = h;
    missing.shipToAddressId = 0;
    QVERIFY(!store.requestOrder(quote, QStringLiteral("office.li"), missing));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND op = 'action'")).toInt(), 0);

    auto entry = store.requestOrder(quote, QStringLiteral("office.li"), h);
    QVERIFY2(entry, qPrintable(entry.error()));
    const QJsonObject payload = QJsonDocument::fromJson(
        value(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"), {entry.value()}).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("command")).toString(), QStringLiteral("confirm"));
    const QJsonObject args = payload.value(QStringLiteral("args")).toObject();
    QCOMPARE(args.value(QStringLiteral("customer_po")).toString(), QStringLiteral("PO-2026-0118"));
    QCOMPARE(args.value(QStringLiteral("requested_date")).toString(), h.requestedDate.toString(Qt::ISODate));
    QCOMPARE(args.value(QStringLiteral("payment_terms")).toString(), QStringLiteral("30 days"));
    QCOMPARE(args.value(QStringLiteral("actor")).toString(), QStringLiteral("office.li"));
    // Addresses travel as references the sync engine turns into the ERP's ids.
    const QJsonObject ship = args.value(QStringLiteral("ship_to_address")).toObject();
    QCOMPARE(ship.value(QStringLiteral("ref")).toString(), QStringLiteral("address"));
    QCOMPARE(ship.value(QStringLiteral("id")).toInteger(), site);
    QCOMPARE(args.value(QStringLiteral("invoice_address")).toObject().value(QStringLiteral("id")).toInteger(), billing);
    // Once.
    auto again = store.requestOrder(quote, QStringLiteral("office.li"), h);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("already")), qPrintable(again.error()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND op = 'action'")).toInt(), 1);
}

void TestHandoff::onlyApprovedQuotesAreHandedOff()
{
    const qint64 a = address(QStringLiteral("shipping"), QStringLiteral("工厂 3 号门"));
    auto draft = QuoteStore(*m_db).createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    QVERIFY(draft);
    OrderHandoff h;
    h.requestedDate = QDate::currentDate();
    h.shipToAddressId = h.invoiceAddressId = a;
    auto r = OrderHandoffStore(*m_db).requestOrder(draft.value(), QStringLiteral("office.li"), h);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("approved")), qPrintable(r.error()));
}

void TestHandoff::draftQuoteIsDeletedThroughTheOutbox()
{
    // A draft quote as the ERP gave it: clean, with its base snapshot.
    auto inserted = m_db->exec(QStringLiteral("INSERT INTO quotes (number, customer_id, state, remote_system, remote_id, "
                                              "remote_version, base_snapshot) VALUES ('Q-41', ?, 'draft', 'erp', '41', 'v1', "
                                              "'{\"number\":\"Q-41\",\"state\":\"draft\"}')"),
                               {m_customer});
    QVERIFY2(inserted, qPrintable(inserted.error()));
    struct { qint64 id; qint64 value() const { return id; } } q{inserted.value().lastInsertId().toLongLong()};
    QuoteStore quotes(*m_db);
    QVERIFY(quotes.remove(q.value()));
    // Gone from the lists (a deletion waiting to be sent), one delete in the outbox...
    QVERIFY(!quotes.header(q.value()).value());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND record_id = ? AND op = 'delete'"),
                   {q.value()}).toInt(),
             1);
    QVERIFY(!quotes.remove(q.value())); // once
    // ...and undone from Pending changes while unsent.
    const qint64 entry = value(QStringLiteral("SELECT id FROM outbox WHERE entity = 'quote' AND record_id = ? AND op = 'delete'"),
                               {q.value()}).toLongLong();
    QVERIFY(Outbox(*m_db).discard(entry));
    QVERIFY(quotes.header(q.value()).value());
}

void TestHandoff::orderShowsTheTermsItCameWith()
{
    auto site = ChangeWriter(*m_db).create(entities::address(), {{QStringLiteral("customer_id"), m_customer},
                                                                 {QStringLiteral("kind"), QStringLiteral("shipping")},
                                                                 {QStringLiteral("street"), QStringLiteral("星湖街 2 号")},
                                                                 {QStringLiteral("city"), QStringLiteral("苏州")},
                                                                 {QStringLiteral("postal_code"), QStringLiteral("215000")},
                                                                 {QStringLiteral("country"), QStringLiteral("CN")}});
    QVERIFY(site);
    auto order = m_db->exec(QStringLiteral("INSERT INTO orders (number, customer_id, state, customer_po, payment_terms, "
                                           "ship_to_address_id) VALUES ('SO-9', ?, 'processing', 'PO-77', '月结30天', ?)"),
                            {m_customer, site.value()});
    QVERIFY2(order, qPrintable(order.error()));
    auto t = OrderStore(*m_db).terms(order.value().lastInsertId().toLongLong());
    QVERIFY2(t, qPrintable(t.error()));
    QCOMPARE(t.value().customerPo, QStringLiteral("PO-77"));
    QCOMPARE(t.value().paymentTerms, QStringLiteral("月结30天"));
    QCOMPARE(t.value().shipTo, QStringLiteral("星湖街 2 号, 苏州 215000, CN"));
    QVERIFY(t.value().invoiceTo.isEmpty());
}

void TestHandoff::quoteWithItsApproverIsNotDeleted()
{
    const qint64 approved = approvedQuote();
    QVERIFY(approved > 0);
    QuoteStore quotes(*m_db);
    Status s = quotes.remove(approved);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("draft or rejected")), qPrintable(s.error()));
    auto q = quotes.createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    QuoteLine l;
    l.description = QStringLiteral("调试服务");
    l.unitPriceCents = 80000;
    QVERIFY(quotes.saveLines(q.value(), {l}));
    QVERIFY(quotes.submitForApproval(q.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min")));
    s = quotes.remove(q.value());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("withdraw")), qPrintable(s.error()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND op = 'delete'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
