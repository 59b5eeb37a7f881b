#include "QuoteLinesModel.h"

#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"
#include "models/store/ProductStore.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sb {

Status ProductCatalog::load(Database &db)
{
    auto r = ProductStore(db).sellable();
    if (!r)
        return Status::fail(r.error());
    beginResetModel();
    m_products = r.take();
    m_rows.clear();
    for (int i = 0; i < m_products.size(); ++i)
        m_rows.insert(m_products.at(i).id, i);
    endResetModel();
    return Status::ok();
}

const ProductInfo *ProductCatalog::byId(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_products.at(row) : nullptr;
}

int ProductCatalog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductCatalog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return QVariant(); // a combo box asks with an invalid index while nothing is chosen
    const ProductInfo &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return tr("%1  %2").arg(p.code, p.name);
    case Qt::ToolTipRole:
        return tr("%1 — list price %2 per %3").arg(p.name, formatMoney(p.listPriceCents, p.currency), p.unit);
    case IdRole:
        return p.id;
    default:
        return QVariant();
    }
}

QuoteLinesModel::QuoteLinesModel(const ProductCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void QuoteLinesModel::setLines(const QList<QuoteLine> &lines, const QString &currency)
{
    beginResetModel();
    m_lines = lines;
    m_currency = currency.isEmpty() ? defaultCurrency() : currency;
    endResetModel();
}

void QuoteLinesModel::setCurrency(const QString &currency)
{
    const QString code = currency.isEmpty() ? defaultCurrency() : currency;
    if (code == m_currency)
        return;
    m_currency = code;
    // The costs were known in the old currency only: ask the catalog again for each line.
    for (QuoteLine &l : m_lines) {
        const ProductInfo *p = m_catalog ? m_catalog->byId(l.productId) : nullptr;
        l.unitCostCents = p && (p->currency.isEmpty() ? defaultCurrency() : p->currency) == m_currency ? p->costCents : -1;
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

void QuoteLinesModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    // Flags change for every cell: a layout change tells the views to ask again.
    emit layoutAboutToBeChanged();
    m_editable = editable;
    emit layoutChanged();
}

int QuoteLinesModel::addLine(qint64 productId)
{
    QuoteLine line;
    applyProduct(line, productId);
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    m_lines << line;
    endInsertRows();
    emit edited();
    return row;
}

void QuoteLinesModel::removeLines(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_lines.size())
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_lines.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit edited();
}

void QuoteLinesModel::applyProduct(QuoteLine &line, qint64 productId) const
{
    const ProductInfo *old = m_catalog ? m_catalog->byId(line.productId) : nullptr;
    const ProductInfo *p = m_catalog ? m_catalog->byId(productId) : nullptr;
    line.productId = p ? p->id : 0;
    if (!p)
        return;
    // The list price is the starting point of a quote, when it is in the quote's currency: a
    // price in another currency is never taken at face value (the rep types the price, and the
    // margin stays unknown without a cost in the quote's currency).
    const bool sameCurrency = (p->currency.isEmpty() ? defaultCurrency() : p->currency) == m_currency;
    if (sameCurrency)
        line.unitPriceCents = p->listPriceCents;
    line.unitCostCents = sameCurrency ? p->costCents : -1;
    // Keep a description the rep wrote; replace the one that was only the old product's name.
    if (line.description.isEmpty() || (old && line.description == old->name))
        line.description = p->name;
}

QString QuoteLinesModel::productText(const QuoteLine &line) const
{
    const ProductInfo *p = m_catalog ? m_catalog->byId(line.productId) : nullptr;
    if (p)
        return tr("%1  %2").arg(p->code, p->name);
    return line.productId > 0 ? tr("Product #%1").arg(line.productId) : QString();
}

int QuoteLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QuoteLine &l = m_lines.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return productText(l);
        case Description:
            return l.description;
        case Quantity:
            return locale.toString(l.quantity, 'g', 10);
        case UnitPrice:
            return formatMoney(l.unitPriceCents, m_currency, locale);
        case Discount:
            return l.discountPct > 0 ? locale.toString(l.discountPct, 'f', 1) + QLatin1Char('%') : QString();
        case LineTotal:
            return formatMoney(l.totalCents(), m_currency, locale);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Product:
            return l.productId;
        case Description:
            return l.description;
        case Quantity:
            return l.quantity;
        case UnitPrice:
            return double(l.unitPriceCents) / 100.0;
        case Discount:
            return l.discountPct;
        case LineTotal:
            return double(l.totalCents()) / 100.0;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Quantity)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    } else if (role == Qt::ToolTipRole && index.column() == LineTotal && l.unitCostCents >= 0 && l.totalCents() > 0) {
        const double cost = l.quantity * double(l.unitCostCents);
        return tr("Margin %1%").arg(locale.toString(100.0 * (double(l.totalCents()) - cost) / double(l.totalCents()), 'f', 1));
    }
    return QVariant();
}

bool QuoteLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QuoteLine &l = m_lines[index.row()];
    bool ok = true;
    switch (index.column()) {
    case Product: {
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id == l.productId)
            return false;
        applyProduct(l, id);
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit edited();
        return true;
    }
    case Description:
        l.description = value.toString();
        break;
    case Quantity: {
        const double q = value.toDouble(&ok);
        if (refuse(index, ok ? validation::quantity(q) : tr("The quantity is not a number.")))
            return false;
        l.quantity = q;
        break;
    }
    case UnitPrice: {
        const double p = value.toDouble(&ok);
        if (refuse(index, ok ? validation::moneyUnits(p, tr("The unit price"), m_currency) : tr("The unit price is not a number.")))
            return false;
        l.unitPriceCents = qint64(std::llround(p * 100.0));
        break;
    }
    case Discount: {
        const double d = value.toDouble(&ok);
        if (refuse(index, ok ? validation::discount(d) : tr("The discount is not a number.")))
            return false;
        l.discountPct = d;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    if (index.column() != Description)
        emit dataChanged(this->index(index.row(), LineTotal), this->index(index.row(), LineTotal));
    emit edited();
    return true;
}

bool QuoteLinesModel::refuse(const QModelIndex &index, const QString &problem)
{
    if (problem.isEmpty())
        return false;
    emit refused(index, tr("Line %1: %2").arg(index.row() + 1).arg(problem));
    return true;
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && index.column() != LineTotal)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Quantity)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case LineTotal:
        return tr("Line total");
    }
    return QVariant();
}

} // namespace sb
