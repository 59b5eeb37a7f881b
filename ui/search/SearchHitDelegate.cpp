#include "SearchHitDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace sb {

namespace {
constexpr int kMargin = 4;
constexpr int kGap = 2;
} // namespace

int SearchHitDelegate::lineHeight(const QFont &font)
{
    // Lay out a line mixing scripts: its height covers the fallback font Chinese is drawn in.
    QTextLayout layout(QStringLiteral("Ag \u534e\u4e3a\u6280\u672f"), font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    return qMax(qCeil(line.height()), QFontMetrics(font).height());
}

QFont SearchHitDelegate::detailFont(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(TitleRole).isValid())
        return QStyledItemDelegate::sizeHint(option, index); // "nothing found"
    const int h = kMargin + lineHeight(option.font) + kGap + lineHeight(detailFont(option.font)) + kMargin;
    return QSize(option.rect.width() > 0 ? option.rect.width() : 200, h);
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(TitleRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel (selection, hover) only; the lines are drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    if (!selected)
        muted.setAlphaF(0.65f);

    const QRect r = option.rect.adjusted(kMargin + 2, kMargin, -kMargin - 2, -kMargin);
    const int h1 = lineHeight(option.font);
    const QFont small = detailFont(option.font);
    const int h2 = lineHeight(small);
    const QString kind = index.data(KindLabelRole).toString() + QStringLiteral("  ·  ");
    const QString title = index.data(TitleRole).toString();
    const QString detail = index.data(DetailRole).toString();

    painter->save();
    painter->setClipRect(option.rect);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmKind(option.font);
    // The kind is a word or two; measured with a pixel to spare (fallback glyphs round up).
    const int kindWidth = qMin(fmKind.horizontalAdvance(kind) + 2, r.width() / 2);
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.left(), r.top(), kindWidth, h1), Qt::AlignLeft | Qt::AlignVCenter, kind);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(r.left() + kindWidth, r.top(), r.width() - kindWidth, h1);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(muted);
    const QRect detailRect(r.left(), r.top() + h1 + kGap, r.width(), h2);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

} // namespace sb
