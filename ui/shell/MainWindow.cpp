#include "MainWindow.h"

#include "MessageBar.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/QuoteStore.h"
#include "models/store/ServiceStore.h"
#include "sync/network/ConnectivityMonitor.h"
#include "ui/approvals/ApprovalInboxView.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomersView.h"
#include "ui/importer/CsvImportWizard.h"
#include "ui/inventory/InventoryView.h"
#include "ui/logistics/LogisticsView.h"
#include "ui/orders/OrdersView.h"
#include "ui/outbox/PendingChangesView.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/quotes/QuotesView.h"
#include "ui/search/GlobalSearch.h"
#include "ui/service/ServiceView.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
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
    , m_connectivity(new ConnectivityMonitor(this))
    , m_countTimer(new QTimer(this))
{
    setWindowTitle(tr("SalesBridge — %1").arg(workspaceLabel));
    setObjectName(QStringLiteral("mainWindow"));
    buildPages();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_messages);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    m_search = new GlobalSearch(ctx, central);

    buildMenus();
    buildStatusBar();

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

void MainWindow::buildPages()
{
    m_customers = new CustomersView(m_ctx, m_pages);
    m_pipeline = new PipelineView(m_ctx, m_pages);
    m_quotes = new QuotesView(m_ctx, m_pages);
    m_orders = new OrdersView(m_ctx, m_pages);
    m_inventory = new InventoryView(m_ctx, m_pages);
    m_logistics = new LogisticsView(m_ctx, m_pages);
    m_approvals = new ApprovalInboxView(m_ctx, m_pages);
    m_service = new ServiceView(m_ctx, m_pages);
    m_pending = new PendingChangesView(m_ctx, m_pages);
    const QList<QWidget *> pages = {m_customers, m_pipeline, m_quotes,    m_orders, m_inventory,
                                    m_logistics, m_approvals, m_service, m_pending};
    for (QWidget *p : pages)
        m_pages->addWidget(p);

    const QStringList names = {tr("Customers"), tr("Pipeline"),  tr("Quotes"),  tr("Orders"),         tr("Inventory"),
                               tr("Logistics"), tr("Approvals"), tr("Service"), tr("Pending changes")};
    for (const QString &name : names)
        m_nav->addItem(name);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(qMax(150, m_nav->sizeHintForColumn(0) + 40));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QFont f = m_nav->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_nav->setFont(f);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
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
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search everywhere…"), this, &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::ApplicationShortcut);
    go->addSeparator();
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = go->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    QMenu *syncMenu = menuBar()->addMenu(tr("S&ync"));
    QAction *syncNow = syncMenu->addAction(tr("Sync &now"), this, &MainWindow::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncMenu->addAction(tr("Show &pending changes"), this, [this] { showPage(Pending); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    statusBar()->addPermanentWidget(role);
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
    showState(m_connectivity->state());
    QList<QUrl> servers;
    auto r = m_ctx.db().exec(QStringLiteral("SELECT url FROM connectors WHERE enabled = 1"));
    if (r) {
        while (r.value().next())
            servers << QUrl(r.value().value(0).toString());
    } else {
        m_ctx.reportError(r.error());
    }
    m_connectivity->setServers(servers);
}

void MainWindow::refreshCounts()
{
    OutboxStore outbox(m_ctx.db());
    auto c = outbox.counts();
    if (!c) {
        m_messages->showError(c.error());
        return;
    }
    const int pending = c.value().pending;
    const int failed = c.value().failed;
    m_pendingLabel->setText(failed ? tr("%n change(s) pending, %1 failed", nullptr, pending).arg(failed)
                                   : tr("%n change(s) pending", nullptr, pending));
    m_nav->item(Pending)->setText(pending + failed ? tr("Pending changes (%1)").arg(pending + failed) : tr("Pending changes"));
    ApprovalStore approvals(m_ctx.db());
    auto a = approvals.pendingCount();
    if (a)
        m_nav->item(Approvals)->setText(a.value() ? tr("Approvals (%1)").arg(a.value()) : tr("Approvals"));
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::newRecord()
{
    switch (currentPage()) {
    case Customers:
        m_customers->newRecord();
        break;
    case Pipeline:
        m_pipeline->newRecord();
        break;
    case Quotes:
        m_quotes->newRecord();
        break;
    case Service:
        m_service->newRecord();
        break;
    default:
        showPage(Customers);
        m_customers->newRecord();
        break;
    }
}

void MainWindow::openSearch()
{
    m_search->popup();
}

void MainWindow::syncNow()
{
    auto r = m_ctx.db().scalar(QStringLiteral("SELECT count(*) FROM connectors WHERE enabled = 1"));
    if (!r) {
        m_messages->showError(r.error());
        return;
    }
    if (r.value().toInt() == 0) {
        m_messages->showInfo(tr("No ERP, OA or after-sales server is configured for this workspace, so there is "
                                "nothing to sync with. Your changes are kept under Pending changes."));
        return;
    }
    m_messages->showInfo(tr("Synchronisation with the configured servers is not available in this version yet; "
                            "your changes are kept under Pending changes."));
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
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartNeeded, m_messages, [this] {
        m_messages->showInfo(tr("The new language and role apply when SalesBridge starts next time."));
    });
    dialog->open();
}

void MainWindow::open(const QString &entity, qint64 id)
{
    if (entity == QLatin1String("customer")) {
        showPage(Customers);
        m_customers->openRecord(id);
    } else if (entity == QLatin1String("contact")) {
        auto r = m_ctx.db().scalar(QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), {id});
        if (r && !r.value().isNull())
            open(QStringLiteral("customer"), r.value().toLongLong());
    } else if (entity == QLatin1String("order") || entity == QLatin1String("order_line")) {
        showPage(Orders);
        m_orders->openRecord(id);
    } else if (entity == QLatin1String("quote")) {
        showPage(Quotes);
        m_quotes->openRecord(id);
    } else if (entity == QLatin1String("new-quote")) {
        showPage(Quotes);
        m_quotes->newQuoteFor(id);
    } else if (entity == QLatin1String("ticket")) {
        showPage(Service);
        m_service->openRecord(id);
    } else if (entity == QLatin1String("new-ticket")) {
        showPage(Service);
        m_service->newTicketFor(id);
    } else if (entity == QLatin1String("shipment")) {
        showPage(Logistics);
        m_logistics->openRecord(id);
    } else if (entity == QLatin1String("product") || entity == QLatin1String("stock_level")) {
        showPage(Inventory);
        m_inventory->openRecord(id);
    } else if (entity == QLatin1String("approval")) {
        showPage(Approvals);
        m_approvals->openRecord(id);
    } else if (entity == QLatin1String("opportunity")) {
        showPage(Pipeline);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1366, 768);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int last = settings.value(QStringLiteral("window/page"), -1).toInt();
    showPage(last >= 0 && last < PageCount ? Page(last) : defaultPageFor(m_ctx.session().role));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_search && m_search->isVisible())
        m_search->popup();
}

} // namespace sb
