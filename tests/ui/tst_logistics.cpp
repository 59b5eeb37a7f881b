#include "OpsFixture.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/logistics/LogisticsView.h"

#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace sb;

class TestLogistics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inTransitListsOnlyShipped();
    void toShipAndLateViews();
    void searchByTrackingPrefix();
    void searchByShipmentNumberAndCustomer();
    void detailShowsTheShipment();
    void screenshot();

private:
    QStringList statesShown(LogisticsView &view);
    qint64 count(const QString &sql);
    opsfixture::Workspace m_ws;
    std::unique_ptr<AppContext> m_ctx;
};

void TestLogistics::initTestCase()
{
    QVERIFY(m_ws.open());
    m_ctx = std::make_unique<AppContext>(*m_ws.db, Session());
}

qint64 TestLogistics::count(const QString &sql)
{
    return m_ws.db->scalar(sql).value().toLongLong();
}

QStringList TestLogistics::statesShown(LogisticsView &view)
{
    QStringList states;
    SqlWindowModel *m = view.list()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        states << m_ws.db->scalar(QStringLiteral("SELECT state FROM shipments WHERE id = ?"), {m->idAt(row)}).value().toString();
    return states;
}

void TestLogistics::inTransitListsOnlyShipped()
{
    LogisticsView view(*m_ctx);
    const int all = view.list()->model()->rowCount();
    view.setView(LogisticsView::InTransit);
    const QStringList states = statesShown(view);
    QCOMPARE(states.size(), int(count(QStringLiteral("SELECT count(*) FROM shipments WHERE state = 'shipped'"))));
    QVERIFY(!states.isEmpty());
    QVERIFY(states.size() < all);
    for (const QString &s : states)
        QCOMPARE(s, QStringLiteral("shipped"));
}

void TestLogistics::toShipAndLateViews()
{
    LogisticsView view(*m_ctx);
    view.setView(LogisticsView::ToShip);
    const QStringList toShip = statesShown(view);
    QCOMPARE(toShip.size(), int(count(QStringLiteral(
                                "SELECT count(*) FROM shipments WHERE state IN ('waiting','assigned','picked','packed')"))));
    view.setView(LogisticsView::Late);
    const QStringList late = statesShown(view);
    QCOMPARE(late.size(), int(count(QStringLiteral(
                              "SELECT count(*) FROM shipments WHERE planned_date < date('now','localtime') "
                              "AND state NOT IN ('shipped','delivered','cancelled')"))));
    QVERIFY(!late.isEmpty());
    for (const QString &s : late)
        QVERIFY(s != QLatin1String("shipped") && s != QLatin1String("delivered"));
}

void TestLogistics::searchByTrackingPrefix()
{
    auto r = m_ws.db->exec(QStringLiteral("SELECT id, tracking_number FROM shipments WHERE tracking_number IS NOT NULL "
                                          "ORDER BY id LIMIT 1"));
    QVERIFY(r && r.value().next());
    const qint64 id = r.value().value(0).toLongLong();
    const QString tracking = r.value().value(1).toString();
    LogisticsView view(*m_ctx);
    SqlWindowModel *m = view.list()->model();
    view.list()->setSearchText(tracking);
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->idAt(0), id);
    // Read off a label with spaces in it, still the same parcel.
    view.list()->setSearchText(tracking.left(4) + QLatin1Char(' ') + tracking.mid(4));
    QCOMPARE(m->rowCount(), 1);
    // A wildcard typed by a person is a literal character, not "anything".
    view.list()->setSearchText(QStringLiteral("%"));
    QCOMPARE(m->rowCount(), 0);
}

void TestLogistics::searchByShipmentNumberAndCustomer()
{
    LogisticsView view(*m_ctx);
    SqlWindowModel *m = view.list()->model();
    const QString number =
        m_ws.db->scalar(QStringLiteral("SELECT number FROM shipments ORDER BY id DESC LIMIT 1")).value().toString();
    view.list()->setSearchText(number);
    QCOMPARE(m->rowCount(), 1);

    const QString customer =
        m_ws.db->scalar(QStringLiteral("SELECT c.name FROM shipments s JOIN customers c ON c.id = s.customer_id "
                                       "ORDER BY s.id LIMIT 1")).value().toString();
    view.list()->setSearchText(customer.mid(2, 2));
    QVERIFY(m->rowCount() > 0);
    for (int row = 0; row < m->rowCount(); ++row)
        QVERIFY(m->index(row, 1).data().toString().contains(customer.mid(2, 2)));

    // Search and view combine: in transit AND this customer.
    view.setView(LogisticsView::InTransit);
    for (const QString &s : statesShown(view))
        QCOMPARE(s, QStringLiteral("shipped"));
}

void TestLogistics::detailShowsTheShipment()
{
    auto r = m_ws.db->exec(QStringLiteral("SELECT id, tracking_number, order_id FROM shipments WHERE state = 'shipped' "
                                          "AND order_id IS NOT NULL ORDER BY id LIMIT 1"));
    QVERIFY(r && r.value().next());
    const qint64 id = r.value().value(0).toLongLong();
    const QString tracking = r.value().value(1).toString();
    const qint64 orderId = r.value().value(2).toLongLong();

    LogisticsView view(*m_ctx);
    view.openRecord(id);
    QCOMPARE(view.shipmentId(), id);
    QCOMPARE(view.trackingNumber(), tracking);

    // The copy button puts the tracking number on the clipboard.
    QToolButton *copy = nullptr;
    for (QToolButton *b : view.findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Copy"))
            copy = b;
    QVERIFY(copy);
    QSignalSpy info(m_ctx.get(), &AppContext::infoReported);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), tracking);
    QCOMPARE(info.count(), 1);

    // The order link asks the main window to open the order.
    QSignalSpy open(m_ctx.get(), &AppContext::openRequested);
    const QString orderNumber =
        m_ws.db->scalar(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {orderId}).value().toString();
    QLabel *orderLink = nullptr;
    for (QLabel *l : view.findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("<a ")) && l->text().contains(orderNumber))
            orderLink = l;
    QVERIFY(orderLink);
    emit orderLink->linkActivated(QStringLiteral("open"));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("order"));
    QCOMPARE(open.at(0).at(1).toLongLong(), orderId);
}

void TestLogistics::screenshot()
{
    opsfixture::Workspace demo;
    Database &db = opsfixture::screenshotBook(demo, m_ws);
    AppContext ctx(db, Session());
    LogisticsView view(ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint64 delivered = opsfixture::firstId(db, QStringLiteral(
        "SELECT id FROM shipments WHERE state = 'delivered' ORDER BY delivered_at DESC LIMIT 1"));
    QVERIFY(delivered > 0);
    view.openRecord(delivered);
    QTest::qWait(50); // posted layout requests run first, as in the app
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/logistics.png")));

    // A late parcel, in the Late view.
    view.setView(LogisticsView::Late);
    view.list()->selectRow(0);
    QTest::qWait(50);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/logistics-late.png")));
}

QTEST_MAIN(TestLogistics)
#include "tst_logistics.moc"
