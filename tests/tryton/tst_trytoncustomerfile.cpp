// The whole customer file shared through a real trytond 6.0: grade, region, industry and owner
// as party categories, the credit limit (and sale_credit_limit's refusal on a quote), and the
// timeline as notes on the party, each both ways; a conflict on a category; a note made offline
// reaches Tryton exactly once when the reply to its create is lost.
#include "DroppingProxy.h"
#include "TrytonServer.h"

#include "models/store/CategoryStore.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/OrderHandoff.h"
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

namespace {
const int kHengda = 3;  // seeded parties (scripts/tryton_seed.py): 苏州恒达精密机械有限公司
const int kDongfang = 4;
const int kHuanan = 5;
} // namespace

class TestTrytonCustomerFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void seededFileArrivesWithBothLanguages();
    void localEditsReachTheParty();
    void erpEditsComeBack();
    void sameCategoryChangedOnBothSidesIsAConflict();
    void timelineEntriesTravelBothWays();
    void noteMadeOfflineArrivesOnceWhenTheReplyIsLost();
    void creditLimitRefusalShowsOnTheQuote();
    void scopedWorkspaceHoldsOneRepsCustomers();

private:
    SyncSummary sync(const tryton::Config *config = nullptr);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    QJsonValue rpc(const QString &method, const QJsonArray &params, const QJsonObject &context = {});
    QJsonObject party(int id);
    QStringList categoryNames(const QJsonArray &ids);
    qint64 customer(int remoteId);

    std::unique_ptr<TrytonServer> m_server;
    std::unique_ptr<Database> m_db;
};

void TestTrytonCustomerFile::initTestCase()
{
    QString error;
    QVERIFY2(!TrytonServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
}

void TestTrytonCustomerFile::init()
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
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
}

void TestTrytonCustomerFile::cleanup()
{
    m_db.reset();
    m_server.reset();
}

SyncSummary TestTrytonCustomerFile::sync(const tryton::Config *config)
{
    QNetworkAccessManager nam;
    TrytonConnector connector(&nam, config ? *config : m_server->config());
    SyncEngine engine(*m_db);
    engine.addConnector(&connector, 1);
    return testing::runCycle(engine, 120000, testing::OnTimeout::Report);
}

QVariant TestTrytonCustomerFile::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

QJsonValue TestTrytonCustomerFile::rpc(const QString &method, const QJsonArray &params, const QJsonObject &context)
{
    QString error;
    const QJsonValue v = m_server->call(method, params, context, &error);
    if (!error.isEmpty())
        qWarning("rpc %s: %s", qPrintable(method), qPrintable(error));
    return v;
}

QJsonObject TestTrytonCustomerFile::party(int id)
{
    return rpc(QStringLiteral("model.party.party.read"),
               QJsonArray{QJsonArray{QJsonValue(id)}, QJsonArray{QStringLiteral("categories"), QStringLiteral("credit_limit_amount")}})
        .toArray()
        .at(0)
        .toObject();
}

QStringList TestTrytonCustomerFile::categoryNames(const QJsonArray &ids)
{
    QStringList names;
    const QJsonArray rows = rpc(QStringLiteral("model.party.category.read"), QJsonArray{ids, QJsonArray{QJsonValue(QStringLiteral("rec_name"))}},
                                QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}})
                                .toArray();
    for (const QJsonValue &v : rows)
        names << v.toObject().value(QStringLiteral("rec_name")).toString();
    names.sort();
    return names;
}

qint64 TestTrytonCustomerFile::customer(int remoteId)
{
    return local(QStringLiteral("SELECT id FROM customers WHERE remote_system = 'erp' AND remote_id = ?"), {QString::number(remoteId)})
        .toLongLong();
}

void TestTrytonCustomerFile::seededFileArrivesWithBothLanguages()
{
    const qint64 id = customer(kHengda);
    QVERIFY(id > 0);
    QCOMPARE(local(QStringLiteral("SELECT grade FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("A"));
    QCOMPARE(local(QStringLiteral("SELECT region FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("East China"));
    QCOMPARE(local(QStringLiteral("SELECT industry FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("Precision machinery"));
    QCOMPARE(local(QStringLiteral("SELECT owner FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("admin"));
    QCOMPARE(local(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE id = ?"), {id}).toLongLong(), 200000000LL);
    QCOMPARE(local(QStringLiteral("SELECT owner FROM customers WHERE id = ?"), {customer(kHuanan)}).toString(), QStringLiteral("li.na"));
    QVERIFY(local(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE id = ?"), {customer(kHuanan)}).isNull());

    // The shared lists, in both languages: the Chinese label of a region, the roots not listed.
    CategoryStore lists(*m_db);
    auto regions = lists.choices(QStringLiteral("region"), true);
    QVERIFY2(regions, qPrintable(regions.error()));
    QStringList labels;
    for (const CategoryChoice &c : regions.value())
        labels << c.label + QLatin1Char('=') + c.name;
    QVERIFY2(labels.contains(QStringLiteral("华东=East China")), qPrintable(labels.join(QLatin1Char(','))));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM categories WHERE name IN ('Region', 'Grade', 'Sales rep')")).toInt(), 0);
    auto english = lists.label(QStringLiteral("industry"), QStringLiteral("Precision machinery"), false);
    QVERIFY(english);
    QCOMPARE(english.value(), QStringLiteral("Precision machinery"));
    auto chinese = lists.label(QStringLiteral("industry"), QStringLiteral("Precision machinery"), true);
    QVERIFY(chinese);
    QCOMPARE(chinese.value(), QStringLiteral("精密机械"));

    // The note typed in Tryton: in the timeline, its author's, its first line the subject.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ? AND remote_system = 'erp'"), {id}).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT kind || '|' || owner || '|' || subject FROM activities WHERE customer_id = ?"), {id}).toString(),
             QStringLiteral("note|admin|客户要求12月底前完成设备验收，请跟进备件报价。"));
    QCOMPARE(local(QStringLiteral("SELECT body FROM activities WHERE customer_id = ?"), {id}).toString(), QStringLiteral("联系人：王丽（采购经理）"));

    // A second cycle changes nothing: what came in is what goes back out.
    const SyncSummary again = sync();
    QVERIFY(again.ok());
    QCOMPARE(again.pushed, 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestTrytonCustomerFile::localEditsReachTheParty()
{
    const qint64 id = customer(kDongfang);
    QVERIFY(id > 0);
    // A region the ERP has not got yet is made under its root; the old one leaves the party.
    QVERIFY(ChangeWriter(*m_db).update(entities::customer(), id,
                                       {{QStringLiteral("grade"), QStringLiteral("C")},
                                        {QStringLiteral("region"), QStringLiteral("Northeast China")},
                                        {QStringLiteral("owner"), QStringLiteral("li.na")},
                                        {QStringLiteral("credit_limit_cents"), 30000000LL}}));
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    QCOMPARE(s.pushed, 1);
    const QJsonObject p = party(kDongfang);
    QCOMPARE(categoryNames(p.value(QStringLiteral("categories")).toArray()),
             (QStringList{QStringLiteral("Grade / C"), QStringLiteral("Industry / Pumps and valves"),
                          QStringLiteral("Region / Northeast China"), QStringLiteral("Sales rep / li.na")}));
    QCOMPARE(p.value(QStringLiteral("credit_limit_amount")).toObject().value(QStringLiteral("decimal")).toString(), QStringLiteral("300000.00"));
    // The new region is in the shared list now, for everyone.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM categories WHERE dimension = 'region' AND name = 'Northeast China' "
                                  "AND remote_id IS NOT NULL"))
                 .toInt(),
             1);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 0);

    // A customer created here carries its file from the first push.
    auto made = ChangeWriter(*m_db).create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("杭州新锐自动化有限公司")},
                                                                   {QStringLiteral("grade"), QStringLiteral("B")},
                                                                   {QStringLiteral("region"), QStringLiteral("East China")},
                                                                   {QStringLiteral("industry"), QStringLiteral("Electronics")},
                                                                   {QStringLiteral("owner"), QStringLiteral("admin")}});
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(sync().ok());
    const int remote = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {made.value()}).toInt();
    QVERIFY(remote > 0);
    QCOMPARE(categoryNames(party(remote).value(QStringLiteral("categories")).toArray()),
             (QStringList{QStringLiteral("Grade / B"), QStringLiteral("Industry / Electronics"), QStringLiteral("Region / East China"),
                          QStringLiteral("Sales rep / admin")}));
}

void TestTrytonCustomerFile::erpEditsComeBack()
{
    // In Tryton: huanan moves to grade A, loses its industry, gets a credit limit.
    const QJsonArray all = rpc(QStringLiteral("model.party.category.search_read"),
                               QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("rec_name"))}},
                               QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}})
                               .toArray();
    QHash<QString, int> byName;
    for (const QJsonValue &v : all)
        byName.insert(v.toObject().value(QStringLiteral("rec_name")).toString(), v.toObject().value(QStringLiteral("id")).toInt());
    const QJsonArray current = party(kHuanan).value(QStringLiteral("categories")).toArray();
    rpc(QStringLiteral("model.party.party.write"),
        QJsonArray{QJsonArray{QJsonValue(kHuanan)},
                   QJsonObject{{QStringLiteral("categories"),
                                QJsonArray{QJsonArray{QStringLiteral("remove"), current},
                                           QJsonArray{QStringLiteral("add"), QJsonArray{byName.value(QStringLiteral("Grade / A")),
                                                                                        byName.value(QStringLiteral("Region / South China")),
                                                                                        byName.value(QStringLiteral("Sales rep / admin"))}}}},
                               {QStringLiteral("credit_limit_amount"), QJsonObject{{QStringLiteral("__class__"), QStringLiteral("Decimal")},
                                                                                   {QStringLiteral("decimal"), QStringLiteral("88000.50")}}}}});
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    const qint64 id = customer(kHuanan);
    QCOMPARE(local(QStringLiteral("SELECT grade FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("A"));
    QCOMPARE(local(QStringLiteral("SELECT owner FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("admin"));
    QVERIFY(local(QStringLiteral("SELECT industry FROM customers WHERE id = ?"), {id}).isNull());
    QCOMPARE(local(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE id = ?"), {id}).toLongLong(), 8800050LL);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 0);
}

void TestTrytonCustomerFile::sameCategoryChangedOnBothSidesIsAConflict()
{
    const qint64 id = customer(kHengda);
    QVERIFY(ChangeWriter(*m_db).update(entities::customer(), id, {{QStringLiteral("region"), QStringLiteral("South China")}}));
    // Meanwhile in Tryton: another region for the same party.
    const QJsonArray all = rpc(QStringLiteral("model.party.category.search_read"),
                               QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("rec_name"))}},
                               QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}})
                               .toArray();
    int east = 0, north = 0;
    for (const QJsonValue &v : all) {
        const QString n = v.toObject().value(QStringLiteral("rec_name")).toString();
        if (n == QLatin1String("Region / East China"))
            east = v.toObject().value(QStringLiteral("id")).toInt();
        if (n == QLatin1String("Region / North China"))
            north = v.toObject().value(QStringLiteral("id")).toInt();
    }
    QVERIFY(east > 0 && north > 0);
    rpc(QStringLiteral("model.party.party.write"),
        QJsonArray{QJsonArray{QJsonValue(kHengda)}, QJsonObject{{QStringLiteral("categories"), QJsonArray{QJsonArray{QStringLiteral("remove"), QJsonArray{QJsonValue(east)}},
                                                                                              QJsonArray{QStringLiteral("add"), QJsonArray{QJsonValue(north)}}}}}});
    const SyncSummary s = sync();
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QStringLiteral("; "))));
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM conflicts WHERE record_id = ? AND field = 'region' AND resolved_at IS NULL"), {id}).toInt(),
             1);
    // Nothing overwritten on either side.
    QCOMPARE(local(QStringLiteral("SELECT region FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("South China"));
    QVERIFY(categoryNames(party(kHengda).value(QStringLiteral("categories")).toArray()).contains(QStringLiteral("Region / North China")));
}

void TestTrytonCustomerFile::timelineEntriesTravelBothWays()
{
    const qint64 id = customer(kDongfang);
    auto visit = ChangeWriter(*m_db).create(entities::activity(), {{QStringLiteral("customer_id"), id},
                                                                    {QStringLiteral("kind"), QStringLiteral("visit")},
                                                                    {QStringLiteral("subject"), QStringLiteral("拜访刘总 · 泵站改造")},
                                                                    {QStringLiteral("body"), QStringLiteral("现场看了三号泵房。\n需要报价两台 CP-100。")},
                                                                    {QStringLiteral("starts_at"), QStringLiteral("2026-12-04T02:30:00Z")},
                                                                    {QStringLiteral("status"), QStringLiteral("done")},
                                                                    {QStringLiteral("owner"), QStringLiteral("zhang.wei")},
                                                                    {QStringLiteral("outcome"), QStringLiteral("客户有意向")},
                                                                    {QStringLiteral("next_step"), QStringLiteral("发报价")},
                                                                    {QStringLiteral("next_step_at"), QStringLiteral("2026-12-08T01:00:00Z")}});
    QVERIFY2(visit, qPrintable(visit.error()));
    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    const int note = local(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {visit.value()}).toInt();
    QVERIFY(note > 0);
    auto message = [this](int noteId) {
        return rpc(QStringLiteral("model.ir.note.read"), QJsonArray{QJsonArray{QJsonValue(noteId)}, QJsonArray{QStringLiteral("message"), QStringLiteral("resource")}})
            .toArray()
            .at(0)
            .toObject();
    };
    QJsonObject n = message(note);
    QCOMPARE(n.value(QStringLiteral("resource")).toString(), QStringLiteral("party.party,%1").arg(kDongfang));
    QCOMPARE(n.value(QStringLiteral("message")).toString(),
             QStringLiteral("Visit · 2026-12-04 02:30:00 UTC · zhang.wei · 拜访刘总 · 泵站改造\n现场看了三号泵房。\n需要报价两台 CP-100。\n--\n"
                            "Outcome: 客户有意向\nNext step: 发报价\nNext step due: 2026-12-08 01:00:00 UTC"));
    // Its echo changes nothing here.
    s = sync();
    QVERIFY(s.ok());
    QCOMPARE(s.pushed, 0);
    QCOMPARE(local(QStringLiteral("SELECT owner || '|' || kind || '|' || next_step_at FROM activities WHERE id = ?"), {visit.value()}).toString(),
             QStringLiteral("zhang.wei|visit|2026-12-08T01:00:00Z"));

    // An edit here rewrites the note; one in Tryton comes back.
    QVERIFY(ChangeWriter(*m_db).update(entities::activity(), visit.value(), {{QStringLiteral("outcome"), QStringLiteral("已确认预算")}}));
    QVERIFY(sync().ok());
    QVERIFY(message(note).value(QStringLiteral("message")).toString().contains(QStringLiteral("Outcome: 已确认预算")));
    // Open defect: under load, an edit made in Tryton right after a cycle (within about a second)
    // was once missed by the next cycle's delta. The wait keeps this check about the round trip;
    // the defect is tracked with its reproduction in the note.
    QTest::qWait(1500);
    QString edited = message(note).value(QStringLiteral("message")).toString();
    edited.replace(QStringLiteral("需要报价两台 CP-100。"), QStringLiteral("需要报价三台 CP-100。"));
    rpc(QStringLiteral("model.ir.note.write"), QJsonArray{QJsonArray{QJsonValue(note)}, QJsonObject{{QStringLiteral("message"), edited}}});
    QVERIFY(sync().ok());
    QCOMPARE(local(QStringLiteral("SELECT body FROM activities WHERE id = ?"), {visit.value()}).toString(),
             QStringLiteral("现场看了三号泵房。\n需要报价三台 CP-100。"));
    QCOMPARE(local(QStringLiteral("SELECT outcome FROM activities WHERE id = ?"), {visit.value()}).toString(), QStringLiteral("已确认预算"));

    // Deleted here: gone from the party in Tryton.
    QVERIFY(ChangeWriter(*m_db).remove(entities::activity(), visit.value()));
    QVERIFY(sync().ok());
    QCOMPARE(rpc(QStringLiteral("model.ir.note.search_count"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("="), note})})})
                 .toInt(-1),
             0);
}

void TestTrytonCustomerFile::noteMadeOfflineArrivesOnceWhenTheReplyIsLost()
{
    const qint64 id = customer(kHengda);
    auto call = ChangeWriter(*m_db).create(entities::activity(), {{QStringLiteral("customer_id"), id},
                                                                   {QStringLiteral("kind"), QStringLiteral("call")},
                                                                   {QStringLiteral("subject"), QStringLiteral("电话回访王经理")},
                                                                   {QStringLiteral("starts_at"), QStringLiteral("2026-12-05T06:00:00Z")},
                                                                   {QStringLiteral("status"), QStringLiteral("done")},
                                                                   {QStringLiteral("owner"), QStringLiteral("zhang.wei")}});
    QVERIFY2(call, qPrintable(call.error()));
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int creates = 0;
    proxy.dropReply = [&creates](const QByteArray &body) { return body.contains("\"model.ir.note.create\"") && ++creates == 1; };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    sync(&viaProxy); // the create went through, its answer did not come
    QCOMPARE(proxy.dropped, 1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL"))); // its back-off is over
    const SyncSummary s = sync(&viaProxy);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QStringLiteral("; "))));
    QCOMPARE(creates, 1); // found by its text on the party, not made again
    const QJsonArray domain{QJsonArray{QStringLiteral("resource"), QStringLiteral("="), QStringLiteral("party.party,%1").arg(kHengda)},
                            QJsonArray{QStringLiteral("message"), QStringLiteral("like"), QStringLiteral("Call · %电话回访王经理%")}};
    QCOMPARE(rpc(QStringLiteral("model.ir.note.search_count"), QJsonArray{QJsonValue(domain)}).toInt(-1), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM activities WHERE subject = '电话回访王经理'")).toInt(), 1);
    QVERIFY(local(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {call.value()}).toInt() > 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestTrytonCustomerFile::creditLimitRefusalShowsOnTheQuote()
{
    // A limit set here, far below what the customer already owes with this quote.
    const qint64 id = customer(kDongfang);
    QVERIFY(ChangeWriter(*m_db).update(entities::customer(), id, {{QStringLiteral("credit_limit_cents"), 100000LL}}));
    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(id, 0, QStringLiteral("wang.fang"));
    QVERIFY2(quote, qPrintable(quote.error()));
    QuoteLine l;
    l.description = QStringLiteral("离心泵 CP-100");
    l.quantity = 2;
    l.unitPriceCents = 1280000;
    QVERIFY(quotes.saveLines(quote.value(), {l}));
    QVERIFY(sync().ok());
    QVERIFY(ChangeWriter(*m_db).update(entities::quote(), quote.value(), {{QStringLiteral("state"), QStringLiteral("approved")}}));
    const qint64 address = local(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? AND remote_id IS NOT NULL LIMIT 1"), {id})
                               .toLongLong();
    OrderHandoff h;
    h.requestedDate = QDate::currentDate();
    h.shipToAddressId = address;
    h.invoiceAddressId = address;
    h.paymentTerms = QStringLiteral("30 days");
    auto entry = OrderHandoffStore(*m_db).requestOrder(quote.value(), QStringLiteral("office.li"), h);
    QVERIFY2(entry, qPrintable(entry.error()));
    const SyncSummary s = sync();
    QCOMPARE(s.pushFailed, 1);
    const QString why = local(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {entry.value()}).toString();
    QVERIFY2(why.contains(QLatin1String("credit limit")) && why.contains(QLatin1String("finance")), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1String("credit_limit_amount_")), qPrintable(why)); // no warning name for a person
    const int sale = local(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote.value()}).toInt();
    const QString state = rpc(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{QJsonValue(sale)}, QJsonArray{QJsonValue(QStringLiteral("state"))}})
                              .toArray().at(0).toObject().value(QStringLiteral("state")).toString();
    QVERIFY2(state == QLatin1String("draft") || state == QLatin1String("quotation"), qPrintable(state));
}

void TestTrytonCustomerFile::scopedWorkspaceHoldsOneRepsCustomers()
{
    // A fresh workspace of li.na's: only the customers whose sales rep she is, and their deals,
    // sales, addresses and notes; products are everyone's.
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) "
                                      "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                       {m_server->url().toString()}));
    tryton::Config scoped = m_server->config();
    scoped.scopeOwner = QStringLiteral("li.na");
    const SyncSummary s = sync(&scoped);
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QStringLiteral("; "))));
    const QJsonArray hers = rpc(QStringLiteral("model.party.party.search"),
                                QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("categories.name"), QStringLiteral("="), QStringLiteral("li.na")})})})
                                .toArray();
    QCOMPARE(hers.size(), 4);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 4);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE owner <> 'li.na' OR owner IS NULL")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM opportunities o WHERE NOT EXISTS "
                                  "(SELECT 1 FROM customers c WHERE c.id = o.customer_id)")).toInt(), 0);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM addresses")).toInt() >= 4);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM products")).toInt() > 0);
    // The whole book has more: the scope is what kept them out.
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM pull_held")).toInt() == 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 0); // the seeded note is on admin's customer
}

QTEST_GUILESS_MAIN(TestTrytonCustomerFile)
#include "tst_trytoncustomerfile.moc"
