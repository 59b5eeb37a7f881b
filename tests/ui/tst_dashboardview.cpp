// The Dashboard page in the main window over a demo workspace: figures read on the worker
// thread and shown (tiles and charts agree with DashboardStore), Team and Mine, the period
// chooser, CSV and PNG exports checked on disk (also through the buttons' file dialog), a
// refresh when records change, a rep's desk, and screenshots for people to look at.
#include "models/demo/DemoGenerator.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/DashboardLoader.h"
#include "models/itemmodels/DashboardModels.h"
#include "models/store/DashboardStore.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWindow>
#include <QtTest>

using namespace sb;

class TestDashboardView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithTheTeamsFigures();
    void switchesToMine();
    void periodChooser();
    void exportsCsvAndPng();
    void exportThroughTheButtons();
    void exportFailureIsSaid();
    void refreshesWhenRecordsChange();
    void repSeesOwnNumbers();

private:
    std::unique_ptr<MainWindow> window(const QString &role);
    bool waitForFigures(DashboardView *view);
    DashboardFigures expected(const QString &owner, DashboardPeriod::Kind kind);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeDashboardTest"));
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{500, 16, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
    m_window = window(QStringLiteral("manager"));
}

std::unique_ptr<MainWindow> TestDashboardView::window(const QString &role)
{
    Session s;
    s.role = role;
    s.user = QStringLiteral("wang.fang");
    m_ctx = std::make_unique<AppContext>(*m_db, s);
    auto w = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Test"));
    w->resize(1366, 900);
    w->show();
    w->windowHandle()->requestActivate();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("main window did not become active");
    return w;
}

bool TestDashboardView::waitForFigures(DashboardView *view)
{
    QSignalSpy shown(view, &DashboardView::figuresShown);
    if (!view->isLoading() && shown.isEmpty())
        return false;
    return shown.wait(20000) || !shown.isEmpty();
}

DashboardFigures TestDashboardView::expected(const QString &owner, DashboardPeriod::Kind kind)
{
    DashboardQuery q;
    q.owner = owner;
    q.today = QDate::currentDate();
    q.now = QDateTime::currentDateTimeUtc();
    q.period = DashboardPeriod::of(kind, q.today);
    auto f = DashboardStore(*m_db).figures(q);
    return f ? f.value() : DashboardFigures{};
}

void TestDashboardView::opensWithTheTeamsFigures()
{
    MainWindow &w = *m_window;
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->item(int(MainWindow::navOrder().indexOf(MainWindow::Dashboard)))->text(), QStringLiteral("Dashboard"));
    QVERIFY(!w.isPageBuilt(MainWindow::Dashboard)); // built when first shown
    nav->setCurrentRow(int(MainWindow::navOrder().indexOf(MainWindow::Dashboard)));
    QCOMPARE(w.currentPage(), MainWindow::Dashboard);
    DashboardView *view = w.dashboard();
    QSignalSpy shown(view, &DashboardView::figuresShown); // the result comes from the event loop
    QVERIFY(view->isLoading()); // read on the worker thread, the busy bar meanwhile
    QVERIFY(view->busyBar()->isVisible());
    QVERIFY(shown.wait(20000));
    QVERIFY(!view->busyBar()->isVisible());
    QCOMPARE(view->owner(), QString());

    const DashboardFigures team = expected(QString(), DashboardPeriod::Kind::Last12Months);
    QCOMPARE(view->tileValues().at(2)->text(), QLocale().toString(team.approvals.count));
    QCOMPARE(view->tileValues().at(0)->text(), view->kpiModel()->valueText(DashboardKpiModel::WinRateRow));
    QVERIFY(team.closed.won + team.closed.lost > 0);
    QCOMPARE(view->kpiModel()->index(DashboardKpiModel::WonRow, DashboardKpiModel::ValueColumn).data(DashboardTableModel::RawRole).toInt(),
             team.closed.won);

    // The pipeline chart: one bar set per open stage, one category per rep with deals in the
    // currency shown, and the bars sum to the store's amounts (in thousands, rounded).
    const QString currency = view->currencyBox()->currentText();
    QVERIFY(!currency.isEmpty());
    QChart *chart = view->pipelinePanel()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), int(vocab::openStages().size()));
    QSet<QString> reps;
    qint64 cents = 0;
    for (const PipelineCell &c : team.pipeline)
        if (c.currency == currency) {
            reps.insert(c.rep);
            cents += c.amount;
        }
    QCOMPARE(bars->barSets().first()->count(), int(reps.size()));
    QVERIFY(reps.size() > 1);
    double sum = 0;
    int values = 0; // each is rounded to a tenth
    for (QBarSet *set : bars->barSets())
        for (int i = 0; i < set->count(); ++i, ++values)
            sum += set->at(i);
    const double divisor = chart->axes(Qt::Horizontal).first()->titleText().startsWith(QLatin1String("Millions")) ? 1e8 : 1e5;
    QVERIFY2(qAbs(sum - cents / divisor) <= 0.05 * values + 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(cents / divisor)));
    QVERIFY(!view->forecastPanel()->chart()->series().isEmpty());
    QVERIFY(!view->revenuePanel()->chart()->series().isEmpty());

    QApplication::processEvents();
    QVERIFY(w.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/dashboard-team.png")));
}

void TestDashboardView::switchesToMine()
{
    DashboardView *view = m_window->dashboard();
    QSignalSpy shown(view, &DashboardView::figuresShown);
    view->scopeBox()->setCurrentIndex(view->scopeBox()->findText(QStringLiteral("Mine")));
    QCOMPARE(view->owner(), QStringLiteral("wang.fang"));
    QVERIFY(shown.wait(20000));
    QCOMPARE(view->pipelineModel()->reps(), QStringList{QStringLiteral("wang.fang")});
    const DashboardFigures mine = expected(QStringLiteral("wang.fang"), DashboardPeriod::Kind::Last12Months);
    const DashboardFigures team = expected(QString(), DashboardPeriod::Kind::Last12Months);
    QVERIFY(mine.closed.won < team.closed.won);
    QCOMPARE(view->tileValues().at(2)->text(), QLocale().toString(mine.approvals.count));
    QCOMPARE(view->kpiModel()->index(DashboardKpiModel::WonRow, DashboardKpiModel::ValueColumn).data(DashboardTableModel::RawRole).toInt(),
             mine.closed.won);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/dashboard-mine.png")));
}

void TestDashboardView::periodChooser()
{
    DashboardView *view = m_window->dashboard();
    QSignalSpy shown(view, &DashboardView::figuresShown);
    view->periodBox()->setCurrentIndex(view->periodBox()->findData(int(DashboardPeriod::Kind::ThisMonth)));
    QVERIFY(shown.wait(20000));
    QVERIFY(!view->fromEdit()->isVisible());
    const int currencies = int(view->revenueModel()->currencies().size());
    QCOMPARE(view->revenueModel()->rowCount(), currencies); // one month
    const DashboardFigures month = expected(QStringLiteral("wang.fang"), DashboardPeriod::Kind::ThisMonth);
    QCOMPARE(view->kpiModel()->index(DashboardKpiModel::LostRow, DashboardKpiModel::ValueColumn).data(DashboardTableModel::RawRole).toInt(),
             month.closed.lost);

    shown.clear();
    view->periodBox()->setCurrentIndex(view->periodBox()->findData(int(DashboardPeriod::Kind::Custom)));
    QVERIFY(view->fromEdit()->isVisible());
    QVERIFY(shown.wait(20000));
    shown.clear();
    const QDate from = QDate::currentDate().addMonths(-2);
    view->fromEdit()->setDate(QDate(from.year(), from.month(), 1));
    view->toEdit()->setDate(QDate::currentDate());
    QTRY_VERIFY(!view->isLoading() && !shown.isEmpty());
    QCOMPARE(view->revenueModel()->rowCount(), 3 * int(view->revenueModel()->currencies().size()));

    shown.clear();
    view->periodBox()->setCurrentIndex(view->periodBox()->findData(int(DashboardPeriod::Kind::Last12Months)));
    QVERIFY(shown.wait(20000));
    QCOMPARE(view->revenueModel()->rowCount(), 12 * int(view->revenueModel()->currencies().size()));
}

void TestDashboardView::exportsCsvAndPng()
{
    DashboardView *view = m_window->dashboard();
    QTemporaryDir out;
    for (DashboardPanel *panel : view->panels()) {
        const QString csv = out.filePath(panel->fileStem() + QStringLiteral(".csv"));
        const Status s = panel->exportCsv(csv);
        QVERIFY2(s, qPrintable(s.error()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(panel->fileStem()));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), panel->model()->rowCount() + 1);
        QStringList header;
        for (int c = 0; c < panel->model()->columnCount(); ++c)
            header << panel->model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(lines.first(), header.join(QLatin1Char(',')));

        const QString png = out.filePath(panel->fileStem() + QStringLiteral(".png"));
        const Status p = panel->exportPng(png);
        QVERIFY2(p, qPrintable(p.error()));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 80);
        QSet<QRgb> colours; // a chart, not a blank square
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(panel->fileStem()));
    }
    // The pipeline's CSV carries the figures the chart is drawn from (every currency).
    QFile f(out.filePath(QStringLiteral("pipeline-by-rep.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll().mid(3));
    QVERIFY(text.startsWith(QStringLiteral("Rep,Stage,Currency,Deals,Amount,Weighted amount")));
    QVERIFY(text.contains(QStringLiteral("wang.fang,")));
}

void TestDashboardView::exportThroughTheButtons()
{
    DashboardView *view = m_window->dashboard();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("forecast.csv"));
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
        answered = true;
    });
    QSignalSpy exported(view->forecastPanel(), &DashboardPanel::exported);
    view->forecastPanel()->csvButton()->click();
    QVERIFY(answered);
    QCOMPARE(exported.count(), 1);
    QVERIFY(QFile::exists(path));
    QCOMPARE(view->forecastPanel()->pngButton()->text(), QStringLiteral("Export PNG…"));
}

void TestDashboardView::exportFailureIsSaid()
{
    DashboardPanel *panel = m_window->dashboard()->revenuePanel();
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/revenue.csv"));
    const Status s = panel->exportCsv(nowhere);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("revenue.csv")), qPrintable(s.error()));
    QVERIFY(!panel->exportPng(m_dir.filePath(QStringLiteral("no/such/folder/revenue.png"))));
}

void TestDashboardView::refreshesWhenRecordsChange()
{
    DashboardView *view = m_window->dashboard();
    view->scopeBox()->setCurrentIndex(view->scopeBox()->findText(QStringLiteral("Team")));
    QTRY_VERIFY(!view->isLoading());
    const int before = QLocale().toInt(view->tileValues().at(2)->text());
    // A sync brings a new approval request (written on another connection, as the sync does).
    auto r = m_db->exec(QStringLiteral("INSERT INTO approvals (kind, subject_entity, subject_id, customer_id, title, requester, "
                                       "state, submitted_at) VALUES ('quote', 'quote', 999999, 1, 'new', 'li.wei', 'pending', ?)"),
                        {QDateTime::currentDateTimeUtc().addDays(-9).toString(Qt::ISODate)});
    QVERIFY2(r, qPrintable(r.error()));
    QSignalSpy shown(view, &DashboardView::figuresShown);
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QVERIFY(shown.wait(20000));
    QCOMPARE(QLocale().toInt(view->tileValues().at(2)->text()), before + 1);
    QVERIFY(!m_window->messageBar()->isVisible() || !m_window->messageBar()->isError());
}

void TestDashboardView::repSeesOwnNumbers()
{
    m_window.reset();
    auto w = window(QStringLiteral("rep"));
    w->showPage(MainWindow::Dashboard);
    DashboardView *view = w->dashboard();
    QVERIFY(waitForFigures(view) || !view->isLoading());
    QTRY_VERIFY(!view->isLoading());
    QCOMPARE(view->scopeBox()->count(), 1);
    QVERIFY(!view->scopeBox()->isEnabled());
    QCOMPARE(view->owner(), QStringLiteral("wang.fang"));
    QCOMPARE(view->pipelineModel()->reps(), QStringList{QStringLiteral("wang.fang")});
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
