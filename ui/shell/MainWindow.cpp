#include "MainWindow.h"

#include "ApprovalNotifier.h"
#include "MessageBar.h"
#include "ReminderBanner.h"
#include "ReminderNotifier.h"
#include "ShortcutHelp.h"
#include "models/domain/Vocabulary.h"
#include "models/store/ActivityStore.h"
#include "models/store/AddressStore.h"
#include "models/store/ConnectorStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/QuoteStore.h"
#include "models/store/ServiceStore.h"
#include "models/itemmodels/SyncLists.h"
#include "sync/engine/SyncRunner.h"
#include "sync/network/ConnectivityMonitor.h"
#include "ui/approvals/ApprovalInboxView.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppIcon.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomersView.h"
#include "ui/importer/CsvImportWizard.h"
#include "ui/inventory/InventoryView.h"
#include "ui/logistics/LogisticsView.h"
#include "ui/orders/OrdersView.h"
#include "ui/outbox/ConflictPanel.h"
#include "ui/outbox/PendingChangesView.h"
#include "ui/outbox/SyncStatusIndicator.h"
#include "ui/outbox/SystemStatusBadges.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/quotes/QuotesView.h"
#include "ui/search/GlobalSearch.h"
#include "ui/service/ServiceView.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <utility>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace sb {

MainWindow::MainWindow(AppContext &ctx, const QString &workspaceLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_search(nullptr)
    , m_connectivityLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_syncStatus(new SyncStatusIndicator(this))
    , m_systems(new SystemStatusBadges(ctx.db(), this))
    , m_connectivity(new ConnectivityMonitor(this))
    , m_countTimer(new QTimer(this))
    , m_notifier(new ApprovalNotifier(ctx.db(), ctx.session(), this))
    , m_reminders(new ReminderNotifier(ctx.db(), ctx.session(), this))
{
    setWindowTitle(tr("SalesBridge — %1").arg(workspaceLabel));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    m_syncPrefs = SyncPreferences::load(ctx.db().path()); // per workspace; ":memory:" reads the global ones
    buildPages();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    m_messages->overlay(m_pages); // over the page, not in the layout: the page must not jump
    m_search = new GlobalSearch(ctx, central);

    buildMenus();
    buildStatusBar();
    buildTray();
    buildReminders(central);

    connect(&ctx, &AppContext::errorReported, m_messages, &MessageBar::showError);
    connect(&ctx, &AppContext::infoReported, m_messages, &MessageBar::showInfo);
    connect(&ctx, &AppContext::openRequested, this, &MainWindow::open);
    connect(&ctx, &AppContext::recordsChanged, this, [this] { m_countTimer->start(); });
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(50);
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);

    restoreLayout();
    refreshCounts();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::defaultPageFor(const QString &role)
{
    if (role == QLatin1String("manager"))
        return Approvals;
    if (role == QLatin1String("office"))
        return Orders;
    return Customers;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New record"), this, &MainWindow::newRecord);
    newAction->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(tr("&Import customers from CSV…"), this, &MainWindow::importCustomers);
    file->addAction(tr("Import &contacts from CSV…"), this, &MainWindow::importContacts);
    QAction *exportAction = file->addAction(tr("&Export current list to CSV…"), this, &MainWindow::exportCurrentList);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    // The platform's Preferences key where it has one, and Ctrl+, everywhere (GNOME and
    // Windows have none).
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search everywhere…"), this, &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::ApplicationShortcut);
    go->addSeparator();
    // Ctrl+1..9 go by the page's value, as before the calendar came; the calendar is Ctrl+0,
    // the dashboard Ctrl+Shift+D.
    for (int row = 0; row < PageCount; ++row) {
        const Page p = navOrder().at(row);
        QAction *a = go->addAction(m_nav->item(row)->text(), this, [this, p] { showPage(p); });
        a->setShortcut(p == Dashboard ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)
                                      : QKeySequence(Qt::CTRL | (p == Calendar ? Qt::Key_0 : Qt::Key(Qt::Key_1 + int(p)))));
    }

    QMenu *syncMenu = menuBar()->addMenu(tr("S&ync"));
    QAction *syncNow = syncMenu->addAction(tr("Sync &now"), this, &MainWindow::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncMenu->addAction(m_syncStatus->cancelAction());
    syncMenu->addAction(tr("Show &pending changes"), this, [this] { showPage(Pending); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcutHelp);
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    keys->setObjectName(QStringLiteral("showShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About SalesBridge"), this, [this] {
        m_messages->showInfo(tr("SalesBridge %1 — the CRM desktop client for your ERP, OA and after-sales systems.")
                                 .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(newAction);
    bar->addAction(search);
    bar->addAction(syncNow);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::buildStatusBar()
{
    m_connectivityLabel->setObjectName(QStringLiteral("connectivity"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingCount"));
    auto *role = new QLabel(tr("%1 · %2").arg(m_ctx.session().user, vocab::roleLabel(m_ctx.session().role)), this);
    statusBar()->addWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusIndicator::finished, this, &MainWindow::syncFinished);
    statusBar()->addPermanentWidget(role);
    statusBar()->addPermanentWidget(m_systems);
    connect(m_systems, &SystemStatusBadges::clicked, this, [this] { showPage(Pending); });
    connect(m_systems, &SystemStatusBadges::errorOccurred, m_messages, &MessageBar::showError);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_connectivityLabel);

    auto showState = [this](ConnectivityMonitor::State s) {
        switch (s) {
        case ConnectivityMonitor::State::NoServer:
            m_connectivityLabel->setText(tr("● Offline — no server configured"));
            m_connectivityLabel->setStyleSheet(QStringLiteral("color: #757575;"));
            break;
        case ConnectivityMonitor::State::Checking:
            m_connectivityLabel->setText(tr("● Checking connection…"));
            m_connectivityLabel->setStyleSheet(QStringLiteral("color: #757575;"));
            break;
        case ConnectivityMonitor::State::Online:
            m_connectivityLabel->setText(tr("● Online"));
            m_connectivityLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
            break;
        case ConnectivityMonitor::State::Offline:
            m_connectivityLabel->setText(tr("● Offline — changes are kept and sent later"));
            m_connectivityLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
            break;
        }
    };
    connect(m_connectivity, &ConnectivityMonitor::stateChanged, this, showState);
    // Back online after being offline: send what waited instead of waiting for the interval,
    // unless Settings says to wait for the interval or F5.
    connect(m_connectivity, &ConnectivityMonitor::backOnline, this, [this] {
        if (m_syncPrefs.syncWhenOnline && syncRunner())
            syncRunner()->syncWhenOnline();
    });
    showState(m_connectivity->state());
    loadServers();
}

void MainWindow::loadServers()
{
    QList<QUrl> servers;
    auto r = ConnectorStore(m_ctx.db()).enabled();
    if (r) {
        for (const ConnectorConfig &c : r.value())
            servers << QUrl(c.url);
    } else {
        m_ctx.reportError(r.error());
    }
    m_connectivity->setServers(servers);
}

void MainWindow::buildTray()
{
    // Desktops without a tray (and the offscreen tests) simply go without.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(appIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show SalesBridge"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Sync now"), this, &MainWindow::syncNow);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &QWidget::close);
    m_tray->setContextMenu(menu);
    connect(m_notifier, &ApprovalNotifier::notify, m_tray, [this](const QString &title, const QString &text) {
        m_trayReminderId = 0;
        m_tray->showMessage(title, text, appIcon());
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        activateWindow();
        // A click on a reminder opens its item.
        if (const qint64 id = std::exchange(m_trayReminderId, 0))
            open(QStringLiteral("calendar-item"), id);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::buildReminders(QWidget *central)
{
    m_reminderBanner = new ReminderBanner(central);
    connect(m_reminderBanner, &ReminderBanner::openRequested, this,
            [this](qint64 id) { open(QStringLiteral("calendar-item"), id); });
    connect(m_reminders, &ReminderNotifier::remind, this, &MainWindow::showReminder);
    connect(m_reminders, &ReminderNotifier::errorOccurred, m_messages, &MessageBar::showError);
    // The first check once the window is up: what came due while SalesBridge was closed.
    QTimer::singleShot(0, m_reminders, [this] { m_reminders->start(); });
}

void MainWindow::showReminder(qint64 activityId, const QString &title, const QString &text)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_trayReminderId = activityId;
        m_tray->showMessage(title, text, appIcon(), 30000);
        return;
    }
    m_reminderBanner->add(activityId, title, text);
}

void MainWindow::refreshCounts()
{
    auto c = SyncCentreStore(m_ctx.db()).counts();
    if (!c) {
        m_messages->showError(c.error());
        return;
    }
    const int pending = c.value().pending;
    const int failed = c.value().failed;
    const int conflicts = c.value().conflicts;
    const int kept = c.value().keptHere;
    QString text = failed ? tr("%n change(s) pending, %1 failed", nullptr, pending).arg(failed)
                          : tr("%n change(s) pending", nullptr, pending);
    if (conflicts)
        text += QStringLiteral(", ") + tr("%n conflict(s)", nullptr, conflicts);
    m_pendingLabel->setText(text);
    // Not pending (nothing will send them until a server for them is set up), but not hidden.
    m_pendingLabel->setToolTip(kept ? tr("%n change(s) kept on this computer: no server for them is set up yet.", nullptr, kept)
                                    : QString());
    m_systems->refresh();
    QString nav = pending + failed ? tr("Pending changes (%1)").arg(pending + failed) : tr("Pending changes");
    // On a second line: the navigation keeps its width whatever the counts are.
    if (conflicts)
        nav += QLatin1Char('\n') + tr("Conflicts (%1)").arg(conflicts);
    navItem(Pending)->setText(nav);
    ApprovalStore approvals(m_ctx.db());
    auto a = approvals.pendingCount();
    if (!a) {
        m_messages->showError(a.error());
        return;
    }
    navItem(Approvals)->setText(a.value() ? tr("Approvals (%1)").arg(a.value()) : tr("Approvals"));
    m_notifier->check(); // after a change of records or a sync: news for the tray
    if (!m_tray)
        return;
    m_tray->setIcon(ApprovalNotifier::badged(appIcon(), a.value()));
    m_tray->setToolTip(a.value() ? tr("SalesBridge — %n approval(s) wait for you\n%1", nullptr, a.value()).arg(m_pendingLabel->text())
                                 : tr("SalesBridge — %1").arg(m_pendingLabel->text()));
}

void MainWindow::openSearch()
{
    m_search->popup();
}

void MainWindow::setSyncRunner(SyncRunner *runner)
{
    m_syncStatus->setRunner(runner);
    if (runner)
        runner->setInterval(m_syncPrefs.intervalMinutes);
}

void MainWindow::applySyncSettings(int intervalMinutes, bool syncWhenOnline)
{
    m_syncPrefs.intervalMinutes = qMax(0, intervalMinutes);
    m_syncPrefs.syncWhenOnline = syncWhenOnline;
    if (SyncRunner *runner = syncRunner())
        runner->setInterval(m_syncPrefs.intervalMinutes);
}

SyncRunner *MainWindow::syncRunner() const
{
    return m_syncStatus->runner();
}

void MainWindow::syncNow()
{
    auto r = ConnectorStore(m_ctx.db()).enabled();
    if (!r) {
        m_messages->showError(r.error());
        return;
    }
    if (r.value().isEmpty()) {
        m_messages->showInfo(tr("No ERP, OA or after-sales server is configured for this workspace, so there is "
                                "nothing to sync with. Your changes are kept under Pending changes."));
        return;
    }
    SyncRunner *runner = syncRunner();
    if (!runner) {
        m_messages->showInfo(tr("Synchronisation with the configured servers is not available in this version yet; "
                                "your changes are kept under Pending changes."));
        return;
    }
    if (!runner->start())
        statusBar()->showMessage(tr("A sync is already running."), 3000);
}

void MainWindow::syncFinished(const SyncSummary &summary)
{
    if (!summary.errors.isEmpty())
        m_messages->showError(tr("Sync: %1").arg(summary.errors.join(QStringLiteral("; "))));
    if (m_tray && (summary.pushFailed || !summary.errors.isEmpty()))
        m_tray->showMessage(tr("SalesBridge sync"), SyncStatusIndicator::describe(summary), QSystemTrayIcon::Warning);
    // Every view reads the cache again; the counts follow through recordsChanged.
    m_ctx.notifyChanged(QStringLiteral("sync"));
}

void MainWindow::importCustomers()
{
    importCsv(false);
}

void MainWindow::importContacts()
{
    importCsv(true);
}

void MainWindow::importCsv(bool contacts)
{
    auto *wizard = new CsvImportWizard(m_ctx, contacts ? CsvImportWizard::Contacts : CsvImportWizard::Customers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::exportCurrentList()
{
    QWidget *current = m_pages->currentWidget();
    // The visible list of the page: the one that has focus, else the first one.
    ListPanel *panel = nullptr;
    for (QWidget *w = focusWidget(); w && !panel; w = w->parentWidget())
        panel = qobject_cast<ListPanel *>(w);
    if (!panel || !current->isAncestorOf(panel)) {
        const auto panels = current->findChildren<ListPanel *>();
        for (ListPanel *p : panels)
            if (p->isVisible()) {
                panel = p;
                break;
            }
    }
    if (!panel) {
        m_messages->showInfo(tr("This page has no list to export."));
        return;
    }
    panel->exportInteractive();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartNeeded, m_messages, [this] {
        m_messages->showInfo(tr("The new language and role apply when SalesBridge starts next time."));
    });
    connect(dialog, &SettingsDialog::syncSettingsChanged, this, &MainWindow::applySyncSettings);
    connect(dialog, &SettingsDialog::connectorsChanged, this, [this] {
        loadServers();
        refreshCounts(); // the routes and the systems shown follow the connectors
        emit connectorsChanged();
    });
    dialog->open();
}

void MainWindow::showShortcutHelp()
{
    // The page's name without its counts ("Pending changes (3)", "审批（5）").
    QString pageName = navItem(currentPage())->text().section(QLatin1Char('\n'), 0, 0);
    pageName.remove(QRegularExpression(QStringLiteral("\\s*[(\uFF08]\\d+[)\uFF09]$")));
    auto *sheet = new ShortcutHelpDialog(collectShortcuts(this, m_pages->currentWidget(), pageName), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1366, 768);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The last page is remembered per role: a manager starting as a rep should not land on Approvals.
    const QString pageKey = QStringLiteral("window/page/") + m_ctx.session().role;
    const int last = settings.value(pageKey, -1).toInt();
    showPage(last >= 0 && last < PageCount ? Page(last) : defaultPageFor(m_ctx.session().role));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page/") + m_ctx.session().role, int(currentPage()));
    // Closing is no time for a dialog: a window layout that cannot be kept (a full disk) is
    // said in the log, and the next start opens at the default size.
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning().noquote() << "The window layout could not be written to" << settings.fileName();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_search && m_search->isVisible())
        m_search->popup();
}

} // namespace sb
