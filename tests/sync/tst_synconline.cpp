// Sync by itself: a cycle starts when the servers can be reached again (ConnectivityMonitor probing
// a loopback "network" the test opens and closes), what backed off while offline goes at once,
// and the automatic interval really schedules cycles. A real SyncRunner on a workspace file, the
// fake back end over HTTP behind the gate.
#include "TcpGate.h"
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "sync/engine/SyncRunner.h"
#include "sync/network/ConnectivityMonitor.h"
#include "../common/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;
using sb::test::TcpGate;

class TestSyncOnline : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void monitorSaysBackOnlineOnlyAfterOffline();
    void cycleStartsWhenConnectivityReturns();
    void changesInBackoffGoWhenConnectivityReturns();
    void intervalSchedulesCycles();
    void intervalOffStopsCycles();

private:
    qint64 newCustomer(const QString &name);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    void goOffline(ConnectivityMonitor &monitor);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<TcpGate> m_gate;
    std::unique_ptr<SyncRunner> m_runner;
};

void TestSyncOnline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("w.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    m_gate = std::make_unique<TcpGate>(m_server->baseUrl());
    QVERIFY(m_gate->port() != 0);
    const QUrl url = m_gate->url(); // the app only knows the address behind the "network"
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', ?)"),
                       {url.toString()}));
    m_runner = std::make_unique<SyncRunner>(path, [url](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> out;
        auto connector = std::make_unique<FakeConnector>(&nam, url, QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
        connector->setTimeoutMs(2000);
        out.push_back({std::move(connector), 1});
        return out;
    });
}

void TestSyncOnline::cleanup()
{
    m_runner.reset(); // waits for the worker
    m_gate.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestSyncOnline::newCustomer(const QString &name)
{
    return testing::createCustomer(*m_db, {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("B")}});
}

QVariant TestSyncOnline::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestSyncOnline::goOffline(ConnectivityMonitor &monitor)
{
    m_gate->close();
    monitor.setInterval(100);
    monitor.setServers({m_gate->url()});
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectivityMonitor::State::Offline, 10000);
}

void TestSyncOnline::monitorSaysBackOnlineOnlyAfterOffline()
{
    ConnectivityMonitor monitor;
    QSignalSpy back(&monitor, &ConnectivityMonitor::backOnline);
    monitor.setInterval(100);
    QVERIFY(m_gate->open());
    monitor.setServers({m_gate->url()});
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectivityMonitor::State::Online, 10000);
    QTest::qWait(300); // several probes, all online
    QCOMPARE(back.count(), 0); // starting up online is not "back"

    m_gate->close();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectivityMonitor::State::Offline, 10000);
    QCOMPARE(back.count(), 0);
    QVERIFY(m_gate->open());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectivityMonitor::State::Online, 10000);
    QCOMPARE(back.count(), 1);
    QTest::qWait(300);
    QCOMPARE(back.count(), 1); // once per return, not once per probe
}

void TestSyncOnline::cycleStartsWhenConnectivityReturns()
{
    ConnectivityMonitor monitor;
    // What MainWindow does when "Sync as soon as the network comes back" is on.
    connect(&monitor, &ConnectivityMonitor::backOnline, m_runner.get(), &SyncRunner::syncWhenOnline);
    QSignalSpy started(m_runner.get(), &SyncRunner::started);
    QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
    goOffline(monitor);

    // A rep on the road: the change is kept and queued.
    const qint64 id = newCustomer(QStringLiteral("Taizhou Offline Pumps"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 1);
    QTest::qWait(400); // probes keep failing; nobody starts a cycle
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    // The network is back: nobody presses F5.
    QVERIFY(m_gate->open());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(started.count(), 1);
    const SyncSummary s = finished.first().first().value<SyncSummary>();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pushed, 1);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 1);
    QCOMPARE(m_server->records(QStringLiteral("customer")).first().fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("Taizhou Offline Pumps"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {id}).isNull());
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 0);
    QVERIFY(m_gate->connectionsForwarded() > 0); // it really went through the "network"
}

void TestSyncOnline::changesInBackoffGoWhenConnectivityReturns()
{
    ConnectivityMonitor monitor;
    connect(&monitor, &ConnectivityMonitor::backOnline, m_runner.get(), &SyncRunner::syncWhenOnline);
    goOffline(monitor);
    newCustomer(QStringLiteral("Jiaxing Backoff Trading"));

    // An automatic cycle while offline: the push cannot connect and the entry backs off.
    QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
    QVERIFY(m_runner->start());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    const SyncSummary offline = finished.takeFirst().first().value<SyncSummary>();
    QCOMPARE(offline.pushed, 0);
    QCOMPARE(offline.retryLater, 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox")).toString(), QStringLiteral("pending"));
    QVERIFY(!local(QStringLiteral("SELECT next_attempt_at FROM outbox")).isNull());
    // A long outage: the backoff has grown to its hour.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, attempts = 12"),
                       {QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)}));

    QVERIFY(m_gate->open());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    const SyncSummary online = finished.first().first().value<SyncSummary>();
    QVERIFY2(online.ok(), qPrintable(online.errors.join(QLatin1Char('\n'))));
    QCOMPARE(online.pushed, 1);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestSyncOnline::intervalSchedulesCycles()
{
    QVERIFY(m_gate->open());
    QSignalSpy started(m_runner.get(), &SyncRunner::started);
    QSignalSpy finished(m_runner.get(), &SyncRunner::finished);

    m_runner->setInterval(15);
    QCOMPARE(m_runner->interval(), 15);
    QCOMPARE(m_runner->effectiveIntervalMs(), 15 * 60 * 1000);
    QVERIFY(m_runner->isScheduled());

    // Minutes are too long for a test: the same timer, in milliseconds.
    m_runner->setIntervalMsForTesting(250);
    QCOMPARE(m_runner->effectiveIntervalMs(), 250);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
    QVERIFY(!finished.first().first().value<SyncSummary>().errors.size());

    // A change made between two automatic cycles goes with the next one, without F5.
    const int before = started.count();
    newCustomer(QStringLiteral("Shaoxing Interval Textiles"));
    QTRY_VERIFY_WITH_TIMEOUT(started.count() > before && finished.count() > before, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->count(QStringLiteral("customer")), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 3, 20000); // and it keeps going
}

void TestSyncOnline::intervalOffStopsCycles()
{
    QVERIFY(m_gate->open());
    QSignalSpy started(m_runner.get(), &SyncRunner::started);
    QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
    m_runner->setIntervalMsForTesting(200);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);

    m_runner->setIntervalMsForTesting(0);
    m_runner->setInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_runner->isRunning(), 20000);
    QVERIFY(!m_runner->isScheduled());
    QCOMPARE(m_runner->effectiveIntervalMs(), 0);
    const int count = started.count();
    QTest::qWait(800);
    QCOMPARE(started.count(), count);
}

QTEST_GUILESS_MAIN(TestSyncOnline)
#include "tst_synconline.moc"
