// A ticket's life with a real Request Tracker 5 (label rt): the history with its files comes
// down, replies and comments go up exactly once (also when the answer is lost), changes on both
// sides merge or conflict, a refused change says why and lets others go, a ticket deleted on
// the server leaves the lists, and a status changed here is one history entry, not two.
#include "RtServer.h"
#include "RtWorkspace.h"
#include "../tryton/DroppingProxy.h"

#include "models/store/ChangeWriter.h"
#include "models/store/Entity.h"
#include "sync/connectors/rt/RtAttachments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestRtHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncBringsTheHistory();
    void replyWithAFileGoesUpOnceWhenItsAnswerIsLost();
    void replyOnTheServerComesDown();
    void differentFieldsMergeTheSameFieldConflicts();
    void refusedChangeSaysWhyAndOthersGo();
    void ticketDeletedOnTheServerLeaves();
    void statusChangedHereIsOneEntry();
    void ticketForACustomerOnNoServerGoesByItsCode();
    void aFileIsDownloadedOnDemandWithinTheLimit();
    void aDescriptionEditIsRefusedNotDropped();

private:
    QString seeded(const char *key) const
    {
        return QString::number(m_server->seedIds().value(QStringLiteral("tickets")).toObject().value(QLatin1String(key)).toInt());
    }
    static qint64 localTicket(RtWorkspace &ws, const QString &remoteId)
    {
        return ws.scalar(QStringLiteral("SELECT id FROM tickets WHERE remote_id = ?"), {remoteId}).toLongLong();
    }
    QJsonObject serverTicket(const QString &id) { return m_server->get(QStringLiteral("ticket/") + id).json.object(); }
    // The server's transactions of a ticket that carry a message key.
    int transactionsWithKey(const QString &ticket, const QString &key)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"),
                       QStringLiteral("ObjectType = 'RT::Ticket' AND ObjectId = %1 AND CF.{Message Key} = '%2'").arg(ticket, key));
        const RtReply r = m_server->get(QStringLiteral("transactions"), q);
        if (!r.ok())
            qFatal("transactions: %d %s", r.status, r.body.constData());
        return r.json.object().value(QLatin1String("items")).toArray().size();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<RtServer> m_server;
};

void TestRtHistory::initTestCase()
{
    QString error;
    if (RtServer::ensureTemplate(&error).isEmpty())
        QFAIL(qPrintable(error));
}

void TestRtHistory::init()
{
    m_server = std::make_unique<RtServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestRtHistory::cleanup()
{
    m_server.reset();
}

void TestRtHistory::firstSyncBringsTheHistory()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    const SyncSummary first = ws.cycle(3); // pages of three: the history's pages and their files' searches
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    const qint64 seal = localTicket(ws, seeded("dongfang-seal"));
    QVERIFY(seal > 0);
    // Create, open, the reply with the waybill, the comment, resolved: in order, none twice.
    auto kinds = ws.db().exec(QStringLiteral("SELECT kind, text, author, attachments FROM ticket_events WHERE ticket_id = ? ORDER BY at, CAST(remote_id AS INTEGER)"), {seal});
    QVERIFY(kinds);
    QStringList seen;
    QString reply;
    QString files;
    QString author;
    while (kinds.value().next()) {
        seen << kinds.value().value(0).toString();
        if (seen.last() == QLatin1String("status"))
            seen.last() += QLatin1Char(':') + kinds.value().value(1).toString();
        if (seen.last() == QLatin1String("correspond")) {
            reply = kinds.value().value(1).toString();
            files = kinds.value().value(3).toString();
            author = kinds.value().value(2).toString();
        }
    }
    QCOMPARE(seen, QStringList({QStringLiteral("create"), QStringLiteral("status:open"), QStringLiteral("correspond"),
                                QStringLiteral("comment"), QStringLiteral("status:resolved")}));
    QVERIFY2(reply.contains(QStringLiteral("顺丰单号 SF1234567890")), qPrintable(reply));
    QCOMPARE(author, QStringLiteral("agent"));
    const QJsonArray attached = QJsonDocument::fromJson(files.toUtf8()).array();
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("快递单 waybill.txt"));
    QVERIFY(attached.first().toObject().value(QLatin1String("size")).toInt() > 10);
    QVERIFY(!attached.first().toObject().contains(QLatin1String("content"))); // bytes only on demand
    // The requestor is the contact with that address; the due date came along.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT c.email FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE t.id = ?"), {seal}).toString(),
             QStringLiteral("liu.yang@dongfang-pv.example.cn"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT due_at FROM tickets WHERE id = ?"), {seal}).toString(), QStringLiteral("2026-12-10T17:00:00Z"));
    // The next cycle finds nothing new.
    const qint64 events = ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong();
    QVERIFY(events >= 5 * 2);
    const SyncSummary again = ws.cycle(50);
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong(), events);
}

void TestRtHistory::replyWithAFileGoesUpOnceWhenItsAnswerIsLost()
{
    DroppingProxy proxy(quint16(m_server->port()));
    QVERIFY(proxy.listen());
    RtWorkspace ws(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("hengda-spindle");
    const qint64 ticket = localTicket(ws, remote);
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, '\x07') + QByteArray("\x00\xff", 2);
    const QJsonArray files{QJsonObject{{QStringLiteral("name"), QStringLiteral("主轴照片.png")},
                                       {QStringLiteral("type"), QStringLiteral("image/png")},
                                       {QStringLiteral("size"), photo.size()},
                                       {QStringLiteral("content"), QString::fromLatin1(photo.toBase64())}}};
    auto event = ChangeWriter(ws.db()).create(entities::ticketEvent(),
                                              {{QStringLiteral("ticket_id"), ticket},
                                               {QStringLiteral("at"), Database::nowUtc()},
                                               {QStringLiteral("author"), QStringLiteral("rep1")},
                                               {QStringLiteral("kind"), QStringLiteral("correspond")},
                                               {QStringLiteral("text"), QStringLiteral("陈工您好，照片见附件。")},
                                               {QStringLiteral("attachments"), QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))}});
    QVERIFY2(event, qPrintable(event.error()));
    const QString key = ws.scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'ticket_event' AND record_id = ?"),
                                  {event.value()}).toString();
    bool dropOnce = true;
    proxy.dropReply = [&dropOnce, key](const QByteArray &body) { return body.contains(key.toUtf8()) && std::exchange(dropOnce, false); };
    ws.cycle(50); // the reply is lost: the engine cannot know it arrived
    QCOMPARE(proxy.dropped, 1);
    QCOMPARE(transactionsWithKey(remote, key), 1);
    const SyncSummary after = ws.cycle(50); // looked up by its key, not sent again
    QVERIFY2(after.errors.isEmpty(), qPrintable(after.errors.join(QLatin1Char('\n'))));
    QCOMPARE(transactionsWithKey(remote, key), 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND record_id = ? AND state <> 'done'"),
                       {event.value()}).toInt(), 0);
    // One entry here, with the server's id of the file and without its bytes any more.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND text LIKE '%照片见附件%'"), {ticket}).toInt(), 1);
    const QJsonArray stored = QJsonDocument::fromJson(
        ws.scalar(QStringLiteral("SELECT attachments FROM ticket_events WHERE id = ?"), {event.value()}).toString().toUtf8()).array();
    QCOMPARE(stored.size(), 1);
    const QJsonObject file = stored.first().toObject();
    QVERIFY(!file.contains(QLatin1String("content")));
    QCOMPARE(file.value(QLatin1String("name")).toString(), QStringLiteral("主轴照片.png"));
    // The server has the same bytes.
    const RtReply got = m_server->get(QStringLiteral("attachment/") + file.value(QLatin1String("id")).toString());
    QVERIFY(got.ok());
    QCOMPARE(QByteArray::fromBase64(got.json.object().value(QLatin1String("Content")).toString().toLatin1()), photo);
}

void TestRtHistory::replyOnTheServerComesDown()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("mueller-motor");
    const RtReply posted = m_server->call("POST", QStringLiteral("ticket/%1/correspond").arg(remote), {},
                                          QStringLiteral(R"({"Content":"Techniker kommt am Montag. 工程师周一到。","ContentType":"text/plain"})").toUtf8());
    QVERIFY2(posted.ok(), posted.body.constData());
    QVERIFY(ws.cycle(50).errors.isEmpty());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'correspond' "
                                      "AND text = 'Techniker kommt am Montag. 工程师周一到。' AND author = 'salesbridge'"),
                       {localTicket(ws, remote)}).toInt(), 1);
}

void TestRtHistory::differentFieldsMergeTheSameFieldConflicts()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("mueller-motor");
    const qint64 ticket = localTicket(ws, remote);
    // Different fields: the priority here, the subject there. Both stay.
    QVERIFY(ServiceStore(ws.db()).updateTicket(ticket, {{QStringLiteral("priority"), 4}}));
    QTest::qWait(1100); // RT's times have whole seconds: the server's change is a later version
    QVERIFY(m_server->call("PUT", QStringLiteral("ticket/") + remote, {}, R"({"Subject":"Conveyor motor overheating at site 2"})").ok());
    SyncSummary s = ws.cycle(50);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(serverTicket(remote).value(QLatin1String("Priority")).toString(), QStringLiteral("80"));
    QCOMPARE(serverTicket(remote).value(QLatin1String("Subject")).toString(), QStringLiteral("Conveyor motor overheating at site 2"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT subject FROM tickets WHERE id = ?"), {ticket}).toString(),
             QStringLiteral("Conveyor motor overheating at site 2"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE record_id = ? AND resolved_at IS NULL"), {ticket}).toInt(), 0);

    // The same field on both sides: a decision for a person, never an overwrite.
    QVERIFY(ServiceStore(ws.db()).updateTicket(ticket, {{QStringLiteral("subject"), QStringLiteral("Motor overheating, as the rep wrote it")}}));
    QTest::qWait(1100);
    QVERIFY(m_server->call("PUT", QStringLiteral("ticket/") + remote, {}, R"({"Subject":"Motor overheating, as the agent wrote it"})").ok());
    s = ws.cycle(50);
    QVERIFY(s.conflicts >= 1);
    QCOMPARE(serverTicket(remote).value(QLatin1String("Subject")).toString(), QStringLiteral("Motor overheating, as the agent wrote it"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE entity = 'ticket' AND record_id = ? AND field = 'subject' "
                                      "AND resolved_at IS NULL"), {ticket}).toInt(), 1);
}

void TestRtHistory::refusedChangeSaysWhyAndOthersGo()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const qint64 refused = localTicket(ws, seeded("hengda-spindle"));
    const QString other = seeded("hengda-maintenance");
    // Assigned here to someone Request Tracker does not know: PUT answers 200 and says so.
    QVERIFY(ChangeWriter(ws.db()).update(entities::ticket(), refused, {{QStringLiteral("owner"), QStringLiteral("wang.fang")}}));
    QVERIFY(ServiceStore(ws.db()).updateTicket(localTicket(ws, other), {{QStringLiteral("priority"), 4}}));
    ws.cycle(50);
    const RefusedChange why = OutboxStore(ws.db()).firstRefused(QStringLiteral("ticket"), refused).value();
    QVERIFY(why.outboxId > 0);
    QVERIFY2(why.reason.contains(QStringLiteral("That user does not exist")), qPrintable(why.reason));
    QCOMPARE(serverTicket(other).value(QLatin1String("Priority")).toString(), QStringLiteral("80"));
}

void TestRtHistory::ticketDeletedOnTheServerLeaves()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("brightway-catalogue");
    const qint64 ticket = localTicket(ws, remote);
    QVERIFY(ticket > 0);
    QVERIFY(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {ticket}).toInt() > 0);
    QTest::qWait(1100);
    const RtReply gone = m_server->call("DELETE", QStringLiteral("ticket/") + remote);
    QVERIFY2(gone.ok(), gone.body.constData());
    const SyncSummary s = ws.cycle(50);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {ticket}).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {ticket}).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 4);
    // Nothing of it waits for a ticket that will not come back.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM pull_held")).toInt(), 0);
}

void TestRtHistory::statusChangedHereIsOneEntry()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("hengda-maintenance");
    const qint64 ticket = localTicket(ws, remote);
    QVERIFY(ServiceStore(ws.db()).setStatus(ticket, QStringLiteral("open"), QStringLiteral("rep1")));
    SyncSummary s = ws.cycle(50);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    s = ws.cycle(50);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(serverTicket(remote).value(QLatin1String("Status")).toString(), QStringLiteral("open"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'status'"), {ticket}).toInt(), 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND state <> 'done'")).toInt(), 0);
}

void TestRtHistory::ticketForACustomerOnNoServerGoesByItsCode()
{
    // No ERP set up: the customer and its contact were typed here and live on no server. RT
    // names both by what it keeps of them (the code, the address): the ticket does not wait.
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.db().exec(QStringLiteral("INSERT INTO customers (code, name) VALUES ('lefevre', 'Atelier Mécanique Lefèvre')")));
    const qint64 customer = ws.scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'lefevre'")).toLongLong();
    QVERIFY(ws.db().exec(QStringLiteral("INSERT INTO contacts (customer_id, name, email) VALUES (?, 'Marie Lefèvre', 'marie@lefevre.example.fr')"),
                         {customer}));
    const qint64 contact = ws.scalar(QStringLiteral("SELECT id FROM contacts WHERE email = 'marie@lefevre.example.fr'")).toLongLong();
    auto ticket = ServiceStore(ws.db()).createTicket({{QStringLiteral("subject"), QStringLiteral("Broche bruyante")},
                                                      {QStringLiteral("customer_id"), customer},
                                                      {QStringLiteral("contact_id"), contact},
                                                      {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)}},
                                                     QStringLiteral("rep1"));
    QVERIFY2(ticket, qPrintable(ticket.error()));
    const SyncSummary s = ws.cycle(50);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const QString remote = ws.scalar(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ?"), {ticket.value()}).toString();
    QVERIFY2(!remote.isEmpty(), "the ticket did not reach Request Tracker");
    const QJsonObject onServer = serverTicket(remote);
    QCOMPARE(onServer.value(QLatin1String("Requestor")).toArray().first().toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("marie@lefevre.example.fr"));
    bool coded = false;
    for (const QJsonValue &cf : onServer.value(QLatin1String("CustomFields")).toArray())
        coded = coded || (cf.toObject().value(QLatin1String("name")).toString() == QLatin1String("Customer Code")
                          && cf.toObject().value(QLatin1String("values")).toArray().first().toString() == QLatin1String("lefevre"));
    QVERIFY(coded);
    // It comes back on the same customer and contact, not on new ones.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {ticket.value()}).toLongLong(), customer);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM tickets WHERE id = ?"), {ticket.value()}).toLongLong(), contact);
}

void TestRtHistory::aFileIsDownloadedOnDemandWithinTheLimit()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QJsonArray listed = QJsonDocument::fromJson(
        ws.scalar(QStringLiteral("SELECT attachments FROM ticket_events WHERE attachments IS NOT NULL LIMIT 1")).toString().toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    const QJsonObject file = listed.first().toObject();
    rt::Settings settings;
    settings.base = m_server->url();
    settings.queue = QStringLiteral("Service");
    settings.username = RtServer::apiUser();
    settings.token = m_server->token();
    rt::RtAttachments source(&m_nam, settings);
    auto fetch = [&](qint64 limit) {
        std::unique_ptr<AttachmentFetch> f(source.fetch(file.value(QLatin1String("id")).toString(), limit));
        QSignalSpy done(f.get(), &AttachmentFetch::finished);
        f->start();
        if (!done.wait(30000))
            qFatal("the download did not finish");
        return std::make_pair(done.first().at(0).toByteArray(), done.first().at(1).toString());
    };
    const auto [content, error] = fetch(20 * 1024 * 1024);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(content.size(), file.value(QLatin1String("size")).toInt());
    QVERIFY2(QString::fromUtf8(content).contains(QStringLiteral("顺丰 SF1234567890")), content.constData());
    // Above the limit: refused before it is read, with both sizes.
    const auto [none, refused] = fetch(10);
    QVERIFY(none.isEmpty());
    QVERIFY2(refused.contains(QStringLiteral("open it in Request Tracker")), qPrintable(refused));
    QCOMPARE(source.webUrl(QStringLiteral("3")).toString(), m_server->url().toString() + QStringLiteral("/Ticket/Display.html?id=3"));
}

void TestRtHistory::aDescriptionEditIsRefusedNotDropped()
{
    RtWorkspace ws(m_server->url(), m_server->token(), m_nam);
    QVERIFY(ws.cycle(50).errors.isEmpty());
    const QString remote = seeded("dongfang-seal");
    const qint64 ticket = localTicket(ws, remote);
    QVERIFY(ServiceStore(ws.db()).updateTicket(ticket, {{QStringLiteral("priority"), 4},
                                                        {QStringLiteral("description"), QStringLiteral("改写的描述")}}));
    ws.cycle(50);
    // The priority went; the description, which RT keeps as the first message, is refused with why.
    QCOMPARE(serverTicket(remote).value(QLatin1String("Priority")).toString(), QStringLiteral("80"));
    const RefusedChange why = OutboxStore(ws.db()).firstRefused(QStringLiteral("ticket"), ticket).value();
    QVERIFY(why.outboxId > 0);
    QVERIFY2(why.reason.contains(QStringLiteral("first message")), qPrintable(why.reason));
}

QTEST_GUILESS_MAIN(TestRtHistory)
#include "tst_rthistory.moc"
