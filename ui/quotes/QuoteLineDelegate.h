#pragma once

#include <QStyledItemDelegate>

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

private:
    const ProductCatalog *m_catalog;
};

} // namespace sb
