// bench_tryton: SalesBridge against a real trytond with N customer parties (each with an
// address, an e-mail and a phone). Prints, in one run:
//  - the initial sync of customers, contacts and addresses next to a bare JSON-RPC read of the
//    same models and fields with the same page size (a minimal client in this file): ratio;
//  - incremental cycles of a running engine (logged in): with no change, after 10 parties
//    changed in Tryton, and with the full check of which ids still exist; trytond's CPU each;
//  - a customer search in the cache next to the same ilike search as a trytond round trip.
// The seeded database is made once (scripts/tryton.sh seed-bulk, minutes) and kept in the build
// tree; each run starts a copy. Usage: bench_tryton [--parties N] [--page N]
#include "../tryton/TrytonServer.h"

#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "models/store/SearchStore.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace sb;
using namespace sb::testing;

namespace {

QTextStream out(stdout);

// Only what the bare client reads too: customers, contacts, addresses.
class PartyConnector : public TrytonConnector {
public:
    using TrytonConnector::TrytonConnector;
    QStringList entities() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("address")};
    }
};

// The bare client: login, preferences, then search_read pages. Nothing is kept.
class BareClient {
public:
    explicit BareClient(QUrl url)
        : m_url(url.toString() + QStringLiteral("/crm/"))
    {
    }
    QJsonValue call(const QString &method, QJsonArray params, bool withContext = true)
    {
        if (withContext)
            params.append(m_context);
        QNetworkRequest request{QUrl(m_url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_auth.isEmpty())
            request.setRawHeader("Authorization", m_auth);
        const QJsonObject body{{QStringLiteral("id"), ++m_id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (answer.contains(QStringLiteral("error")))
            qFatal("bare client: %s", QJsonDocument(answer).toJson().constData());
        return answer.value(QStringLiteral("result"));
    }
    void login()
    {
        const QJsonArray r = call(QStringLiteral("common.db.login"),
                                  QJsonArray{QStringLiteral("admin"), QJsonObject{{QStringLiteral("password"), QStringLiteral("admin")}},
                                             QStringLiteral("en")},
                                  false).toArray();
        m_auth = "Session " + QStringLiteral("admin:%1:%2").arg(r.at(0).toInteger()).arg(r.at(1).toString()).toUtf8().toBase64();
        const QJsonObject prefs = call(QStringLiteral("model.res.user.get_preferences"), QJsonArray{true, QJsonObject()}, false).toObject();
        for (auto it = prefs.begin(); it != prefs.end(); ++it)
            if (!it.key().contains(QLatin1Char('.')) && it.key() != QLatin1String("groups"))
                m_context.insert(it.key(), it.value());
    }
    // Keyset pages over one model; returns the rows read.
    int readAll(const QString &model, const QJsonArray &fields, int page)
    {
        int rows = 0, after = 0;
        for (;;) {
            const QJsonArray r = call(QStringLiteral("model.%1.search_read").arg(model),
                                      QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral(">"), after})}, 0, page,
                                                 QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")})}, fields})
                                     .toArray();
            rows += r.size();
            if (!r.isEmpty())
                after = r.last().toObject().value(QStringLiteral("id")).toInt();
            if (r.size() < page)
                return rows;
        }
    }

private:
    QNetworkAccessManager m_nam;
    QString m_url;
    QByteArray m_auth;
    QJsonObject m_context;
    int m_id = 0;
};

QJsonArray fields(std::initializer_list<const char *> names)
{
    QJsonArray a{QStringLiteral("_timestamp"), QStringLiteral("create_date"), QStringLiteral("write_date")};
    for (const char *n : names)
        a.append(QString::fromLatin1(n));
    return a;
}

struct SyncRun {
    qint64 ms = 0;
    qint64 checkpointMs = 0; // the WAL checkpoint the engine runs once the cycle is over
    SyncSummary summary;
};

SyncRun syncOnce(Database &db, const TrytonServer &server, int page)
{
    QNetworkAccessManager nam;
    PartyConnector connector(&nam, server.config());
    auto engine = std::make_unique<SyncEngine>(db);
    engine->setPageSize(page);
    engine->addConnector(&connector, 1);
    SyncRun run;
    QEventLoop loop;
    QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        run.summary = s;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(0, engine.get(), &SyncEngine::start);
    loop.exec();
    run.ms = t.elapsed();
    t.restart();
    engine.reset(); // runs the checkpoint after the cycle
    run.checkpointMs = t.elapsed();
    return run;
}

// A running engine, as the app's: one connector that stays logged in, cycle after cycle. The
// wall time of a cycle is from start() to finished() on this side.
class RunningClient {
public:
    RunningClient(Database &db, const TrytonServer &server, int page)
        : m_connector(&m_nam, server.config())
        , m_engine(db)
    {
        m_engine.setPageSize(page);
        m_engine.addConnector(&m_connector, 1);
    }
    SyncRun cycle()
    {
        SyncRun run;
        QEventLoop loop;
        auto c = QObject::connect(&m_engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
            run.summary = s;
            loop.quit();
        });
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, &m_engine, &SyncEngine::start);
        loop.exec();
        run.ms = t.elapsed();
        QObject::disconnect(c);
        t.restart();
        QCoreApplication::processEvents(); // the WAL checkpoint queued after the cycle, outside its time
        run.checkpointMs = t.elapsed();
        if (!run.summary.ok())
            qFatal("sync failed: %s", qPrintable(run.summary.errors.join(QStringLiteral("; "))));
        return run;
    }

private:
    QNetworkAccessManager m_nam;
    PartyConnector m_connector;
    SyncEngine m_engine;
};

bool script(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"), QStringList{TrytonServer::script()} + args);
    return p.waitForFinished(60 * 60 * 1000) && p.exitCode() == 0;
}

// CPU seconds used so far by this process (all threads) and by the trytond serving it: which
// side bounds a phase.
struct CpuClock {
    QString serverPidFile;
    static double self()
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    double server() const
    {
        QFile pidFile(serverPidFile);
        if (!pidFile.open(QIODevice::ReadOnly))
            return 0;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pidFile.readAll().trimmed())));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        // Fields after the command name: utime and stime are the 12th and 13th.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return f.size() > 12 ? (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK)) : 0;
    }
    double c0 = 0, s0 = 0;
    void start()
    {
        c0 = self();
        s0 = server();
    }
    QString report() const
    {
        return QStringLiteral("CPU: client %1 ms, trytond %2 ms").arg(qRound((self() - c0) * 1000)).arg(qRound((server() - s0) * 1000));
    }
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(int(v.size() - 1), int(p * v.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int parties = 10000, page = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--parties"))
            parties = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--page"))
            page = args.at(i + 1).toInt();
    }

    // The seeded database with N bulk parties, made once and kept next to the template.
    QString error;
    const QString base = TrytonServer::ensureTemplate(&error);
    if (base.isEmpty())
        qFatal("%s", qPrintable(error));
    const QString seeded = base + QStringLiteral("-bench-%1").arg(parties);
    // Seeded under a temporary name and renamed once complete: a folder under the final name
    // is a finished seed (scripts/tryton.sh sets the paths of a renamed instance when it clones it).
    auto seed = [&] {
        out << "seeding " << parties << " parties into " << seeded << " (once; minutes)" << Qt::endl;
        QDir(seeded).removeRecursively();
        QDir(seeded + QStringLiteral(".tmp")).removeRecursively();
        const int port = TrytonServer::freePort();
        if (!script({QStringLiteral("clone"), base, seeded + QStringLiteral(".tmp")})
            || !script({QStringLiteral("start"), seeded + QStringLiteral(".tmp"), QString::number(port)})
            || !script({QStringLiteral("seed-bulk"), seeded + QStringLiteral(".tmp"), QString::number(parties)})
            || !script({QStringLiteral("stop"), seeded + QStringLiteral(".tmp")})
            || !QDir().rename(seeded + QStringLiteral(".tmp"), seeded))
            qFatal("could not seed the benchmark database");
    };
    auto complete = [&seeded] {
        for (const char *file : {"/seed-ids.json", "/trytond.conf", "/db/crm.sqlite"})
            if (!QFileInfo(seeded + QLatin1String(file)).size())
                return false;
        return true;
    };
    if (!complete())
        seed();
    auto server = std::make_unique<TrytonServer>();
    if (!server->startFrom(seeded, &error)) {
        // A kept database that no longer starts (left by an older run or script) is made again
        // instead of failing every run from now on.
        out << "the kept database " << seeded << " does not start (" << error.left(300) << "); seeding it again" << Qt::endl;
        server = std::make_unique<TrytonServer>();
        seed();
        if (!server->startFrom(seeded, &error))
            qFatal("%s", qPrintable(error));
    }
    out << "trytond " << server->url().toString() << ", " << parties << " bulk parties, page " << page << Qt::endl;

    const QJsonArray partyFields = fields({"name", "code"});
    const QJsonArray mechanismFields = fields({"party", "party.name", "name", "type", "value", "sequence"});
    const QJsonArray addressFields = fields({"party", "street", "city", "postal_code", "country", "invoice", "delivery"});

    // Warm-up: the first requests of a fresh server are slower for both.
    {
        BareClient warm(server->url());
        warm.login();
        warm.readAll(QStringLiteral("party.party"), partyFields, page);
    }

    CpuClock cpu{server->directory() + QStringLiteral("/tryton/trytond.pid")};
    QElapsedTimer t;
    BareClient bare(server->url());
    cpu.start();
    t.start();
    bare.login();
    const qint64 loginMs = t.elapsed();
    const int bp = bare.readAll(QStringLiteral("party.party"), partyFields, page);
    const qint64 partiesMs = t.elapsed();
    const int bm = bare.readAll(QStringLiteral("party.contact_mechanism"), mechanismFields, page);
    const qint64 mechanismsMs = t.elapsed();
    const int ba = bare.readAll(QStringLiteral("party.address"), addressFields, page);
    const qint64 bareMs = t.elapsed();
    const QString bareCpu = cpu.report();

    // The same read while another thread keeps a core busy, as SalesBridge's client does while
    // it writes: where cores share caches or an execution unit (virtual CPUs that are
    // hyperthreads of one core) the server itself slows down. Context for the ratio below.
    qint64 busyMs = 0;
    {
        std::atomic<bool> stop{false};
        // Work like a cache's: allocations and scattered memory traffic, not a register loop.
        std::thread spinner([&stop] {
            QList<QByteArray> blocks(4096);
            quint32 seed = 1;
            while (!stop.load(std::memory_order_relaxed)) {
                seed = seed * 1664525u + 1013904223u;
                QByteArray &b = blocks[seed % 4096];
                b = QByteArray(int(512 + seed % 8192), char(seed));
            }
        });
        BareClient busy(server->url());
        QElapsedTimer b;
        b.start();
        busy.login();
        busy.readAll(QStringLiteral("party.party"), partyFields, page);
        busy.readAll(QStringLiteral("party.contact_mechanism"), mechanismFields, page);
        busy.readAll(QStringLiteral("party.address"), addressFields, page);
        busyMs = b.elapsed();
        stop = true;
        spinner.join();
    }

    QTemporaryDir dir;
    auto opened = Database::open(dir.path() + QStringLiteral("/bench.sbw"));
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<Database> db = opened.take();
    db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url, database_name, username) VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
             {server->url().toString()});
    cpu.start();
    const SyncRun initial = syncOnce(*db, *server, page);
    const QString syncCpu = cpu.report();
    if (!initial.summary.ok())
        qFatal("sync failed: %s", qPrintable(initial.summary.errors.join(QStringLiteral("; "))));
    const int customers = db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt();
    const int contacts = db->scalar(QStringLiteral("SELECT count(*) FROM contacts")).value().toInt();
    const int addresses = db->scalar(QStringLiteral("SELECT count(*) FROM addresses")).value().toInt();

    out << Qt::endl << "Initial sync (customers, contacts, addresses)" << Qt::endl;
    out << QStringLiteral("  bare JSON-RPC read   %1 ms  (%2 parties, %3 contact mechanisms, %4 addresses)")
               .arg(bareMs).arg(bp).arg(bm).arg(ba) << Qt::endl;
    out << "                       " << bareCpu << Qt::endl;
    out << QStringLiteral("                       login %1 ms, parties %2 ms, contact mechanisms %3 ms, addresses %4 ms")
               .arg(loginMs).arg(partiesMs - loginMs).arg(mechanismsMs - partiesMs).arg(bareMs - mechanismsMs) << Qt::endl;
    out << QStringLiteral("  SalesBridge sync     %1 ms  (%2 customers, %3 contacts, %4 addresses written to the cache)")
               .arg(initial.ms).arg(customers).arg(contacts).arg(addresses) << Qt::endl;
    out << "                       " << syncCpu << Qt::endl;
    out << QStringLiteral("                       then, the cycle over, the WAL checkpoint: %1 ms").arg(initial.checkpointMs) << Qt::endl;
    out << QStringLiteral("  ratio                %1  (target <= 1.15)").arg(double(initial.ms) / double(qMax<qint64>(1, bareMs)), 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("  bare read again with one core kept busy: %1 ms (%2 x the bare read): what the other core's work costs the server here")
               .arg(busyMs).arg(double(busyMs) / double(qMax<qint64>(1, bareMs)), 0, 'f', 2) << Qt::endl;

    // Incremental cycles of a running engine (logged in once, as the app's between cycles).
    auto median = [](QList<double> v) { return percentile(std::move(v), 0.5); };
    RunningClient client(*db, *server, page);
    cpu.start();
    const SyncRun loginCycle = client.cycle();
    out << Qt::endl << QStringLiteral("Incremental cycles of a running engine (customers, contacts, addresses)") << Qt::endl;
    out << QStringLiteral("  first cycle of the engine, with its login and lookups: %1 ms, %2").arg(loginCycle.ms).arg(cpu.report()) << Qt::endl;
    auto serverMs = [&cpu] { return (cpu.server() - cpu.s0) * 1000; };
    QList<double> idle, idleCpu;
    for (int i = 0; i < 5; ++i) {
        cpu.start();
        idle << client.cycle().ms;
        idleCpu << serverMs();
    }
    out << QStringLiteral("  no changes:            median %1 ms (5 cycles: %2 ms), trytond CPU median %3 ms per cycle  (target <= 500 ms)")
               .arg(median(idle), 0, 'f', 0)
               .arg([&idle] { QStringList t; for (double v : idle) t << QString::number(v, 'f', 0); return t.join(QStringLiteral(", ")); }())
               .arg(median(idleCpu), 0, 'f', 0) << Qt::endl;
    QList<double> changed, changedCpu;
    int received = 0;
    for (int round = 0; round < 3; ++round) {
        QJsonArray writes;
        for (int i = 0; i < 10; ++i) {
            writes.append(QJsonArray{QJsonValue(100 + round * 7 + i * 37)});
            writes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("改名客户 Renamed customer %1-%2").arg(round).arg(i)}});
        }
        server->call(QStringLiteral("model.party.party.write"), writes);
        cpu.start();
        const SyncRun r = client.cycle();
        changed << r.ms;
        changedCpu << serverMs();
        received = r.summary.pulled;
    }
    out << QStringLiteral("  10 parties changed:    median %1 ms (3 cycles: %2 ms; %3 records received), trytond CPU median %4 ms per cycle  (target <= 500 ms)")
               .arg(median(changed), 0, 'f', 0)
               .arg([&changed] { QStringList t; for (double v : changed) t << QString::number(v, 'f', 0); return t.join(QStringLiteral(", ")); }())
               .arg(received)
               .arg(median(changedCpu), 0, 'f', 0) << Qt::endl;

    // The full check of which ids still exist (daily, or asked for): one party deleted outright
    // in Tryton first, so the check has something to find.
    server->call(QStringLiteral("model.party.party.delete"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(150)})});
    if (Status s = DeletionCheckStore(*db).request(); !s)
        qFatal("%s", qPrintable(s.error()));
    cpu.start();
    const SyncRun checked = client.cycle();
    const double checkCpu = serverMs();
    auto info = DeletionCheckStore(*db).load();
    if (!info || info.value().requested)
        qFatal("the deletion check did not run");
    out << QStringLiteral("  with the check for deletions: %1 ms, trytond CPU %2 ms; the check itself %3 ms for %4 ids, %5 removed")
               .arg(checked.ms).arg(checkCpu, 0, 'f', 0).arg(info.value().durationMs).arg(info.value().idsChecked).arg(info.value().removed)
        << Qt::endl;

    // Search: the cache against an ilike round trip.
    const QStringList terms{QStringLiteral("苏州"), QStringLiteral("精密"), QStringLiteral("Industrial"), QStringLiteral("0042"),
                            QStringLiteral("改名客户"), QStringLiteral("Supply"), QStringLiteral("有限公司 01"), QStringLiteral("Müller")};
    SearchStore search(*db);
    QList<double> local, remote;
    for (int round = 0; round < 5; ++round) {
        for (const QString &term : terms) {
            QElapsedTimer q;
            q.start();
            auto hits = search.search(term, 8);
            local << q.nsecsElapsed() / 1e6;
            if (!hits)
                qFatal("%s", qPrintable(hits.error()));
            q.restart();
            bare.call(QStringLiteral("model.party.party.search_read"),
                      QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("name"), QStringLiteral("ilike"), QStringLiteral("%") + term + QStringLiteral("%")})},
                                 0, 8, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("name"))}});
            remote << q.nsecsElapsed() / 1e6;
        }
    }
    out << Qt::endl << "Customer search (" << local.size() << " queries)" << Qt::endl;
    out << QStringLiteral("  cache (Ctrl+K search)     p50 %1 ms, p95 %2 ms").arg(percentile(local, 0.5), 0, 'f', 2).arg(percentile(local, 0.95), 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("  trytond ilike round trip  p50 %1 ms, p95 %2 ms").arg(percentile(remote, 0.5), 0, 'f', 2).arg(percentile(remote, 0.95), 0, 'f', 2) << Qt::endl;
    server->stop();
    return 0;
}
