#include "OpportunityCardDelegate.h"

#include "StageColumnModel.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "ui/common/SyncStateIcons.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace sb {

namespace {
constexpr int kMarginX = 5;
constexpr int kMarginY = 3;
constexpr int kPad = 7;
constexpr int kBadge = 12;
const QColor kOverdue(0xc6, 0x28, 0x28);

QRect cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);
}
} // namespace

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(160, 4 * fm.lineSpacing() + 3 * 2 + 2 * kPad + 2 * kMarginY);
}

void OpportunityCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool overdue = index.data(StageColumnModel::OverdueRole).toBool();
    const QRect card = cardRect(option.rect);

    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p->fillPath(path, pal.color(QPalette::Base));
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    p->drawPath(path);
    if (overdue) { // a red edge on the left: visible at a glance while scrolling a long column
        p->save();
        p->setClipPath(path);
        p->fillRect(QRect(card.left(), card.top(), 4, card.height()), kOverdue);
        p->restore();
    }

    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    QRect text = card.adjusted(kPad + 2, kPad, -kPad, -kPad);
    const QColor ink = pal.color(QPalette::Text);
    QColor dim = ink;
    dim.setAlphaF(0.62f);

    // Line 1: the title, bold, with the sync badge at the right when the deal is not synced.
    const int state = index.data(SqlWindowModel::SyncStateRole).toInt();
    const QVariant syncError = index.data(SqlWindowModel::SyncErrorRole);
    const bool hasError = !syncError.isNull() && !syncError.toString().isEmpty();
    const QIcon badge = syncStateIcon(state, hasError, index.data(SqlWindowModel::LocalOnlyRole).toBool());
    int titleWidth = text.width();
    if (!badge.isNull()) {
        badge.paint(p, QRect(text.right() - kBadge + 1, text.top() + (line - kBadge) / 2, kBadge, kBadge));
        titleWidth -= kBadge + 4;
    }
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(ink);
    const QFontMetrics bfm(bold);
    p->drawText(QRect(text.left(), text.top(), titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleWidth));

    // Line 2: the customer.
    int y = text.top() + line + 2;
    p->setFont(option.font);
    p->setPen(dim);
    p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(StageColumnModel::CustomerRole).toString(), Qt::ElideRight, text.width()));

    // Line 3: the amount, never elided (it is what the column sums), and the expected close on
    // the right when both fit; on a narrow lane the date moves to line 4.
    y += line + 2;
    const QString amount = formatMoney(index.data(StageColumnModel::AmountRole).toLongLong(),
                                       index.data(StageColumnModel::CurrencyRole).toString());
    const int amountWidth = bfm.horizontalAdvance(amount);
    const QString close = formatDate(index.data(StageColumnModel::ExpectedCloseRole).toString());
    const int closeWidth = close.isEmpty() ? 0 : fm.horizontalAdvance(close);
    const bool closeOnAmountLine = amountWidth + 8 + closeWidth <= text.width();
    p->setFont(bold);
    p->setPen(ink);
    p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(amount, Qt::ElideRight, text.width()));
    p->setFont(option.font);
    p->setPen(dim);
    if (closeOnAmountLine)
        p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignRight | Qt::AlignVCenter, close);

    // Line 4: owner on the left; on the right the overdue marker, else the date if it moved here.
    y += line + 2;
    int ownerWidth = text.width();
    if (overdue) {
        const QString mark = tr("● Overdue");
        const int w = fm.horizontalAdvance(mark);
        p->setPen(kOverdue);
        p->drawText(QRect(text.right() - w, y, w + 1, line), Qt::AlignRight | Qt::AlignVCenter, mark);
        ownerWidth -= w + 6;
    } else if (!closeOnAmountLine && closeWidth > 0) {
        p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignRight | Qt::AlignVCenter, close);
        ownerWidth -= closeWidth + 6;
    }
    p->setPen(dim);
    p->drawText(QRect(text.left(), y, ownerWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(StageColumnModel::OwnerRole).toString(), Qt::ElideRight, ownerWidth));

    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(card).adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
    }
    p->restore();
}

bool OpportunityCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The card elides; the tooltip says it all, including why a change did not reach the server.
    QStringList lines{index.data(Qt::DisplayRole).toString(), index.data(StageColumnModel::CustomerRole).toString(),
                      formatMoney(index.data(StageColumnModel::AmountRole).toLongLong(),
                                  index.data(StageColumnModel::CurrencyRole).toString())};
    const QString close = formatDate(index.data(StageColumnModel::ExpectedCloseRole).toString());
    if (!close.isEmpty())
        lines << tr("Expected close: %1").arg(close);
    if (index.data(StageColumnModel::OverdueRole).toBool())
        lines << tr("The next activity is overdue.");
    const int state = index.data(SqlWindowModel::SyncStateRole).toInt();
    const QVariant error = index.data(SqlWindowModel::SyncErrorRole);
    if (state != 0 || (!error.isNull() && !error.toString().isEmpty()))
        lines << syncStateText(state, error, index.data(SqlWindowModel::LocalOnlyRole).toBool());
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace sb
