// The outbox's one owner (models/store/Outbox): its transitions and a record's local_state.
#include "models/itemmodels/SyncLists.h"
#include "models/store/ChangeWriter.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"

#include <QTest>

using namespace sb;

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void editsSetTheRecordsState_data();
    void editsSetTheRecordsState();
    void aRefusedChangeGoesAgainAfterAnEditOrARetry_data();
    void aRefusedChangeGoesAgainAfterAnEditOrARetry();
    void sendingTransitions();
    void keptHereAndBackedOffChanges();
    void discardPutsTheRecordBackToTheServersVersion();
    void discardDropsARecordNeverSentWithWhatWasMadeUnderIt();
    void discardUndoesADeletionAndRefusesWhatMayBeSent();

private:
    QVariant one(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db->scalar(sql, bindings);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }
    OutboxEntry entryOf(qint64 id);
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
};

void TestOutbox::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto c = CustomerStore(*m_db).create({{QStringLiteral("name"), QStringLiteral("杭州测试有限公司")}});
    QVERIFY2(c, qPrintable(c.error()));
    m_customer = c.value();
}

OutboxEntry TestOutbox::entryOf(qint64 id)
{
    OutboxEntry e;
    e.id = id;
    e.entity = one(QStringLiteral("SELECT entity FROM outbox WHERE id = ?"), {id}).toString();
    e.recordId = one(QStringLiteral("SELECT record_id FROM outbox WHERE id = ?"), {id}).toLongLong();
    e.op = one(QStringLiteral("SELECT op FROM outbox WHERE id = ?"), {id}).toString();
    e.state = one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {id}).toString();
    return e;
}

void TestOutbox::editsSetTheRecordsState_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("after");
    QTest::newRow("created, edited: still created") << int(LocalState::Created) << "update" << int(LocalState::Created);
    QTest::newRow("clean, edited: modified") << int(LocalState::Clean) << "update" << int(LocalState::Modified);
    QTest::newRow("modified, edited: modified") << int(LocalState::Modified) << "update" << int(LocalState::Modified);
    QTest::newRow("clean, deleted: deleted here") << int(LocalState::Clean) << "delete" << int(LocalState::Deleted);
}

void TestOutbox::editsSetTheRecordsState()
{
    QFETCH(int, before);
    QFETCH(QString, edit);
    QFETCH(int, after);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET local_state = ? WHERE id = ?"), {before, m_customer}));
    ChangeWriter writer(*m_db);
    if (edit == QLatin1String("update"))
        QVERIFY(writer.update(entities::customer(), m_customer, {{QStringLiteral("region"), QStringLiteral("华东")}}));
    else
        QVERIFY(writer.remove(entities::customer(), m_customer));
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {m_customer}).toInt(), after);
    QCOMPARE(one(QStringLiteral("SELECT op FROM outbox ORDER BY id DESC LIMIT 1")).toString(), edit);
    // A deleted row refuses another deletion.
    if (edit == QLatin1String("delete"))
        QVERIFY(!writer.remove(entities::customer(), m_customer));
}

void TestOutbox::aRefusedChangeGoesAgainAfterAnEditOrARetry_data()
{
    QTest::addColumn<bool>("byEdit");
    QTest::newRow("the user edits the record") << true;
    QTest::newRow("Retry in the sync centre") << false;
}

void TestOutbox::aRefusedChangeGoesAgainAfterAnEditOrARetry()
{
    QFETCH(bool, byEdit);
    const qint64 create = one(QStringLiteral("SELECT id FROM outbox WHERE entity = 'customer'")).toLongLong();
    Outbox outbox(*m_db);
    QVERIFY(outbox.markInFlight(entryOf(create)));
    QVERIFY(outbox.markRefused(entryOf(create), QStringLiteral("A customer needs a code")));
    QCOMPARE(one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("failed"));
    QCOMPARE(one(QStringLiteral("SELECT sync_error FROM customers WHERE id = ?"), {m_customer}).toString(), QStringLiteral("A customer needs a code"));
    if (byEdit)
        QVERIFY(ChangeWriter(*m_db).update(entities::customer(), m_customer, {{QStringLiteral("code"), QStringLiteral("HZ-1")}}));
    else
        QVERIFY(SyncCentreStore(*m_db).retry(create));
    // One rule either way: pending again from its first attempt, the reason off the record.
    QCOMPARE(one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("pending"));
    QCOMPARE(one(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {create}).toInt(), 0);
    QVERIFY(one(QStringLiteral("SELECT sync_error FROM customers WHERE id = ?"), {m_customer}).isNull());
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer'")).toInt(), byEdit ? 2 : 1);
    // Retrying what is not refused says so.
    QVERIFY(!SyncCentreStore(*m_db).retry(create));
}

void TestOutbox::sendingTransitions()
{
    const qint64 create = one(QStringLiteral("SELECT id FROM outbox WHERE entity = 'customer'")).toLongLong();
    Outbox outbox(*m_db);
    QVERIFY(outbox.markInFlight(entryOf(create)));
    QCOMPARE(one(QStringLiteral("SELECT state || '/' || attempts FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("in_flight/1"));
    QVERIFY(outbox.markRetry(create, QStringLiteral("timeout"), QStringLiteral("2030-01-01T00:00:00.000Z"), true));
    QCOMPARE(one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("in_flight")); // may have been applied
    QVERIFY(outbox.markRetry(create, QStringLiteral("503"), QStringLiteral("2030-01-01T00:00:00.000Z"), false));
    QCOMPARE(one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("pending"));
    QVERIFY(outbox.markDone(create));
    QCOMPARE(one(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {create}).toString(), QStringLiteral("done"));
    QVERIFY(one(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {create}).isNull());
    QVERIFY(outbox.markClean(entities::customer(), m_customer));
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {m_customer}).toInt(), int(LocalState::Clean));
    // A record gone for good: every open change of it is over.
    QVERIFY(ChangeWriter(*m_db).update(entities::customer(), m_customer, {{QStringLiteral("region"), QStringLiteral("华南")}}));
    QVERIFY(ChangeWriter(*m_db).update(entities::customer(), m_customer, {{QStringLiteral("region"), QStringLiteral("华北")}}));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 2);
    QVERIFY(outbox.closeRecord(entities::customer(), m_customer));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestOutbox::keptHereAndBackedOffChanges()
{
    Outbox outbox(*m_db);
    const qint64 create = one(QStringLiteral("SELECT id FROM outbox WHERE entity = 'customer'")).toLongLong();
    // No route: kept here, with the reason; a route for it: not kept any more.
    QVERIFY(outbox.noteKeptHere(QStringLiteral("customer"), keptHereReason(QStringLiteral("customer"))));
    QVERIFY(one(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {create}).toString().contains(QLatin1String("kept on this computer")));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox x WHERE %1").arg(sql::keptHere(QStringLiteral("x.")))).toInt(), 1);
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp')")));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox x WHERE %1").arg(sql::keptHere(QStringLiteral("x.")))).toInt(), 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox x WHERE %1").arg(sql::waitingToSend(QStringLiteral("x.")))).toInt(), 1);
    // Back online: what backed off is due now, and only that.
    QVERIFY(outbox.markRetry(create, QStringLiteral("offline"), QStringLiteral("2030-01-01T00:00:00.000Z"), false));
    auto due = outbox.makeAllDue();
    QVERIFY(due);
    QCOMPARE(due.value(), 1);
    QVERIFY(one(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE id = ?"), {create}).isNull());
    QCOMPARE(outbox.makeAllDue().value(), 0);
}

// A customer as a server gave it: clean, with its base snapshot.
static qint64 syncedCustomer(Database &db, const QString &name)
{
    auto r = db.exec(QStringLiteral("INSERT INTO customers (name, grade, remote_system, remote_id, remote_version, base_snapshot) "
                                    "VALUES (?, 'B', 'erp', ?, 'v1', ?)"),
                     {name, name, QStringLiteral("{\"name\":\"%1\",\"grade\":\"B\"}").arg(name)});
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

void TestOutbox::discardPutsTheRecordBackToTheServersVersion()
{
    const qint64 id = syncedCustomer(*m_db, QStringLiteral("宁波港机"));
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("grade"), QStringLiteral("A")}}));
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("name"), QStringLiteral("宁波港机械")}}));
    const qint64 entry = one(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'customer' AND record_id = ?"), {id}).toLongLong();
    Outbox outbox(*m_db);
    auto plan = outbox.discardPlan(entry);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan.value().kind, Outbox::DiscardPlan::Kind::Revert);
    QVERIFY(plan.value().refusal.isEmpty());
    QCOMPARE(plan.value().fields.size(), 2); // both unsent edits of the record, shown before
    QVERIFY(outbox.discard(entry));
    QCOMPARE(one(QStringLiteral("SELECT name || '|' || grade || '|' || local_state FROM customers WHERE id = ?"), {id}).toString(),
             QStringLiteral("宁波港机|B|0"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND entity = 'customer' AND state <> 'done'"), {id}).toInt(), 0);
    // The search index follows the name back.
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM customer_cjk WHERE customer_cjk MATCH '\"港机械\"'")).toInt(), 0);
}

void TestOutbox::discardDropsARecordNeverSentWithWhatWasMadeUnderIt()
{
    // m_customer was made here and never sent; a contact was made under it.
    auto contact = ChangeWriter(*m_db).create(entities::contact(), {{QStringLiteral("customer_id"), m_customer},
                                                                     {QStringLiteral("name"), QStringLiteral("王工")}});
    QVERIFY2(contact, qPrintable(contact.error()));
    const qint64 entry = one(QStringLiteral("SELECT min(id) FROM outbox WHERE entity = 'customer' AND record_id = ?"), {m_customer}).toLongLong();
    auto plan = Outbox(*m_db).discardPlan(entry);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan.value().kind, Outbox::DiscardPlan::Kind::Drop);
    QVERIFY(Outbox(*m_db).discard(entry));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {m_customer}).toInt(), 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {contact.value()}).toInt(), 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0); // nothing left to send or refuse
}

void TestOutbox::discardUndoesADeletionAndRefusesWhatMayBeSent()
{
    const qint64 id = syncedCustomer(*m_db, QStringLiteral("温州阀门"));
    QVERIFY(ChangeWriter(*m_db).remove(entities::customer(), id));
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 3);
    const qint64 entry = one(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'customer' AND record_id = ?"), {id}).toLongLong();
    auto plan = Outbox(*m_db).discardPlan(entry);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan.value().kind, Outbox::DiscardPlan::Kind::Undelete);
    QVERIFY(Outbox(*m_db).discard(entry));
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 0); // back in the lists

    // A change whose answer was lost may be on the server: refused, with the reason.
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("grade"), QStringLiteral("C")}}));
    const qint64 sent = one(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'customer' AND record_id = ?"), {id}).toLongLong();
    QVERIFY(Outbox(*m_db).markInFlight(entryOf(sent)));
    QVERIFY(!Outbox(*m_db).discard(sent));
    QCOMPARE(one(QStringLiteral("SELECT grade FROM customers WHERE id = ?"), {id}).toString(), QStringLiteral("C"));
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
