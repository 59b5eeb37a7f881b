// bench_oa: a manager's inbox of N pending quote approvals (Feishu Approval v4, against the
// emulator scripts/feishu_emulator.py on loopback), refreshed by SalesBridge and by a bare
// client in the same run. Prints, per round and as medians over the rounds:
//  - the first sync of a manager workspace (mgr1; every instance fetched and written to the
//    cache) next to a bare QNetworkAccessManager loop making the same calls (token, tasks/query
//    pages, creation-time listing pages, one GET per instance) and parsing the JSON, writing
//    nothing: wall time and ratio;
//  - a refresh after C of the instances were approved by mgr2 (poll_seconds 0: every open
//    instance is asked again), same comparison;
//  - the calls each side made (the emulator's own counters), CPU of this process and of the
//    emulator, and peak RSS.
// Each round starts a fresh emulator and seeds it; which side goes first alternates.
//
// The emulator answers with TCP_NODELAY (as a production HTTP front does); the round trip
// measured before seeding is printed.
// Usage: bench_oa [--approvals N] [--rounds R] [--changed C]
#include "../oa/FeishuEmulator.h"
#include "../oa/OaWorkspace.h"

#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sb;
using namespace sb::testing;

namespace {

QTextStream out(stdout);

const QString kDefinition = QStringLiteral("SB_QUOTE");
const QString kManager = QStringLiteral("mgr1");
constexpr qint64 kDay = 86400LL * 1000;

// --- the bare client --------------------------------------------------------------------------

// What SalesBridge's pull asks, in the same order, with nothing kept but the codes it polls and
// the end of its last listing (the connector keeps the same in its cursor).
class BareClient {
public:
    explicit BareClient(const QUrl &base)
        : m_base(base.toString() + QStringLiteral("/open-apis/"))
    {
    }

    struct Read {
        int tasks = 0;    // to-do tasks of the manager
        int listed = 0;   // codes in the creation-time listing
        int fetched = 0;  // instances read
        int pending = 0;  // of which still pending
        int mine = 0;     // of which with a pending task of the manager
    };

    Read refresh()
    {
        Read r;
        if (m_token.isEmpty()) {
            const QJsonObject t = call("POST", QStringLiteral("auth/v3/tenant_access_token/internal"), {},
                                       QJsonObject{{QStringLiteral("app_id"), FeishuEmulator::appId()},
                                                   {QStringLiteral("app_secret"), FeishuEmulator::appSecret()}});
            m_token = "Bearer " + t.value(QLatin1String("tenant_access_token")).toString().toUtf8();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // The manager's to-do tasks.
        QStringList todo;
        QString pageToken;
        do {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("user_id_type"), QStringLiteral("user_id"));
            q.addQueryItem(QStringLiteral("user_id"), kManager);
            q.addQueryItem(QStringLiteral("topic"), QStringLiteral("1"));
            q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("200"));
            if (!pageToken.isEmpty())
                q.addQueryItem(QStringLiteral("page_token"), pageToken);
            const QJsonObject data = call("GET", QStringLiteral("approval/v4/tasks/query"), q);
            for (const QJsonValue &v : data.value(QLatin1String("tasks")).toArray()) {
                const QJsonObject t = v.toObject();
                if (t.value(QLatin1String("definition_code")).toString() == kDefinition)
                    todo << t.value(QLatin1String("process_code")).toString();
            }
            pageToken = data.value(QLatin1String("has_more")).toBool() ? data.value(QLatin1String("page_token")).toString() : QString();
        } while (!pageToken.isEmpty());
        r.tasks = int(todo.size());
        // Instances created since the last listing (a minute of overlap), 90 days back the
        // first time, in windows of at most 30 days.
        QStringList listed;
        for (qint64 from = m_since > 0 ? m_since - 60 * 1000 : now - 90 * kDay;;) {
            const qint64 to = qMin(from + 30 * kDay, now);
            QString page;
            do {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("approval_code"), kDefinition);
                q.addQueryItem(QStringLiteral("start_time"), QString::number(from));
                q.addQueryItem(QStringLiteral("end_time"), QString::number(to));
                q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
                if (!page.isEmpty())
                    q.addQueryItem(QStringLiteral("page_token"), page);
                const QJsonObject data = call("GET", QStringLiteral("approval/v4/instances"), q);
                for (const QJsonValue &v : data.value(QLatin1String("instance_code_list")).toArray())
                    listed << v.toString();
                page = data.value(QLatin1String("has_more")).toBool() ? data.value(QLatin1String("page_token")).toString() : QString();
            } while (!page.isEmpty());
            if (to >= now)
                break;
            from = to;
        }
        m_since = now;
        r.listed = int(listed.size());
        // New codes first, then every one still open (poll_seconds 0: all of them, every time).
        QStringList queue;
        QSet<QString> queued;
        for (const QStringList *codes : {&listed, &todo})
            for (const QString &c : *codes)
                if (!m_open.contains(c) && !queued.contains(c)) {
                    queued.insert(c);
                    queue << c;
                }
        for (const QString &c : std::as_const(m_openOrder))
            if (!queued.contains(c)) {
                queued.insert(c);
                queue << c;
            }
        QUrlQuery get;
        get.addQueryItem(QStringLiteral("user_id_type"), QStringLiteral("user_id"));
        get.addQueryItem(QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
        QStringList open;
        for (const QString &code : std::as_const(queue)) {
            const QJsonObject in = call("GET", QStringLiteral("approval/v4/instances/") + code, get);
            ++r.fetched;
            const QString status = in.value(QLatin1String("status")).toString();
            if (status == QLatin1String("PENDING"))
                ++r.pending;
            for (const QJsonValue &v : in.value(QLatin1String("task_list")).toArray()) {
                const QJsonObject t = v.toObject();
                if (t.value(QLatin1String("user_id")).toString() == kManager && t.value(QLatin1String("status")).toString() == QLatin1String("PENDING")) {
                    ++r.mine;
                    break;
                }
            }
            // Pending, or approved within the last 30 days (a revocation can still come): polled
            // again next time, as the connector does.
            if (status == QLatin1String("PENDING")
                || (status == QLatin1String("APPROVED") && in.value(QLatin1String("end_time")).toString().toLongLong() + 30 * kDay > now))
                open << code;
        }
        m_openOrder = open;
        m_open = QSet<QString>(open.cbegin(), open.cend());
        return r;
    }

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body = {})
    {
        QUrl url(m_base + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", m_token);
        QNetworkReply *reply;
        if (method == "GET") {
            reply = m_nam.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
            reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (answer.value(QLatin1String("code")).toInt(-1) != 0)
            qFatal("bare client: %s %s: %s", method.constData(), qPrintable(path), QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        return answer.contains(QLatin1String("data")) ? answer.value(QLatin1String("data")).toObject() : answer;
    }

    QNetworkAccessManager m_nam;
    QString m_base;
    QByteArray m_token;
    qint64 m_since = 0;
    QStringList m_openOrder;
    QSet<QString> m_open;
};

// --- seeding ----------------------------------------------------------------------------------

// The instance a rep's submit of quote erp:<id> makes (the widgets formFor writes), created
// through the API with a few requests in flight.
void seedInstances(FeishuEmulator &oa, int n)
{
    QNetworkAccessManager nam;
    const QUrl base = oa.url();
    auto post = [&nam, &base](const QString &path, const QJsonObject &body, const QByteArray &token) {
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/open-apis/") + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", token);
        return nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    QByteArray token;
    {
        QNetworkReply *reply = post(QStringLiteral("auth/v3/tenant_access_token/internal"),
                                    QJsonObject{{QStringLiteral("app_id"), FeishuEmulator::appId()},
                                                {QStringLiteral("app_secret"), FeishuEmulator::appSecret()}},
                                    {});
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        token = "Bearer " + QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("tenant_access_token")).toString().toUtf8();
        reply->deleteLater();
    }
    auto widget = [](const char *id, const char *type, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("value"), value}};
    };
    int next = 0, done = 0;
    QEventLoop loop;
    std::function<void()> send = [&] {
        if (next >= n)
            return;
        const int i = next++;
        const QString id = QString::number(10000 + i);
        const QJsonArray form{
            widget("sb_number", "input", QStringLiteral("SO-") + id),
            widget("sb_customer", "input", QStringLiteral("苏州华东精密机械有限公司")),
            widget("sb_amount", "amount", 10115.0 + i),
            widget("sb_lines", "textarea", QStringLiteral("5 x 交流伺服电机 750W at 2,380.00, less 15 %")),
            widget("sb_link", "input", QStringLiteral("salesbridge://quote?quote=erp:%1&customer=erp:88&currency=CNY").arg(id)),
            widget("sb_discount", "number", 15.0),
            widget("sb_margin", "number", 28.32),
        };
        QNetworkReply *reply = post(QStringLiteral("approval/v4/instances"),
                                    QJsonObject{{QStringLiteral("approval_code"), kDefinition},
                                                {QStringLiteral("user_id"), QStringLiteral("rep1")},
                                                {QStringLiteral("form"), QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact))},
                                                {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
                                    token);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            if (answer.value(QLatin1String("code")).toInt(-1) != 0)
                qFatal("seeding: %s", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
            if (++done == n)
                loop.quit();
            else
                send();
        });
    };
    for (int k = 0; k < 4; ++k)
        send();
    if (n > 0)
        loop.exec();
}

// The quotes the approvals are about, as the ERP gave them to the manager's laptop (the same
// rows on every laptop, as tests/oa/tst_feishu.cpp seeds them), in one transaction.
void seedQuotes(OaWorkspace &ws, int n)
{
    Database &db = ws.db();
    auto run = [&db](const QString &sql, const QVariantList &b = {}) {
        auto r = db.exec(sql, b);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
    };
    Transaction tx(db);
    run(QStringLiteral("INSERT OR IGNORE INTO customers (code, name, grade, remote_system, remote_id) "
                       "VALUES ('C-88', '苏州华东精密机械有限公司', 'A', 'erp', '88')"));
    run(QStringLiteral("INSERT OR IGNORE INTO products (code, name, unit, list_price_cents, cost_cents, remote_system, remote_id) "
                       "VALUES ('SRV-750', '交流伺服电机 750W', 'pcs', 238000, 145000, 'erp', '5')"));
    const qint64 customer = ws.value(QStringLiteral("SELECT id FROM customers WHERE remote_id = '88'")).toLongLong();
    const qint64 product = ws.value(QStringLiteral("SELECT id FROM products WHERE remote_id = '5'")).toLongLong();
    for (int i = 0; i < n; ++i) {
        const QString id = QString::number(10000 + i);
        run(QStringLiteral("INSERT INTO quotes (number, customer_id, state, currency, total_cents, subtotal_cents, discount_cents, cost_cents, "
                           "owner, remote_system, remote_id) VALUES (?, ?, 'pending_approval', 'CNY', 1011500, 1190000, 178500, 725000, 'rep1', 'erp', ?)"),
            {QStringLiteral("SO-") + id, customer, id});
        const qint64 quote = ws.value(QStringLiteral("SELECT id FROM quotes WHERE remote_id = ?"), {id}).toLongLong();
        run(QStringLiteral("INSERT INTO quote_lines (quote_id, position, product_id, description, quantity, unit_price_cents, "
                           "discount_pct, line_total_cents, remote_system, remote_id) VALUES (?, 1, ?, '交流伺服电机 750W', 5, 238000, 15, 1011500, 'erp', ?)"),
            {quote, product, id + QStringLiteral("-1")});
    }
    if (Status s = tx.commit(); !s)
        qFatal("%s", qPrintable(s.error()));
}

// --- measuring --------------------------------------------------------------------------------

double cpuSelf()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The emulator is this process's child running scripts/feishu_emulator.py: found in /proc.
qint64 emulatorPid()
{
    const QString me = QString::number(getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!pid.at(0).isDigit() || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 2 || QString::fromLatin1(f.at(1)) != me)
            continue;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains("feishu_emulator.py"))
            return pid.toLongLong();
    }
    return 0;
}

double cpuOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return f.size() > 12 ? (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK)) : 0;
}

// kB from /proc/self/status (VmHWM: the peak since the last reset, VmRSS: now).
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Sets VmHWM back to the current RSS (Linux 4.0+), so the next peak is one phase's.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Phase {
    qint64 ms = 0;
    double cpuMs = 0;        // this process
    double serverCpuMs = 0;  // the emulator
    qint64 rssStartKb = 0;
    qint64 peakKb = 0;
    QMap<QString, int> calls; // "METHOD path template" -> count during the phase
    QString detail;
};

QMap<QString, int> callCounters(FeishuEmulator &oa)
{
    QMap<QString, int> m;
    const QJsonObject calls = oa.state().value(QLatin1String("calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it)
        m.insert(it.key(), it.value().toInt());
    return m;
}

// Times work() alone; describe() runs after the clock stops (what was read or written).
Phase measure(FeishuEmulator &oa, qint64 serverPid, const std::function<void()> &work, const std::function<QString()> &describe)
{
    Phase p;
    const QMap<QString, int> before = callCounters(oa);
    malloc_trim(0); // what reading the counters (all instances, rendered) left is not this phase's
    resetPeak();
    p.rssStartKb = statusKb("VmRSS:");
    const double c0 = cpuSelf(), s0 = cpuOf(serverPid);
    QElapsedTimer t;
    t.start();
    work();
    p.ms = t.elapsed();
    p.cpuMs = (cpuSelf() - c0) * 1000;
    p.serverCpuMs = (cpuOf(serverPid) - s0) * 1000;
    p.peakKb = statusKb("VmHWM:");
    p.detail = describe();
    const QMap<QString, int> after = callCounters(oa);
    for (auto it = after.begin(); it != after.end(); ++it)
        if (it.value() - before.value(it.key()) > 0 && !it.key().contains(QLatin1String("/_emulator/")))
            p.calls.insert(it.key(), it.value() - before.value(it.key()));
    return p;
}

QString shortName(const QString &key)
{
    QString s = key;
    s.replace(QLatin1String("/open-apis/approval/v4/"), QLatin1String(" "));
    s.replace(QLatin1String("/open-apis/auth/v3/tenant_access_token/internal"), QLatin1String(" token"));
    return s.simplified();
}

QString callsText(const QMap<QString, int> &calls)
{
    QStringList parts;
    int total = 0;
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(shortName(it.key()));
        total += it.value();
    }
    return QStringLiteral("%1 calls (%2)").arg(total).arg(parts.join(QStringLiteral(", ")));
}

QString line(const QString &who, const Phase &p)
{
    return QStringLiteral("  %1 %2 ms  CPU %3 ms (emulator %4 ms)  peak RSS %5 MB (+%6 MB in the phase)  %7")
        .arg(who, -12)
        .arg(p.ms, 6)
        .arg(qRound(p.cpuMs), 5)
        .arg(qRound(p.serverCpuMs), 5)
        .arg(p.peakKb / 1024.0, 0, 'f', 1)
        .arg((p.peakKb - p.rssStartKb) / 1024.0, 0, 'f', 1)
        .arg(p.detail);
}

// The median round trip of a small control call to the emulator, in ms.
double roundTripMs(FeishuEmulator &oa)
{
    QList<double> v;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        oa.control(QStringLiteral("switches"), QJsonObject{{QStringLiteral("rate_limits_enabled"), false}});
        v << t.nsecsElapsed() / 1e6;
    }
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int approvals = 1000, rounds = 3, changed = -1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--approvals"))
            approvals = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--changed"))
            changed = args.at(i + 1).toInt();
    }
    approvals = qMax(1, approvals);
    rounds = qMax(1, rounds);
    changed = changed < 0 ? approvals / 10 : qMin(changed, approvals);
    constexpr double kTarget = 1.15;

    out << "bench_oa: a manager's inbox of " << approvals << " pending approvals (definition " << kDefinition
        << ", approvers mgr1 or mgr2), " << changed << " approved by mgr2 before the refresh; " << rounds
        << " round(s), each on a fresh emulator, sides alternating" << Qt::endl;

    QList<double> coldSb, coldBare, refreshSb, refreshBare, coldRatio, refreshRatio, coldCpu, refreshCpu;
    qint64 peakSbKb = 0, peakBareKb = 0, growSbKb = 0, growBareKb = 0;
    bool callsMatch = true;
    for (int round = 0; round < rounds; ++round) {
        FeishuEmulator oa;
        QString error;
        if (!oa.start(&error))
            qFatal("%s", qPrintable(error));
        const qint64 serverPid = emulatorPid();
        const QJsonObject switched = oa.control(QStringLiteral("switches"), QJsonObject{{QStringLiteral("rate_limits_enabled"), false}});
        if (switched.value(QLatin1String("code")).toInt(-1) != 0)
            qFatal("switches: %s", QJsonDocument(switched).toJson(QJsonDocument::Compact).constData());
        const double rtt = roundTripMs(oa);
        QElapsedTimer seedClock;
        seedClock.start();
        seedInstances(oa, approvals);
        const qint64 seedMs = seedClock.elapsed();

        // The manager's laptop: the quotes are there (from the ERP), the approvals are not.
        OaWorkspace manager(kManager, oa.url());
        manager.setPageSize(500); // as the app's window and `salesbridge sync` do
        seedQuotes(manager, approvals);
        BareClient bare(oa.url());

        const bool sbFirst = round % 2 == 0;
        out << Qt::endl << "Round " << round + 1 << " (emulator on " << oa.url().toString() << ", round trip "
            << QString::number(rtt, 'f', 2) << " ms" << "" << "; " << approvals << " instances seeded in "
            << seedMs << " ms; " << (sbFirst ? "SalesBridge" : "bare client") << " first)" << Qt::endl;
        if (rtt > 20)
            out << "  WARNING: a round trip of " << rtt << " ms: the emulator's answers wait for delayed ACKs" << Qt::endl;

        SyncSummary summary;
        auto sbSync = [&manager, &summary] {
            summary = manager.sync();
            if (!summary.ok())
                qFatal("SalesBridge sync: %s", qPrintable(summary.errors.join(QStringLiteral("; "))));
        };
        auto sbDescribe = [&manager, &summary] {
                return QStringLiteral("%1 records written; cache: %2 approvals, %3 pending, %4 waiting for mgr1, %5 quotes approved")
                    .arg(summary.pulled)
                    .arg(manager.value(QStringLiteral("SELECT count(*) FROM approvals WHERE remote_system = 'oa'")).toInt())
                    .arg(manager.value(QStringLiteral("SELECT count(*) FROM approvals WHERE state = 'pending'")).toInt())
                    .arg(manager.value(QStringLiteral("SELECT count(*) FROM approvals WHERE my_task IS NOT NULL")).toInt())
                    .arg(manager.value(QStringLiteral("SELECT count(*) FROM quotes WHERE state = 'approved'")).toInt());
        };
        BareClient::Read read;
        auto bareRead = [&bare, &read] { read = bare.refresh(); };
        auto bareDescribe = [&read] {
            const BareClient::Read &r = read;
            return QStringLiteral("%1 tasks, %2 listed, %3 instances read: %4 pending, %5 waiting for mgr1")
                .arg(r.tasks).arg(r.listed).arg(r.fetched).arg(r.pending).arg(r.mine);
        };
        auto both = [&](const QString &title, QList<double> &sbList, QList<double> &bareList, QList<double> &ratios) {
            Phase sb, b;
            if (sbFirst) {
                sb = measure(oa, serverPid, sbSync, sbDescribe);
                b = measure(oa, serverPid, bareRead, bareDescribe);
            } else {
                b = measure(oa, serverPid, bareRead, bareDescribe);
                sb = measure(oa, serverPid, sbSync, sbDescribe);
            }
            const double ratio = double(sb.ms) / double(qMax<qint64>(1, b.ms));
            out << title << Qt::endl;
            out << line(QStringLiteral("bare client"), b) << Qt::endl;
            out << line(QStringLiteral("SalesBridge"), sb) << Qt::endl;
            out << QStringLiteral("  ratio        %1  (CPU of this process: %2)").arg(ratio, 0, 'f', 2).arg(sb.cpuMs / qMax(1.0, b.cpuMs), 0, 'f', 2) << Qt::endl;
            out << "  calls, bare:        " << callsText(b.calls) << Qt::endl;
            out << "  calls, SalesBridge: " << callsText(sb.calls) << Qt::endl;
            if (b.calls != sb.calls) {
                callsMatch = false;
                out << "  NOTE: the two sides did not make the same calls" << Qt::endl;
            }
            sbList << sb.ms;
            bareList << b.ms;
            ratios << ratio;
            (&bareList == &coldBare ? coldCpu : refreshCpu) << sb.cpuMs / qMax(1.0, b.cpuMs);
            peakSbKb = qMax(peakSbKb, sb.peakKb);
            peakBareKb = qMax(peakBareKb, b.peakKb);
            growSbKb = qMax(growSbKb, sb.peakKb - sb.rssStartKb);
            growBareKb = qMax(growBareKb, b.peakKb - b.rssStartKb);
        };

        both(QStringLiteral("First sync (cold: every instance read; SalesBridge writes each to the cache)"), coldSb, coldBare, coldRatio);

        // mgr2 decides some of them in the Feishu app: mgr1's tasks on those end.
        const int step = qMax(1, approvals / qMax(1, changed));
        const QJsonArray instances = oa.instances();
        int acted = 0;
        for (qsizetype i = 0; i < instances.size() && acted < changed; i += step, ++acted) {
            const QJsonObject r = oa.act(QStringLiteral("approve"), instances.at(i).toObject().value(QLatin1String("instance_code")).toString(),
                                         QStringLiteral("mgr2"), QStringLiteral("OK"));
            if (r.value(QLatin1String("code")).toInt(-1) != 0)
                qFatal("act: %s", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        }

        both(QStringLiteral("Refresh after %1 approved by mgr2 (every open instance polled again)").arg(acted), refreshSb, refreshBare, refreshRatio);
    }

    const double cold = median(coldRatio), refresh = median(refreshRatio);
    out << Qt::endl << "Medians over " << rounds << " round(s), " << approvals << " approvals:" << Qt::endl;
    out << QStringLiteral("  first sync: bare %1 ms, SalesBridge %2 ms, ratio %3 (rounds: %4)")
               .arg(median(coldBare), 0, 'f', 0).arg(median(coldSb), 0, 'f', 0).arg(cold, 0, 'f', 2)
               .arg([&] { QStringList s; for (double r : coldRatio) s << QString::number(r, 'f', 2); return s.join(QStringLiteral(", ")); }())
        << Qt::endl;
    out << QStringLiteral("  refresh:    bare %1 ms, SalesBridge %2 ms, ratio %3 (rounds: %4)")
               .arg(median(refreshBare), 0, 'f', 0).arg(median(refreshSb), 0, 'f', 0).arg(refresh, 0, 'f', 2)
               .arg([&] { QStringList s; for (double r : refreshRatio) s << QString::number(r, 'f', 2); return s.join(QStringLiteral(", ")); }())
        << Qt::endl;
    out << QStringLiteral("  CPU of this process, SalesBridge / bare: first sync %1, refresh %2 (medians)")
               .arg(median(coldCpu), 0, 'f', 2).arg(median(refreshCpu), 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("  peak RSS of this process during a phase: SalesBridge %1 MB (at most +%2 MB in a phase), bare client %3 MB (+%4 MB)")
               .arg(peakSbKb / 1024.0, 0, 'f', 1).arg(growSbKb / 1024.0, 0, 'f', 1)
               .arg(peakBareKb / 1024.0, 0, 'f', 1).arg(growBareKb / 1024.0, 0, 'f', 1) << Qt::endl;
    out << "  calls: " << (callsMatch ? "the same on both sides in every phase" : "DIFFERENT in some phase (see above)") << Qt::endl;
    // The target is the issue's: refreshing the inbox. The first sync also writes every
    // approval into the cache (the bare client writes nothing); its ratio is reported.
    const bool pass = refresh <= kTarget;
    out << QStringLiteral("%1: refreshing the inbox, median ratio %2 (target <= %3 x the bare client); first sync %4 (reported, no target)")
               .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
               .arg(refresh, 0, 'f', 2).arg(kTarget, 0, 'f', 2).arg(cold, 0, 'f', 2)
        << Qt::endl;
    return 0; // a benchmark reports; it does not fail a build on noise
}
