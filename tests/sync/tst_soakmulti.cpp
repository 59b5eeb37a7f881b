// Soak with several systems: one engine syncing an ERP (customers), an OA system (approvals)
// and an after-sales system (tickets), each a FakeBackend reached through the fake kinds and the
// routing, as the app builds them. Many rounds of random creates, edits and commands (ticket.close,
// approval.approve / approval.reject), server-side records and edits, and random faults on every
// server (seeded, per request with a probability); then clean cycles until quiet and the
// invariants: every create and every command applied exactly once on the system that owns it,
// nothing routed left open, and per system and entity the cache equals the server on the fields
// the test touches, with references to ERP customers resolved to the right local rows.
// SB_SOAKMULTI_SEED replays a run (or "random"); SB_SOAKMULTI_ROUNDS sets the rounds (default 150).
#include "fake/FakeBackend.h"
#include "fake/FakeKinds.h"
#include "models/store/ChangeWriter.h"
#include "models/store/ConflictStore.h"
#include "models/store/ConnectorStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/ServiceStore.h"
#include "models/store/SyncStates.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <map>

using namespace sb;

namespace {
constexpr int kTimeoutMs = 150;
constexpr int kMaxPerEntity = 40;

QString norm(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString().trimmed();
}

// Per entity: its system, table, the fields compared (the ones either side writes here) and
// whether it references an ERP customer.
struct Kind {
    QString entity, system, table;
    QStringList fields;
    bool refersToCustomer;
};
const QList<Kind> &kinds()
{
    static const QList<Kind> k{
        {QStringLiteral("customer"), QStringLiteral("erp"), QStringLiteral("customers"),
         {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("region")}, false},
        {QStringLiteral("approval"), QStringLiteral("oa"), QStringLiteral("approvals"),
         {QStringLiteral("title"), QStringLiteral("approver"), QStringLiteral("state")}, true},
        {QStringLiteral("ticket"), QStringLiteral("aftersales"), QStringLiteral("tickets"),
         {QStringLiteral("subject"), QStringLiteral("description")}, true},
    };
    return k;
}
} // namespace

class TestSoakMulti : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void severalSystemsKeepTheInvariants();

private:
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &bindings = {});
    SyncSummary sync();
    void localEdits();
    void serverEdits();
    void injectFaults();
    int resolveConflicts();
    QVariantMap erpRef(const QString &id) const
    {
        return {{QStringLiteral("system"), QStringLiteral("erp")}, {QStringLiteral("id"), id}};
    }
    FakeBackend &server(const QString &system) { return *m_servers.at(system); }
    QString where() const { return QStringLiteral(" (seed %1, round %2)").arg(m_seed).arg(m_round); }

    quint32 m_seed = 0;
    int m_rounds = 150;
    int m_round = 0;
    int m_counter = 0;
    int m_commands = 0;
    QRandomGenerator m_rng;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::map<QString, std::unique_ptr<FakeBackend>> m_servers;
    KindRegistry m_registry = fake::registry();
    MemorySecrets m_secrets;
    RunnerSetup m_setup;
    std::unique_ptr<SyncEngine> m_engine;
    QStringList m_conflicts;
};

void TestSoakMulti::initTestCase()
{
    bool ok = false;
    m_seed = qEnvironmentVariable("SB_SOAKMULTI_SEED").toUInt(&ok);
    if (!ok)
        m_seed = qEnvironmentVariable("SB_SOAKMULTI_SEED") == QLatin1String("random") ? QRandomGenerator::global()->generate() : 20261128u;
    const int rounds = qEnvironmentVariable("SB_SOAKMULTI_ROUNDS").toInt(&ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    qInfo("multi-system soak seed %u, %d rounds (replay: SB_SOAKMULTI_SEED=%u)", m_seed, m_rounds, m_seed);
    m_rng.seed(m_seed);
    if (qEnvironmentVariableIsEmpty("SB_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("salesbridge.sync*=false"));

    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_nam = std::make_unique<QNetworkAccessManager>();
    quint32 n = 0;
    for (const Kind &k : kinds()) {
        auto s = std::make_unique<FakeBackend>();
        QVERIFY(s->isListening());
        s->setSeed(m_seed + ++n);
        m_servers[k.system] = std::move(s);
    }
    for (const QString &id : {QStringLiteral("fake-erp"), QStringLiteral("fake-oa"), QStringLiteral("fake-aftersales")}) {
        ConnectorConfig c = m_registry.configFor(id);
        c.url = server(c.system).baseUrl().toString();
        c.options.insert(QStringLiteral("timeout_ms"), kTimeoutMs);
        auto saved = ConnectorStore(*m_db).save(c);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    QStringList problems;
    m_setup = makeConnectors(*m_db, *m_nam, m_secrets, m_registry, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(int(m_setup.connectors.size()), 3);
    QVERIFY(m_setup.routing);
    QVERIFY(m_setup.routing->save(*m_db));
    m_now = QDateTime::currentDateTimeUtc();
    m_engine = std::make_unique<SyncEngine>(*m_db, [this] { return m_now; });
    for (RunnerConnector &c : m_setup.connectors)
        m_engine->addConnector(c.connector.get(), c.rowId);
    m_engine->setRouting(*m_setup.routing);
    m_engine->setPageSize(7); // several pages per pull, so faults land mid-pull

    // Records on the servers before the first sync: approvals and tickets of ERP customers.
    for (int i = 0; i < 4; ++i) {
        const FakeRecord c = server(QStringLiteral("erp")).insert(QStringLiteral("customer"),
                                                                  {{QStringLiteral("name"), QStringLiteral("ERP customer %1").arg(++m_counter)}});
        server(QStringLiteral("oa")).insert(QStringLiteral("approval"), {{QStringLiteral("title"), QStringLiteral("Server approval %1").arg(++m_counter)},
                                                                        {QStringLiteral("state"), QStringLiteral("pending")},
                                                                        {QStringLiteral("customer_id"), erpRef(c.id)}});
        server(QStringLiteral("aftersales")).insert(QStringLiteral("ticket"), {{QStringLiteral("subject"), QStringLiteral("Server ticket %1").arg(++m_counter)},
                                                                              {QStringLiteral("status"), QStringLiteral("open")},
                                                                              {QStringLiteral("customer_id"), erpRef(c.id)}});
    }
}

void TestSoakMulti::cleanupTestCase()
{
    m_engine.reset();
    m_setup = RunnerSetup();
    m_servers.clear();
    m_nam.reset();
    m_db.reset();
}

QVariant TestSoakMulti::scalar(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
    return r.value();
}

QList<QVariantList> TestSoakMulti::rows(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->exec(sql, bindings);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
    QList<QVariantList> out;
    QSqlQuery &q = r.value();
    const int n = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

SyncSummary TestSoakMulti::sync()
{
    QSignalSpy done(m_engine.get(), &SyncEngine::finished);
    m_engine->start();
    if (!done.wait(120000))
        qFatal("sync did not finish (seed %u, round %d)", m_seed, m_round);
    return done.first().first().value<SyncSummary>();
}

void TestSoakMulti::localEdits()
{
    CustomerStore store(*m_db);
    ServiceStore service(*m_db);
    ChangeWriter writer(*m_db);
    for (int i = 0, ops = m_rng.bounded(5); i < ops; ++i) {
        const auto customers = rows(QStringLiteral("SELECT id FROM customers WHERE local_state <> 3 ORDER BY id"));
        const auto tickets = rows(QStringLiteral("SELECT id, remote_id IS NOT NULL FROM tickets ORDER BY id"));
        const auto approvals = rows(QStringLiteral("SELECT id, remote_id IS NOT NULL FROM approvals ORDER BY id"));
        auto pick = [this](const QList<QVariantList> &from, bool onServer) {
            QList<qint64> ids;
            for (const auto &r : from)
                if (!onServer || r.value(1).toBool())
                    ids << r.first().toLongLong();
            return ids.isEmpty() ? qint64(0) : ids.at(m_rng.bounded(int(ids.size())));
        };
        const qint64 customer = customers.isEmpty() ? 0 : customers.at(m_rng.bounded(int(customers.size()))).first().toLongLong();
        Status s = Status::ok();
        QString what;
        switch (m_rng.bounded(12)) {
        case 0:
            if (customers.size() >= kMaxPerEntity)
                continue;
            what = QStringLiteral("create customer");
            if (auto id = store.create({{QStringLiteral("name"), QStringLiteral("Mine %1").arg(++m_counter)},
                                        {QStringLiteral("notes"), QStringLiteral("note %1").arg(m_counter)}}); !id)
                s = Status::fail(id.error());
            break;
        case 1:
            if (tickets.size() >= kMaxPerEntity || !customer)
                continue;
            what = QStringLiteral("create ticket");
            if (auto id = service.createTicket({{QStringLiteral("customer_id"), customer},
                                                {QStringLiteral("subject"), QStringLiteral("My ticket %1").arg(++m_counter)}},
                                               QStringLiteral("rep.li")); !id)
                s = Status::fail(id.error());
            break;
        case 2:
            if (approvals.size() >= kMaxPerEntity || !customer)
                continue;
            what = QStringLiteral("create approval");
            if (auto id = writer.create(entities::approval(), {{QStringLiteral("customer_id"), customer},
                                                               {QStringLiteral("title"), QStringLiteral("My approval %1").arg(++m_counter)},
                                                               {QStringLiteral("state"), QStringLiteral("pending")}}); !id)
                s = Status::fail(id.error());
            break;
        case 3:
        case 4:
            if (!customer)
                continue;
            what = QStringLiteral("edit customer");
            s = store.update(customer, {{m_rng.bounded(2) ? QStringLiteral("name") : QStringLiteral("notes"),
                                         QStringLiteral("Edited %1").arg(++m_counter)}});
            break;
        case 5:
            if (const qint64 t = pick(tickets, false)) {
                what = QStringLiteral("edit ticket");
                s = writer.update(entities::ticket(), t, {{QStringLiteral("subject"), QStringLiteral("Edited ticket %1").arg(++m_counter)}});
            }
            break;
        case 6:
            if (const qint64 a = pick(approvals, false)) {
                what = QStringLiteral("edit approval");
                s = writer.update(entities::approval(), a, {{QStringLiteral("title"), QStringLiteral("Edited approval %1").arg(++m_counter)}});
            }
            break;
        case 7:
        case 8:
            // Mostly on records the server has; sometimes on one still on its way (the command waits).
            if (const qint64 t = pick(tickets, m_rng.bounded(4) != 0)) {
                what = QStringLiteral("close ticket");
                s = writer.command(entities::ticket(), t, QStringLiteral("close"), {{QStringLiteral("state"), QStringLiteral("resolved")}});
                ++m_commands;
            }
            break;
        default:
            if (const qint64 a = pick(approvals, m_rng.bounded(4) != 0)) {
                const bool approve = m_rng.bounded(3) != 0;
                what = QStringLiteral("decide approval");
                s = writer.command(entities::approval(), a, approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                   {{QStringLiteral("state"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                                    {QStringLiteral("comment"), QStringLiteral("decided %1").arg(++m_counter)}});
                ++m_commands;
            }
            break;
        }
        QVERIFY2(s, qPrintable(what + QStringLiteral(": ") + s.error() + where()));
    }
}

// The servers change too, on fields this side never writes (no conflicts by design).
void TestSoakMulti::serverEdits()
{
    FakeBackend &erp = server(QStringLiteral("erp")), &oa = server(QStringLiteral("oa")), &as = server(QStringLiteral("aftersales"));
    for (int i = 0, ops = m_rng.bounded(3); i < ops; ++i) {
        const QList<FakeRecord> customers = erp.records(QStringLiteral("customer"));
        const QString c = customers.at(m_rng.bounded(int(customers.size()))).id;
        switch (m_rng.bounded(6)) {
        case 0:
            if (customers.size() < kMaxPerEntity)
                erp.insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("ERP customer %1").arg(++m_counter)}});
            break;
        case 1:
            if (oa.count(QStringLiteral("approval")) < kMaxPerEntity)
                oa.insert(QStringLiteral("approval"), {{QStringLiteral("title"), QStringLiteral("Server approval %1").arg(++m_counter)},
                                                      {QStringLiteral("state"), QStringLiteral("pending")},
                                                      {QStringLiteral("customer_id"), erpRef(c)}});
            break;
        case 2:
            if (as.count(QStringLiteral("ticket")) < kMaxPerEntity)
                as.insert(QStringLiteral("ticket"), {{QStringLiteral("subject"), QStringLiteral("Server ticket %1").arg(++m_counter)},
                                                    {QStringLiteral("status"), QStringLiteral("open")},
                                                    {QStringLiteral("customer_id"), erpRef(c)}});
            break;
        case 3:
            erp.edit(QStringLiteral("customer"), c, {{QStringLiteral("region"), QStringLiteral("Region %1").arg(++m_counter)}});
            break;
        case 4: {
            const QList<FakeRecord> all = oa.records(QStringLiteral("approval"));
            oa.edit(QStringLiteral("approval"), all.at(m_rng.bounded(int(all.size()))).id,
                    {{QStringLiteral("approver"), QStringLiteral("boss %1").arg(++m_counter)}});
            break;
        }
        default: {
            const QList<FakeRecord> all = as.records(QStringLiteral("ticket"));
            as.edit(QStringLiteral("ticket"), all.at(m_rng.bounded(int(all.size()))).id,
                    {{QStringLiteral("description"), QStringLiteral("Server note %1").arg(++m_counter)}});
            break;
        }
        }
    }
}

// On each server, now and then, a fault that hits each matching request with some probability
// (drawn from that server's seeded generator) for the whole round.
void TestSoakMulti::injectFaults()
{
    for (const Kind &k : kinds()) {
        if (m_rng.bounded(2))
            continue;
        const QString e = QStringLiteral("/api/") + k.entity;
        struct Target {
            QByteArray method;
            QString path;
            bool exact;
        };
        const QList<Target> targets{
            {"POST", e, true},                              // creates
            {"POST", e + QLatin1Char('/'), false},          // commands (and fetch)
            {"PATCH", e + QLatin1Char('/'), false},         // updates
            {"GET", e + QStringLiteral("/by-key/"), false}, // lookups of creates
            {"GET", e + QLatin1Char('/'), false},           // lookups of commands, ids
            {"GET", e, true},                               // pull pages
        };
        for (int i = 0, n = 1 + m_rng.bounded(2); i < n; ++i) {
            const Target t = targets.at(m_rng.bounded(int(targets.size())));
            Fault f;
            switch (m_rng.bounded(8)) {
            case 0: f = Fault::reset(); break;
            case 1: f = Fault::commitThenReset(); break;
            case 2: f = Fault::delay(kTimeoutMs + 60); break;
            case 3: f = Fault::status(500); break;
            case 4: f = Fault::status(503).retryAfter(m_rng.bounded(5)); break;
            case 5: f = Fault::truncate(); break;
            case 6: f = Fault::malformed(); break;
            default: f = Fault::status(500).afterCommit(); break;
            }
            f.on(t.method, t.path).withProbability(0.2 + 0.1 * m_rng.bounded(4)).always();
            if (t.exact)
                f.exactly();
            server(k.system).inject(f);
        }
    }
}

// The sides write different fields, so a conflict is unexpected: noted, and decided for this side.
int TestSoakMulti::resolveConflicts()
{
    ConflictStore store(*m_db);
    int n = 0;
    for (const Kind &k : kinds()) {
        auto open = store.open(k.entity);
        if (!open)
            qFatal("%s", qPrintable(open.error()));
        for (const Conflict &c : open.value()) {
            m_conflicts << QStringLiteral("%1 %2 %3: base \"%4\", mine \"%5\", theirs \"%6\"%7")
                               .arg(k.entity).arg(c.recordId).arg(c.field, c.base.toString(), c.mine.toString(), c.theirs.toString(), where());
            store.keepMine(c.id);
            ++n;
        }
    }
    return n;
}

void TestSoakMulti::severalSystemsKeepTheInvariants()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sync().ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_id IS NOT NULL")).toInt(), 4);
    int pushed = 0, retried = 0, failedCycles = 0;
    for (m_round = 0; m_round < m_rounds; ++m_round) {
        localEdits();
        if (QTest::currentTestFailed())
            return;
        serverEdits();
        injectFaults();
        // Mostly past any backoff; sometimes only a second, so entries in backoff must wait.
        m_now = m_now.addSecs(m_rng.bounded(5) == 0 ? 1 : 2 * 3600);
        const SyncSummary s = sync();
        pushed += s.pushed;
        retried += s.retryLater;
        failedCycles += s.ok() ? 0 : 1;
        for (auto &it : m_servers)
            it.second->clearFaults();
        resolveConflicts();
    }
    int commandRequests = 0;
    for (const Kind &k : kinds())
        commandRequests += server(k.system).requestCount("POST", QStringLiteral("/api/%1/").arg(k.entity));
    qInfo("multi soak: %d rounds in %lld ms; %d pushed, %d to retry, %d cycles with errors, %d commands queued, %d command requests",
          m_rounds, timer.elapsed(), pushed, retried, failedCycles, m_commands, commandRequests);

    // Settle: no faults, clean cycles until quiet.
    int cycles = 0;
    for (; cycles < 30; ++cycles) {
        m_now = m_now.addSecs(2 * 3600);
        const SyncSummary s = sync();
        const int decided = resolveConflicts();
        const int open = scalar(QStringLiteral("SELECT count(*) FROM outbox x WHERE x.state <> 'done' AND %1").arg(sql::routed(QStringLiteral("x.")))).toInt();
        if (decided == 0 && s.ok() && s.pushed == 0 && s.pulled == 0 && s.deleted == 0 && open == 0)
            break;
        if (cycles == 29)
            qInfo("last settle cycle: %s", qPrintable(s.errors.join(QStringLiteral("; "))));
    }
    qInfo("settled after %d clean cycles; total %lld ms", cycles + 1, timer.elapsed());

    QStringList problems;
    const QString routed = sql::routed(QStringLiteral("x."));
    // Nothing routed left pending, in flight or refused.
    for (const auto &e : rows(QStringLiteral("SELECT id, entity, record_id, op, state, last_error FROM outbox x WHERE x.state <> 'done' AND %1").arg(routed)))
        problems << QStringLiteral("outbox %1 %2 %3 %4 left %5: %6").arg(e[0].toString(), e[1].toString(), e[2].toString(), e[3].toString(),
                                                                         e[4].toString(), e[5].toString());
    // Exactly once, on the owner only: every create and every command.
    QHash<QString, QString> systemOf;
    for (const Kind &k : kinds())
        systemOf.insert(k.entity, k.system);
    int createKeys = 0, commandKeys = 0;
    for (const auto &e : rows(QStringLiteral("SELECT idempotency_key, entity, record_id, op FROM outbox x WHERE x.op IN ('create','action') AND %1").arg(routed))) {
        const QString key = e[0].toString(), entity = e[1].toString();
        const bool isCreate = e[3].toString() == QLatin1String("create");
        ++(isCreate ? createKeys : commandKeys);
        for (auto &it : m_servers) {
            const int n = isCreate ? it.second->createsForKey(key) : it.second->commandsForKey(key);
            if (n != (it.first == systemOf.value(entity) ? 1 : 0))
                problems << QStringLiteral("%1 of %2 %3 (key %4) applied %5 times on %6").arg(isCreate ? QStringLiteral("create") : QStringLiteral("command"),
                                                                                             entity, e[2].toString(), key).arg(n).arg(it.first);
        }
    }
    // Per system and entity: the cache equals the server, homed there, references resolved.
    int compared = 0;
    for (const Kind &k : kinds()) {
        for (const auto &r : rows(QStringLiteral("SELECT id, coalesce(remote_system, '-'), coalesce(remote_id, '-') FROM %1 "
                                                 "WHERE remote_id IS NULL OR coalesce(remote_system, '') <> ?").arg(k.table), {k.system}))
            problems << QStringLiteral("local %1 %2: system \"%3\", remote id \"%4\" (expected on %5)").arg(k.entity, r[0].toString(), r[1].toString(),
                                                                                                        r[2].toString(), k.system);
        for (auto &it : m_servers)
            if (it.first != k.system && it.second->count(k.entity) > 0)
                problems << QStringLiteral("%1 %2 records on %3, which does not own them").arg(it.second->count(k.entity)).arg(k.entity, it.first);
        QHash<QString, QVariantList> local;
        for (const auto &r : rows(QStringLiteral("SELECT remote_id, id, %1, %2 FROM %3 WHERE remote_id IS NOT NULL")
                                      .arg(k.fields.join(QLatin1Char(',')), k.refersToCustomer ? QStringLiteral("customer_id") : QStringLiteral("NULL"), k.table))) {
            if (local.contains(r[0].toString()))
                problems << QStringLiteral("%1 %2 is twice in the cache").arg(k.entity, r[0].toString());
            local.insert(r[0].toString(), r);
        }
        for (const FakeRecord &s : server(k.system).records(k.entity)) {
            const QVariantList r = local.take(s.id);
            if (r.isEmpty()) {
                problems << QStringLiteral("%1 %2 on %3 is not in the cache").arg(k.entity, s.id, k.system);
                continue;
            }
            ++compared;
            for (int i = 0; i < k.fields.size(); ++i)
                if (norm(r[2 + i]) != norm(s.fields.value(k.fields.at(i))))
                    problems << QStringLiteral("%1 %2 (local %3) %4: cache \"%5\", server \"%6\"")
                                    .arg(k.entity, s.id, r[1].toString(), k.fields.at(i), norm(r[2 + i]), norm(s.fields.value(k.fields.at(i))));
            if (k.refersToCustomer) {
                const QVariantMap ref = s.fields.value(QStringLiteral("customer_id")).toMap();
                const QVariant named = scalar(QStringLiteral("SELECT id FROM customers WHERE remote_system = 'erp' AND remote_id = ?"),
                                              {ref.value(QStringLiteral("id"))});
                if (ref.value(QStringLiteral("system")).toString() != QLatin1String("erp")
                    || !server(QStringLiteral("erp")).record(QStringLiteral("customer"), ref.value(QStringLiteral("id")).toString()))
                    problems << QStringLiteral("%1 %2 names customer %3, not a live ERP customer").arg(k.entity, s.id,
                                    QString::fromUtf8(QJsonDocument::fromVariant(s.fields.value(QStringLiteral("customer_id"))).toJson(QJsonDocument::Compact)));
                else if (!named.isValid() || named.toLongLong() != r.last().toLongLong())
                    problems << QStringLiteral("%1 %2 (local %3) points at local customer %4; the server names ERP %5 (local %6)")
                                    .arg(k.entity, s.id, r[1].toString(), r.last().toString(), ref.value(QStringLiteral("id")).toString(), named.toString());
            }
        }
        for (auto it = local.cbegin(); it != local.cend(); ++it)
            problems << QStringLiteral("cache %1 %2 is not on %3").arg(k.entity, it.key(), k.system);
    }
    qInfo("checked %d create keys, %d command keys, %d records field by field; total %lld ms", createKeys, commandKeys, compared, timer.elapsed());
    const QString seed = QStringLiteral("\nseed %1 (replay: SB_SOAKMULTI_SEED=%1 SB_SOAKMULTI_ROUNDS=%2)").arg(m_seed).arg(m_rounds);
    QVERIFY2(createKeys > 0 && commandKeys > 0 && compared > 0, "the multi-system soak did nothing: the generator is broken");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + seed));
    QVERIFY2(m_conflicts.isEmpty(), qPrintable(QStringLiteral("conflicts, though the sides write different fields:\n") + m_conflicts.join(QLatin1Char('\n')) + seed));
}

QTEST_GUILESS_MAIN(TestSoakMulti)
#include "tst_soakmulti.moc"
