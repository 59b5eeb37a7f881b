// The whole window over a demo workspace, driven like a person would: create a customer
// offline with Ctrl+N, find it in the list and with Ctrl+K, see it queued; roles pick the
// default page; a PNG of every main view is saved for people to look at.
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/Database.h"
#include "models/store/SyncStates.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/customers/CustomerFileView.h"
#include "ui/customers/CustomersView.h"
#include "ui/search/GlobalSearch.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>
#include <QtTest>

using namespace sb;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rolesPickTheDefaultPage_data();
    void rolesPickTheDefaultPage();
    void createCustomerOfflineThenFindIt();
    void invalidCustomerKeepsDialogOpen();
    void customerFileShowsRelatedRecords();
    void screenshotsOfEveryView();

private:
    std::unique_ptr<MainWindow> window(const QString &role);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{400, 11, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
}

std::unique_ptr<MainWindow> TestMainWindow::window(const QString &role)
{
    Session s;
    s.role = role;
    s.user = QStringLiteral("wang.fang");
    m_ctx = std::make_unique<AppContext>(*m_db, s);
    auto w = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Test"));
    w->resize(1366, 768);
    w->show();
    w->windowHandle()->requestActivate();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("main window did not become active");
    return w;
}

void TestMainWindow::rolesPickTheDefaultPage_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("page");
    QTest::newRow("rep") << QStringLiteral("rep") << int(MainWindow::Customers);
    QTest::newRow("office") << QStringLiteral("office") << int(MainWindow::Orders);
    QTest::newRow("manager") << QStringLiteral("manager") << int(MainWindow::Approvals);
}

void TestMainWindow::rolesPickTheDefaultPage()
{
    QFETCH(QString, role);
    QFETCH(int, page);
    QCOMPARE(int(MainWindow::defaultPageFor(role)), page);
    auto w = window(role);
    QCOMPARE(int(w->currentPage()), page);
    // Only the start page is built at start-up; the others when first shown.
    for (int p = 0; p < MainWindow::PageCount; ++p)
        QCOMPARE(w->isPageBuilt(MainWindow::Page(p)), p == page);
    w->showPage(MainWindow::Service);
    QVERIFY(w->isPageBuilt(MainWindow::Service));
}

void TestMainWindow::createCustomerOfflineThenFindIt()
{
    auto w = window(QStringLiteral("rep"));
    w->showPage(MainWindow::Customers);
    const int outboxBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt();

    // Ctrl+N on the customers page opens the new-customer dialog.
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    CustomerDialog *dialog = w->customers()->lastDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->insert(QStringLiteral("杭州青禾智能装备有限公司")); // QTest types ASCII only
    dialog->findChild<QLineEdit *>(QStringLiteral("shortName"))->insert(QStringLiteral("青禾")); // QTest types ASCII only
    dialog->findChild<QLineEdit *>(QStringLiteral("contactName"))->insert(QStringLiteral("周敏")); // QTest types ASCII only
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail")), QStringLiteral("zhou.min@qinghe.cn"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!w->customers()->lastDialog());

    // Stored with its outbox entries (customer + primary contact), shown in the file.
    const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM customers WHERE short_name = '青禾'")).value().toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt(), outboxBefore + 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer' AND record_id = ?"), {id}).value().toInt(), 1);
    QCOMPARE(w->customers()->file()->customerId(), id);
    QVERIFY(w->customers()->file()->findChild<QLabel *>(QStringLiteral("syncBadge"))->isVisibleTo(w.get()));

    // In the list, by its two-character short name.
    w->customers()->showList();
    ListPanel *list = w->customers()->list();
    list->setSearchText(QStringLiteral("青禾"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->idAt(0), id);
    QCOMPARE(list->model()->data(list->model()->index(0, 0), SqlWindowModel::SyncStateRole).toInt(), 1);

    // Ctrl+K finds the contact and Enter opens the customer.
    w->windowHandle()->requestActivate(); // the closed dialog was the focus window
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = w->globalSearch();
    QTRY_VERIFY(search->isVisible());
    search->input()->insert(QStringLiteral("周敏"));
    search->runSearch();
    QVERIFY(search->results()->count() >= 1);
    QVERIFY(search->results()->item(0)->text().contains(QStringLiteral("周敏")));
    QTest::keyClick(search->input(), Qt::Key_Return);
    QVERIFY(!search->isVisible());
    QCOMPARE(int(w->currentPage()), int(MainWindow::Customers));
    QCOMPARE(w->customers()->file()->customerId(), id);

    // The status bar counts what waits to be sent: changes a configured system takes (the demo
    // workspace has none, so its changes are kept here, said in the tooltip).
    w->refreshCounts();
    const int pending = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox x WHERE ") + sql::waitingToSend(QStringLiteral("x.")))
                            .value()
                            .toInt();
    QVERIFY2(w->pendingLabel()->text().contains(QString::number(pending)), qPrintable(w->pendingLabel()->text()));
    const int kept = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox x WHERE ") + sql::keptHere(QStringLiteral("x.")))
                         .value()
                         .toInt();
    if (kept)
        QVERIFY2(w->pendingLabel()->toolTip().contains(QLatin1String("kept on this computer")), qPrintable(w->pendingLabel()->toolTip()));
}

void TestMainWindow::invalidCustomerKeepsDialogOpen()
{
    auto w = window(QStringLiteral("rep"));
    w->showPage(MainWindow::Customers);
    w->newRecord();
    CustomerDialog *dialog = w->customers()->lastDialog();
    QVERIFY(dialog);
    const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactName")), QStringLiteral("Somebody"));
    dialog->accept(); // no name
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->isVisibleTo(dialog));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), before);
    dialog->reject();
}

void TestMainWindow::customerFileShowsRelatedRecords()
{
    auto w = window(QStringLiteral("rep"));
    const qint64 id = m_db->scalar(QStringLiteral("SELECT customer_id FROM orders o WHERE EXISTS (SELECT 1 FROM shipments s "
                                                  "WHERE s.order_id = o.id) LIMIT 1")).value().toLongLong();
    m_ctx->requestOpen(QStringLiteral("customer"), id);
    CustomerFileView *file = w->customers()->file();
    QCOMPARE(file->customerId(), id);
    QVERIFY(file->timeline()->model()->rowCount() > 0);
    QTabWidget *tabs = file->related();
    QCOMPARE(tabs->count(), 7); // contacts, addresses, opportunities, quotes, orders, shipments, tickets
    const int orders = m_db->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = ?"), {id}).value().toInt();
    QVERIFY2(tabs->tabText(4).contains(QString::number(orders)), qPrintable(tabs->tabText(4)));

    // Log a call from the file: one line, Enter opens the report with it, Save.
    auto *subject = file->findChild<QLineEdit *>(QStringLiteral("activitySubject"));
    const int before = file->timeline()->model()->rowCount();
    QTest::keyClicks(subject, QStringLiteral("Called about the delivery date"));
    QTimer::singleShot(0, this, [] {
        auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->accept();
    });
    QTest::keyClick(subject, Qt::Key_Return);
    QCOMPARE(file->timeline()->model()->rowCount(), before + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND op = 'create'")).value().toInt(), 1);
    file->resize(1366, 700);
    QVERIFY(w->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/customer-file.png")));
}

void TestMainWindow::screenshotsOfEveryView()
{
    auto w = window(QStringLiteral("manager"));
    const QStringList names = {QStringLiteral("customers"), QStringLiteral("pipeline"), QStringLiteral("quotes"),
                               QStringLiteral("orders"),    QStringLiteral("inventory"), QStringLiteral("logistics"),
                               QStringLiteral("approvals"), QStringLiteral("service"),   QStringLiteral("pending-changes"),
                               QStringLiteral("calendar"),  QStringLiteral("dashboard")};
    w->customers()->showList();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        w->showPage(MainWindow::Page(i));
        QCOMPARE(int(w->currentPage()), i);
        QApplication::processEvents();
        const QString path = QStringLiteral(SB_SCREENSHOT_DIR "/main-%1.png").arg(names.at(i));
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }
    QVERIFY(!w->messageBar()->isVisible() || !w->messageBar()->isError());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
