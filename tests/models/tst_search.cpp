// Full-text search in Chinese and Latin script, including two- and one-character Chinese.
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
