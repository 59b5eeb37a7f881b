// Splitter positions and list columns come back as a person left them: drag a splitter and a
// column edge in the orders page, close it, open it again. Sizes the code sets are not taken for
// a person's choice, and a layout saved for other columns is not forced on a changed list.
#include "OpsFixture.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/orders/OrdersView.h"

#include <QApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace sb;

namespace {

// A person's drag: press, move in steps, let go, as the widget receives it.
void drag(QWidget *w, QPoint from, QPoint to)
{
    auto send = [w](QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(w, &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestLayoutMemory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void splitterAndColumnsComeBack();
    void sizesTheCodeSetAreNotSaved();
    void aLayoutForOtherColumnsIsNotApplied();

private:
    std::unique_ptr<OrdersView> openOrders();
    opsfixture::Workspace m_ws;
    std::unique_ptr<AppContext> m_ctx;
};

void TestLayoutMemory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutmemory"));
    QVERIFY(m_ws.open());
    m_ctx = std::make_unique<AppContext>(*m_ws.db, Session());
}

void TestLayoutMemory::init()
{
    forgetLayouts();
    QVERIFY(QSettings().childGroups().indexOf(QStringLiteral("layout")) < 0);
}

std::unique_ptr<OrdersView> TestLayoutMemory::openOrders()
{
    auto view = std::make_unique<OrdersView>(*m_ctx);
    view->resize(1340, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("the orders page was not exposed");
    return view;
}

void TestLayoutMemory::splitterAndColumnsComeBack()
{
    QList<int> dragged;
    int draggedWidth = 0;
    {
        auto view = openOrders();
        auto *split = view->findChild<QSplitter *>(QStringLiteral("ordersSplitter"));
        auto *header = view->findChild<QHeaderView *>(QStringLiteral("orderList"));
        QVERIFY(split);
        QVERIFY(header);
        const QList<int> before = split->sizes();
        QCOMPARE(before.size(), 2);
        QSplitterHandle *handle = split->handle(1);
        const QPoint middle(handle->width() / 2, handle->height() / 2);
        drag(handle, middle, middle + QPoint(-160, 0));
        dragged = split->sizes();
        QVERIFY2(dragged.at(0) < before.at(0) - 100, qPrintable(QStringLiteral("%1 -> %2").arg(before.at(0)).arg(dragged.at(0))));

        // The first column's right edge, dragged 70 px wider.
        const int width = header->sectionSize(0);
        const int edge = header->sectionViewportPosition(0) + width - 1;
        drag(header->viewport(), QPoint(edge, header->height() / 2), QPoint(edge + 70, header->height() / 2));
        draggedWidth = header->sectionSize(0);
        QVERIFY2(draggedWidth >= width + 60, qPrintable(QStringLiteral("%1 -> %2").arg(width).arg(draggedWidth)));
        // Saved once the mouse is let go and the widget is done with it.
        QTRY_VERIFY(QSettings().contains(QStringLiteral("layout/ordersSplitter/splitter")));
        QTRY_VERIFY(QSettings().contains(QStringLiteral("layout/orderList/columns")));
    }
    // A new page, as after starting SalesBridge again.
    auto view = openOrders();
    auto *split = view->findChild<QSplitter *>(QStringLiteral("ordersSplitter"));
    auto *header = view->findChild<QHeaderView *>(QStringLiteral("orderList"));
    QVERIFY(split);
    QVERIFY(header);
    QCOMPARE(split->sizes(), dragged);
    QCOMPARE(header->sectionSize(0), draggedWidth);
    QVERIFY(view->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/layout-remembered.png")));

    // And the defaults again once forgotten.
    view.reset();
    forgetLayouts();
    view = openOrders();
    QVERIFY(view->findChild<QSplitter *>(QStringLiteral("ordersSplitter"))->sizes() != dragged);
}

void TestLayoutMemory::sizesTheCodeSetAreNotSaved()
{
    {
        auto view = openOrders();
        auto *split = view->findChild<QSplitter *>(QStringLiteral("ordersSplitter"));
        auto *header = view->findChild<QHeaderView *>(QStringLiteral("orderList"));
        QVERIFY(split && header);
        split->setSizes({200, 1100});
        header->resizeSection(0, 333);
        QTest::qWait(50);
    }
    QVERIFY(!QSettings().contains(QStringLiteral("layout/ordersSplitter/splitter")));
    QVERIFY(!QSettings().contains(QStringLiteral("layout/orderList/columns")));
}

void TestLayoutMemory::aLayoutForOtherColumnsIsNotApplied()
{
    QStandardItemModel threeColumns(2, 3);
    QTableView table;
    table.setModel(&threeColumns);
    table.horizontalHeader()->setStretchLastSection(false);
    table.resize(600, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    // Saved when the list had two columns (one at 400 px); now it has three.
    QSettings().setValue(QStringLiteral("layout/someList/columns"), QVariantList{0, 400, false, 1, 100, false});
    const int width = table.horizontalHeader()->sectionSize(0);
    QVERIFY(!rememberLayout(table.horizontalHeader(), QStringLiteral("someList")));
    QCOMPARE(table.horizontalHeader()->sectionSize(0), width);
    // The same columns, moved and hidden by a person, come back moved and hidden.
    QSettings().setValue(QStringLiteral("layout/someList/columns"),
                         QVariantList{2, 150, false, 0, 90, false, 1, 120, true});
    QTableView again;
    again.setModel(&threeColumns);
    again.horizontalHeader()->setStretchLastSection(false);
    QVERIFY(rememberLayout(again.horizontalHeader(), QStringLiteral("someList")));
    QHeaderView *h = again.horizontalHeader();
    QCOMPARE(h->logicalIndex(0), 1);
    QCOMPARE(h->logicalIndex(1), 2);
    QCOMPARE(h->logicalIndex(2), 0);
    QCOMPARE(h->sectionSize(0), 150);
    QCOMPARE(h->sectionSize(1), 90);
    QVERIFY(h->isSectionHidden(2));
}

QTEST_MAIN(TestLayoutMemory)
#include "tst_layoutmemory.moc"
