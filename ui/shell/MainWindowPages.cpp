// The main window's pages: the navigation, building a page the first time it is shown, and
// opening a record where it lives.
#include "MainWindow.h"

#include "MessageBar.h"
#include "models/store/ActivityStore.h"
#include "models/store/AddressStore.h"
#include "models/store/CustomerStore.h"
#include "ui/approvals/ApprovalInboxView.h"
#include "ui/calendar/CalendarView.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomersView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/inventory/InventoryView.h"
#include "ui/logistics/LogisticsView.h"
#include "ui/orders/OrdersView.h"
#include "ui/outbox/ConflictPanel.h"
#include "ui/outbox/PendingChangesView.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/quotes/QuotesView.h"
#include "ui/service/ServiceView.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>

namespace sb {

void MainWindow::buildPages()
{
    for (int i = 0; i < PageCount; ++i)
        m_pages->addWidget(new QWidget(m_pages)); // placeholders until first shown

    // Indexed by Page (the stack and the remembered last page use its values); listed in the
    // order of navOrder().
    const QStringList names = {tr("Customers"), tr("Pipeline"),  tr("Quotes"),  tr("Orders"),          tr("Inventory"),
                               tr("Logistics"), tr("Approvals"), tr("Service"), tr("Pending changes"), tr("Calendar"),
                               tr("Dashboard")};
    for (Page p : navOrder())
        m_nav->addItem(names.at(int(p)));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_nav->setFixedWidth(qMax(150, m_nav->sizeHintForColumn(0) + 40));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QFont f = m_nav->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_nav->setFont(f);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= PageCount)
            return;
        const Page p = navOrder().at(row);
        page(p);
        m_pages->setCurrentIndex(int(p));
    });
}


const QList<MainWindow::Page> &MainWindow::navOrder()
{
    // The calendar comes right after the customers it is about; the dashboard, the overview of
    // them all, opens the list (the "Home" of other CRMs). The pages keep their values (and
    // Ctrl+1..9), so a remembered last page still means the same page.
    static const QList<Page> order = {Dashboard, Customers, Calendar, Pipeline,  Quotes,  Orders,
                                      Inventory, Logistics, Approvals, Service, Pending};
    return order;
}

QListWidgetItem *MainWindow::navItem(Page page) const
{
    return m_nav->item(int(navOrder().indexOf(page)));
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(navOrder().indexOf(page)));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

template <typename View>
View *MainWindow::ensure(Page page, View *&slot)
{
    if (!slot) {
        slot = new View(m_ctx, m_pages);
        QWidget *placeholder = m_pages->widget(int(page));
        const bool current = m_pages->currentIndex() == int(page);
        m_pages->insertWidget(int(page), slot);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
        if (current)
            m_pages->setCurrentIndex(int(page));
    }
    return slot;
}

CustomersView *MainWindow::customers() { return ensure(Customers, m_customers); }
PipelineView *MainWindow::pipeline() { return ensure(Pipeline, m_pipeline); }
QuotesView *MainWindow::quotes() { return ensure(Quotes, m_quotes); }
OrdersView *MainWindow::orders() { return ensure(Orders, m_orders); }
InventoryView *MainWindow::inventory() { return ensure(Inventory, m_inventory); }
LogisticsView *MainWindow::logistics() { return ensure(Logistics, m_logistics); }
ApprovalInboxView *MainWindow::approvals() { return ensure(Approvals, m_approvals); }
ServiceView *MainWindow::service() { return ensure(Service, m_service); }
CalendarView *MainWindow::calendar() { return ensure(Calendar, m_calendar); }
DashboardView *MainWindow::dashboard() { return ensure(Dashboard, m_dashboard); }
PendingChangesView *MainWindow::pendingChanges()
{
    const bool made = !m_pending;
    ensure(Pending, m_pending);
    if (made) // "Check for deletions now" asked for the check: a sync runs it
        connect(m_pending, &PendingChangesView::syncRequested, this, &MainWindow::syncNow);
    return m_pending;
}

bool MainWindow::isPageBuilt(Page page) const
{
    const QList<const QWidget *> built = {m_customers, m_pipeline,  m_quotes,  m_orders,  m_inventory,
                                          m_logistics, m_approvals, m_service, m_pending, m_calendar,
                                          m_dashboard};
    return built.value(int(page)) != nullptr;
}

QWidget *MainWindow::page(Page page)
{
    switch (page) {
    case Customers: return customers();
    case Pipeline: return pipeline();
    case Quotes: return quotes();
    case Orders: return orders();
    case Inventory: return inventory();
    case Logistics: return logistics();
    case Approvals: return approvals();
    case Service: return service();
    case Pending: return pendingChanges();
    case Calendar: return calendar();
    case Dashboard: return dashboard();
    case PageCount: break;
    }
    return nullptr;
}

void MainWindow::newRecord()
{
    switch (currentPage()) {
    case Customers:
        customers()->newRecord();
        break;
    case Pipeline:
        pipeline()->newRecord();
        break;
    case Quotes:
        quotes()->newRecord();
        break;
    case Service:
        service()->newRecord();
        break;
    case Calendar:
        calendar()->newRecord();
        break;
    default:
        showPage(Customers);
        customers()->newRecord();
        break;
    }
}


void MainWindow::open(const QString &entity, qint64 id)
{
    if (entity == QLatin1String("customer")) {
        showPage(Customers);
        customers()->openRecord(id);
    } else if (entity == QLatin1String("contact")) {
        auto r = CustomerStore(m_ctx.db()).customerOfContact(id);
        if (r && r.value() > 0)
            open(QStringLiteral("customer"), r.value());
    } else if (entity == QLatin1String("address") || entity == QLatin1String("activity")) {
        // Both live in their customer's file (Pending changes and conflicts open them there).
        auto r = entity == QLatin1String("address") ? AddressStore(m_ctx.db()).customerOf(id)
                                                    : ActivityStore(m_ctx.db()).customerOf(id);
        if (r && r.value() > 0)
            open(QStringLiteral("customer"), r.value());
    } else if (entity == QLatin1String("calendar-item")) {
        // A reminder's item: on its week of the calendar, opened; 0: several, today's week.
        if (id <= 0) {
            showPage(Calendar);
            calendar()->showWeekOf(QDate::currentDate());
            return;
        }
        auto r = ActivityStore(m_ctx.db()).get(id);
        if (!r) {
            m_messages->showError(r.error());
            return;
        }
        showPage(Calendar);
        const QDateTime at = QDateTime::fromString(r.value().value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        calendar()->showWeekOf(at.isValid() ? at.toLocalTime().date() : QDate::currentDate());
        calendar()->openItem(id);
    } else if (entity == QLatin1String("order") || entity == QLatin1String("order_line")) {
        showPage(Orders);
        orders()->openRecord(id);
    } else if (entity == QLatin1String("quote")) {
        showPage(Quotes);
        quotes()->openRecord(id);
    } else if (entity == QLatin1String("new-quote")) {
        showPage(Quotes);
        quotes()->newQuoteFor(id);
    } else if (entity == QLatin1String("ticket")) {
        showPage(Service);
        service()->openRecord(id);
    } else if (entity == QLatin1String("new-ticket")) {
        showPage(Service);
        service()->newTicketFor(id);
    } else if (entity == QLatin1String("shipment")) {
        showPage(Logistics);
        logistics()->openRecord(id);
    } else if (entity == QLatin1String("product") || entity == QLatin1String("stock_level")) {
        showPage(Inventory);
        inventory()->openRecord(id);
    } else if (entity == QLatin1String("approval")) {
        showPage(Approvals);
        approvals()->openRecord(id);
    } else if (entity == QLatin1String("opportunity")) {
        showPage(Pipeline);
        pipeline()->openRecord(id);
    } else if (entity == QLatin1String("conflict") || entity == QLatin1String("outbox")) {
        // The sync centre on one conflict (id of the conflicts row) or one refused change (outbox id).
        const bool conflict = entity == QLatin1String("conflict");
        showPage(Pending);
        PendingChangesView *centre = pendingChanges();
        centre->showTab(conflict ? PendingChangesView::ConflictsTab : PendingChangesView::FailedTab);
        ListPanel *list = conflict ? centre->conflicts()->list() : centre->failedList();
        if (!list->selectId(id)) { // a filter or view may hide it
            list->setCurrentView(0);
            list->setSearchText(QString());
            list->selectId(id);
        }
        list->table()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace sb
