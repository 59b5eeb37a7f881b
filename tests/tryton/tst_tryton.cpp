// The ERP connector against a real trytond 6.0 (Debian's packages), one fresh server per test:
// a copy of the seeded database (scripts/tryton.sh) on a free loopback port.
#include "DroppingProxy.h"
#include "TrytonServer.h"

#include "models/store/ChangeWriter.h"
#include "models/store/ConflictStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/QuoteStore.h"
#include "models/store/ServiceStore.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace sb;
using namespace sb::testing;

class TestTryton : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void initialSyncBringsTheSeededCompany();
    void firstSyncReadsAcrossGapsInTheIds();
    void firstSyncGivesTrytonOneRequestAtATime();
    void customerCreatedOfflineArrivesOnceWhenTheReplyIsLost();
    void contactCreatedOfflineArrivesOnceWhenTheReplyIsLost();
    void fieldEditedInTrytonIsPulled();
    void sameFieldEditedOnBothSidesIsAConflict();
    void quotePushedThenConfirmedShowsShipmentAndInvoice();
    void stockChangeIsVisible();
    void invalidPhoneIsShownAndDoesNotBlockOthers();
    void opportunityStageMovesGoThroughTheButtons();
    void wrongPasswordIsAClearErrorAndLosesNothing();
    void complaintsGoBothWays();

private:
    SyncSummary sync(const tryton::Config &config);
    SyncSummary sync() { return sync(m_server->config()); }
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    QJsonValue rpc(const QString &method, const QJsonArray &params, const QJsonObject &context = {});
    int remoteCount(const QString &model, const QJsonArray &domain);

    std::unique_ptr<TrytonServer> m_server;
    std::unique_ptr<Database> m_db;
};

void TestTryton::initTestCase()
{
    QString error;
    const QString tmpl = TrytonServer::ensureTemplate(&error);
    QVERIFY2(!tmpl.isEmpty(), qPrintable(error));
}

void TestTryton::init()
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
}

void TestTryton::cleanup()
{
    m_db.reset();
    m_server.reset();
}

SyncSummary TestTryton::sync(const tryton::Config &config)
{
    QNetworkAccessManager nam;
    TrytonConnector connector(&nam, config);
    SyncEngine engine(*m_db);
    engine.setPageSize(4); // small pages: every pull spans several of them
    engine.addConnector(&connector, 1);
    return testing::runCycle(engine, 120000, testing::OnTimeout::Report);
}

QVariant TestTryton::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

QJsonValue TestTryton::rpc(const QString &method, const QJsonArray &params, const QJsonObject &context)
{
    QString error;
    const QJsonValue v = m_server->call(method, params, context, &error);
    if (!error.isEmpty())
        qWarning("rpc %s: %s", qPrintable(method), qPrintable(error));
    return v;
}

int TestTryton::remoteCount(const QString &model, const QJsonArray &domain)
{
    return rpc(QStringLiteral("model.%1.search_count").arg(model), QJsonArray{QJsonValue(domain)}).toInt(-1);
}

static QString summaryText(const SyncSummary &s)
{
    return QStringLiteral("pushed %1 failed %2 retry %3 pulled %4 deleted %5 conflicts %6 errors: %7")
        .arg(s.pushed).arg(s.pushFailed).arg(s.retryLater).arg(s.pulled).arg(s.deleted).arg(s.conflicts)
        .arg(s.errors.join(QStringLiteral("; ")));
}

void TestTryton::initialSyncBringsTheSeededCompany()
{
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    // As many customers as active parties in Tryton, less the company's own and its employees'.
    QJsonArray internal;
    for (const char *model : {"company.company", "company.employee"})
        for (const QJsonValue &v : rpc(QStringLiteral("model.%1.search_read").arg(QLatin1String(model)),
                                       QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("party"))}})
                                       .toArray())
            internal.append(v.toObject().value(QStringLiteral("party")));
    QCOMPARE(internal.size(), 2);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers")).toInt(),
             remoteCount(QStringLiteral("party.party"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("not in"), internal})}));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id IN (?, ?)"),
                   {QString::number(internal.at(0).toInt()), QString::number(internal.at(1).toInt())}).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE remote_id = '3'")).toString(),
             QStringLiteral("苏州恒达精密机械有限公司"));
    // A person's phone, mobile and e-mail are one contact.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE name = '王丽' AND phone IS NOT NULL AND mobile IS NOT NULL "
                                  "AND email IS NOT NULL")).toInt(), 1);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM addresses WHERE country = 'CN'")).toInt() > 0);
    // Products with stock in the warehouse.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM products")).toInt(), remoteCount(QStringLiteral("product.product"), {}));
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM stock_levels WHERE on_hand > 0")).toInt() >= 6);
    // Every pipeline stage the seed has, with won and lost among them.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM opportunities")).toInt(),
             remoteCount(QStringLiteral("sale.opportunity"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("party"), QStringLiteral("!="), QJsonValue::Null})}));
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'won'")).toInt() >= 1);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'lost'")).toInt() >= 1);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'lead'")).toInt() >= 1);
    // The shipped and paid sale: order, shipment and paid invoice.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM orders WHERE shipment_state = 'sent' AND invoice_state = 'paid'")).toInt(), 1);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM shipments WHERE state = 'shipped' AND order_id IS NOT NULL")).toInt() >= 1);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM invoices WHERE state = 'paid' AND paid_at IS NOT NULL")).toInt() >= 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM quotes WHERE state = 'sent'")).toInt(), 1);
    // Nothing pending, no conflicts: a second cycle changes nothing.
    const SyncSummary again = sync();
    QVERIFY2(again.ok(), qPrintable(summaryText(again)));
    QCOMPARE(again.pulled, 0);
    QCOMPARE(again.deleted, 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestTryton::firstSyncReadsAcrossGapsInTheIds()
{
    // A first sync reads id ranges of a page each (4 here; 2 parties for contact channels).
    // Parties deleted in a run longer than several ranges leave ranges with nothing in them:
    // the read goes on past them to the parties and channels after the gap.
    QJsonArray parties;
    for (int i = 0; i < 14; ++i)
        parties.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("间隔客户 Gap customer %1").arg(i)},
                                   {QStringLiteral("contact_mechanisms"),
                                    QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                          QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                                                 {QStringLiteral("value"), QStringLiteral("gap%1@example.cn").arg(i)}})}})}}});
    const QJsonArray ids = rpc(QStringLiteral("model.party.party.create"), QJsonArray{QJsonValue(parties)}).toArray();
    QCOMPARE(ids.size(), 14);
    QJsonArray gone;
    for (int i = 1; i < 13; ++i)
        gone.append(ids.at(i));
    rpc(QStringLiteral("model.party.party.delete"), QJsonArray{QJsonValue(gone)});
    QCOMPARE(remoteCount(QStringLiteral("party.party"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("in"), gone})}), 0);

    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    for (const int i : {0, 13}) {
        const QString remote = QString::number(ids.at(i).toInt());
        QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE remote_id = ?"), {remote}).toString(),
                 QStringLiteral("间隔客户 Gap customer %1").arg(i));
        QCOMPARE(local(QStringLiteral("SELECT c.email FROM contacts c JOIN customers p ON p.id = c.customer_id WHERE p.remote_id = ?"), {remote})
                     .toString(),
                 QStringLiteral("gap%1@example.cn").arg(i));
    }
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '间隔客户%'")).toInt(), 2);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email LIKE 'gap%'")).toInt(), 2);
    // Nothing was left for a second cycle to find.
    const SyncSummary again = sync();
    QVERIFY2(again.ok(), qPrintable(summaryText(again)));
    QCOMPARE(again.pulled, 0);
}

void TestTryton::firstSyncGivesTrytonOneRequestAtATime()
{
    // The next range is asked for while this side still handles the last answer, but only once
    // trytond has begun that answer: its threads share one interpreter lock, and two requests
    // worked on side by side cost it more CPU than one after the other.
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const SyncSummary s = sync(viaProxy);
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QVERIFY2(proxy.forwarded > 40, qPrintable(QString::number(proxy.forwarded))); // pages of 4: many ranges
    QCOMPARE(proxy.mostWorking, 1);
    QCOMPARE(proxy.working, 0);
}

void TestTryton::customerCreatedOfflineArrivesOnceWhenTheReplyIsLost()
{
    QVERIFY(sync().ok());
    ChangeWriter writer(*m_db);
    auto id = writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("杭州西湖阀门有限公司")}});
    QVERIFY2(id, qPrintable(id.error()));

    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int creates = 0;
    proxy.dropReply = [&creates](const QByteArray &body) {
        return body.contains("\"model.party.party.create\"") && ++creates == 1;
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    const SyncSummary first = sync(viaProxy);
    QCOMPARE(proxy.dropped, 1);
    QCOMPARE(first.pushed, 0);
    QCOMPARE(first.retryLater, 1);
    // Tryton did create it. The same cycle's pull met the party, recognised the outbox key in
    // its identifier and linked it to the local record instead of adding a second customer.
    const QJsonArray byName{QJsonArray{QStringLiteral("name"), QStringLiteral("="), QStringLiteral("杭州西湖阀门有限公司")}};
    QCOMPARE(remoteCount(QStringLiteral("party.party"), byName), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE name = '杭州西湖阀门有限公司'")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);

    // Later cycles never send it again.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL")));
    const SyncSummary second = sync(viaProxy);
    QVERIFY2(second.ok(), qPrintable(summaryText(second)));
    QCOMPARE(creates, 1);
    QCOMPARE(remoteCount(QStringLiteral("party.party"), byName), 1);
    const QString remoteId = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {id.value()}).toString();
    QVERIFY(!remoteId.isEmpty());
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE name = '杭州西湖阀门有限公司'")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id.value()}).toInt(), 0);
    // The key sits in a party identifier, where a person can see where the party came from.
    QCOMPARE(remoteCount(QStringLiteral("party.identifier"),
                         QJsonArray{QJsonArray{QStringLiteral("party"), QStringLiteral("="), remoteId.toInt()},
                                    QJsonArray{QStringLiteral("code"), QStringLiteral("like"), QStringLiteral("SB-%")}}),
             1);
}

void TestTryton::contactCreatedOfflineArrivesOnceWhenTheReplyIsLost()
{
    // Contacts carry no field for a key: the retry finds the create by its contents, and the
    // copy the pull brought in meanwhile is recognised as the same contact.
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '9'")).toLongLong();
    ChangeWriter writer(*m_db);
    auto id = writer.create(entities::contact(), {{QStringLiteral("customer_id"), customer},
                                                  {QStringLiteral("name"), QStringLiteral("Kevin Lau")},
                                                  {QStringLiteral("email"), QStringLiteral("kevin.lau@brightway.example.com")},
                                                  {QStringLiteral("mobile"), QStringLiteral("+86 139 2233 4455")}});
    QVERIFY(id);
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int creates = 0;
    proxy.dropReply = [&creates](const QByteArray &body) {
        return body.contains("\"model.party.contact_mechanism.create\"") && ++creates == 1;
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const SyncSummary first = sync(viaProxy);
    QCOMPARE(proxy.dropped, 1);
    QCOMPARE(first.retryLater, 1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL")));
    const SyncSummary second = sync(viaProxy);
    QVERIFY2(second.ok(), qPrintable(summaryText(second)));
    QCOMPARE(creates, 1);
    const QJsonArray byName{QJsonArray{QStringLiteral("name"), QStringLiteral("="), QStringLiteral("Kevin Lau")}};
    QCOMPARE(remoteCount(QStringLiteral("party.contact_mechanism"), byName), 2); // e-mail and mobile, once each
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE name = 'Kevin Lau'")).toInt(), 1);
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM contacts WHERE id = ?"), {id.value()}).isNull());
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestTryton::fieldEditedInTrytonIsPulled()
{
    QVERIFY(sync().ok());
    rpc(QStringLiteral("model.party.party.write"),
        QJsonArray{QJsonArray{QJsonValue(4)}, QJsonObject{{QStringLiteral("name"), QStringLiteral("宁波东方泵阀集团有限公司")}}});
    rpc(QStringLiteral("model.party.contact_mechanism.create"),
        QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("party"), 4}, {QStringLiteral("type"), QStringLiteral("email")},
                                          {QStringLiteral("name"), QStringLiteral("赵磊")},
                                          {QStringLiteral("value"), QStringLiteral("zhao.lei@dongfang-pv.example.cn")}})})});
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE remote_id = '4'")).toString(), QStringLiteral("宁波东方泵阀集团有限公司"));
    QCOMPARE(local(QStringLiteral("SELECT email FROM contacts WHERE name = '赵磊'")).toString(), QStringLiteral("zhao.lei@dongfang-pv.example.cn"));
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE remote_id = '4'")).toInt(), 0);
}

void TestTryton::sameFieldEditedOnBothSidesIsAConflict()
{
    QVERIFY(sync().ok());
    const qint64 id = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '5'")).toLongLong();
    QVERIFY(id > 0);
    ChangeWriter writer(*m_db);
    QVERIFY(writer.update(entities::customer(), id, {{QStringLiteral("name"), QStringLiteral("广州华南食品机械股份有限公司")}}));
    rpc(QStringLiteral("model.party.party.write"),
        QJsonArray{QJsonArray{QJsonValue(5)}, QJsonObject{{QStringLiteral("name"), QStringLiteral("华南食品机械（广州）有限公司")}}});

    const SyncSummary s = sync();
    QVERIFY2(s.errors.isEmpty(), qPrintable(summaryText(s)));
    QCOMPARE(s.conflicts, 1);
    // Nothing was overwritten on either side; the conflict waits for a person.
    QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("广州华南食品机械股份有限公司"));
    QCOMPARE(rpc(QStringLiteral("model.party.party.read"), QJsonArray{QJsonArray{QJsonValue(5)}, QJsonArray{QJsonValue(QStringLiteral("name"))}})
                 .toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("华南食品机械（广州）有限公司"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM conflicts WHERE record_id = ? AND field = 'name' AND resolved_at IS NULL"), {id}).toInt(), 1);

    // Keep mine: it goes to Tryton on the next cycle, on top of Tryton's version (no stale write).
    ConflictStore conflicts(*m_db);
    const qint64 conflictId = local(QStringLiteral("SELECT id FROM conflicts WHERE record_id = ? AND resolved_at IS NULL"), {id}).toLongLong();
    QVERIFY(conflicts.keepMine(conflictId));
    const SyncSummary after = sync();
    QVERIFY2(after.ok(), qPrintable(summaryText(after)));
    QCOMPARE(rpc(QStringLiteral("model.party.party.read"), QJsonArray{QJsonArray{QJsonValue(5)}, QJsonArray{QJsonValue(QStringLiteral("name"))}})
                 .toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("广州华南食品机械股份有限公司"));
}

void TestTryton::quotePushedThenConfirmedShowsShipmentAndInvoice()
{
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '6'")).toLongLong();
    const qint64 pump = local(QStringLiteral("SELECT id FROM products WHERE code = 'PMP-100'")).toLongLong();
    const qint64 valve = local(QStringLiteral("SELECT id FROM products WHERE code = 'VLV-050'")).toLongLong();
    QVERIFY(customer > 0 && pump > 0 && valve > 0);
    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(customer, 0, QStringLiteral("wang.fang"));
    QVERIFY2(quote, qPrintable(quote.error()));
    QuoteLine a;
    a.productId = pump;
    a.description = QStringLiteral("离心泵 CP-100");
    a.quantity = 2;
    a.unitPriceCents = 1280000;
    QuoteLine b;
    b.productId = valve;
    b.description = QStringLiteral("气动蝶阀 DN50");
    b.quantity = 4;
    b.unitPriceCents = 185000;
    b.discountPct = 10;
    QVERIFY(quotes.saveLines(quote.value(), {a, b}));

    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    const int sale = local(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote.value()}).toInt();
    QVERIFY(sale > 0);
    const QJsonObject remote = rpc(QStringLiteral("model.sale.sale.read"),
                                   QJsonArray{QJsonArray{QJsonValue(sale)}, QJsonArray{QStringLiteral("state"), QStringLiteral("total_amount"),
                                                                           QStringLiteral("reference"), QStringLiteral("lines")}})
                                   .toArray().at(0).toObject();
    QCOMPARE(remote.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(remote.value(QStringLiteral("lines")).toArray().size(), 2);
    QVERIFY(remote.value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("SB-")));
    // 2 x 12,800.00 + 4 x 1,850.00 less 10 % = 32,260.00
    QCOMPARE(tryton::centsOf(remote.value(QStringLiteral("total_amount"))), qint64(3226000));

    // The office hands it over: approved, then "Create order" confirms it in Tryton.
    ChangeWriter writer(*m_db);
    QVERIFY(writer.update(entities::quote(), quote.value(), {{QStringLiteral("state"), QStringLiteral("approved")}}));
    // The handoff is the command quote.confirm: sent once, and the ERP's order comes back.
    auto request = quotes.requestOrder(quote.value(), QStringLiteral("office.li"));
    QVERIFY2(request, qPrintable(request.error()));
    s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    const QString state = rpc(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{QJsonValue(sale)}, QJsonArray{QJsonValue(QStringLiteral("state"))}})
                              .toArray().at(0).toObject().value(QStringLiteral("state")).toString();
    QVERIFY2(state == QLatin1String("processing") || state == QLatin1String("confirmed"), qPrintable(state));
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {request.value()}).toString(), QStringLiteral("done"));
    QVERIFY(!quotes.orderRequested(quote.value()).value());
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM orders WHERE remote_id = ?"), {QString::number(sale)}).toInt(), 1);
    const qint64 orderId = local(QStringLiteral("SELECT id FROM orders WHERE remote_id = ?"), {QString::number(sale)}).toLongLong();
    QCOMPARE(local(QStringLiteral("SELECT quote_id FROM orders WHERE id = ?"), {orderId}).toLongLong(), quote.value());
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ? AND remote_id IS NOT NULL"), {orderId}).toInt(), 2);
    struct OrderId { qint64 v; qint64 value() const { return v; } } order{orderId};

    // The next pull brings the order's shipment and invoice state, and the shipment itself.
    s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(local(QStringLiteral("SELECT shipment_state FROM orders WHERE id = ?"), {order.value()}).toString(), QStringLiteral("waiting"));
    QCOMPARE(local(QStringLiteral("SELECT invoice_state FROM orders WHERE id = ?"), {order.value()}).toString(), QStringLiteral("waiting"));
    QCOMPARE(local(QStringLiteral("SELECT number IS NOT NULL FROM orders WHERE id = ?"), {order.value()}).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM shipments WHERE order_id = ?"), {order.value()}).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM invoices WHERE order_id = ?"), {order.value()}).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote.value()}).toString(), QStringLiteral("ordered"));
}

void TestTryton::stockChangeIsVisible()
{
    QVERIFY(sync().ok());
    const double before = local(QStringLiteral("SELECT on_hand FROM stock_levels s JOIN products p ON p.id = s.product_id "
                                               "WHERE p.code = 'MTR-075'")).toDouble();
    const QJsonArray products = rpc(QStringLiteral("model.product.product.search"),
                                    QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("code"), QStringLiteral("="), QStringLiteral("MTR-075")})},
                                               0, 1, QJsonValue::Null}).toArray();
    QCOMPARE(products.size(), 1);
    const QJsonArray warehouses = rpc(QStringLiteral("model.stock.location.search_read"),
                                      QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("type"), QStringLiteral("="), QStringLiteral("warehouse")})},
                                                 0, 1, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("storage_location"))}}).toArray();
    const int storage = warehouses.at(0).toObject().value(QStringLiteral("storage_location")).toInt();
    // A stock count in the warehouse: the quantity changes, the product's write_date does not.
    const QJsonArray inventory = rpc(QStringLiteral("model.stock.inventory.create"),
                                     QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonObject{
                                         {QStringLiteral("location"), storage},
                                         {QStringLiteral("lines"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                                                         QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("product"), products.at(0)},
                                                                                                                {QStringLiteral("quantity"), before + 25}})}})}}})})}).toArray();
    QCOMPARE(inventory.size(), 1);
    rpc(QStringLiteral("model.stock.inventory.confirm"), QJsonArray{QJsonValue(inventory)});
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(local(QStringLiteral("SELECT on_hand FROM stock_levels s JOIN products p ON p.id = s.product_id WHERE p.code = 'MTR-075'")).toDouble(),
             before + 25);
}

void TestTryton::invalidPhoneIsShownAndDoesNotBlockOthers()
{
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '7'")).toLongLong();
    ChangeWriter writer(*m_db);
    auto bad = writer.create(entities::contact(), {{QStringLiteral("customer_id"), customer},
                                                   {QStringLiteral("name"), QStringLiteral("周伟")},
                                                   {QStringLiteral("phone"), QStringLiteral("+86 123")}});
    QVERIFY(bad);
    auto good = writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("重庆山城机电设备有限公司")}});
    QVERIFY(good);
    const SyncSummary s = sync();
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(s.pushed, 1);
    // Tryton's own sentence is on the record and in the sync centre.
    const QString reason = local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'contact' AND record_id = ?"), {bad.value()}).toString();
    QVERIFY2(reason.contains(QStringLiteral("+86 123")), qPrintable(reason));
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE entity = 'contact' AND record_id = ?"), {bad.value()}).toString(), QStringLiteral("failed"));
    QVERIFY(!local(QStringLiteral("SELECT sync_error FROM contacts WHERE id = ?"), {bad.value()}).toString().isEmpty());
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {good.value()}).isNull());
    // Fixed by the user: it goes on the next cycle.
    QVERIFY(writer.update(entities::contact(), bad.value(), {{QStringLiteral("phone"), QStringLiteral("+86 23 6388 1234")}}));
    const SyncSummary fixed = sync();
    QVERIFY2(fixed.ok(), qPrintable(summaryText(fixed)));
    QCOMPARE(fixed.pushFailed, 0);
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM contacts WHERE id = ?"), {bad.value()}).isNull());
    QCOMPARE(remoteCount(QStringLiteral("party.contact_mechanism"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("="), QStringLiteral("周伟")})}), 1);
}

void TestTryton::opportunityStageMovesGoThroughTheButtons()
{
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '8'")).toLongLong();
    ChangeWriter writer(*m_db);
    auto opp = writer.create(entities::opportunity(), {{QStringLiteral("customer_id"), customer},
                                                       {QStringLiteral("title"), QStringLiteral("反应釜搅拌电机 Reactor agitator motors")},
                                                       {QStringLiteral("stage"), QStringLiteral("proposal")},
                                                       {QStringLiteral("amount_cents"), 4500000},
                                                       {QStringLiteral("probability"), 40}});
    QVERIFY(opp);
    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    const int remote = local(QStringLiteral("SELECT remote_id FROM opportunities WHERE id = ?"), {opp.value()}).toInt();
    QVERIFY(remote > 0);
    auto read = [&] {
        return rpc(QStringLiteral("model.sale.opportunity.read"),
                   QJsonArray{QJsonArray{QJsonValue(remote)}, QJsonArray{QStringLiteral("state"), QStringLiteral("lost_reason")}})
            .toArray().at(0).toObject();
    };
    QCOMPARE(read().value(QStringLiteral("state")).toString(), QStringLiteral("opportunity"));
    // Tryton has one state for qualified, proposal and negotiation's predecessor: the finer
    // local stage survives the echo of the pull.
    QCOMPARE(local(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {opp.value()}).toString(), QStringLiteral("proposal"));
    s = sync();
    QCOMPARE(local(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {opp.value()}).toString(), QStringLiteral("proposal"));

    QVERIFY(writer.update(entities::opportunity(), opp.value(), {{QStringLiteral("stage"), QStringLiteral("lost")},
                                                                  {QStringLiteral("lost_reason"), QStringLiteral("价格太高 Price too high")}}));
    s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(read().value(QStringLiteral("state")).toString(), QStringLiteral("lost"));
    QCOMPARE(read().value(QStringLiteral("lost_reason")).toString(), QStringLiteral("价格太高 Price too high"));

    // A converted deal (its quote exists in Tryton) cannot be marked lost from here: refused
    // visibly, not silently undone.
    const qint64 converted = local(QStringLiteral("SELECT id FROM opportunities WHERE stage = 'negotiation' AND remote_id IS NOT NULL")).toLongLong();
    QVERIFY(converted > 0);
    QVERIFY(writer.update(entities::opportunity(), converted, {{QStringLiteral("stage"), QStringLiteral("lost")}}));
    s = sync();
    QCOMPARE(s.pushFailed, 1);
    QVERIFY(local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'opportunity' AND record_id = ? AND state = 'failed'"),
                  {converted}).toString().contains(QStringLiteral("quote")));
    QCOMPARE(local(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {converted}).toString(), QStringLiteral("lost"));
}

void TestTryton::wrongPasswordIsAClearErrorAndLosesNothing()
{
    ChangeWriter writer(*m_db);
    auto id = writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("厦门鹭岛机械有限公司")}});
    QVERIFY(id);
    const SyncSummary s = sync(m_server->config(QStringLiteral("wrong")));
    QVERIFY(!s.ok());
    QCOMPARE(s.pushed, 0);
    const QString all = s.errors.join(QLatin1Char('\n')) + local(QStringLiteral("SELECT last_error FROM outbox WHERE record_id = ?"), {id.value()}).toString();
    QVERIFY2(all.contains(QStringLiteral("password")), qPrintable(all));
    // The change still waits, and goes once the password is right.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE record_id = ?"), {id.value()}));
    const SyncSummary ok = sync();
    QVERIFY2(ok.ok(), qPrintable(summaryText(ok)));
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {id.value()}).isNull());
}

void TestTryton::complaintsGoBothWays()
{
    QVERIFY(sync().ok());
    // The seeded complaint (waiting in Tryton) is an open ticket.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_system = 'erp' AND status = 'open'")).toInt(), 1);

    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '10'")).toLongLong();
    ServiceStore service(*m_db);
    auto ticket = service.createTicket({{QStringLiteral("customer_id"), customer},
                                        {QStringLiteral("subject"), QStringLiteral("Förderband läuft unruhig")},
                                        {QStringLiteral("description"), QStringLiteral("Conveyor CNV-120 vibrates above 1.2 m/s.")}},
                                       QStringLiteral("li.na"));
    QVERIFY2(ticket, qPrintable(ticket.error()));
    SyncSummary s = sync();
    QVERIFY2(s.errors.isEmpty(), qPrintable(summaryText(s)));
    const int complaint = local(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ?"), {ticket.value()}).toInt();
    QVERIFY(complaint > 0);
    auto read = [&] {
        return rpc(QStringLiteral("model.sale.complaint.read"),
                   QJsonArray{QJsonArray{QJsonValue(complaint)}, QJsonArray{QStringLiteral("state"), QStringLiteral("description"),
                                                                QStringLiteral("customer"), QStringLiteral("reference")}})
            .toArray().at(0).toObject();
    };
    QCOMPARE(read().value(QStringLiteral("customer")).toInt(), 10);
    QVERIFY(read().value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Förderband läuft unruhig\n\nConveyor")));
    QVERIFY(read().value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("SB-")));
    QVERIFY(!local(QStringLiteral("SELECT number FROM tickets WHERE id = ?"), {ticket.value()}).isNull());

    // Resolved here: approved (and so done) in Tryton.
    QVERIFY(service.setStatus(ticket.value(), QStringLiteral("resolved"), QStringLiteral("li.na")));
    s = sync();
    QVERIFY2(s.errors.isEmpty(), qPrintable(summaryText(s)));
    QCOMPARE(read().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

    // Rejected in Tryton: the ticket follows.
    const int seeded = local(QStringLiteral("SELECT remote_id FROM tickets WHERE status = 'open' AND remote_system = 'erp'")).toInt();
    rpc(QStringLiteral("model.sale.complaint.reject"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(seeded)})});
    s = sync();
    QVERIFY2(s.errors.isEmpty(), qPrintable(summaryText(s)));
    QCOMPARE(local(QStringLiteral("SELECT status FROM tickets WHERE remote_id = ?"), {QString::number(seeded)}).toString(),
             QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestTryton)
#include "tst_tryton.moc"
