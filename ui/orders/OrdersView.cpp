#include "OrdersView.h"

#include "OrderDetail.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"

#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
// A row index for an id among the rows already in view, or -1.
int rowOf(ListPanel *list, qint64 id)
{
    const int rows = qMin(list->model()->rowCount(), 1000);
    for (int row = 0; row < rows; ++row)
        if (list->model()->idAt(row) == id)
            return row;
    return -1;
}
} // namespace

OrdersView::OrdersView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::orders(ctx.db(), 0, nullptr), this))
    , m_detail(new OrderDetail(ctx, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_list->setSearch(filters::orderSearch, tr("Order number or customer"));
    m_list->addView(tr("My orders"), filters::ordersOwnedBy(ctx.session().user));
    m_list->addView(tr("Open"), filters::ordersOpen());
    m_list->addView(tr("Late to ship"), filters::ordersLateToShip());
    m_list->addView(tr("Unpaid"), filters::ordersUnpaid());
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    // Long company names would push the state columns, what this screen is about, out of view.
    m_list->capColumn(1, m_list->fontMetrics().averageCharWidth() * 28);
    connect(m_list, &ListPanel::currentChanged, this, [this](qint64 id) {
        if (id > 0)
            m_detail->showOrder(id);
    });

    // The detail scrolls rather than squeezing the tables on a short laptop screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail->setMinimumHeight(420);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({750, 590});
    rememberLayout(m_splitter, QStringLiteral("ordersSplitter"));
    m_list->rememberLayout(QStringLiteral("orderList"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        static const QStringList related = {QStringLiteral("order"), QStringLiteral("order_line"),
                                            QStringLiteral("shipment"), QStringLiteral("invoice"),
                                            QStringLiteral("customer"), QStringLiteral("sync")};
        if (related.contains(entity))
            refresh();
    });

    m_list->selectRow(0);
}

void OrdersView::refresh()
{
    m_list->refresh();
    m_detail->reload();
}

void OrdersView::openRecord(qint64 orderId)
{
    const int row = rowOf(m_list, orderId);
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_list->table()->clearSelection();
    // Shown even when the current filter hides it: the caller asked for this order.
    if (m_detail->orderId() != orderId)
        m_detail->showOrder(orderId);
}

} // namespace sb
