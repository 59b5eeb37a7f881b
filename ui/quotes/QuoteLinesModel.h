#pragma once

#include "models/store/ProductStore.h"
#include "models/store/QuoteStore.h"
#include "models/domain/Money.h"
#include "models/store/Result.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>

namespace sb {

class Database;

// The active products a quote line can pick from, "code  name", for the line editor's combo.
// A catalog is hundreds to a few thousand rows: kept in memory, loaded once per editor.
class ProductCatalog : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1 };
    explicit ProductCatalog(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    Status load(Database &db);
    const ProductInfo *byId(qint64 id) const;
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    qint64 idAt(int row) const { return row >= 0 && row < m_products.size() ? m_products.at(row).id : 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ProductInfo> m_products;
    QHash<qint64, int> m_rows;
};

// A quote's lines while they are edited: product, description, quantity, unit price,
// discount and the computed line total. Prices are edited in currency units, kept in cents.
class QuoteLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Product, Description, Quantity, UnitPrice, Discount, LineTotal, ColumnCount };

    explicit QuoteLinesModel(const ProductCatalog *catalog, QObject *parent = nullptr);

    void setLines(const QList<QuoteLine> &lines, const QString &currency);
    const QList<QuoteLine> &lines() const { return m_lines; }
    QuoteTotals totals() const { return QuoteStore::computeTotals(m_lines); }
    const QString &currency() const { return m_currency; }
    // The quote's currency changed: amounts show in it; costs in another currency become unknown.
    void setCurrency(const QString &currency);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    int addLine(qint64 productId = 0); // returns the new row
    void removeLines(QList<int> rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited(); // a person changed the lines (not emitted by setLines)
    // A typed value was refused (a quantity of -5, a 200% discount, a price of 1e12): the
    // line keeps its old value and this says why, naming the line and the field.
    void refused(const QModelIndex &index, const QString &message);

private:
    bool refuse(const QModelIndex &index, const QString &problem); // true when problem is not empty
    void applyProduct(QuoteLine &line, qint64 productId) const;
    QString productText(const QuoteLine &line) const;

    const ProductCatalog *m_catalog;
    QList<QuoteLine> m_lines;
    QString m_currency = defaultCurrency();
    bool m_editable = true;
};

} // namespace sb
