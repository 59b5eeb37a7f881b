// `salesbridge sync`'s exit code and its "Left:" line, with the command's own cycle
// (runSyncCycle, app/SyncCommands.cpp) driven against the fake back end. The code describes
// the workspace after the cycle: 0 all through, 1 a person must act (refused, conflicts, changes
// held behind them), 3 changes still wait for a later cycle, 2 the cycle could not run.
#include "app/SyncCommands.h"
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/ServiceStore.h"
#include "../common/TestSupport.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTextStream>
#include <QtTest>

using namespace sb;

namespace {
// The fake ERP with customers' deletions checked on a schedule, as Tryton's.
class ScheduledFake : public FakeConnector {
public:
    using FakeConnector::FakeConnector;
    bool deletionCheckOnSchedule(const QString &entity) const override { return entity == QLatin1String("customer"); }
};
} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void allThroughExitsZero();
    void changesOfKindsNoServerTakesDoNotCount();
    void refusedChangeExitsOne();
    void conflictExitsOne();
    void laterCycleLeavingTheSameConflictStillExitsOne();
    void retryLeftExitsThree();
    void unreachableServerExitsTwo();
    void checkDeletionsRunsTheCheckAndSaysWhatItCost();

private:
    // One cycle over the fake server; out and err get what the command prints.
    int cycle(FakeConnector *connector = nullptr, bool checkDeletions = false);
    qint64 newCustomer(const QString &name);
    QVariant local(const QString &sql, const QVariantList &bindings = {});

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<FakeConnector> m_connector;
    QString m_out, m_err;
};

void TestSyncCli::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    m_connector = std::make_unique<FakeConnector>(m_nam.get(), m_server->baseUrl(),
                                                  QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
    m_connector->setTimeoutMs(2000);
}

void TestSyncCli::cleanup()
{
    m_connector.reset();
    m_server.reset();
    m_nam.reset();
    m_db.reset();
}

int TestSyncCli::cycle(FakeConnector *connector, bool checkDeletions)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out), err(&m_err);
    const int rc = runSyncCycle(*m_db, {SyncTarget{connector ? connector : m_connector.get(), 1}}, out, err, nullptr, checkDeletions);
    out.flush();
    err.flush();
    return rc;
}

qint64 TestSyncCli::newCustomer(const QString &name)
{
    return testing::createCustomer(*m_db, {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("C")}});
}

QVariant TestSyncCli::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestSyncCli::allThroughExitsZero()
{
    newCustomer(QStringLiteral("Good Co"));
    m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("From the ERP")}});
    QCOMPARE(cycle(), int(SyncExit::AllThrough));
    QVERIFY2(m_out.contains(QStringLiteral("Left: nothing")), qPrintable(m_out));
    QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
}

void TestSyncCli::changesOfKindsNoServerTakesDoNotCount()
{
    // Tickets go to an after-sales server; with only the ERP set up they stay here by design.
    const qint64 customer = newCustomer(QStringLiteral("Ticket Co"));
    auto ticket = ServiceStore(*m_db).createTicket({{QStringLiteral("subject"), QStringLiteral("Noisy spindle")},
                                                    {QStringLiteral("customer_id"), customer}},
                                                   QStringLiteral("wang.fang"));
    QVERIFY2(ticket, qPrintable(ticket.error()));
    QCOMPARE(cycle(), int(SyncExit::AllThrough));
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND state = 'pending'")).toInt() > 0);
    QVERIFY2(m_out.contains(QStringLiteral("Left: nothing")), qPrintable(m_out));
}

void TestSyncCli::refusedChangeExitsOne()
{
    m_server->addRule(QStringLiteral("customer"), QStringLiteral("name"),
                      [](const QVariant &v) { return !v.toString().startsWith(QLatin1String("BAD")); },
                      QStringLiteral("The name is not allowed"));
    newCustomer(QStringLiteral("BAD name"));
    newCustomer(QStringLiteral("Good Co"));
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 refused\n")), qPrintable(m_out));
    // Nothing new happens in the next cycle, and the refusal is still there to fix.
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    QVERIFY2(m_out.contains(QStringLiteral("refused 0")), qPrintable(m_out)); // this cycle met none
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 refused")), qPrintable(m_out));
}

void TestSyncCli::conflictExitsOne()
{
    const FakeRecord r = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Base name")}});
    QCOMPARE(cycle(), int(SyncExit::AllThrough));
    const qint64 id = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {r.id}).toLongLong();
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("name"), QStringLiteral("Mine")}}));
    QVERIFY(m_server->edit(QStringLiteral("customer"), r.id, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    // The edit itself waits for the decision: held, with its reason, not plain "pending".
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 in conflict, 1 held behind a conflict or a refused change of the same record\n")),
             qPrintable(m_out));
}

void TestSyncCli::laterCycleLeavingTheSameConflictStillExitsOne()
{
    const FakeRecord r = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Base name")}});
    QCOMPARE(cycle(), int(SyncExit::AllThrough));
    const qint64 id = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {r.id}).toLongLong();
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("name"), QStringLiteral("Mine")}}));
    QVERIFY(m_server->edit(QStringLiteral("customer"), r.id, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    // The next cycle meets no new conflict, but the old one is still open.
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    QVERIFY2(m_out.contains(QStringLiteral("conflicts 0 in")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 in conflict, 1 held behind a conflict or a refused change of the same record\n")),
             qPrintable(m_out));
    // A later edit of that record waits behind the conflict too.
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("notes"), QStringLiteral("called back")}}));
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 in conflict, 2 held behind a conflict or a refused change of the same record\n")),
             qPrintable(m_out));
}

void TestSyncCli::retryLeftExitsThree()
{
    newCustomer(QStringLiteral("Busy Server Ltd"));
    m_server->inject(Fault::status(503, QStringLiteral("busy")).on("POST", QStringLiteral("/api/customer")).retryAfter(120));
    QCOMPARE(cycle(), int(SyncExit::RunAgainLater));
    QVERIFY2(m_out.contains(QStringLiteral("retry later 1")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 to retry\n")), qPrintable(m_out));
    // Too early for the next attempt: the cycle runs, the change still waits.
    QCOMPARE(cycle(), int(SyncExit::RunAgainLater));
    QVERIFY2(m_out.contains(QStringLiteral("retry later 0")), qPrintable(m_out));
    // A refusal elsewhere needs a person: 1 wins over 3.
    m_server->addRule(QStringLiteral("customer"), QStringLiteral("name"),
                      [](const QVariant &v) { return !v.toString().startsWith(QLatin1String("BAD")); },
                      QStringLiteral("The name is not allowed"));
    newCustomer(QStringLiteral("BAD name"));
    QCOMPARE(cycle(), int(SyncExit::NeedsAPerson));
    QVERIFY2(m_out.contains(QStringLiteral("Left: 1 refused, 1 to retry")), qPrintable(m_out));
}

void TestSyncCli::unreachableServerExitsTwo()
{
    newCustomer(QStringLiteral("Offline Co"));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused
    FakeConnector down(m_nam.get(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                       QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
    down.setTimeoutMs(2000);
    QCOMPARE(cycle(&down), int(SyncExit::CouldNotRun));
    QVERIFY2(m_err.contains(QStringLiteral("error:")), qPrintable(m_err));
}

void TestSyncCli::checkDeletionsRunsTheCheckAndSaysWhatItCost()
{
    // sync --check-deletions: the check for records deleted on the server runs although the
    // first sync made it not due, and the command says what it found; the exit code is as ever.
    ScheduledFake server(m_nam.get(), m_server->baseUrl(), QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
    const QString gone = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Gone Co")}}).id;
    m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Kept Co")}});
    QCOMPARE(cycle(&server), int(SyncExit::AllThrough));
    QVERIFY2(!m_out.contains(QStringLiteral("Checked for deleted records")), qPrintable(m_out));
    QVERIFY(m_server->remove(QStringLiteral("customer"), gone));
    QCOMPARE(cycle(&server), int(SyncExit::AllThrough));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2); // not due: not checked
    QCOMPARE(cycle(&server, true), int(SyncExit::AllThrough));
    QVERIFY2(m_out.contains(QStringLiteral("Checked for deleted records: 2 records in")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("1 removed")), qPrintable(m_out));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
