#include "OpsFixture.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/orders/OrderDetail.h"
#include "ui/orders/OrdersView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace sb;

class TestOrders : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void doneOrderShowsEveryStepDone();
    void openOrderStopsAtShipment();
    void searchByNumberPrefixNarrowsToTheOrder();
    void searchByCustomerName();
    void lateToShipView();
    void columnsFitTheFirstRowsOfAListThatOpenedEmpty();
    void screenshot();

private:
    qint64 scalarId(const QString &sql);
    opsfixture::Workspace m_ws;
    std::unique_ptr<AppContext> m_ctx;
};

qint64 TestOrders::scalarId(const QString &sql)
{
    auto r = m_ws.db->scalar(sql);
    return r && r.value().isValid() ? r.value().toLongLong() : -1;
}

void TestOrders::initTestCase()
{
    QVERIFY(m_ws.open());
    m_ctx = std::make_unique<AppContext>(*m_ws.db, Session());
}

void TestOrders::doneOrderShowsEveryStepDone()
{
    const qint64 id = scalarId(QStringLiteral(
        "SELECT o.id FROM orders o WHERE o.state = 'done' AND o.shipment_state = 'sent' AND o.invoice_state = 'paid' "
        "AND EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.state = 'paid') ORDER BY o.id LIMIT 1"));
    QVERIFY(id > 0);
    const QString invoiceNumber =
        m_ws.db->scalar(QStringLiteral("SELECT number FROM invoices WHERE order_id = ? ORDER BY id LIMIT 1"), {id})
            .value()
            .toString();

    OrdersView view(*m_ctx);
    view.openRecord(id);
    OrderDetail *detail = view.detail();
    QCOMPARE(detail->orderId(), id);
    const QList<FulfilmentStep> steps = detail->steps();
    QCOMPARE(steps.size(), 4);
    for (const FulfilmentStep &s : steps) {
        QCOMPARE(int(s.state), int(FulfilmentStep::Done));
        QVERIFY2(!s.detail.isEmpty(), qPrintable(s.title)); // every done step carries its date
    }
    QAbstractItemModel *invoices = detail->invoicesTable()->model();
    QVERIFY(invoices);
    QVERIFY(invoices->rowCount() >= 1);
    QCOMPARE(invoices->index(0, 0).data().toString(), invoiceNumber);
    QVERIFY(detail->linesTable()->model()->rowCount() >= 1);
    QVERIFY(detail->shipmentsTable()->model()->rowCount() >= 1);

    // The customer is a link to the customer file.
    const qint64 customerId = scalarId(QStringLiteral("SELECT customer_id FROM orders WHERE id = %1").arg(id));
    QLabel *link = nullptr;
    for (QLabel *l : detail->findChildren<QLabel *>())
        if (l->text().startsWith(QStringLiteral("<a ")))
            link = l;
    QVERIFY(link);
    QSignalSpy open(m_ctx.get(), &AppContext::openRequested);
    emit link->linkActivated(QStringLiteral("customer"));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("customer"));
    QCOMPARE(open.at(0).at(1).toLongLong(), customerId);
}

void TestOrders::openOrderStopsAtShipment()
{
    const qint64 id = scalarId(QStringLiteral(
        "SELECT id FROM orders WHERE state = 'confirmed' AND shipment_state IN ('none','waiting') "
        "AND invoice_state = 'none' ORDER BY id LIMIT 1"));
    QVERIFY(id > 0);
    OrdersView view(*m_ctx);
    view.openRecord(id);
    const QList<FulfilmentStep> steps = view.detail()->steps();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(int(steps.at(0).state), int(FulfilmentStep::Done));
    QCOMPARE(int(steps.at(1).state), int(FulfilmentStep::Current));
    QCOMPARE(int(steps.at(2).state), int(FulfilmentStep::NotReached));
    QCOMPARE(int(steps.at(3).state), int(FulfilmentStep::NotReached));
}

void TestOrders::searchByNumberPrefixNarrowsToTheOrder()
{
    OrdersView view(*m_ctx);
    SqlWindowModel *model = view.list()->model();
    const int all = model->rowCount();
    QVERIFY(all > 2);

    const qint64 id = scalarId(QStringLiteral("SELECT id FROM orders WHERE number IS NOT NULL ORDER BY id DESC LIMIT 1"));
    const QString number =
        m_ws.db->scalar(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {id}).value().toString();
    view.list()->setSearchText(number);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), id);

    // A shorter prefix keeps every order that starts with it, and only those.
    const QString prefix = number.left(number.size() - 1);
    const int expected = int(m_ws.db->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE number LIKE ?"),
                                             {prefix + QLatin1Char('%')})
                                 .value()
                                 .toLongLong());
    view.list()->setSearchText(prefix);
    QCOMPARE(model->rowCount(), expected);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data().toString().startsWith(prefix));

    view.list()->setSearchText(QString());
    QCOMPARE(model->rowCount(), all);
}

void TestOrders::searchByCustomerName()
{
    OrdersView view(*m_ctx);
    SqlWindowModel *model = view.list()->model();
    const qint64 customerId = scalarId(QStringLiteral("SELECT customer_id FROM orders ORDER BY id LIMIT 1"));
    const QString name =
        m_ws.db->scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customerId}).value().toString();
    // Two Chinese characters go through the CJK bigram index. The first two of a name are
    // often the region (华东...), which matches more customers: take the two after them.
    const QString twoChars = name.mid(2, 2);
    view.list()->setSearchText(twoChars);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < int(scalarId(QStringLiteral("SELECT count(*) FROM orders"))));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(model->index(row, 1).data().toString().contains(twoChars), qPrintable(model->index(row, 1).data().toString()));
}

void TestOrders::lateToShipView()
{
    OrdersView view(*m_ctx);
    auto *views = view.list()->findChild<QComboBox *>();
    QVERIFY(views);
    const int index = views->findText(QStringLiteral("Late to ship"));
    QVERIFY(index > 0);
    views->setCurrentIndex(index);
    const qint64 expected = scalarId(QStringLiteral(
        "SELECT count(*) FROM orders WHERE promised_date < date('now','localtime') AND shipment_state <> 'sent' "
        "AND state NOT IN ('cancelled','draft')"));
    QVERIFY(expected > 0);
    QCOMPARE(view.list()->model()->rowCount(), int(expected));
}

void TestOrders::columnsFitTheFirstRowsOfAListThatOpenedEmpty()
{
    // A workspace's first sync fills lists that opened empty: their columns were sized to the
    // headers alone, and "Processing" or a company name would show cut short.
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<Database> db = opened.take();
    AppContext ctx(*db, Session());
    OrdersView view(ctx);
    view.resize(1300, 700);
    ListPanel *list = view.findChild<ListPanel *>();
    QVERIFY(list);
    QTableView *table = list->table();
    QCOMPARE(list->model()->rowCount(), 0);
    const int headerOnly = table->columnWidth(2);
    auto addOrder = [&db](const QString &customer, const QString &number) {
        QVERIFY(db->exec(QStringLiteral("INSERT INTO customers (name) VALUES (?)"), {customer}));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO orders (number, customer_id, state) VALUES (?, last_insert_rowid(), 'processing')"),
                         {number}));
    };
    addOrder(QStringLiteral("苏州恒达精密机械有限公司 Suzhou Hengda Precision Machinery Co., Ltd."), QStringLiteral("SO-1"));
    list->refresh();
    QCOMPARE(list->model()->rowCount(), 1);
    const QString state = list->model()->index(0, 2).data().toString();
    QVERIFY2(!state.isEmpty(), "the state column");
    QVERIFY2(table->columnWidth(2) > headerOnly && table->columnWidth(2) >= table->fontMetrics().horizontalAdvance(state),
             qPrintable(QStringLiteral("%1 px for %2").arg(table->columnWidth(2)).arg(state)));
    // The customer column follows its name, up to its cap.
    QCOMPARE(table->columnWidth(1), list->fontMetrics().averageCharWidth() * 28);

    // A column a person sized before the rows came stays as they left it.
    auto emptyAgain = Database::open(QStringLiteral(":memory:"));
    QVERIFY(emptyAgain);
    std::unique_ptr<Database> db2 = emptyAgain.take();
    AppContext ctx2(*db2, Session());
    OrdersView view2(ctx2);
    ListPanel *list2 = view2.findChild<ListPanel *>();
    // Narrow, but not below what the header allows (its minimum follows the style and font).
    const int userWidth = list2->table()->horizontalHeader()->minimumSectionSize() + 3;
    list2->table()->horizontalHeader()->resizeSection(2, userWidth);
    db.swap(db2);
    addOrder(QStringLiteral("宁波东方泵阀有限公司"), QStringLiteral("SO-2"));
    db.swap(db2);
    list2->refresh();
    QCOMPARE(list2->model()->rowCount(), 1);
    QCOMPARE(list2->table()->columnWidth(2), userWidth);
}

void TestOrders::screenshot()
{
    opsfixture::Workspace demo;
    Database &db = opsfixture::screenshotBook(demo, m_ws);
    AppContext ctx(db, Session());
    OrdersView view(ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // An order still on its way shows more than an all-green chain.
    qint64 id = opsfixture::firstId(db, QStringLiteral(
        "SELECT id FROM orders WHERE state = 'processing' AND shipment_state = 'partial' ORDER BY order_date DESC LIMIT 1"));
    if (id <= 0)
        id = opsfixture::firstId(db, QStringLiteral("SELECT id FROM orders WHERE state IN ('confirmed','processing') LIMIT 1"));
    QVERIFY(id > 0);
    view.openRecord(id);
    QTest::qWait(50); // posted layout requests run first, as in the app
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/orders.png")));

    const qint64 done = opsfixture::firstId(db, QStringLiteral(
        "SELECT id FROM orders WHERE state = 'done' AND invoice_state = 'paid' ORDER BY order_date DESC LIMIT 1"));
    QVERIFY(done > 0);
    view.openRecord(done);
    QTest::qWait(50);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/orders-done.png")));
}

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
