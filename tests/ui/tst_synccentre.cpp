// The sync centre driven like a person would, against the fake back end over loopback HTTP:
// F5 runs a cycle on the worker thread; a pushed change, a refused one (Retry) and a conflict
// (Keep mine) show where they should; the UI thread keeps running while 2,000 records arrive;
// with two back ends and one of them down, each shows its own state in the status bar and the
// sync centre; a change no system takes is kept on this computer, not counted as pending.
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/itemmodels/SystemStatusModel.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "sync/engine/SyncRunner.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/outbox/ConflictPanel.h"
#include "ui/outbox/DeletionCheckPanel.h"
#include "ui/outbox/PendingChangesView.h"
#include "ui/outbox/SyncStatusIndicator.h"
#include "ui/outbox/SystemStatusBadges.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "../common/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {
// The fake ERP, with customers' deletions checked on a schedule (as Tryton's: archiving comes
// in the delta, the id check runs daily or when asked for).
class ScheduledFake : public FakeConnector {
public:
    using FakeConnector::FakeConnector;
    bool deletionCheckOnSchedule(const QString &entity) const override { return entity == QLatin1String("customer"); }
};
} // namespace

class TestSyncCentre : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pushedRefusedAndConflictingChanges();
    void uiThreadKeepsRunningWhileSyncing();
    void cancelStopsTheCycle();
    void oneSystemDownAndChangesKeptHere();
    void anUnsentChangeIsDiscardedAfterSeeingWhatGoesBack();
    void checkForDeletionsNowRunsTheCheckWithASync();

private:
    SyncSummary pressF5AndWait();
    qint64 newCustomer(const QString &name);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    PendingChangesView *centre() { return m_window->pendingChanges(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

void TestSyncCentre::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
}

void TestSyncCentre::init()
{
    // A file, not ":memory:": the runner opens its own connection to the same workspace.
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("w.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', ?)"),
                       {m_server->baseUrl().toString()}));
    const QUrl url = m_server->baseUrl();
    m_runner = std::make_unique<SyncRunner>(path, [url](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> out;
        out.push_back({std::make_unique<ScheduledFake>(&nam, url, QStringList{QStringLiteral("customer"), QStringLiteral("contact")}), 1});
        return out;
    });
    m_ctx = std::make_unique<AppContext>(*m_db, Session());
    m_window = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Sync test"));
    m_window->setSyncRunner(m_runner.get());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Pending);
    // Every list of the sync centre runs under the tester through all the refreshes below.
    for (ListPanel *l : {centre()->list(), centre()->failedList(), centre()->logList(), centre()->conflicts()->list()})
        new QAbstractItemModelTester(l->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, l);
}

void TestSyncCentre::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_runner.reset(); // waits for the worker
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

SyncSummary TestSyncCentre::pressF5AndWait()
{
    QSignalSpy done(m_runner.get(), &SyncRunner::finished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    if (!m_runner->isRunning() && done.isEmpty())
        qFatal("F5 did not start a sync");
    if (!done.wait(60000))
        qFatal("sync did not finish");
    QTest::qWait(100); // the window's count refresh is debounced
    return done.first().first().value<SyncSummary>();
}

qint64 TestSyncCentre::newCustomer(const QString &name)
{
    const qint64 id = testing::createCustomer(*m_db, {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("B")}});
    m_ctx->notifyChanged(QStringLiteral("customer"));
    return id;
}

QVariant TestSyncCentre::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestSyncCentre::pushedRefusedAndConflictingChanges()
{
    const QString customer = QStringLiteral("customer");
    const FakeRecord shared = m_server->insert(customer, {{QStringLiteral("name"), QStringLiteral("Suzhou Lianfa Valves")},
                                                          {QStringLiteral("grade"), QStringLiteral("A")}});
    m_server->insert(customer, {{QStringLiteral("name"), QStringLiteral("Ningbo Oriental Bearings")}});
    SyncSummary first = pressF5AndWait();
    QVERIFY2(first.ok(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    QCOMPARE(first.pulled, 2);
    const qint64 sharedId = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {shared.id}).toLongLong();
    QVERIFY(sharedId > 0);

    // Three local changes: one lands, one is refused, one meets a server edit of the same field.
    m_server->addRule(customer, QStringLiteral("name"),
                      [](const QVariant &v) { return !v.toString().contains(QLatin1String("(test)")); },
                      QStringLiteral("Customer names may not contain \"(test)\""));
    newCustomer(QStringLiteral("Hangzhou Hengtong Precision Machinery"));
    const qint64 refused = newCustomer(QStringLiteral("Wuxi Demo Trading (test)"));
    QVERIFY(CustomerStore(*m_db).update(sharedId, {{QStringLiteral("name"), QStringLiteral("Suzhou Lianfa Valve Co., Ltd.")}}));
    QVERIFY(m_server->edit(customer, shared.id, {{QStringLiteral("name"), QStringLiteral("Lianfa Valves (Suzhou)")}}));
    m_ctx->notifyChanged(customer);
    QCOMPARE(centre()->list()->model()->rowCount(), 3);

    const SyncSummary second = pressF5AndWait();
    QCOMPARE(second.pushed, 1);
    QCOMPARE(second.pushFailed, 1);
    QCOMPARE(second.conflicts, 1);
    QCOMPARE(m_server->count(customer), 3);
    QVERIFY(m_window->syncStatus()->label()->text().contains(QLatin1String("1 refused")));
    QVERIFY(!m_window->syncStatus()->cancelAction()->isEnabled());

    // Failed: the server's own words, on the record's row.
    ListPanel *failed = centre()->failedList();
    QCOMPARE(failed->model()->rowCount(), 1);
    QCOMPARE(failed->model()->value(0, QStringLiteral("record_id")).toLongLong(), refused);
    auto *reason = centre()->findChild<QLabel *>(QStringLiteral("failedReason"));
    QVERIFY(reason->text().contains(QLatin1String("may not contain")));

    // Conflicts: base / mine / theirs side by side.
    ConflictPanel *conflicts = centre()->conflicts();
    QCOMPARE(conflicts->list()->model()->rowCount(), 1);
    QCOMPARE(centre()->findChild<QLabel *>(QStringLiteral("conflictBase"))->text(), QStringLiteral("Suzhou Lianfa Valves"));
    QCOMPARE(centre()->findChild<QLabel *>(QStringLiteral("conflictMine"))->text(), QStringLiteral("Suzhou Lianfa Valve Co., Ltd."));
    QCOMPARE(centre()->findChild<QLabel *>(QStringLiteral("conflictTheirs"))->text(), QStringLiteral("Lianfa Valves (Suzhou)"));
    QCOMPARE(conflicts->keepMineButton()->text(), QStringLiteral("Keep &mine"));
    QVERIFY(m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(int(MainWindow::navOrder().indexOf(MainWindow::Pending)))->text().contains(QLatin1String("Conflicts (1)")));

    // A change made after the sync waits under Pending; then the picture people look at.
    newCustomer(QStringLiteral("Changzhou Xinda Electric"));
    QCOMPARE(centre()->list()->model()->rowCount(), 2); // with the edit held by the conflict
    QVERIFY(centre()->summary()->text().contains(QLatin1String("1 refused")));
    QVERIFY(centre()->summary()->text().contains(QLatin1String("conflict")));
    centre()->showTab(PendingChangesView::ConflictsTab);
    QTest::qWait(150); // past the window's debounced count refresh
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/sync-centre.png")));
    centre()->showTab(PendingChangesView::FailedTab);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/sync-centre-failed.png")));

    // Retry: the server's rule was relaxed, so the same change may go again.
    m_server->clearRules(customer);
    failed->selectRow(0);
    QVERIFY(centre()->retryButton()->isEnabled());
    QTest::mouseClick(centre()->retryButton(), Qt::LeftButton);
    QCOMPARE(failed->model()->rowCount(), 0);
    QCOMPARE(local(QStringLiteral("SELECT state || '/' || attempts FROM outbox WHERE entity = 'customer' AND record_id = ?"), {refused})
                 .toString(),
             QStringLiteral("pending/0"));
    QVERIFY(local(QStringLiteral("SELECT sync_error FROM customers WHERE id = ?"), {refused}).isNull());

    // Keep mine: the conflict closes and the next sync sends my value.
    centre()->showTab(PendingChangesView::ConflictsTab);
    conflicts->list()->selectRow(0);
    QTest::mouseClick(conflicts->keepMineButton(), Qt::LeftButton);
    QCOMPARE(conflicts->list()->model()->rowCount(), 0);
    QVERIFY(!conflicts->keepMineButton()->isEnabled() || !conflicts->keepMineButton()->isVisible()
            || conflicts->list()->model()->rowCount() == 0);

    const SyncSummary third = pressF5AndWait();
    QVERIFY2(third.ok(), qPrintable(third.errors.join(QLatin1Char('\n'))));
    QCOMPARE(third.pushed, 3); // the retried create, my kept name, the later customer
    QCOMPARE(m_server->record(customer, shared.id)->fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("Suzhou Lianfa Valve Co., Ltd."));
    QCOMPARE(m_server->count(customer), 5);
    QCOMPARE(centre()->list()->model()->rowCount(), 0);
    QCOMPARE(centre()->tabs()->tabText(PendingChangesView::ConflictsTab), QStringLiteral("Conflicts"));
    QVERIFY(!m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(int(MainWindow::navOrder().indexOf(MainWindow::Pending)))->text().contains(QLatin1String("Conflicts")));

    // The log, newest first: the last line is the end of the last cycle.
    ListPanel *log = centre()->logList();
    QVERIFY(log->model()->rowCount() >= 6);
    QVERIFY(log->model()->data(log->model()->index(0, 4)).toString().startsWith(QLatin1String("Sync finished")));
}

void TestSyncCentre::uiThreadKeepsRunningWhileSyncing()
{
    for (int i = 0; i < 2000; ++i)
        m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Server customer %1").arg(i)}});
    QElapsedTimer clock;
    qint64 last = 0, worstGap = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - last);
        last = now;
        ++ticks;
    });
    QStringList shown;
    connect(m_runner.get(), &SyncRunner::progress, this,
            [&] { shown << m_window->syncStatus()->label()->text(); });

    QSignalSpy done(m_runner.get(), &SyncRunner::finished);
    clock.start();
    heartbeat.start();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_runner->isRunning());
    QVERIFY(m_window->syncStatus()->cancelAction()->isEnabled());
    QVERIFY(!m_runner->start()); // one cycle at a time
    QVERIFY(done.wait(60000));
    heartbeat.stop();
    const SyncSummary s = done.first().first().value<SyncSummary>();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pulled, 2000);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2000);
    qInfo("sync of 2000 records: %lld ms, %d heartbeats, worst gap %lld ms", clock.elapsed(), ticks, worstGap);
    // The fake server itself answers on this thread, so a page's JSON costs a little here too.
    QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
    QVERIFY(!shown.isEmpty());
    // The running count per object, as the status bar showed it.
    QVERIFY2(shown.contains(QStringLiteral("Syncing Customer records… 2,000")), qPrintable(shown.join(QLatin1Char('|'))));
}

void TestSyncCentre::cancelStopsTheCycle()
{
    for (int i = 0; i < 2000; ++i)
        m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Server customer %1").arg(i)}});
    m_runner->setPageSize(50);
    QSignalSpy done(m_runner.get(), &SyncRunner::finished);
    // Cancel from the status bar as soon as the first page has arrived.
    connect(m_runner.get(), &SyncRunner::progress, this, [this] {
        if (m_window->syncStatus()->cancelAction()->isEnabled())
            m_window->syncStatus()->cancelAction()->trigger();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(done.wait(60000));
    const SyncSummary s = done.first().first().value<SyncSummary>();
    QVERIFY(s.cancelled);
    QVERIFY(s.pulled < 2000);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(m_window->syncStatus()->label()->text(), QStringLiteral("Sync cancelled"));
}

void TestSyncCentre::oneSystemDownAndChangesKeptHere()
{
    // Two back ends: the ERP (customers, contacts) answers; the OA approval system's server is
    // gone (its port refuses). Nobody takes activities (no calendar is set up).
    QUrl oaUrl;
    {
        FakeBackend gone;
        oaUrl = gone.baseUrl();
    }
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (2, 'oa', 'fake', ?)"),
                       {oaUrl.toString()}));
    const QUrl erpUrl = m_server->baseUrl();
    m_runner = std::make_unique<SyncRunner>(m_db->path(), [erpUrl, oaUrl](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> out;
        out.push_back({std::make_unique<FakeConnector>(&nam, erpUrl, QStringList{QStringLiteral("customer"), QStringLiteral("contact")}), 1});
        auto oa = std::make_unique<FakeConnector>(&nam, oaUrl, QStringList{QStringLiteral("approval")}, QStringLiteral("oa"));
        oa->setTimeoutMs(2000);
        out.push_back({std::move(oa), 2});
        return out;
    });
    m_window->setSyncRunner(m_runner.get());
    m_ctx->notifyChanged(QStringLiteral("connectors"));
    QTest::qWait(100);
    // Configured, never synced: both listed as such.
    SystemStatusModel *systems = centre()->systemsModel();
    QCOMPARE(systems->rowCount(), 2);
    QCOMPARE(systems->data(systems->index(0, SystemStatusModel::StateColumn)).toString(), QStringLiteral("Not synced yet"));

    const qint64 customer = newCustomer(QStringLiteral("Jiaxing Ruifeng Textiles"));
    auto visit = CustomerStore(*m_db).logActivity(customer, {{QStringLiteral("kind"), QStringLiteral("visit")},
                                                              {QStringLiteral("subject"), QStringLiteral("Factory visit")}});
    QVERIFY2(visit, qPrintable(visit.error()));
    m_ctx->notifyChanged(QStringLiteral("activity"));

    const SyncSummary s = pressF5AndWait();
    QCOMPARE(s.pushed, 1); // the customer
    QCOMPARE(s.failedSystems, QStringList{QStringLiteral("oa")});

    // The sync centre: the ERP OK, the OA system unreachable with its error.
    QCOMPARE(systems->rowCount(), 2);
    QTableView *table = centre()->systemsTable();
    QVERIFY(table->isVisible());
    QHash<QString, int> row;
    for (int r = 0; r < systems->rowCount(); ++r)
        row.insert(systems->data(systems->index(r, 0), SystemStatusModel::SystemRole).toString(), r);
    auto cell = [systems](int r, int c) { return systems->data(systems->index(r, c)).toString(); };
    QCOMPARE(cell(row.value(QStringLiteral("erp")), SystemStatusModel::SystemColumn), QStringLiteral("ERP"));
    QCOMPARE(cell(row.value(QStringLiteral("erp")), SystemStatusModel::StateColumn), QStringLiteral("OK"));
    QVERIFY(cell(row.value(QStringLiteral("erp")), SystemStatusModel::ErrorColumn).isEmpty());
    QVERIFY(cell(row.value(QStringLiteral("erp")), SystemStatusModel::LastOkColumn) != QStringLiteral("never"));
    QCOMPARE(cell(row.value(QStringLiteral("oa")), SystemStatusModel::SystemColumn), QStringLiteral("OA approvals"));
    QCOMPARE(cell(row.value(QStringLiteral("oa")), SystemStatusModel::StateColumn), QStringLiteral("Unreachable"));
    QCOMPARE(cell(row.value(QStringLiteral("oa")), SystemStatusModel::LastOkColumn), QStringLiteral("never"));
    const QString oaError = cell(row.value(QStringLiteral("oa")), SystemStatusModel::ErrorColumn);
    QVERIFY(!oaError.isEmpty());
    QVERIFY(cell(row.value(QStringLiteral("oa")), SystemStatusModel::LastSyncColumn) != QStringLiteral("never"));

    // The status bar: one badge per system, the failing one marked, its error in the tooltip.
    SystemStatusBadges *badges = m_window->systemStatus();
    QVERIFY(badges->isVisible());
    QVERIFY2(badges->text().contains(QStringLiteral("ERP&nbsp;✓")), qPrintable(badges->text()));
    QVERIFY2(badges->text().contains(QStringLiteral("OA approvals&nbsp;✕")), qPrintable(badges->text()));
    QVERIFY2(badges->toolTip().contains(QStringLiteral("OA approvals: Unreachable")), qPrintable(badges->toolTip()));
    QVERIFY2(badges->toolTip().contains(QStringLiteral("ERP: OK")), qPrintable(badges->toolTip()));
    QVERIFY(badges->toolTip().contains(oaError));

    // The visit: kept on this computer with the reason, not pending, not counted as pending.
    QCOMPARE(centre()->list()->model()->rowCount(), 0);
    ListPanel *kept = centre()->keptList();
    QCOMPARE(kept->model()->rowCount(), 1);
    QCOMPARE(kept->model()->value(0, QStringLiteral("entity")).toString(), QStringLiteral("activity"));
    QCOMPARE(kept->model()->data(kept->model()->index(0, kept->model()->columnCount() - 1)).toString(),
             QStringLiteral("No server for Activity is set up yet: kept on this computer, sent once one is."));
    QCOMPARE(centre()->tabs()->tabText(PendingChangesView::KeptTab), QStringLiteral("Kept on this computer (1)"));
    QCOMPARE(centre()->tabs()->tabText(PendingChangesView::PendingTab), QStringLiteral("Pending"));
    QCOMPARE(m_window->pendingLabel()->text(), QStringLiteral("0 change(s) pending"));
    QVERIFY(m_window->pendingLabel()->toolTip().contains(QLatin1String("kept on this computer")));
    QVERIFY(!m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(int(MainWindow::navOrder().indexOf(MainWindow::Pending)))->text().contains(QLatin1Char('(')));
    QVERIFY(centre()->summary()->text().contains(QLatin1String("1 kept on this computer")));
    // On the record: "local only", not "pending".
    std::unique_ptr<SqlWindowModel> timeline(lists::timeline(*m_db, customer, nullptr));
    QAbstractItemModelTester tester(timeline.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(timeline->rowCount(), 1);
    QCOMPARE(timeline->data(timeline->index(0, 0), SqlWindowModel::SyncStateRole).toInt(), 1);
    QVERIFY(timeline->data(timeline->index(0, 0), SqlWindowModel::LocalOnlyRole).toBool());

    centre()->showTab(PendingChangesView::KeptTab);
    kept->selectRow(0);
    QTest::qWait(150);
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/sync-centre-systems.png")));
    QVERIFY(badges->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/status-bar-systems.png")));

    // A calendar is set up: the sync layer routes activities to it, and the visit waits to be sent.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('activity', 'calendar')")));
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QTest::qWait(100);
    QCOMPARE(kept->model()->rowCount(), 0);
    QCOMPARE(centre()->list()->model()->rowCount(), 1);
    QCOMPARE(centre()->list()->model()->value(0, QStringLiteral("entity")).toString(), QStringLiteral("activity"));
    QCOMPARE(centre()->tabs()->tabText(PendingChangesView::KeptTab), QStringLiteral("Kept on this computer"));
    QCOMPARE(m_window->pendingLabel()->text(), QStringLiteral("1 change(s) pending"));
    timeline->refresh();
    QVERIFY(!timeline->data(timeline->index(0, 0), SqlWindowModel::LocalOnlyRole).toBool());
}

void TestSyncCentre::anUnsentChangeIsDiscardedAfterSeeingWhatGoesBack()
{
    const FakeRecord remote = m_server->insert(QStringLiteral("customer"), {{QStringLiteral("name"), QStringLiteral("Jiaxing Huamei Pumps")},
                                                                          {QStringLiteral("grade"), QStringLiteral("B")}});
    QVERIFY(pressF5AndWait().ok());
    const qint64 id = local(QStringLiteral("SELECT id FROM customers WHERE remote_id = ?"), {remote.id}).toLongLong();
    QVERIFY(CustomerStore(*m_db).update(id, {{QStringLiteral("grade"), QStringLiteral("A")}}));
    m_ctx->notifyChanged(QStringLiteral("customer"));
    centre()->showTab(PendingChangesView::PendingTab);
    QTRY_COMPARE(centre()->list()->model()->rowCount(), 1);
    centre()->list()->selectRow(0);
    QVERIFY(centre()->discardButton()->isEnabled());

    // First Cancel: nothing changes. Then Discard: the record is the server's again.
    for (const bool confirm : {false, true}) {
        QString shown;
        QTimer::singleShot(0, this, [&shown, confirm] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            if (confirm) {
                box->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/sync-centre-discard.png"));
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
            } else {
                box->reject();
            }
        });
        QTest::mouseClick(centre()->discardButton(), Qt::LeftButton);
        QVERIFY2(shown.contains(QLatin1String("server's version")) && shown.contains(QStringLiteral("grade: “A” becomes “B”")),
                 qPrintable(shown));
        QCOMPARE(local(QStringLiteral("SELECT grade FROM customers WHERE id = ?"), {id}).toString(),
                 confirm ? QStringLiteral("B") : QStringLiteral("A"));
    }
    QTRY_COMPARE(centre()->list()->model()->rowCount(), 0);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM customers WHERE id = ?"), {id}).toInt(), 0);
    // Nothing goes to the server for it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const SyncSummary after = pressF5AndWait();
    QCOMPARE(after.pushed, 0);
}

void TestSyncCentre::checkForDeletionsNowRunsTheCheckWithASync()
{
    // The first sync counts as a check (it read every id); the button asks for another, starts
    // a sync, and the line shows what that check cost.
    newCustomer(QStringLiteral("Checked Co"));
    newCustomer(QStringLiteral("Kept Co"));
    QVERIFY(pressF5AndWait().ok());
    m_window->showPage(MainWindow::Pending);
    DeletionCheckPanel *panel = centre()->deletionCheck();
    QVERIFY(panel->isVisible());
    centre()->refresh();
    QVERIFY2(panel->label()->text().startsWith(QStringLiteral("Last check for deleted records: today")), qPrintable(panel->label()->text()));
    auto first = DeletionCheckStore(*m_db).load();
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(!first.value().requested);

    QSignalSpy done(m_runner.get(), &SyncRunner::finished);
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    QVERIFY(m_runner->isRunning() || !done.isEmpty()); // the button started a sync
    QVERIFY(done.wait(60000));
    QTest::qWait(100);
    auto after = DeletionCheckStore(*m_db).load();
    QVERIFY2(after, qPrintable(after.error()));
    QVERIFY(!after.value().requested);
    QCOMPARE(after.value().idsChecked, 2);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM sync_log WHERE message LIKE 'This sync checks for records deleted on the servers, as asked'")).toInt(), 1);
    centre()->refresh();
    QVERIFY2(panel->label()->text().contains(QStringLiteral("2 records in")), qPrintable(panel->label()->text()));
    QVERIFY2(panel->label()->text().endsWith(QStringLiteral("0 removed.")), qPrintable(panel->label()->text()));
}

QTEST_MAIN(TestSyncCentre)
#include "tst_synccentre.moc"
