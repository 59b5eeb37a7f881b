// The contract handoff against a real trytond 6.0: an approved quote becomes an ERP order with
// the customer's PO, the requested date, the ship-to and invoice addresses and payment terms,
// and those come back on the order.
#include "TrytonServer.h"

#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/OrderHandoff.h"
#include "models/store/PipelineStore.h"
#include "models/store/QuoteStore.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestTrytonHandoff : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void orderCarriesPoDateAddressesAndTerms();
    void unknownPaymentTermsAreRefusedWithTheErpsList();
    void quoteInDollarsIsADollarSale();
    void opportunityDescriptionTravelsAsItsComment();

private:
    SyncSummary sync();
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    QJsonObject sale(int id, const QStringList &fields);
    // An approved quote of the seeded customer 6 (in the ERP as a draft sale).
    qint64 approvedQuote();

    std::unique_ptr<TrytonServer> m_server;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
};

void TestTrytonHandoff::initTestCase()
{
    QString error;
    QVERIFY2(!TrytonServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
}

void TestTrytonHandoff::init()
{
    m_server = std::make_unique<TrytonServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) "
                                      "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                       {m_server->url().toString()}));
    const SyncSummary s = sync();
    QVERIFY(s.ok());
    m_customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '6'")).toLongLong();
    QVERIFY(m_customer > 0);
}

void TestTrytonHandoff::cleanup()
{
    m_db.reset();
    m_server.reset();
}

SyncSummary TestTrytonHandoff::sync()
{
    QNetworkAccessManager nam;
    TrytonConnector connector(&nam, m_server->config());
    SyncEngine engine(*m_db);
    engine.addConnector(&connector, 1);
    return testing::runCycle(engine, 120000, testing::OnTimeout::Report);
}

QVariant TestTrytonHandoff::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

QJsonObject TestTrytonHandoff::sale(int id, const QStringList &fields)
{
    QJsonArray names;
    for (const QString &f : fields)
        names.append(f);
    QString error;
    const QJsonValue v = m_server->call(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{QJsonValue(id)}, names}, {}, &error);
    if (!error.isEmpty())
        qWarning("sale.read: %s", qPrintable(error));
    return v.toArray().at(0).toObject();
}

qint64 TestTrytonHandoff::approvedQuote()
{
    const qint64 pump = local(QStringLiteral("SELECT id FROM products WHERE code = 'PMP-100'")).toLongLong();
    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    if (!quote || pump <= 0)
        return 0;
    QuoteLine a;
    a.productId = pump;
    a.description = QStringLiteral("离心泵 CP-100");
    a.quantity = 2;
    a.unitPriceCents = 1280000;
    if (!quotes.saveLines(quote.value(), {a}))
        return 0;
    if (!sync().ok())
        return 0;
    // Approved here (the approval flow is the OA's; tst_oaflow covers it).
    if (!ChangeWriter(*m_db).update(entities::quote(), quote.value(), {{QStringLiteral("state"), QStringLiteral("approved")}}))
        return 0;
    return quote.value();
}

void TestTrytonHandoff::orderCarriesPoDateAddressesAndTerms()
{
    const qint64 quote = approvedQuote();
    QVERIFY(quote > 0);
    const int saleId = local(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote}).toInt();
    QVERIFY(saleId > 0);
    const qint64 invoiceTo = local(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? AND remote_id IS NOT NULL "
                                                  "ORDER BY id LIMIT 1"),
                                   {m_customer})
                                 .toLongLong();
    QVERIFY(invoiceTo > 0);
    // A new site the goods go to, typed offline just before the handoff: the order waits for it
    // within the same cycle (the address goes first) and points at it in the ERP.
    auto site = ChangeWriter(*m_db).create(entities::address(), {{QStringLiteral("customer_id"), m_customer},
                                                                 {QStringLiteral("kind"), QStringLiteral("shipping")},
                                                                 {QStringLiteral("street"), QStringLiteral("张江路 88 号 3 号门")},
                                                                 {QStringLiteral("city"), QStringLiteral("上海")},
                                                                 {QStringLiteral("country"), QStringLiteral("CN")}});
    QVERIFY2(site, qPrintable(site.error()));

    OrderHandoffStore handoff(*m_db);
    auto choices = handoff.choices(quote);
    QVERIFY2(choices, qPrintable(choices.error()));
    QVERIFY(choices.value().paymentTerms.isEmpty() || !choices.value().paymentTerms.contains(QString()));
    OrderHandoff h;
    h.customerPo = QStringLiteral("PO-2026-0118");
    h.requestedDate = QDate::currentDate().addDays(10);
    h.shipToAddressId = site.value();
    h.invoiceAddressId = invoiceTo;
    h.paymentTerms = QStringLiteral("30 days");
    auto entry = handoff.requestOrder(quote, QStringLiteral("office.li"), h);
    QVERIFY2(entry, qPrintable(entry.error()));

    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {entry.value()}).toString(), QStringLiteral("done"));
    const int siteRemote = local(QStringLiteral("SELECT remote_id FROM addresses WHERE id = ?"), {site.value()}).toInt();
    const int invoiceRemote = local(QStringLiteral("SELECT remote_id FROM addresses WHERE id = ?"), {invoiceTo}).toInt();
    QVERIFY(siteRemote > 0);

    // In the ERP: the order with the terms the office gave.
    const QJsonObject o = sale(saleId, {QStringLiteral("state"), QStringLiteral("reference"), QStringLiteral("shipping_date"),
                                        QStringLiteral("shipment_address"), QStringLiteral("invoice_address"),
                                        QStringLiteral("payment_term")});
    QVERIFY2(o.value(QStringLiteral("state")) == QLatin1String("processing") || o.value(QStringLiteral("state")) == QLatin1String("confirmed"),
             qPrintable(o.value(QStringLiteral("state")).toString()));
    QCOMPARE(o.value(QStringLiteral("reference")).toString(), QStringLiteral("PO-2026-0118"));
    QCOMPARE(o.value(QStringLiteral("shipment_address")).toInt(), siteRemote);
    QCOMPARE(o.value(QStringLiteral("invoice_address")).toInt(), invoiceRemote);
    const QJsonObject date = o.value(QStringLiteral("shipping_date")).toObject();
    QCOMPARE(QDate(date.value(QStringLiteral("year")).toInt(), date.value(QStringLiteral("month")).toInt(),
                   date.value(QStringLiteral("day")).toInt()),
             h.requestedDate);
    QString error;
    const QJsonArray term = m_server->call(QStringLiteral("model.account.invoice.payment_term.read"),
                                           QJsonArray{QJsonArray{QJsonValue(o.value(QStringLiteral("payment_term")))}, QJsonArray{QJsonValue(QStringLiteral("name"))}},
                                           {}, &error).toArray();
    QCOMPARE(term.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("30 days"));

    // Back in the cache: the order with its PO (found by search everywhere), date, addresses, terms.
    const qint64 order = local(QStringLiteral("SELECT id FROM orders WHERE remote_id = ?"), {QString::number(saleId)}).toLongLong();
    QVERIFY(order > 0);
    QCOMPARE(local(QStringLiteral("SELECT customer_po FROM orders WHERE id = ?"), {order}).toString(), QStringLiteral("PO-2026-0118"));
    QCOMPARE(local(QStringLiteral("SELECT requested_date FROM orders WHERE id = ?"), {order}).toString(),
             h.requestedDate.toString(Qt::ISODate));
    QCOMPARE(local(QStringLiteral("SELECT ship_to_address_id FROM orders WHERE id = ?"), {order}).toLongLong(), site.value());
    QCOMPARE(local(QStringLiteral("SELECT invoice_address_id FROM orders WHERE id = ?"), {order}).toLongLong(), invoiceTo);
    QCOMPARE(local(QStringLiteral("SELECT payment_terms FROM orders WHERE id = ?"), {order}).toString(), QStringLiteral("30 days"));
    QCOMPARE(local(QStringLiteral("SELECT quote_id FROM orders WHERE id = ?"), {order}).toLongLong(), quote);
    // The quote shows its order's number.
    auto header = QuoteStore(*m_db).header(quote);
    QVERIFY(header && header.value());
    QCOMPARE(header.value()->orderId, order);
    QVERIFY(!header.value()->orderNumber.isEmpty());
    // The next handoff of this customer proposes the terms its last order used.
    auto again = handoff.choices(quote);
    QVERIFY(again);
    QCOMPARE(again.value().proposed.paymentTerms, QStringLiteral("30 days"));
}

void TestTrytonHandoff::unknownPaymentTermsAreRefusedWithTheErpsList()
{
    const qint64 quote = approvedQuote();
    QVERIFY(quote > 0);
    const int saleId = local(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote}).toInt();
    const qint64 address = local(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? AND remote_id IS NOT NULL LIMIT 1"),
                                 {m_customer})
                               .toLongLong();
    QVERIFY(address > 0);
    OrderHandoff h;
    h.requestedDate = QDate::currentDate();
    h.shipToAddressId = address;
    h.invoiceAddressId = address;
    h.paymentTerms = QStringLiteral("Net 45");
    auto entry = OrderHandoffStore(*m_db).requestOrder(quote, QStringLiteral("office.li"), h);
    QVERIFY2(entry, qPrintable(entry.error()));
    const SyncSummary s = sync();
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {entry.value()}).toString(), QStringLiteral("failed"));
    const QString why = local(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {entry.value()}).toString();
    QVERIFY2(why.contains(QLatin1String("Net 45")) && why.contains(QLatin1String("30 days")), qPrintable(why));
    // Nothing was confirmed, nothing written on the sale.
    const QJsonObject o = sale(saleId, {QStringLiteral("state"), QStringLiteral("reference")});
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QVERIFY(o.value(QStringLiteral("reference")).toString().startsWith(QLatin1String("SB-")));
}

void TestTrytonHandoff::quoteInDollarsIsADollarSale()
{
    // A quote in the customer's currency, or changed before sending, is a sale in that currency:
    // never the company's currency with the same figures.
    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    QVERIFY2(quote, qPrintable(quote.error()));
    QVERIFY(quotes.setCurrency(quote.value(), QStringLiteral("USD")));
    QuoteLine l;
    l.description = QStringLiteral("Commissioning, 2 days");
    l.unitPriceCents = 70423;
    QVERIFY(quotes.saveLines(quote.value(), {l}));
    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    const int saleId = local(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote.value()}).toInt();
    QVERIFY(saleId > 0);
    const QJsonObject o = sale(saleId, {QStringLiteral("currency"), QStringLiteral("total_amount")});
    QString error;
    const QJsonArray currency = m_server->call(QStringLiteral("model.currency.currency.read"),
                                               QJsonArray{QJsonArray{QJsonValue(o.value(QStringLiteral("currency")))}, QJsonArray{QJsonValue(QStringLiteral("code"))}},
                                               {}, &error).toArray();
    QCOMPARE(currency.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("USD"));
    QCOMPARE(local(QStringLiteral("SELECT currency FROM quotes WHERE id = ?"), {quote.value()}).toString(), QStringLiteral("USD"));

    // A currency the ERP does not have is refused with the reason, not sent as yuan.
    auto other = quotes.createDraft(m_customer, 0, QStringLiteral("wang.fang"));
    QVERIFY(other);
    QVERIFY(quotes.setCurrency(other.value(), QStringLiteral("JPY")));
    s = sync();
    QCOMPARE(s.pushFailed, 1);
    const QString why = local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'quote' AND record_id = ? AND state = 'failed'"),
                              {other.value()}).toString();
    QVERIFY2(why.contains(QLatin1String("JPY")), qPrintable(why));
}

void TestTrytonHandoff::opportunityDescriptionTravelsAsItsComment()
{
    // The record's description is Tryton's comment (Tryton's description is the deal's title).
    PipelineStore pipeline(*m_db);
    auto deal = pipeline.create({{QStringLiteral("customer_id"), m_customer},
                                 {QStringLiteral("title"), QStringLiteral("三号线改造")},
                                 {QStringLiteral("amount_cents"), 4800000},
                                 {QStringLiteral("description"), QStringLiteral("客户要求六月前到货；决策人：李工")}});
    QVERIFY2(deal, qPrintable(deal.error()));
    QVERIFY(sync().ok());
    const int remote = local(QStringLiteral("SELECT remote_id FROM opportunities WHERE id = ?"), {deal.value()}).toInt();
    QVERIFY(remote > 0);
    QString error;
    auto read = [&] {
        return m_server->call(QStringLiteral("model.sale.opportunity.read"),
                              QJsonArray{QJsonArray{QJsonValue(remote)}, QJsonArray{QStringLiteral("description"), QStringLiteral("comment")}}, {}, &error)
            .toArray().at(0).toObject();
    };
    QCOMPARE(read().value(QStringLiteral("description")).toString(), QStringLiteral("三号线改造"));
    QCOMPARE(read().value(QStringLiteral("comment")).toString(), QStringLiteral("客户要求六月前到货；决策人：李工"));
    // Edited in Tryton: it comes back.
    m_server->call(QStringLiteral("model.sale.opportunity.write"),
                   QJsonArray{QJsonArray{QJsonValue(remote)}, QJsonObject{{QStringLiteral("comment"), QStringLiteral("预算已批")}}}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sync().ok());
    QCOMPARE(local(QStringLiteral("SELECT description FROM opportunities WHERE id = ?"), {deal.value()}).toString(),
             QStringLiteral("预算已批"));
}

QTEST_GUILESS_MAIN(TestTrytonHandoff)
#include "tst_trytonhandoff.moc"
