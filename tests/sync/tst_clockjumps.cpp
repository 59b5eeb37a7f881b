// The client's clock jumps (docs/reliability.md, "Clock"): backwards and forwards, between
// cycles and during one, through the engine's clock (OutboxQueue::Clock) against the fake back
// end over loopback HTTP. The fake server keeps its own clock (and skews it where said).
//   - backoff: a clock gone back a day does not hold a change for a day (at most the longest
//     backoff from now); a clock gone a year ahead sends a backed-off change once and then backs
//     off again from the new time, never once per cycle; a long Retry-After is cut to that
//     longest wait;
//   - cursors: where the next pull starts is what the server said, whatever the client's clock;
//   - retention: a clock a year ahead for a few cycles and back again keeps recent history;
//   - the deletion check: a last check "in the future" does not put the next one off.
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "models/store/Retention.h"
#include "sync/engine/OutboxQueue.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;

class TestClockJumps : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void clockBackADayDoesNotHoldAChangeForADay();
    void clockAYearAheadRetriesOnceThenBacksOffAgain();
    void clockJumpsDuringACycle();
    void longRetryAfterIsCutToTheLongestBackoff();
    void cursorsAreTheServersWhateverTheClientClock();
    void aYearAheadAndBackKeepsRecentHistory();
    void retentionClockStepsADayAtMost();
    void deletionCheckIsNotPutOffByAClockGoneBack();

private:
    SyncSummary sync();
    qint64 newCustomer(const QString &name);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    int posts() const { return m_server->requestCount("POST", QStringLiteral("/api/customer")); }
    QDateTime nextAttempt() { return QDateTime::fromString(local(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE state <> 'done'")).toString(), Qt::ISODateWithMs); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<FakeConnector> m_connector;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now;
    std::function<void()> m_onRead; // called each time the engine reads its clock
};

void TestClockJumps::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    m_connector = std::make_unique<FakeConnector>(m_nam.get(), m_server->baseUrl(), QStringList{QStringLiteral("customer")});
    m_connector->setTimeoutMs(2000);
    m_now = QDateTime::currentDateTimeUtc();
    m_onRead = nullptr;
    m_engine = std::make_unique<SyncEngine>(*m_db, [this] {
        if (m_onRead)
            m_onRead();
        return m_now;
    });
    m_engine->addConnector(m_connector.get(), 1);
}

void TestClockJumps::cleanup()
{
    m_engine.reset();
    m_connector.reset();
    m_server.reset();
    m_nam.reset();
    m_db.reset();
}

SyncSummary TestClockJumps::sync()
{
    return testing::runCycle(*m_engine, 20000);
}

qint64 TestClockJumps::newCustomer(const QString &name)
{
    return testing::createCustomer(*m_db, {{QStringLiteral("name"), name}});
}

QVariant TestClockJumps::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestClockJumps::clockBackADayDoesNotHoldAChangeForADay()
{
    newCustomer(QStringLiteral("Back In Time Ltd"));
    m_server->inject(Fault::status(503, QStringLiteral("busy")).on("POST", QStringLiteral("/api/customer")).exactly());
    QCOMPARE(sync().retryLater, 1);
    QCOMPARE(posts(), 1);
    QVERIFY(nextAttempt() > m_now);
    // The clock is set back a day: the change's next attempt is now a day ahead.
    m_now = m_now.addDays(-1);
    const SyncSummary s = sync();
    QCOMPARE(s.pushed, 0); // not at once: it still waits, but from now
    QCOMPARE(posts(), 1);
    QVERIFY2(nextAttempt() <= m_now.addMSecs(OutboxQueue::maxWaitMs()), qPrintable(nextAttempt().toString(Qt::ISODateWithMs)));
    // One longest backoff later (an hour, not a day) it goes.
    m_now = m_now.addMSecs(OutboxQueue::maxWaitMs());
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(posts(), 2);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 1);
}

void TestClockJumps::clockAYearAheadRetriesOnceThenBacksOffAgain()
{
    newCustomer(QStringLiteral("Ahead Of Time Ltd"));
    m_server->inject(Fault::status(503, QStringLiteral("down")).on("POST", QStringLiteral("/api/customer")).exactly().always());
    QCOMPARE(sync().retryLater, 1);
    QCOMPARE(posts(), 1);
    const QDateTime start = m_now;
    // A year ahead: the backed-off change is due, goes once, and backs off from the new time.
    m_now = start.addYears(1);
    QCOMPARE(sync().retryLater, 1);
    QCOMPARE(posts(), 2);
    const QDateTime next = nextAttempt();
    QVERIFY2(next > m_now && next <= m_now.addMSecs(OutboxQueue::maxWaitMs()), qPrintable(next.toString(Qt::ISODateWithMs)));
    // Further cycles at that time send nothing: no cycle after cycle against a server that is down.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sync().retryLater, 0);
    QCOMPARE(posts(), 2);
    // And back to the right time: the wait set a year ahead is brought back to at most the
    // longest backoff from now, not a year.
    m_now = start.addSecs(10);
    QCOMPARE(sync().retryLater, 0);
    QCOMPARE(posts(), 2);
    QVERIFY(nextAttempt() <= m_now.addMSecs(OutboxQueue::maxWaitMs()));
    m_server->clearFaults();
    m_now = m_now.addMSecs(OutboxQueue::maxWaitMs());
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(posts(), 3);
}

void TestClockJumps::clockJumpsDuringACycle()
{
    // Three changes refused for now; the clock goes back a day once the first has gone and a
    // year ahead once the second has: each is tried once in the cycle. In the next cycle (the
    // clock right again) the first goes, the others wait at most the longest backoff, not a year.
    for (int i = 0; i < 3; ++i)
        newCustomer(QStringLiteral("Jumpy %1").arg(i));
    m_server->inject(Fault::status(503).on("POST", QStringLiteral("/api/customer")).exactly().always());
    const QDateTime start = m_now;
    m_onRead = [&] {
        if (posts() == 1)
            m_now = start.addDays(-1);
        else if (posts() >= 2)
            m_now = start.addYears(1);
    };
    QCOMPARE(sync().retryLater, 3);
    QCOMPARE(posts(), 3);
    m_onRead = nullptr;
    m_server->clearFaults();
    m_now = start.addSecs(5);
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done' AND next_attempt_at > ?"),
                   {m_now.addMSecs(OutboxQueue::maxWaitMs()).toString(Qt::ISODateWithMs)}).toInt(), 0);
    m_now = m_now.addMSecs(OutboxQueue::maxWaitMs());
    QCOMPARE(sync().pushed, 2);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 3);
    QCOMPARE(posts(), 6); // each once more, never twice
}

void TestClockJumps::longRetryAfterIsCutToTheLongestBackoff()
{
    newCustomer(QStringLiteral("Patient Ltd"));
    // Two days' rest asked for: the change tries again after the longest backoff (an hour).
    m_server->inject(Fault::status(503).on("POST", QStringLiteral("/api/customer")).exactly().retryAfter(2 * 24 * 3600));
    QCOMPARE(sync().retryLater, 1);
    const QDateTime next = nextAttempt();
    QVERIFY2(next <= m_now.addMSecs(OutboxQueue::maxWaitMs()) && next > m_now.addSecs(60), qPrintable(next.toString(Qt::ISODateWithMs)));
}

void TestClockJumps::cursorsAreTheServersWhateverTheClientClock()
{
    const FakeRecord a = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Server A")}});
    m_now = m_now.addYears(1); // the client a year ahead
    QVERIFY(sync().ok());
    const QString cursor = local(QStringLiteral("SELECT cursor_time FROM pull_cursors WHERE entity = 'customer'")).toString();
    QCOMPARE(cursor, m_server->records(QStringLiteral("customer")).last().modifiedAt());
    // The client's clock is now a year behind: the server's new and edited records arrive.
    m_now = m_now.addYears(-2);
    const FakeRecord b = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Server B")}});
    QVERIFY(m_server->edit(QStringLiteral("customer"), a.id, {{QStringLiteral("name"), QStringLiteral("Server A2")}}));
    QVERIFY(sync().ok());
    QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE remote_id = ?"), {b.id}).toString(), QStringLiteral("Server B"));
    QCOMPARE(local(QStringLiteral("SELECT name FROM customers WHERE remote_id = ?"), {a.id}).toString(), QStringLiteral("Server A2"));
    // The cursor is the server's newest time, never one of the client's.
    QCOMPARE(local(QStringLiteral("SELECT cursor_time FROM pull_cursors WHERE entity = 'customer'")).toString(),
             m_server->records(QStringLiteral("customer")).last().modifiedAt());
}

void TestClockJumps::aYearAheadAndBackKeepsRecentHistory()
{
    RetentionPolicy policy; // 90 days
    m_engine->setRetention(policy);
    for (int i = 0; i < 5; ++i)
        newCustomer(QStringLiteral("Kept %1").arg(i));
    QCOMPARE(sync().pushed, 5);
    const int logBefore = local(QStringLiteral("SELECT count(*) FROM sync_log")).toInt();
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")).toInt(), 5);
    const QDateTime start = m_now;
    // The clock a year ahead for three cycles (a wrong date typed, a dead RTC battery)...
    m_now = start.addYears(1);
    for (int i = 0; i < 3; ++i) {
        m_now = m_now.addSecs(900);
        QVERIFY(sync().ok());
    }
    // ... and set right again.
    m_now = start.addSecs(3600);
    QVERIFY(sync().ok());
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")).toInt(), 5);
    QVERIFY(local(QStringLiteral("SELECT count(*) FROM sync_log WHERE at <= ?"), {start.toString(Qt::ISODate)}).toInt() >= logBefore);
    // Time that really passes still ages history out: 92 daily cycles later the sent changes
    // of the first day are gone.
    for (int day = 1; day <= 92; ++day) {
        m_now = start.addDays(day);
        QVERIFY(sync().ok());
    }
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM sync_log WHERE at <= ?"), {start.toString(Qt::ISODate)}).toInt(), 0);
}

void TestClockJumps::retentionClockStepsADayAtMost()
{
    const QDateTime t(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(Retention::ageClock(t, QDateTime()), t);                       // the first prune
    QCOMPARE(Retention::ageClock(t.addSecs(600), t), t.addSecs(600));       // time as it goes
    QCOMPARE(Retention::ageClock(t.addYears(1), t), t.addDays(1));          // a jump ahead: a day
    QCOMPARE(Retention::ageClock(t.addDays(-30), t), t.addDays(-30));       // back: back with it
}

void TestClockJumps::deletionCheckIsNotPutOffByAClockGoneBack()
{
    const QDateTime now(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
    DeletionCheckInfo info;
    info.intervalHours = 24;
    info.lastAt = now.addSecs(-3600).toString(Qt::ISODateWithMs);
    QVERIFY(!info.due(now)); // checked an hour ago
    info.lastAt = now.addDays(-2).toString(Qt::ISODateWithMs);
    QVERIFY(info.due(now));
    info.lastAt = now.addYears(1).toString(Qt::ISODateWithMs); // stamped by a clock a year ahead
    QVERIFY(info.due(now));
    info.lastAt = now.addSecs(600).toString(Qt::ISODateWithMs); // a small step back is no reason
    QVERIFY(!info.due(now));
}

QTEST_GUILESS_MAIN(TestClockJumps)
#include "tst_clockjumps.moc"
