// Every list model of the app under QAbstractItemModelTester, on a demo workspace, plus the
// windowing itself (counts, paging past the first page, sorting, filters).
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/SearchStore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace sb;

class TestListModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyListPassesTheTester_data();
    void everyListPassesTheTester();
    void windowReadsPastFirstPage();
    void sortingIsDoneInSql();
    void filterNarrowsAndRefreshCounts();
    void timelineMergesSources();

private:
    qint64 firstId(const QString &sql) { return m_db->scalar(sql).value().toLongLong(); }
    std::unique_ptr<Database> m_db;
};

void TestListModels::initTestCase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    DemoGenerator gen(*m_db, DemoGenerator::Options{600, 7, QStringLiteral("wang.fang")});
    auto r = gen.generate();
    QVERIFY2(r, qPrintable(r.error()));
}

void TestListModels::everyListPassesTheTester_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"customers", "contacts", "opportunities", "stageColumn", "quotes", "orders", "orderLines",
                          "shipments", "shipmentsOfOrder", "invoicesOfOrder", "stock", "approvals", "tickets",
                          "ticketEvents", "outbox", "timeline", "customerContacts"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestListModels::everyListPassesTheTester()
{
    QFETCH(QString, name);
    Database &db = *m_db;
    const qint64 customer = firstId(QStringLiteral("SELECT customer_id FROM orders WHERE state = 'done' LIMIT 1"));
    const qint64 order = firstId(QStringLiteral("SELECT id FROM orders WHERE state = 'done' LIMIT 1"));
    const qint64 ticket = firstId(QStringLiteral("SELECT ticket_id FROM ticket_events LIMIT 1"));
    std::unique_ptr<SqlWindowModel> m;
    if (name == QLatin1String("customers")) m.reset(lists::customers(db, nullptr));
    else if (name == QLatin1String("contacts")) m.reset(lists::contacts(db, 0, nullptr));
    else if (name == QLatin1String("customerContacts")) m.reset(lists::contacts(db, customer, nullptr));
    else if (name == QLatin1String("opportunities")) m.reset(lists::opportunities(db, 0, nullptr));
    else if (name == QLatin1String("stageColumn")) m.reset(lists::stageColumn(db, QStringLiteral("proposal"), nullptr));
    else if (name == QLatin1String("quotes")) m.reset(lists::quotes(db, 0, nullptr));
    else if (name == QLatin1String("orders")) m.reset(lists::orders(db, 0, nullptr));
    else if (name == QLatin1String("orderLines")) m.reset(lists::orderLines(db, order, nullptr));
    else if (name == QLatin1String("shipments")) m.reset(lists::shipments(db, 0, nullptr));
    else if (name == QLatin1String("shipmentsOfOrder")) m.reset(lists::shipmentsOfOrder(db, order, nullptr));
    else if (name == QLatin1String("invoicesOfOrder")) m.reset(lists::invoicesOfOrder(db, order, nullptr));
    else if (name == QLatin1String("stock")) m.reset(lists::stock(db, nullptr));
    else if (name == QLatin1String("approvals")) m.reset(lists::approvals(db, nullptr));
    else if (name == QLatin1String("tickets")) m.reset(lists::tickets(db, 0, nullptr));
    else if (name == QLatin1String("ticketEvents")) m.reset(lists::ticketEvents(db, ticket, nullptr));
    else if (name == QLatin1String("outbox")) m.reset(lists::outbox(db, nullptr));
    else if (name == QLatin1String("timeline")) m.reset(lists::timeline(db, customer, nullptr));
    QVERIFY(m);
    QVERIFY2(m->lastError().isEmpty(), qPrintable(m->lastError()));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (name != QLatin1String("outbox"))
        QVERIFY2(m->rowCount() > 0, "the demo workspace fills every list");
    for (int row = 0; row < qMin(m->rowCount(), 50); ++row)
        for (int col = 0; col < m->columnCount(); ++col)
            m->data(m->index(row, col));
    QVERIFY2(m->lastError().isEmpty(), qPrintable(m->lastError()));
    m->sort(0, Qt::DescendingOrder);
    m->refresh();
    m->setFilter(QStringLiteral("1 = 0"));
    QCOMPARE(m->rowCount(), 0);
}

void TestListModels::windowReadsPastFirstPage()
{
    std::unique_ptr<SqlWindowModel> m(lists::contacts(*m_db, 0, nullptr));
    m->setPageSize(50);
    m->refresh();
    const int total = m_db->scalar(QStringLiteral("SELECT count(*) FROM contacts")).value().toInt();
    QCOMPARE(m->rowCount(), total);
    QSet<qint64> ids;
    for (int row = 0; row < total; ++row)
        ids.insert(m->idAt(row));
    QCOMPARE(ids.size(), total); // every row once, across pages and page evictions
    QVERIFY(m->data(m->index(total - 1, 0)).isValid());
    QVERIFY(!m->data(m->index(total, 0)).isValid());
}

void TestListModels::sortingIsDoneInSql()
{
    std::unique_ptr<SqlWindowModel> m(lists::opportunities(*m_db, 0, nullptr));
    const int amount = 3;
    QCOMPARE(m->headerData(amount, Qt::Horizontal).toString(), QStringLiteral("Amount"));
    m->sort(amount, Qt::DescendingOrder);
    const qint64 max = m_db->scalar(QStringLiteral("SELECT max(amount_cents) FROM opportunities")).value().toLongLong();
    QCOMPARE(m->data(m->index(0, amount), SqlWindowModel::RawRole).toLongLong(), max);
    qint64 previous = max;
    for (int row = 0; row < m->rowCount(); row += 37) {
        const qint64 v = m->data(m->index(row, amount), SqlWindowModel::RawRole).toLongLong();
        QVERIFY(v <= previous);
        previous = v;
    }
    QCOMPARE(m->data(m->index(0, amount), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
}

void TestListModels::filterNarrowsAndRefreshCounts()
{
    std::unique_ptr<SqlWindowModel> m(lists::customers(*m_db, nullptr));
    const int all = m->rowCount();
    const QString name = m_db->scalar(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")).value().toString();
    const SearchCondition c = SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), name);
    m->setFilter(c.sql, c.bindings);
    QVERIFY(m->rowCount() >= 1);
    QVERIFY(m->rowCount() < all);
    QCOMPARE(m->data(m->index(0, 0)).toString(), name);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET local_state = 3 WHERE name = ?"), {name}));
    m->refresh();
    QCOMPARE(m->rowCount(), 0);
}

void TestListModels::timelineMergesSources()
{
    const qint64 customer = firstId(QStringLiteral("SELECT customer_id FROM shipments LIMIT 1"));
    std::unique_ptr<SqlWindowModel> m(lists::timeline(*m_db, customer, nullptr));
    QSet<QString> sources;
    QString previous = QStringLiteral("9999");
    for (int row = 0; row < m->rowCount(); ++row) {
        sources.insert(m->value(row, QStringLiteral("source")).toString());
        const QString at = m->data(m->index(row, 0), SqlWindowModel::RawRole).toString();
        QVERIFY2(at <= previous, "newest first");
        previous = at;
    }
    QVERIFY(sources.contains(QStringLiteral("order")));
    QVERIFY(sources.contains(QStringLiteral("shipment")));
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
