// bench_pipeline: the Pipeline page on a large demo workspace, driven through the real widgets
// (run with QT_QPA_PLATFORM=offscreen, which the program sets when nothing is set). Prints
//  - the time to open the Pipeline page (built, shown and painted) in a main window that shows
//    the customer list first, as after a start,
//  - the time from dropping a card on another column until it is painted there, selected
//    (p50 / p95 / max over the moves; each move takes the same drop path as a drag),
//  - the same page opened a second time (switching back to it).
// Usage: bench_pipeline [--customers N] [--dir PATH] [--reuse] [--moves N]
//  --reuse keeps the workspace already in --dir (bench-workspace.sqlite of bench_cache or of an
//  earlier run; the moves change it).
#include "BenchStats.h"
#include "models/demo/DemoGenerator.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "ui/common/AppContext.h"
#include "ui/pipeline/KanbanColumn.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/StageColumnModel.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <time.h>

using namespace sb;

using sb::bench::percentile;

namespace {

QTextStream out(stdout);

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// CPU time of this (the UI) thread: on a shared machine the wall time also holds the wait for
// a core; both are printed.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Lets the window lay out and paint what changed, as the event loop would before a person sees it.
void settle(QWidget *window)
{
    QApplication::processEvents();
    window->grab();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int customers = 100000;
    int moves = 20;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dirArg = args[i + 1];
        else if (args[i] == QLatin1String("--moves"))
            moves = args[i + 1].toInt();
    }
    const bool reuse = args.contains(QStringLiteral("--reuse"));
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/bench-workspace.sqlite");
    if (reuse && !QFile::exists(path)) {
        out << "--reuse: no workspace at " << path << Qt::endl;
        return 1;
    }
    if (!reuse)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);

    auto db = Database::open(path);
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    if (!reuse) {
        QElapsedTimer gen;
        gen.start();
        auto counts = DemoGenerator(*db.value(), DemoGenerator::Options{customers, 20261128, QStringLiteral("wang.fang")})
                          .generate();
        if (!counts) {
            out << counts.error() << Qt::endl;
            return 1;
        }
        out << "workspace: " << counts.value().total() << " records, " << counts.value().opportunities
            << " opportunities, built in " << gen.nsecsElapsed() / 1e9 << " s" << Qt::endl;
    }
    auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE local_state <> 3"));
    auto c = db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    out << "bench_pipeline: " << (c ? c.value().toLongLong() : -1) << " customers, "
        << (n ? n.value().toLongLong() : -1) << " opportunities, in " << dir << Qt::endl;

    AppContext ctx(*db.value(), Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    MainWindow window(ctx, QStringLiteral("bench"));
    window.resize(1400, 900);
    window.showPage(MainWindow::Customers);
    window.show();
    settle(&window);

    // 1. Opening the page: built, shown, painted.
    QElapsedTimer timer;
    double cpu0 = threadCpuMs();
    timer.start();
    window.showPage(MainWindow::Pipeline);
    settle(&window);
    const double openMs = timer.nsecsElapsed() / 1e6;
    const double openCpu = threadCpuMs() - cpu0;
    PipelineView *pipeline = window.pipeline();

    // 2. Moves: a card anywhere in an open column (scrolled to, as a person would before dragging
    // it), dropped on another stage (never "lost", which asks for a reason first), until it is
    // painted selected in its new column.
    const QStringList targets{QStringLiteral("lead"),     QStringLiteral("qualified"), QStringLiteral("proposal"),
                              QStringLiteral("negotiation"), QStringLiteral("won")};
    QRandomGenerator rng(7);
    QList<double> ms, cpu;
    int failed = 0;
    for (int i = 0; i < moves; ++i) {
        const QString from = targets.at(int(rng.bounded(targets.size())));
        QString to = from;
        while (to == from)
            to = targets.at(int(rng.bounded(targets.size())));
        KanbanColumn *source = pipeline->column(from);
        const int rows = source->model()->rowCount();
        if (rows == 0) {
            ++failed;
            continue;
        }
        const int row = int(rng.bounded(rows));
        const qint64 id = source->model()->idAt(row);
        source->view()->scrollTo(source->model()->index(row, 0));
        settle(&window);
        cpu0 = threadCpuMs();
        timer.start();
        const bool moved = pipeline->moveByDrop(id, to);
        settle(&window);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        const double elapsedCpu = threadCpuMs() - cpu0;
        KanbanColumn *target = pipeline->column(to);
        const QModelIndex current = target->view()->currentIndex();
        const bool shown = moved && current.isValid() && target->model()->idAt(current.row()) == id
            && target->view()->viewport()->rect().intersects(target->view()->visualRect(current));
        if (!shown) {
            ++failed;
            out << "move " << i << ": deal " << id << " " << from << " -> " << to << " not shown in its new column"
                << Qt::endl;
            continue;
        }
        ms << elapsed;
        cpu << elapsedCpu;
    }

    // 3. Back to the customers and to the pipeline again.
    window.showPage(MainWindow::Customers);
    settle(&window);
    timer.start();
    window.showPage(MainWindow::Pipeline);
    settle(&window);
    const double reopenMs = timer.nsecsElapsed() / 1e6;

    out << QStringLiteral("pipeline page open: %1 ms, CPU %2 ms (again: %3 ms)")
               .arg(openMs, 0, 'f', 0).arg(openCpu, 0, 'f', 0).arg(reopenMs, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("move until the card shows in its new column: %1 moves, p50 %2 ms, p95 %3 ms, max %4 ms "
                          "(CPU p50 %5 ms, p95 %6 ms)%7")
               .arg(ms.size()).arg(percentile(ms, 0.5), 0, 'f', 1).arg(percentile(ms, 0.95), 0, 'f', 1)
               .arg(percentile(ms, 1.0), 0, 'f', 1).arg(percentile(cpu, 0.5), 0, 'f', 1).arg(percentile(cpu, 0.95), 0, 'f', 1)
               .arg(failed ? QStringLiteral(" (%1 not shown)").arg(failed) : QString())
        << Qt::endl;
    out << QStringLiteral("peak RSS: %1 MB").arg(peakRssMb(), 0, 'f', 0) << Qt::endl;
    return failed ? 2 : 0;
}
