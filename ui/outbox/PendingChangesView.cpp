#include "PendingChangesView.h"

#include "ConflictPanel.h"
#include "DeletionCheckPanel.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/SyncLists.h"
#include "models/itemmodels/SystemStatusModel.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/connectors/KindRegistry.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
// The state column in the colour of the status bar's badges (the model has no colours: it
// lives below the widgets).
class SystemStateColours : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole || index.column() != SystemStatusModel::StateColumn)
            return QIdentityProxyModel::data(index, role);
        switch (SystemStatus::Health(QIdentityProxyModel::data(index, SystemStatusModel::HealthRole).toInt())) {
        case SystemStatus::Health::Ok: return QBrush(QColor(0x2e, 0x7d, 0x32));
        case SystemStatus::Health::Failing: return QBrush(QColor(0xe6, 0x51, 0x00));
        case SystemStatus::Health::Unreachable: return QBrush(QColor(0xc6, 0x28, 0x28));
        case SystemStatus::Health::NeverSynced: break;
        }
        return QBrush(QColor(0x75, 0x75, 0x75));
    }
};
} // namespace

PendingChangesView::PendingChangesView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pending(new ListPanel(lists::outboxWaiting(ctx.db(), nullptr), this))
    , m_detail(new QPlainTextEdit(this))
    , m_kept(new ListPanel(lists::outboxKeptHere(ctx.db(), nullptr), this))
    , m_systemsModel(new SystemStatusModel(ctx.db(), &KindRegistry::roleLabel, this))
    , m_systems(new QTableView(this))
    , m_failed(new ListPanel(lists::outboxInStates(ctx.db(), {OutboxState::Failed}, nullptr), this))
    , m_failedReason(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_discardFailed(new QPushButton(tr("&Discard…"), this))
    , m_conflicts(new ConflictPanel(ctx, this))
    , m_log(new ListPanel(lists::syncLog(ctx.db(), nullptr), this))
    , m_deletionCheck(new DeletionCheckPanel(ctx, this))
{
    setObjectName(QStringLiteral("syncCentre"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_pending->setObjectName(QStringLiteral("outboxList"));
    m_failed->setObjectName(QStringLiteral("failedList"));
    m_kept->setObjectName(QStringLiteral("keptList"));
    m_systems->setObjectName(QStringLiteral("systemStatusTable"));
    auto *colours = new SystemStateColours(this);
    colours->setSourceModel(m_systemsModel);
    m_systems->setModel(colours);
    m_systems->verticalHeader()->hide();
    m_systems->setSelectionMode(QAbstractItemView::NoSelection);
    m_systems->setFocusPolicy(Qt::NoFocus);
    m_systems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_systems->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_systems->setWordWrap(false);
    m_systems->horizontalHeader()->setStretchLastSection(true);
    m_log->setObjectName(QStringLiteral("syncLogList"));
    m_log->addView(tr("Errors and warnings"), filters::syncLogProblems());

    m_tabs->addTab(buildPendingTab(), QString());
    m_tabs->addTab(buildKeptTab(), QString());
    m_tabs->addTab(buildFailedTab(), QString());
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_log, QString());

    for (ListPanel *l : {m_pending, m_kept, m_failed, m_log})
        connect(l, &ListPanel::errorOccurred, &ctx, &AppContext::reportError);
    // The record's name and the message or error carry the story: they share the width.
    for (ListPanel *l : {m_pending, m_kept, m_failed}) {
        l->table()->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        l->table()->horizontalHeader()->setSectionResizeMode(l->model()->columnCount() - 1, QHeaderView::Stretch);
    }
    m_log->table()->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_log->table()->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_systems);
    layout->addWidget(m_deletionCheck);
    connect(m_deletionCheck, &DeletionCheckPanel::syncRequested, this, &PendingChangesView::syncRequested);
    layout->addWidget(m_tabs, 1);
    connect(&ctx, &AppContext::recordsChanged, this, &PendingChangesView::refresh);
    refresh();
}

QWidget *PendingChangesView::buildPendingTab()
{
    auto *page = new QWidget(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a change to see what will be sent."));
    auto *open = new QPushButton(tr("&Open record"), page);
    connect(open, &QPushButton::clicked, this, [this] { openSelected(m_pending); });
    connect(m_pending, &ListPanel::currentChanged, this, &PendingChangesView::showEntry);
    m_discard->setObjectName(QStringLiteral("discardPending"));
    m_discard->setToolTip(tr("Take back the changes of this record that were not sent: it returns to the server's version "
                             "(a record made here is dropped, a deletion made here is undone)."));
    connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(m_pending); });

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_pending);
    auto *detailBox = new QWidget(split);
    auto *dl = new QVBoxLayout(detailBox);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    dl->addLayout(buttons);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(split);
    return page;
}

QWidget *PendingChangesView::buildKeptTab()
{
    auto *page = new QWidget(this);
    auto *why = new QLabel(tr("No configured server takes these changes, so they stay on this computer by design. "
                              "They are not lost and not late: each is sent once a server for it is set up "
                              "(Settings > Connections)."),
                           page);
    why->setObjectName(QStringLiteral("keptExplanation"));
    why->setWordWrap(true);
    auto *open = new QPushButton(tr("Open &record"), page);
    connect(open, &QPushButton::clicked, this, [this] { openSelected(m_kept); });
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(why);
    l->addWidget(m_kept, 1);
    l->addWidget(open, 0, Qt::AlignLeft);
    return page;
}

void PendingChangesView::refreshSystems()
{
    if (const QString error = m_systemsModel->refresh(); !error.isEmpty())
        m_ctx.reportError(error);
    const int rows = m_systemsModel->rowCount();
    m_systems->setVisible(rows > 0);
    if (!rows)
        return;
    m_systems->resizeColumnsToContents();
    m_systems->horizontalHeader()->setStretchLastSection(true);
    int height = m_systems->horizontalHeader()->height() + 2 * m_systems->frameWidth();
    for (int r = 0; r < rows; ++r)
        height += m_systems->rowHeight(r);
    m_systems->setFixedHeight(height);
}

QWidget *PendingChangesView::buildFailedTab()
{
    auto *page = new QWidget(this);
    m_failedReason->setObjectName(QStringLiteral("failedReason"));
    m_failedReason->setWordWrap(true);
    m_failedReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_retry->setToolTip(tr("Send the change again with the next sync. Fix the record first if the server "
                           "said what is wrong."));
    auto *open = new QPushButton(tr("&Open record to fix it"), page);
    connect(open, &QPushButton::clicked, this, [this] { openSelected(m_failed); });
    connect(m_retry, &QPushButton::clicked, this, &PendingChangesView::retrySelected);
    connect(m_failed, &ListPanel::currentChanged, this, &PendingChangesView::showFailed);

    m_discardFailed->setObjectName(QStringLiteral("discardFailed"));
    m_discardFailed->setToolTip(m_discard->toolTip());
    connect(m_discardFailed, &QPushButton::clicked, this, [this] { discardSelected(m_failed); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(open);
    buttons->addWidget(m_discardFailed);
    buttons->addStretch(1);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_failed, 1);
    l->addWidget(m_failedReason);
    l->addLayout(buttons);
    return page;
}

void PendingChangesView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PendingChangesView::refresh()
{
    m_pending->refresh();
    m_kept->refresh();
    m_failed->refresh();
    refreshSystems();
    m_log->refresh();
    m_conflicts->refresh();
    m_deletionCheck->refresh();
    if (m_failed->table()->currentIndex().row() < 0 && m_failed->model()->rowCount() > 0)
        m_failed->selectRow(0);
    showFailed(m_failed->currentId());

    auto r = SyncCentreStore(m_ctx.db()).counts();
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    const SyncCentreCounts c = r.value();
    m_tabs->setTabText(PendingTab, c.pending ? tr("Pending (%1)").arg(c.pending) : tr("Pending"));
    m_tabs->setTabText(KeptTab, c.keptHere ? tr("Kept on this computer (%1)").arg(c.keptHere) : tr("Kept on this computer"));
    m_tabs->setTabText(FailedTab, c.failed ? tr("Failed (%1)").arg(c.failed) : tr("Failed"));
    m_tabs->setTabText(ConflictsTab, c.conflicts ? tr("Conflicts (%1)").arg(c.conflicts) : tr("Conflicts"));
    m_tabs->setTabText(LogTab, tr("Sync log"));

    const QDateTime lastAt = QDateTime::fromString(c.lastSyncAt, Qt::ISODate).toLocalTime();
    // "today" alone says too little about a sync: show the time when it was today.
    const QString last = c.lastSyncAt.isEmpty() ? tr("never synced")
                         : lastAt.date() == QDate::currentDate()
                             ? tr("last sync at %1").arg(QLocale().toString(lastAt.time(), QLocale::ShortFormat))
                             : tr("last sync %1").arg(formatRelative(c.lastSyncAt));
    if (c.pending + c.failed + c.conflicts + c.keptHere == 0) {
        m_summary->setText(tr("Everything is sent (%1). Changes you make offline wait here until they reach "
                              "the ERP, OA and after-sales systems.").arg(last));
        return;
    }
    QStringList parts;
    parts << tr("%n change(s) waiting to be sent", nullptr, c.pending);
    if (c.keptHere)
        parts << tr("%n kept on this computer (no server for them yet)", nullptr, c.keptHere);
    if (c.failed)
        parts << tr("%n refused by a server", nullptr, c.failed);
    if (c.conflicts)
        parts << tr("%n conflict(s) to decide", nullptr, c.conflicts);
    parts << last;
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void PendingChangesView::showEntry(qint64 outboxId)
{
    m_discard->setEnabled(outboxId > 0);
    if (outboxId < 0) {
        m_detail->clear();
        return;
    }
    auto r = SyncCentreStore(m_ctx.db()).entry(outboxId);
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    if (!r.value()) {
        m_detail->clear();
        return;
    }
    const QueuedChange &e = *r.value();
    const QByteArray pretty = QJsonDocument::fromJson(e.payload.toUtf8()).toJson(QJsonDocument::Indented);
    QString text = tr("%1 %2 #%3 · %4\nQueued %5 · key %6\nAttempts: %7")
                       .arg(vocab::outboxOpLabel(sqlValue(e.op)), vocab::entityLabel(e.entity))
                       .arg(e.recordId)
                       .arg(vocab::outboxStateLabel(sqlValue(e.state)), formatRelative(e.createdAt), e.idempotencyKey)
                       .arg(e.attempts);
    if (!e.lastError.isNull())
        text += QLatin1Char('\n') + tr("Last error: %1").arg(e.lastError.toString());
    text += QStringLiteral("\n\n") + QString::fromUtf8(pretty);
    m_detail->setPlainText(text);
}

void PendingChangesView::showFailed(qint64 outboxId)
{
    const int row = m_failed->table()->currentIndex().row();
    m_retry->setEnabled(outboxId > 0 && row >= 0);
    m_discardFailed->setEnabled(outboxId > 0 && row >= 0);
    if (outboxId <= 0 || row < 0) {
        m_failedReason->setText(m_failed->model()->rowCount() ? tr("Select a refused change to see why.")
                                                              : tr("No change was refused."));
        return;
    }
    const SqlWindowModel *m = m_failed->model();
    const QString record = m->data(m->index(row, 2)).toString();
    const QString reason = m->data(m->index(row, m->columnCount() - 1)).toString();
    m_failedReason->setText(tr("The server refused %1 “%2”: %3")
                                .arg(vocab::entityLabel(m->value(row, QStringLiteral("entity")).toString()), record,
                                     reason.isEmpty() ? tr("no reason given") : reason));
}

void PendingChangesView::retrySelected()
{
    const qint64 id = m_failed->currentId();
    if (id <= 0)
        return;
    const int row = m_failed->table()->currentIndex().row();
    const QString entity = m_failed->model()->value(row, QStringLiteral("entity")).toString();
    Status s = SyncCentreStore(m_ctx.db()).retry(id);
    if (!s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.reportInfo(tr("The change goes again with the next sync."));
    m_ctx.notifyChanged(entity);
}

void PendingChangesView::discardSelected(ListPanel *list)
{
    const qint64 id = list->currentId();
    const int row = list->table()->currentIndex().row();
    if (id <= 0 || row < 0)
        return;
    Outbox outbox(m_ctx.db());
    auto plan = outbox.discardPlan(id);
    if (!plan) {
        m_ctx.reportError(plan.error());
        return;
    }
    const Outbox::DiscardPlan &p = plan.value();
    const QString what = QStringLiteral("%1 “%2”").arg(vocab::entityLabel(p.entity), list->model()->data(list->model()->index(row, 2)).toString());
    if (!p.refusal.isEmpty()) {
        QMessageBox::information(this, tr("Discard"), tr("%1 cannot be discarded: %2").arg(what, p.refusal));
        return;
    }
    QString question;
    QString details;
    switch (p.kind) {
    case Outbox::DiscardPlan::Kind::Drop:
        question = tr("Discard %1? It was made on this computer and never sent: it is removed, with what was made under it.").arg(what);
        break;
    case Outbox::DiscardPlan::Kind::Undelete:
        question = tr("Undo the deletion of %1? It comes back as the server has it.").arg(what);
        break;
    case Outbox::DiscardPlan::Kind::Forget:
        question = tr("Discard the action queued on %1? Nothing else changes.").arg(what);
        break;
    case Outbox::DiscardPlan::Kind::Revert:
        question = tr("Put %1 back to the server's version? Your unsent changes to it are lost.").arg(what);
        break;
    }
    QStringList lines;
    for (const Outbox::FieldChange &f : p.fields)
        lines << tr("%1: “%2” becomes “%3”").arg(f.field, f.here.toString(), f.server.isNull() ? tr("(empty)") : f.server.toString());
    QMessageBox box(QMessageBox::Question, tr("Discard unsent changes"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardConfirm"));
    if (!lines.isEmpty())
        box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *yes = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (Status s = outbox.discard(id); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.reportInfo(tr("%1: the unsent changes were discarded.").arg(what));
    m_ctx.notifyChanged(p.entity);
}

void PendingChangesView::openSelected(ListPanel *list)
{
    const int row = list->table()->currentIndex().row();
    if (row < 0)
        return;
    m_ctx.requestOpen(list->model()->value(row, QStringLiteral("entity")).toString(),
                      list->model()->value(row, QStringLiteral("record_id")).toLongLong());
}

} // namespace sb
