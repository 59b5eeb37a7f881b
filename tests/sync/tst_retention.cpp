// How much history a workspace keeps (Retention, run by SyncEngine after every cycle): the sync
// log and the sent changes go by age and beyond a count; open changes never go; the sent changes
// of a record deleted since go at once; a year of daily cycles (edits, creates, deletions, the
// engine's clock one day further each time) leaves a workspace file that stopped growing.
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Retention.h"
#include "sync/engine/SyncEngine.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

class Now : public RemoteCall {
public:
    explicit Now(RemoteResult result) : m_result(std::move(result)) {}
    void start() override
    {
        QMetaObject::invokeMethod(this, [this] { emit finished(m_result); }, Qt::QueuedConnection);
    }
    void abort() override {}

private:
    RemoteResult m_result;
};

// An ERP that takes every customer change and sends nothing back.
class AcceptingConnector : public Connector {
public:
    QString system() const override { return QStringLiteral("erp"); }
    QStringList entities() const override { return {QStringLiteral("customer")}; }
    bool reportsDeletions(const QString &) const override { return true; }
    RemoteCall *pull(const QString &, const PullCursor &, int) override
    {
        RemoteResult r;
        r.next.time = QStringLiteral("2026-01-01T00:00:00Z");
        return new Now(r);
    }
    RemoteCall *create(const QString &, const QVariantMap &fields, const QString &) override
    {
        RemoteResult r;
        r.record.remoteId = QStringLiteral("c%1").arg(++m_next);
        r.record.version = QStringLiteral("1");
        r.record.fields = fields;
        return new Now(r);
    }
    RemoteCall *update(const QString &, const QString &id, const QVariantMap &fields, const QString &, const QString &) override
    {
        RemoteResult r;
        r.record.remoteId = id;
        r.record.version = QString::number(++m_next);
        r.record.fields = fields;
        return new Now(r);
    }
    RemoteCall *remove(const QString &, const QString &, const QString &) override { return new Now(RemoteResult()); }
    RemoteCall *lookupByKey(const QString &, const QString &, const QVariantMap &) override { return new Now(RemoteResult()); }
    RemoteCall *listIds(const QString &) override { return new Now(RemoteResult()); }
    RemoteCall *testConnection() override { return new Now(RemoteResult()); }

private:
    int m_next = 0;
};

} // namespace

class TestRetention : public QObject {
    Q_OBJECT

private slots:
    void pruneByAgeAndCount();
    void aYearOfDailySyncsStopsGrowing();

private:
    static int count(Database &db, const QString &sql)
    {
        auto r = db.scalar(sql);
        return r ? r.value().toInt() : -1;
    }
};

void TestRetention::pruneByAgeAndCount()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO customers (id, name) VALUES (1, 'Kept'), (2, 'Also kept')")));
    const QDateTime now(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC);
    auto at = [&now](int daysAgo) { return now.addDays(-daysAgo).toString(Qt::ISODate); };
    // The log: 10 entries 200 days old, 30 of 10 days.
    for (int i = 0; i < 40; ++i)
        QVERIFY(db.exec(QStringLiteral("INSERT INTO sync_log (at, level, message) VALUES (?, 'info', 'cycle')"), {at(i < 10 ? 200 : 10)}));
    // Sent changes: 5 old ones of customer 1, 20 recent ones, 3 of a customer that is gone, and
    // open changes (pending, failed) that are old: those stay whatever their age.
    int key = 0;
    auto change = [&](qint64 record, const char *state, int daysAgo) {
        return bool(db.exec(QStringLiteral("INSERT INTO outbox (idempotency_key, entity, record_id, op, payload, state, created_at, sent_at) "
                                           "VALUES (?, 'customer', ?, 'update', '{\"phone\":\"555\"}', ?, ?, ?)"),
                            {QStringLiteral("k%1").arg(++key), record, QString::fromLatin1(state), at(daysAgo),
                             QString::fromLatin1(state) == QLatin1String("done") ? QVariant(at(daysAgo)) : QVariant()}));
    };
    for (int i = 0; i < 5; ++i)
        QVERIFY(change(1, "done", 300));
    for (int i = 0; i < 20; ++i)
        QVERIFY(change(2, "done", 5));
    for (int i = 0; i < 3; ++i)
        QVERIFY(change(99, "done", 1));
    QVERIFY(change(1, "pending", 400));
    QVERIFY(change(2, "failed", 400));

    RetentionPolicy policy;
    policy.syncLogDays = 90;
    policy.syncLogMaxRows = 25;
    policy.historyDays = 90;
    policy.historyMaxRows = 15;
    auto pruned = Retention(db).prune(policy, now);
    QVERIFY2(pruned, qPrintable(pruned.error()));
    // Log: the 10 old ones by age, then 5 of the 30 recent ones beyond the cap of 25.
    QCOMPARE(pruned.value().syncLogRemoved, 15);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_log")), 25);
    QCOMPARE(count(db, QStringLiteral("SELECT min(id) FROM sync_log")), 16); // the newest stay
    // History: the 5 old ones, the gone customer's 3, then 5 beyond the cap of 15 (of 20).
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done' AND record_id = 99")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")), 15);
    QCOMPARE(pruned.value().historyRemoved, 5 + 23 - 15);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")), 2);
    // Nothing left to remove: a second run removes nothing.
    auto again = Retention(db).prune(policy, now);
    QVERIFY(again);
    QCOMPARE(again.value().syncLogRemoved + again.value().historyRemoved, 0);
}

void TestRetention::aYearOfDailySyncsStopsGrowing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rep.sqlite"));
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    AcceptingConnector erp;
    QDateTime now(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC);
    RetentionPolicy policy; // the defaults: 90 days, 50,000 log entries, 20,000 sent changes
    CustomerStore customers(db);
    QList<qint64> ids;
    QMap<int, qint64> sizeOnDay;
    int logged = 0;
    const QString padding(400, QLatin1Char('x')); // a day's notes: what makes the history weigh
    for (int day = 1; day <= 365; ++day) {
        // A rep's day: three new customers, forty edits, three deletions (the customer base
        // stays the same size, so what grows is history alone).
        for (int i = 0; i < 3; ++i) {
            auto id = customers.create({{QStringLiteral("name"), QStringLiteral("Customer %1-%2").arg(day).arg(i)}});
            QVERIFY2(id, qPrintable(id.error()));
            ids << id.value();
        }
        for (int i = 0; i < 40; ++i) {
            const qint64 id = ids.at((day * 40 + i) % ids.size());
            QVERIFY(customers.update(id, {{QStringLiteral("notes"), QStringLiteral("Day %1 visit %2 %3").arg(day).arg(i).arg(padding)}}));
        }
        while (ids.size() > 300) // a customer lives 100 days: its edits age out before it goes
            QVERIFY(customers.remove(ids.takeFirst()));
        SyncEngine engine(db, [&now] { return now; });
        engine.setRetention(policy);
        engine.addConnector(&erp, 1);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(done.wait(20000));
        const SyncSummary s = done.first().first().value<SyncSummary>();
        QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
        logged += count(db, QStringLiteral("SELECT count(*) FROM sync_log WHERE at = '%1'").arg(now.toString(Qt::ISODate)));
        db.finishStatements();
        auto checkpoint = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
        sizeOnDay.insert(day, QFileInfo(path).size());
        now = now.addDays(1);
    }
    const int logKept = count(db, QStringLiteral("SELECT count(*) FROM sync_log"));
    const int historyKept = count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'"));
    qInfo("workspace file: day 30 %lld, day 120 %lld, day 180 %lld, day 240 %lld, day 365 %lld bytes; log %d of %d entries kept, "
          "%d sent changes kept",
          sizeOnDay.value(30), sizeOnDay.value(120), sizeOnDay.value(180), sizeOnDay.value(240), sizeOnDay.value(365), logKept, logged,
          historyKept);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")), 0);
    // The log holds 90 days (one cycle a day), the history no more than its cap.
    QVERIFY2(logKept < logged / 3, qPrintable(QStringLiteral("%1 of %2").arg(logKept).arg(logged)));
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM sync_log WHERE at < '%1'").arg(now.addDays(-91).toString(Qt::ISODate))) == 0);
    QVERIFY(historyKept <= policy.historyMaxRows);
    QVERIFY2(historyKept > 30 * 43, "the sent changes of the last months should be there"); // 43 a day
    QVERIFY2(sizeOnDay.value(120) > sizeOnDay.value(30) * 12 / 10, "the measurement sees no growth at all");
    // Past the first three months the file stops growing (freed pages are used again): the
    // second half-year adds less than 5 %, where without pruning the history would double.
    QVERIFY2(sizeOnDay.value(365) <= sizeOnDay.value(180) * 105 / 100,
             qPrintable(QStringLiteral("%1 -> %2 bytes").arg(sizeOnDay.value(180)).arg(sizeOnDay.value(365))));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
