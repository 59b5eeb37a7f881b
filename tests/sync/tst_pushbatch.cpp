// The push in batches (SyncEngineBatch.cpp) against the fake back end's all-or-none batch routes:
// how the engine groups ready changes, and that a batch stays exactly once when its answer is
// lost, refused as a whole, or stale.
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/ChangeWriter.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;

class TestPushBatch : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void interleavedCreatesGoInBatchesParentsFirst();
    void withoutBatchesEachChangeGoesAlone();
    void lostBatchReplyIsResolvedByOneLookup();
    void batchThatNeverArrivedIsCreatedAfterTheLookup();
    void refusedBatchGoesOneAtATime();
    void editsGoInOneBatchAndAStaleOneIsMergedAlone();

private:
    SyncSummary sync();
    qint64 newCustomer(const QString &name);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    int batchPosts(const QString &entity) { return m_server->requestCount("POST", QStringLiteral("/api/%1/batch").arg(entity)); }
    int singlePosts(const QString &entity)
    {
        return m_server->requestCount("POST", QStringLiteral("/api/%1").arg(entity)) - batchPosts(entity)
               - m_server->requestCount("POST", QStringLiteral("/api/%1/by-keys").arg(entity));
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<FakeConnector> m_connector;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now;
};

void TestPushBatch::init()
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
    m_connector->setBatchLimit(QStringLiteral("customer"), 3);
    m_connector->setBatchLimit(QStringLiteral("contact"), 3);
    m_now = QDateTime::currentDateTimeUtc();
    m_engine = std::make_unique<SyncEngine>(*m_db, [this] { return m_now; });
    m_engine->addConnector(m_connector.get(), 1);
}

void TestPushBatch::cleanup()
{
    m_engine.reset();
    m_connector.reset();
    m_server.reset();
    m_nam.reset();
    m_db.reset();
}

SyncSummary TestPushBatch::sync()
{
    return testing::runCycle(*m_engine, 20000);
}

qint64 TestPushBatch::newCustomer(const QString &name)
{
    return testing::createCustomer(*m_db, {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("C")}});
}

QVariant TestPushBatch::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestPushBatch::interleavedCreatesGoInBatchesParentsFirst()
{
    // Typed offline as a person does: a customer, its contact, the next customer, its contact...
    CustomerStore store(*m_db);
    QList<qint64> customers, contacts;
    for (int i = 0; i < 5; ++i) {
        customers << newCustomer(QStringLiteral("Batch customer %1").arg(i));
        auto c = store.addContact(customers.last(), {{QStringLiteral("name"), QStringLiteral("Person %1").arg(i)}});
        QVERIFY2(c, qPrintable(c.error()));
        contacts << c.value();
    }
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pushed, 10);
    // Batches of at most three: 3 + 2 customers, 3 + 2 contacts; nothing went alone.
    QCOMPARE(batchPosts(QStringLiteral("customer")), 2);
    QCOMPARE(batchPosts(QStringLiteral("contact")), 2);
    QCOMPARE(singlePosts(QStringLiteral("customer")), 0);
    QCOMPARE(singlePosts(QStringLiteral("contact")), 0);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 5);
    QCOMPARE(m_server->count(QStringLiteral("contact")), 5);
    // Each contact points at its own customer's server id.
    for (int i = 0; i < 5; ++i) {
        const QString parent = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {customers.at(i)}).toString();
        const QString remote = local(QStringLiteral("SELECT remote_id FROM contacts WHERE id = ?"), {contacts.at(i)}).toString();
        QVERIFY(!parent.isEmpty());
        const auto r = m_server->record(QStringLiteral("contact"), remote);
        QVERIFY(r);
        QCOMPARE(r->fields.value(QStringLiteral("customer_id")).toString(), parent);
        QCOMPARE(r->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Person %1").arg(i));
    }
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE local_state <> 0")).toInt(), 0);
    const SyncSummary again = sync();
    QCOMPARE(again.pushed, 0);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 5);
}

void TestPushBatch::withoutBatchesEachChangeGoesAlone()
{
    m_connector->setBatchLimit(QStringLiteral("customer"), 0);
    for (int i = 0; i < 3; ++i)
        newCustomer(QStringLiteral("Alone %1").arg(i));
    const SyncSummary s = sync();
    QCOMPARE(s.pushed, 3);
    QCOMPARE(batchPosts(QStringLiteral("customer")), 0);
    QCOMPARE(singlePosts(QStringLiteral("customer")), 3);
}

void TestPushBatch::lostBatchReplyIsResolvedByOneLookup()
{
    for (int i = 0; i < 3; ++i)
        newCustomer(QStringLiteral("Lost reply %1").arg(i));
    const QStringList keys = local(QStringLiteral("SELECT group_concat(idempotency_key) FROM outbox")).toString().split(QLatin1Char(','));
    QCOMPARE(keys.size(), 3);
    // The server commits the batch and the answer is lost; the pull fails too, so nothing but
    // the look-up can tell what happened.
    m_server->inject(Fault::commitThenReset().on("POST", QStringLiteral("/api/customer/batch")));
    m_server->inject(Fault::status(500).on("GET", QStringLiteral("/api/customer")).exactly().always());
    const SyncSummary first = sync();
    QCOMPARE(first.retryLater, 3);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 3);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")).toInt(), 3);
    for (const QString &key : keys)
        QCOMPARE(m_server->createsForKey(key), 1);
    m_server->clearFaults();
    m_server->resetCounters();
    m_now = m_now.addSecs(3600);
    const SyncSummary second = sync();
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.pushed, 3);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/api/customer/by-keys")), 1); // one look-up for the batch
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/api/customer/by-key/")), 0);
    QCOMPARE(batchPosts(QStringLiteral("customer")), 0); // found: never sent again
    QCOMPARE(singlePosts(QStringLiteral("customer")), 0);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 3);
    for (const QString &key : keys)
        QCOMPARE(m_server->createsForKey(key), 0); // counted since the reset: none made again
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id IS NULL")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestPushBatch::batchThatNeverArrivedIsCreatedAfterTheLookup()
{
    for (int i = 0; i < 3; ++i)
        newCustomer(QStringLiteral("Never arrived %1").arg(i));
    // A timeout after the request left: uncertain, though the server applied nothing.
    m_server->inject(Fault::reset().on("POST", QStringLiteral("/api/customer/batch")));
    m_server->inject(Fault::status(500).on("GET", QStringLiteral("/api/customer")).exactly().always());
    const SyncSummary first = sync();
    QCOMPARE(first.pushed, 0);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 0);
    m_server->clearFaults();
    m_server->resetCounters();
    m_now = m_now.addSecs(3600);
    const SyncSummary second = sync();
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.pushed, 3);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/api/customer/by-keys")), 1);
    QCOMPARE(batchPosts(QStringLiteral("customer")), 1); // the three not found, in one batch
    QCOMPARE(m_server->count(QStringLiteral("customer")), 3);
}

void TestPushBatch::refusedBatchGoesOneAtATime()
{
    m_server->addRule(QStringLiteral("customer"), QStringLiteral("name"),
                      [](const QVariant &v) { return !v.toString().contains(QStringLiteral("BAD")); },
                      QStringLiteral("the name may not say BAD"));
    newCustomer(QStringLiteral("Good one"));
    const qint64 bad = newCustomer(QStringLiteral("BAD one"));
    newCustomer(QStringLiteral("Good two"));
    const SyncSummary s = sync();
    QCOMPARE(s.pushed, 2);
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(batchPosts(QStringLiteral("customer")), 1);  // refused as a whole...
    QCOMPARE(singlePosts(QStringLiteral("customer")), 3); // ...then one at a time
    QCOMPARE(m_server->count(QStringLiteral("customer")), 2);
    // The refusal is the bad record's own, with the server's reason; the others are clean.
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE record_id = ? AND entity = 'customer'"), {bad}).toString(),
             QStringLiteral("failed"));
    QVERIFY(local(QStringLiteral("SELECT last_error FROM outbox WHERE record_id = ? AND entity = 'customer'"), {bad})
                .toString().contains(QStringLiteral("BAD")));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")).toInt(), 2);
}

void TestPushBatch::editsGoInOneBatchAndAStaleOneIsMergedAlone()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << newCustomer(QStringLiteral("Edited %1").arg(i));
    QVERIFY(sync().ok());
    ChangeWriter writer(*m_db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.update(entities::customer(), ids.at(i), {{QStringLiteral("name"), QStringLiteral("Renamed %1").arg(i)}}));
    m_server->resetCounters();
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pushed, 3);
    QCOMPARE(m_server->requestCount("PATCH", QStringLiteral("/api/customer/batch")), 1);
    QCOMPARE(m_server->requestCount("PATCH", QStringLiteral("/api/customer/")), 1); // that one only
    for (int i = 0; i < 3; ++i) {
        const QString remote = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {ids.at(i)}).toString();
        QCOMPARE(m_server->record(QStringLiteral("customer"), remote)->fields.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed %1").arg(i));
    }

    // Someone changes another field of one of them in the ERP: the batch is stale as a whole, so
    // each goes alone; the stale one merges (different fields) and goes on the server's version.
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.update(entities::customer(), ids.at(i), {{QStringLiteral("name"), QStringLiteral("Again %1").arg(i)}}));
    const QString stale = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {ids.at(1)}).toString();
    QVERIFY(m_server->edit(QStringLiteral("customer"), stale, {{QStringLiteral("grade"), QStringLiteral("A")}}));
    m_server->resetCounters();
    const SyncSummary again = sync();
    QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.pushed, 3);
    QCOMPARE(again.conflicts, 0);
    QCOMPARE(m_server->requestCount("PATCH", QStringLiteral("/api/customer/batch")), 1);
    for (int i = 0; i < 3; ++i) {
        const QString remote = local(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {ids.at(i)}).toString();
        QCOMPARE(m_server->record(QStringLiteral("customer"), remote)->fields.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Again %1").arg(i));
    }
    QCOMPARE(m_server->record(QStringLiteral("customer"), stale)->fields.value(QStringLiteral("grade")).toString(), QStringLiteral("A"));
    QCOMPARE(local(QStringLiteral("SELECT grade FROM customers WHERE id = ?"), {ids.at(1)}).toString(), QStringLiteral("A"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

QTEST_MAIN(TestPushBatch)
#include "tst_pushbatch.moc"
