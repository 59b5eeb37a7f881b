// The schedule of the check for deletions (Connector::deletionCheckOnSchedule,
// DeletionCheckStore): a connector whose deltas bring archived records as tombstones is asked
// which ids still exist only when the check is due (daily by default) or asked for; a first
// sync counts as a check; the check's cost is recorded and logged; a check that fails is
// asked for again.
#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;

namespace {
class AtOnce : public RemoteCall {
public:
    explicit AtOnce(RemoteResult result) : m_result(std::move(result)) {}
    void start() override
    {
        QMetaObject::invokeMethod(this, [this] { emit finished(m_result); }, Qt::QueuedConnection);
    }
    void abort() override {}

private:
    RemoteResult m_result;
};

// Customers a, b, c on the first pull, nothing new after. The server still has `remaining`.
// Counts the id checks it is asked for; `failCheck` makes them fail.
class ScheduledConnector : public Connector {
public:
    QString system() const override { return QStringLiteral("erp"); }
    QStringList entities() const override { return {QStringLiteral("customer")}; }
    bool deletionCheckOnSchedule(const QString &) const override { return scheduled; }
    RemoteCall *pull(const QString &, const PullCursor &cursor, int) override
    {
        RemoteResult r;
        if (cursor.time.isEmpty()) {
            for (const char *id : {"a", "b", "c"}) {
                RemoteRecord rec;
                rec.remoteId = QString::fromLatin1(id);
                rec.version = QStringLiteral("1");
                rec.modifiedAt = QStringLiteral("2026-11-28T10:00:00Z");
                rec.fields.insert(QStringLiteral("name"), QStringLiteral("Customer %1").arg(rec.remoteId));
                r.records << rec;
            }
        }
        r.next.time = QStringLiteral("2026-11-28T10:00:00Z");
        return new AtOnce(r);
    }
    RemoteCall *existingIds(const QString &, const QStringList &knownIds) override
    {
        asked << knownIds;
        RemoteResult r;
        if (failCheck) {
            r.error = RemoteErrorClass::Temporary;
            r.message = QStringLiteral("the server is busy");
        } else {
            r.ids = remaining;
        }
        return new AtOnce(r);
    }
    RemoteCall *create(const QString &, const QVariantMap &, const QString &) override { return refuse(); }
    RemoteCall *update(const QString &, const QString &, const QVariantMap &, const QString &, const QString &) override { return refuse(); }
    RemoteCall *remove(const QString &, const QString &, const QString &) override { return refuse(); }
    RemoteCall *lookupByKey(const QString &, const QString &, const QVariantMap &) override { return refuse(); }
    RemoteCall *listIds(const QString &) override { return refuse(); }
    RemoteCall *testConnection() override { return refuse(); }

    bool scheduled = true;
    bool failCheck = false;
    QStringList remaining{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QList<QStringList> asked;

private:
    static RemoteCall *refuse()
    {
        RemoteResult r;
        r.error = RemoteErrorClass::Permanent;
        r.message = QStringLiteral("pull only");
        return new AtOnce(r);
    }
};
} // namespace

class TestDeletionCheck : public QObject {
    Q_OBJECT
private slots:
    void init();
    void firstSyncCountsAsACheck();
    void notDueNoCheck();
    void askedForRunsInTheNextCycleOnly();
    void dueAfterTheInterval();
    void intervalZeroChecksOnlyWhenAsked();
    void failedCheckIsAskedForAgain();
    void unscheduledEntityIsCheckedEveryCycle();

private:
    SyncSummary cycle();
    int logged(const QString &like);
    DeletionCheckInfo info();

    std::unique_ptr<Database> m_db;
    ScheduledConnector m_server;
    QDateTime m_now;
};

void TestDeletionCheck::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    m_server = ScheduledConnector();
    m_now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
}

SyncSummary TestDeletionCheck::cycle()
{
    SyncEngine engine(*m_db, [this] { return m_now; });
    engine.addConnector(&m_server, 1);
    return testing::runCycle(engine, 10000, testing::OnTimeout::Report);
}

int TestDeletionCheck::logged(const QString &like)
{
    auto r = m_db->scalar(QStringLiteral("SELECT count(*) FROM sync_log WHERE message LIKE ?"), {like});
    return r ? r.value().toInt() : -1;
}

DeletionCheckInfo TestDeletionCheck::info()
{
    auto r = DeletionCheckStore(*m_db).load();
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

void TestDeletionCheck::firstSyncCountsAsACheck()
{
    QVERIFY(info().due(m_now)); // never checked
    const SyncSummary s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY(m_server.asked.isEmpty()); // the full read saw every id
    QCOMPARE(info().lastAt, m_now.toString(Qt::ISODateWithMs));
    QCOMPARE(info().idsChecked, 3);
    QCOMPARE(info().removed, 0);
    QCOMPARE(logged(QStringLiteral("Checked for deleted records: 3 records in%")), 1);
    QVERIFY(!info().due(m_now.addSecs(3600)));
}

void TestDeletionCheck::notDueNoCheck()
{
    QVERIFY(cycle().ok());
    m_server.remaining = {QStringLiteral("a")};
    m_now = m_now.addSecs(3 * 3600);
    const SyncSummary s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY(m_server.asked.isEmpty()); // not asked: the check is not due
    QCOMPARE(s.deleted, 0);
    QCOMPARE(logged(QStringLiteral("Checked for deleted records%")), 1); // the first sync's only
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 3);
}

void TestDeletionCheck::askedForRunsInTheNextCycleOnly()
{
    QVERIFY(cycle().ok());
    m_server.remaining = {QStringLiteral("a"), QStringLiteral("c")};
    m_now = m_now.addSecs(600);
    QVERIFY(DeletionCheckStore(*m_db).request());
    QVERIFY(info().requested);
    SyncSummary s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_server.asked.size(), 1);
    QCOMPARE(m_server.asked.first().size(), 3);
    QCOMPARE(s.deleted, 1);
    QVERIFY(!info().requested);
    QCOMPARE(info().lastAt, m_now.toString(Qt::ISODateWithMs));
    QCOMPARE(info().idsChecked, 3);
    QCOMPARE(info().removed, 1);
    QCOMPARE(logged(QStringLiteral("Checked for deleted records: 3 records in % s, 1 removed")), 1);
    // The request is used up: the next cycle does not ask again.
    m_now = m_now.addSecs(600);
    s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(m_server.asked.size(), 1);
}

void TestDeletionCheck::dueAfterTheInterval()
{
    QVERIFY(cycle().ok());
    QCOMPARE(info().intervalHours, DeletionCheckInfo::kDefaultIntervalHours);
    m_now = m_now.addSecs(23 * 3600);
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 0);
    m_now = m_now.addSecs(3600); // a day after the first sync
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 1);
    m_now = m_now.addSecs(3600);
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 1); // counted from the last check
}

void TestDeletionCheck::intervalZeroChecksOnlyWhenAsked()
{
    QVERIFY(cycle().ok());
    QVERIFY(DeletionCheckStore(*m_db).setIntervalHours(0));
    m_now = m_now.addDays(30);
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 0);
    QVERIFY(DeletionCheckStore(*m_db).request());
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 1);
}

void TestDeletionCheck::failedCheckIsAskedForAgain()
{
    QVERIFY(cycle().ok());
    const QString first = info().lastAt;
    QVERIFY(DeletionCheckStore(*m_db).request());
    m_server.failCheck = true;
    m_now = m_now.addSecs(600);
    const SyncSummary s = cycle();
    QVERIFY(!s.ok());
    QVERIFY(s.errors.join(QLatin1Char(' ')).contains(QStringLiteral("the server is busy")));
    QCOMPARE(m_server.asked.size(), 1);
    QVERIFY(info().requested); // still asked for
    QCOMPARE(info().lastAt, first);
    QCOMPARE(logged(QStringLiteral("The check for deleted records did not finish%")), 1);
    m_server.failCheck = false;
    m_server.remaining = {QStringLiteral("b")};
    m_now = m_now.addSecs(600);
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 2);
    QVERIFY(!info().requested);
    QCOMPARE(info().removed, 2);
}

void TestDeletionCheck::unscheduledEntityIsCheckedEveryCycle()
{
    m_server.scheduled = false; // no tombstones at all: every incremental cycle checks, as before
    QVERIFY(cycle().ok());
    m_now = m_now.addSecs(600);
    QVERIFY(cycle().ok());
    QVERIFY(cycle().ok());
    QCOMPARE(m_server.asked.size(), 2);
    QVERIFY(info().lastAt.isEmpty()); // the schedule is not theirs
}

QTEST_MAIN(TestDeletionCheck)
#include "tst_deletioncheck.moc"
