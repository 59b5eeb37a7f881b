// The push in batches against a real trytond 6.0: many customers, contacts and edits in one
// call each (one Tryton transaction), still exactly once when a reply is lost, and a record
// Tryton refuses refused alone while the rest of its batch goes.
#include "DroppingProxy.h"
#include "TrytonServer.h"

#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/connectors/tryton/TrytonMapping.h"
#include "sync/connectors/tryton/TrytonOp.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestTrytonPush : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void customersWithContactsArriveOnceWhenBatchRepliesAreLost();
    void invalidContactInABatchIsRefusedAloneAndTheOthersGo();
    void editsGoInOneWriteAndAStaleOneIsMergedAlone();
    void stageMovesGoTogetherAndAnImpossibleOneIsRefusedAlone();
    void editInTheSameSecondIsAnotherVersion();

private:
    SyncSummary sync(const tryton::Config &config);
    SyncSummary sync() { return sync(m_server->config()); }
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    int remoteCount(const QString &model, const QJsonArray &domain);
    static QString text(const SyncSummary &s);

    std::unique_ptr<TrytonServer> m_server;
    std::unique_ptr<Database> m_db;
};

void TestTrytonPush::initTestCase()
{
    QString error;
    QVERIFY2(!TrytonServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
}

void TestTrytonPush::init()
{
    m_server = std::make_unique<TrytonServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) "
                                      "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                       {m_server->url().toString()}));
}

void TestTrytonPush::cleanup()
{
    m_db.reset();
    m_server.reset();
}

SyncSummary TestTrytonPush::sync(const tryton::Config &config)
{
    QNetworkAccessManager nam;
    TrytonConnector connector(&nam, config);
    SyncEngine engine(*m_db);
    engine.setPageSize(50);
    engine.addConnector(&connector, 1);
    return testing::runCycle(engine, 120000, testing::OnTimeout::Report);
}

QVariant TestTrytonPush::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

int TestTrytonPush::remoteCount(const QString &model, const QJsonArray &domain)
{
    return m_server->call(QStringLiteral("model.%1.search_count").arg(model), QJsonArray{QJsonValue(domain)}).toInt(-1);
}

QString TestTrytonPush::text(const SyncSummary &s)
{
    return QStringLiteral("pushed %1 failed %2 retry %3 pulled %4 conflicts %5 errors: %6")
        .arg(s.pushed).arg(s.pushFailed).arg(s.retryLater).arg(s.pulled).arg(s.conflicts).arg(s.errors.join(QStringLiteral("; ")));
}

void TestTrytonPush::customersWithContactsArriveOnceWhenBatchRepliesAreLost()
{
    QVERIFY(sync().ok());
    ChangeWriter writer(*m_db);
    constexpr int kCount = 4;
    for (int i = 0; i < kCount; ++i) {
        auto c = writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("批量客户 Batch %1 有限公司").arg(i)}});
        QVERIFY2(c, qPrintable(c.error()));
        QVERIFY(writer.create(entities::contact(), {{QStringLiteral("customer_id"), c.value()},
                                                    {QStringLiteral("name"), QStringLiteral("Batch person %1").arg(i)},
                                                    {QStringLiteral("email"), QStringLiteral("batch%1@example.com").arg(i)}}));
    }
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int partyCreates = 0, mechanismCreates = 0, keyLookups = 0;
    bool losePartyReads = true; // the first cycle's customer pull fails too: only the look-up can tell
    bool loseMechanismCreate = false;
    proxy.dropReply = [&](const QByteArray &body) {
        if (body.contains("\"model.party.identifier.search_read\"") && body.contains("\"in\""))
            ++keyLookups;
        if (body.contains("\"model.party.party.create\""))
            return ++partyCreates == 1;
        if (body.contains("\"model.party.contact_mechanism.create\""))
            return ++mechanismCreates == 1 && loseMechanismCreate;
        return losePartyReads && body.contains("\"model.party.party.search_read\"");
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    // 1: the customers go in one create whose reply is lost; their contacts wait for them.
    const SyncSummary first = sync(viaProxy);
    QCOMPARE(partyCreates, 1);
    QCOMPARE(first.retryLater, kCount);
    QCOMPARE(remoteCount(QStringLiteral("party.party"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("like"), QStringLiteral("批量客户 Batch %")})}),
             kCount); // Tryton made them all, in one transaction
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer' AND state = 'in_flight'")).toInt(), kCount);

    // 2: one look-up finds all of them; the contacts then go in one create, whose reply is lost.
    losePartyReads = false;
    loseMechanismCreate = true;
    keyLookups = 0; // the first attempt looked the keys up too, before it created
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL")));
    const SyncSummary second = sync(viaProxy);
    QCOMPARE(keyLookups, 1);
    QCOMPARE(partyCreates, 1); // found, never made again
    QCOMPARE(mechanismCreates, 1);
    QCOMPARE(second.pushed, kCount);
    QCOMPARE(second.retryLater, kCount);

    // 3: one read of the parties' channels finds the contacts; the copies the pull brought in
    // meanwhile are recognised as the same contacts.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL")));
    const SyncSummary third = sync(viaProxy);
    QVERIFY2(third.ok(), qPrintable(text(third)));
    QCOMPARE(third.pushed, kCount);
    QCOMPARE(mechanismCreates, 1);
    for (int i = 0; i < kCount; ++i) {
        const QString name = QStringLiteral("批量客户 Batch %1 有限公司").arg(i);
        QCOMPARE(remoteCount(QStringLiteral("party.party"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("="), name})}), 1);
        QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE name = ?"), {name}).toInt(), 1);
        const QString person = QStringLiteral("Batch person %1").arg(i);
        QCOMPARE(remoteCount(QStringLiteral("party.contact_mechanism"),
                             QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("="), person})}), 1);
        QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE name = ?"), {person}).toInt(), 1);
        // The contact hangs off its own customer's party.
        QCOMPARE(local(QStringLiteral("SELECT cu.name FROM contacts co JOIN customers cu ON cu.id = co.customer_id WHERE co.name = ?"),
                       {person}).toString(), name);
    }
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE remote_id IS NULL")).toInt(), 0);
}

void TestTrytonPush::invalidContactInABatchIsRefusedAloneAndTheOthersGo()
{
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '7'")).toLongLong();
    QVERIFY(customer > 0);
    ChangeWriter writer(*m_db);
    QList<qint64> good;
    for (int i = 0; i < 3; ++i) {
        auto c = writer.create(entities::contact(), {{QStringLiteral("customer_id"), customer},
                                                     {QStringLiteral("name"), QStringLiteral("Good person %1").arg(i)},
                                                     {QStringLiteral("email"), QStringLiteral("good%1@example.com").arg(i)}});
        QVERIFY(c);
        good << c.value();
        if (i == 1) {
            auto bad = writer.create(entities::contact(), {{QStringLiteral("customer_id"), customer},
                                                           {QStringLiteral("name"), QStringLiteral("周伟")},
                                                           {QStringLiteral("phone"), QStringLiteral("+86 123")}});
            QVERIFY(bad);
            good << -bad.value(); // marked: the bad one
        }
    }
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int mechanismCreates = 0;
    proxy.dropReply = [&](const QByteArray &body) {
        if (body.contains("\"model.party.contact_mechanism.create\""))
            ++mechanismCreates;
        return false;
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const SyncSummary s = sync(viaProxy);
    QCOMPARE(s.pushed, 3);
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(mechanismCreates, 1 + 4); // the batch, refused as a whole; then each alone
    for (qint64 id : good) {
        if (id < 0) {
            const QString reason = local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'contact' AND record_id = ?"), {-id}).toString();
            QVERIFY2(reason.contains(QStringLiteral("+86 123")), qPrintable(reason));
            QVERIFY(!local(QStringLiteral("SELECT sync_error FROM contacts WHERE id = ?"), {-id}).toString().isEmpty());
            continue;
        }
        QVERIFY(!local(QStringLiteral("SELECT remote_id FROM contacts WHERE id = ?"), {id}).isNull());
        QCOMPARE(local(QStringLiteral("SELECT sync_error FROM contacts WHERE id = ?"), {id}).toString(), QString());
    }
    QCOMPARE(remoteCount(QStringLiteral("party.contact_mechanism"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("like"), QStringLiteral("Good person %")})}), 3);
    QCOMPARE(remoteCount(QStringLiteral("party.contact_mechanism"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("="), QStringLiteral("周伟")})}), 0);
}

void TestTrytonPush::editsGoInOneWriteAndAStaleOneIsMergedAlone()
{
    QVERIFY(sync().ok());
    QList<qint64> ids;
    for (const char *remote : {"7", "8", "9"})
        ids << local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {QString::fromLatin1(remote)}).toLongLong();
    ChangeWriter writer(*m_db);
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int writes = 0;
    proxy.dropReply = [&](const QByteArray &body) {
        if (body.contains("\"model.party.party.write\""))
            ++writes;
        return false;
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.update(entities::customer(), ids.at(i), {{QStringLiteral("name"), QStringLiteral("Renamed in a batch %1").arg(i)}}));
    SyncSummary s = sync(viaProxy);
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QCOMPARE(s.pushed, 3);
    QCOMPARE(writes, 1);
    QCOMPARE(remoteCount(QStringLiteral("party.party"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("like"), QStringLiteral("Renamed in a batch %")})}), 3);

    // Party 8's code changes in Tryton: the batch is stale as a whole, so each goes alone and
    // party 8's rename merges with the code and goes on Tryton's version. Tryton on SQLite (the
    // test server) reads a record's _timestamp in whole seconds: an edit in the same second as
    // the push before would carry the same version and not be seen as stale, so it waits for the
    // next second (PostgreSQL keeps the fraction).
    QTest::qWait(1100);
    m_server->call(QStringLiteral("model.party.party.write"),
                   QJsonArray{QJsonArray{QJsonValue(8)}, QJsonObject{{QStringLiteral("code"), QStringLiteral("ERP-CHANGED")}}});
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.update(entities::customer(), ids.at(i), {{QStringLiteral("name"), QStringLiteral("Renamed again %1").arg(i)}}));
    writes = 0;
    s = sync(viaProxy);
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QCOMPARE(s.pushed, 3);
    QCOMPARE(s.conflicts, 0);
    QVERIFY(writes >= 4); // the batch, refused; then each alone (the stale one once more after its merge)
    QCOMPARE(remoteCount(QStringLiteral("party.party"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("like"), QStringLiteral("Renamed again %")})}), 3);
    QCOMPARE(local(QStringLiteral("SELECT code FROM customers WHERE id = ?"), {ids.at(1)}).toString(), QStringLiteral("ERP-CHANGED"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestTrytonPush::stageMovesGoTogetherAndAnImpossibleOneIsRefusedAlone()
{
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = '8'")).toLongLong();
    ChangeWriter writer(*m_db);
    QList<qint64> deals;
    for (int i = 0; i < 3; ++i) {
        auto d = writer.create(entities::opportunity(), {{QStringLiteral("customer_id"), customer},
                                                         {QStringLiteral("title"), QStringLiteral("Batch deal %1").arg(i)},
                                                         {QStringLiteral("stage"), QStringLiteral("lead")},
                                                         {QStringLiteral("amount_cents"), 100000 * (i + 1)}});
        QVERIFY(d);
        deals << d.value();
    }
    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QList<int> remote;
    for (qint64 d : deals)
        remote << local(QStringLiteral("SELECT remote_id FROM opportunities WHERE id = ?"), {d}).toInt();
    auto state = [&](int i) {
        return m_server->call(QStringLiteral("model.sale.opportunity.read"),
                              QJsonArray{QJsonArray{QJsonValue(remote.at(i))}, QJsonArray{QStringLiteral("state"), QStringLiteral("lost_reason")}})
            .toArray().at(0).toObject();
    };
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    int opportunityPresses = 0;
    proxy.dropReply = [&](const QByteArray &body) {
        if (body.contains("\"model.sale.opportunity.opportunity\""))
            ++opportunityPresses;
        return false;
    };
    tryton::Config viaProxy = m_server->config();
    viaProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    // Three moves in one batch: the first two press `opportunity` in one call, then the second `convert`.
    QVERIFY(writer.update(entities::opportunity(), deals.at(0), {{QStringLiteral("stage"), QStringLiteral("qualified")}}));
    QVERIFY(writer.update(entities::opportunity(), deals.at(1), {{QStringLiteral("stage"), QStringLiteral("negotiation")}}));
    QVERIFY(writer.update(entities::opportunity(), deals.at(2), {{QStringLiteral("stage"), QStringLiteral("lost")},
                                                                 {QStringLiteral("lost_reason"), QStringLiteral("Too expensive")}}));
    s = sync(viaProxy);
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QCOMPARE(s.pushed, 3);
    QCOMPARE(opportunityPresses, 1);
    QCOMPARE(state(0).value(QStringLiteral("state")).toString(), QStringLiteral("opportunity"));
    QCOMPARE(state(1).value(QStringLiteral("state")).toString(), QStringLiteral("converted"));
    QCOMPARE(state(2).value(QStringLiteral("state")).toString(), QStringLiteral("lost"));
    QCOMPARE(state(2).value(QStringLiteral("lost_reason")).toString(), QStringLiteral("Too expensive"));

    // The converted deal cannot be lost from here: it is refused alone, with the reason; the other goes.
    QVERIFY(writer.update(entities::opportunity(), deals.at(0), {{QStringLiteral("stage"), QStringLiteral("lead")}}));
    QVERIFY(writer.update(entities::opportunity(), deals.at(1), {{QStringLiteral("stage"), QStringLiteral("lost")}}));
    s = sync(viaProxy);
    QCOMPARE(s.pushed, 1);
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(state(0).value(QStringLiteral("state")).toString(), QStringLiteral("lead"));
    QCOMPARE(state(1).value(QStringLiteral("state")).toString(), QStringLiteral("converted"));
    const QString reason = local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'opportunity' AND record_id = ? AND state = 'failed'"),
                                 {deals.at(1)}).toString();
    QVERIFY2(reason.contains(QStringLiteral("converted")), qPrintable(reason));
}

void TestTrytonPush::editInTheSameSecondIsAnotherVersion()
{
    // trytond on SQLite counts _timestamp in whole seconds: a record written twice within a
    // second has one _timestamp, and the second edit would look unchanged to a pull that
    // compared it alone (tst_trytonhandoff lost such an edit). versionOf adds the write date's
    // microseconds; the lock a write sends stays trytond's own _timestamp.
    const QJsonArray fields{QStringLiteral("_timestamp"), QStringLiteral("create_date"), QStringLiteral("write_date")};
    auto read = [&] {
        QString error;
        const QJsonValue v = m_server->call(QStringLiteral("model.party.party.read"), QJsonArray{QJsonArray{QJsonValue(4)}, fields}, {}, &error);
        return error.isEmpty() ? v.toArray().at(0).toObject() : QJsonObject{{QStringLiteral("error"), error}};
    };
    auto write = [&](const QString &name, const QJsonObject &context = {}) {
        QString error;
        m_server->call(QStringLiteral("model.party.party.write"),
                       QJsonArray{QJsonArray{QJsonValue(4)}, QJsonObject{{QStringLiteral("name"), name}}}, context, &error);
        return error;
    };
    QJsonObject before;
    QJsonObject after;
    for (int attempt = 0; attempt < 5; ++attempt) { // two writes a few ms apart: the same second but at its very end
        QCOMPARE(write(QStringLiteral("宁波东方泵阀 A%1").arg(attempt)), QString());
        before = read();
        QCOMPARE(write(QStringLiteral("宁波东方泵阀 B%1").arg(attempt)), QString());
        after = read();
        if (before.value(QStringLiteral("_timestamp")) == after.value(QStringLiteral("_timestamp")))
            break;
    }
    QCOMPARE(after.value(QStringLiteral("_timestamp")).toString(), before.value(QStringLiteral("_timestamp")).toString());
    QVERIFY2(tryton::versionOf(before) != tryton::versionOf(after),
             qPrintable(tryton::versionOf(before) + QLatin1String(" and ") + tryton::versionOf(after)));
    // trytond takes the lock made from the version, and refuses a stale one.
    const QJsonObject lock = tryton::lockContext(QStringLiteral("party.party"), 4, tryton::versionOf(after));
    QCOMPARE(write(QStringLiteral("宁波东方泵阀集团有限公司"), lock), QString());
    QTest::qWait(1100); // the next second: the _timestamp moves on
    QCOMPARE(write(QStringLiteral("宁波东方泵阀集团"), QJsonObject()), QString());
    QVERIFY2(!write(QStringLiteral("stale"), lock).isEmpty(), "a write on a stale version is refused");
}

QTEST_MAIN(TestTrytonPush)
#include "tst_trytonpush.moc"
