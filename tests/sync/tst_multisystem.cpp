// One engine, three back ends of different roles (ERP, OA approvals, after-sales), each a real
// HTTP server on loopback (FakeBackend) reached through kinds registered like the product's own
// (tests/sync/fake/FakeKinds): routing of new records by owner, references across systems both
// ways, a record waiting for its parent in another system, one system failing while the others
// finish, commands exactly once when the reply is lost, two owners for one entity refused, and
// changes no system takes kept local by design.
#include "FakeBackend.h"
#include "FakeKinds.h"
#include "models/store/ChangeWriter.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RoutingStore.h"
#include "models/store/ServiceStore.h"
#include "models/store/SyncStates.h"
#include "models/store/SystemStatusStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <map>

using namespace sb;

class TestMultiSystem : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newRecordsGoToTheirOwner();
    void ticketsFallBackToTheErpWithoutAfterSales();
    void referencesAcrossSystemsArePulledToo();
    void aRecordWaitsForItsParentInAnotherSystem();
    void oneSystemFailingDoesNotStopTheOthers_data();
    void oneSystemFailingDoesNotStopTheOthers();
    void commandsGoExactlyOnceWhenTheReplyIsLost();
    void commandsGoToTheSystemThatTakesThem();
    void twoOwnersForOneEntityAreRefused();
    void changesNoSystemTakesAreLocalByDesign();

private:
    // Points the workspace at the servers of these kinds (fake-erp, fake-oa, fake-aftersales)
    // and builds the engine through the registry, as the app does.
    void configure(const QStringList &kinds);
    SyncSummary sync();
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    qint64 newCustomer(const QString &name);
    qint64 newTicket(qint64 customerId, const QString &subject);
    qint64 newApproval(qint64 customerId, const QString &title);
    FakeBackend &server(const QString &role) { return *m_servers.at(role); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::map<QString, std::unique_ptr<FakeBackend>> m_servers;
    KindRegistry m_kinds = fake::registry();
    MemorySecrets m_secrets;
    RunnerSetup m_setup;
    QStringList m_problems;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestMultiSystem::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_nam = std::make_unique<QNetworkAccessManager>();
    for (const char *role : {"erp", "oa", "aftersales"}) {
        m_servers[QString::fromLatin1(role)] = std::make_unique<FakeBackend>();
        QVERIFY(m_servers[QString::fromLatin1(role)]->isListening());
    }
}

void TestMultiSystem::cleanup()
{
    m_engine.reset();
    m_setup = RunnerSetup();
    m_servers.clear();
    m_nam.reset();
    m_db.reset();
}

void TestMultiSystem::configure(const QStringList &kinds)
{
    m_engine.reset();
    m_setup = RunnerSetup();
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM connectors")));
    for (const QString &id : kinds) {
        ConnectorConfig c = m_kinds.configFor(id);
        c.url = server(c.system).baseUrl().toString();
        auto saved = ConnectorStore(*m_db).save(c);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    m_problems.clear();
    m_setup = makeConnectors(*m_db, *m_nam, m_secrets, m_kinds, &m_problems);
    QCOMPARE(int(m_setup.connectors.size()), int(kinds.size()));
    m_engine = std::make_unique<SyncEngine>(*m_db);
    m_engine->setPageSize(50);
    for (RunnerConnector &c : m_setup.connectors)
        m_engine->addConnector(c.connector.get(), c.rowId);
    QVERIFY(m_setup.routing.has_value());
    m_engine->setRouting(*m_setup.routing);
    QVERIFY(m_setup.routing->save(*m_db)); // as Settings and `salesbridge connect` do
}

SyncSummary TestMultiSystem::sync()
{
    return testing::runCycle(*m_engine, 30000);
}

QVariant TestMultiSystem::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

qint64 TestMultiSystem::newCustomer(const QString &name)
{
    return testing::createCustomer(*m_db, {{QStringLiteral("name"), name}});
}

qint64 TestMultiSystem::newTicket(qint64 customerId, const QString &subject)
{
    auto id = ServiceStore(*m_db).createTicket({{QStringLiteral("customer_id"), customerId}, {QStringLiteral("subject"), subject}},
                                               QStringLiteral("rep.li"));
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

qint64 TestMultiSystem::newApproval(qint64 customerId, const QString &title)
{
    auto id = ChangeWriter(*m_db).create(entities::approval(), {{QStringLiteral("customer_id"), customerId},
                                                               {QStringLiteral("title"), title},
                                                               {QStringLiteral("state"), QStringLiteral("pending")}});
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

void TestMultiSystem::newRecordsGoToTheirOwner()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa"), QStringLiteral("fake-aftersales")});
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    const qint64 customer = newCustomer(QStringLiteral("上海华东机电有限公司"));
    const qint64 ticket = newTicket(customer, QStringLiteral("Pump leaks"));
    const qint64 approval = newApproval(customer, QStringLiteral("Discount 12% for Q-1"));

    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    // Each record went to the system that owns its kind, and only there.
    QCOMPARE(server(QStringLiteral("erp")).count(QStringLiteral("customer")), 1);
    QCOMPARE(server(QStringLiteral("erp")).count(QStringLiteral("ticket")), 0);
    QCOMPARE(server(QStringLiteral("aftersales")).count(QStringLiteral("ticket")), 1);
    QCOMPARE(server(QStringLiteral("oa")).count(QStringLiteral("approval")), 1);
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM customers WHERE id = ?"), {customer}).toString(), QStringLiteral("erp"));
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM tickets WHERE id = ?"), {ticket}).toString(), QStringLiteral("aftersales"));
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("oa"));
    // The ticket and the approval point at the customer where it lives: in the ERP.
    const QString erpCustomer = server(QStringLiteral("erp")).records(QStringLiteral("customer")).first().id;
    const QVariantMap expected{{QStringLiteral("system"), QStringLiteral("erp")}, {QStringLiteral("id"), erpCustomer}};
    QCOMPARE(server(QStringLiteral("aftersales")).records(QStringLiteral("ticket")).first().fields.value(QStringLiteral("customer_id")).toMap(),
             expected);
    QCOMPARE(server(QStringLiteral("oa")).records(QStringLiteral("approval")).first().fields.value(QStringLiteral("customer_id")).toMap(),
             expected);
    // Sent, and the echo pulled back changed nothing: the references resolve to the same rows.
    QCOMPARE(local(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {ticket}).toLongLong(), customer);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done' AND %1").arg(sql::routed())).toInt(), 0);
    // Each system's status is recorded.
    auto status = SystemStatusStore(*m_db).all();
    QVERIFY(status);
    QCOMPARE(status.value().size(), 3);
    for (const SystemStatus &st : status.value()) {
        QVERIFY2(st.lastError.isEmpty(), qPrintable(st.system + QLatin1String(": ") + st.lastError));
        QCOMPARE(st.reachable, 1);
        QVERIFY(!st.lastOkAt.isEmpty());
    }
}

void TestMultiSystem::ticketsFallBackToTheErpWithoutAfterSales()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa")});
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_setup.routing->ownerOf(QStringLiteral("ticket")), QStringLiteral("erp"));
    const qint64 ticket = newTicket(newCustomer(QStringLiteral("Fallback Ltd")), QStringLiteral("Wrong delivery"));
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(server(QStringLiteral("erp")).count(QStringLiteral("ticket")), 1);
    QCOMPARE(server(QStringLiteral("aftersales")).count(QStringLiteral("ticket")), 0);
    // Within the ERP the reference is the ERP's own id, not a cross-system one.
    const QVariant ref = server(QStringLiteral("erp")).records(QStringLiteral("ticket")).first().fields.value(QStringLiteral("customer_id"));
    QCOMPARE(ref.typeId(), QMetaType::QString);
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM tickets WHERE id = ?"), {ticket}).toString(), QStringLiteral("erp"));
}

void TestMultiSystem::referencesAcrossSystemsArePulledToo()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-aftersales")});
    // Someone filed a ticket in the after-sales system for a customer of the ERP.
    const FakeRecord customer = server(QStringLiteral("erp")).insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("远程客户")}});
    server(QStringLiteral("aftersales"))
        .insert(QStringLiteral("ticket"), {{QStringLiteral("subject"), QStringLiteral("报修：水泵漏水")},
                                           {QStringLiteral("status"), QStringLiteral("open")},
                                           {QStringLiteral("customer_id"),
                                            QVariantMap{{QStringLiteral("system"), QStringLiteral("erp")}, {QStringLiteral("id"), customer.id}}}});
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const qint64 localCustomer = local(QStringLiteral("SELECT id FROM customers WHERE remote_system = 'erp' AND remote_id = ?"), {customer.id}).toLongLong();
    QVERIFY(localCustomer > 0);
    QCOMPARE(local(QStringLiteral("SELECT customer_id FROM tickets WHERE subject = '报修：水泵漏水'")).toLongLong(), localCustomer);
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM tickets")).toString(), QStringLiteral("aftersales"));
}

void TestMultiSystem::aRecordWaitsForItsParentInAnotherSystem()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-aftersales")});
    const qint64 customer = newCustomer(QStringLiteral("Waiting Parent Co"));
    const qint64 ticket = newTicket(customer, QStringLiteral("Noise"));
    // The ERP refuses the customer for now (its validation): the ticket cannot go before it.
    server(QStringLiteral("erp")).addRule(QStringLiteral("customer"), QStringLiteral("code"),
                                          [](const QVariant &v) { return v.isValid() && !v.toString().isEmpty(); },
                                          QStringLiteral("A customer needs a code"));
    SyncSummary s = sync();
    QCOMPARE(s.pushFailed, 1);
    QCOMPARE(server(QStringLiteral("aftersales")).count(QStringLiteral("ticket")), 0);
    const QString why = local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'ticket' AND record_id = ? AND state <> 'done'"),
                              {ticket}).toString();
    QVERIFY2(why.contains(QLatin1String("A customer needs a code")), qPrintable(why));
    QVERIFY2(local(QStringLiteral("SELECT sync_error FROM tickets WHERE id = ?"), {ticket}).toString().contains(QLatin1String("refused")),
             "the reason shows on the record");
    // Fixed: the customer goes first, then the ticket in the same cycle.
    QVERIFY(CustomerStore(*m_db).update(customer, {{QStringLiteral("code"), QStringLiteral("WP-1")}}));
    s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(server(QStringLiteral("erp")).count(QStringLiteral("customer")), 1);
    QCOMPARE(server(QStringLiteral("aftersales")).count(QStringLiteral("ticket")), 1);
    QVERIFY(local(QStringLiteral("SELECT sync_error FROM tickets WHERE id = ?"), {ticket}).isNull());
}

void TestMultiSystem::oneSystemFailingDoesNotStopTheOthers_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QString>("how");
    for (const char *role : {"erp", "oa", "aftersales"})
        for (const char *how : {"down", "5xx", "refusing"})
            QTest::addRow("%s %s", role, how) << QString::fromLatin1(role) << QString::fromLatin1(how);
}

void TestMultiSystem::oneSystemFailingDoesNotStopTheOthers()
{
    QFETCH(QString, failing);
    QFETCH(QString, how);
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa"), QStringLiteral("fake-aftersales")});
    // Records on every server, and one change for each.
    server(QStringLiteral("erp")).insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Pulled Customer")}});
    server(QStringLiteral("oa")).insert(QStringLiteral("approval"), {{QStringLiteral("title"), QStringLiteral("Pulled approval")},
                                                                    {QStringLiteral("state"), QStringLiteral("pending")}});
    const FakeRecord ours = server(QStringLiteral("erp")).insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Ours")}});
    QVERIFY(sync().ok());
    const qint64 customer = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {ours.id}).toLongLong();
    newCustomer(QStringLiteral("New Customer"));
    newTicket(customer, QStringLiteral("New ticket"));
    newApproval(customer, QStringLiteral("New approval"));
    server(QStringLiteral("aftersales")).insert(QStringLiteral("ticket"),
        {{QStringLiteral("subject"), QStringLiteral("Pulled ticket")},
         {QStringLiteral("customer_id"), QVariantMap{{QStringLiteral("system"), QStringLiteral("erp")}, {QStringLiteral("id"), ours.id}}}});

    if (how == QLatin1String("down"))
        m_servers.at(failing).reset(new FakeBackend); // the old port closes: connection refused
    else if (how == QLatin1String("5xx"))
        server(failing).inject(Fault::status(503, QStringLiteral("maintenance")).always());
    else
        server(failing).inject(Fault::status(403, QStringLiteral("forbidden")).always());
    const SyncSummary s = sync();
    QVERIFY(!s.ok());
    QCOMPARE(s.failedSystems, QStringList{failing});
    // The other two finished their cycles: pushed and pulled.
    const QHash<QString, QString> entityOf{{QStringLiteral("erp"), QStringLiteral("customer")},
                                           {QStringLiteral("oa"), QStringLiteral("approval")},
                                           {QStringLiteral("aftersales"), QStringLiteral("ticket")}};
    for (auto it = entityOf.cbegin(); it != entityOf.cend(); ++it) {
        const QString table = it.value() == QLatin1String("customer") ? QStringLiteral("customers") : it.value() + QLatin1Char('s');
        if (it.key() == failing) {
            QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND state <> 'done' AND op = 'create'"), {it.value()}).toInt(), 1);
            continue;
        }
        QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND state <> 'done'"), {it.value()}).toInt(), 0);
        QCOMPARE(server(it.key()).count(it.value()), it.key() == QLatin1String("erp") ? 3 : 2);
        QCOMPARE(local(QStringLiteral("SELECT count(*) FROM %1 WHERE remote_system = ?").arg(table), {it.key()}).toInt(),
                 it.key() == QLatin1String("erp") ? 3 : 2);
    }
    auto status = SystemStatusStore(*m_db).all();
    QVERIFY(status);
    for (const SystemStatus &st : status.value()) {
        if (st.system == failing) {
            QVERIFY(!st.lastError.isEmpty());
            QCOMPARE(st.reachable, how == QLatin1String("down") ? 0 : 1);
        } else {
            QVERIFY2(st.lastError.isEmpty(), qPrintable(st.lastError));
        }
    }
}

void TestMultiSystem::commandsGoExactlyOnceWhenTheReplyIsLost()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa")});
    const FakeRecord approval = server(QStringLiteral("oa")).insert(QStringLiteral("approval"), {{QStringLiteral("title"), QStringLiteral("Q-7")},
                                                                                               {QStringLiteral("state"), QStringLiteral("pending")}});
    QVERIFY(sync().ok());
    const qint64 id = local(QStringLiteral("SELECT id FROM approvals WHERE remote_id = ?"), {approval.id}).toLongLong();
    QVERIFY(ChangeWriter(*m_db).command(entities::approval(), id, QStringLiteral("approve"),
                                        {{QStringLiteral("comment"), QStringLiteral("同意")}, {QStringLiteral("state"), QStringLiteral("approved")}}));
    const QString key = local(QStringLiteral("SELECT idempotency_key FROM outbox WHERE op = 'action'")).toString();
    // The server applies the command, and its answer is lost.
    server(QStringLiteral("oa")).inject(Fault::commitThenReset().on("POST", QStringLiteral("/api/approval/%1/commands/").arg(approval.id)));
    SyncSummary s = sync();
    QCOMPARE(s.retryLater, 1);
    QCOMPARE(server(QStringLiteral("oa")).commandsForKey(key), 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), {key}).toString(), QStringLiteral("in_flight"));
    // Next time it is looked up by its key, found, and not sent again.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL")));
    s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(server(QStringLiteral("oa")).commandsForKey(key), 1);
    QCOMPARE(server(QStringLiteral("oa")).requestCount("POST", QStringLiteral("/api/approval/%1/commands/").arg(approval.id)), 1);
    QCOMPARE(local(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), {key}).toString(), QStringLiteral("done"));
    QCOMPARE(local(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {id}).toString(), QStringLiteral("approved"));
}

void TestMultiSystem::commandsGoToTheSystemThatTakesThem()
{
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa"), QStringLiteral("fake-aftersales")});
    const FakeRecord customer = server(QStringLiteral("erp")).insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("C")}});
    const FakeRecord ticket = server(QStringLiteral("aftersales")).insert(QStringLiteral("ticket"),
        {{QStringLiteral("subject"), QStringLiteral("Close me")}, {QStringLiteral("status"), QStringLiteral("open")},
         {QStringLiteral("customer_id"), QVariantMap{{QStringLiteral("system"), QStringLiteral("erp")}, {QStringLiteral("id"), customer.id}}}});
    QVERIFY(sync().ok());
    const qint64 id = local(QStringLiteral("SELECT id FROM tickets WHERE remote_id = ?"), {ticket.id}).toLongLong();
    QVERIFY(ChangeWriter(*m_db).command(entities::ticket(), id, QStringLiteral("close"), {{QStringLiteral("state"), QStringLiteral("resolved")}}));
    // A command no configured system takes stays here, said so, never sent anywhere.
    QVERIFY(ChangeWriter(*m_db).command(entities::ticket(), id, QStringLiteral("escalate"), {}));
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(server(QStringLiteral("aftersales")).record(QStringLiteral("ticket"), ticket.id)->fields.value(QStringLiteral("last_command")).toString(),
             QStringLiteral("close"));
    QCOMPARE(server(QStringLiteral("erp")).requestCount("POST", QStringLiteral("/api/ticket")), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox x WHERE x.state = 'pending' AND NOT %1").arg(sql::routed(QStringLiteral("x.")))).toInt(), 1);
    QVERIFY(local(QStringLiteral("SELECT last_error FROM outbox WHERE op = 'action' AND state = 'pending'")).toString().contains(QLatin1String("kept on this computer")));
}

void TestMultiSystem::twoOwnersForOneEntityAreRefused()
{
    // A second kind that also owns tickets: with both set up, tickets could go to either.
    ConnectorKind other = fake::afterSalesKind();
    other.id = QStringLiteral("fake-helpdesk");
    other.role = QStringLiteral("helpdesk");
    m_kinds.add(other);
    ConnectorConfig a = m_kinds.configFor(QStringLiteral("fake-aftersales"));
    a.url = QStringLiteral("http://127.0.0.1:1");
    ConnectorConfig b = m_kinds.configFor(QStringLiteral("fake-helpdesk"));
    b.url = QStringLiteral("http://127.0.0.1:2");
    Routing routing = Routing::compute({a, b}, m_kinds, {});
    QCOMPARE(routing.ownerOf(QStringLiteral("ticket")), QString());
    QVERIFY(!routing.problems().isEmpty());
    QVERIFY2(routing.problems().first().contains(QLatin1String("choose which system owns them")), qPrintable(routing.problems().first()));
    QVERIFY2(routing.problems().first().contains(QLatin1String("salesbridge route ticket")), qPrintable(routing.problems().first()));
    // An owner rule settles it.
    routing = Routing::compute({a, b}, m_kinds, {{QStringLiteral("ticket"), QStringLiteral("helpdesk")}});
    QCOMPARE(routing.ownerOf(QStringLiteral("ticket")), QStringLiteral("helpdesk"));
    QCOMPARE(routing.problems().size(), 1); // ticket.close is still claimed twice
    routing = Routing::compute({a, b}, m_kinds, {{QStringLiteral("ticket"), QStringLiteral("helpdesk")},
                                                 {QStringLiteral("ticket.close"), QStringLiteral("helpdesk")}});
    QVERIFY(routing.problems().isEmpty());
    // The engine sends nothing of an entity whose owner is in question.
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM connectors")));
    m_engine = std::make_unique<SyncEngine>(*m_db);
    m_engine->setRouting(Routing::compute({a, b}, m_kinds, {}));
    auto one = m_kinds.make(a, *m_nam, m_secrets);
    auto two = m_kinds.make(b, *m_nam, m_secrets);
    QVERIFY(ConnectorStore(*m_db).save(a));
    m_engine->addConnector(one.get(), 1);
    m_engine->addConnector(two.get(), 1);
    const qint64 customer = local(QStringLiteral("INSERT INTO customers (name, remote_system, remote_id) VALUES ('X', 'erp', '1') RETURNING id")).toLongLong();
    newTicket(customer, QStringLiteral("Which system?"));
    QSignalSpy lines(m_engine.get(), &SyncEngine::logLine);
    sync();
    bool said = false;
    for (const auto &l : lines)
        said = said || l.first().toString().contains(QLatin1String("choose which system owns them"));
    QVERIFY(said);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND state = 'pending'")).toInt(), 1);
}

void TestMultiSystem::changesNoSystemTakesAreLocalByDesign()
{
    configure({QStringLiteral("fake-erp")});
    const qint64 customer = newCustomer(QStringLiteral("Local Approvals Ltd"));
    const qint64 approval = newApproval(customer, QStringLiteral("Kept here"));
    SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    // Not pending (nothing will send it), but kept and said so on the change.
    const QString routedOpen = QStringLiteral("SELECT count(*) FROM outbox x WHERE x.state <> 'done' AND %1").arg(sql::routed(QStringLiteral("x.")));
    QCOMPARE(local(routedOpen).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'approval' AND state = 'pending'")).toInt(), 1);
    QVERIFY(local(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'approval'")).toString().contains(QLatin1String("kept on this computer")));
    QCOMPARE(server(QStringLiteral("oa")).count(QStringLiteral("approval")), 0);
    // Once an OA system is set up, it goes there.
    configure({QStringLiteral("fake-erp"), QStringLiteral("fake-oa")});
    QCOMPARE(local(routedOpen).toInt(), 1);
    s = sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(server(QStringLiteral("oa")).count(QStringLiteral("approval")), 1);
    QCOMPARE(local(QStringLiteral("SELECT remote_system FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("oa"));
}

QTEST_GUILESS_MAIN(TestMultiSystem)
#include "tst_multisystem.moc"
