#include "ApprovalInboxView.h"

#include "ApprovalDetail.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
// A thin margin stands out in the list already, before the request is opened.
class MarginDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant raw = index.data(SqlWindowModel::RawRole);
        if (!raw.isNull() && raw.toDouble() < ApprovalDetail::kLowMarginPct) {
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
            option->font.setBold(true);
        }
    }
};
} // namespace

ApprovalInboxView::ApprovalInboxView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::approvals(ctx.db(), nullptr), this))
    , m_detail(new ApprovalDetail(ctx, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_list->addView(tr("Pending"), filters::approvalsPending());
    m_list->addView(tr("Decided"), filters::approvalsDecided());
    m_list->table()->horizontalHeader()->setStretchLastSection(false);
    const QList<SqlColumn> &columns = m_list->model()->columns();
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).expr == QLatin1String("a.margin_pct"))
            m_list->table()->setItemDelegateForColumn(i, new MarginDelegate(m_list->table()));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);

    // The decision controls are built for managers only: other roles never see a button
    // they could not use.
    if (ctx.session().isManager()) {
        auto *box = new QGroupBox(tr("Your decision"), right);
        m_comment = new QPlainTextEdit(box);
        m_comment->setObjectName(QStringLiteral("decisionComment"));
        m_comment->setPlaceholderText(tr("Comment for the requester (required to reject)"));
        m_comment->setTabChangesFocus(true);
        m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
        m_approve = new QPushButton(tr("Approve"), box);
        m_approve->setObjectName(QStringLiteral("approveButton"));
        m_reject = new QPushButton(tr("Reject"), box);
        m_reject->setObjectName(QStringLiteral("rejectButton"));
        m_approveSelected = new QPushButton(box);
        m_approveSelected->setObjectName(QStringLiteral("approveSelectedButton"));
        m_approveSelected->setToolTip(tr("Approve every pending request selected in the list, with the comment above"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_approve);
        buttons->addWidget(m_reject);
        buttons->addStretch(1);
        buttons->addWidget(m_approveSelected);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(m_comment);
        boxLayout->addLayout(buttons);
        rightLayout->addWidget(box);
        connect(m_approve, &QPushButton::clicked, this, &ApprovalInboxView::approveCurrent);
        connect(m_reject, &QPushButton::clicked, this, &ApprovalInboxView::rejectCurrent);
        connect(m_approveSelected, &QPushButton::clicked, this, &ApprovalInboxView::approveSelected);
    } else {
        m_readOnlyNote = new QLabel(tr("Requests are decided by a sales manager; you see them here read-only."), right);
        m_readOnlyNote->setWordWrap(true);
        m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
        rightLayout->addWidget(m_readOnlyNote);
    }

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({620, 720});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_list, &ListPanel::currentChanged, this, &ApprovalInboxView::showApproval);
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalInboxView::updateActions);
    connect(m_list->model(), &QAbstractItemModel::modelReset, this, &ApprovalInboxView::updateActions);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (!m_notifying && (entity == QLatin1String("approval") || entity == QLatin1String("quote")
                             || entity == QLatin1String("sync")))
            refresh();
    });
    // The oldest pending request is where a manager starts.
    if (m_list->model()->rowCount() > 0)
        m_list->selectRow(0);
    updateActions();
}

qint64 ApprovalInboxView::currentApprovalId() const
{
    return m_detail->facts().id;
}

void ApprovalInboxView::refresh()
{
    m_list->refresh();
    showApproval(m_list->currentId());
}

void ApprovalInboxView::showApproval(qint64 approvalId)
{
    if (approvalId > 0)
        m_detail->load(approvalId);
    else
        m_detail->clear();
    updateActions();
}

void ApprovalInboxView::openRecord(qint64 approvalId)
{
    m_list->selectId(approvalId, 200);
    if (currentApprovalId() != approvalId)
        showApproval(approvalId); // not in the list's first page: show it anyway
}

QList<qint64> ApprovalInboxView::selectedPendingIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->table()->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (m_list->model()->value(i.row(), QStringLiteral("state")).toString() == QLatin1String("pending"))
            ids << m_list->model()->idAt(i.row());
    return ids;
}

void ApprovalInboxView::updateActions()
{
    if (!m_approve)
        return;
    const bool pending = m_detail->facts().state == QLatin1String("pending");
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_comment->setEnabled(true);
    const int n = int(selectedPendingIds().size());
    m_approveSelected->setText(tr("Approve selected (%n)", nullptr, n));
    m_approveSelected->setEnabled(n > 1);
}

bool ApprovalInboxView::decide(qint64 approvalId, bool approve, const QString &comment)
{
    const Status s = ApprovalStore(m_ctx.db()).decide(approvalId, approve, comment, m_ctx.session().user);
    if (!s) {
        m_ctx.reportError(s.error());
        return false;
    }
    return true;
}

void ApprovalInboxView::afterDecisions(int decided)
{
    if (decided <= 0)
        return;
    m_comment->clear();
    const qint64 decidedId = currentApprovalId();
    m_list->refresh();
    // Next in the to-do list: the first pending request (pending rows sort first).
    if (m_list->model()->rowCount() > 0
        && m_list->model()->value(0, QStringLiteral("state")).toString() == QLatin1String("pending"))
        m_list->selectRow(0);
    showApproval(m_list->currentId() > 0 ? m_list->currentId() : decidedId);
    m_notifying = true;
    m_ctx.notifyChanged(QStringLiteral("approval"));
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_notifying = false;
}

bool ApprovalInboxView::approveCurrent()
{
    if (!m_approve || m_detail->isEmpty())
        return false;
    const QString title = m_detail->facts().title;
    if (!decide(m_detail->facts().id, true, m_comment->toPlainText().trimmed()))
        return false;
    m_ctx.reportInfo(tr("Approved: %1").arg(title));
    afterDecisions(1);
    return true;
}

bool ApprovalInboxView::rejectCurrent()
{
    if (!m_reject || m_detail->isEmpty())
        return false;
    const QString title = m_detail->facts().title;
    // The store refuses a rejection without a comment; its message tells the manager why.
    if (!decide(m_detail->facts().id, false, m_comment->toPlainText().trimmed())) {
        m_comment->setFocus();
        return false;
    }
    m_ctx.reportInfo(tr("Rejected: %1").arg(title));
    afterDecisions(1);
    return true;
}

int ApprovalInboxView::approveSelected()
{
    if (!m_approveSelected)
        return 0;
    const QString comment = m_comment->toPlainText().trimmed();
    int approved = 0;
    const QList<qint64> ids = selectedPendingIds();
    for (qint64 id : ids) {
        if (!decide(id, true, comment))
            break; // the first failure is reported; the rest stay pending for another look
        ++approved;
    }
    if (approved > 0)
        m_ctx.reportInfo(tr("Approved %n request(s).", nullptr, approved));
    afterDecisions(approved);
    return approved;
}

} // namespace sb
