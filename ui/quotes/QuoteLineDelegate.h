#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace sb {

class ProductCatalog;

// Editors for a quote line: a searchable product combo ("code  name", matching any part of
// the text), and spin boxes wide enough for real prices and quantities.
class QuoteLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    QuoteLineDelegate(const ProductCatalog *catalog, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The product list's width: the longest "code  name", between 240 and 640 px.
    int popupWidth(const QFontMetrics &metrics) const;

private:
    const ProductCatalog *m_catalog;
};

} // namespace sb
