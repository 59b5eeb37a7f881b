#include "ApprovalInboxView.h"

#include "ApprovalDetail.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/ApprovalFacts.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
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
    auto oa = ApprovalInbox(ctx.db()).throughOa();
    if (!oa)
        ctx.reportError(oa.error());
    m_throughOa = oa && oa.value();
    // Through an OA the cache holds every approval the OA shows this person; the to-do is the
    // requests holding their task, and that is where the inbox opens.
    if (m_throughOa)
        m_list->addView(tr("To decide"), ApprovalInbox::waitingForMe());
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

    // The decision controls are built for managers only: other roles never see a button they
    // could not use. Through an OA, the OA decides who may: whoever holds a task gets them.
    if (ctx.session().isManager() || m_throughOa) {
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
        // Ctrl+Enter sends, as it adds a comment in Service; R for reject, with Shift so that a
        // slip of the finger does not refuse a request.
        const QList<QKeySequence> approveKeys{QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
        const QKeySequence rejectKey(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        m_approve->setToolTip(tr("Approve the request (%1)").arg(approveKeys.first().toString(QKeySequence::NativeText)));
        m_reject->setToolTip(tr("Reject the request, with a comment (%1)").arg(rejectKey.toString(QKeySequence::NativeText)));
        for (const QKeySequence &key : approveKeys) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            shortcut->setWhatsThis(tr("Approve the request"));
            connect(shortcut, &QShortcut::activated, this, [this] {
                if (m_approve->isEnabled())
                    approveCurrent();
            });
        }
        auto *rejectShortcut = new QShortcut(rejectKey, this);
        rejectShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        rejectShortcut->setWhatsThis(tr("Reject the request, with a comment"));
        connect(rejectShortcut, &QShortcut::activated, this, [this] {
            if (m_reject->isEnabled())
                rejectCurrent();
        });
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
    rememberLayout(m_splitter, QStringLiteral("approvalsSplitter"));
    m_list->rememberLayout(QStringLiteral("approvalList"));

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
    // The oldest pending request (or task) is where a manager starts.
    if (m_throughOa)
        m_list->setCurrentView(1);
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
    const qint64 shown = currentApprovalId();
    m_list->refresh();
    const qint64 current = m_list->currentId();
    // A request that left the list (decided elsewhere, or answered by the OA) stays in view:
    // what became of it, and of the decision made here, is what the manager reads next.
    showApproval(current > 0 ? current : shown);
}

void ApprovalInboxView::showApproval(qint64 approvalId)
{
    // A comment is written for one request: it must never go to the next one's requester.
    if (m_comment && approvalId != m_shownId)
        m_comment->clear();
    m_shownId = approvalId;
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
        if (isDecidable(i.row()))
            ids << m_list->model()->idAt(i.row());
    return ids;
}

bool ApprovalInboxView::isDecidable(int row) const
{
    const SqlWindowModel *m = m_list->model();
    return m->value(row, QStringLiteral("state")).toString() == QLatin1String("pending")
           && !m->value(row, QStringLiteral("decision_queued")).toBool()
           && (!m_throughOa || !m->value(row, QStringLiteral("my_task")).isNull());
}

void ApprovalInboxView::updateActions()
{
    if (!m_approve)
        return;
    const ApprovalFacts &f = m_detail->facts();
    const ApprovalStore::Queued &queued = m_detail->queued();
    // Decided here already (waiting to be sent) or, through an OA, not this person's to decide;
    // a refused decision can be replaced while the request still waits for them.
    const bool waiting = !queued.command.isEmpty() && !queued.failed;
    const bool mine = !(m_throughOa || f.inOa) || f.myTask;
    const bool decidable = f.state == QLatin1String("pending") && !waiting && mine;
    m_approve->setEnabled(decidable);
    m_reject->setEnabled(decidable);
    m_comment->setEnabled(decidable || f.id == 0);
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
    // Next in the to-do list: the first request still to decide (pending rows sort first; one
    // decided here stays pending until the OA has it).
    for (int row = 0; row < m_list->model()->rowCount() && row < 200; ++row) {
        if (isDecidable(row)) {
            m_list->selectRow(row);
            break;
        }
    }
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
