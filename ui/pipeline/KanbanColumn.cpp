#include "KanbanColumn.h"

#include "OpportunityCardDelegate.h"
#include "StageColumnModel.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace sb {

namespace {
const QColor kOnTrack(0x43, 0xa0, 0x47);
const QColor kOverdue(0xe5, 0x39, 0x35);
const QColor kNoActivity(0xbd, 0xbd, 0xbd);

QColor stageColor(const QString &stage)
{
    if (stage == QLatin1String("won"))
        return QColor(0x2e, 0x7d, 0x32);
    if (stage == QLatin1String("lost"))
        return QColor(0x75, 0x75, 0x75);
    const int i = vocab::openStages().indexOf(stage);
    static const QColor open[] = {QColor(0x90, 0xca, 0xf9), QColor(0x42, 0xa5, 0xf5), QColor(0x1e, 0x88, 0xe5),
                                  QColor(0x15, 0x65, 0xc0)};
    return i >= 0 ? open[i] : QColor(0x90, 0xa4, 0xae);
}
} // namespace

void ActivityStateBar::setSummary(const StageSummary &summary)
{
    m_summary = summary;
    setToolTip(tr("On track: %1\nNext activity overdue: %2\nNo activity planned: %3")
                   .arg(QLocale().toString(summary.onTrack()), QLocale().toString(summary.overdue),
                        QLocale().toString(summary.noActivity)));
    update();
}

void ActivityStateBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect();
    if (m_summary.count <= 0) {
        p.fillRect(r, palette().color(QPalette::Midlight));
        return;
    }
    const int parts[] = {m_summary.onTrack(), m_summary.overdue, m_summary.noActivity};
    const QColor colors[] = {kOnTrack, kOverdue, kNoActivity};
    int x = r.left();
    int consumed = 0;
    for (int i = 0; i < 3; ++i) {
        consumed += parts[i];
        // Cumulative rounding so the segments always fill the bar exactly.
        const int end = r.left() + int(qint64(r.width()) * consumed / m_summary.count);
        if (end > x)
            p.fillRect(QRect(x, r.top(), end - x, r.height()), colors[i]);
        x = end;
    }
}

KanbanColumn::KanbanColumn(Database &db, const QString &stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_window(lists::stageColumn(db, stage, this))
    , m_model(new StageColumnModel(m_window, stage, this))
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_bar(new ActivityStateBar(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("kanban-") + stage);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(170);

    auto *stripe = new QWidget(this); // the stage's colour, like the column tops people know
    stripe->setFixedHeight(3);
    stripe->setAutoFillBackground(true);
    QPalette sp = stripe->palette();
    sp.setColor(QPalette::Window, stageColor(stage));
    stripe->setPalette(sp);

    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setText(vocab::stageLabel(stage));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bar->setFixedHeight(5);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new OpportunityCardDelegate(m_view));
    m_view->setUniformItemSizes(true); // fixed-height cards: no size query per row of a long column
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QPalette vp = m_view->palette(); // cards on a light grey lane
    vp.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_view->viewport()->setAutoFillBackground(true);
    m_view->viewport()->setPalette(vp);
    m_view->setAccessibleName(vocab::stageLabel(stage));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(stripe);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(8, 5, 8, 6);
    header->setSpacing(3);
    header->addWidget(m_title);
    header->addWidget(m_totals);
    header->addWidget(m_bar);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void KanbanColumn::setSummary(const StageSummary &summary, int totalLines)
{
    // Every lane reserves as many lines as the lane with the most currencies, so the cards of
    // all lanes start at the same height.
    m_totals->setMinimumHeight(qMax(1, totalLines) * m_totals->fontMetrics().lineSpacing());
    m_title->setText(tr("%1  (%2)").arg(vocab::stageLabel(m_stage), QLocale().toString(summary.count)));
    // One sum per currency, never added across currencies; several stack one per line.
    m_totals->setText(summary.amount.format(QLocale(), QStringLiteral("\n")));
    m_totals->setToolTip(tr("%n deal(s), %1 in total", nullptr, summary.count)
                             .arg(summary.amount.format(QLocale())));
    m_bar->setSummary(summary);
}

void KanbanColumn::setOwnerFilter(const QString &owner)
{
    const SearchCondition c = filters::opportunitiesOwnedBy(owner);
    m_window->setFilter(c.sql, c.bindings);
}

void KanbanColumn::refresh()
{
    const QList<qint64> selected = selectedIds();
    m_window->refresh();
    // Keep the card selected when it is still near the top (cheap: the first page is loaded anyway).
    for (qint64 id : selected)
        for (int row = 0; row < qMin(m_window->rowCount(), 200); ++row)
            if (m_window->idAt(row) == id) {
                m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select);
                m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
                break;
            }
}

qint64 KanbanColumn::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : -1;
}

QList<qint64> KanbanColumn::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : rows)
        ids << m_model->idAt(i.row());
    if (ids.isEmpty() && currentId() > 0)
        ids << currentId();
    return ids;
}

bool KanbanColumn::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && m_window->countIsCapped()) { // further down than the column has counted
        m_window->countAll();
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    const QModelIndex i = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(i);
    return true;
}

} // namespace sb
