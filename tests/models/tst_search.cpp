// Full-text search in Chinese and Latin script, including two- and one-character Chinese.
#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/SearchStore.h"
#include "models/store/SearchText.h"

#include <QtTest>

using namespace sb;

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void grams();
    void parse_data();
    void parse();
    void customers_data();
    void customers();
    void editsAreReindexed();
    void deletedAreNotFound();
    void globalSearchAcrossKinds();
    void everyKindIsFound_data();
    void everyKindIsFound();
    void hitsCarryContext();
    void numbersUseTheirIndexes_data();
    void numbersUseTheirIndexes();
    void opportunityAndTicketEditsAreReindexed();
    void quotesInInputAreHarmless();

private:
    QList<QString> namesFor(const QString &query);
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids;
};

void TestSearch::initTestCase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    CustomerStore store(*m_db);
    const QList<QStringList> rows = {
        {QStringLiteral("华为技术有限公司"), QStringLiteral("华为"), QStringLiteral("HW001"), QStringLiteral("华南")},
        {QStringLiteral("美的集团股份有限公司"), QStringLiteral("美的"), QStringLiteral("MD002"), QStringLiteral("华南")},
        {QStringLiteral("上海恒通精密机械有限公司"), QStringLiteral("恒通"), QStringLiteral("HT003"), QStringLiteral("华东")},
        {QStringLiteral("Northwind Precision Ltd"), QStringLiteral("Northwind"), QStringLiteral("NW004"), QStringLiteral("East China")},
        {QStringLiteral("Hanover Tools GmbH"), QString(), QStringLiteral("HN005"), QStringLiteral("Europe")},
    };
    for (const QStringList &r : rows) {
        auto id = store.create({{QStringLiteral("name"), r[0]}, {QStringLiteral("short_name"), r[1]},
                                {QStringLiteral("code"), r[2]}, {QStringLiteral("region"), r[3]}},
                               {{QStringLiteral("name"), r[0] == QStringLiteral("华为技术有限公司") ? QStringLiteral("李伟") : QStringLiteral("Emily Carter")}});
        QVERIFY2(id, qPrintable(id.error()));
        m_ids.insert(r[0], id.value());
    }
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO products (code, name, spec) VALUES ('SV-400', '伺服电机', '400W 220V')")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO orders (number, customer_id) VALUES ('SO2026-0042', ?)"), {m_ids.value(QStringLiteral("美的集团股份有限公司"))}));

    // One record of every other kind search everywhere finds, for two look-alike customers.
    const qint64 midea = m_ids.value(QStringLiteral("美的集团股份有限公司"));
    const qint64 huawei = m_ids.value(QStringLiteral("华为技术有限公司"));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO opportunities (customer_id, title, stage, amount_cents, expected_close) "
                                      "VALUES (?, '美的空调产线伺服改造', 'proposal', 12800000, '2027-03-31')"), {midea}));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO quotes (number, customer_id, state, total_cents) VALUES ('QT-7731', ?, 'sent', 5000000)"), {huawei}));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO orders (number, customer_id, quote_id, state, total_cents, order_date, customer_po) "
                                      "VALUES ('SO-8815', ?, (SELECT id FROM quotes WHERE number = 'QT-7731'), 'processing', 5000000, '2026-11-02', "
                                      "'HW-PO-44170')"), {huawei}));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO tickets (number, customer_id, subject, status) VALUES ('RT-5120', ?, '伺服驱动器报警 E.OC', 'open')"), {midea}));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO shipments (number, customer_id, order_id, carrier, tracking_number, state, planned_date) "
                                      "VALUES ('DO-3307', ?, (SELECT id FROM orders WHERE number = 'SO-8815'), '顺丰', 'SF1402286637', 'shipped', '2026-11-05')"), {huawei}));
}

void TestSearch::grams()
{
    QCOMPARE(cjkGrams(QStringLiteral("美的")), QStringLiteral("美 美的 的"));
    QCOMPARE(cjkGrams(QStringLiteral("ACME 华为")), QStringLiteral("华 华为 为"));
    QCOMPARE(cjkGrams(QStringLiteral("Latin only")), QString());
}

void TestSearch::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::newRow("latin 3+") << QStringLiteral("wind") << int(SearchTerm::Trigram);
    QTest::newRow("cjk 3+") << QStringLiteral("恒通精") << int(SearchTerm::Trigram);
    QTest::newRow("cjk 2") << QStringLiteral("美的") << int(SearchTerm::CjkGram);
    QTest::newRow("cjk 1") << QStringLiteral("华") << int(SearchTerm::CjkGram);
    QTest::newRow("latin 2") << QStringLiteral("no") << int(SearchTerm::ShortPrefix);
}

void TestSearch::parse()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    const auto terms = parseSearch(input);
    QCOMPARE(terms.size(), 1);
    QCOMPARE(int(terms.first().kind), kind);
}

QList<QString> TestSearch::namesFor(const QString &query)
{
    const SearchCondition c = SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), query);
    auto r = m_db->exec(QStringLiteral("SELECT name FROM customers c WHERE ") + (c.sql.isEmpty() ? QStringLiteral("1") : c.sql)
                            + QStringLiteral(" AND c.local_state <> 3 ORDER BY name"),
                        c.bindings);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    QList<QString> out;
    while (r.value().next())
        out << r.value().value(0).toString();
    return out;
}

void TestSearch::customers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two-char chinese short name") << QStringLiteral("美的") << QStringList{QStringLiteral("美的集团股份有限公司")};
    QTest::newRow("two-char chinese inside name") << QStringLiteral("精密") << QStringList{QStringLiteral("上海恒通精密机械有限公司")};
    QTest::newRow("one chinese char") << QStringLiteral("为") << QStringList{QStringLiteral("华为技术有限公司")};
    QTest::newRow("chinese substring 4") << QStringLiteral("有限公司")
                                        << QStringList{QStringLiteral("上海恒通精密机械有限公司"), QStringLiteral("华为技术有限公司"),
                                                       QStringLiteral("美的集团股份有限公司")};
    QTest::newRow("latin substring any case") << QStringLiteral("PRECIS") << QStringList{QStringLiteral("Northwind Precision Ltd")};
    QTest::newRow("code") << QStringLiteral("ht003") << QStringList{QStringLiteral("上海恒通精密机械有限公司")};
    QTest::newRow("two latin letters prefix") << QStringLiteral("ha") << QStringList{QStringLiteral("Hanover Tools GmbH")};
    QTest::newRow("region") << QStringLiteral("华南") << QStringList{QStringLiteral("华为技术有限公司"), QStringLiteral("美的集团股份有限公司")};
    QTest::newRow("two terms AND") << QStringLiteral("有限公司 华为")
                                  << QStringList{QStringLiteral("华为技术有限公司")};
    QTest::newRow("no match") << QStringLiteral("格力") << QStringList{};
}

void TestSearch::customers()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QStringList got = namesFor(query);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestSearch::editsAreReindexed()
{
    CustomerStore store(*m_db);
    const qint64 id = m_ids.value(QStringLiteral("Hanover Tools GmbH"));
    QVERIFY(store.update(id, {{QStringLiteral("short_name"), QStringLiteral("汉诺")}}));
    QCOMPARE(namesFor(QStringLiteral("汉诺")), QList<QString>{QStringLiteral("Hanover Tools GmbH")});
    QVERIFY(store.update(id, {{QStringLiteral("short_name"), QStringLiteral("Hanover")}}));
    QVERIFY(namesFor(QStringLiteral("汉诺")).isEmpty());
}

void TestSearch::deletedAreNotFound()
{
    CustomerStore store(*m_db);
    auto id = store.create({{QStringLiteral("name"), QStringLiteral("格力电器")}});
    QVERIFY(id);
    QCOMPARE(namesFor(QStringLiteral("格力")).size(), 1);
    QVERIFY(store.remove(id.value()));
    QVERIFY(namesFor(QStringLiteral("格力")).isEmpty());
    // A hard delete (what a sync applies) leaves the index clean too.
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM customers WHERE id = ?"), {id.value()}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customer_cjk WHERE customer_cjk MATCH '\"格力\"'")).value().toInt(), 0);
}

void TestSearch::globalSearchAcrossKinds()
{
    SearchStore store(*m_db);
    auto hits = store.search(QStringLiteral("李伟"));
    QVERIFY2(hits, qPrintable(hits.error()));
    QCOMPARE(hits.value().size(), 1);
    QCOMPARE(hits.value().first().kind, SearchKind::Contact);
    QCOMPARE(hits.value().first().customerId, m_ids.value(QStringLiteral("华为技术有限公司")));
    auto product = store.search(QStringLiteral("电机"));
    QVERIFY(product);
    QCOMPARE(product.value().size(), 1);
    QCOMPARE(product.value().first().kind, SearchKind::Product);
    auto order = store.search(QStringLiteral("SO2026"));
    QVERIFY(order);
    QCOMPARE(order.value().size(), 1);
    QCOMPARE(order.value().first().kind, SearchKind::Order);
}

void TestSearch::everyKindIsFound_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::newRow("opportunity by chinese title fragment") << QStringLiteral("空调") << int(SearchKind::Opportunity) << QStringLiteral("美的空调产线伺服改造");
    QTest::newRow("opportunity by one chinese char") << QStringLiteral("调") << int(SearchKind::Opportunity) << QStringLiteral("美的空调产线伺服改造");
    QTest::newRow("quote by number") << QStringLiteral("qt-7731") << int(SearchKind::Quote) << QStringLiteral("QT-7731");
    QTest::newRow("quote by number prefix") << QStringLiteral("QT-77") << int(SearchKind::Quote) << QStringLiteral("QT-7731");
    QTest::newRow("quote by customer name") << QStringLiteral("华为") << int(SearchKind::Quote) << QStringLiteral("QT-7731");
    QTest::newRow("order by number") << QStringLiteral("SO-8815") << int(SearchKind::Order) << QStringLiteral("SO-8815");
    QTest::newRow("order by customer PO") << QStringLiteral("hw-po-441") << int(SearchKind::Order) << QStringLiteral("SO-8815");
    QTest::newRow("order by its quote (reference)") << QStringLiteral("QT-7731") << int(SearchKind::Order) << QStringLiteral("SO-8815");
    QTest::newRow("ticket by number") << QStringLiteral("rt-5120") << int(SearchKind::Ticket) << QStringLiteral("RT-5120  伺服驱动器报警 E.OC");
    QTest::newRow("ticket by chinese subject") << QStringLiteral("报警") << int(SearchKind::Ticket) << QStringLiteral("RT-5120  伺服驱动器报警 E.OC");
    QTest::newRow("shipment by tracking number") << QStringLiteral("SF1402286637") << int(SearchKind::Shipment) << QStringLiteral("DO-3307");
    QTest::newRow("shipment by tracking prefix, any case") << QStringLiteral("sf14022") << int(SearchKind::Shipment) << QStringLiteral("DO-3307");
    QTest::newRow("shipment by number") << QStringLiteral("DO-3307") << int(SearchKind::Shipment) << QStringLiteral("DO-3307");
    QTest::newRow("product by code") << QStringLiteral("SV-400") << int(SearchKind::Product) << QStringLiteral("伺服电机");
    QTest::newRow("product by chinese name") << QStringLiteral("伺服") << int(SearchKind::Product) << QStringLiteral("伺服电机");
    QTest::newRow("customer by chinese short name") << QStringLiteral("美的") << int(SearchKind::Customer) << QStringLiteral("美的集团股份有限公司");
}

void TestSearch::everyKindIsFound()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(QString, title);
    SearchStore store(*m_db);
    auto hits = store.search(query);
    QVERIFY2(hits, qPrintable(hits.error()));
    QStringList ofKind;
    for (const SearchHit &hit : hits.value())
        if (int(hit.kind) == kind)
            ofKind << hit.title;
    QCOMPARE(ofKind, QStringList{title});
}

void TestSearch::hitsCarryContext()
{
    // Each hit names its customer and where it stands, so two look-alikes can be told apart.
    SearchStore store(*m_db);
    auto byKind = [&](const QString &query, SearchKind kind) {
        auto hits = store.search(query);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        for (const SearchHit &hit : hits.value())
            if (hit.kind == kind)
                return hit;
        return SearchHit{kind, 0, 0, QString(), {}};
    };
    const SearchHit shipment = byKind(QStringLiteral("SF1402286637"), SearchKind::Shipment);
    QCOMPARE(shipment.customerId, m_ids.value(QStringLiteral("华为技术有限公司")));
    QVERIFY2(shipment.details.contains(QStringLiteral("华为技术有限公司")), qPrintable(shipment.subtitle()));
    QVERIFY2(shipment.details.contains(QStringLiteral("顺丰 SF1402286637")), qPrintable(shipment.subtitle()));
    QVERIFY2(shipment.details.contains(QStringLiteral("SO-8815")), qPrintable(shipment.subtitle()));
    QVERIFY2(shipment.details.contains(vocab::shipmentStateLabel(QStringLiteral("shipped"))), qPrintable(shipment.subtitle()));
    const SearchHit order = byKind(QStringLiteral("SO-8815"), SearchKind::Order);
    QVERIFY2(order.details.contains(QStringLiteral("QT-7731")), qPrintable(order.subtitle()));
    QVERIFY2(order.details.contains(formatMoney(5000000, QStringLiteral("CNY"))), qPrintable(order.subtitle()));
    QVERIFY2(order.details.contains(vocab::orderStateLabel(QStringLiteral("processing"))), qPrintable(order.subtitle()));
    const SearchHit opportunity = byKind(QStringLiteral("空调"), SearchKind::Opportunity);
    QVERIFY2(opportunity.details.contains(QStringLiteral("美的集团股份有限公司")), qPrintable(opportunity.subtitle()));
    QVERIFY2(opportunity.details.contains(vocab::stageLabel(QStringLiteral("proposal"))), qPrintable(opportunity.subtitle()));
    const SearchHit customer = byKind(QStringLiteral("美的"), SearchKind::Customer);
    QCOMPARE(customer.subtitle(), QStringLiteral("MD002  ·  美的  ·  华南"));
    QCOMPARE(searchKindEntity(SearchKind::Shipment), QStringLiteral("shipment"));
}

void TestSearch::numbersUseTheirIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("quote number") << QStringLiteral("SELECT id FROM quotes WHERE number LIKE 'qt-1%' ESCAPE '\\'") << QStringLiteral("quotes_number");
    QTest::newRow("ticket number") << QStringLiteral("SELECT id FROM tickets WHERE number LIKE 'rt-1%' ESCAPE '\\'") << QStringLiteral("tickets_number");
    QTest::newRow("shipment number") << QStringLiteral("SELECT id FROM shipments WHERE number LIKE 'do-1%' ESCAPE '\\'") << QStringLiteral("shipments_number");
    QTest::newRow("tracking number") << QStringLiteral("SELECT id FROM shipments WHERE tracking_number LIKE 'sf1%' ESCAPE '\\'") << QStringLiteral("shipments_tracking_prefix");
    QTest::newRow("order by quote") << QStringLiteral("SELECT id FROM orders WHERE quote_id IN (1, 2)") << QStringLiteral("orders_quote");
}

void TestSearch::numbersUseTheirIndexes()
{
    // A million-record cache answers a number prefix from the index, not by reading every row.
    QFETCH(QString, sql);
    QFETCH(QString, index);
    auto plan = m_db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QVERIFY2(plan, qPrintable(plan.error()));
    QString details;
    while (plan.value().next())
        details += plan.value().value(3).toString() + QLatin1Char('\n');
    QVERIFY2(details.contains(QStringLiteral("USING INDEX ") + index) || details.contains(QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(details));
}

void TestSearch::opportunityAndTicketEditsAreReindexed()
{
    SearchStore store(*m_db);
    auto count = [&](const QString &query, SearchKind kind) {
        const auto hits = store.search(query);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        int n = 0;
        for (const SearchHit &hit : hits.value())
            n += hit.kind == kind ? 1 : 0;
        return n;
    };
    QVERIFY(m_db->exec(QStringLiteral("UPDATE opportunities SET title = '美的冷库项目' WHERE title = '美的空调产线伺服改造'")));
    QCOMPARE(count(QStringLiteral("空调"), SearchKind::Opportunity), 0);
    QCOMPARE(count(QStringLiteral("冷库"), SearchKind::Opportunity), 1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE opportunities SET title = '美的空调产线伺服改造' WHERE title = '美的冷库项目'")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO tickets (number, customer_id, subject) VALUES ('RT-9', ?, '临时工单')"),
                       {m_ids.value(QStringLiteral("华为技术有限公司"))}));
    QCOMPARE(count(QStringLiteral("临时"), SearchKind::Ticket), 1);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM tickets WHERE number = 'RT-9'")));
    QCOMPARE(count(QStringLiteral("临时"), SearchKind::Ticket), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ticket_cjk WHERE ticket_cjk MATCH '\"临时\"'")).value().toInt(), 0);
}

void TestSearch::quotesInInputAreHarmless()
{
    SearchStore store(*m_db);
    for (const QString &q : {QStringLiteral("\"unbalanced"), QStringLiteral("a\" OR \"b"), QStringLiteral("%_\\"),
                             QStringLiteral("NEAR(x y)"), QStringLiteral("*")}) {
        auto r = store.search(q);
        QVERIFY2(r, qPrintable(q + QStringLiteral(": ") + r.error()));
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
