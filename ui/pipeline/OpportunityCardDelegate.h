#pragma once

#include <QStyledItemDelegate>

namespace sb {

// Draws a deal as a card: title, customer, amount and expected close, owner, a red marker when
// the next activity is overdue, and the sync badge while the change is not on the server yet.
class OpportunityCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace sb
