// bench_cache: builds a 1M-record workspace and prints, in one run,
//  - rows/s of the cache's own bulk insert path (BulkWriter) next to a raw SQLite prepared
//    insert of the same rows into the same schema (ratio),
//  - customer search p50/p95 as the customer list runs it (count + first page), for Latin,
//    3+-character Chinese and 2-character Chinese queries,
//  - search everywhere (Ctrl+K) p50/p95 for the same names and for order, quote, ticket and
//    tracking numbers,
//  - time until the main window shows its first rows (a fresh process opening the workspace),
//  - peak RSS of that window process and of the benchmark itself.
// Usage: bench_cache [--customers N] [--dir PATH] [--queries N] [--insert-rows N] [--reuse]
//  --insert-rows N: copy at most N rows of each table in the insert comparison (default
//    300,000; 0 copies everything). Rates are per row, so a capped copy keeps them comparable;
//    copying all of a 1M-customer book (16.5 M records) took more than 25 minutes.
//  --reuse: keep the workspace already in --dir (built by an earlier run) instead of a new one.
//  --dashboard-only: build (or reuse) the workspace and time only the dashboard.
// Every run prints the dashboard's open time: all its aggregates for the team and for one rep
// (the demo's user), on a fresh connection and again warm, per figure, through the loader's
// worker thread, and the Dashboard page of a fresh window process until its figures show.
#include "BenchStats.h"
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/BulkWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/SearchStore.h"
#include "models/store/SearchText.h"
#include "models/store/Transaction.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomersView.h"
#include "ui/shell/MainWindow.h"
#include "BenchDashboard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <time.h>

using namespace sb;

using sb::bench::percentile;
using sb::bench::cpuMs;

namespace {

QTextStream out(stdout);

// VmHWM, not getrusage(): ru_maxrss survives exec, so a child started by QProcess would
// report the benchmark's own peak instead of its own.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    return -1;
}

struct Timing {
    double cacheSec = 0;
    double rawSec = 0;
    qint64 rows = 0;
};

// Copies one table from src into two fresh workspaces: through BulkWriter (cache path) and
// through sqlite3_prepare/bind/step (raw). Only the insert calls are timed; reading is not.
bool copyTable(Database &src, Database &viaCache, sqlite3 *raw, const Entity &entity, qint64 maxRows, Timing &t)
{
    QStringList columns = QStringList{QStringLiteral("id")} + entity.columns
        + QStringList{QStringLiteral("remote_system"), QStringLiteral("remote_id"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at")};
    BulkWriter writer(viaCache, entity, columns);
    if (!writer.isValid()) {
        out << "bulk writer: " << writer.error() << Qt::endl;
        return false;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(entity.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        out << "raw prepare: " << sqlite3_errmsg(raw) << Qt::endl;
        return false;
    }
    const int chunk = 20000;
    qint64 lastId = 0;
    QElapsedTimer timer;
    for (;;) {
        const qint64 want = maxRows > 0 ? qMin<qint64>(chunk, maxRows - t.rows) : chunk;
        if (want <= 0)
            break;
        auto r = src.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT %3")
                              .arg(columns.join(QLatin1Char(',')), entity.table)
                              .arg(want),
                          {lastId});
        if (!r) {
            out << "read: " << r.error() << Qt::endl;
            return false;
        }
        QList<QVariantList> rows;
        QList<QList<QByteArray>> utf8; // the raw path binds UTF-8 bytes, prepared outside the timing
        QSqlQuery &q = r.value();
        while (q.next()) {
            QVariantList row;
            QList<QByteArray> bytes;
            for (int i = 0; i < columns.size(); ++i) {
                row << q.value(i);
                bytes << (q.value(i).typeId() == QMetaType::QString ? q.value(i).toString().toUtf8() : QByteArray());
            }
            rows << row;
            utf8 << bytes;
        }
        if (rows.isEmpty())
            break;
        lastId = rows.last().first().toLongLong();

        {
            Transaction tx(viaCache);
            timer.start();
            for (const QVariantList &row : rows)
                if (auto id = writer.insert(row); !id) {
                    out << "bulk insert: " << id.error() << Qt::endl;
                    return false;
                }
            if (!tx.commit())
                return false;
            t.cacheSec += timer.nsecsElapsed() / 1e9;
        }
        timer.start();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (int r2 = 0; r2 < rows.size(); ++r2) {
            const QVariantList &row = rows.at(r2);
            for (int i = 0; i < row.size(); ++i) {
                const QVariant &v = row.at(i);
                if (v.isNull())
                    sqlite3_bind_null(stmt, i + 1);
                else if (v.typeId() == QMetaType::QString)
                    sqlite3_bind_text(stmt, i + 1, utf8.at(r2).at(i).constData(), int(utf8.at(r2).at(i).size()), SQLITE_STATIC);
                else if (v.typeId() == QMetaType::Double)
                    sqlite3_bind_double(stmt, i + 1, v.toDouble());
                else
                    sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            }
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                out << "raw insert: " << sqlite3_errmsg(raw) << Qt::endl;
                return false;
            }
            sqlite3_reset(stmt);
        }
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        t.rawSec += timer.nsecsElapsed() / 1e9;
        t.rows += rows.size();
    }
    sqlite3_finalize(stmt);
    return true;
}

// The window phase runs in its own process so its time and memory are what a user gets.
int windowMode(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    int argc = 1;
    char name[] = "bench_cache";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    auto db = Database::open(path);
    if (!db) {
        out << "open: " << db.error() << Qt::endl;
        return 1;
    }
    AppContext ctx(*db.value(), Session{});
    MainWindow window(ctx, QStringLiteral("bench"));
    window.showPage(MainWindow::Customers);
    window.show();
    QTableView *table = window.customers()->list()->table();
    // First rows are on screen when the table has painted a row with text.
    while (window.customers()->list()->model()->rowCount() == 0 || !table->isVisible())
        QApplication::processEvents();
    const QString first = table->model()->index(0, 0).data().toString();
    window.grab(); // forces the paint of the visible rows
    const double ms = timer.nsecsElapsed() / 1e6;
    out << "window_ms " << ms << " rss_mb " << peakRssMb() << " rows " << window.customers()->list()->model()->rowCount()
        << " first " << first << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && QByteArray(argv[1]) == "--window")
        return windowMode(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && QByteArray(argv[1]) == "--dashboard-window")
        return dashboardWindowMode(QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    int customers = 100000;
    int queries = 200;
    qint64 insertRows = 300000;
    bool reuse = false;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dirArg = args[i + 1];
        else if (args[i] == QLatin1String("--queries"))
            queries = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--insert-rows"))
            insertRows = args[i + 1].toLongLong();
    }
    reuse = args.contains(QStringLiteral("--reuse"));
    const bool dashboardOnly = args.contains(QStringLiteral("--dashboard-only"));
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << "Usage: bench_cache [--customers N] [--dir PATH] [--queries N] [--insert-rows N] [--reuse] [--dashboard-only]\n"
               "  --customers N     size of the demo workspace (default 100000, about 16 records each)\n"
               "  --dir PATH        where the workspace goes (default: a temporary folder, removed after)\n"
               "  --queries N       searches per kind (default 200)\n"
               "  --insert-rows N   rows per table in the insert comparison (default 300000; 0: all)\n"
               "  --reuse           keep the workspace already in --dir\n"
               "  --dashboard-only  time only the dashboard (after building or reusing the workspace)"
            << Qt::endl;
        return 0;
    }
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    QDir().mkpath(dir);
    const QString mainPath = dir + QStringLiteral("/bench-workspace.sqlite");
    if (reuse && !QFile::exists(mainPath)) {
        out << "--reuse: no workspace at " << mainPath << Qt::endl;
        return 1;
    }
    for (const QString &f : {mainPath, dir + QStringLiteral("/copy-cache.sqlite"), dir + QStringLiteral("/copy-raw.sqlite")})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (!reuse || f != mainPath)
                QFile::remove(f + suffix);

    out << "bench_cache: " << customers << " customers (about " << customers * 10 << " records), in " << dir << Qt::endl;

    // 1. The workspace, as the demo generator (the cache's bulk path plus data making) builds it.
    auto db = Database::open(mainPath);
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (reuse) {
        auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers"));
        out << "workspace reused: " << (n ? n.value().toLongLong() : -1) << " customers" << Qt::endl;
    } else {
        auto counts = DemoGenerator(*db.value(), DemoGenerator::Options{customers, 20261128, QStringLiteral("wang.fang")}).generate();
        if (!counts) {
            out << counts.error() << Qt::endl;
            return 1;
        }
        const double genSec = timer.nsecsElapsed() / 1e9;
        const auto &c = counts.value();
        const qint64 walBytes = QFileInfo(mainPath + QStringLiteral("-wal")).size();
        out << QStringLiteral("workspace: %1 records (customers %2, contacts %3, opportunities %4, order lines %5) in %6 s; "
                              "write-ahead log left: %7 MB")
                   .arg(c.total()).arg(c.customers).arg(c.contacts).arg(c.opportunities).arg(c.orderLines)
                   .arg(genSec, 0, 'f', 1).arg(walBytes / 1048576.0, 0, 'f', 1)
            << Qt::endl;
    }

    if (dashboardOnly) {
        db.value().reset();
        return dashboardPhase(mainPath) && dashboardWindowPhase(mainPath) ? 0 : 1;
    }

    // 2. Insert path vs raw SQLite, same rows, same schema (indexes, FTS triggers).
    auto viaCache = Database::open(dir + QStringLiteral("/copy-cache.sqlite"));
    auto rawDb = Database::open(dir + QStringLiteral("/copy-raw.sqlite")); // creates the schema
    if (!viaCache || !rawDb) {
        out << "cannot create the copies" << Qt::endl;
        return 1;
    }
    rawDb.value()->sql().close();
    sqlite3 *raw = nullptr;
    sqlite3_open((dir + QStringLiteral("/copy-raw.sqlite")).toUtf8().constData(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-16000",
                 nullptr, nullptr, nullptr);
    static const bool indexLive = true; // the raw copy indexes every row as it is inserted, like the cache
    registerSearchFunctions(raw, &indexLive);
    QSqlQuery(viaCache.value()->sql()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    Timing total;
    for (const Entity *e : {&entities::customer(), &entities::contact(), &entities::opportunity(), &entities::order(),
                            &entities::orderLine()}) {
        Timing t;
        if (!copyTable(*db.value(), *viaCache.value(), raw, *e, insertRows, t))
            return 1;
        out << QStringLiteral("insert %1: %2 rows, cache %3 rows/s, raw SQLite %4 rows/s, ratio %5")
                   .arg(e->table, -14).arg(t.rows).arg(qint64(t.rows / t.cacheSec)).arg(qint64(t.rows / t.rawSec))
                   .arg(t.rawSec / t.cacheSec, 0, 'f', 2)
            << Qt::endl;
        total.rows += t.rows;
        total.cacheSec += t.cacheSec;
        total.rawSec += t.rawSec;
    }
    sqlite3_close(raw);
    if (insertRows > 0)
        out << "(insert comparison capped at " << insertRows << " rows per table: --insert-rows 0 copies all)" << Qt::endl;
    out << QStringLiteral("insert total: %1 rows, cache %2 rows/s, raw SQLite %3 rows/s, ratio %4")
               .arg(total.rows).arg(qint64(total.rows / total.cacheSec)).arg(qint64(total.rows / total.rawSec))
               .arg(total.rawSec / total.cacheSec, 0, 'f', 2)
        << Qt::endl;

    // 3. Customer search as the list runs it: filter -> count + first page.
    Database &d = *db.value();
    auto pick = [&d](const QString &sql, int n) {
        QStringList words;
        auto r = d.exec(sql.arg(n));
        while (r && r.value().next())
            words << r.value().value(0).toString();
        return words;
    };
    QRandomGenerator rng(42);
    const QStringList latin = pick(QStringLiteral("SELECT lower(substr(name, 1 + abs(random()) % 4, 5)) FROM customers "
                                                  "WHERE name GLOB '[A-Za-z]*' ORDER BY random() LIMIT %1"), queries);
    const QStringList cjk3 = pick(QStringLiteral("SELECT substr(name, 3, 3) FROM customers WHERE name NOT GLOB '[A-Za-z]*' "
                                                 "ORDER BY random() LIMIT %1"), queries);
    const QStringList cjk2 = pick(QStringLiteral("SELECT short_name FROM customers WHERE length(short_name) = 2 "
                                                 "AND short_name NOT GLOB '[A-Za-z]*' ORDER BY random() LIMIT %1"), queries);
    std::unique_ptr<SqlWindowModel> list(lists::customers(d, nullptr));
    auto measure = [&](const QString &label, const QStringList &terms) {
        QList<double> ms, cpu;
        qint64 hits = 0;
        int capped = 0;
        for (const QString &term : terms) {
            QElapsedTimer t;
            const double cpu0 = cpuMs();
            t.start();
            const SearchCondition cond = SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), term);
            list->setFilter(cond); // the row and driven forms too, as the customer list does
            for (int row = 0; row < qMin(30, list->rowCount()); ++row)
                list->data(list->index(row, 0)); // the rows a screen shows
            ms << t.nsecsElapsed() / 1e6;
            cpu << cpuMs() - cpu0;
            hits += list->rowCount();
            capped += list->countIsCapped() ? 1 : 0;
        }
        // "shown" is the count the list shows: at most its cap, "10,000+" past it.
        out << QStringLiteral("search %1: %2 queries, p50 %3 ms, p95 %4 ms, max %5 ms (CPU p50 %6 ms, p95 %7 ms), "
                              "mean shown %8, %9 past the cap (e.g. \"%10\")")
                   .arg(label, -12).arg(terms.size()).arg(percentile(ms, 0.5), 0, 'f', 2).arg(percentile(ms, 0.95), 0, 'f', 2)
                   .arg(percentile(ms, 1.0), 0, 'f', 2).arg(percentile(cpu, 0.5), 0, 'f', 2).arg(percentile(cpu, 0.95), 0, 'f', 2)
                   .arg(terms.isEmpty() ? 0 : hits / terms.size()).arg(capped).arg(terms.value(0))
            << Qt::endl;
    };
    measure(QStringLiteral("latin"), latin);
    measure(QStringLiteral("chinese 3+"), cjk3);
    measure(QStringLiteral("chinese 2"), cjk2);
    // Broad terms that match a large share of the book: the worst case for count + first page.
    measure(QStringLiteral("broad"), {QStringLiteral("有限公司"), QStringLiteral("科技"), QStringLiteral("ltd"),
                                      QStringLiteral("机械"), QStringLiteral("华东"), QStringLiteral("precision")});

    // Search everywhere (Ctrl+K) as GlobalSearch runs it: every kind, the best 8 of each, by the
    // same names as above and by the numbers people paste (order, quote, ticket, tracking).
    SearchStore everywhere(d);
    auto measureEverywhere = [&](const QString &label, const QStringList &terms) {
        QList<double> ms;
        qint64 hits = 0;
        for (const QString &term : terms) {
            QElapsedTimer t;
            t.start();
            auto r = everywhere.search(term);
            ms << t.nsecsElapsed() / 1e6;
            if (!r) {
                out << "search everywhere failed: " << r.error() << Qt::endl;
                return;
            }
            hits += r.value().size();
        }
        out << QStringLiteral("everywhere %1: %2 queries, p50 %3 ms, p95 %4 ms, max %5 ms, mean hits %6 (e.g. \"%7\")")
                   .arg(label, -14).arg(terms.size()).arg(percentile(ms, 0.5), 0, 'f', 2).arg(percentile(ms, 0.95), 0, 'f', 2)
                   .arg(percentile(ms, 1.0), 0, 'f', 2).arg(terms.isEmpty() ? 0 : hits / terms.size()).arg(terms.value(0))
            << Qt::endl;
    };
    measureEverywhere(QStringLiteral("latin"), latin);
    measureEverywhere(QStringLiteral("chinese 3+"), cjk3);
    measureEverywhere(QStringLiteral("chinese 2"), cjk2);
    measureEverywhere(QStringLiteral("order no."), pick(QStringLiteral("SELECT number FROM orders ORDER BY random() LIMIT %1"), queries));
    measureEverywhere(QStringLiteral("order no. part"),
                      pick(QStringLiteral("SELECT substr(number, 1, length(number) - 2) FROM orders ORDER BY random() LIMIT %1"), queries));
    measureEverywhere(QStringLiteral("quote no."), pick(QStringLiteral("SELECT number FROM quotes ORDER BY random() LIMIT %1"), queries));
    measureEverywhere(QStringLiteral("ticket no."), pick(QStringLiteral("SELECT number FROM tickets ORDER BY random() LIMIT %1"), queries));
    measureEverywhere(QStringLiteral("tracking no."),
                      pick(QStringLiteral("SELECT tracking_number FROM shipments WHERE tracking_number <> '' ORDER BY random() LIMIT %1"), queries));
    measureEverywhere(QStringLiteral("broad"), {QStringLiteral("有限公司"), QStringLiteral("科技"), QStringLiteral("ltd"),
                                                QStringLiteral("机械"), QStringLiteral("华东"), QStringLiteral("precision"),
                                                QStringLiteral("SO-"), QStringLiteral("s")});
    list.reset();
    viaCache.value().reset();
    db.value().reset();
    if (!dashboardPhase(mainPath) || !dashboardWindowPhase(mainPath))
        return 1;

    // 4. Main window ready, in a fresh process.
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), mainPath});
    window.waitForFinished(120000);
    const QString result = QString::fromUtf8(window.readAllStandardOutput()).trimmed();
    const QStringList parts = result.split(QLatin1Char(' '));
    if (parts.size() >= 4 && parts.at(0) == QLatin1String("window_ms"))
        out << QStringLiteral("main window ready with first rows: %1 ms (%2 customers listed); window process peak RSS %3 MB")
                   .arg(parts.at(1).toDouble(), 0, 'f', 0).arg(parts.value(5)).arg(parts.at(3).toDouble(), 0, 'f', 0)
            << Qt::endl;
    else
        out << "window phase failed: " << result << QString::fromUtf8(window.readAllStandardError()) << Qt::endl;
    out << QStringLiteral("benchmark process peak RSS: %1 MB").arg(peakRssMb(), 0, 'f', 0) << Qt::endl;
    return 0;
}
