#include "AddressesPanel.h"

#include "AddressDialog.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/AddressStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sb {

AddressesPanel::AddressesPanel(AppContext &ctx, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_customerId(customerId)
    , m_list(new ListPanel(lists::addresses(ctx.db(), customerId, nullptr), this))
{
    setObjectName(QStringLiteral("addressesPage"));
    m_list->setObjectName(QStringLiteral("address"));
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    auto *add = new QPushButton(tr("&New address…"), this);
    add->setObjectName(QStringLiteral("newAddress"));
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editAddress"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteAddress"));
    connect(add, &QPushButton::clicked, this, [this] { editAddress(0); });
    connect(edit, &QPushButton::clicked, this, [this] { editAddress(m_list->currentId()); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteAddress(m_list->currentId()); });
    connect(m_list, &ListPanel::activated, this, [this](qint64 id) { editAddress(id); });
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    del->setWhatsThis(tr("Delete the selected address"));
    connect(del, &QShortcut::activated, this, [this] { deleteAddress(m_list->currentId()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(buttons);
    l->addWidget(m_list, 1);
}

void AddressesPanel::refresh()
{
    m_list->refresh();
}

void AddressesPanel::editAddress(qint64 addressId)
{
    if (addressId < 0 || !m_customerId)
        return;
    AddressDialog dialog(m_ctx, m_customerId, addressId, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ctx.reportInfo(addressId ? tr("The address was saved.") : tr("The address was added."));
}

void AddressesPanel::deleteAddress(qint64 addressId)
{
    if (addressId <= 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete address"),
                                              tr("Delete this address? The deletion is sent with the next sync; until then it "
                                                 "can be undone in Pending changes."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = AddressStore(m_ctx.db()).remove(addressId); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("address"));
    m_ctx.reportInfo(tr("The address was deleted; the deletion goes with the next sync."));
}

} // namespace sb
