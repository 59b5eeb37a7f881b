#include "TicketTimeline.h"

#include "AttachmentOpener.h"
#include "models/domain/Vocabulary.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>

namespace sb {

namespace {
// QTreeView asks a row's height without the column's width, so long replies would be cut to
// one line: this delegate measures the text column's words at the width the column has.
class WrapDelegate : public QStyledItemDelegate {
public:
    WrapDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != TicketTimeline::Text)
            return size;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int width = m_view->columnWidth(TicketTimeline::Text) - 12;
        if (!opt.icon.isNull())
            width -= opt.decorationSize.width() + 4;
        if (width <= 40)
            return size;
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        size.setHeight(qMax(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_view;
};
} // namespace

TicketTimeline::TicketTimeline(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("When"), tr("Who"), tr("Kind"), tr("Text")});
    setRootIsDecorated(true);
    setItemsExpandable(true);
    setUniformRowHeights(false);
    setWordWrap(true); // long replies wrap in the text column
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setMinimumHeight(140);
    setItemDelegate(new WrapDelegate(this));
    // Wider or narrower text column: the rows are measured again.
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == Text)
            scheduleDelayedItemsLayout();
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant a = item->data(Text, AttachmentIndexRole);
        const int e = item->data(Text, EntryIndexRole).toInt();
        if (!a.isValid() || e < 0 || e >= m_entries.size() || a.toInt() >= m_entries.at(e).attachments.size())
            return;
        emit attachmentActivated(m_entries.at(e).attachments.at(a.toInt()));
    });
}

QString TicketTimeline::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("correspond"))
        return tr("Reply to customer");
    if (kind == QLatin1String("comment"))
        return tr("Internal comment");
    if (kind == QLatin1String("status"))
        return tr("Status");
    if (kind == QLatin1String("create"))
        return tr("Created");
    return kind;
}

QString TicketTimeline::entryText(const TicketEntry &entry)
{
    // The server sends a status change as the code ("resolved"); one written here is in words
    // already. vocab's label is the text itself for anything that is not a known code.
    if (entry.kind == QLatin1String("status"))
        return vocab::ticketStatusLabel(entry.text.trimmed());
    return entry.text;
}

QTreeWidgetItem *TicketTimeline::attachmentItem(int entryIndex, int attachmentIndex) const
{
    QTreeWidgetItem *entry = topLevelItem(entryIndex);
    return entry && attachmentIndex < entry->childCount() ? entry->child(attachmentIndex) : nullptr;
}

void TicketTimeline::setEntries(const QList<TicketEntry> &entries)
{
    // A reload after a sync or a reply keeps the place a person was reading at.
    const int scrolled = verticalScrollBar()->value();
    m_entries = entries;
    clear();
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (int e = 0; e < m_entries.size(); ++e) {
        const TicketEntry &entry = m_entries.at(e);
        auto *item = new QTreeWidgetItem(this);
        item->setText(When, formatRelative(entry.at));
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
        item->setToolTip(When, at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : entry.at);
        item->setText(Who, entry.author);
        item->setText(Kind, kindLabel(entry.kind));
        item->setText(Text, entryText(entry));
        item->setToolTip(Text, entryText(entry));
        item->setData(Text, EntryIndexRole, e);
        if (entry.kind == QLatin1String("correspond")) {
            QFont bold = item->font(Kind);
            bold.setBold(true); // what the customer reads stands out from internal notes
            item->setFont(Kind, bold);
        }
        if (entry.localState != 0) {
            QFont italic = item->font(Text);
            italic.setItalic(true);
            for (int c = When; c <= Text; ++c) {
                item->setFont(c, italic);
                item->setToolTip(c, tr("Written here; goes to the service desk with the next sync"));
            }
        }
        for (int n = 0; n < entry.attachments.size(); ++n) {
            const TicketAttachment &a = entry.attachments.at(n);
            auto *file = new QTreeWidgetItem(item);
            file->setIcon(Text, fileIcon);
            file->setText(Text, tr("%1 (%2)").arg(a.name, AttachmentOpener::sizeText(a.size)));
            file->setToolTip(Text, a.content.isEmpty() ? tr("%1 · %2 — Enter or double-click opens it").arg(a.type, a.name)
                                                       : tr("%1 · not sent yet — Enter or double-click opens it").arg(a.name));
            file->setData(Text, EntryIndexRole, e);
            file->setData(Text, AttachmentIndexRole, n);
            file->setFirstColumnSpanned(false);
        }
    }
    expandAll();
    resizeColumnToContents(When);
    resizeColumnToContents(Kind);
    resizeColumnToContents(Who);
    // Authors can be e-mail addresses; the text needs the room more.
    setColumnWidth(Who, qMin(columnWidth(Who), fontMetrics().averageCharWidth() * 18));
    verticalScrollBar()->setValue(scrolled);
}

} // namespace sb
