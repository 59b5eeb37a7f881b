// The whole app on a real trytond: a workspace file, the background SyncRunner started with F5
// as a user would, then every main view shows what came from the ERP (PNGs saved for review).
#include "TrytonServer.h"

#include "models/store/Database.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncRunner.h"
#include "ui/common/AppContext.h"
#include "ui/settings/ConnectorDialog.h"
#include "ui/shell/MainWindow.h"
#include "sync/credentials/CredentialStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <QAbstractItemView>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestTrytonUi : public QObject {
    Q_OBJECT
private slots:
    void everyViewShowsTheErpData();
    void testConnectionLogsInWithWhatWasTyped();
};

void TestTrytonUi::everyViewShowsTheErpData()
{
    TrytonServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/workspace.sbw");
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<Database> db = opened.take();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) "
                                    "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                     {server.url().toString()}));

    const tryton::Config config = server.config();
    SyncRunner runner(path, [config](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> list;
        list.push_back(RunnerConnector{std::make_unique<TrytonConnector>(&nam, config), 1});
        return list;
    });
    Session session;
    session.role = QStringLiteral("office");
    session.user = QStringLiteral("li.na");
    AppContext ctx(*db, session);
    MainWindow window(ctx, QStringLiteral("Tryton"));
    window.setSyncRunner(&runner);
    window.resize(1366, 768);
    window.showPage(MainWindow::Orders); // built before the sync: it must refresh after it
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy finished(&runner, &SyncRunner::finished);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(finished.wait(120000));
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.errors.join(QStringLiteral("; "))));
    QVERIFY(summary.pulled > 50);

    // Each view lists what the ERP holds (its first item view has rows).
    const QStringList names = {QStringLiteral("customers"), QStringLiteral("pipeline"), QStringLiteral("quotes"),
                               QStringLiteral("orders"),    QStringLiteral("inventory"), QStringLiteral("logistics")};
    for (int i = 0; i < names.size(); ++i) {
        window.showPage(MainWindow::Page(i));
        QTest::qWait(300); // lists refresh after a sync on a short timer
        QApplication::processEvents();
        int rows = 0;
        for (QAbstractItemView *view : window.page(MainWindow::Page(i))->findChildren<QAbstractItemView *>())
            if (view->isVisible() && view->model())
                rows = qMax(rows, view->model()->rowCount());
        QVERIFY2(rows > 0, qPrintable(names.at(i)));
        const QString png = QStringLiteral(SB_SCREENSHOT_DIR "/tryton-%1.png").arg(names.at(i));
        QVERIFY2(window.grab().save(png), qPrintable(png));
    }
}

void TestTrytonUi::testConnectionLogsInWithWhatWasTyped()
{
    TrytonServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    std::unique_ptr<Database> db = opened.take();
    CredentialStore keychain;
    ConnectorConfig config;
    config.system = QStringLiteral("erp");
    config.kind = QStringLiteral("tryton");
    ConnectorDialog dialog(*db, keychain, config);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectorUrl"))->setText(server.url().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("connectorDatabase"))->setText(QStringLiteral("crm"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectorUser"))->setText(QStringLiteral("admin"));
    QLineEdit *password = dialog.findChild<QLineEdit *>(QStringLiteral("connectorPassword"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("connectorError"));
    QVERIFY(message);

    password->setText(QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Could not connect")), 30000);
    QVERIFY2(message->text().contains(QStringLiteral("password")), qPrintable(message->text()));
    QVERIFY(dialog.testButton()->isEnabled());

    password->setText(QStringLiteral("admin"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Connected")), 30000);
    QVERIFY2(message->text().contains(QStringLiteral("party record")), qPrintable(message->text()));
    // Testing saves nothing.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM connectors")).value().toInt(), 0);
    QVERIFY(dialog.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connector-test.png")));
}

QTEST_MAIN(TestTrytonUi)
#include "tst_trytonui.moc"
