// OutboxHealth: what a workspace still holds for its servers, split by who has to act.
// Rows are written straight into the outbox and conflicts, in each state the engine leaves.
#include "models/store/Database.h"
#include "models/store/OutboxHealth.h"
#include "models/store/RoutingStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace sb;

class TestOutboxHealth : public QObject {
    Q_OBJECT
private slots:
    void init();
    void emptyWorkspaceIsClear();
    void eachEntryIsCountedOnce();
    void kindsNoServerTakesAreNotWaiting();
    void resolvedConflictsAndSentChangesDoNotCount();
    void readsOnlyTheOpenEntries();

private:
    void entry(const QString &entity, qint64 record, const QString &state, const QString &nextAttempt = {},
               const QString &lastError = {});
    void conflict(const QString &entity, qint64 record, const QString &field, bool resolved = false);
    SyncBacklog backlog(const QStringList &served);

    std::unique_ptr<Database> m_db;
    int m_key = 0;
};

void TestOutboxHealth::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestOutboxHealth::entry(const QString &entity, qint64 record, const QString &state, const QString &nextAttempt,
                             const QString &lastError)
{
    auto r = m_db->exec(QStringLiteral("INSERT INTO outbox (idempotency_key, entity, record_id, op, payload, state, "
                                       "next_attempt_at, last_error, created_at) VALUES (?, ?, ?, 'update', '{}', ?, ?, ?, ?)"),
                        {QStringLiteral("k%1").arg(++m_key), entity, record, state,
                         nextAttempt.isEmpty() ? QVariant() : QVariant(nextAttempt),
                         lastError.isEmpty() ? QVariant() : QVariant(lastError), Database::nowUtc()});
    QVERIFY2(r, qPrintable(r.error()));
}

void TestOutboxHealth::conflict(const QString &entity, qint64 record, const QString &field, bool resolved)
{
    auto r = m_db->exec(QStringLiteral("INSERT INTO conflicts (entity, record_id, field, created_at, resolved_at, resolution) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {entity, record, field, Database::nowUtc(), resolved ? QVariant(Database::nowUtc()) : QVariant(),
                         resolved ? QVariant(QStringLiteral("mine")) : QVariant()});
    QVERIFY2(r, qPrintable(r.error()));
}

SyncBacklog TestOutboxHealth::backlog(const QStringList &served)
{
    // The kinds the configured servers take, as the sync layer records them (the routes table).
    QHash<QString, QString> routes;
    for (const QString &entity : served)
        routes.insert(entity, QStringLiteral("erp"));
    if (Status st = RoutingStore(*m_db).replaceRoutes(routes); !st)
        qFatal("%s", qPrintable(st.error()));
    auto b = OutboxHealth(*m_db).backlog();
    if (!b)
        qFatal("%s", qPrintable(b.error()));
    return b.value();
}

void TestOutboxHealth::emptyWorkspaceIsClear()
{
    const SyncBacklog b = backlog({QStringLiteral("customer")});
    QVERIFY(b.isClear());
    QVERIFY(backlog({}).isClear());
}

void TestOutboxHealth::eachEntryIsCountedOnce()
{
    const QStringList served{QStringLiteral("customer"), QStringLiteral("contact")};
    entry(QStringLiteral("customer"), 1, QStringLiteral("failed"), {}, QStringLiteral("The name is not allowed"));
    entry(QStringLiteral("customer"), 1, QStringLiteral("pending"));          // behind the refusal of record 1
    conflict(QStringLiteral("customer"), 2, QStringLiteral("name"));
    conflict(QStringLiteral("customer"), 2, QStringLiteral("grade"));          // one record, two fields
    entry(QStringLiteral("customer"), 2, QStringLiteral("pending"));          // behind the conflict of record 2
    entry(QStringLiteral("customer"), 3, QStringLiteral("pending"), QStringLiteral("2030-01-01T00:00:00.000Z"),
          QStringLiteral("busy")); // backing off
    entry(QStringLiteral("contact"), 4, QStringLiteral("pending"), {}, QStringLiteral("Waiting for the customer"));
    entry(QStringLiteral("contact"), 5, QStringLiteral("in_flight"));         // maybe applied
    entry(QStringLiteral("customer"), 6, QStringLiteral("pending"));          // not tried yet
    const SyncBacklog b = backlog(served);
    QCOMPARE(b.refused, 1);
    QCOMPARE(b.conflicts, 1);
    QCOMPARE(b.blocked, 2);
    QCOMPARE(b.waitingToRetry, 3);
    QCOMPARE(b.pending, 1);
    QVERIFY(b.needsAPerson());
    QVERIFY(b.needsAnotherCycle());
}

void TestOutboxHealth::kindsNoServerTakesAreNotWaiting()
{
    entry(QStringLiteral("ticket"), 1, QStringLiteral("pending"), {}, QStringLiteral("No server for tickets is set up yet"));
    entry(QStringLiteral("activity"), 2, QStringLiteral("pending"));
    QVERIFY(backlog({QStringLiteral("customer")}).isClear());
    QVERIFY(backlog({}).isClear());
    // Once a server takes tickets, its change waits like any other.
    const SyncBacklog served = backlog({QStringLiteral("customer"), QStringLiteral("ticket")});
    QCOMPARE(served.waitingToRetry, 1);
    QCOMPARE(served.pending, 0);
    // A refusal needs a person whatever its kind.
    entry(QStringLiteral("activity"), 3, QStringLiteral("failed"), {}, QStringLiteral("deleted with its customer"));
    QCOMPARE(backlog({QStringLiteral("customer")}).refused, 1);
}

void TestOutboxHealth::resolvedConflictsAndSentChangesDoNotCount()
{
    conflict(QStringLiteral("customer"), 1, QStringLiteral("name"), true);
    entry(QStringLiteral("customer"), 1, QStringLiteral("done"));
    entry(QStringLiteral("customer"), 1, QStringLiteral("pending"));
    const SyncBacklog b = backlog({QStringLiteral("customer")});
    QCOMPARE(b.conflicts, 0);
    QCOMPARE(b.blocked, 0);
    QCOMPARE(b.pending, 1);
    QVERIFY(!b.needsAPerson());
}

void TestOutboxHealth::readsOnlyTheOpenEntries()
{
    // The outbox keeps every sent change: the count must not walk that history.
    auto plan = m_db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + OutboxHealth::backlogSql());
    QVERIFY2(plan, qPrintable(plan.error()));
    QStringList steps;
    while (plan.value().next())
        steps << plan.value().value(3).toString();
    const QString text = steps.join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QLatin1String("SCAN o\n")) && !text.endsWith(QLatin1String("SCAN o")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestOutboxHealth)
#include "tst_outboxhealth.moc"
