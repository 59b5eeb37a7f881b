// bench_tryton_push: the push rate of offline changes to a real trytond. A workspace synced from
// the seeded test database plus N existing customers and opportunities made offline
//   - N new customers, each with a contact (an e-mail), typed one after the other,
//   - N edits of existing customers (their name),
//   - N/3 stage moves of opportunities (lead -> qualified: Tryton's `opportunity` button),
// 1,000 changes for N = 300, is pushed in one sync cycle: with batches (the engine's default), and
// one change at a time (batches off, as before), each on a fresh copy of the server; beside a bare
// JSON-RPC client (a minimal one in this file) making the same changes in batched calls with no
// look-ups and no read-backs. Prints changes per second for each, from one run, and checks that
// every change arrived exactly once.
// Usage: bench_tryton_push [--customers N] [--no-unbatched]
#include "../tryton/TrytonServer.h"

#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace sb;
using namespace sb::testing;

namespace {

QTextStream out(stdout);

// The connector as it was before batches: every change alone.
class OneAtATimeConnector : public TrytonConnector {
public:
    using TrytonConnector::TrytonConnector;
    int batchLimit(const QString &, BatchOp) const override { return 0; }
};

QJsonArray nameDomain(const QString &pattern)
{
    return QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("like"), pattern})};
}

// N parties and N/3 (rounded up) opportunities (state lead) already in the ERP, made in a few calls.
bool seedExisting(TrytonServer &server, int n, QString *error)
{
    QJsonArray parties;
    for (int i = 0; i < n; ++i)
        parties.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Existing party %1").arg(i, 4, 10, QLatin1Char('0'))}});
    const QJsonArray ids = server.call(QStringLiteral("model.party.party.create"), QJsonArray{QJsonValue(parties)}, {}, error).toArray();
    if (ids.size() != n)
        return false;
    QJsonArray opps;
    for (int i = 0; i < (n + 2) / 3; ++i)
        opps.append(QJsonObject{{QStringLiteral("party"), ids.at(i)},
                                {QStringLiteral("description"), QStringLiteral("Existing deal %1").arg(i)},
                                {QStringLiteral("amount"), QStringLiteral("1000.00")}});
    if (!opps.isEmpty())
        server.call(QStringLiteral("model.sale.opportunity.create"), QJsonArray{QJsonValue(opps)}, {}, error);
    return error->isEmpty();
}

struct Cycle {
    double pushSeconds = 0; // from start until the outbox has nothing open
    double cycleSeconds = 0;
    SyncSummary summary;
};

Cycle runCycle(Database &db, Connector &connector)
{
    SyncEngine engine(db);
    engine.setPageSize(500);
    engine.addConnector(&connector, 1);
    Cycle c;
    QEventLoop loop;
    QElapsedTimer t;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto open = db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"));
        if (open && open.value().toInt() == 0 && c.pushSeconds == 0)
            c.pushSeconds = t.elapsed() / 1000.0;
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        c.summary = s;
        c.cycleSeconds = t.elapsed() / 1000.0;
        loop.quit();
    });
    t.start();
    poll.start();
    QTimer::singleShot(0, &engine, &SyncEngine::start);
    loop.exec();
    if (c.pushSeconds == 0)
        c.pushSeconds = c.cycleSeconds; // something stayed open: the whole cycle, said below
    return c;
}

// The offline work, typed in the order a person would: a new customer and its contact, an edit
// of an existing customer, every third time a stage move. Returns the changes queued.
int makeChanges(Database &db, int n)
{
    ChangeWriter writer(db);
    QList<qint64> existing, deals;
    if (auto r = db.exec(QStringLiteral("SELECT id FROM customers WHERE name LIKE 'Existing party %' ORDER BY name")))
        while (r.value().next())
            existing << r.value().value(0).toLongLong();
    if (auto r = db.exec(QStringLiteral("SELECT id FROM opportunities WHERE title LIKE 'Existing deal %' ORDER BY id")))
        while (r.value().next())
            deals << r.value().value(0).toLongLong();
    for (int i = 0; i < n; ++i) {
        auto c = writer.create(entities::customer(), {{QStringLiteral("name"), QStringLiteral("Push bench customer %1").arg(i)}});
        if (!c)
            qFatal("%s", qPrintable(c.error()));
        auto p = writer.create(entities::contact(), {{QStringLiteral("customer_id"), c.value()},
                                                     {QStringLiteral("name"), QStringLiteral("Push bench person %1").arg(i)},
                                                     {QStringLiteral("email"), QStringLiteral("person%1@bench.example.com").arg(i)}});
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        if (i < existing.size())
            if (Status s = writer.update(entities::customer(), existing.at(i), {{QStringLiteral("name"), QStringLiteral("Edited party %1").arg(i)}}); !s)
                qFatal("%s", qPrintable(s.error()));
        if (i % 3 == 0 && i / 3 < deals.size())
            if (Status s = writer.update(entities::opportunity(), deals.at(i / 3), {{QStringLiteral("stage"), QStringLiteral("qualified")}}); !s)
                qFatal("%s", qPrintable(s.error()));
    }
    auto open = db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    return open ? open.value().toInt() : 0;
}

// What arrived, counted in Tryton: every change once.
QString exactlyOnce(TrytonServer &server, int n)
{
    auto count = [&](const QString &model, const QJsonArray &domain) {
        return server.call(QStringLiteral("model.%1.search_count").arg(model), QJsonArray{QJsonValue(domain)}).toInt(-1);
    };
    const int parties = count(QStringLiteral("party.party"), nameDomain(QStringLiteral("Push bench customer %")));
    const int mechanisms = count(QStringLiteral("party.contact_mechanism"), nameDomain(QStringLiteral("Push bench person %")));
    const int edited = count(QStringLiteral("party.party"), nameDomain(QStringLiteral("Edited party %")));
    const int moved = count(QStringLiteral("sale.opportunity"), QJsonArray{QJsonArray{QStringLiteral("state"), QStringLiteral("="), QStringLiteral("opportunity")},
                                                                             QJsonArray{QStringLiteral("description"), QStringLiteral("like"), QStringLiteral("Existing deal %")}});
    const int keys = count(QStringLiteral("party.identifier"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("code"), QStringLiteral("like"), QStringLiteral("SB-%")})});
    const bool ok = parties == n && mechanisms == n && edited == n && moved == (n + 2) / 3 && keys >= n;
    return QStringLiteral("%1 (new parties %2, contacts %3, edited %4, moved %5, SB- identifiers %6)")
        .arg(ok ? QStringLiteral("exactly once") : QStringLiteral("MISMATCH"))
        .arg(parties).arg(mechanisms).arg(edited).arg(moved).arg(keys);
}

struct EngineRun {
    int changes = 0;
    Cycle cycle;
    QString check;
};

EngineRun engineRun(const QString &label, bool batches, int n)
{
    EngineRun run;
    TrytonServer server;
    QString error;
    if (!server.start(&error) || !seedExisting(server, n, &error))
        qFatal("%s: %s", qPrintable(label), qPrintable(error));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("push.sbw")));
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    if (!db.value()->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) "
                                         "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                          {server.url().toString()}))
        qFatal("connector row");
    QNetworkAccessManager nam;
    {
        TrytonConnector first(&nam, server.config());
        const Cycle initial = runCycle(*db.value(), first);
        if (!initial.summary.ok())
            qFatal("first sync: %s", qPrintable(initial.summary.errors.join(QLatin1Char(' '))));
    }
    run.changes = makeChanges(*db.value(), n);
    std::unique_ptr<TrytonConnector> connector = batches ? std::make_unique<TrytonConnector>(&nam, server.config())
                                                         : std::make_unique<OneAtATimeConnector>(&nam, server.config());
    run.cycle = runCycle(*db.value(), *connector);
    run.check = exactlyOnce(server, n);
    auto open = db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'"));
    const SyncSummary &s = run.cycle.summary;
    out << QStringLiteral("%1: %2 changes pushed in %3 s = %4 changes/s (cycle with pulls %5 s; sent %6, refused %7, retry %8, "
                          "still open %9); %10\n")
               .arg(label, -24).arg(run.changes).arg(run.cycle.pushSeconds, 0, 'f', 1)
               .arg(run.changes / run.cycle.pushSeconds, 0, 'f', 1).arg(run.cycle.cycleSeconds, 0, 'f', 1)
               .arg(s.pushed).arg(s.pushFailed).arg(s.retryLater).arg(open ? open.value().toInt() : -1).arg(run.check);
    out.flush();
    return run;
}

// The same changes as JSON-RPC calls in batches, nothing else: the floor for this server.
double bareRun(int n)
{
    TrytonServer server;
    QString error;
    if (!server.start(&error) || !seedExisting(server, n, &error))
        qFatal("bare: %s", qPrintable(error));
    QJsonArray existing = server.call(QStringLiteral("model.party.party.search"),
                                      QJsonArray{nameDomain(QStringLiteral("Existing party %")), 0, QJsonValue::Null,
                                                 QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("ASC")})}})
                              .toArray();
    const QJsonArray deals = server.call(QStringLiteral("model.sale.opportunity.search"),
                                         QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{QStringLiteral("description"), QStringLiteral("like"),
                                                                          QStringLiteral("Existing deal %")})})})
                                 .toArray();
    QElapsedTimer t;
    t.start();
    constexpr int kBatch = 50;
    for (int from = 0; from < n; from += kBatch) {
        QJsonArray parties;
        for (int i = from; i < qMin(n, from + kBatch); ++i)
            parties.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Push bench customer %1").arg(i)},
                                       {QStringLiteral("identifiers"),
                                        QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"),
                                                              QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("code"), QStringLiteral("SB-bare-%1").arg(i)}})}})}}});
        const QJsonArray ids = server.call(QStringLiteral("model.party.party.create"), QJsonArray{QJsonValue(parties)}, {}, &error).toArray();
        QJsonArray mechanisms;
        for (int k = 0; k < ids.size(); ++k)
            mechanisms.append(QJsonObject{{QStringLiteral("party"), ids.at(k)},
                                          {QStringLiteral("name"), QStringLiteral("Push bench person %1").arg(from + k)},
                                          {QStringLiteral("type"), QStringLiteral("email")},
                                          {QStringLiteral("value"), QStringLiteral("person%1@bench.example.com").arg(from + k)}});
        server.call(QStringLiteral("model.party.contact_mechanism.create"), QJsonArray{QJsonValue(mechanisms)}, {}, &error);
    }
    for (int from = 0; from < existing.size(); from += 100) {
        QJsonArray params;
        for (int i = from; i < qMin(int(existing.size()), from + 100); ++i) {
            params.append(QJsonArray{QJsonValue(existing.at(i))});
            params.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Edited party %1").arg(i)}});
        }
        server.call(QStringLiteral("model.party.party.write"), params, {}, &error);
    }
    server.call(QStringLiteral("model.sale.opportunity.opportunity"), QJsonArray{QJsonValue(deals)}, {}, &error);
    const double seconds = t.elapsed() / 1000.0;
    if (!error.isEmpty())
        qFatal("bare: %s", qPrintable(error));
    const int changes = 2 * n + int(existing.size()) + int(deals.size());
    out << QStringLiteral("%1: %2 changes in %3 s = %4 changes/s; %5\n")
               .arg(QStringLiteral("bare JSON-RPC, batched"), -24).arg(changes).arg(seconds, 0, 'f', 1)
               .arg(changes / seconds, 0, 'f', 1).arg(exactlyOnce(server, n));
    out.flush();
    return changes / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 300;
    bool unbatched = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--customers") && i + 1 < args.size())
            n = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--no-unbatched"))
            unbatched = false;
    }
    QString error;
    if (TrytonServer::ensureTemplate(&error).isEmpty()) {
        out << "no Tryton template: " << error << "\n";
        return 1;
    }
    out << QStringLiteral("Push of offline changes to trytond: %1 new customers with a contact, %1 edits, %2 stage moves\n")
               .arg(n).arg((n + 2) / 3);
    out.flush();
    const EngineRun batched = engineRun(QStringLiteral("engine, batches"), true, n);
    double before = 0;
    if (unbatched) {
        const EngineRun alone = engineRun(QStringLiteral("engine, one at a time"), false, n);
        before = alone.changes / alone.cycle.pushSeconds;
    }
    const double bare = bareRun(n);
    const double after = batched.changes / batched.cycle.pushSeconds;
    out << QStringLiteral("batches / one at a time: %1 x; engine with batches / bare client: %2\n")
               .arg(before > 0 ? QString::number(after / before, 'f', 2) : QStringLiteral("-"))
               .arg(after / bare, 0, 'f', 2);
    return 0;
}
