#include "PipelineView.h"

#include "FunnelChart.h"
#include "KanbanColumn.h"
#include "OpportunityDialog.h"
#include "PipelineDialogs.h"
#include "StageColumnModel.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/quotes/CustomerPicker.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <memory>

namespace sb {

// "salesbridge.pipeline.debug=true": the time of each step of a move and of the page's build.
Q_LOGGING_CATEGORY(lcPipeline, "salesbridge.pipeline", QtInfoMsg)

PipelineView::PipelineView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_funnel(new FunnelChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_owner(new QComboBox(this))
{
    QElapsedTimer built;
    built.start();
    auto *newButton = new QPushButton(tr("New opportunity"), this);
    newButton->setToolTip(tr("Create an opportunity for a customer (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &PipelineView::newRecord);
    m_owner->addItem(tr("All deals"));
    m_owner->addItem(tr("My deals"));
    auto *hint = new QLabel(tr("Double-click a card (or press Enter) to open it; drag it to another stage, or press Ctrl+→ for the next stage."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumWidth(0);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(newButton);
    bar->addWidget(m_owner);
    bar->addSpacing(12);
    bar->addWidget(hint, 1);

    auto *board = new QWidget;
    auto *boardLayout = new QHBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(6);
    for (const QString &stage : vocab::stages()) {
        auto *column = new KanbanColumn(ctx.db(), stage, board);
        m_columns.insert(stage, column);
        m_columnList << column;
        boardLayout->addWidget(column, 1);
        connect(column->model(), &StageColumnModel::moveRequested, this, &PipelineView::requestMove);
        connect(column->window(), &SqlWindowModel::errorOccurred, &m_ctx, &AppContext::reportError);
        connect(column->view(), &QWidget::customContextMenuRequested, this,
                [this, column](const QPoint &pos) { showContextMenu(column, pos); });
        connect(column->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, column](const QModelIndex &current) {
                    if (current.isValid())
                        m_active = column;
                });
        // Double-click or Enter opens the deal itself; its customer is one link (or the menu) away.
        connect(column->view(), &QListView::activated, this, [this, column](const QModelIndex &index) {
            openRecord(column->model()->idAt(index.row()));
        });
    }
    qCDebug(lcPipeline).noquote() << "page: columns" << built.nsecsElapsed() / 1000000 << "ms";
    // Six lanes fit 1366 px; narrower windows scroll sideways instead of squeezing the cards.
    auto *scroll = new QScrollArea;
    scroll->setWidget(board);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_funnel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 230});
    m_splitter->setChildrenCollapsible(true);
    rememberLayout(m_splitter, QStringLiteral("pipelineSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    auto *nextAction = new QAction(tr("Move to next stage"), this);
    nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, &PipelineView::moveSelectedToNextStage);
    addAction(nextAction);
    auto *menuAction = new QAction(tr("Move to stage…"), this);
    menuAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    menuAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(menuAction, &QAction::triggered, this, &PipelineView::showMoveMenu);
    addAction(menuAction);
    auto *deleteAction = new QAction(tr("Delete opportunity…"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &PipelineView::deleteSelected);
    addAction(deleteAction);
    // Ctrl+N is the main window's "New record", which calls newRecord() on the current page:
    // a second Ctrl+N here would make the shortcut ambiguous and neither would fire.

    connect(m_owner, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        for (KanbanColumn *c : std::as_const(m_columnList))
            c->setOwnerFilter(ownerScope());
        refreshSummaries();
    });
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (!m_notifying && (entity == QLatin1String("opportunity") || entity == QLatin1String("customer")
                             || entity == QLatin1String("sync")))
            refresh();
    });
    refreshSummaries();
    qCDebug(lcPipeline).noquote() << "page: with the board's figures" << built.nsecsElapsed() / 1000000 << "ms";
}

QListView *PipelineView::columnView(const QString &stage) const
{
    KanbanColumn *c = column(stage);
    return c ? c->view() : nullptr;
}

LostReasonDialog *PipelineView::lostReasonDialog() const
{
    return m_lostDialog;
}

NewOpportunityDialog *PipelineView::newOpportunityDialog() const
{
    return m_newDialog;
}

QString PipelineView::ownerScope() const
{
    return m_owner->currentIndex() == 1 ? m_ctx.session().user : QString();
}

void PipelineView::refresh()
{
    for (KanbanColumn *c : std::as_const(m_columnList))
        c->refresh();
    refreshSummaries();
}

void PipelineView::refreshSummaries()
{
    auto board = PipelineStore(m_ctx.db()).board(ownerScope());
    if (!board) {
        m_ctx.reportError(board.error());
        return;
    }
    m_board = board.value();
    showBoard();
}

void PipelineView::showBoard()
{
    const QHash<QString, StageSummary> summaries = m_board.summaries();
    int lines = 1;
    for (const StageSummary &s : summaries)
        lines = qMax(lines, s.amount.size());
    for (KanbanColumn *c : std::as_const(m_columnList))
        c->setSummary(summaries.value(c->stage()), lines);
    m_funnel->setTotals(m_board.totals());
}

bool PipelineView::moveByDrop(qint64 opportunityId, const QString &toStage)
{
    auto before = PipelineStore(m_ctx.db()).brief(opportunityId);
    KanbanColumn *from = before ? column(before.value().stage) : nullptr;
    KanbanColumn *to = column(toStage);
    if (!from || !to)
        return false;
    const int row = from->model()->rowOfId(opportunityId);
    if (row < 0)
        return false;
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(row, 0)}));
    if (!mime || !to->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex())
        || !to->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()))
        return false;
    auto now = PipelineStore(m_ctx.db()).brief(opportunityId);
    return now && now.value().stage == toStage;
}

bool PipelineView::selectOpportunity(qint64 opportunityId)
{
    auto deal = PipelineStore(m_ctx.db()).brief(opportunityId);
    KanbanColumn *c = deal ? column(deal.value().stage) : nullptr;
    if (!c || !c->selectId(opportunityId))
        return false;
    m_active = c;
    c->view()->setFocus();
    return true;
}

void PipelineView::requestMove(const QList<qint64> &ids, const QString &fromStage, const QString &toStage)
{
    if (toStage == QLatin1String("lost"))
        askLostReason(ids, fromStage);
    else
        applyMove(ids, fromStage, toStage, QString());
}

bool PipelineView::applyMove(const QList<qint64> &ids, const QString &fromStage, const QString &toStage,
                             const QString &lostReason)
{
    PipelineStore store(m_ctx.db());
    QElapsedTimer timer;
    timer.start();
    QStringList steps;
    const auto step = [&](const char *name) {
        steps << QStringLiteral("%1 %2 ms").arg(QLatin1String(name)).arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
        timer.start();
    };
    int moved = 0;
    bool figuresKept = true; // the board's figures follow the moved deals (else read again)
    for (qint64 id : ids) {
        auto before = store.dealFigures(id);
        const Status s = store.moveStage(id, toStage, lostReason, m_ctx.session().user);
        if (!s) {
            m_ctx.reportError(s.error());
            break;
        }
        ++moved;
        auto after = store.dealFigures(id);
        if (before && after) {
            m_board.add(before.value(), -1);
            m_board.add(after.value(), +1);
        } else {
            figuresKept = false;
        }
    }
    step("store");
    if (KanbanColumn *c = column(fromStage))
        c->refresh();
    if (KanbanColumn *c = column(toStage))
        c->refresh();
    step("columns");
    // Only the moved deals changed: the figures are adjusted, not read from every deal again
    // (a 100,000-deal board took 0.6 s to read on a loaded machine).
    if (figuresKept)
        showBoard();
    else
        refreshSummaries();
    step("summaries");
    if (moved > 0) {
        if (KanbanColumn *c = column(toStage); c && ids.size() == 1) {
            c->selectId(ids.first()); // the card stays under the user's eyes in its new lane
            m_active = c;
        }
        step("select");
        m_notifying = true;
        m_ctx.notifyChanged(QStringLiteral("opportunity"));
        m_notifying = false;
        step("other pages");
    }
    qCDebug(lcPipeline).noquote() << "move:" << steps.join(QStringLiteral(", "));
    return moved == ids.size();
}

void PipelineView::askLostReason(const QList<qint64> &ids, const QString &fromStage)
{
    if (m_lostDialog)
        m_lostDialog->close();
    QString name;
    if (ids.size() == 1) {
        auto r = PipelineStore(m_ctx.db()).brief(ids.first());
        name = r ? r.value().title : QString();
    }
    auto *dialog = new LostReasonDialog(ids, fromStage, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LostReasonDialog::reasonGiven, this,
            [this](const QList<qint64> &moving, const QString &from, const QString &reason) {
                applyMove(moving, from, QStringLiteral("lost"), reason);
            });
    m_lostDialog = dialog;
    dialog->open();
}

KanbanColumn *PipelineView::activeColumn() const
{
    if (m_active && m_active->view()->currentIndex().isValid())
        return m_active;
    for (KanbanColumn *c : m_columnList)
        if (c->view()->hasFocus() && c->view()->currentIndex().isValid())
            return c;
    return nullptr;
}

void PipelineView::moveSelectedToNextStage()
{
    KanbanColumn *c = activeColumn();
    if (!c)
        return;
    const QStringList stages = vocab::openStages();
    const int i = stages.indexOf(c->stage());
    if (i < 0) {
        m_ctx.reportInfo(tr("A deal that is won or lost has no next stage; use \"Move to stage…\" to reopen it."));
        return;
    }
    // After negotiation comes the win; losing always goes through the reason dialog.
    const QString next = i + 1 < stages.size() ? stages.at(i + 1) : QStringLiteral("won");
    requestMove(c->selectedIds(), c->stage(), next);
}

void PipelineView::showMoveMenu()
{
    KanbanColumn *c = activeColumn();
    if (!c)
        return;
    const QRect r = c->view()->visualRect(c->view()->currentIndex());
    showContextMenu(c, r.isValid() ? r.center() : QPoint(10, 10));
}

void PipelineView::showContextMenu(KanbanColumn *column, const QPoint &pos)
{
    const QModelIndex index = column->view()->indexAt(pos);
    if (index.isValid() && !column->view()->selectionModel()->isSelected(index))
        column->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (!column->view()->currentIndex().isValid())
        return;
    m_active = column;
    const QList<qint64> ids = column->selectedIds();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (vocab::openStages().contains(column->stage())) {
        QAction *next = menu->addAction(tr("Move to next stage"), this, &PipelineView::moveSelectedToNextStage);
        next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    }
    QMenu *to = menu->addMenu(tr("Move to stage"));
    for (const QString &stage : vocab::stages()) {
        QAction *a = to->addAction(vocab::stageLabel(stage) + (stage == QLatin1String("lost") ? tr("…") : QString()));
        a->setEnabled(stage != column->stage());
        const QString from = column->stage();
        connect(a, &QAction::triggered, this, [this, ids, from, stage] { requestMove(ids, from, stage); });
    }
    if (ids.size() == 1) {
        menu->addSeparator();
        const qint64 id = ids.first();
        QAction *open = menu->addAction(tr("Open…"), this, [this, id] { openRecord(id); });
        open->setShortcut(QKeySequence(Qt::Key_Return));
        menu->setDefaultAction(open);
        menu->addAction(tr("Open customer"), this, [this, id] {
            auto r = PipelineStore(m_ctx.db()).brief(id);
            if (r && r.value().customerId > 0)
                m_ctx.requestOpen(QStringLiteral("customer"), r.value().customerId);
        });
        QAction *remove = menu->addAction(tr("Delete…"), this, &PipelineView::deleteSelected);
        remove->setShortcut(QKeySequence::Delete);
    }
    menu->popup(column->view()->viewport()->mapToGlobal(pos));
}

void PipelineView::openRecord(qint64 opportunityId)
{
    if (opportunityId <= 0)
        return;
    selectOpportunity(opportunityId); // the card under the dialog, when the owner filter shows it
    OpportunityDialog dialog(m_ctx, opportunityId, this);
    m_recordDialog = &dialog;
    dialog.exec();
    m_recordDialog = nullptr;
    // A saved or deleted deal was announced (recordsChanged): the board has refreshed already.
    if (!dialog.wasDeleted())
        selectOpportunity(opportunityId);
}

void PipelineView::deleteSelected()
{
    KanbanColumn *c = activeColumn();
    const QList<qint64> ids = c ? c->selectedIds() : QList<qint64>();
    if (ids.size() != 1)
        return; // one deal at a time: the question names it
    OpportunityDialog::confirmDelete(m_ctx, ids.first(), this); // announced: the board refreshes
}

void PipelineView::newRecord()
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto submit = [this](const QVariantMap &fields) -> QString {
        QVariantMap f = fields;
        f.insert(QStringLiteral("owner"), m_ctx.session().user);
        auto id = PipelineStore(m_ctx.db()).create(f);
        if (!id)
            return id.error();
        const QString stage = f.value(QStringLiteral("stage")).toString();
        if (KanbanColumn *c = column(stage))
            c->refresh();
        refreshSummaries();
        selectOpportunity(id.value());
        m_notifying = true;
        m_ctx.notifyChanged(QStringLiteral("opportunity"));
        m_notifying = false;
        return QString();
    };
    auto *dialog = new NewOpportunityDialog(m_ctx.db(), submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    dialog->open();
    dialog->customerPicker()->setFocus();
}

} // namespace sb
