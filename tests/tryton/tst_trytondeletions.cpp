// Deletions in Tryton reaching the cache, against a real trytond 6.0 (one fresh server per
// test, as tst_tryton): archiving comes with the delta of the next cycle; a record deleted
// outright is found by the check of which ids still exist, which runs daily or when asked
// for, never in every cycle (docs/tryton-connector.md, Pulls).
#include "TrytonServer.h"

#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestTrytonDeletions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void channelDeletedInTrytonTakesItsContact();
    void archivedPartyLeavesTheLists();
    void archivedAddressAndChannelLeaveInTheDelta();

private:
    SyncSummary sync();
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    QJsonValue rpc(const QString &method, const QJsonArray &params);
    // Checks for deleted records that went through, as the sync log says.
    int checksLogged() { return local(QStringLiteral("SELECT count(*) FROM sync_log WHERE message LIKE 'Checked for deleted records%'")).toInt(); }

    std::unique_ptr<TrytonServer> m_server;
    std::unique_ptr<Database> m_db;
};

void TestTrytonDeletions::initTestCase()
{
    QString error;
    const QString tmpl = TrytonServer::ensureTemplate(&error);
    QVERIFY2(!tmpl.isEmpty(), qPrintable(error));
}

void TestTrytonDeletions::init()
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

void TestTrytonDeletions::cleanup()
{
    m_db.reset();
    m_server.reset();
}

SyncSummary TestTrytonDeletions::sync()
{
    QNetworkAccessManager nam;
    TrytonConnector connector(&nam, m_server->config());
    SyncEngine engine(*m_db);
    engine.setPageSize(4); // small pages: every pull spans several of them
    engine.addConnector(&connector, 1);
    return testing::runCycle(engine, 120000, testing::OnTimeout::Report);
}

QVariant TestTrytonDeletions::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant(QStringLiteral("SQL error: ") + r.error());
}

QJsonValue TestTrytonDeletions::rpc(const QString &method, const QJsonArray &params)
{
    QString error;
    const QJsonValue v = m_server->call(method, params, {}, &error);
    if (!error.isEmpty())
        qWarning("rpc %s: %s", qPrintable(method), qPrintable(error));
    return v;
}

static QString summaryText(const SyncSummary &s)
{
    return QStringLiteral("pushed %1 failed %2 retry %3 pulled %4 deleted %5 conflicts %6 errors: %7")
        .arg(s.pushed).arg(s.pushFailed).arg(s.retryLater).arg(s.pulled).arg(s.deleted).arg(s.conflicts)
        .arg(s.errors.join(QStringLiteral("; ")));
}

void TestTrytonDeletions::channelDeletedInTrytonTakesItsContact()
{
    // Tryton keeps no record of deletions: the check of which ids still exist finds them. It
    // runs on its schedule (daily) or when asked for, not in every cycle: until then the contact
    // stays; once asked for, the next cycle asks which of the cached contacts' channels still
    // exist (Connector::existingIds), and the one whose channel went leaves.
    const QJsonArray made = rpc(QStringLiteral("model.party.party.create"),
                                QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonObject{
                                    {QStringLiteral("name"), QStringLiteral("删除测试 Deletion test Co")},
                                    {QStringLiteral("contact_mechanisms"),
                                     QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                           QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                                                  {QStringLiteral("value"), QStringLiteral("gone@example.cn")}})}})}}})})})
                               .toArray();
    QCOMPARE(made.size(), 1);
    QVERIFY(sync().ok());
    const int before = local(QStringLiteral("SELECT count(*) FROM contacts")).toInt();
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'gone@example.cn'")).toInt(), 1);
    const QJsonArray channel = rpc(QStringLiteral("model.party.contact_mechanism.search"),
                                   QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("value"), QStringLiteral("="), QStringLiteral("gone@example.cn")})})})
                                  .toArray();
    QCOMPARE(channel.size(), 1);
    rpc(QStringLiteral("model.party.contact_mechanism.delete"), QJsonArray{QJsonValue(channel)});

    // The first sync counted as a check (it saw every id): the next is not due for a day.
    const int checksBefore = checksLogged();
    QCOMPARE(checksBefore, 1);
    const SyncSummary normal = sync();
    QVERIFY2(normal.ok(), qPrintable(summaryText(normal)));
    QCOMPARE(normal.deleted, 0);
    QCOMPARE(checksLogged(), checksBefore);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'gone@example.cn'")).toInt(), 1);

    QVERIFY(DeletionCheckStore(*m_db).request());
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(checksLogged(), checksBefore + 1);
    auto info = DeletionCheckStore(*m_db).load();
    QVERIFY2(info, qPrintable(info.error()));
    QVERIFY(!info.value().requested);
    QCOMPARE(info.value().removed, 1);
    QVERIFY(info.value().idsChecked >= before);
    QCOMPARE(s.deleted, 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'gone@example.cn'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before - 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = ?"), {QString::number(made.at(0).toInt())}).toInt(), 1);
}


void TestTrytonDeletions::archivedPartyLeavesTheLists()
{
    // Archiving is seen in the delta (read with active_test off): the party leaves with the next
    // incremental cycle, without the check of every id, and its contacts and addresses with it.
    // Restored, it comes back with them.
    QVERIFY(sync().ok());
    const int checks = checksLogged();
    const int addresses = local(QStringLiteral("SELECT count(*) FROM addresses a JOIN customers p ON p.id = a.customer_id WHERE p.remote_id = '12'")).toInt();
    QVERIFY(addresses > 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = '12'")).toInt(), 1);
    const int contacts = local(QStringLiteral("SELECT count(*) FROM contacts c JOIN customers p ON p.id = c.customer_id WHERE p.remote_id = '12'")).toInt();
    QVERIFY(contacts > 0);
    rpc(QStringLiteral("model.party.party.write"), QJsonArray{QJsonArray{QJsonValue(12)}, QJsonObject{{QStringLiteral("active"), false}}});
    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QVERIFY(s.deleted >= 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = '12'")).toInt(), 0);
    // Its contacts went with it, and the next cycles do not bring them back.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id NOT IN (SELECT id FROM customers)")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses WHERE customer_id NOT IN (SELECT id FROM customers)")).toInt(), 0);
    const SyncSummary again = sync();
    QVERIFY2(again.ok(), qPrintable(summaryText(again)));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = '12'")).toInt(), 0);
    QCOMPARE(checksLogged(), checks); // no id check ran

    rpc(QStringLiteral("model.party.party.write"), QJsonArray{QJsonArray{QJsonValue(12)}, QJsonObject{{QStringLiteral("active"), true}}});
    const SyncSummary back = sync();
    QVERIFY2(back.ok(), qPrintable(summaryText(back)));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = '12'")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts c JOIN customers p ON p.id = c.customer_id WHERE p.remote_id = '12'")).toInt(),
             contacts);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses a JOIN customers p ON p.id = a.customer_id WHERE p.remote_id = '12'")).toInt(),
             addresses);
}


void TestTrytonDeletions::archivedAddressAndChannelLeaveInTheDelta()
{
    // An address or a contact's only channel archived in Tryton leaves with the next
    // incremental cycle; the id check does not run (its last run, the first sync, is recent).
    const QJsonArray made = rpc(QStringLiteral("model.party.party.create"),
                                QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonObject{
                                    {QStringLiteral("name"), QStringLiteral("归档测试 Archive test Co")},
                                    {QStringLiteral("addresses"),
                                     QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                           QJsonArray{QJsonObject{{QStringLiteral("street"), QStringLiteral("Old Street 1")},
                                                                                  {QStringLiteral("city"), QStringLiteral("Suzhou")}},
                                                                      QJsonObject{{QStringLiteral("street"), QStringLiteral("Kept Road 2")},
                                                                                  {QStringLiteral("city"), QStringLiteral("Suzhou")}}}})}},
                                    {QStringLiteral("contact_mechanisms"),
                                     QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                                                  {QStringLiteral("name"), QStringLiteral("Li Archived")},
                                                                                  {QStringLiteral("value"), QStringLiteral("archived@example.cn")}},
                                                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                                                  {QStringLiteral("name"), QStringLiteral("Zhao Kept")},
                                                                                  {QStringLiteral("value"), QStringLiteral("kept@example.cn")}}}})}}})})})
                               .toArray();
    QCOMPARE(made.size(), 1);
    QVERIFY(sync().ok());
    const int checks = checksLogged();
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses WHERE street IN ('Old Street 1', 'Kept Road 2')")).toInt(), 2);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email IN ('archived@example.cn', 'kept@example.cn')")).toInt(), 2);
    const QJsonArray address = rpc(QStringLiteral("model.party.address.search"),
                                   QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("street"), QStringLiteral("="), QStringLiteral("Old Street 1")})})})
                                  .toArray();
    const QJsonArray channel = rpc(QStringLiteral("model.party.contact_mechanism.search"),
                                   QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("value"), QStringLiteral("="), QStringLiteral("archived@example.cn")})})})
                                  .toArray();
    QCOMPARE(address.size(), 1);
    QCOMPARE(channel.size(), 1);
    rpc(QStringLiteral("model.party.address.write"), QJsonArray{address, QJsonObject{{QStringLiteral("active"), false}}});
    rpc(QStringLiteral("model.party.contact_mechanism.write"), QJsonArray{channel, QJsonObject{{QStringLiteral("active"), false}}});

    const SyncSummary s = sync();
    QVERIFY2(s.ok(), qPrintable(summaryText(s)));
    QCOMPARE(s.deleted, 2);
    QCOMPARE(checksLogged(), checks);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses WHERE street = 'Old Street 1'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'archived@example.cn'")).toInt(), 0);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses WHERE street = 'Kept Road 2'")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'kept@example.cn'")).toInt(), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers WHERE remote_id = ?"), {QString::number(made.at(0).toInt())}).toInt(), 1);
}


QTEST_MAIN(TestTrytonDeletions)
#include "tst_trytondeletions.moc"
