#pragma once

#include <QStyledItemDelegate>

namespace sb {

// Paints one search everywhere hit on two lines: "kind · title", then the context that tells
// look-alikes apart (code, customer, state, amount, date), each elided to the width.
// The default delegate drew the item's "\n"-joined text as one layout in a height that Chinese
// text (a fallback CJK font taller than the Latin one, fractional line heights) did not fit,
// and Qt drops a line that does not fit whole: the second line vanished in the Chinese UI.
// Here each line's height is measured with Latin and CJK glyphs in it and rounded up.
class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role { KindLabelRole = Qt::UserRole + 10, TitleRole, DetailRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height one line of this font takes with Latin and Chinese text in it.
    static int lineHeight(const QFont &font);
    static QFont detailFont(const QFont &font);
};

} // namespace sb
