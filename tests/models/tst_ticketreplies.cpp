// After-sales at the store (schema v10): a ticket's due date and requestor are checked, a reply
// carries its files base64 in the attachments JSON through the outbox within the size limits,
// a ticket is escalated to an ERP complaint once, and the history reads back with its files.
#include "models/store/Database.h"
#include "models/store/ServiceStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

class TestTicketReplies : public QObject {
    Q_OBJECT
private slots:
    void init();
    void dueDateAndRequestorAreChecked();
    void replyCarriesFilesThroughTheOutbox();
    void replyRefusals();
    void commentStillWorks();
    void escalateQueuesTheCommandOnce();
    void escalateRefusedWhenAlreadyAComplaint();
    void historyReadsAttachmentsAndStatusCodes();

private:
    QVariant one(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db->scalar(sql, bindings);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }
    qint64 insert(const QString &sql, const QVariantList &bindings)
    {
        auto r = m_db->exec(sql, bindings);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value().lastInsertId().toLongLong();
    }
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString sparseFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0, m_other = 0, m_contact = 0, m_strangerContact = 0, m_ticket = 0;
};

void TestTicketReplies::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_customer = insert(QStringLiteral("INSERT INTO customers (name) VALUES ('无锡精工')"), {});
    m_other = insert(QStringLiteral("INSERT INTO customers (name) VALUES ('Northwind Trading GmbH')"), {});
    m_contact = insert(QStringLiteral("INSERT INTO contacts (customer_id, name, title) VALUES (?, '李明', '设备主管')"), {m_customer});
    m_strangerContact = insert(QStringLiteral("INSERT INTO contacts (customer_id, name) VALUES (?, 'Anna Berg')"), {m_other});
    m_ticket = insert(QStringLiteral("INSERT INTO tickets (number, customer_id, subject, status, priority, remote_system, "
                                     "remote_id, remote_version) VALUES ('4711', ?, '伺服报警', 'open', 2, 'rt', '4711', '1')"),
                      {m_customer});
}

void TestTicketReplies::dueDateAndRequestorAreChecked()
{
    ServiceStore store(*m_db);
    const QString soon = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    auto id = store.createTicket({{QStringLiteral("customer_id"), m_customer},
                                  {QStringLiteral("subject"), QStringLiteral("漏油")},
                                  {QStringLiteral("due_at"), soon},
                                  {QStringLiteral("contact_id"), m_contact}},
                                 QStringLiteral("wang.fang"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(one(QStringLiteral("SELECT due_at FROM tickets WHERE id = ?"), {id.value()}).toString(), soon);
    QCOMPARE(one(QStringLiteral("SELECT contact_id FROM tickets WHERE id = ?"), {id.value()}).toLongLong(), m_contact);

    // Another customer's contact, a date three years away, text that is no date: refused, nothing written.
    const qint64 tickets = one(QStringLiteral("SELECT count(*) FROM tickets")).toLongLong();
    auto stranger = store.createTicket({{QStringLiteral("customer_id"), m_customer},
                                        {QStringLiteral("subject"), QStringLiteral("x")},
                                        {QStringLiteral("contact_id"), m_strangerContact}},
                                       QStringLiteral("wang.fang"));
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().contains(QStringLiteral("contacts")), qPrintable(stranger.error()));
    auto far = store.createTicket({{QStringLiteral("customer_id"), m_customer},
                                   {QStringLiteral("subject"), QStringLiteral("x")},
                                   {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc().addYears(3).toString(Qt::ISODate)}},
                                  QStringLiteral("wang.fang"));
    QVERIFY(!far);
    QVERIFY2(far.error().contains(QStringLiteral("two years")), qPrintable(far.error()));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM tickets")).toLongLong(), tickets);

    QVERIFY(!store.updateTicket(m_ticket, {{QStringLiteral("due_at"), QStringLiteral("next Tuesday")}}));
    QVERIFY(!store.updateTicket(m_ticket, {{QStringLiteral("contact_id"), m_strangerContact}}));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND entity = 'ticket'"), {m_ticket}).toInt(), 0);

    // Edits go through the outbox; "none" is written as NULL.
    Status s = store.updateTicket(m_ticket, {{QStringLiteral("due_at"), soon}, {QStringLiteral("contact_id"), m_contact}});
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(one(QStringLiteral("SELECT due_at || '|' || contact_id FROM tickets WHERE id = ?"), {m_ticket}).toString(),
             soon + QStringLiteral("|") + QString::number(m_contact));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND entity = 'ticket' AND op = 'update'"),
                 {m_ticket}).toInt(),
             1);
    s = store.updateTicket(m_ticket, {{QStringLiteral("due_at"), QString()}, {QStringLiteral("contact_id"), 0}});
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(one(QStringLiteral("SELECT due_at FROM tickets WHERE id = ?"), {m_ticket}).isNull());
    QVERIFY(one(QStringLiteral("SELECT contact_id FROM tickets WHERE id = ?"), {m_ticket}).isNull());

    auto requestors = store.requestors(m_customer);
    QVERIFY(requestors);
    QCOMPARE(requestors.value().size(), 1);
    QCOMPARE(requestors.value().first().id, m_contact);
    QCOMPARE(requestors.value().first().title, QStringLiteral("设备主管"));
}

void TestTicketReplies::replyCarriesFilesThroughTheOutbox()
{
    const QByteArray photo("\x89PNG\r\n\x1a\n0000IHDR-not-really-a-picture", 36);
    const QString png = file(QStringLiteral("报警照片.png"), photo);
    const QString log = file(QStringLiteral("alarm-log.txt"), "AL.020 at 09:14\nAL.020 at 09:19\n");
    ServiceStore store(*m_db);
    auto id = store.addReply(m_ticket, QStringLiteral("correspond"), QStringLiteral("请查看附件。"), {png, log},
                             QStringLiteral("wang.fang"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(one(QStringLiteral("SELECT kind || '|' || text || '|' || author FROM ticket_events WHERE id = ?"), {id.value()}).toString(),
             QStringLiteral("correspond|请查看附件。|wang.fang"));

    const QJsonArray files = QJsonDocument::fromJson(
                                 one(QStringLiteral("SELECT attachments FROM ticket_events WHERE id = ?"), {id.value()}).toByteArray())
                                 .array();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("报警照片.png"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(qint64(first.value(QStringLiteral("size")).toDouble()), qint64(photo.size()));
    QCOMPARE(QByteArray::fromBase64(first.value(QStringLiteral("content")).toString().toLatin1()), photo);
    QVERIFY(!first.contains(QStringLiteral("id"))); // the server's, once it has the file
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text/plain"));

    // One outbox entry, whose payload carries the same attachments.
    auto payload = m_db->scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'ticket_event' AND op = 'create' "
                                               "AND record_id = ?"),
                                {id.value()});
    QVERIFY(payload && payload.value().isValid());
    QVERIFY(payload.value().toString().contains(QString::fromLatin1(photo.toBase64())));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND record_id = ?"), {id.value()}).toInt(), 1);

    // Files alone, no text, are a reply too.
    auto filesOnly = store.addReply(m_ticket, QStringLiteral("comment"), QString(), {log}, QStringLiteral("wang.fang"));
    QVERIFY2(filesOnly, qPrintable(filesOnly.error()));
}

void TestTicketReplies::replyRefusals()
{
    ServiceStore store(*m_db);
    const QString small = file(QStringLiteral("a.txt"), "x");
    const QString big = sparseFile(QStringLiteral("scan.pdf"), ServiceStore::kMaxFileBytes + 1);
    const QString nine1 = sparseFile(QStringLiteral("v1.mp4"), 9 * 1024 * 1024);
    const QString nine2 = sparseFile(QStringLiteral("v2.mp4"), 9 * 1024 * 1024);
    const QString nine3 = sparseFile(QStringLiteral("v3.mp4"), 9 * 1024 * 1024);
    const QString exact = sparseFile(QStringLiteral("exact.bin"), ServiceStore::kMaxFileBytes);

    auto empty = store.addReply(m_ticket, QStringLiteral("correspond"), QStringLiteral("   "), {}, QStringLiteral("w"));
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QStringLiteral("Write something")), qPrintable(empty.error()));
    auto missing = store.addReply(m_ticket, QStringLiteral("comment"), QStringLiteral("t"), {m_dir.filePath(QStringLiteral("gone.txt"))},
                                  QStringLiteral("w"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("gone.txt")) && missing.error().contains(QStringLiteral("cannot be read")),
             qPrintable(missing.error()));
    auto tooBig = store.addReply(m_ticket, QStringLiteral("comment"), QStringLiteral("t"), {small, big}, QStringLiteral("w"));
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().contains(QStringLiteral("scan.pdf")) && tooBig.error().contains(QStringLiteral("10")),
             qPrintable(tooBig.error()));
    auto tooMuch = store.addReply(m_ticket, QStringLiteral("comment"), QStringLiteral("t"), {nine1, nine2, nine3},
                                  QStringLiteral("w"));
    QVERIFY(!tooMuch);
    QVERIFY2(tooMuch.error().contains(QStringLiteral("25")), qPrintable(tooMuch.error()));
    auto wrongKind = store.addReply(m_ticket, QStringLiteral("status"), QStringLiteral("t"), {}, QStringLiteral("w"));
    QVERIFY(!wrongKind);
    auto noTicket = store.addReply(m_ticket + 99, QStringLiteral("comment"), QStringLiteral("t"), {}, QStringLiteral("w"));
    QVERIFY(!noTicket);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM ticket_events")).toInt(), 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

    // Exactly 10 MB is allowed (the limit is "over 10 MB").
    auto atLimit = store.addReply(m_ticket, QStringLiteral("comment"), QString(), {exact}, QStringLiteral("w"));
    QVERIFY2(atLimit, qPrintable(atLimit.error()));
}

void TestTicketReplies::commentStillWorks()
{
    ServiceStore store(*m_db);
    QVERIFY(!store.addComment(m_ticket, QStringLiteral("  "), QStringLiteral("w")));
    auto id = store.addComment(m_ticket, QStringLiteral("内部备注"), QStringLiteral("wang.fang"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(one(QStringLiteral("SELECT kind FROM ticket_events WHERE id = ?"), {id.value()}).toString(), QStringLiteral("comment"));
    QVERIFY(one(QStringLiteral("SELECT attachments FROM ticket_events WHERE id = ?"), {id.value()}).isNull());
}

void TestTicketReplies::escalateQueuesTheCommandOnce()
{
    ServiceStore store(*m_db);
    QVERIFY(!store.escalate(m_ticket, QStringLiteral("  "), QStringLiteral("w"))); // a reason is needed
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QVERIFY(!store.escalationPending(m_ticket).value());

    Status s = store.escalate(m_ticket, QStringLiteral("批量漏油，需退货"), QStringLiteral("wang.fang"));
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(store.escalationPending(m_ticket).value());
    auto r = m_db->exec(QStringLiteral("SELECT op, payload, state, base_version FROM outbox WHERE entity = 'ticket' AND record_id = ?"),
                        {m_ticket});
    QVERIFY(r && r.value().next());
    QCOMPARE(r.value().value(0).toString(), QStringLiteral("action")); // OutboxOp::Command, as quote.confirm
    const QJsonObject payload = QJsonDocument::fromJson(r.value().value(1).toByteArray()).object();
    QCOMPARE(payload.value(QStringLiteral("command")).toString(), QStringLiteral("escalate"));
    QCOMPARE(payload.value(QStringLiteral("args")).toObject(),
             QJsonObject({{QStringLiteral("reason"), QStringLiteral("批量漏油，需退货")}}));
    QCOMPARE(r.value().value(2).toString(), QStringLiteral("pending"));
    QCOMPARE(r.value().value(3).toString(), QStringLiteral("1")); // the version the command was asked against
    QVERIFY(!r.value().next());

    // A second escalation while the first waits is refused, even after a refusal by the server.
    Status again = store.escalate(m_ticket, QStringLiteral("再次"), QStringLiteral("wang.fang"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("already on its way")), qPrintable(again.error()));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'failed'")));
    QVERIFY(!store.escalate(m_ticket, QStringLiteral("再次"), QStringLiteral("wang.fang")));
    // Once sent (done) and no complaint came back, it may be asked again.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
    QVERIFY(store.escalate(m_ticket, QStringLiteral("再次"), QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND state = 'pending'")).toInt(), 1);
}

void TestTicketReplies::escalateRefusedWhenAlreadyAComplaint()
{
    QVERIFY(m_db->exec(QStringLiteral("UPDATE tickets SET complaint_ref = 'CMP-2026-0042' WHERE id = ?"), {m_ticket}));
    Status s = ServiceStore(*m_db).escalate(m_ticket, QStringLiteral("退货"), QStringLiteral("wang.fang"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("CMP-2026-0042")), qPrintable(s.error()));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestTicketReplies::historyReadsAttachmentsAndStatusCodes()
{
    // As the server leaves them: a status code, a reply with a file listed by id (a number in
    // the JSON, as RT gives it), and one written here with its content.
    insert(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, author, kind, text, attachments) VALUES "
                          "(?, '2026-12-01T08:00:00Z', 'rt', 'status', 'resolved', NULL), "
                          "(?, '2026-12-02T08:00:00Z', 'li.ming@example.cn', 'correspond', '见附件', "
                          "'[{\"id\": 881, \"name\": \"invoice.pdf\", \"type\": \"application/pdf\", \"size\": 48213}]'), "
                          "(?, '2026-12-03T08:00:00Z', 'wang.fang', 'comment', '', "
                          "'[{\"name\": \"note.txt\", \"type\": \"text/plain\", \"size\": 5, \"content\": \"aGVsbG8=\"}]'), "
                          "(?, '2026-12-04T08:00:00Z', 'x', 'comment', 'broken json', '{not json')"),
           {m_ticket, m_ticket, m_ticket, m_ticket});
    auto h = ServiceStore(*m_db).history(m_ticket);
    QVERIFY2(h, qPrintable(h.error()));
    const QList<TicketEntry> &e = h.value();
    QCOMPARE(e.size(), 4);
    QCOMPARE(e.at(0).text, QStringLiteral("broken json")); // newest first
    QVERIFY(e.at(0).attachments.isEmpty());
    QCOMPARE(e.at(1).attachments.size(), 1);
    QCOMPARE(e.at(1).attachments.first().content, QByteArray("hello"));
    QVERIFY(e.at(1).attachments.first().isLocal());
    QCOMPARE(e.at(2).attachments.first().id, QStringLiteral("881"));
    QCOMPARE(e.at(2).attachments.first().size, 48213);
    QVERIFY(!e.at(2).attachments.first().isLocal());
    QCOMPARE(e.at(3).kind, QStringLiteral("status"));
    QCOMPARE(e.at(3).text, QStringLiteral("resolved"));
}

QTEST_MAIN(TestTicketReplies)
#include "tst_ticketreplies.moc"
