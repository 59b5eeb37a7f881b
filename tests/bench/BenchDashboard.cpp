// bench_cache's dashboard phases: DashboardStore's figures for the team and one rep (fresh
// connection, warm, per figure), the same through DashboardLoader's worker thread, and the
// Dashboard page of a fresh window process from the click to the figures painted.
#include "BenchDashboard.h"
#include "BenchStats.h"

#include "models/itemmodels/DashboardLoader.h"
#include "models/store/DashboardStore.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <time.h>

using namespace sb;

using sb::bench::percentile;
using sb::bench::cpuMs;

namespace {

QTextStream out(stdout);

const QString kRep = QStringLiteral("wang.fang"); // the demo's user: "Mine"

DashboardQuery dashboardQuery(const QString &owner)
{
    DashboardQuery q;
    q.owner = owner;
    q.today = QDate::currentDate();
    q.now = QDateTime::currentDateTimeUtc();
    q.period = DashboardPeriod::of(DashboardPeriod::Kind::Last12Months, q.today);
    return q;
}

} // namespace

// The dashboard's figures for the team and for one rep, as the page reads them when it opens.
bool dashboardPhase(const QString &path)
{
    auto fresh = Database::open(path);
    if (!fresh) {
        out << "dashboard: " << fresh.error() << Qt::endl;
        return false;
    }
    Database &db = *fresh.value();
    DashboardStore store(db);
    double cpu = 0; // of the last both()
    auto both = [&](double &teamMs, double &mineMs) {
        const double cpu0 = cpuMs();
        QElapsedTimer t;
        t.start();
        auto team = store.figures(dashboardQuery(QString()));
        teamMs = t.nsecsElapsed() / 1e6;
        t.restart();
        auto mine = store.figures(dashboardQuery(kRep));
        mineMs = t.nsecsElapsed() / 1e6;
        cpu = cpuMs() - cpu0;
        if (!team || !mine) {
            out << "dashboard: " << (team ? mine.error() : team.error()) << Qt::endl;
            return false;
        }
        return true;
    };
    double coldTeam = 0, coldMine = 0;
    if (!both(coldTeam, coldMine))
        return false;
    const double coldCpu = cpu;
    QList<double> warm, warmCpu;
    for (int i = 0; i < 5; ++i) {
        double a = 0, b = 0;
        if (!both(a, b))
            return false;
        warm << a + b;
        warmCpu << cpu;
    }
    out << QStringLiteral("dashboard open (team + mine, every figure), fresh connection: %1 ms, CPU %2 ms (team %3, mine %4); "
                          "warm: p50 %5 ms, max %6 ms, CPU p50 %7 ms (5 runs)")
               .arg(coldTeam + coldMine, 0, 'f', 1).arg(coldCpu, 0, 'f', 1).arg(coldTeam, 0, 'f', 1).arg(coldMine, 0, 'f', 1)
               .arg(percentile(warm, 0.5), 0, 'f', 1).arg(percentile(warm, 1.0), 0, 'f', 1).arg(percentile(warmCpu, 0.5), 0, 'f', 1)
        << Qt::endl;
    // Per figure, warm.
    for (const QString &owner : {QString(), kRep}) {
        const DashboardQuery q = dashboardQuery(owner);
        QStringList parts;
        QElapsedTimer t;
        auto lap = [&](const char *name) {
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
            t.restart();
        };
        t.start();
        store.pipeline(owner);
        lap("pipeline");
        store.forecast(owner, q.today, q.forecastMonths);
        lap("forecast");
        store.closedDeals(owner, q.period);
        lap("won/lost");
        store.approvalsWaiting(owner, q.now);
        lap("approvals");
        store.revenue(owner, q.period);
        lap("revenue");
        out << QStringLiteral("dashboard %1 per figure (ms): %2")
                   .arg(owner.isEmpty() ? QStringLiteral("team") : QStringLiteral("mine"), parts.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    // Through the loader, as the page does: a worker thread that opens its own connection.
    DashboardLoader loader(db);
    QEventLoop loop;
    QObject::connect(&loader, &DashboardLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &DashboardLoader::failed, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    QStringList laps;
    for (const QString &owner : {QString(), kRep, QString()}) {
        t.start();
        loader.load(dashboardQuery(owner));
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!loader.lastError().isEmpty()) {
            out << "dashboard loader: " << loader.lastError() << Qt::endl;
            return false;
        }
        laps << QString::number(t.nsecsElapsed() / 1e6, 'f', 1);
    }
    out << QStringLiteral("dashboard through the loader's worker thread (ms, request to figures): team (opens the connection) %1, "
                          "mine %2, team again %3")
               .arg(laps.value(0), laps.value(1), laps.value(2))
        << Qt::endl;
    return true;
}

// The Dashboard page in a fresh window process, as a manager opens it: from the click to the
// figures drawn (page built, figures read on the worker thread, charts and tiles painted).
int dashboardWindowMode(const QString &path)
{
    int argc = 1;
    char name[] = "bench_cache";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    auto db = Database::open(path);
    if (!db) {
        out << "open: " << db.error() << Qt::endl;
        return 1;
    }
    Session manager;
    manager.user = kRep;
    manager.role = QStringLiteral("manager");
    AppContext ctx(*db.value(), manager);
    MainWindow window(ctx, QStringLiteral("bench"));
    window.resize(1366, 800);
    window.showPage(MainWindow::Customers);
    window.show();
    QApplication::processEvents();
    auto open = [&](const std::function<void(DashboardView *)> &act) {
        QElapsedTimer timer;
        timer.start();
        bool shown = false;
        QMetaObject::Connection c;
        if (window.isPageBuilt(MainWindow::Dashboard))
            c = QObject::connect(window.dashboard(), &DashboardView::figuresShown, [&] { shown = true; });
        act(window.dashboard());
        if (!c)
            c = QObject::connect(window.dashboard(), &DashboardView::figuresShown, [&] { shown = true; });
        while (!shown && timer.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(c);
        window.grab(); // the charts painted
        return timer.nsecsElapsed() / 1e6;
    };
    const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID); // both threads: the page's and the loader's
    const double first = open([&](DashboardView *) { window.showPage(MainWindow::Dashboard); });
    const double firstCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    const double mine = open([](DashboardView *v) { v->scopeBox()->setCurrentIndex(1); });
    const double team = open([](DashboardView *v) { v->scopeBox()->setCurrentIndex(0); });
    out << "dashboard_window_ms " << first << " mine " << mine << " team " << team << " cpu_ms " << firstCpu << Qt::endl;
    return 0;
}

bool dashboardWindowPhase(const QString &path)
{
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--dashboard-window"), path});
    window.waitForFinished(180000);
    const QStringList parts = QString::fromUtf8(window.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (parts.size() < 8 || parts.at(0) != QLatin1String("dashboard_window_ms")) {
        out << "dashboard window phase failed: " << parts.join(QLatin1Char(' ')) << QString::fromUtf8(window.readAllStandardError())
            << Qt::endl;
        return false;
    }
    out << QStringLiteral("dashboard page in a fresh window (manager; click to figures painted): first open %1 ms "
                          "(CPU of both threads %4 ms), switch to Mine %2 ms, back to Team %3 ms")
               .arg(parts.at(1).toDouble(), 0, 'f', 0).arg(parts.at(3).toDouble(), 0, 'f', 0).arg(parts.at(5).toDouble(), 0, 'f', 0)
               .arg(parts.at(7).toDouble(), 0, 'f', 0)
        << Qt::endl;
    return true;
}

