// Soak: many rounds of random local edits, random server edits and random faults, one sync
// cycle each; then a clean settle and the invariants of docs/sync.md ("every local edit is on
// the server exactly once or visibly failed, and the cache equals the server").
// Replay a failure with SB_SOAK_SEED=<seed printed>; SB_SOAK_ROUNDS for longer runs (past ~5000
// rounds also raise QTEST_FUNCTION_TIMEOUT, in ms: QtTest stops a test function after 300 s).
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/ChangeWriter.h"
#include "models/store/ConflictStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "sync/engine/SyncEngine.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace sb;

namespace {
const QStringList kCustomerFields{QStringLiteral("name"), QStringLiteral("grade"), QStringLiteral("notes"),
                                  QStringLiteral("region")};
const QStringList kGrades{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
const QStringList kRegions{QStringLiteral("华东"), QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("West")};
constexpr int kMaxCustomers = 40; // keeps a round cheap: the pull overlap re-reads recent records
constexpr int kConnectorTimeoutMs = 150;

// Empty text and NULL are the same value to every layer (ChangeWriter normalizes them).
QString norm(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString().trimmed();
}
} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void randomFaultsKeepTheInvariants();

private:
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &bindings = {});
    SyncSummary sync();
    void localEdits();
    void serverEdits();
    void injectFaults();
    void cascadeOnServer();
    int resolveConflicts(int max);
    QVariant value(const QString &field, bool local = true);
    QString where() const { return QStringLiteral(" (seed %1, round %2)").arg(m_seed).arg(m_round); }

    quint32 m_seed = 0;
    int m_rounds = 1000;
    int m_round = 0;
    int m_counter = 0;
    bool m_mineNext = true;
    bool m_ruleOn = false;
    QRandomGenerator m_rng;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<FakeConnector> m_connector;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSoak::initTestCase()
{
    bool ok = false;
    // CI runs a fixed seed so a red build is always reproducible; SB_..._SEED=random explores.
    m_seed = qEnvironmentVariable("SB_SOAK_SEED").toUInt(&ok);
    if (!ok)
        m_seed = qEnvironmentVariable("SB_SOAK_SEED") == QLatin1String("random") ? QRandomGenerator::global()->generate() : 20261128u;
    const int rounds = qEnvironmentVariable("SB_SOAK_ROUNDS").toInt(&ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    qInfo("soak seed %u, %d rounds (replay: SB_SOAK_SEED=%u)", m_seed, m_rounds, m_seed);
    m_rng.seed(m_seed);
    // Thousands of cycles: the engine's own log lines would drown the report (SB_SOAK_VERBOSE keeps them).
    if (qEnvironmentVariableIsEmpty("SB_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("salesbridge.sync*=false"));

    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    m_server->setSeed(m_seed);
    m_connector = std::make_unique<FakeConnector>(m_nam.get(), m_server->baseUrl(),
                                                  QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
    m_connector->setTimeoutMs(kConnectorTimeoutMs);
    m_now = QDateTime::currentDateTimeUtc();
    m_engine = std::make_unique<SyncEngine>(*m_db, [this] { return m_now; });
    m_engine->addConnector(m_connector.get(), 1);
    m_engine->setPageSize(7); // several pages per pull, so page faults land mid-pull
    // The server refuses notes starting with "BAD" while the rule is on (toggled during the run).
    m_server->addRule(QStringLiteral("customer"), QStringLiteral("notes"),
                      [this](const QVariant &v) { return !m_ruleOn || !v.toString().startsWith(QLatin1String("BAD")); },
                      QStringLiteral("Notes may not start with BAD"));
}

QVariant TestSoak::scalar(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
    return r.value();
}

QList<QVariantList> TestSoak::rows(const QString &sql, const QVariantList &bindings)
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

SyncSummary TestSoak::sync()
{
    QSignalSpy done(m_engine.get(), &SyncEngine::finished);
    m_engine->start();
    // Generous: a long run (SB_SOAK_ROUNDS=100000) shares the machine with other work, and a
    // starved cycle is not a failure of the engine.
    if (!done.wait(120000))
        qFatal("sync did not finish (seed %u, round %d)", m_seed, m_round);
    return done.first().first().value<SyncSummary>();
}

QVariant TestSoak::value(const QString &field, bool local)
{
    const int n = ++m_counter;
    if (field == QLatin1String("name"))
        return QStringLiteral("Name %1").arg(n);
    if (field == QLatin1String("grade")) {
        // Never cleared from here: a cleared grade reaches the server as "" and then wedges the
        // record (bug 1 in the report); notes and region clears still show that bug below.
        if (!local && m_rng.bounded(6) == 0)
            return QVariant();
        return kGrades.at(m_rng.bounded(int(kGrades.size())));
    }
    if (field == QLatin1String("region"))
        return kRegions.at(m_rng.bounded(int(kRegions.size())));
    // notes: sometimes a value the server's rule refuses, sometimes cleared
    const int pick = m_rng.bounded(10);
    if (pick == 0)
        return QStringLiteral("BAD note %1").arg(n);
    if (pick == 1)
        return QVariant();
    return QStringLiteral("note %1").arg(n);
}

void TestSoak::localEdits()
{
    CustomerStore store(*m_db);
    ChangeWriter writer(*m_db);
    const int ops = m_rng.bounded(4);
    for (int i = 0; i < ops; ++i) {
        const auto customers = rows(QStringLiteral("SELECT id FROM customers WHERE local_state <> 3 ORDER BY id"));
        const auto contacts = rows(QStringLiteral("SELECT id FROM contacts WHERE local_state <> 3 ORDER BY id"));
        const int alive = int(customers.size());
        auto pickCustomer = [&] { return customers.at(m_rng.bounded(alive)).first().toLongLong(); };
        const int op = m_rng.bounded(10);
        Status s = Status::ok();
        QString what;
        if ((op <= 1 || alive == 0) && alive + m_server->count(QStringLiteral("customer")) / 2 < kMaxCustomers) {
            what = QStringLiteral("create customer");
            QVariantMap f{{QStringLiteral("name"), value(QStringLiteral("name"))}};
            for (const QString &field : {QStringLiteral("grade"), QStringLiteral("notes"), QStringLiteral("region")})
                if (m_rng.bounded(2))
                    f.insert(field, value(field));
            auto id = store.create(f);
            s = id ? Status::ok() : Status::fail(id.error());
        } else if (alive == 0) {
            continue;
        } else if (op == 2) {
            what = QStringLiteral("add contact");
            auto id = store.addContact(pickCustomer(), {{QStringLiteral("name"), QStringLiteral("Contact %1").arg(++m_counter)}});
            s = id ? Status::ok() : Status::fail(id.error());
        } else if (op <= 6) {
            what = QStringLiteral("update customer");
            QVariantMap changes;
            const int n = 1 + m_rng.bounded(2);
            for (int k = 0; k < n; ++k) {
                const QString field = kCustomerFields.at(m_rng.bounded(int(kCustomerFields.size())));
                changes.insert(field, value(field));
            }
            s = store.update(pickCustomer(), changes);
        } else if (op == 7 && !contacts.isEmpty()) {
            what = QStringLiteral("update contact");
            s = store.updateContact(contacts.at(m_rng.bounded(int(contacts.size()))).first().toLongLong(),
                                    {{QStringLiteral("name"), QStringLiteral("Contact %1").arg(++m_counter)}});
        } else if (op == 8) {
            // A customer goes with its contacts, as the ERP would cascade them.
            what = QStringLiteral("delete customer");
            const qint64 id = pickCustomer();
            for (const auto &c : rows(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND local_state <> 3"), {id}))
                if (s)
                    s = writer.remove(entities::contact(), c.first().toLongLong());
            if (s)
                s = store.remove(id);
        } else {
            continue;
        }
        QVERIFY2(s, qPrintable(what + QStringLiteral(": ") + s.error() + where()));
    }
}

void TestSoak::serverEdits()
{
    const QString customer = QStringLiteral("customer"), contact = QStringLiteral("contact");
    const int ops = m_rng.bounded(4);
    for (int i = 0; i < ops; ++i) {
        const QList<FakeRecord> customers = m_server->records(customer);
        const QList<FakeRecord> contacts = m_server->records(contact);
        const int op = m_rng.bounded(10);
        if (op == 0 || customers.isEmpty()) {
            if (customers.size() < kMaxCustomers)
                m_server->insert(customer, {{QStringLiteral("name"), value(QStringLiteral("name"))},
                                            {QStringLiteral("grade"), value(QStringLiteral("grade"), false)},
                                            {QStringLiteral("region"), value(QStringLiteral("region"))}});
            continue;
        }
        const FakeRecord c = customers.at(m_rng.bounded(int(customers.size())));
        if (op <= 5) {
            // Same fields the client edits: both sides changing one field makes conflicts.
            QVariantMap changes;
            const QString field = kCustomerFields.at(m_rng.bounded(int(kCustomerFields.size())));
            QVariant v = value(field, false);
            if (field == QLatin1String("notes") && v.toString().startsWith(QLatin1String("BAD")))
                v = QStringLiteral("server note %1").arg(m_counter);
            changes.insert(field, v);
            QVERIFY(m_server->edit(customer, c.id, changes));
        } else if (op == 6) {
            QVERIFY(m_server->remove(customer, c.id));
            cascadeOnServer();
        } else if (op == 7) {
            m_server->insert(contact, {{QStringLiteral("name"), QStringLiteral("Server contact %1").arg(++m_counter)},
                                       {QStringLiteral("customer_id"), c.id}});
        } else if (op == 8 && !contacts.isEmpty()) {
            const FakeRecord k = contacts.at(m_rng.bounded(int(contacts.size())));
            QVERIFY(m_server->edit(contact, k.id, {{QStringLiteral("name"), QStringLiteral("Server contact %1").arg(++m_counter)}}));
        } else if (op == 9 && !contacts.isEmpty()) {
            QVERIFY(m_server->remove(contact, contacts.at(m_rng.bounded(int(contacts.size()))).id));
        }
    }
}

// The ERP deletes a customer's contacts with it (a DELETE that arrived through the API too).
void TestSoak::cascadeOnServer()
{
    QSet<QString> live;
    for (const FakeRecord &c : m_server->records(QStringLiteral("customer")))
        live.insert(c.id);
    for (const FakeRecord &k : m_server->records(QStringLiteral("contact")))
        if (!live.contains(k.fields.value(QStringLiteral("customer_id")).toString()))
            m_server->remove(QStringLiteral("contact"), k.id);
}

void TestSoak::injectFaults()
{
    struct Target {
        QByteArray method;
        QString path;
        bool exact;
    };
    static const QList<Target> writes{
        {"POST", QStringLiteral("/api/customer"), true},   {"POST", QStringLiteral("/api/contact"), true},
        {"PATCH", QStringLiteral("/api/customer/"), false}, {"PATCH", QStringLiteral("/api/contact/"), false},
        {"DELETE", QStringLiteral("/api/customer/"), false}, {"DELETE", QStringLiteral("/api/contact/"), false},
        {"GET", QStringLiteral("/api/customer/by-key/"), false}, {"GET", QStringLiteral("/api/contact/by-key/"), false},
    };
    static const QList<Target> reads{
        {"GET", QStringLiteral("/api/customer"), true}, {"GET", QStringLiteral("/api/contact"), true},
        {"GET", QStringLiteral("/api/customer/ids"), true}, {"GET", QStringLiteral("/api/contact/ids"), true},
    };
    const int n = m_rng.bounded(3);
    for (int i = 0; i < n; ++i) {
        const int kind = m_rng.bounded(12);
        const bool pageFault = kind >= 9;
        const QList<Target> &from = pageFault ? reads : m_rng.bounded(3) ? writes : reads;
        const Target t = from.at(m_rng.bounded(pageFault ? 2 : int(from.size())));
        Fault f;
        switch (kind) {
        case 0: f = Fault::reset(); break;
        case 1: f = Fault::commitThenReset(); break;
        case 2: f = Fault::delay(kConnectorTimeoutMs + 60); break;
        case 3: f = Fault::status(500); break;
        case 4: f = Fault::status(503).retryAfter(m_rng.bounded(5)); break;
        case 5: f = Fault::status(429).retryAfter(1 + m_rng.bounded(30)); break;
        case 6: f = Fault::truncate(); break;
        case 7: f = Fault::malformed(); break;
        case 8: f = Fault::status(500).afterCommit(); break;
        case 9: f = Fault::duplicatePage(); break;
        case 10: f = Fault::reorderPage(); break;
        default: f = Fault::cursorInvalid(); break;
        }
        f.on(t.method, t.path).times(1 + m_rng.bounded(2));
        if (t.exact)
            f.exactly();
        m_server->inject(f);
    }
}

int TestSoak::resolveConflicts(int max)
{
    ConflictStore conflicts(*m_db);
    int resolved = 0;
    // Per entity: open() with its default (null) entity matches nothing, see the report.
    QList<Conflict> all;
    for (const QString &entity : {QStringLiteral("customer"), QStringLiteral("contact")}) {
        auto open = conflicts.open(entity);
        if (!open)
            qFatal("%s", qPrintable(open.error()));
        all += open.value();
    }
    for (const Conflict &c : all) {
        if (resolved >= max)
            break;
        const Status s = m_mineNext ? conflicts.keepMine(c.id) : conflicts.takeTheirs(c.id);
        // An earlier decision in this loop may have settled this one (a record deleted with its children).
        if (!s)
            qInfo("conflict %lld (%s %lld %s) not resolved: %s", c.id, qPrintable(c.entity), c.recordId,
                  qPrintable(c.field), qPrintable(s.error()));
        m_mineNext = !m_mineNext;
        ++resolved;
    }
    return resolved;
}

void TestSoak::randomFaultsKeepTheInvariants()
{
    QElapsedTimer timer;
    timer.start();
    int conflicts = 0, failed = 0, pushed = 0;
    for (m_round = 0; m_round < m_rounds; ++m_round) {
        cascadeOnServer();
        localEdits();
        if (QTest::currentTestFailed())
            return;
        serverEdits();
        if (QTest::currentTestFailed())
            return;
        injectFaults();
        if (m_rng.bounded(5) == 0)
            m_server->setClockSkew(qint64(m_rng.bounded(4001)) - 2000);
        if (m_rng.bounded(20) == 0)
            m_ruleOn = !m_ruleOn; // validation rules change while the client works
        // Mostly past any backoff; sometimes only a second, so entries in backoff must wait.
        m_now = m_now.addSecs(m_rng.bounded(5) == 0 ? 1 : 2 * 3600);
        const SyncSummary s = sync();
        conflicts += s.conflicts;
        failed += s.pushFailed;
        pushed += s.pushed;
        m_server->clearFaults();
        if (m_rng.bounded(3) == 0)
            resolveConflicts(1 + m_rng.bounded(2));
        if ((m_round + 1) % 1000 == 0 && m_round + 1 < m_rounds)
            qInfo("round %d after %lld ms", m_round + 1, timer.elapsed()); // long runs: where the time goes
    }
    qInfo("soak: %d rounds in %lld ms; %d pushed, %d refused, %d conflicts; server has %d customers, %d contacts",
          m_rounds, timer.elapsed(), pushed, failed, conflicts, m_server->count(QStringLiteral("customer")),
          m_server->count(QStringLiteral("contact")));

    // Settle: no more faults or rules, every conflict decided, clean cycles until quiet.
    m_server->clearFaults();
    m_server->clearRules();
    m_server->setClockSkew(0);
    m_ruleOn = false;
    const QString activeSql = QStringLiteral(
        "SELECT count(*) FROM outbox o WHERE o.state IN ('pending','in_flight') AND NOT EXISTS "
        "(SELECT 1 FROM outbox p WHERE p.entity = o.entity AND p.record_id = o.record_id AND p.id < o.id AND p.state = 'failed')");
    int cycles = 0;
    for (; cycles < 40; ++cycles) {
        cascadeOnServer();
        const int decided = resolveConflicts(1000);
        m_now = m_now.addSecs(2 * 3600);
        const SyncSummary s = sync();
        qInfo("settle cycle %d: decided %d, pushed %d, refused %d, retry %d, pulled %d, deleted %d, conflicts %d, errors: %s",
              cycles, decided, s.pushed, s.pushFailed, s.retryLater, s.pulled, s.deleted, s.conflicts,
              qPrintable(s.errors.join(QStringLiteral("; "))));
        if (decided == 0 && s.ok() && s.pushed == 0 && s.conflicts == 0 && s.pulled == 0 && s.deleted == 0
            && scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")).toInt() == 0)
            break;
    }
    qInfo("settled after %d clean cycles; total %lld ms", cycles + 1, timer.elapsed());

    // ---- the invariants ----
    const QString customerT = QStringLiteral("customer"), contactT = QStringLiteral("contact");

    // (d) no open conflicts
    const auto openConflicts = rows(QStringLiteral("SELECT id, entity, record_id, field FROM conflicts WHERE resolved_at IS NULL"));
    QStringList report;
    for (const auto &c : openConflicts)
        report << QStringLiteral("open conflict %1 on %2 %3 field %4").arg(c[0].toString(), c[1].toString(), c[2].toString(), c[3].toString());

    // (a) nothing pending or in flight; failures carry their reason on the entry and the record.
    QStringList orphans, blockedByParent, stuck;
    int waitingForRefusedParent = 0;
    for (const auto &e : rows(QStringLiteral("SELECT o.id, o.entity, o.record_id, o.op, o.state, o.last_error, "
                                             "(SELECT count(*) FROM outbox p WHERE p.entity = o.entity AND p.record_id = o.record_id "
                                             " AND p.id < o.id AND p.state = 'failed') "
                                             "FROM outbox o WHERE o.state <> 'done' ORDER BY o.id"))) {
        const QString entity = e[1].toString();
        const qint64 recordId = e[2].toLongLong();
        const QString table = entity == customerT ? QStringLiteral("customers") : QStringLiteral("contacts");
        const QVariant error = scalar(QStringLiteral("SELECT coalesce(sync_error, '') FROM %1 WHERE id = ?").arg(table), {recordId});
        const QString line = QStringLiteral("outbox %1 %2 %3 %4 %5 (%6)").arg(e[0].toString(), entity, e[2].toString(),
                                                                            e[3].toString(), e[4].toString(), e[5].toString());
        if (e[4].toString() == QLatin1String("failed")) {
            if (e[5].toString().isEmpty() || (error.isValid() && error.toString().isEmpty()))
                stuck << line + QStringLiteral(": refused without a visible reason");
            continue;
        }
        if (!error.isValid()) {
            orphans << line + QStringLiteral(": its row is gone");
        } else if (e[6].toInt() > 0) {
            // Queued behind a refused change of the same record: the record shows the reason.
            if (error.toString().isEmpty())
                stuck << line + QStringLiteral(": behind a refused change, no reason on the record");
        } else if (entity == contactT
                   && scalar(QStringLiteral("SELECT count(*) FROM contacts k JOIN outbox p ON p.entity = 'customer' AND "
                                            "p.record_id = k.customer_id AND p.state = 'failed' WHERE k.id = ?"),
                             {recordId}).toInt() > 0) {
            // Waits for its customer, whose change was refused: it goes once that is fixed, and
            // until then the entry and the row say why, with the customer's reason.
            const QString parentReason = scalar(QStringLiteral("SELECT p.last_error FROM contacts k JOIN outbox p ON p.entity = 'customer' "
                                                               "AND p.record_id = k.customer_id AND p.state = 'failed' WHERE k.id = ? "
                                                               "ORDER BY p.id DESC LIMIT 1"),
                                                {recordId}).toString();
            // The record's oldest change is the one that waits; later ones queue behind it.
            const QString reason = scalar(QStringLiteral("SELECT last_error FROM outbox WHERE entity = ? AND record_id = ? "
                                                         "AND state <> 'done' ORDER BY id LIMIT 1"),
                                          {entity, recordId}).toString();
            if (reason.isEmpty() || error.toString() != reason || parentReason.isEmpty() || !reason.contains(parentReason))
                blockedByParent << line + QStringLiteral(": its customer's change was refused (\"%1\"), the contact does not say so "
                                                         "(row: \"%2\")").arg(parentReason, error.toString());
            else
                ++waitingForRefusedParent;
        } else {
            // Say what holds it: earlier entries of the record, open conflicts, the row's state.
            QStringList why;
            for (const auto &p : rows(QStringLiteral("SELECT id, op, state, next_attempt_at FROM outbox WHERE entity = ? AND record_id = ? ORDER BY id"),
                                      {entity, recordId}))
                why << QStringLiteral("%1:%2:%3:%4").arg(p[0].toString(), p[1].toString(), p[2].toString(), p[3].toString());
            why << QStringLiteral("open conflicts %1").arg(scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE entity = ? AND record_id = ? AND resolved_at IS NULL"), {entity, recordId}).toInt());
            why << QStringLiteral("row %1").arg(rows(QStringLiteral("SELECT remote_id, local_state FROM %1 WHERE id = ?").arg(table), {recordId}).value(0).value(0).toString());
            stuck << line + QStringLiteral(" [") + why.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
    }

    // (b) exactly once: no create key applied twice, no local row behind two server records.
    QHash<QString, QPair<QString, qint64>> createKeys; // key -> (entity, local row)
    QStringList duplicates;
    for (const auto &e : rows(QStringLiteral("SELECT idempotency_key, entity, record_id FROM outbox WHERE op = 'create'"))) {
        createKeys.insert(e[0].toString(), {e[1].toString(), e[2].toLongLong()});
        if (m_server->createsForKey(e[0].toString()) > 1)
            duplicates << QStringLiteral("create key %1 (%2 %3) applied %4 times").arg(e[0].toString(), e[1].toString(), e[2].toString())
                          .arg(m_server->createsForKey(e[0].toString()));
    }
    for (const QString &entity : {customerT, contactT}) {
        QHash<qint64, QString> serverRowFor;
        for (const FakeRecord &r : m_server->records(entity)) {
            const auto it = createKeys.constFind(r.key);
            if (r.key.isEmpty() || it == createKeys.cend())
                continue;
            if (serverRowFor.contains(it->second))
                report << QStringLiteral("local %1 %2 has two server records: %3 and %4").arg(entity).arg(it->second)
                              .arg(serverRowFor.value(it->second), r.id);
            serverRowFor.insert(it->second, r.id);
        }
    }

    // (c) the cache equals the server: the same remote ids, the same values of the synced fields.
    int compared = 0, skippedRefused = 0;
    for (const QString &entity : {customerT, contactT}) {
        const QString table = entity == customerT ? QStringLiteral("customers") : QStringLiteral("contacts");
        const QStringList fields = entity == customerT ? kCustomerFields : QStringList{QStringLiteral("name"), QStringLiteral("customer_id")};
        QHash<QString, QVariantList> local;
        for (const auto &r : rows(QStringLiteral("SELECT remote_id, id, %1 FROM %2 WHERE remote_id IS NOT NULL").arg(fields.join(QLatin1Char(',')), table)))
            local.insert(r[0].toString(), r.mid(1));
        for (const auto &r : rows(QStringLiteral("SELECT id FROM %1 t WHERE remote_id IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o "
                                                 "WHERE o.entity = ? AND o.record_id = t.id AND o.state <> 'done')").arg(table), {entity}))
            report << QStringLiteral("local %1 %2 never reached the server and nothing says why").arg(entity, r[0].toString());
        QSet<QString> seen;
        for (const FakeRecord &s : m_server->records(entity)) {
            seen.insert(s.id);
            const auto it = local.constFind(s.id);
            if (it == local.cend()) {
                report << QStringLiteral("server %1 %2 %3 is not in the cache").arg(entity, s.id, s.fields.value(QStringLiteral("name")).toString());
                continue;
            }
            const qint64 localId = it->at(0).toLongLong();
            if (scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND state <> 'done'"),
                       {entity, localId}).toInt() > 0) {
                ++skippedRefused; // a refused change stays local, visibly: the values differ on purpose
                continue;
            }
            ++compared;
            for (int i = 0; i < fields.size(); ++i) {
                QString mine = norm(it->at(i + 1));
                if (fields.at(i) == QLatin1String("customer_id"))
                    mine = scalar(QStringLiteral("SELECT remote_id FROM customers WHERE id = ?"), {it->at(i + 1)}).toString();
                const QString theirs = norm(s.fields.value(fields.at(i)));
                if (mine != theirs)
                    report << QStringLiteral("%1 %2 (local %3) %4: cache \"%5\", server \"%6\"")
                                  .arg(entity, s.id).arg(localId).arg(fields.at(i), mine, theirs);
            }
        }
        for (auto it = local.cbegin(); it != local.cend(); ++it)
            if (!seen.contains(it.key()))
                report << QStringLiteral("cache %1 %2 (local %3) is not on the server").arg(entity, it.key(), it->at(0).toString());
    }
    qInfo("compared %d records field by field, %d held by a refused change; %d orphaned, %d waiting for a refused parent",
          compared, skippedRefused, int(orphans.size()), waitingForRefusedParent);
    QVERIFY2(compared > 0, "the soak compared nothing: the generator is broken");

    // A field cleared here must be cleared on the server (null), not set to empty text.
    QStringList emptyText;
    for (const QString &entity : {customerT, contactT})
        for (const FakeRecord &r : m_server->records(entity))
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
                    emptyText << QStringLiteral("%1 %2 %3").arg(entity, r.id, it.key());

    const QString seed = QStringLiteral("\nseed %1 (replay: SB_SOAK_SEED=%1 SB_SOAK_ROUNDS=%2)").arg(m_seed).arg(m_rounds);
    QVERIFY2(report.isEmpty(), qPrintable(report.join(QLatin1Char('\n')) + seed));
    QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(QLatin1Char('\n')) + seed));
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char('\n')) + seed));
    // Both fixed: a customer deleted here takes the pending changes of its contacts with it, and
    // a cleared field travels as null. Strict checks, so neither comes back.
    QVERIFY2(orphans.isEmpty(), qPrintable(orphans.join(QLatin1Char('\n')) + seed));
    QVERIFY2(blockedByParent.isEmpty(), qPrintable(blockedByParent.join(QLatin1Char('\n')) + seed));
    QVERIFY2(emptyText.isEmpty(), qPrintable(QStringLiteral("cleared fields stored as empty text: ") + emptyText.join(QStringLiteral(", ")) + seed));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
