// The window of a workspace as the app builds it (WorkspaceWindow, the one path for an existing
// workspace and for a demo generated at first start): a demo workspace starts without servers
// and without sync, and the server added afterwards in Settings gets a sync cycle at once,
// without a restart. The server is a closed port: the cycle fails to reach it, which still
// shows that a cycle was run.
#include "models/demo/DemoGenerator.h"
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/engine/SyncRunner.h"
#include "ui/outbox/SyncStatusIndicator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceWindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

class TestWorkspaceWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void serverAddedToTheDemoWorkspaceGetsSynced();
    void screenshotRunsNoSync();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestWorkspaceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{30, 11, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
    auto servers = ConnectorStore(*m_db).enabled();
    QVERIFY(servers && servers.value().isEmpty()); // the demo workspace has no server
}

void TestWorkspaceWindow::serverAddedToTheDemoWorkspaceGetsSynced()
{
    WorkspaceWindow ws(*m_db, Session(), QStringLiteral("Demo workspace"), m_path);
    ws.window().show();
    QVERIFY(!ws.syncRunner()); // nothing to sync with yet

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectorConfig server;
    server.system = QStringLiteral("erp");
    server.kind = QStringLiteral("tryton");
    server.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    server.databaseName = QStringLiteral("crm");
    server.username = QStringLiteral("admin");
    auto saved = ConnectorStore(*m_db).save(server);
    QVERIFY2(saved, qPrintable(saved.error()));
    emit ws.window().connectorsChanged(); // what Settings' Apply does after saving a server

    QVERIFY(ws.syncRunner());
    QCOMPARE(ws.window().syncRunner(), ws.syncRunner()); // F5 and the status bar use it
    QSignalSpy started(ws.syncRunner(), &SyncRunner::started);
    QSignalSpy finished(ws.syncRunner(), &SyncRunner::finished);
    QVERIFY(started.wait(10000));
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(!summary.errors.isEmpty(), "a closed port cannot be synced with");
    // A second change of servers keeps the same runner: it builds its connectors every cycle.
    SyncRunner *runner = ws.syncRunner();
    emit ws.window().connectorsChanged();
    QCOMPARE(ws.syncRunner(), runner);
    QVERIFY(ConnectorStore(*m_db).remove(saved.value()));
}

void TestWorkspaceWindow::screenshotRunsNoSync()
{
    ConnectorConfig server;
    server.system = QStringLiteral("erp");
    server.kind = QStringLiteral("tryton");
    server.url = QStringLiteral("http://127.0.0.1:9");
    server.databaseName = QStringLiteral("crm");
    server.username = QStringLiteral("admin");
    auto saved = ConnectorStore(*m_db).save(server);
    QVERIFY2(saved, qPrintable(saved.error()));
    WorkspaceWindow::Options options;
    options.backgroundSync = false;
    WorkspaceWindow ws(*m_db, Session(), QStringLiteral("Demo workspace"), m_path, options);
    QVERIFY(!ws.syncRunner());
    QVERIFY(ConnectorStore(*m_db).remove(saved.value()));
}

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
