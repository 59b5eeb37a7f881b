#include "ComingUpPanel.h"

#include "ScheduleDialog.h"

#include "models/itemmodels/CalendarItemsModel.h"
#include "models/store/CalendarStore.h"
#include "ui/common/AppContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
// Overdue items in red, as the customer file's header counts them.
class OverdueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CalendarItemsModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
            option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xcd, 0xd2));
        }
    }
};
} // namespace

ComingUpPanel::ComingUpPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CalendarItemsModel(this))
    , m_empty(new QLabel(tr("Nothing planned with this customer."), this))
{
    setObjectName(QStringLiteral("comingUp"));
    m_title->setObjectName(QStringLiteral("comingUpTitle"));
    auto *meeting = new QPushButton(tr("Schedule &meeting…"), this);
    meeting->setObjectName(QStringLiteral("scheduleMeeting"));
    meeting->setToolTip(tr("Schedule a meeting, visit or call with this customer (Ctrl+Shift+M)"));
    auto *task = new QPushButton(tr("Add follow-up tas&k…"), this);
    task->setObjectName(QStringLiteral("addFollowUpTask"));
    task->setToolTip(tr("Add a task due at a time, with a reminder (Ctrl+Shift+T)"));
    connect(meeting, &QPushButton::clicked, this, [this] { schedule(QStringLiteral("meeting")); });
    connect(task, &QPushButton::clicked, this, [this] { schedule(QStringLiteral("task")); });

    m_table->setObjectName(QStringLiteral("comingUpList"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new OverdueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Enter or a double click (the platform's "activate").
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) { openItem(m_model->idAt(i.row())); });
    m_empty->setObjectName(QStringLiteral("comingUpEmpty"));
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #757575; }"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(meeting);
    row->addWidget(task);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
}

void ComingUpPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void ComingUpPanel::refresh()
{
    QList<CalendarItem> items;
    if (m_customerId) {
        auto r = CalendarStore(m_ctx.db()).comingUp(m_customerId);
        if (!r)
            m_ctx.reportError(r.error());
        else
            items = r.value();
    }
    const qint64 current = currentId();
    m_model->setItems(items);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->idAt(row) == current)
            m_table->selectRow(row);
    const int overdue = m_model->overdueCount();
    QString title = tr("<b>Coming up</b> (%1)").arg(items.size());
    if (overdue > 0)
        title += QLatin1Char(' ') + tr("<span style='color:#c62828'>%n overdue</span>", nullptr, overdue);
    m_title->setText(title);
    m_table->setVisible(!items.isEmpty());
    m_empty->setVisible(items.isEmpty());
    // As tall as its rows, up to five: the timeline below keeps the room.
    // (A header never shown yet may not know its height: the font says at least how tall it is.)
    const int rows = qBound(1, int(items.size()), 5);
    const int header = qMax(m_table->horizontalHeader()->sizeHint().height(), m_table->fontMetrics().height() + 10);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * rows + header + 2 * m_table->frameWidth() + 2);
    updateGeometry(); // the file around it makes room (the list's new height alone does not reach it)
    m_table->resizeColumnToContents(CalendarItemsModel::When);
    m_table->resizeColumnToContents(CalendarItemsModel::Kind);
    m_table->setColumnWidth(CalendarItemsModel::Subject, qMin(m_table->columnWidth(CalendarItemsModel::Subject), 260));
}

void ComingUpPanel::schedule(const QString &kind)
{
    if (!m_customerId)
        return;
    ScheduleDialog dialog(m_ctx, m_customerId, 0, this);
    dialog.preset(kind);
    m_lastDialog = &dialog;
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_lastDialog = nullptr;
    if (saved)
        m_ctx.reportInfo(kind == QLatin1String("task") ? tr("The task was added.") : tr("It was scheduled."));
}

void ComingUpPanel::openItem(qint64 activityId)
{
    if (activityId <= 0)
        return;
    ScheduleDialog dialog(m_ctx, m_customerId, activityId, this);
    m_lastDialog = &dialog;
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_lastDialog = nullptr;
    if (!saved)
        return;
    const QString status = dialog.savedStatus();
    m_ctx.reportInfo(status == QLatin1String(ActivityStore::kDone)
                         ? tr("Marked done: it is on the timeline now, where its outcome can be added.")
                     : status == QLatin1String(ActivityStore::kCancelled) ? tr("It was cancelled.")
                                                                            : tr("The changes were saved."));
}

qint64 ComingUpPanel::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : 0;
}

} // namespace sb
