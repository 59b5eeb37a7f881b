// Escalation of a service ticket to an ERP complaint, against a real trytond 6.0 and a real
// Request Tracker 5 (labels tryton and rt), both set up in one workspace as a person would: a
// ticket filed to RT and escalated is one complaint in Tryton that names the RT ticket, and the
// ticket shows the complaint's number while it stays RT's; with the answer to the complaint's
// create lost on the way back, still one. A customer the ERP no longer has refuses the
// escalation with a sentence on the change.
#include "DroppingProxy.h"
#include "TrytonServer.h"
#include "../rt/RtServer.h"

#include "models/store/ChangeWriter.h"
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/ServiceStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestTrytonEscalation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void escalatedOnceEvenWhenTheAnswerIsLost();
    void customerTheErpNoLongerHasIsRefused();

private:
    // One engine cycle with both connections, as the sync runner makes it (routing by the kinds'
    // claims: tickets to RT, ticket.escalate to Tryton). Backed-off changes go now.
    SyncSummary cycle();
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    // A ticket filed here for the customer that is Tryton's party `party`, synced to RT.
    qint64 ticketInRt(int party, const QString &subject);
    // What ServiceStore::escalate queues (as QuoteStore::requestOrder queues quote.confirm);
    // the command's outbox key.
    QString escalate(qint64 ticket, const QString &reason);
    // The complaints in Tryton that carry this outbox key (reference SB-<key>).
    QJsonArray complaintsWithKey(const QString &key);

    QNetworkAccessManager m_nam;
    std::unique_ptr<TrytonServer> m_erp;
    std::unique_ptr<RtServer> m_rt;
    std::unique_ptr<DroppingProxy> m_proxy; // in front of trytond
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecrets m_secrets;
};

void TestTrytonEscalation::initTestCase()
{
    QString error;
    QVERIFY2(!TrytonServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
    QVERIFY2(!RtServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
}

void TestTrytonEscalation::init()
{
    QString error;
    m_erp = std::make_unique<TrytonServer>();
    QVERIFY2(m_erp->start(&error), qPrintable(error));
    m_rt = std::make_unique<RtServer>();
    QVERIFY2(m_rt->start(&error), qPrintable(error));
    m_proxy = std::make_unique<DroppingProxy>(quint16(m_erp->port()));
    QVERIFY(m_proxy->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(QStringLiteral("rep.sbw")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = opened.take();

    ConnectorConfig erp = KindRegistry::builtIn().configFor(QStringLiteral("tryton"));
    erp.url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
    erp.databaseName = m_erp->config().database;
    erp.username = m_erp->config().username;
    ConnectorConfig rt = KindRegistry::builtIn().configFor(QStringLiteral("rt"));
    rt.url = m_rt->url().toString();
    rt.username = RtServer::apiUser();
    rt.setSetting(QStringLiteral("queue"), QStringLiteral("Service"));
    for (const ConnectorConfig &c : {erp, rt}) {
        const QString why = KindRegistry::builtIn().validate(c);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto saved = ConnectorStore(*m_db).save(c);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    m_secrets.set(KindRegistry::secretKey(erp), QStringLiteral("admin"));
    m_secrets.set(KindRegistry::secretKey(rt), m_rt->token());
}

void TestTrytonEscalation::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_proxy.reset();
    m_rt.reset();
    m_erp.reset();
}

SyncSummary TestTrytonEscalation::cycle()
{
    QStringList problems;
    RunnerSetup setup = makeConnectors(*m_db, m_nam, m_secrets, KindRegistry::builtIn(), &problems);
    if (!problems.isEmpty() || !setup.routing)
        return SyncSummary{0, 0, 0, 0, 0, 0, false, problems, {}};
    SyncEngine engine(*m_db);
    for (RunnerConnector &rc : setup.connectors)
        engine.addConnector(rc.connector.get(), rc.rowId);
    engine.setRouting(*setup.routing);
    (void)setup.routing->save(*m_db);
    (void)m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE state <> 'done'"));
    return testing::runCycle(engine, 180000, testing::OnTimeout::Report);
}

QVariant TestTrytonEscalation::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

qint64 TestTrytonEscalation::ticketInRt(int party, const QString &subject)
{
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_system = 'erp' AND remote_id = ?"),
                                  {QString::number(party)}).toLongLong();
    if (customer <= 0 || local(QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customer}).toString().isEmpty()) {
        qWarning("party %d is not in the cache with a code", party);
        return 0;
    }
    auto id = ServiceStore(*m_db).createTicket({{QStringLiteral("subject"), subject},
                                                {QStringLiteral("description"), QStringLiteral("The spindle bearing failed again after 300 hours.")},
                                                {QStringLiteral("priority"), 3},
                                                {QStringLiteral("customer_id"), customer}},
                                               QStringLiteral("rep1"));
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    const SyncSummary s = cycle();
    if (!s.ok())
        qWarning("%s", qPrintable(s.errors.join(QLatin1Char('\n'))));
    return id.value();
}

QString TestTrytonEscalation::escalate(qint64 ticket, const QString &reason)
{
    if (Status s = ChangeWriter(*m_db).command(entities::ticket(), ticket, QStringLiteral("escalate"), {{QStringLiteral("reason"), reason}}); !s) {
        qWarning("%s", qPrintable(s.error()));
        return QString();
    }
    return local(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'ticket' AND record_id = ? AND op = 'action' "
                                "ORDER BY id DESC LIMIT 1"),
                 {ticket}).toString();
}

QJsonArray TestTrytonEscalation::complaintsWithKey(const QString &key)
{
    QString error;
    const QJsonValue v = m_erp->call(QStringLiteral("model.sale.complaint.search_read"),
                                     QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("reference"), QStringLiteral("="), QStringLiteral("SB-") + key})},
                                                0, QJsonValue::Null, QJsonValue::Null,
                                                QJsonArray{QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("description"),
                                                           QStringLiteral("state"), QStringLiteral("type")}},
                                     {}, &error);
    if (!error.isEmpty())
        qWarning("sale.complaint.search_read: %s", qPrintable(error));
    return v.toArray();
}

void TestTrytonEscalation::escalatedOnceEvenWhenTheAnswerIsLost()
{
    SyncSummary s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const qint64 ticket = ticketInRt(6, QStringLiteral("主轴轴承再次损坏 spindle bearing failed twice"));
    QVERIFY(ticket > 0);
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM tickets WHERE id = ?"), {ticket}).toString(), QStringLiteral("aftersales"));
    const QString rtId = local(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ?"), {ticket}).toString();
    QVERIFY(!rtId.isEmpty());
    QCOMPARE(local(QStringLiteral("SELECT number FROM tickets WHERE id = ?"), {ticket}).toString(), rtId);
    const QString rtVersion = local(QStringLiteral("SELECT remote_version FROM tickets WHERE id = ?"), {ticket}).toString();
    QVERIFY(!rtVersion.isEmpty());

    const QString reason = QStringLiteral("客户要求退款 the customer asks for a credit note");
    const QString key = escalate(ticket, reason);
    QVERIFY(!key.isEmpty());
    // The complaint is made; the answer to its create never comes back.
    bool dropOnce = true;
    m_proxy->dropReply = [&dropOnce](const QByteArray &body) {
        return body.contains("model.sale.complaint.create") && std::exchange(dropOnce, false);
    };
    (void)cycle();
    QCOMPARE(m_proxy->dropped, 1);
    QCOMPARE(complaintsWithKey(key).size(), 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), {key}).toString(), QStringLiteral("in_flight"));
    QVERIFY(local(QStringLiteral("SELECT complaint_ref FROM tickets WHERE id = ?"), {ticket}).isNull());

    // The next cycle finds it by its key: no second complaint, and the ticket shows its number.
    s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const QJsonArray found = complaintsWithKey(key);
    QCOMPARE(found.size(), 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), {key}).toString(), QStringLiteral("done"));
    const QJsonObject complaint = found.first().toObject();
    const QString number = complaint.value(QStringLiteral("number")).toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(local(QStringLiteral("SELECT complaint_ref FROM tickets WHERE id = ?"), {ticket}).toString(), number);
    // In the ERP: the ticket's customer, its subject first, the RT ticket and the reason.
    QCOMPARE(complaint.value(QStringLiteral("customer")).toInt(), 6);
    QCOMPARE(complaint.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QVERIFY(complaint.value(QStringLiteral("type")).toInt() > 0);
    const QString description = complaint.value(QStringLiteral("description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("主轴轴承再次损坏 spindle bearing failed twice\n")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("after-sales ticket %1.").arg(rtId)), qPrintable(description));
    QVERIFY2(description.contains(reason), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("after 300 hours")), qPrintable(description));
    // The ticket is still RT's: same home, id and version (its If-Match); not linked to the ERP.
    QCOMPARE(local(QStringLiteral("SELECT remote_system || '/' || remote_id || '/' || remote_version FROM tickets WHERE id = ?"), {ticket}).toString(),
             QStringLiteral("aftersales/%1/%2").arg(rtId, rtVersion));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM id_map WHERE entity = 'ticket'")).toInt(), 0);
    // With Request Tracker keeping the tickets, Tryton's complaints are not read as tickets: the
    // escalated work is one row, the RT ticket, with the complaint's number on it.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_system = 'erp'")).toInt(), 0);

    // Later cycles change nothing.
    s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(complaintsWithKey(key).size(), 1);
    QCOMPARE(local(QStringLiteral("SELECT complaint_ref FROM tickets WHERE id = ?"), {ticket}).toString(), number);
}

void TestTrytonEscalation::customerTheErpNoLongerHasIsRefused()
{
    SyncSummary s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const qint64 ticket = ticketInRt(7, QStringLiteral("Seal kit missing from delivery"));
    QVERIFY(ticket > 0);
    QVERIFY(!local(QStringLiteral("SELECT remote_id FROM tickets WHERE id = ? AND remote_system = 'aftersales'"), {ticket}).toString().isEmpty());
    // Archived in the ERP meanwhile (Tryton's client does that instead of deleting a party).
    QString error;
    m_erp->call(QStringLiteral("model.party.party.write"), QJsonArray{QJsonArray{QJsonValue(7)}, QJsonObject{{QStringLiteral("active"), false}}}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString key = escalate(ticket, QStringLiteral("Replacement needed"));
    QVERIFY(!key.isEmpty());
    s = cycle();
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), {key}).toString(), QStringLiteral("failed"));
    const QString why = local(QStringLiteral("SELECT last_error FROM outbox WHERE idempotency_key = ?"), {key}).toString();
    QVERIFY2(why.contains(QLatin1String("customer is no longer in the ERP")), qPrintable(why));
    QCOMPARE(complaintsWithKey(key).size(), 0);
}

QTEST_MAIN(TestTrytonEscalation)
#include "tst_trytonescalation.moc"
