// Issue 12's record editors at the store: an opportunity and a ticket are edited and deleted
// through the outbox like any change, refused with a reason when a value is absurd, and a
// deletion discarded from Pending changes brings the record back as the server has it.
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "models/store/PipelineStore.h"
#include "models/store/ServiceStore.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sb;

class TestRecordEdits : public QObject {
    Q_OBJECT
private slots:
    void init();
    void opportunitySaveQueuesOnlyWhatChanged();
    void opportunityRefusals_data();
    void opportunityRefusals();
    void opportunityStageMoveWithTheEdit();
    void opportunityListsItsQuotesAndActivities();
    void opportunityDeleteIsQueuedOnceAndDiscarded();
    void ticketEditAndDelete();

private:
    QVariant one(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db->scalar(sql, bindings);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }
    // A row as a server gave it: clean, with a remote id and its base snapshot.
    qint64 synced(const QString &table, const QString &columns, const QVariantList &values, const QVariantMap &snapshot);
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
    qint64 m_deal = 0;
};

qint64 TestRecordEdits::synced(const QString &table, const QString &columns, const QVariantList &values,
                               const QVariantMap &snapshot)
{
    QStringList marks;
    for (int i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList all = values;
    all << QStringLiteral("r-%1").arg(values.first().toString()) << QJsonDocument(QJsonObject::fromVariantMap(snapshot)).toJson(QJsonDocument::Compact);
    auto r = m_db->exec(QStringLiteral("INSERT INTO %1 (%2, remote_system, remote_id, remote_version, base_snapshot) "
                                       "VALUES (%3, 'erp', ?, 'v1', ?)")
                            .arg(table, columns, marks.join(QLatin1Char(','))),
                        all);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

void TestRecordEdits::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_customer = synced(QStringLiteral("customers"), QStringLiteral("name"), {QStringLiteral("无锡精工")},
                        {{QStringLiteral("name"), QStringLiteral("无锡精工")}});
    const QString close = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    m_deal = synced(QStringLiteral("opportunities"),
                    QStringLiteral("title, customer_id, stage, amount_cents, currency, probability, expected_close, owner"),
                    {QStringLiteral("二号线改造"), m_customer, QStringLiteral("proposal"), 5000000, QStringLiteral("CNY"), 40,
                     close, QStringLiteral("wang.fang")},
                    {{QStringLiteral("title"), QStringLiteral("二号线改造")},
                     {QStringLiteral("stage"), QStringLiteral("proposal")},
                     {QStringLiteral("amount_cents"), 5000000},
                     {QStringLiteral("probability"), 40},
                     {QStringLiteral("expected_close"), close}});
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestRecordEdits::opportunitySaveQueuesOnlyWhatChanged()
{
    PipelineStore store(*m_db);
    QVariantMap fields = store.record(m_deal).value();
    for (const QString &k : fields.keys())
        if (!entities::opportunity().columns.contains(k))
            fields.remove(k);
    // Saving the record as read changes nothing and queues nothing.
    QVERIFY(store.save(m_deal, fields, QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

    fields.insert(QStringLiteral("amount_cents"), 6200000);
    fields.insert(QStringLiteral("description"), QStringLiteral("客户要求四月前交付"));
    QVERIFY(store.save(m_deal, fields, QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'opportunity' AND op = 'update'")).toInt(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(one(QStringLiteral("SELECT payload FROM outbox")).toString().toUtf8()).object();
    QCOMPARE(payload.keys(), (QStringList{QStringLiteral("amount_cents"), QStringLiteral("description")}));
    QCOMPARE(one(QStringLiteral("SELECT description FROM opportunities WHERE id = ?"), {m_deal}).toString(),
             QStringLiteral("客户要求四月前交付"));
}

void TestRecordEdits::opportunityRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("named"); // what the refusal must say
    QTest::newRow("amount ¥100,000,000,000") << QStringLiteral("amount_cents") << QVariant(qint64(10'000'000'000'000LL))
                                             << QStringLiteral("100,000,000,000");
    QTest::newRow("negative amount") << QStringLiteral("amount_cents") << QVariant(qint64(-100)) << QStringLiteral("negative");
    QTest::newRow("probability 150") << QStringLiteral("probability") << QVariant(150) << QStringLiteral("150");
    QTest::newRow("probability -1") << QStringLiteral("probability") << QVariant(-1) << QStringLiteral("-1");
    QTest::newRow("empty title") << QStringLiteral("title") << QVariant(QStringLiteral("  ")) << QStringLiteral("title");
    QTest::newRow("close in 2208") << QStringLiteral("expected_close") << QVariant(QStringLiteral("2208-03-01"))
                                   << QStringLiteral("year");
    QTest::newRow("close not a date") << QStringLiteral("expected_close") << QVariant(QStringLiteral("next spring"))
                                      << QStringLiteral("next spring");
}

void TestRecordEdits::opportunityRefusals()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, named);
    PipelineStore store(*m_db);
    const QVariantMap before = store.record(m_deal).value();
    for (bool viaSave : {true, false}) {
        const QVariantMap changes{{field, value}};
        const Status s = viaSave ? store.save(m_deal, changes, QStringLiteral("wang.fang")) : store.update(m_deal, changes);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(named, Qt::CaseInsensitive), qPrintable(s.error()));
    }
    QCOMPARE(store.record(m_deal).value().value(field), before.value(field)); // refused, not changed
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestRecordEdits::opportunityStageMoveWithTheEdit()
{
    PipelineStore store(*m_db);
    // Lost without a reason is refused; with one, the move and the edit are written together.
    QVERIFY(!store.save(m_deal, {{QStringLiteral("stage"), QStringLiteral("lost")}}, QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {m_deal}).toString(), QStringLiteral("proposal"));
    QVERIFY(store.save(m_deal, {{QStringLiteral("stage"), QStringLiteral("lost")},
                                {QStringLiteral("lost_reason"), QStringLiteral("价格太高")},
                                {QStringLiteral("probability"), 40}, // untouched: the stage's default applies
                                {QStringLiteral("title"), QStringLiteral("二号线改造（一期）")}},
                       QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT stage || '|' || lost_reason || '|' || probability || '|' || title FROM opportunities WHERE id = ?"),
                 {m_deal}).toString(),
             QStringLiteral("lost|价格太高|0|二号线改造（一期）"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM activities WHERE opportunity_id = ? AND kind = 'stage'"), {m_deal}).toInt(), 1);
    // Reopened with a typed probability: the person's figure wins, the reason goes.
    QVERIFY(store.save(m_deal, {{QStringLiteral("stage"), QStringLiteral("negotiation")}, {QStringLiteral("probability"), 85},
                                {QStringLiteral("lost_reason"), QStringLiteral("价格太高")}},
                       QStringLiteral("wang.fang")));
    QCOMPARE(one(QStringLiteral("SELECT stage || '|' || coalesce(lost_reason, '-') || '|' || probability FROM opportunities WHERE id = ?"),
                 {m_deal}).toString(),
             QStringLiteral("negotiation|-|85"));
}

void TestRecordEdits::opportunityListsItsQuotesAndActivities()
{
    auto r = m_db->exec(QStringLiteral("INSERT INTO quotes (number, customer_id, opportunity_id, state, currency, total_cents) "
                                       "VALUES ('Q-1', ?, ?, 'sent', 'CNY', 120000), ('Q-2', ?, NULL, 'draft', 'CNY', 5)"),
                        {m_customer, m_deal, m_customer});
    QVERIFY2(r, qPrintable(r.error()));
    auto a = CustomerStore(*m_db).logActivity(m_customer, {{QStringLiteral("kind"), QStringLiteral("call")},
                                                           {QStringLiteral("subject"), QStringLiteral("确认预算")},
                                                           {QStringLiteral("opportunity_id"), m_deal}});
    QVERIFY2(a, qPrintable(a.error()));
    PipelineStore store(*m_db);
    auto quotes = store.quotes(m_deal);
    QVERIFY2(quotes, qPrintable(quotes.error()));
    QCOMPARE(quotes.value().size(), 1);
    QCOMPARE(quotes.value().first().number, QStringLiteral("Q-1"));
    QCOMPARE(quotes.value().first().totalCents, qint64(120000));
    auto activities = store.activities(m_deal);
    QVERIFY2(activities, qPrintable(activities.error()));
    QCOMPARE(activities.value().size(), 1);
    QCOMPARE(activities.value().first().subject, QStringLiteral("确认预算"));
    QCOMPARE(activities.value().first().kind, QStringLiteral("call"));
}

void TestRecordEdits::opportunityDeleteIsQueuedOnceAndDiscarded()
{
    PipelineStore store(*m_db);
    QVERIFY(store.update(m_deal, {{QStringLiteral("amount_cents"), 7000000}}));
    QVERIFY(store.remove(m_deal));
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM opportunities WHERE id = ?"), {m_deal}).toInt(), 3);
    QVERIFY(!store.record(m_deal)); // gone from the workspace's reads and the board
    const auto totals = store.totals();
    QVERIFY2(totals, qPrintable(totals.error()));
    for (const StageTotals &t : totals.value())
        QCOMPARE(t.count, 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'opportunity' AND op = 'delete'")).toInt(), 1);
    // A second delete (a double click, a stale card) queues nothing more.
    QVERIFY(!store.remove(m_deal));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'opportunity' AND op = 'delete'")).toInt(), 1);

    const qint64 entry = one(QStringLiteral("SELECT id FROM outbox WHERE entity = 'opportunity' AND op = 'delete'")).toLongLong();
    auto plan = Outbox(*m_db).discardPlan(entry);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan.value().kind, Outbox::DiscardPlan::Kind::Undelete);
    QVERIFY(Outbox(*m_db).discard(entry));
    // Back as the server has it: shown again, the unsent amount edit undone with it.
    auto back = store.record(m_deal);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().value(QStringLiteral("amount_cents")).toLongLong(), qint64(5000000));
    QCOMPARE(back.value().value(QStringLiteral("local_state")).toInt(), 0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'opportunity' AND state <> 'done'")).toInt(), 0);
}

void TestRecordEdits::ticketEditAndDelete()
{
    const qint64 ticket = synced(QStringLiteral("tickets"), QStringLiteral("subject, customer_id, description, priority, status"),
                                 {QStringLiteral("伺服报警"), m_customer, QStringLiteral("开机报警"), 2, QStringLiteral("open")},
                                 {{QStringLiteral("subject"), QStringLiteral("伺服报警")},
                                  {QStringLiteral("description"), QStringLiteral("开机报警")},
                                  {QStringLiteral("priority"), 2}});
    ServiceStore store(*m_db);
    // Refused with a reason, nothing written.
    QVERIFY(!store.updateTicket(ticket, {{QStringLiteral("subject"), QStringLiteral(" ")}}));
    QVERIFY(!store.updateTicket(ticket, {{QStringLiteral("priority"), 7}}));
    QVERIFY(!store.updateTicket(ticket, {{QStringLiteral("status"), QStringLiteral("resolved")}})); // setStatus's job
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

    QVERIFY(store.updateTicket(ticket, {{QStringLiteral("subject"), QStringLiteral("伺服报警 AL.16")},
                                        {QStringLiteral("priority"), 4},
                                        {QStringLiteral("description"), QStringLiteral("开机报警")}}));
    QCOMPARE(one(QStringLiteral("SELECT subject || '|' || priority FROM tickets WHERE id = ?"), {ticket}).toString(),
             QStringLiteral("伺服报警 AL.16|4"));
    const QJsonObject payload = QJsonDocument::fromJson(
        one(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'ticket' AND op = 'update'")).toString().toUtf8()).object();
    QCOMPARE(payload.keys(), (QStringList{QStringLiteral("priority"), QStringLiteral("subject")}));

    QVERIFY(store.removeTicket(ticket));
    QVERIFY(!store.removeTicket(ticket));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND op = 'delete'")).toInt(), 1);
    QCOMPARE(one(QStringLiteral("SELECT local_state FROM tickets WHERE id = ?"), {ticket}).toInt(), 3);
    const qint64 entry = one(QStringLiteral("SELECT id FROM outbox WHERE entity = 'ticket' AND op = 'delete'")).toLongLong();
    QVERIFY(Outbox(*m_db).discard(entry));
    QCOMPARE(one(QStringLiteral("SELECT subject || '|' || priority || '|' || local_state FROM tickets WHERE id = ?"), {ticket}).toString(),
             QStringLiteral("伺服报警|2|0"));
}

QTEST_MAIN(TestRecordEdits)
#include "tst_recordedits.moc"
