#include "QuoteLineDelegate.h"

#include "QuoteLinesModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QDoubleSpinBox>

namespace sb {

QuoteLineDelegate::QuoteLineDelegate(const ProductCatalog *catalog, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_catalog(catalog)
{
}

namespace {
// Wide enough for any mistyped figure (more zeros than the bounds in validation::).
constexpr double kTypedLimit = 1e13;
} // namespace

int QuoteLineDelegate::popupWidth(const QFontMetrics &metrics) const
{
    int widest = 0;
    for (int row = 0; row < m_catalog->rowCount(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_catalog->index(row).data().toString()));
    // Room for the scroll bar and the item margins; a very long name is elided, not the list.
    return qBound(240, widest + 48, 640);
}

QWidget *QuoteLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case QuoteLinesModel::Product: {
        auto *combo = new QComboBox(parent);
        combo->setModel(const_cast<ProductCatalog *>(m_catalog));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMaxVisibleItems(15);
        // The cell is narrow; the list must still show whole names ("伺服电机 …", not "伺服…").
        combo->view()->setMinimumWidth(popupWidth(combo->fontMetrics()));
        combo->view()->setTextElideMode(Qt::ElideMiddle);
        auto *completer = new QCompleter(const_cast<ProductCatalog *>(m_catalog), combo);
        completer->setFilterMode(Qt::MatchContains); // "伺服" or "SRV-4" both find the product
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
        completer->popup()->setMinimumWidth(combo->view()->minimumWidth());
        return combo;
    }
    // The spin boxes take any figure a person types; QuoteLinesModel refuses the absurd ones
    // and says why. A range here would quietly turn -5 into 5 or 1e12 into the maximum.
    case QuoteLinesModel::Quantity: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-kTypedLimit, kTypedLimit);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case QuoteLinesModel::UnitPrice: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-kTypedLimit, kTypedLimit);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case QuoteLinesModel::Discount: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-kTypedLimit, kTypedLimit);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral("%"));
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void QuoteLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(m_catalog->rowOf(index.data(Qt::EditRole).toLongLong()));
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void QuoteLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Typed text that names no product leaves the line as it was.
        int row = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (row < 0)
            row = combo->currentIndex();
        if (row >= 0)
            model->setData(index, m_catalog->idAt(row), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sb
