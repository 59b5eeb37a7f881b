// bench_sync: prints, in one run,
//  - records/s applying pulled pages into the cache (RecordApplier, one transaction per page)
//    next to a raw SQLite prepared insert of the same rows into the same schema (ratio),
//  - an end-to-end pull of N records from the fake back end over loopback HTTP (records/s),
//  - the longest stall of this thread's event loop while that pull runs.
// Usage: bench_sync [--records N] [--page N]
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Entity.h"
#include "models/store/SearchText.h"
#include "models/store/Transaction.h"
#include "sync/engine/RecordApplier.h"
#include "sync/engine/SyncEngine.h"
#include "sync/engine/SyncRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <sqlite3.h>

using namespace sb;

namespace {
QTextStream out(stdout);

QList<RemoteRecord> makeRecords(int n)
{
    static const char *cities[] = {"上海", "深圳", "杭州", "苏州", "成都", "武汉", "西安", "青岛"};
    static const char *trades[] = {"精密机械", "电子科技", "智能装备", "新材料", "环保设备", "自动化"};
    QList<RemoteRecord> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        RemoteRecord r;
        r.remoteId = QStringLiteral("c-%1").arg(i + 1);
        r.version = QStringLiteral("1");
        r.modifiedAt = QDateTime::currentDateTimeUtc().addMSecs(i).toString(Qt::ISODateWithMs);
        const QString city = QString::fromUtf8(cities[i % 8]);
        const QString trade = QString::fromUtf8(trades[(i / 8) % 6]);
        r.fields = {{QStringLiteral("code"), QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
                    {QStringLiteral("name"), QStringLiteral("%1%2%3有限公司").arg(city).arg(i).arg(trade)},
                    {QStringLiteral("short_name"), city + QString::number(i)},
                    {QStringLiteral("grade"), QString(QChar(QLatin1Char("ABCD"[i % 4])))},
                    {QStringLiteral("region"), QStringLiteral("华东")},
                    {QStringLiteral("industry"), trade},
                    {QStringLiteral("owner"), QStringLiteral("li.wei")},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("credit_limit_cents"), qint64(i % 100) * 1000000}};
        out << r;
    }
    return out;
}

double applyBench(const QString &dir, const QList<RemoteRecord> &records, int page, double *rawRate)
{
    auto db = Database::open(dir + QStringLiteral("/apply.sqlite"));
    if (!db) {
        out << db.error() << Qt::endl;
        return 0;
    }
    RecordApplier applier(*db.value(), QStringLiteral("erp"));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < records.size(); i += page) {
        Transaction tx(*db.value());
        if (Status s = applier.beginPage(entities::customer(), records.mid(i, page)); !s) { // as SyncEngine does
            out << "page: " << s.error() << Qt::endl;
            return 0;
        }
        for (int j = i; j < qMin(i + page, int(records.size())); ++j)
            if (auto r = applier.apply(entities::customer(), records.at(j)); !r) {
                out << "apply: " << r.error() << Qt::endl;
                return 0;
            }
        if (Status s = applier.endPage(); !s) {
            out << "index: " << s.error() << Qt::endl;
            return 0;
        }
        if (!tx.commit())
            return 0;
    }
    const double cacheRate = records.size() / (t.nsecsElapsed() / 1e9);

    // The same rows, same schema (a fresh workspace), through the C API, one prepared statement.
    auto rawDb = Database::open(dir + QStringLiteral("/raw.sqlite"));
    rawDb.value().reset();
    sqlite3 *raw = nullptr;
    sqlite3_open((dir + QStringLiteral("/raw.sqlite")).toUtf8().constData(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    // The raw client indexes for search the way the cache does: each page in one statement.
    static const bool indexLive = false;
    registerSearchFunctions(raw, &indexLive);
    QList<sqlite3_stmt *> indexStatements;
    for (const QString &statement : searchIndexStatements(QStringLiteral("customers"))) {
        sqlite3_stmt *is = nullptr;
        sqlite3_prepare_v2(raw, statement.toUtf8().constData(), -1, &is, nullptr);
        indexStatements << is;
    }
    const QStringList cols = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("grade"),
                              QStringLiteral("region"), QStringLiteral("industry"), QStringLiteral("owner"), QStringLiteral("status"),
                              QStringLiteral("credit_limit_cents")};
    const QByteArray sql = QStringLiteral("INSERT INTO customers (remote_system, remote_id, remote_version, %1) VALUES ('erp', ?, ?, %2)")
                               .arg(cols.join(QLatin1Char(',')), QStringLiteral("?,?,?,?,?,?,?,?,?"))
                               .toUtf8();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, sql.constData(), -1, &st, nullptr);
    QList<QList<QByteArray>> utf8;
    for (const RemoteRecord &r : records) {
        QList<QByteArray> row{r.remoteId.toUtf8(), r.version.toUtf8()};
        for (const QString &c : cols)
            row << r.fields.value(c).toString().toUtf8();
        utf8 << row;
    }
    t.start();
    for (int i = 0; i < utf8.size(); i += page) {
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        QByteArray ids = "[";
        for (int j = i; j < qMin(i + page, int(utf8.size())); ++j) {
            const QList<QByteArray> &row = utf8.at(j);
            for (int k = 0; k < row.size(); ++k)
                sqlite3_bind_text(st, k + 1, row.at(k).constData(), int(row.at(k).size()), SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
            ids += (ids.size() > 1 ? "," : "") + QByteArray::number(sqlite3_last_insert_rowid(raw));
        }
        ids += ']';
        for (sqlite3_stmt *is : indexStatements) {
            sqlite3_bind_text(is, 1, ids.constData(), int(ids.size()), SQLITE_STATIC);
            sqlite3_step(is);
            sqlite3_reset(is);
        }
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    }
    *rawRate = records.size() / (t.nsecsElapsed() / 1e9);
    sqlite3_finalize(st);
    for (sqlite3_stmt *is : indexStatements)
        sqlite3_finalize(is);
    sqlite3_close(raw);
    return cacheRate;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    int page = 500;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--records"))
            n = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--page"))
            page = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    out << "bench_sync: " << n << " customer records, page size " << page << Qt::endl;

    const QList<RemoteRecord> records = makeRecords(n);
    double rawRate = 0;
    const double applyRate = applyBench(dir.path(), records, page, &rawRate);
    out << QStringLiteral("apply pulled pages: cache %1 records/s, raw SQLite %2 records/s, ratio %3 (target >= 0.7)")
               .arg(qint64(applyRate)).arg(qint64(rawRate)).arg(applyRate / rawRate, 0, 'f', 2)
        << Qt::endl;

    // End to end: the fake back end holds n customers; one sync cycle pulls them over HTTP.
    auto *serverPtr = new FakeBackend;
    FakeBackend &server = *serverPtr;
    server.setTombstones(QStringLiteral("customer"), true); // no id reconciliation pass in the timing
    for (const RemoteRecord &r : records)
        server.insert(QStringLiteral("customer"), r.fields);
    // The server answers from a thread of its own, like a remote machine: this thread plays the UI.
    QThread serverThread;
    serverThread.start();
    server.moveToThread(&serverThread);
    const QString e2ePath = dir.path() + QStringLiteral("/e2e.sqlite");
    {
        auto db = Database::open(e2ePath);
        if (!db) {
            out << db.error() << Qt::endl;
            return 1;
        }
        db.value()->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', ?)"),
                         {server.baseUrl().toString()});
    }
    // As the app runs it: the engine on a worker thread with its own connection, this thread
    // playing the UI.
    const QUrl base = server.baseUrl();
    SyncRunner runner(e2ePath, [base](QNetworkAccessManager &nam) {
        auto connector = std::make_unique<FakeConnector>(&nam, base, QStringList{QStringLiteral("customer")});
        ConnectorCapabilities caps;
        caps.tombstones = true; // no id reconciliation pass in the timing
        connector->setCapabilities(QStringLiteral("customer"), caps);
        connector->setTimeoutMs(60000);
        std::vector<RunnerConnector> list;
        list.push_back(RunnerConnector{std::move(connector), 1});
        return list;
    });
    runner.setPageSize(page);

    QElapsedTimer gap;
    qint64 worstGapMs = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] { worstGapMs = qMax(worstGapMs, gap.restart()); });
    SyncSummary summary;
    QObject::connect(&runner, &SyncRunner::finished, [&](const SyncSummary &s) {
        summary = s;
        app.quit();
    });
    QElapsedTimer t;
    t.start();
    gap.start();
    ticker.start();
    if (!runner.start()) {
        out << "the runner did not start" << Qt::endl;
        return 1;
    }
    app.exec();
    const double secs = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("end-to-end pull over loopback HTTP: %1 records in %2 s = %3 records/s (%4)")
               .arg(summary.pulled).arg(secs, 0, 'f', 1).arg(qint64(summary.pulled / secs))
               .arg(summary.ok() ? QStringLiteral("ok") : summary.errors.join(QStringLiteral("; ")))
        << Qt::endl;
    out << QStringLiteral("longest UI event-loop stall while the pull was applied: %1 ms (target <= 50 ms)").arg(worstGapMs)
        << Qt::endl;
    QMetaObject::invokeMethod(serverPtr, [serverPtr] { delete serverPtr; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return summary.ok() ? 0 : 1;
}
