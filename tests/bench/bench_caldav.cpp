// bench_caldav: SalesBridge's first sync of an OA calendar on a real Radicale 3.1 (scripts/radicale.sh)
// holding N meetings and tasks made by other clients: half with Chinese text, times in
// Asia/Shanghai (with a VTIMEZONE) or UTC, every one naming a customer of the workspace by its
// X-SALESBRIDGE-CUSTOMER code, every other one written by another SalesBridge (X-SALESBRIDGE-*
// properties) and the rest as a phone would (some with attendees, a location, an alarm).
// Prints, in one run:
//  - how long the server took to take the calendar (one PUT of the whole calendar, as an import
//    does, then single PUTs with If-None-Match: * into the full calendar);
//  - a bare CalDAV client (QNetworkAccessManager, XML read as a stream, every calendar-data parsed
//    by libical and freed, nothing kept) making the calls the connector makes for a first sync;
//  - the first sync of a fresh workspace with the real SyncEngine and the "caldav" connector kind:
//    wall time, CPU of this process and of Radicale, records applied, the ratio (target <= 1.15).
// Usage: bench_caldav [--events N] [--rounds R] [--url http://HOST:PORT/] [--user U --password P]
//                     [--bare inline|multiget|get] [--batch B] [--server-dir DIR]
// --rounds (default 3): the bare read and a first sync into a fresh workspace take turns R times,
// with one more bare read at the end; each sync is set against the mean of the bare reads on
// either side of it, and the target is judged on the median of the R ratios (the server's own
// time varies by a third from one read to the next on a shared machine).
// --url: a Radicale someone runs (the bench makes a new calendar of U's there); otherwise the
// bench starts its own in a temporary folder under --server-dir (default /dev/shm when there is
// one: Radicale fsyncs every item it stores, which would make filling the calendar take minutes;
// reads are not affected) and stops it at the end. The workspace stays on the disk.
#include "../caldav/RadicaleServer.h"
#include "CalDavBareClient.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace sb;
using namespace sb::testing;
using sb::bench::BareClient;

namespace {

QTextStream out(stdout);
constexpr double kTarget = 1.15;
constexpr int kCustomers = 200;   // C000001 .. C000200, as the demo workspace codes them
constexpr int kContacts = 60;     // the first customers' contacts, named as attendees

QString customerCode(int i) { return QStringLiteral("C%1").arg(i % kCustomers + 1, 6, 10, QLatin1Char('0')); }
QString contactEmail(int i) { return QStringLiteral("contact%1@customer%2.example.cn").arg(i % kContacts + 1).arg(i % kContacts % kCustomers + 1); }

// --- what other clients put on the server -----------------------------------------------------

// The iCalendar text of item i, as another client writes it (the product never writes it by hand).
QString itemText(int i, const QDateTime &anchor)
{
    const bool task = i % 4 == 3;
    const bool chinese = i % 2 == 0;
    const bool shanghai = i % 3 != 1;           // two in three set in Asia/Shanghai, the rest UTC
    const bool bySalesBridge = i % 5 < 2 || i % 5 == 3; // 3 in 5 by another SalesBridge, the rest by a phone
    const QDateTime start = anchor.addDays(i % 240 - 180).addSecs(3600 * (i % 9) + 1800 * (i % 2));
    auto when = [shanghai](const char *name, const QDateTime &t) {
        return shanghai ? QStringLiteral("%1;TZID=Asia/Shanghai:%2\r\n").arg(QLatin1String(name), t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("yyyyMMdd'T'HHmmss")))
                        : QStringLiteral("%1:%2\r\n").arg(QLatin1String(name), t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    };
    const QString uid = bySalesBridge ? QStringLiteral("sb-bench-%1@salesbridge").arg(i) : QStringLiteral("bench-%1-7f3a@phone.example").arg(i);
    QString s = QStringLiteral("BEGIN:%1\r\nUID:%2\r\nDTSTAMP:20261201T080000Z\r\n").arg(task ? QLatin1String("VTODO") : QLatin1String("VEVENT"), uid);
    if (task) {
        s += when("DUE", start);
        s += i % 8 == 7 ? QStringLiteral("STATUS:COMPLETED\r\nCOMPLETED:%1\r\n").arg(start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
                        : QStringLiteral("STATUS:NEEDS-ACTION\r\n");
        s += chinese ? QStringLiteral("SUMMARY:给客户 %1 发送报价单和交期确认\r\n").arg(customerCode(i))
                     : QStringLiteral("SUMMARY:Send the quotation and delivery dates to %1\r\n").arg(customerCode(i));
    } else {
        s += when("DTSTART", start) + when("DTEND", start.addSecs(3600));
        s += QStringLiteral("STATUS:%1\r\n").arg(i % 17 == 0 ? QLatin1String("CANCELLED") : QLatin1String("CONFIRMED"));
        s += chinese ? QStringLiteral("SUMMARY:拜访客户 %1：讨论二季度备件框架协议\r\n").arg(customerCode(i))
                     : QStringLiteral("SUMMARY:Visit %1: the Q2 spare-part frame agreement\r\n").arg(customerCode(i));
        s += chinese ? QStringLiteral("LOCATION:苏州工业园区星湖街 %1 号\r\n").arg(i % 300 + 1)
                     : QStringLiteral("LOCATION:Building %1\\, Science Park\r\n").arg(i % 30 + 1);
    }
    s += chinese ? QStringLiteral("DESCRIPTION:带上样品和最新价目表。第 %1 次跟进。\r\n").arg(i)
                 : QStringLiteral("DESCRIPTION:Bring the samples and the new price list. Follow-up %1.\r\n").arg(i);
    s += QStringLiteral("X-SALESBRIDGE-CUSTOMER:%1\r\n").arg(customerCode(i));
    if (bySalesBridge) {
        s += QStringLiteral("X-SALESBRIDGE-KIND:%1\r\nX-SALESBRIDGE-STATUS:planned\r\nX-SALESBRIDGE-OWNER:bob\r\n")
                 .arg(task ? QLatin1String("task") : (i % 3 == 0 ? QLatin1String("visit") : QLatin1String("meeting")));
        if (i % 10 == 0)
            s += QStringLiteral("X-SALESBRIDGE-NEXT-STEP:%1\r\nX-SALESBRIDGE-NEXT-STEP-DUE:%2\r\n")
                     .arg(chinese ? QStringLiteral("安排技术交流") : QStringLiteral("Arrange a technical meeting"),
                          start.addDays(7).toString(QStringLiteral("yyyy-MM-dd")));
    } else if (!task && i % 7 == 1) {
        s += QStringLiteral("ORGANIZER;CN=Alice:mailto:alice@salesbridge.example\r\n");
        s += QStringLiteral("ATTENDEE;CN=%1;PARTSTAT=ACCEPTED:mailto:%2\r\n")
                 .arg(chinese ? QStringLiteral("王经理") : QStringLiteral("Mr Wang"), contactEmail(i));
    }
    if (i % 6 == 0)
        s += QStringLiteral("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT%1M\r\nEND:VALARM\r\n").arg(15 * (1 + i % 4));
    s += QStringLiteral("END:%1\r\n").arg(task ? QLatin1String("VTODO") : QLatin1String("VEVENT"));
    return s;
}

const QString kShanghai = QStringLiteral("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                                         "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");

QByteArray calendarText(const QString &components, const QString &name = {})
{
    QString s = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other client//bench//EN\r\n");
    if (!name.isEmpty())
        s += QStringLiteral("X-WR-CALNAME:%1\r\n").arg(name);
    return (s + kShanghai + components + QStringLiteral("END:VCALENDAR\r\n")).toUtf8();
}

// --- CPU -----------------------------------------------------------------------------------------

double selfCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the Radicale process (one process; its request threads count in it). 0 when
// the bench did not start it.
double serverCpu(const QString &pidFile)
{
    QFile pf(pidFile);
    if (pidFile.isEmpty() || !pf.open(QIODevice::ReadOnly))
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pf.readAll().trimmed())));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return f.size() > 12 ? (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK)) : 0;
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

// The engine's and the HTTP layer's trace lines during a cycle, stamped from its start: where
// the time goes (the REPORT, the connector's reading of the answer, the engine's writes).
QElapsedTimer traceClock;
QStringList *traceSink = nullptr;
QtMessageHandler previousHandler = nullptr;

void traceHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (traceSink && context.category && QByteArray(context.category).startsWith("salesbridge.sync")) {
        traceSink->append(QStringLiteral("+%1 s  %2").arg(traceClock.elapsed() / 1000.0, 0, 'f', 2).arg(message));
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// --- the SalesBridge workspace ----------------------------------------------------------------

// A rep's workspace with the customers the ERP gave it (the codes the items name) and a few of
// their contacts, connected to the calendar with the caldav kind; cycles as the sync runner
// makes them.
class Workspace {
public:
    Workspace(const QUrl &calendar, const CalUser &user)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("bench.sbw")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        m_db = opened.take();
        for (int i = 0; i < kCustomers; ++i)
            if (!m_db->exec(QStringLiteral("INSERT INTO customers (code, name, remote_system, remote_id) VALUES (?, ?, 'erp', ?)"),
                            {customerCode(i), QStringLiteral("客户 %1").arg(customerCode(i)), QString::number(100 + i)}))
                qFatal("customer %d", i);
        for (int i = 0; i < kContacts; ++i)
            if (!m_db->exec(QStringLiteral("INSERT INTO contacts (customer_id, name, email, remote_system, remote_id) "
                                           "SELECT id, ?, ?, 'erp', ? FROM customers WHERE code = ?"),
                            {QStringLiteral("联系人 %1").arg(i + 1), contactEmail(i), QString::number(1000 + i), customerCode(i)}))
                qFatal("contact %d", i);
        ConnectorConfig config = KindRegistry::builtIn().configFor(QStringLiteral("caldav"));
        config.url = calendar.toString();
        config.username = user.name;
        if (const QString why = KindRegistry::builtIn().validate(config); !why.isEmpty())
            qFatal("%s", qPrintable(why));
        auto saved = ConnectorStore(*m_db).save(config);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        m_secrets.set(KindRegistry::secretKey(config), user.password);
    }

    struct Cycle {
        qint64 ms = 0;
        qint64 checkpointMs = 0; // the WAL checkpoint the engine runs once the cycle is over
        SyncSummary summary;
        QStringList entities;
        QStringList trace;
    };

    Cycle cycle()
    {
        QStringList problems;
        RunnerSetup setup = makeConnectors(*m_db, m_nam, m_secrets, KindRegistry::builtIn(), &problems);
        if (!problems.isEmpty() || !setup.routing)
            qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        auto engine = std::make_unique<SyncEngine>(*m_db);
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
        traceClock.start();
        traceSink = &c.trace;
        QTimer::singleShot(0, engine.get(), &SyncEngine::start);
        loop.exec();
        c.ms = t.restart();
        traceSink = nullptr;
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

QString ms(qint64 v)
{
    return QStringLiteral("%1 ms").arg(v);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    previousHandler = qInstallMessageHandler(traceHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("salesbridge.sync.trace=true\nsalesbridge.sync.http.trace=true"));
    int events = 5000;
    int batch = 100;
    int rounds = 3;
    QUrl given;
    CalUser user = RadicaleServer::alice();
    QString bareMode = QStringLiteral("inline");
    QString serverDir = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QString();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (args.at(i) == QLatin1String("--events"))
            events = next.toInt(), ++i;
        else if (args.at(i) == QLatin1String("--url"))
            given = QUrl(next), ++i;
        else if (args.at(i) == QLatin1String("--user"))
            user.name = next, ++i;
        else if (args.at(i) == QLatin1String("--password"))
            user.password = next, ++i;
        else if (args.at(i) == QLatin1String("--bare"))
            bareMode = next, ++i;
        else if (args.at(i) == QLatin1String("--server-dir"))
            serverDir = next, ++i;
        else if (args.at(i) == QLatin1String("--batch"))
            batch = qMax(1, next.toInt()), ++i;
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = qBound(1, next.toInt(), 50), ++i;
        else {
            out << "usage: bench_caldav [--events N] [--rounds R] [--url http://HOST:PORT/] [--user U --password P] [--bare inline|multiget|get] [--batch B] [--server-dir DIR]"
                << Qt::endl;
            return 2;
        }
    }
    events = qMax(1, events);
    const BareClient::Mode mode = bareMode == QLatin1String("multiget") ? BareClient::Mode::Multiget
                                  : bareMode == QLatin1String("get")    ? BareClient::Mode::GetEach
                                                                        : BareClient::Mode::Inline;

    QElapsedTimer total;
    total.start();
    RadicaleServer server(serverDir);
    QString pidFile;
    if (given.isValid() && !given.isEmpty()) {
        server.attach(given);
        out << "Radicale at " << server.url().toString() << " (given)" << Qt::endl;
    } else {
        QString error;
        QElapsedTimer t;
        t.start();
        if (!server.start(&error)) {
            out << "FAILED: Radicale did not start: " << error << Qt::endl;
            return 1;
        }
        pidFile = server.directory() + QStringLiteral("/radicale.pid");
        out << "Radicale " << server.url().toString() << " (started in " << t.elapsed() << " ms, folder " << server.directory() << ")"
            << Qt::endl;
    }

    // The calendar: made, then filled by other clients.
    const QString name = QStringLiteral("销售日程 bench %1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    QString error;
    const QUrl calendar = server.newCalendar(name, &error);
    if (calendar.isEmpty()) {
        out << "FAILED: " << error << Qt::endl;
        return 1;
    }
    const QDateTime anchor = QDateTime(QDate::currentDate(), QTime(9, 0), Qt::UTC);
    const int singles = qMin(events, 10);
    QElapsedTimer t;
    t.start();
    QString bulk;
    for (int i = 0; i < events - singles; ++i)
        bulk += itemText(i, anchor);
    const qint64 writeMs = t.restart();
    const CalReply whole = server.put(calendar.toString(), calendarText(bulk, name), Precondition::none(), user);
    const qint64 wholeMs = t.restart();
    if (!whole.ok()) {
        out << "FAILED: the PUT of the whole calendar: " << whole.describe() << Qt::endl;
        return 1;
    }
    qint64 slowest = 0;
    for (int i = events - singles; i < events; ++i) {
        QElapsedTimer one;
        one.start();
        const QString href = RadicaleServer::itemUrl(calendar, QStringLiteral("single-%1.ics").arg(i)).toString();
        const CalReply r = server.put(href, calendarText(itemText(i, anchor)), Precondition::createOnly(), user);
        if (r.status != 201) {
            out << "FAILED: PUT " << href << ": " << r.describe() << Qt::endl;
            return 1;
        }
        slowest = qMax(slowest, one.elapsed());
    }
    const qint64 singlesMs = t.elapsed();
    QString listError;
    const int onServer = server.listHrefs(calendar, &listError, user).size();
    if (onServer != events) {
        out << "FAILED: " << onServer << " items on the server, " << events << " put " << listError << Qt::endl;
        return 1;
    }
    out << QStringLiteral("calendar %1: %2 items (%3 tasks) put by other clients: the text made in %4, one PUT of %5 items %6 (%7 MB), "
                          "%8 single PUTs with If-None-Match: * %9 (slowest %10)")
               .arg(calendar.toString()).arg(events).arg(events / 4).arg(ms(writeMs)).arg(events - singles).arg(ms(wholeMs))
               .arg(bulk.toUtf8().size() / 1048576.0, 0, 'f', 1).arg(singles).arg(ms(singlesMs)).arg(ms(slowest))
        << Qt::endl;

    // Warm-up: Radicale records the state of every item the first time a sync-collection asks.
    {
        BareClient warm(calendar, user, BareClient::Mode::Inline, batch);
        const BareClient::Read w = warm.read();
        if (!w.error.isEmpty()) {
            out << "FAILED: warm-up: " << w.error << Qt::endl;
            return 1;
        }
        out << "warm-up sync-collection: " << w.items << " items in " << ms(w.ms) << Qt::endl;
    }

    Clock clock{pidFile};
    auto bareRun = [&](qint64 *cpu, qint64 *serverCpuMs) {
        BareClient bare(calendar, user, mode, batch);
        clock.start();
        const BareClient::Read r = bare.read();
        *cpu = clock.selfMs();
        *serverCpuMs = clock.serverMs();
        return r;
    };
    qint64 bareCpu = 0, bareServer = 0, bare2Cpu = 0, bare2Server = 0;
    const BareClient::Read bare = bareRun(&bareCpu, &bareServer);
    if (!bare.error.isEmpty() || bare.items != events) {
        out << "FAILED: bare client: " << bare.items << " items; " << bare.error << Qt::endl;
        return 1;
    }

    int failures = 0;
    const bool connectorBuilt = KindRegistry::builtIn().find(QStringLiteral("caldav")) != nullptr;
    if (!connectorBuilt) {
        out << "  SalesBridge sync     NOT YET RUNNABLE: this build has no \"caldav\" connector kind (sync/connectors/caldav)" << Qt::endl;
        out << Qt::endl << "bench_caldav done in " << total.elapsed() / 1000 << " s (bare client only)" << Qt::endl;
        return 3;
    }
    // Round k: the sync into a fresh workspace, then a bare read; bares[k] and bares[k + 1] are
    // the reads on either side of sync k.
    QList<BareClient::Read> bares{bare};
    QList<Workspace::Cycle> syncs;
    QList<qint64> syncCpus, syncServers;
    int applied = 0;
    for (int round = 0; round < rounds; ++round) {
        Workspace ws(calendar, user);
        clock.start();
        Workspace::Cycle cycle = ws.cycle();
        syncCpus << clock.selfMs();
        syncServers << clock.serverMs();
        if (!cycle.summary.ok()) {
            out << "FAILED: first sync (round " << round + 1 << "): " << cycle.summary.errors.join(QStringLiteral("; ")) << Qt::endl;
            ++failures;
        }
        const int cached = ws.count(QStringLiteral("SELECT count(*) FROM activities"));
        if (round == 0 || cached < applied)
            applied = cached;
        syncs << std::move(cycle);
        const BareClient::Read again = bareRun(&bare2Cpu, &bare2Server);
        if (!again.error.isEmpty()) {
            out << "FAILED: bare client (read " << round + 2 << "): " << again.error << Qt::endl;
            return 1;
        }
        bares << again;
    }
    const Workspace::Cycle &first = syncs.first();
    const BareClient::Read &bare2 = bares.at(1);

    out << Qt::endl << "First sync of a calendar with " << events << " items" << Qt::endl;
    out << QStringLiteral("  bare CalDAV client   %1, %2  (before and after the sync; %3: %4 calls, %5 MB)")
               .arg(ms(bare.ms), ms(bare2.ms), BareClient::modeName(mode)).arg(bare.calls).arg(bare.bytes / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("                       of which libical parsing %1, %2: %3 VEVENT, %4 VTODO")
               .arg(ms(bare.parseMs), ms(bare2.parseMs)).arg(bare.events).arg(bare.todos)
        << Qt::endl;
    out << QStringLiteral("                       CPU: client %1 ms, Radicale %2 ms (first read)").arg(bareCpu).arg(bareServer) << Qt::endl;
    out << QStringLiteral("  SalesBridge sync     %1  (entities: %2; %3 records written, %4 activities cached)")
               .arg(ms(first.ms), first.entities.join(QStringLiteral(", "))).arg(first.summary.pulled).arg(applied)
        << Qt::endl;
    out << QStringLiteral("                       CPU: client %1 ms, Radicale %2 ms; then the WAL checkpoint %3 ms")
               .arg(syncCpus.first()).arg(syncServers.first()).arg(first.checkpointMs)
        << Qt::endl;
    for (const QString &line : std::as_const(first.trace))
        out << "                       " << line << Qt::endl;

    // Every round: its sync against the bare reads on either side; the target on the median.
    out << Qt::endl << "Rounds (bare read, sync, bare read: the sync against the mean of the two)" << Qt::endl;
    QList<double> ratios;
    for (int round = 0; round < syncs.size(); ++round) {
        const Workspace::Cycle &c = syncs.at(round);
        const double baseline = qMax(1.0, (bares.at(round).ms + bares.at(round + 1).ms) / 2.0);
        ratios << c.ms / baseline;
        // The REPORT's own time is in the trace: what the sync took after it is the client's.
        qint64 reportMs = -1;
        for (const QString &line : c.trace)
            if (line.contains(QLatin1String(" REPORT ")))
                reportMs = line.section(QLatin1Char(' '), -2, -2).toLongLong();
        out << QStringLiteral("  round %1: bare %2, %3; sync %4 (REPORT %5, after it %6; client CPU %7 ms): %8 x")
                   .arg(round + 1).arg(ms(bares.at(round).ms), ms(bares.at(round + 1).ms), ms(c.ms))
                   .arg(reportMs >= 0 ? ms(reportMs) : QStringLiteral("?"), reportMs >= 0 ? ms(c.ms - reportMs) : QStringLiteral("?"))
                   .arg(syncCpus.at(round)).arg(ratios.last(), 0, 'f', 2)
            << Qt::endl;
    }
    QList<double> sorted = ratios;
    std::sort(sorted.begin(), sorted.end());
    const double ratio = sorted.size() % 2 ? sorted.at(sorted.size() / 2)
                                           : (sorted.at(sorted.size() / 2 - 1) + sorted.at(sorted.size() / 2)) / 2.0;
    out << QStringLiteral("  %1: %2 x the bare client, the median of %3 rounds (spread %4 to %5; target <= %6)")
               .arg(ratio <= kTarget ? QStringLiteral("target met") : QStringLiteral("target missed"))
               .arg(ratio, 0, 'f', 2).arg(ratios.size()).arg(sorted.first(), 0, 'f', 2).arg(sorted.last(), 0, 'f', 2)
               .arg(kTarget, 0, 'f', 2)
        << Qt::endl;
    // Every item names a customer of the workspace: every one must arrive.
    if (applied != events) {
        out << "FAILED: " << applied << " activities cached, " << events << " items on the server" << Qt::endl;
        ++failures;
    }
    out << Qt::endl << "bench_caldav done in " << total.elapsed() / 1000 << " s" << (failures ? ", with failures" : "") << Qt::endl;
    return failures ? 1 : 0;
}
