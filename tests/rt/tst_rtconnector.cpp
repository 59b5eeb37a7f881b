// The Request Tracker connector against a real Request Tracker 5 (label rt): the first slice of
// issue 13. Pull of the seeded tickets (paged, incremental), create with the outbox key in the
// Idempotency Key custom field and its look-up, a create whose answer is lost, a refused token,
// and one engine cycle that brings the tickets in and files one made offline exactly once.
#include "RtServer.h"
#include "RtWorkspace.h"
#include "../tryton/DroppingProxy.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/ServiceStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/connectors/rt/RtConnector.h"
#include "sync/connectors/rt/RtMapping.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sb;
using namespace sb::testing;

namespace {


} // namespace

class TestRtConnector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pullsTheSeededTicketsInPages();
    void incrementalPullBringsOnlyTheChanged();
    void pagesThroughMoreThanAPageInOneSecond();
    void oddAnswersNeverCrashTheMapping();
    void createIsFoundByItsKey();
    void lostCreateAnswerIsFoundNotFiledTwice();
    void refusedTokenSaysSignInAgain();
    void firstSyncAndAnOfflineTicket();
    void engineRetriesALostCreateOnce();
    void engineStopsOnARefusedToken();

private:
    rt::Settings settings(const QUrl &base = {}) const;
    RemoteResult run(RemoteCall *call);
    QList<RemoteRecord> pullAll(rt::RtConnector &c, PullCursor *cursor, int pageSize, int *pages = nullptr);
    int ticketsWithKey(const QString &key);
    QString seeded(const char *key) const { return QString::number(m_server->seedIds().value(QStringLiteral("tickets")).toObject().value(QLatin1String(key)).toInt()); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<RtServer> m_server;
};

void TestRtConnector::initTestCase()
{
    QString error;
    if (RtServer::ensureTemplate(&error).isEmpty())
        QFAIL(qPrintable(error));
}

void TestRtConnector::init()
{
    m_server = std::make_unique<RtServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestRtConnector::cleanup()
{
    m_server.reset();
}

rt::Settings TestRtConnector::settings(const QUrl &base) const
{
    rt::Settings s;
    s.base = base.isEmpty() ? m_server->url() : base;
    s.queue = QStringLiteral("Service");
    s.username = RtServer::apiUser();
    s.token = m_server->token();
    s.timeoutMs = 20000;
    return s;
}

RemoteResult TestRtConnector::run(RemoteCall *call)
{
    std::unique_ptr<RemoteCall> owned(call);
    QSignalSpy done(call, &RemoteCall::finished);
    call->start();
    if (done.isEmpty() && !done.wait(60000))
        qFatal("a connector call did not finish");
    return done.first().first().value<RemoteResult>();
}

QList<RemoteRecord> TestRtConnector::pullAll(rt::RtConnector &c, PullCursor *cursor, int pageSize, int *pages)
{
    QList<RemoteRecord> all;
    for (int i = 0; i < 50; ++i) {
        const RemoteResult r = run(c.pull(QStringLiteral("ticket"), *cursor, pageSize));
        if (!r.ok())
            qFatal("pull: %s", qPrintable(r.message));
        if (pages)
            ++*pages;
        all << r.records;
        *cursor = r.next;
        if (!r.hasMore)
            return all;
    }
    qFatal("the pull did not end");
    return all;
}

int TestRtConnector::ticketsWithKey(const QString &key)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QStringLiteral("CF.{Idempotency Key} = '%1'").arg(key));
    const RtReply r = m_server->get(QStringLiteral("tickets"), q);
    return r.ok() ? int(r.json.object().value(QStringLiteral("items")).toArray().size()) : -1;
}

void TestRtConnector::pullsTheSeededTicketsInPages()
{
    rt::RtConnector c(&m_nam, settings());
    PullCursor cursor;
    int pages = 0;
    const QList<RemoteRecord> records = pullAll(c, &cursor, 2, &pages);
    QHash<QString, RemoteRecord> byId;
    for (const RemoteRecord &r : records) {
        QVERIFY2(!byId.contains(r.remoteId), qPrintable(r.remoteId + QStringLiteral(" came twice")));
        byId.insert(r.remoteId, r);
    }
    QCOMPARE(byId.size(), 5);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    const RemoteRecord spindle = byId.value(seeded("hengda-spindle"));
    QVERIFY(spindle.fields.value(QStringLiteral("subject")).toString().contains(QStringLiteral("主轴异响")));
    QCOMPARE(spindle.fields.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(spindle.fields.value(QStringLiteral("priority")).toInt(), 3); // RT 70
    QCOMPARE(spindle.fields.value(QStringLiteral("owner")).toString(), QStringLiteral("agent"));
    QCOMPARE(spindle.fields.value(QStringLiteral("queue")).toString(), QStringLiteral("Service"));
    const RemoteRef customer = RemoteRef::from(spindle.fields.value(QStringLiteral("customer_id")), QStringLiteral("aftersales"));
    QCOMPARE(customer.code, QStringLiteral("hengda"));
    QVERIFY(customer.id.isEmpty());
    QVERIFY(!spindle.version.isEmpty());
    QVERIFY(spindle.modifiedAt.endsWith(QLatin1Char('Z')));

    QCOMPARE(byId.value(seeded("hengda-maintenance")).idempotencyKey, QStringLiteral("seed-outbox-0001"));
    const RemoteRecord seal = byId.value(seeded("dongfang-seal"));
    QCOMPARE(seal.fields.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(!seal.fields.value(QStringLiteral("resolved_at")).toString().isEmpty());
    QCOMPARE(byId.value(seeded("brightway-catalogue")).fields.value(QStringLiteral("priority")).toInt(), 1); // RT 10
    QCOMPARE(byId.value(seeded("mueller-motor")).fields.value(QStringLiteral("status")).toString(), QStringLiteral("stalled"));
}

void TestRtConnector::incrementalPullBringsOnlyTheChanged()
{
    rt::RtConnector c(&m_nam, settings());
    PullCursor cursor;
    QCOMPARE(pullAll(c, &cursor, 100).size(), 5);
    // The same second is asked for again (">="), and what it delivered is not repeated.
    QCOMPARE(pullAll(c, &cursor, 100).size(), 0);

    QTest::qWait(1100); // a later second than anything seeded
    const QString id = seeded("mueller-motor");
    const RtReply put = m_server->call("PUT", QStringLiteral("ticket/") + id, {}, R"({"Status":"open"})");
    QVERIFY2(put.ok(), put.body.constData());
    const QList<RemoteRecord> changed = pullAll(c, &cursor, 100);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().remoteId, id);
    QCOMPARE(changed.first().fields.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    // As the engine resumes a cycle: five seconds behind, no ids. The overlap repeats, never loses.
    PullCursor resumed;
    resumed.time = QDateTime::fromString(cursor.time, Qt::ISODate).addSecs(-5).toString(Qt::ISODateWithMs);
    bool found = false;
    for (const RemoteRecord &r : pullAll(c, &resumed, 100))
        found = found || r.remoteId == id;
    QVERIFY(found);
}

void TestRtConnector::pagesThroughMoreThanAPageInOneSecond()
{
    // A bulk import gives many tickets the same LastUpdated second: put all five seeded ones in
    // one, then read them two at a time. Each page asks for that second again, so the pages
    // within it go by page number, and none is lost or repeated.
    {
        QSqlDatabase rtdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rtdb"));
        rtdb.setDatabaseName(m_server->directory() + QStringLiteral("/rtdb"));
        QVERIFY(rtdb.open());
        QSqlQuery q(rtdb);
        QVERIFY2(q.exec(QStringLiteral("UPDATE Tickets SET LastUpdated = '2026-12-01 08:00:00'")), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 5);
        rtdb.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rtdb"));

    rt::RtConnector c(&m_nam, settings());
    PullCursor cursor;
    int pages = 0;
    QSet<QString> ids;
    for (const RemoteRecord &r : pullAll(c, &cursor, 2, &pages)) {
        QVERIFY2(!ids.contains(r.remoteId), qPrintable(r.remoteId + QStringLiteral(" came twice")));
        ids.insert(r.remoteId);
        QCOMPARE(r.modifiedAt, QStringLiteral("2026-12-01T08:00:00Z"));
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(cursor.id.split(QLatin1Char(',')).size(), 5);
    QCOMPARE(pullAll(c, &cursor, 2).size(), 0); // and nothing again
}

void TestRtConnector::oddAnswersNeverCrashTheMapping()
{
    // JSON that parses but is not a ticket: what a proxy or a changed server might give.
    const rt::Settings s = settings();
    const QList<QJsonObject> odd = {
        {},
        {{QStringLiteral("id"), QJsonArray{1, 2}}, {QStringLiteral("CustomFields"), QStringLiteral("x")}},
        {{QStringLiteral("id"), 7}, {QStringLiteral("CustomFields"), QJsonArray{QJsonValue(), 3, QJsonObject{{QStringLiteral("name"), QStringLiteral("Customer Code")}}}},
         {QStringLiteral("Owner"), QJsonArray{}}, {QStringLiteral("Priority"), QJsonObject{}}, {QStringLiteral("LastUpdated"), 12}},
        {{QStringLiteral("id"), QStringLiteral("8")}, {QStringLiteral("CustomFields"), QJsonObject{{QStringLiteral("Customer Code"), QJsonArray{}}}},
         {QStringLiteral("Status"), QStringLiteral("escalated")}, {QStringLiteral("Resolved"), QStringLiteral("1970-01-01T00:00:00Z")}},
    };
    for (const QJsonObject &o : odd)
        (void)rt::recordFor(o, s);
    const RemoteRecord seven = rt::recordFor(odd.at(2), s);
    QCOMPARE(seven.remoteId, QStringLiteral("7"));
    QVERIFY(seven.modifiedAt.isEmpty());
    QCOMPARE(seven.fields.value(QStringLiteral("priority")).toInt(), 1);
    const RemoteRecord eight = rt::recordFor(odd.at(3), s);
    QCOMPARE(eight.fields.value(QStringLiteral("status")).toString(), QStringLiteral("open")); // a custom lifecycle's status
    QVERIFY(eight.fields.value(QStringLiteral("resolved_at")).isNull());
    QVERIFY(RemoteRef::from(eight.fields.value(QStringLiteral("customer_id")), QString()).code.isEmpty());
}

void TestRtConnector::createIsFoundByItsKey()
{
    rt::RtConnector c(&m_nam, settings());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RemoteResult before = run(c.lookupByKey(QStringLiteral("ticket"), key, {}));
    QVERIFY2(before.ok(), qPrintable(before.message));
    QVERIFY(!before.found);

    const QVariantMap fields{{QStringLiteral("subject"), QStringLiteral("注塑机液压油泄漏 hydraulic leak")},
                             {QStringLiteral("description"), QStringLiteral("油管接头渗油")},
                             {QStringLiteral("priority"), 4},
                             {QStringLiteral("status"), QStringLiteral("new")},
                             {QStringLiteral("customer_id"), RemoteRef{QStringLiteral("erp"), QStringLiteral("17"), QStringLiteral("hengda"), {}}.toVariant()}};
    const RemoteResult created = run(c.create(QStringLiteral("ticket"), fields, key));
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY(!created.record.remoteId.isEmpty());
    QCOMPARE(created.record.idempotencyKey, key);
    QCOMPARE(created.record.fields.value(QStringLiteral("priority")).toInt(), 4);
    QCOMPARE(RemoteRef::from(created.record.fields.value(QStringLiteral("customer_id")), QString()).code, QStringLiteral("hengda"));

    const RemoteResult after = run(c.lookupByKey(QStringLiteral("ticket"), key, fields));
    QVERIFY2(after.ok(), qPrintable(after.message));
    QVERIFY(after.found);
    QCOMPARE(after.record.remoteId, created.record.remoteId);
    QCOMPARE(ticketsWithKey(key), 1);

    // A customer without a code cannot be filed: refused before anything is sent.
    QVariantMap nameless = fields;
    nameless.insert(QStringLiteral("customer_id"), RemoteRef{QStringLiteral("erp"), QStringLiteral("18"), QString(), {}}.toVariant());
    const RemoteResult refused = run(c.create(QStringLiteral("ticket"), nameless, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(refused.error, RemoteErrorClass::Permanent);
}

void TestRtConnector::lostCreateAnswerIsFoundNotFiledTwice()
{
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    proxy.dropReply = [](const QByteArray &body) { return body.contains("Idempotency Key"); };
    rt::RtConnector c(&m_nam, settings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariantMap fields{{QStringLiteral("subject"), QStringLiteral("Lost answer")},
                             {QStringLiteral("priority"), 2},
                             {QStringLiteral("customer_id"), RemoteRef{QStringLiteral("erp"), QStringLiteral("3"), QStringLiteral("mueller"), {}}.toVariant()}};
    const RemoteResult lost = run(c.create(QStringLiteral("ticket"), fields, key));
    QCOMPARE(lost.error, RemoteErrorClass::Uncertain);
    QCOMPARE(proxy.dropped, 1);

    // What the engine does before sending the create again: the ticket is there, so it is not.
    const RemoteResult lookup = run(c.lookupByKey(QStringLiteral("ticket"), key, fields));
    QVERIFY2(lookup.ok(), qPrintable(lookup.message));
    QVERIFY(lookup.found);
    QCOMPARE(lookup.record.fields.value(QStringLiteral("subject")).toString(), QStringLiteral("Lost answer"));
    QCOMPARE(ticketsWithKey(key), 1);
}

void TestRtConnector::refusedTokenSaysSignInAgain()
{
    rt::Settings s = settings();
    s.token = QStringLiteral("1-2-deadbeefdeadbeef");
    rt::RtConnector c(&m_nam, s);
    const RemoteResult pulled = run(c.pull(QStringLiteral("ticket"), {}, 10));
    QCOMPARE(pulled.error, RemoteErrorClass::Temporary); // waits for a new token, like a refused ERP password
    QVERIFY2(pulled.message.contains(QLatin1String("sign in again")), qPrintable(pulled.message));
    QVERIFY(pulled.serverAnswered);
    const RemoteResult created = run(c.create(QStringLiteral("ticket"),
                                              {{QStringLiteral("subject"), QStringLiteral("x")},
                                               {QStringLiteral("customer_id"), RemoteRef{QStringLiteral("erp"), QStringLiteral("1"), QStringLiteral("hengda"), {}}.toVariant()}},
                                              QStringLiteral("k-refused")));
    QCOMPARE(created.error, RemoteErrorClass::Temporary); // refused before anything was done: no look-up needed
    QVERIFY2(created.message.contains(QLatin1String("sign in again")), qPrintable(created.message));

    rt::RtConnector good(&m_nam, settings());
    const RemoteResult test = run(good.testConnection());
    QVERIFY2(test.ok(), qPrintable(test.message));
    QVERIFY2(test.message.contains(QLatin1String("5.0")) && test.message.contains(QLatin1String("Service")), qPrintable(test.message));
}

void TestRtConnector::firstSyncAndAnOfflineTicket()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    const SyncSummary first = ws.cycle();
    QVERIFY2(first.ok(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_system = 'aftersales'")).toInt(), 5);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT c.code FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.remote_id = ?"),
                       {seeded("dongfang-seal")}).toString(),
             QStringLiteral("dongfang"));

    // Filed offline for Müller, then synced twice: it reaches RT once and comes back as one row.
    const qint64 ticket = ws.fileTicket(QStringLiteral("mueller"), QStringLiteral("Gearbox oil leak"));
    const SyncSummary second = ws.cycle();
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    const QString remoteId = ws.scalar(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ?"), {ticket}).toString();
    QVERIFY(!remoteId.isEmpty());
    const QString key = ws.keyOf(ticket);
    QCOMPARE(ticketsWithKey(key), 1);
    const RtReply onServer = m_server->get(QStringLiteral("ticket/") + remoteId);
    QCOMPARE(onServer.json.object().value(QStringLiteral("Subject")).toString(), QStringLiteral("Gearbox oil leak"));
    QVERIFY(ws.cycle().ok());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 6);
    QCOMPARE(ticketsWithKey(key), 1);
}

void TestRtConnector::engineRetriesALostCreateOnce()
{
    // The engine's own retry: the answer to the create is lost on the way back (the proxy
    // forwards it and drops the reply), so the next cycle looks the key up before sending again.
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    RtWorkspace ws(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), m_server->token(), m_nam);
    QVERIFY(ws.cycle().ok());
    const qint64 ticket = ws.fileTicket(QStringLiteral("hengda"), QStringLiteral("冷却泵异响 cooling pump noise"));
    const QString key = ws.keyOf(ticket);
    bool dropOnce = true;
    proxy.dropReply = [&dropOnce, key](const QByteArray &body) { return body.contains(key.toUtf8()) && std::exchange(dropOnce, false); };

    (void)ws.cycle(); // the create is filed; its answer never comes
    QCOMPARE(proxy.dropped, 1);
    QCOMPARE(ticketsWithKey(key), 1);
    // The same cycle's pull brings the ticket with its key in the custom field: recognised as
    // this one (RemoteRecord::idempotencyKey), not inserted as a second row.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 6);

    const SyncSummary retried = ws.cycle();
    QVERIFY2(retried.ok(), qPrintable(retried.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ticketsWithKey(key), 1); // found by its key, not filed again
    QVERIFY(!ws.scalar(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ?"), {ticket}).toString().isEmpty());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 6);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND state <> 'done'")).toInt(), 0);
}

void TestRtConnector::engineStopsOnARefusedToken()
{
    // A revoked token: the cycle ends with "sign in again" for the after-sales system, and the
    // offline ticket waits for a new token (it is not refused as a bad change, nor sent in a loop).
    RtWorkspace ws(m_server->url(), QStringLiteral("1-2-0000revoked0000"), m_nam);
    const qint64 ticket = ws.fileTicket(QStringLiteral("hengda"), QStringLiteral("Filed while the token is revoked"));
    const SyncSummary s = ws.cycle();
    QVERIFY(!s.ok());
    const QString errors = s.errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QLatin1String("sign in again")), qPrintable(errors));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_id IS NOT NULL")).toInt(), 0);
    QVERIFY(!ws.keyOf(ticket).isEmpty());
    QCOMPARE(ticketsWithKey(ws.keyOf(ticket)), 0);
    QCOMPARE(s.pushFailed, 0);
    QCOMPARE(s.retryLater, 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND state = 'failed'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRtConnector)
#include "tst_rtconnector.moc"
