// load_rep: one rep's headless SalesBridge workspace for the load program (scripts/load-test.sh,
// docs/benchmarks.md "Twenty reps on one ERP"). A SyncEngine with a TrytonConnector on a
// workspace file, edits made through the cache's own stores, one sync cycle per tick.
//
//   load_rep --url URL --workspace FILE --first-sync --log FILE
//       one first sync of an empty workspace (the copy every rep starts from)
//   load_rep --url URL --workspace FILE --rep N [--reps R] --minutes D [--interval S] --log FILE
//       every S seconds for D minutes: a few edits (a new customer with a contact, visits logged
//       on shared customers and on the rep's own, an opportunity moved a stage, a quote, a grade
//       or region changed), then one cycle; the cycles are spread over the interval by rep
//   load_rep --url URL --workspace FILE --rep N --final --log FILE
//       cycles until nothing is left to send (at most 5); exit 1 when something stays
//   --cycles C stops the editing loop after C cycles; --no-edits makes its cycles without edits
//       (the server's cost of a cycle that only reads, scripts/load-test.sh --explore)
// Every cycle and every edit is one JSON line in the log; the hot customers (shared with the
// ERP-side editor) come from --hot FILE (a JSON list of party ids).
#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/QuoteStore.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/engine/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace sb;

namespace {

QTextStream err(stderr);

class Rep {
public:
    Rep(Database &db, tryton::Config config, int rep, QFile &log)
        : m_db(db)
        , m_connector(&m_nam, std::move(config))
        , m_rep(rep)
        , m_log(log)
        , m_random(quint32(1000 + rep))
    {
    }

    // One cycle, timed from start to the engine's finished signal (the WAL checkpoint the
    // engine runs when it is destroyed is timed apart).
    SyncSummary cycle(int number, int edits)
    {
        auto engine = std::make_unique<SyncEngine>(m_db);
        engine->setPageSize(500);
        engine->addConnector(&m_connector, 1);
        SyncSummary summary;
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
            summary = s;
            loop.quit();
        });
        const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, engine.get(), &SyncEngine::start);
        loop.exec();
        const qint64 ms = t.elapsed();
        t.restart();
        engine.reset();
        write(QJsonObject{{QStringLiteral("cycle"), number},
                          {QStringLiteral("at"), startedAt},
                          {QStringLiteral("ms"), ms},
                          {QStringLiteral("checkpoint_ms"), t.elapsed()},
                          {QStringLiteral("edits"), edits},
                          {QStringLiteral("pushed"), summary.pushed},
                          {QStringLiteral("push_failed"), summary.pushFailed},
                          {QStringLiteral("retry_later"), summary.retryLater},
                          {QStringLiteral("pulled"), summary.pulled},
                          {QStringLiteral("conflicts"), summary.conflicts},
                          {QStringLiteral("errors"), QJsonArray::fromStringList(summary.errors)}});
        return summary;
    }

    void setHot(const QList<qint64> &remoteIds)
    {
        for (qint64 remote : remoteIds) {
            auto id = m_db.scalar(QStringLiteral("SELECT id FROM customers WHERE remote_system = 'erp' AND remote_id = ?"),
                                  {QString::number(remote)});
            if (id && id.value().isValid())
                m_hot << id.value().toLongLong();
        }
    }
    int hotCount() const { return int(m_hot.size()); }

    // The edits of one tick; returns how many were made. A refused edit stops the program: the
    // load would measure something else.
    int edit(int tick)
    {
        int n = 0;
        const QString tag = QStringLiteral("r%1-t%2").arg(m_rep).arg(tick);
        // A new customer met today, with its contact.
        static const char *const kGrades[] = {"A", "B", "C", "D"};
        static const char *const kRegions[] = {"East China", "South China", "North China", "Southwest China", "Overseas"};
        static const char *const kIndustries[] = {"Precision machinery", "Pumps and valves", "Food machinery", "Environmental",
                                                  "Water utilities", "Chemicals", "Electronics"};
        const QString name = QStringLiteral("负载测试客户 %1 有限公司").arg(tag);
        const qint64 customer = must(ChangeWriter(m_db).create(entities::customer(),
                                                               {{QStringLiteral("name"), name},
                                                                {QStringLiteral("grade"), QString::fromLatin1(kGrades[pick(4)])},
                                                                {QStringLiteral("region"), QString::fromLatin1(kRegions[pick(5)])},
                                                                {QStringLiteral("industry"), QString::fromLatin1(kIndustries[pick(7)])},
                                                                {QStringLiteral("owner"), QStringLiteral("admin")}}),
                                     "new customer");
        m_own << customer;
        logEdit(QStringLiteral("customer"), QStringLiteral("customer"), customer, {{QStringLiteral("name"), name}});
        const QString email = QStringLiteral("buyer.%1@load.example.cn").arg(tag);
        const qint64 contact = must(ChangeWriter(m_db).create(entities::contact(), {{QStringLiteral("customer_id"), customer},
                                                                                     {QStringLiteral("name"), QStringLiteral("采购 %1").arg(tag)},
                                                                                     {QStringLiteral("email"), email},
                                                                                     {QStringLiteral("is_primary"), 1}}),
                                    "new contact");
        logEdit(QStringLiteral("contact"), QStringLiteral("contact"), contact, {{QStringLiteral("customer"), customer}, {QStringLiteral("email"), email}});
        n += 2;

        // Visits: one on a customer the ERP side edits too, one on one of the rep's own.
        if (!m_hot.isEmpty()) {
            visit(m_hot.at(pick(int(m_hot.size()))), tag + QStringLiteral("-hot"));
            ++n;
        }
        visit(m_own.at(pick(int(m_own.size()))), tag + QStringLiteral("-own"));
        ++n;

        // An opportunity on every second new customer; one of the rep's deals moves a stage.
        if (tick % 2 == 0) {
            const qint64 opp = must(ChangeWriter(m_db).create(entities::opportunity(),
                                                              {{QStringLiteral("customer_id"), customer},
                                                               {QStringLiteral("title"), QStringLiteral("设备更新项目 %1").arg(tag)},
                                                               {QStringLiteral("stage"), QStringLiteral("lead")},
                                                               {QStringLiteral("amount_cents"), qint64(100000 + pick(900000)) * 100},
                                                               {QStringLiteral("owner"), QStringLiteral("admin")}}),
                                    "new opportunity");
            m_opps << Opp{opp, 0};
            logEdit(QStringLiteral("opportunity"), QStringLiteral("opportunity"), opp,
                    {{QStringLiteral("stage"), QStringLiteral("lead")}, {QStringLiteral("expect"), TrytonConnector::opportunityStateFor(QStringLiteral("lead"))}});
            ++n;
        }
        static const char *const kStages[] = {"lead", "qualified", "proposal", "negotiation"};
        QList<int> movable;
        for (int i = 0; i < m_opps.size(); ++i)
            if (m_opps.at(i).stage < 3)
                movable << i;
        if (!movable.isEmpty()) {
            Opp &o = m_opps[movable.at(pick(int(movable.size())))];
            ++o.stage;
            const QString stage = QString::fromLatin1(kStages[o.stage]);
            mustOk(ChangeWriter(m_db).update(entities::opportunity(), o.id, {{QStringLiteral("stage"), stage}}), "stage move");
            logEdit(QStringLiteral("stage"), QStringLiteral("opportunity"), o.id,
                    {{QStringLiteral("stage"), stage}, {QStringLiteral("expect"), TrytonConnector::opportunityStateFor(stage)}});
            ++n;
        }

        // A quote on every third tick, for one of the rep's customers.
        if (tick % 3 == 1) {
            QuoteStore quotes(m_db);
            const qint64 quote = must(quotes.createDraft(m_own.at(pick(int(m_own.size()))), 0, QStringLiteral("admin")), "new quote");
            QList<QuoteLine> lines;
            for (int i = 0; i <= pick(2); ++i) {
                QuoteLine l;
                l.description = QStringLiteral("离心泵 CP-%1 (%2)").arg(100 + 50 * i).arg(tag);
                l.quantity = 1 + pick(5);
                l.unitPriceCents = 1280000 + 10000 * pick(50);
                lines << l;
            }
            mustOk(quotes.saveLines(quote, lines), "quote lines");
            logEdit(QStringLiteral("quote"), QStringLiteral("quote"), quote, {{QStringLiteral("lines"), int(lines.size())}});
            ++n;
        }

        // The customer file: a grade or a region revised on one of the rep's customers.
        if (tick % 2 == 1 && m_own.size() > 1) {
            const qint64 c = m_own.at(pick(int(m_own.size()) - 1)); // not the one made this tick
            const bool grade = pick(2) == 0;
            const QString field = grade ? QStringLiteral("grade") : QStringLiteral("region");
            const QString value = grade ? QString::fromLatin1(kGrades[pick(4)]) : QString::fromLatin1(kRegions[pick(5)]);
            mustOk(ChangeWriter(m_db).update(entities::customer(), c, {{field, value}}), "customer file edit");
            logEdit(QStringLiteral("file"), QStringLiteral("customer"), c, {{QStringLiteral("field"), field}, {QStringLiteral("value"), value}});
            ++n;
        }
        return n;
    }

    int openOutbox()
    {
        auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'"));
        if (!r)
            fail(QStringLiteral("outbox count: ") + r.error());
        return r.value().toInt();
    }

    void write(const QJsonObject &o)
    {
        QJsonObject line = o;
        line.insert(QStringLiteral("rep"), m_rep);
        m_log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_log.flush();
    }

    [[noreturn]] static void fail(const QString &what)
    {
        err << "load_rep: " << what << Qt::endl;
        std::exit(2);
    }

private:
    struct Opp {
        qint64 id;
        int stage;
    };

    int pick(int n) { return n <= 1 ? 0 : int(m_random.bounded(n)); }

    void visit(qint64 customer, const QString &tag)
    {
        const QString subject = QStringLiteral("拜访 %1").arg(tag);
        const qint64 id = must(ChangeWriter(m_db).create(entities::activity(),
                                                         {{QStringLiteral("customer_id"), customer},
                                                          {QStringLiteral("kind"), QStringLiteral("visit")},
                                                          {QStringLiteral("subject"), subject},
                                                          {QStringLiteral("body"), QStringLiteral("看了现场，客户要一份备件报价。")},
                                                          {QStringLiteral("starts_at"), Database::nowUtc()},
                                                          {QStringLiteral("status"), QStringLiteral("done")},
                                                          {QStringLiteral("owner"), QStringLiteral("admin")}}),
                               "visit");
        logEdit(QStringLiteral("visit"), QStringLiteral("activity"), id, {{QStringLiteral("customer"), customer}, {QStringLiteral("subject"), subject}});
    }

    void logEdit(const QString &kind, const QString &entity, qint64 id, const QJsonObject &extra)
    {
        QJsonObject o = extra;
        o.insert(QStringLiteral("edit"), kind);
        o.insert(QStringLiteral("entity"), entity);
        o.insert(QStringLiteral("local"), id);
        write(o);
    }

    static qint64 must(const Result<qint64> &r, const char *what)
    {
        if (!r)
            fail(QStringLiteral("%1 refused: %2").arg(QLatin1String(what), r.error()));
        return r.value();
    }
    static void mustOk(const Status &s, const char *what)
    {
        if (!s)
            fail(QStringLiteral("%1 refused: %2").arg(QLatin1String(what), s.error()));
    }

    Database &m_db;
    QNetworkAccessManager m_nam;
    TrytonConnector m_connector; // one session for the life of the rep, like a running app
    int m_rep;
    QFile &m_log;
    QRandomGenerator m_random;
    QList<qint64> m_hot, m_own;
    QList<Opp> m_opps;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("trytond base URL"), QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("workspace file"), QStringLiteral("FILE"));
    const QCommandLineOption rep(QStringLiteral("rep"), QStringLiteral("rep number"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("reps in the run"), QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("editing phase"), QStringLiteral("D"), QStringLiteral("10"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("seconds per cycle"), QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("JSON lines out"), QStringLiteral("FILE"));
    const QCommandLineOption hot(QStringLiteral("hot"), QStringLiteral("JSON list of shared party ids"), QStringLiteral("FILE"));
    const QCommandLineOption first(QStringLiteral("first-sync"), QStringLiteral("one first sync"));
    const QCommandLineOption final(QStringLiteral("final"), QStringLiteral("sync until nothing is left to send"));
    const QCommandLineOption cycles(QStringLiteral("cycles"), QStringLiteral("stop after C cycles"), QStringLiteral("C"), QStringLiteral("0"));
    const QCommandLineOption noEdits(QStringLiteral("no-edits"), QStringLiteral("cycles without edits"));
    p.addOptions({url, workspace, rep, reps, minutes, interval, log, hot, first, final, cycles, noEdits});
    p.process(app);
    if (!p.isSet(url) || !p.isSet(workspace) || !p.isSet(log))
        Rep::fail(QStringLiteral("--url, --workspace and --log are required"));

    auto opened = Database::open(p.value(workspace));
    if (!opened)
        Rep::fail(QStringLiteral("cannot open %1: %2").arg(p.value(workspace), opened.error()));
    std::unique_ptr<Database> db = opened.take();
    if (!db->exec(QStringLiteral("INSERT OR IGNORE INTO connectors (id, system, kind, url, database_name, username) "
                                 "VALUES (1, 'erp', 'tryton', ?, 'crm', 'admin')"),
                  {p.value(url)}))
        Rep::fail(QStringLiteral("cannot configure the workspace"));
    QFile logFile(p.value(log));
    if (!logFile.open(QIODevice::Append))
        Rep::fail(QStringLiteral("cannot write %1").arg(p.value(log)));

    tryton::Config config;
    config.url = QUrl(p.value(url));
    config.database = QStringLiteral("crm");
    config.username = QStringLiteral("admin");
    config.password = QStringLiteral("admin");
    config.timeoutMs = 300000;
    Rep r(*db, config, p.value(rep).toInt(), logFile);

    if (p.isSet(first)) {
        const SyncSummary s = r.cycle(0, 0);
        return s.ok() && r.openOutbox() == 0 ? 0 : 1;
    }
    if (p.isSet(final)) {
        for (int i = 1; i <= 5; ++i) {
            const SyncSummary s = r.cycle(-i, 0);
            if (s.ok() && r.openOutbox() == 0)
                return 0;
        }
        err << "load_rep: entries left in the outbox after 5 final cycles: " << r.openOutbox() << Qt::endl;
        return 1;
    }

    if (p.isSet(hot)) {
        QFile f(p.value(hot));
        if (!f.open(QIODevice::ReadOnly))
            Rep::fail(QStringLiteral("cannot read %1").arg(p.value(hot)));
        QList<qint64> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
            ids << v.toInteger();
        r.setHot(ids);
    }
    const qint64 intervalMs = qMax(1, p.value(interval).toInt()) * 1000LL;
    const int repCount = qMax(1, p.value(reps).toInt());
    const qint64 offsetMs = intervalMs * (p.value(rep).toInt() - 1) / repCount; // reps' timers are not aligned
    QThread::msleep(quint64(offsetMs));
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = p.value(minutes).toLongLong() * 60000;
    int failures = 0;
    const int maxCycles = p.value(cycles).toInt();
    int made = 0;
    // A cycle longer than the interval skips the ticks it overran, as a timer in the app would:
    // the cycles never run back to back to catch up.
    int tick = 0;
    while (clock.elapsed() < endMs) {
        const int edits = p.isSet(noEdits) ? 0 : r.edit(tick);
        const SyncSummary s = r.cycle(tick + 1, edits);
        if (!s.ok())
            ++failures;
        if (maxCycles > 0 && ++made >= maxCycles)
            break;
        tick = int(clock.elapsed() / intervalMs) + 1;
        const qint64 next = tick * intervalMs;
        if (next >= endMs)
            break;
        QThread::msleep(quint64(next - clock.elapsed()));
    }
    return failures == 0 ? 0 : 1;
}
