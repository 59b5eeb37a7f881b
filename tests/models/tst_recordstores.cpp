// What a person owns in a customer file beyond its contacts: addresses and activities (visit
// reports). Each is created, edited and deleted through the outbox; a deletion is queued once
// and discarding it brings the record back; the rules refuse what would be wrong.
#include "models/itemmodels/ListModels.h"
#include "models/store/ActivityStore.h"
#include "models/store/AddressStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "models/domain/Validation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

class TestRecordStores : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addressIsCreatedEditedAndDeleted();
    void oneDefaultAddressPerKind();
    void addressRules_data();
    void addressRules();
    void addressDeletionIsDiscarded();
    void addressListSaysKindsAsPeopleDo();
    void activityIsCreatedEditedAndDeleted();
    void activityRules_data();
    void activityRules();
    void activityLinksStayWithTheCustomer();
    void activityDeletionIsDiscarded();
    void timelineShowsTheReport();
    void notBefore();

private:
    qint64 customer(const QString &name);
    // A record as the sync writes it: clean, known to the server, with its base snapshot.
    qint64 synced(const QString &table, const QVariantMap &fields);
    int outboxCount(const QString &where) const;
    QJsonObject lastPayload(const QString &entity, qint64 id, const QString &op) const;
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;

    std::unique_ptr<Database> m_db;
};

void TestRecordStores::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestRecordStores::cleanup()
{
    m_db.reset();
}

qint64 TestRecordStores::customer(const QString &name)
{
    auto id = CustomerStore(*m_db).create({{QStringLiteral("name"), name}});
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

qint64 TestRecordStores::synced(const QString &table, const QVariantMap &fields)
{
    QStringList names, marks;
    QVariantList values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        names << it.key();
        marks << QStringLiteral("?");
        values << it.value();
    }
    const QString snapshot = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
    values << snapshot;
    auto r = m_db->exec(QStringLiteral("INSERT INTO %1 (%2, base_snapshot, remote_system, remote_id, local_state) "
                                       "VALUES (%3, ?, 'erp', 'r-' || random(), 0)")
                            .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                        values);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

int TestRecordStores::outboxCount(const QString &where) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where).toInt();
}

QJsonObject TestRecordStores::lastPayload(const QString &entity, qint64 id, const QString &op) const
{
    const QString json = scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND record_id = ? AND op = ? "
                                               "ORDER BY id DESC LIMIT 1"),
                                {entity, id, op})
                             .toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QVariant TestRecordStores::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant();
}

void TestRecordStores::addressIsCreatedEditedAndDeleted()
{
    const qint64 c = customer(QStringLiteral("Ningbo Harbour Tools"));
    AddressStore store(*m_db);
    auto id = store.create(c, {{QStringLiteral("kind"), QStringLiteral("shipping")},
                               {QStringLiteral("street"), QStringLiteral("88 Gangwan Road")},
                               {QStringLiteral("city"), QStringLiteral("Ningbo")},
                               {QStringLiteral("province"), QStringLiteral("Zhejiang")}});
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'address' AND op = 'create'")), 1);
    QCOMPARE(lastPayload(QStringLiteral("address"), id.value(), QStringLiteral("create")).value(QStringLiteral("city")).toString(),
             QStringLiteral("Ningbo"));
    QCOMPARE(store.get(id.value()).value().value(QStringLiteral("customer_id")).toLongLong(), c);

    // An edit queues the fields that changed, nothing else; an edit that changes nothing, nothing.
    QVERIFY(store.update(id.value(), {{QStringLiteral("street"), QStringLiteral("90 Gangwan Road")},
                                      {QStringLiteral("city"), QStringLiteral("Ningbo")}}));
    const QJsonObject edit = lastPayload(QStringLiteral("address"), id.value(), QStringLiteral("update"));
    QCOMPARE(edit.keys(), QStringList{QStringLiteral("street")});
    QVERIFY(store.update(id.value(), {{QStringLiteral("street"), QStringLiteral("90 Gangwan Road")}}));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'address' AND op = 'update'")), 1);

    // Deleted: hidden, queued once; a second deletion is refused and queues nothing.
    QVERIFY(store.remove(id.value()));
    QVERIFY(!store.get(id.value()));
    QVERIFY(!store.remove(id.value()));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'address' AND op = 'delete'")), 1);
    QVERIFY(!store.update(id.value(), {{QStringLiteral("city"), QStringLiteral("Shanghai")}}));
}

void TestRecordStores::oneDefaultAddressPerKind()
{
    const qint64 c = customer(QStringLiteral("Wuxi Bearings"));
    const qint64 other = customer(QStringLiteral("Someone Else"));
    AddressStore store(*m_db);
    const qint64 first = store.create(c, {{QStringLiteral("kind"), QStringLiteral("billing")},
                                          {QStringLiteral("city"), QStringLiteral("Wuxi")},
                                          {QStringLiteral("is_default"), true}})
                             .value();
    const qint64 office = store.create(c, {{QStringLiteral("kind"), QStringLiteral("office")},
                                           {QStringLiteral("city"), QStringLiteral("Wuxi")},
                                           {QStringLiteral("is_default"), 1}})
                              .value();
    const qint64 elsewhere = store.create(other, {{QStringLiteral("kind"), QStringLiteral("billing")},
                                                  {QStringLiteral("city"), QStringLiteral("Suzhou")},
                                                  {QStringLiteral("is_default"), 1}})
                                 .value();
    auto second = store.create(c, {{QStringLiteral("kind"), QStringLiteral("billing")},
                                   {QStringLiteral("street"), QStringLiteral("1 Finance St")},
                                   {QStringLiteral("is_default"), 1}});
    QVERIFY2(second, qPrintable(second.error()));
    auto isDefault = [this](qint64 id) {
        return scalar(QStringLiteral("SELECT is_default FROM addresses WHERE id = ?"), {id}).toInt();
    };
    QCOMPARE(isDefault(second.value()), 1);
    QCOMPARE(isDefault(first), 0);     // the same kind of the same customer gave way,
    QCOMPARE(isDefault(office), 1);    // not the office address,
    QCOMPARE(isDefault(elsewhere), 1); // not another customer's.
    QCOMPARE(lastPayload(QStringLiteral("address"), first, QStringLiteral("update")).value(QStringLiteral("is_default")).toInt(), 0);

    // Marking the first default again by an edit clears the second.
    QVERIFY(store.update(first, {{QStringLiteral("is_default"), 1}}));
    QCOMPARE(isDefault(first), 1);
    QCOMPARE(isDefault(second.value()), 0);
    // Moving the office address to billing while default takes the mark from the first.
    QVERIFY(store.update(office, {{QStringLiteral("kind"), QStringLiteral("billing")}}));
    QCOMPARE(isDefault(office), 1);
    QCOMPARE(isDefault(first), 0);
}

void TestRecordStores::addressRules_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("field");
    QTest::newRow("no street, no city") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("office")},
                                                       {QStringLiteral("street"), QStringLiteral("  ")},
                                                       {QStringLiteral("postal_code"), QStringLiteral("200000")}}
                                        << QStringLiteral("street");
    QTest::newRow("unknown kind") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("warehouse")},
                                                 {QStringLiteral("city"), QStringLiteral("Xi'an")}}
                                  << QStringLiteral("kind");
    QTest::newRow("a city is enough") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("office")},
                                                     {QStringLiteral("city"), QStringLiteral("Xi'an")}}
                                      << QString();
    QTest::newRow("a street is enough") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("shipping")},
                                                       {QStringLiteral("street"), QStringLiteral("Dock 4")}}
                                        << QString();
}

void TestRecordStores::addressRules()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, field);
    QCOMPARE(AddressStore::check(fields).field, field);
    const qint64 c = customer(QStringLiteral("Rules Ltd"));
    const int before = outboxCount(QStringLiteral("1"));
    auto id = AddressStore(*m_db).create(c, fields);
    QCOMPARE(bool(id), field.isEmpty());
    QCOMPARE(outboxCount(QStringLiteral("1")), before + (field.isEmpty() ? 1 : 0));
}

void TestRecordStores::addressDeletionIsDiscarded()
{
    const qint64 c = customer(QStringLiteral("Hefei Foundry"));
    const qint64 id = synced(QStringLiteral("addresses"), {{QStringLiteral("customer_id"), c},
                                                           {QStringLiteral("kind"), QStringLiteral("office")},
                                                           {QStringLiteral("street"), QStringLiteral("3 Forge Lane")},
                                                           {QStringLiteral("city"), QStringLiteral("Hefei")}});
    AddressStore store(*m_db);
    QVERIFY(store.update(id, {{QStringLiteral("city"), QStringLiteral("Hefei East")}}));
    QVERIFY(store.remove(id));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'address' AND op = 'delete'")), 1);
    const qint64 entry = scalar(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'address' AND record_id = ?"), {id}).toLongLong();
    QVERIFY(Outbox(*m_db).discard(entry));
    auto back = store.get(id);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().value(QStringLiteral("city")).toString(), QStringLiteral("Hefei")); // the server's again
    QCOMPARE(back.value().value(QStringLiteral("local_state")).toInt(), 0);
    QCOMPARE(outboxCount(QStringLiteral("entity = 'address' AND state <> 'done'")), 0);
}

void TestRecordStores::addressListSaysKindsAsPeopleDo()
{
    const qint64 c = customer(QStringLiteral("Labels Co"));
    AddressStore store(*m_db);
    QVERIFY(store.create(c, {{QStringLiteral("kind"), QStringLiteral("shipping")}, {QStringLiteral("city"), QStringLiteral("A")},
                             {QStringLiteral("is_default"), 1}}));
    QVERIFY(store.create(c, {{QStringLiteral("kind"), QStringLiteral("billing")}, {QStringLiteral("city"), QStringLiteral("B")}}));
    QVERIFY(store.create(c, {{QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("city"), QStringLiteral("C")}}));
    const qint64 gone = store.create(c, {{QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("city"), QStringLiteral("D")}}).value();
    QVERIFY(store.remove(gone));
    std::unique_ptr<SqlWindowModel> m(lists::addresses(*m_db, c, nullptr));
    QCOMPARE(m->rowCount(), 3);
    QStringList kinds;
    for (int row = 0; row < m->rowCount(); ++row)
        kinds << m->data(m->index(row, 0)).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("Office"), QStringLiteral("Invoice"), QStringLiteral("Delivery")}));
    QCOMPARE(m->data(m->index(2, 1)).toString(), QStringLiteral("★"));
    QCOMPARE(m->data(m->index(0, 1)).toString(), QString());
}

void TestRecordStores::activityIsCreatedEditedAndDeleted()
{
    const qint64 c = customer(QStringLiteral("Changzhou Motors"));
    const qint64 contact = CustomerStore(*m_db).addContact(c, {{QStringLiteral("name"), QStringLiteral("Li Gong")}}).value();
    ActivityStore store(*m_db);
    const QString at = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const QString due = QDate::currentDate().addDays(6).toString(Qt::ISODate);
    auto id = store.create(c, {{QStringLiteral("kind"), QStringLiteral("visit")},
                               {QStringLiteral("starts_at"), at},
                               {QStringLiteral("contact_id"), contact},
                               {QStringLiteral("subject"), QStringLiteral("Line 3 retrofit")},
                               {QStringLiteral("body"), QStringLiteral("Walked the line with Li Gong.")},
                               {QStringLiteral("outcome"), QStringLiteral("Wants a quote for 12 drives")},
                               {QStringLiteral("next_step"), QStringLiteral("Send the quote")},
                               {QStringLiteral("next_step_at"), due}});
    QVERIFY2(id, qPrintable(id.error()));
    const QJsonObject created = lastPayload(QStringLiteral("activity"), id.value(), QStringLiteral("create"));
    QCOMPARE(created.value(QStringLiteral("outcome")).toString(), QStringLiteral("Wants a quote for 12 drives"));
    QCOMPARE(created.value(QStringLiteral("next_step_at")).toString(), due);
    QCOMPARE(created.value(QStringLiteral("starts_at")).toString(), at);

    QVERIFY(store.update(id.value(), {{QStringLiteral("outcome"), QStringLiteral("Wants a quote for 14 drives")},
                                      {QStringLiteral("subject"), QStringLiteral("Line 3 retrofit")}}));
    QCOMPARE(lastPayload(QStringLiteral("activity"), id.value(), QStringLiteral("update")).keys(),
             QStringList{QStringLiteral("outcome")});
    // The rules hold for an edit on the whole record: a due date moved before the visit is refused.
    QVERIFY(!store.update(id.value(), {{QStringLiteral("next_step_at"), QDate::currentDate().addDays(-3).toString(Qt::ISODate)}}));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'activity' AND op = 'update'")), 1);

    QVERIFY(store.remove(id.value()));
    QVERIFY(!store.remove(id.value()));
    QVERIFY(!store.get(id.value()));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'activity' AND op = 'delete'")), 1);

    // The one-line log goes by the same rules.
    QVERIFY(CustomerStore(*m_db).logActivity(c, {{QStringLiteral("kind"), QStringLiteral("call")},
                                                 {QStringLiteral("subject"), QStringLiteral("Called back")}}));
    QVERIFY(!CustomerStore(*m_db).logActivity(c, {{QStringLiteral("kind"), QStringLiteral("call")},
                                                  {QStringLiteral("subject"), QStringLiteral("x")},
                                                  {QStringLiteral("next_step_at"), QStringLiteral("2001-01-01")},
                                                  {QStringLiteral("next_step"), QStringLiteral("y")}}));
}

void TestRecordStores::activityRules_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QString>("field");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QTest::newRow("fine") << QVariantMap{} << QString();
    QTest::newRow("no subject") << QVariantMap{{QStringLiteral("subject"), QStringLiteral(" ")}} << QStringLiteral("subject");
    QTest::newRow("system kind") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("stage")}} << QStringLiteral("kind");
    QTest::newRow("no date") << QVariantMap{{QStringLiteral("starts_at"), QStringLiteral("someday")}} << QStringLiteral("starts_at");
    QTest::newRow("next step before the visit")
        << QVariantMap{{QStringLiteral("next_step"), QStringLiteral("Call")},
                       {QStringLiteral("next_step_at"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}}
        << QStringLiteral("next_step_at");
    QTest::newRow("next step the same day") << QVariantMap{{QStringLiteral("next_step"), QStringLiteral("Call")},
                                                           {QStringLiteral("next_step_at"), today}}
                                            << QString();
    QTest::newRow("due date without a step") << QVariantMap{{QStringLiteral("next_step_at"), today}} << QStringLiteral("next_step");
    QTest::newRow("not a date") << QVariantMap{{QStringLiteral("next_step"), QStringLiteral("Call")},
                                               {QStringLiteral("next_step_at"), QStringLiteral("soon")}}
                                << QStringLiteral("next_step_at");
    QTest::newRow("a step without a date") << QVariantMap{{QStringLiteral("next_step"), QStringLiteral("Call")}} << QString();
}

void TestRecordStores::activityRules()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QString, field);
    QVariantMap activity{{QStringLiteral("kind"), QStringLiteral("visit")},
                         {QStringLiteral("subject"), QStringLiteral("Visit")},
                         {QStringLiteral("starts_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        activity.insert(it.key(), it.value());
    const FieldProblem p = ActivityStore::check(activity);
    QCOMPARE(p.field, field);
    QCOMPARE(p.message.isEmpty(), field.isEmpty());
    const qint64 c = customer(QStringLiteral("Rules Ltd"));
    const int before = outboxCount(QStringLiteral("1"));
    QCOMPARE(bool(ActivityStore(*m_db).create(c, activity)), field.isEmpty());
    QCOMPARE(outboxCount(QStringLiteral("1")), before + (field.isEmpty() ? 1 : 0));
}

void TestRecordStores::activityLinksStayWithTheCustomer()
{
    const qint64 mine = customer(QStringLiteral("Mine"));
    const qint64 theirs = customer(QStringLiteral("Theirs"));
    CustomerStore customers(*m_db);
    const qint64 myContact = customers.addContact(mine, {{QStringLiteral("name"), QStringLiteral("Zhao")}}).value();
    const qint64 theirContact = customers.addContact(theirs, {{QStringLiteral("name"), QStringLiteral("Qian")}}).value();
    const qint64 gone = customers.addContact(mine, {{QStringLiteral("name"), QStringLiteral("Sun")}}).value();
    QVERIFY(customers.removeContact(gone));
    const QVariantMap visit{{QStringLiteral("kind"), QStringLiteral("visit")}, {QStringLiteral("subject"), QStringLiteral("Visit")}};
    ActivityStore store(*m_db);
    QVariantMap wrong = visit;
    wrong.insert(QStringLiteral("contact_id"), theirContact);
    QVERIFY(!store.create(mine, wrong));
    QVariantMap right = visit;
    right.insert(QStringLiteral("contact_id"), myContact);
    QVERIFY(store.create(mine, right));

    // The form offers the customer's live contacts, and a gone one only when the record names it.
    auto choices = store.contactChoices(mine);
    QVERIFY(choices);
    QCOMPARE(choices.value().size(), 1);
    QCOMPARE(choices.value().first().label, QStringLiteral("Zhao"));
    QCOMPARE(store.contactChoices(mine, gone).value().size(), 2);
}

void TestRecordStores::activityDeletionIsDiscarded()
{
    const qint64 c = customer(QStringLiteral("Jiaxing Textiles"));
    const qint64 id = synced(QStringLiteral("activities"), {{QStringLiteral("customer_id"), c},
                                                           {QStringLiteral("kind"), QStringLiteral("visit")},
                                                           {QStringLiteral("subject"), QStringLiteral("Plant tour")},
                                                           {QStringLiteral("starts_at"), QStringLiteral("2026-11-02T02:00:00Z")},
                                                           {QStringLiteral("outcome"), QStringLiteral("Interested")}});
    ActivityStore store(*m_db);
    QVERIFY(store.remove(id));
    QVERIFY(!store.get(id));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'activity' AND op = 'delete'")), 1);
    const qint64 entry = scalar(QStringLiteral("SELECT id FROM outbox WHERE entity = 'activity' AND record_id = ? AND op = 'delete'"), {id}).toLongLong();
    QVERIFY(Outbox(*m_db).discard(entry));
    auto back = store.get(id);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().value(QStringLiteral("outcome")).toString(), QStringLiteral("Interested"));
    QCOMPARE(outboxCount(QStringLiteral("entity = 'activity' AND state <> 'done'")), 0);
}

void TestRecordStores::timelineShowsTheReport()
{
    const qint64 c = customer(QStringLiteral("Timeline Co"));
    const qint64 contact = CustomerStore(*m_db).addContact(c, {{QStringLiteral("name"), QStringLiteral("Zhou Jingli")}}).value();
    QVERIFY(ActivityStore(*m_db).create(c, {{QStringLiteral("kind"), QStringLiteral("visit")},
                                            {QStringLiteral("contact_id"), contact},
                                            {QStringLiteral("subject"), QStringLiteral("Samples")},
                                            {QStringLiteral("outcome"), QStringLiteral("Samples approved")},
                                            {QStringLiteral("next_step"), QStringLiteral("Trial order")},
                                            {QStringLiteral("next_step_at"), QStringLiteral("2099-03-04")}}));
    std::unique_ptr<SqlWindowModel> m(lists::timeline(*m_db, c, nullptr));
    QCOMPARE(m->rowCount(), 1);
    QStringList headers, cells;
    for (int col = 0; col < m->columnCount(); ++col) {
        headers << m->headerData(col, Qt::Horizontal).toString();
        cells << m->data(m->index(0, col)).toString();
    }
    auto cell = [&](const QString &header) { return cells.value(headers.indexOf(header)); };
    QCOMPARE(cell(QStringLiteral("What")), QStringLiteral("Visit"));
    QCOMPARE(cell(QStringLiteral("Contact")), QStringLiteral("Zhou Jingli"));
    QCOMPARE(cell(QStringLiteral("Subject")), QStringLiteral("Samples"));
    QCOMPARE(cell(QStringLiteral("Outcome")), QStringLiteral("Samples approved"));
    QVERIFY2(cell(QStringLiteral("Next step")).startsWith(QLatin1String("Trial order (by ")), qPrintable(cell(QStringLiteral("Next step"))));
    QVERIFY2(cell(QStringLiteral("Next step")).contains(QLatin1String("3/4/99")) || cell(QStringLiteral("Next step")).contains(QLatin1String("2099")),
             qPrintable(cell(QStringLiteral("Next step"))));
}

void TestRecordStores::notBefore()
{
    const QDate d(2026, 12, 6);
    QVERIFY(validation::notBefore(d, d, QStringLiteral("A"), QStringLiteral("B")).isEmpty());
    QVERIFY(validation::notBefore(d.addDays(1), d, QStringLiteral("A"), QStringLiteral("B")).isEmpty());
    QVERIFY(validation::notBefore(QDate(), d, QStringLiteral("A"), QStringLiteral("B")).isEmpty());
    const QString refusal = validation::notBefore(d.addDays(-1), d, QStringLiteral("The due date"), QStringLiteral("the visit"));
    QVERIFY(refusal.startsWith(QLatin1String("The due date (")));
    QVERIFY(refusal.contains(QLatin1String("the visit")));
}

QTEST_GUILESS_MAIN(TestRecordStores)
#include "tst_recordstores.moc"
