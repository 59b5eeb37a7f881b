// bench_rt: SalesBridge against a real Request Tracker 5 (scripts/rt.sh) with N service tickets,
// each with history (created, opened, a reply, an internal comment, every third resolved, Chinese
// text, every 50th reply with a small CSV file). Prints, in one run:
//  - a bare REST2 client (QNetworkAccessManager, JSON parsed, nothing kept) making the calls the
//    connector makes, in the same order and with the same page size: (a) the queue's tickets by
//    LastUpdated, (b) the ticket history from the transactions feed, page by page with the last
//    id seen, (c) for each history page with texts, the attachments of its transactions;
//  - the first sync of a fresh workspace with the real SyncEngine and the rt connector kind:
//    wall time, CPU of this process and of RT, rows cached (tickets, ticket_events), ratio;
//  - an incremental cycle after 10 tickets changed in RT (a status and priority change through
//    PUT, and a comment each), next to the bare client's incremental read.
// The seeded instance is made once (scripts/rt.sh init + seed-bulk) and kept as a template in
// $XDG_CACHE_HOME/salesbridge-bench/rt-<N>-<hash of the seed scripts>; each run starts a copy.
// Usage: bench_rt [--tickets N] [--cache DIR]
#include "../rt/RtServer.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace sb;
using namespace sb::testing;

namespace {

QTextStream out(stdout);

constexpr int kPerPage = 100; // REST2's largest page, and what the connector asks for
constexpr double kTarget = 1.15;
const QString kQueue = QStringLiteral("Service");
// The customer codes of scripts/rt_seed.pl and rt_seed_bulk.pl, as the ERP would have given them.
const QStringList kCustomers = {QStringLiteral("hengda"), QStringLiteral("dongfang"), QStringLiteral("huanan"), QStringLiteral("zhongke"),
                                QStringLiteral("chuanxi"), QStringLiteral("binhai"), QStringLiteral("brightway"), QStringLiteral("mueller"),
                                QStringLiteral("lefevre"), QStringLiteral("pacific")};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// --- the bare client ------------------------------------------------------------------------------

// The connector's REST2 calls and nothing else: each answer parsed, its items walked for the ids
// the next call needs, nothing kept. One call at a time, like the connector.
class BareClient {
public:
    BareClient(const QUrl &base, const QString &token)
        : m_base(base)
        , m_auth("token " + token.toUtf8())
    {
    }

    struct Read {
        int tickets = 0;
        int transactions = 0;
        int texts = 0;        // Create, Correspond and Comment transactions
        int attachments = 0;
        int files = 0;        // attachments with a file name
        int calls = 0;
        qint64 bytes = 0;
        qint64 ticketsMs = 0; // (a)
        qint64 historyMs = 0; // (b) and (c)
        qint64 lastTransaction = 0;
        QString error;        // set when a call failed: the run is not a measurement then
    };

    int maxPages = 0; // of each loop; 0: until a short page (the warm-up reads a few)

    // since: the LastUpdated second to read from (invalid: everything); afterTransaction: C.
    Read read(const QDateTime &since, qint64 afterTransaction)
    {
        Read r;
        QElapsedTimer t;
        t.start();
        QString ticketSql = QStringLiteral("Queue = '%1'").arg(kQueue);
        if (since.isValid())
            ticketSql += QStringLiteral(" AND LastUpdated >= '%1'").arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0000"));
        for (int page = 1; r.error.isEmpty(); ++page) {
            const QJsonArray items = call(r, "GET", QStringLiteral("tickets"),
                                          {{QStringLiteral("query"), ticketSql},
                                           {QStringLiteral("fields"), QStringLiteral("Subject,Status,Priority,Owner,LastUpdated,Resolved,Due,Requestor,Queue,CustomFields")},
                                           {QStringLiteral("orderby"), QStringLiteral("LastUpdated")},
                                           {QStringLiteral("order"), QStringLiteral("ASC")},
                                           {QStringLiteral("orderby"), QStringLiteral("id")},
                                           {QStringLiteral("order"), QStringLiteral("ASC")},
                                           {QStringLiteral("page"), QString::number(page)},
                                           {QStringLiteral("per_page"), QString::number(kPerPage)}});
            r.tickets += items.size();
            if (items.size() < kPerPage || page == maxPages)
                break;
        }
        if (since.isValid() && r.error.isEmpty()) // deletions since then, from the transactions feed
            call(r, "GET", QStringLiteral("transactions"),
                 {{QStringLiteral("query"),
                   QStringLiteral("ObjectType = 'RT::Ticket' AND TicketQueue = '%1' AND Type = 'Status' AND NewValue = 'deleted' AND Created >= '%2'")
                       .arg(kQueue, since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0000"))},
                  {QStringLiteral("fields"), QStringLiteral("ObjectId,Created")},
                  {QStringLiteral("orderby"), QStringLiteral("id")},
                  {QStringLiteral("page"), QStringLiteral("1")},
                  {QStringLiteral("per_page"), QString::number(kPerPage)}});
        r.ticketsMs = t.restart();

        qint64 after = afterTransaction;
        int historyPages = 0;
        while (r.error.isEmpty()) {
            const QJsonArray items = call(r, "GET", QStringLiteral("transactions"),
                                          {{QStringLiteral("query"),
                                            QStringLiteral("ObjectType = 'RT::Ticket' AND TicketQueue = '%1' AND TicketStatus != 'deleted' AND id > %2 AND (Type = 'Create' OR "
                                                           "Type = 'Correspond' OR Type = 'Comment' OR Type = 'Status')")
                                                .arg(kQueue).arg(after)},
                                           {QStringLiteral("fields"), QStringLiteral("ObjectId,Type,Field,OldValue,NewValue,Created,Creator,CustomFields")},
                                           {QStringLiteral("orderby"), QStringLiteral("id")},
                                           {QStringLiteral("order"), QStringLiteral("ASC")},
                                           {QStringLiteral("per_page"), QString::number(kPerPage)}});
            if (items.isEmpty())
                break;
            qint64 first = 0, last = 0;
            bool texts = false;
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                const qint64 id = idOf(o);
                first = first ? first : id;
                last = qMax(last, id);
                const QString type = o.value(QLatin1String("Type")).toString();
                if (type != QLatin1String("Status")) {
                    texts = true;
                    ++r.texts;
                }
            }
            r.transactions += items.size();
            if (texts) {
                // The connector's two searches over the page's range: the text bodies with their
                // content, the files without it. Every limit after the first says AND: REST2 joins
                // two limits on one field with OR, which answers every attachment it has.
                for (const bool filesOnly : {false, true}) {
                    auto limit = [](const QString &field, const QString &op, const QString &value) {
                        return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("operator"), op},
                                           {QStringLiteral("value"), value}, {QStringLiteral("entry_aggregator"), QStringLiteral("AND")}};
                    };
                    QJsonArray filter{QJsonObject{{QStringLiteral("field"), QStringLiteral("TransactionId")},
                                                  {QStringLiteral("operator"), QStringLiteral(">=")},
                                                  {QStringLiteral("value"), QString::number(first)}},
                                      limit(QStringLiteral("TransactionId"), QStringLiteral("<="), QString::number(last)),
                                      limit(QStringLiteral("Filename"), filesOnly ? QStringLiteral("IS NOT") : QStringLiteral("IS"), QStringLiteral("NULL"))};
                    if (!filesOnly)
                        filter.append(limit(QStringLiteral("ContentType"), QStringLiteral("="), QStringLiteral("text/plain")));
                    const QByteArray body = QJsonDocument(filter).toJson(QJsonDocument::Compact);
                    for (int page = 1; r.error.isEmpty(); ++page) {
                        const QJsonArray files = call(r, "POST", QStringLiteral("attachments"),
                                                      {{QStringLiteral("fields"), filesOnly ? QStringLiteral("TransactionId,ContentType,Filename,ContentLength")
                                                                                            : QStringLiteral("TransactionId,Content")},
                                                       {QStringLiteral("orderby"), QStringLiteral("id")},
                                                       {QStringLiteral("order"), QStringLiteral("ASC")},
                                                       {QStringLiteral("per_page"), QString::number(kPerPage)},
                                                       {QStringLiteral("page"), QString::number(page)}},
                                                      body);
                        r.attachments += files.size();
                        if (filesOnly)
                            r.files += files.size();
                        if (files.size() < kPerPage || page == maxPages)
                            break;
                    }
                }
            }
            after = last;
            if (items.size() < kPerPage || ++historyPages == maxPages)
                break;
        }
        r.lastTransaction = after;
        r.historyMs = t.elapsed();
        return r;
    }

private:
    static qint64 idOf(const QJsonObject &o)
    {
        const QJsonValue v = o.value(QLatin1String("id"));
        return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
    }

    // One REST2 call; the answer's items. Every query name and value percent-encoded, as the
    // connector does (QUrlQuery would leave the '+' of " +0000", which the server reads as a space).
    QJsonArray call(Read &r, const QByteArray &verb, const QString &path, const QList<QPair<QString, QString>> &query,
                    const QByteArray &body = {})
    {
        QUrl url = m_base;
        url.setPath(QStringLiteral("/REST/2.0/") + path);
        QByteArray encoded;
        for (const auto &item : query) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_auth);
        // Not Qt's "Mozilla/5.0": REST2 would take it for a browser.
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBridge-bench"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        ++r.calls;
        r.bytes += bytes.size();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (status != 200 || parseError.error != QJsonParseError::NoError) {
            r.error = QStringLiteral("%1 %2: HTTP %3 %4").arg(QString::fromLatin1(verb), url.toString(), QString::number(status),
                                                              QString::fromUtf8(bytes.left(300)));
            return {};
        }
        return doc.object().value(QLatin1String("items")).toArray();
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_auth;
};

// --- the SalesBridge workspace ----------------------------------------------------------------

// A rep's workspace with the customers the ERP gave it (codes as in the RT seeds) and the rt
// connection; cycles as the sync runner makes them (makeConnectors: whatever entities the kind
// serves, ticket_event included once it does).
class Workspace {
public:
    Workspace(const QUrl &url, const QString &token)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("bench.sbw")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        m_db = opened.take();
        int erpId = 100;
        for (const QString &code : kCustomers)
            if (!m_db->exec(QStringLiteral("INSERT INTO customers (code, name, remote_system, remote_id) VALUES (?, ?, 'erp', ?)"),
                            {code, QStringLiteral("Customer ") + code, QString::number(++erpId)}))
                qFatal("customer %s", qPrintable(code));
        ConnectorConfig config = KindRegistry::builtIn().configFor(QStringLiteral("rt"));
        config.url = url.toString();
        config.username = RtServer::apiUser();
        config.setSetting(QStringLiteral("queue"), kQueue);
        if (const QString why = KindRegistry::builtIn().validate(config); !why.isEmpty())
            qFatal("%s", qPrintable(why));
        auto saved = ConnectorStore(*m_db).save(config);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        m_secrets.set(KindRegistry::secretKey(config), token);
    }

    struct Cycle {
        qint64 ms = 0;
        qint64 checkpointMs = 0; // the WAL checkpoint the engine runs once the cycle is over
        SyncSummary summary;
        QStringList entities;
    };

    Cycle cycle()
    {
        QStringList problems;
        RunnerSetup setup = makeConnectors(*m_db, m_nam, m_secrets, KindRegistry::builtIn(), &problems);
        if (!problems.isEmpty() || !setup.routing)
            qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        auto engine = std::make_unique<SyncEngine>(*m_db);
        engine->setPageSize(kPerPage);
        Cycle c;
        for (RunnerConnector &rc : setup.connectors) {
            engine->addConnector(rc.connector.get(), rc.rowId);
            c.entities << rc.connector->entities();
        }
        engine->setRouting(*setup.routing);
        if (Status s = setup.routing->save(*m_db); !s)
            qFatal("%s", qPrintable(s.error()));
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
            c.summary = s;
            loop.quit();
        });
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, engine.get(), &SyncEngine::start);
        loop.exec();
        c.ms = t.restart();
        engine.reset();
        c.checkpointMs = t.elapsed();
        return c;
    }

    int count(const QString &sql)
    {
        auto r = m_db->scalar(sql);
        if (!r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
        return r.value().toInt();
    }

private:
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecrets m_secrets;
};

// --- CPU -----------------------------------------------------------------------------------------

double selfCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of RT's server: the Starlet parent, its live workers, and the workers it has reaped.
double serverCpu(const QString &pidFile)
{
    const QByteArray parent = readFile(pidFile).trimmed();
    if (parent.isEmpty())
        return 0;
    double total = 0;
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : procs) {
        if (!pid.at(0).isDigit())
            continue;
        const QByteArray text = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // After the command name: ppid is the 2nd field, utime and stime the 12th and 13th, and
        // the time of reaped children the 14th and 15th (Starlet replaces a worker after 100
        // requests: its time moves to the parent's).
        if (f.size() > 14 && pid.toLatin1() == parent)
            total += (f.at(11).toDouble() + f.at(12).toDouble() + f.at(13).toDouble() + f.at(14).toDouble()) / double(sysconf(_SC_CLK_TCK));
        else if (f.size() > 12 && f.at(1) == parent)
            total += (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}

struct Clock {
    QString pidFile;
    double self0 = 0, server0 = 0;
    void start()
    {
        self0 = selfCpu();
        server0 = serverCpu(pidFile);
    }
    qint64 selfMs() const { return qRound64((selfCpu() - self0) * 1000); }
    qint64 serverMs() const { return qRound64((serverCpu(pidFile) - server0) * 1000); }
};

// --- the template -------------------------------------------------------------------------------

bool runScript(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"), QStringList{RtServer::script()} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The cache folder's instance with N bulk tickets, made when missing (or when the seed scripts
// changed: their hash is in the name); empty on failure.
QString ensureSeeded(const QString &cacheRoot, int tickets)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *s : {"/scripts/rt_seed.pl", "/scripts/rt_seed_bulk.pl"})
        hash.addData(readFile(QStringLiteral(SB_SOURCE_DIR) + QLatin1String(s)));
    const QString key = QString::fromLatin1(hash.result().toHex().left(12));
    const QString name = QStringLiteral("rt-%1-%2").arg(tickets).arg(key);
    const QString dir = cacheRoot + QLatin1Char('/') + name;
    QDir().mkpath(cacheRoot);
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(30 * 60 * 1000)) {
        out << "another bench_rt holds " << dir << ".lock" << Qt::endl;
        return {};
    }
    // Complete means renamed into place: seeded under a temporary name first.
    if (QFileInfo(dir + QStringLiteral("/rtdb")).size() && QFileInfo(dir + QStringLiteral("/api-token")).size())
        return dir;
    // Templates of older seed scripts for this size are of no use any more.
    for (const QString &old : QDir(cacheRoot).entryList({QStringLiteral("rt-%1-*").arg(tickets)}, QDir::Dirs))
        QDir(cacheRoot + QLatin1Char('/') + old).removeRecursively();
    const QString tmp = dir + QStringLiteral(".tmp");
    QDir(tmp).removeRecursively();
    out << "making the template " << dir << " (once)" << Qt::endl;
    QElapsedTimer t;
    t.start();
    QString error;
    const QString base = RtServer::ensureTemplate(&error); // the test fixture's instance, 5 seeded tickets
    if (base.isEmpty()) {
        out << error << Qt::endl;
        return {};
    }
    const qint64 baseMs = t.restart();
    if (!runScript({QStringLiteral("clone"), base, tmp}, 120000)
        || !runScript({QStringLiteral("seed-bulk"), tmp, QString::number(tickets)}, 60 * 60 * 1000)) {
        out << "could not seed " << tmp << Qt::endl;
        return {};
    }
    const qint64 seedMs = t.elapsed();
    if (!QDir().rename(tmp, dir)) {
        out << "could not rename " << tmp << " to " << dir << Qt::endl;
        return {};
    }
    out << QStringLiteral("template made: base instance %1 s (rt.sh init, or kept in the build tree), seed-bulk of %2 tickets %3 s, rtdb %4 MB")
               .arg(baseMs / 1000.0, 0, 'f', 1).arg(tickets).arg(seedMs / 1000.0, 0, 'f', 1)
               .arg(QFileInfo(dir + QStringLiteral("/rtdb")).size() / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    return dir;
}

QString ms(qint64 v)
{
    return QStringLiteral("%1 ms").arg(v);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int tickets = 5000;
    QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/salesbridge-bench");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tickets"))
            tickets = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--cache"))
            cacheRoot = QDir(args.at(i + 1)).absolutePath();
    }
    tickets = qMax(1, tickets);

    QElapsedTimer total;
    total.start();
    const QString seeded = ensureSeeded(cacheRoot, tickets);
    if (seeded.isEmpty())
        return 1;
    out << "template: " << seeded << " (kept; copied for each run)" << Qt::endl;

    RtServer server;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!server.startFrom(seeded, &error)) {
        out << "the RT server did not start: " << error << Qt::endl;
        return 1;
    }
    out << "Request Tracker " << server.url().toString() << " (copy started in " << t.elapsed() << " ms), " << tickets
        << " bulk tickets + 5 seeded, page " << kPerPage << ", RT_WORKERS " << qEnvironmentVariable("RT_WORKERS", QStringLiteral("2"))
        << Qt::endl;

    const QString pidFile = server.directory() + QStringLiteral("/rt-server.pid");
    int failures = 0;
    auto check = [&failures](const BareClient::Read &r) {
        if (!r.error.isEmpty()) {
            out << "FAILED: bare client: " << r.error << Qt::endl;
            ++failures;
        }
        return r.error.isEmpty();
    };

    // Warm-up: a fresh server's first requests load RT's code and caches into each worker.
    {
        BareClient warm(server.url(), server.token());
        warm.maxPages = 2;
        for (int i = 0; i < 3; ++i)
            if (!check(warm.read({}, 0)))
                return 1;
    }

    Clock clock{pidFile};
    auto bareRun = [&](const QDateTime &since, qint64 after, qint64 *wall, qint64 *cpu, qint64 *serverCpuMs) {
        BareClient bare(server.url(), server.token());
        clock.start();
        QElapsedTimer w;
        w.start();
        const BareClient::Read r = bare.read(since, after);
        *wall = w.elapsed();
        *cpu = clock.selfMs();
        *serverCpuMs = clock.serverMs();
        return r;
    };
    qint64 bareMs = 0, bareCpu = 0, bareServer = 0;
    const BareClient::Read bare = bareRun({}, 0, &bareMs, &bareCpu, &bareServer);
    if (!check(bare))
        return 1;

    Workspace ws(server.url(), server.token());
    clock.start();
    const Workspace::Cycle first = ws.cycle();
    const qint64 syncCpu = clock.selfMs(), syncServer = clock.serverMs();
    if (!first.summary.ok()) {
        out << "FAILED: first sync: " << first.summary.errors.join(QStringLiteral("; ")) << Qt::endl;
        return 1;
    }
    const int cachedTickets = ws.count(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_system = 'aftersales'"));
    const int cachedEvents = ws.count(QStringLiteral("SELECT count(*) FROM ticket_events"));
    const bool history = first.entities.contains(QStringLiteral("ticket_event"));

    // The bare read once more, after the sync: the server's state (page cache, workers) as the
    // sync found it. The baseline is the mean of both.
    qint64 bare2Ms = 0, bare2Cpu = 0, bare2Server = 0;
    const BareClient::Read bare2 = bareRun({}, 0, &bare2Ms, &bare2Cpu, &bare2Server);
    if (!check(bare2))
        return 1;

    out << Qt::endl << "Initial sync (" << tickets + 5 << " tickets in RT)" << Qt::endl;
    out << QStringLiteral("  bare REST2 client    %1, %2  (before and after the sync; %3 calls, %4 MB)")
               .arg(ms(bareMs), ms(bare2Ms)).arg(bare.calls).arg(bare.bytes / 1048576.0, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("                       (a) tickets %1, %2: %3 tickets").arg(ms(bare.ticketsMs), ms(bare2.ticketsMs)).arg(bare.tickets) << Qt::endl;
    out << QStringLiteral("                       (b)+(c) history %1, %2: %3 transactions (%4 with text), %5 attachments (%6 files)")
               .arg(ms(bare.historyMs), ms(bare2.historyMs)).arg(bare.transactions).arg(bare.texts).arg(bare.attachments).arg(bare.files)
        << Qt::endl;
    out << QStringLiteral("                       CPU: client %1 ms, RT %2 ms (first read)").arg(bareCpu).arg(bareServer) << Qt::endl;
    out << QStringLiteral("  SalesBridge sync     %1  (entities: %2; %3 records written)")
               .arg(ms(first.ms), first.entities.join(QStringLiteral(", "))).arg(first.summary.pulled) << Qt::endl;
    out << QStringLiteral("                       CPU: client %1 ms, RT %2 ms; then the WAL checkpoint %3 ms")
               .arg(syncCpu).arg(syncServer).arg(first.checkpointMs) << Qt::endl;
    out << QStringLiteral("                       rows cached: tickets %1, ticket_events %2").arg(cachedTickets).arg(cachedEvents) << Qt::endl;

    // While the connector pulls tickets only, the fair baseline is the bare client's (a).
    const double bareWhole = (bareMs + bare2Ms) / 2.0;
    const double bareTickets = (bare.ticketsMs + bare2.ticketsMs) / 2.0;
    const double ratioWhole = first.ms / qMax(1.0, bareWhole);
    const double ratioTickets = first.ms / qMax(1.0, bareTickets);
    out << QStringLiteral("  ratio                %1 x the bare client's (a)-(c); %2 x its (a) alone")
               .arg(ratioWhole, 0, 'f', 2).arg(ratioTickets, 0, 'f', 2) << Qt::endl;
    const double ratio = history ? ratioWhole : ratioTickets;
    if (!history)
        out << "                       the connector does not sync ticket history (ticket_event) yet: compared with (a)" << Qt::endl;
    out << QStringLiteral("  %1: %2 x the bare client (target <= %3)")
               .arg(ratio <= kTarget ? QStringLiteral("target met") : QStringLiteral("target missed"))
               .arg(ratio, 0, 'f', 2).arg(kTarget, 0, 'f', 2)
        << Qt::endl;
    if (cachedTickets != bare.tickets) {
        out << "FAILED: " << cachedTickets << " tickets cached, " << bare.tickets << " in RT" << Qt::endl;
        ++failures;
    }
    if (history && cachedEvents == 0) {
        out << "FAILED: the connector serves ticket_event, yet no ticket_events were cached" << Qt::endl;
        ++failures;
    }

    // 10 tickets change in RT: a status and a priority, and a comment on each.
    QThread::msleep(1100); // a later second than the first sync saw
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const int firstBulk = server.seedIds().value(QStringLiteral("tickets")).toObject().value(QStringLiteral("brightway-catalogue")).toInt() + 1;
    for (int i = 0; i < 10; ++i) {
        const QString id = QString::number(firstBulk + (i * qMax(1, tickets / 10)) % tickets);
        const RtReply put = server.call("PUT", QStringLiteral("ticket/") + id, {},
                                        QJsonDocument(QJsonObject{{QStringLiteral("Status"), QStringLiteral("stalled")},
                                                                  {QStringLiteral("Priority"), 90}})
                                            .toJson(QJsonDocument::Compact));
        const RtReply comment = server.call("POST", QStringLiteral("ticket/%1/comment").arg(id), {},
                                            QStringLiteral("等待备件到货 waiting for the spare part (%1)").arg(i).toUtf8(), "text/plain");
        if (!put.ok() || !comment.ok()) {
            out << "FAILED: changing ticket " << id << ": " << put.status << " " << put.body.left(200) << " / " << comment.status << " "
                << comment.body.left(200) << Qt::endl;
            return 1;
        }
    }
    qint64 incBareMs = 0, incBareCpu = 0, incBareServer = 0;
    const BareClient::Read incBare = bareRun(before, bare.lastTransaction, &incBareMs, &incBareCpu, &incBareServer);
    if (!check(incBare))
        return 1;
    clock.start();
    const Workspace::Cycle inc = ws.cycle();
    const qint64 incCpu = clock.selfMs(), incServer = clock.serverMs();
    if (!inc.summary.ok()) {
        out << "FAILED: incremental sync: " << inc.summary.errors.join(QStringLiteral("; ")) << Qt::endl;
        return 1;
    }
    const int stalled = ws.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'stalled'"));
    out << Qt::endl << "Incremental cycle after 10 tickets changed in RT (status, priority, a comment each)" << Qt::endl;
    out << QStringLiteral("  bare REST2 client    %1  (%2 tickets, %3 transactions, %4 attachments; %5 calls; CPU client %6 ms, RT %7 ms)")
               .arg(ms(incBareMs)).arg(incBare.tickets).arg(incBare.transactions).arg(incBare.attachments).arg(incBare.calls)
               .arg(incBareCpu).arg(incBareServer)
        << Qt::endl;
    out << QStringLiteral("  SalesBridge sync     %1  (%2 records written; CPU client %3 ms, RT %4 ms; checkpoint %5 ms; includes the deletion check)")
               .arg(ms(inc.ms)).arg(inc.summary.pulled).arg(incCpu).arg(incServer).arg(inc.checkpointMs)
        << Qt::endl;
    out << QStringLiteral("                       rows cached: tickets %1 (%2 stalled), ticket_events %3")
               .arg(ws.count(QStringLiteral("SELECT count(*) FROM tickets WHERE remote_system = 'aftersales'")))
               .arg(stalled)
               .arg(ws.count(QStringLiteral("SELECT count(*) FROM ticket_events")))
        << Qt::endl;
    if (stalled < 10) {
        out << "FAILED: " << stalled << " of the 10 changed tickets are stalled in the cache" << Qt::endl;
        ++failures;
    }

    server.stop();
    out << Qt::endl << "bench_rt done in " << total.elapsed() / 1000 << " s" << (failures ? ", with failures" : "") << Qt::endl;
    return failures ? 1 : 0;
}
