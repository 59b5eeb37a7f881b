// The test fixture itself against a real Request Tracker: the seeded copy starts, the API
// user's token works, and REST2 returns the seeded tickets with their history (Chinese text
// included). The connector tests of issue 13 build on exactly these calls.
#include "RtServer.h"

#include <QJsonArray>
#include <QtTest>

using sb::testing::RtReply;
using sb::testing::RtServer;

class TestRtServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void answersWithTheToken();
    void refusesAWrongToken();
    void searchFindsTheSeededTickets();
    void historyCarriesChineseCorrespondence();
    void idempotencyKeyIsSearchable();
    void apiUserCanFileAndUpdate();

private:
    int ticketId(const QString &key) const { return m_server.seedIds().value(QStringLiteral("tickets")).toObject().value(key).toInt(); }
    RtServer m_server;
};

void TestRtServer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.port() > 0);
    QVERIFY(!m_server.token().isEmpty());
    QCOMPARE(m_server.seedIds().value(QStringLiteral("tickets")).toObject().size(), 5);
}

void TestRtServer::answersWithTheToken()
{
    const RtReply r = m_server.get(QStringLiteral("rt"));
    QVERIFY2(r.status == 200, qPrintable(QString::number(r.status) + QLatin1Char(' ') + r.error + QString::fromUtf8(r.body)));
    QVERIFY2(r.json.object().value(QStringLiteral("Version")).toString().startsWith(QLatin1String("5.0")), r.body.constData());
}

void TestRtServer::refusesAWrongToken()
{
    const RtReply r = m_server.call("GET", QStringLiteral("queues/all"), {}, {}, {}, {{"Authorization", "token 1-2-deadbeef"}});
    QCOMPARE(r.status, 401);
}

void TestRtServer::searchFindsTheSeededTickets()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QStringLiteral("Queue = 'Service'"));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("Subject,Status,CustomFields"));
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const RtReply r = m_server.get(QStringLiteral("tickets"), q);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonArray items = r.json.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5);

    QHash<int, QJsonObject> byId;
    for (const QJsonValue &v : items)
        byId.insert(v.toObject().value(QStringLiteral("id")).toString().toInt(), v.toObject());
    const QJsonObject spindle = byId.value(ticketId(QStringLiteral("hengda-spindle")));
    QCOMPARE(spindle.value(QStringLiteral("Status")).toString(), QStringLiteral("open"));
    QVERIFY(spindle.value(QStringLiteral("Subject")).toString().contains(QStringLiteral("主轴异响")));
    QString customer;
    for (const QJsonValue &cf : spindle.value(QStringLiteral("CustomFields")).toArray()) {
        if (cf.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Customer Code"))
            customer = cf.toObject().value(QStringLiteral("values")).toArray().first().toString();
    }
    QCOMPARE(customer, QStringLiteral("hengda"));
    QCOMPARE(byId.value(ticketId(QStringLiteral("dongfang-seal"))).value(QStringLiteral("Status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(byId.value(ticketId(QStringLiteral("mueller-motor"))).value(QStringLiteral("Status")).toString(), QStringLiteral("stalled"));
}

void TestRtServer::historyCarriesChineseCorrespondence()
{
    const int id = ticketId(QStringLiteral("hengda-spindle"));
    QVERIFY(id > 0);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("Type,Field,OldValue,NewValue"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const RtReply history = m_server.get(QStringLiteral("ticket/%1/history").arg(id), q);
    QVERIFY2(history.status == 200, history.body.constData());

    QStringList types;
    QString correspondId;
    bool statusOpen = false;
    for (const QJsonValue &v : history.json.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString type = t.value(QStringLiteral("Type")).toString();
        types << type;
        if (type == QLatin1String("Correspond") && correspondId.isEmpty())
            correspondId = t.value(QStringLiteral("id")).toString();
        if (type == QLatin1String("Status") && t.value(QStringLiteral("NewValue")).toString() == QLatin1String("open"))
            statusOpen = true;
    }
    QVERIFY2(types.contains(QStringLiteral("Create")) && types.contains(QStringLiteral("Comment")), qPrintable(types.join(QLatin1Char(','))));
    QVERIFY(statusOpen);
    QVERIFY(!correspondId.isEmpty());

    QUrlQuery aq;
    aq.addQueryItem(QStringLiteral("fields"), QStringLiteral("Content,ContentType"));
    const RtReply attachments = m_server.get(QStringLiteral("transaction/%1/attachments").arg(correspondId), aq);
    QVERIFY2(attachments.status == 200, attachments.body.constData());
    QString content;
    for (const QJsonValue &v : attachments.json.object().value(QStringLiteral("items")).toArray())
        content += v.toObject().value(QStringLiteral("Content")).toString();
    QVERIFY2(content.contains(QStringLiteral("工程师将于周一上午到现场检查主轴轴承")), qPrintable(content));
}

void TestRtServer::idempotencyKeyIsSearchable()
{
    // What the connector does before retrying a create whose answer was lost.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QStringLiteral("Queue = 'Service' AND CF.{Idempotency Key} = 'seed-outbox-0001'"));
    const RtReply r = m_server.get(QStringLiteral("tickets"), q);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonArray items = r.json.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString().toInt(), ticketId(QStringLiteral("hengda-maintenance")));
}

void TestRtServer::apiUserCanFileAndUpdate()
{
    // The rights init grants are enough for what the connector writes (it is not a superuser).
    const QByteArray create = QJsonDocument(QJsonObject{
        {QStringLiteral("Queue"), QStringLiteral("Service")},
        {QStringLiteral("Subject"), QStringLiteral("灌装机报修 filling machine")},
        {QStringLiteral("Requestor"), QStringLiteral("zhang.min@huanan-fm.example.cn")},
        {QStringLiteral("Owner"), QStringLiteral("agent")},
        {QStringLiteral("Content"), QStringLiteral("灌装头滴漏")},
        {QStringLiteral("ContentType"), QStringLiteral("text/plain")},
        {QStringLiteral("CustomFields"), QJsonObject{{QStringLiteral("Customer Code"), QStringLiteral("huanan")},
                                                     {QStringLiteral("Idempotency Key"), QStringLiteral("outbox-test-1")}}},
    }).toJson(QJsonDocument::Compact);
    const RtReply created = m_server.call("POST", QStringLiteral("ticket"), {}, create);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString id = created.json.object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    const RtReply ticket = m_server.get(QStringLiteral("ticket/") + id);
    QVERIFY2(ticket.status == 200, ticket.body.constData());
    const QByteArray etag = ticket.header("ETag");
    QVERIFY(!etag.isEmpty());
    const QByteArray toOpen = R"({"Status":"open"})";
    const RtReply put = m_server.call("PUT", QStringLiteral("ticket/") + id, {}, toOpen, "application/json", {{"If-Match", etag}});
    QVERIFY2(put.status == 200 && put.body.contains("to 'open'"), put.body.constData());
    // The ETag moved on: the same If-Match is now stale.
    const RtReply stale = m_server.call("PUT", QStringLiteral("ticket/") + id, {}, R"({"Subject":"stale"})", "application/json", {{"If-Match", etag}});
    QCOMPARE(stale.status, 412);

    const RtReply comment = m_server.call("POST", QStringLiteral("ticket/%1/comment").arg(id), {}, QStringLiteral("内部备注").toUtf8(), "text/plain");
    QVERIFY2(comment.status == 201, comment.body.constData());
    QVERIFY(comment.header("Location").startsWith("/REST/2.0/transaction/"));
}

QTEST_GUILESS_MAIN(TestRtServer)
#include "tst_rtserver.moc"
