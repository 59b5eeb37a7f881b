#include "CustomersView.h"

#include "CustomerDialog.h"
#include "CustomerFileView.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

CustomersView::CustomersView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_stack(new QStackedWidget(this))
    , m_list(new ListPanel(lists::customers(ctx.db(), nullptr), this))
    , m_file(new CustomerFileView(ctx, this))
{
    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setSearch(filters::customerSearch,
                      tr("Find customers by name, short name, code, region, industry or tag"));
    m_list->setCountTexts([](int n) { return tr("%n customer(s)", nullptr, n); },
                          [](int n) { return tr("%Ln+ customer(s)", nullptr, n); });
    m_list->addView(tr("My customers"), filters::customersOwnedBy(ctx.session().user));
    m_list->addView(tr("Grade A"), filters::customersOfGrade(QStringLiteral("A")));
    m_list->addView(tr("Prospects"), filters::customersWithStatus(QStringLiteral("prospect")));
    m_list->addView(tr("Not synced yet"), filters::customersNotSynced());
    m_list->table()->horizontalHeader()->resizeSection(0, 300);
    m_list->rememberLayout(QStringLiteral("customerList"));
    connect(m_list, &ListPanel::activated, this, &CustomersView::openRecord);
    connect(m_list, &ListPanel::errorOccurred, &ctx, &AppContext::reportError);
    connect(m_file, &CustomerFileView::backRequested, this, &CustomersView::showList);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_file);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        Q_UNUSED(entity)
        // Any change can move a customer's highlights (pipeline, last contact, tickets).
        if (m_stack->currentWidget() == m_file)
            m_file->refresh();
        else
            m_list->refresh();
    });
}

void CustomersView::refresh()
{
    m_list->refresh();
    if (m_stack->currentWidget() == m_file)
        m_file->refresh();
}

CustomerDialog *CustomersView::lastDialog() const
{
    return m_dialog.data();
}

void CustomersView::newRecord()
{
    m_dialog = new CustomerDialog(m_ctx, 0, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose); // m_dialog (a QPointer) is then null
    connect(m_dialog, &CustomerDialog::saved, this, [this](qint64 id) {
        m_list->refresh();
        openRecord(id);
    });
    m_dialog->open();
}

void CustomersView::openRecord(qint64 customerId)
{
    if (customerId <= 0)
        return;
    m_file->showCustomer(customerId);
    m_stack->setCurrentWidget(m_file);
}

void CustomersView::showList()
{
    m_stack->setCurrentWidget(m_list);
    m_list->refresh();
    m_list->table()->setFocus();
}

} // namespace sb
