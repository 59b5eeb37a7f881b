#include "SqlWindowModel.h"

#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RoutingStore.h"
#include "models/store/SyncStates.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sb {

namespace {
constexpr int kMaxPages = 24;
// Select-list layout: id, local_state, sync_error, currency, extra fields..., visible columns...
constexpr int kIdIndex = 0;
constexpr int kStateIndex = 1;
constexpr int kErrorIndex = 2;
constexpr int kFixed = 3;
} // namespace

SqlWindowModel::SqlWindowModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void SqlWindowModel::setSource(const QString &from, const QString &idExpr, const QString &syncPrefix,
                               const QString &where, const QVariantList &bindings)
{
    m_from = from;
    m_idExpr = idExpr;
    m_syncPrefix = syncPrefix;
    m_syncEntity.clear();
    if (!syncPrefix.isNull()) {
        const QString table = from.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        for (const Entity *e : entities::all())
            if (e->table == table)
                m_syncEntity = e->name;
    }
    m_baseWhere = where;
    m_baseBindings = bindings;
}

void SqlWindowModel::setColumns(const QList<SqlColumn> &columns)
{
    m_columns = columns;
}

int SqlWindowModel::addField(const QString &key, const QString &expr)
{
    m_fieldKeys << key;
    m_fieldExprs << expr;
    return m_fieldKeys.size() - 1;
}

void SqlWindowModel::setFilter(const QString &where, const QVariantList &bindings)
{
    m_filter = where;
    m_filterBindings = bindings;
    refresh();
}

QString SqlWindowModel::selectList() const
{
    QStringList parts;
    parts << m_idExpr;
    if (m_syncPrefix.isNull()) {
        parts << QStringLiteral("0") << QStringLiteral("NULL");
    } else {
        parts << m_syncPrefix + QStringLiteral("local_state") << m_syncPrefix + QStringLiteral("sync_error");
    }
    parts << m_fieldExprs;
    for (const SqlColumn &c : m_columns)
        parts << c.expr;
    return parts.join(QStringLiteral(", "));
}

QString SqlWindowModel::whereClause() const
{
    QStringList conditions;
    if (!m_baseWhere.isEmpty())
        conditions << QLatin1Char('(') + m_baseWhere + QLatin1Char(')');
    if (!m_filter.isEmpty())
        conditions << QLatin1Char('(') + m_filter + QLatin1Char(')');
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList SqlWindowModel::allBindings() const
{
    return m_baseBindings + m_filterBindings;
}

int SqlWindowModel::countRows()
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause(), allBindings());
    if (!r) {
        m_lastError = r.error();
        qCWarning(lcStore) << "list count failed:" << r.error();
        emit errorOccurred(r.error());
        return 0;
    }
    m_lastError.clear();
    return r.value().toInt();
}

void SqlWindowModel::setMoneyTotal(const QString &text, const QString &amountExpr, const QString &currencyExpr,
                                   const QString &condition)
{
    m_totalText = text;
    m_totalAmount = amountExpr;
    m_totalCurrency = currencyExpr;
    m_totalCondition = condition;
}

QString SqlWindowModel::moneyTotalText(const QLocale &locale) const
{
    return hasMoneyTotal() ? m_totalText.arg(m_total.format(locale)) : QString();
}

void SqlWindowModel::sumTotal()
{
    m_total = MoneySums();
    if (!hasMoneyTotal() || m_count == 0)
        return;
    QString where = whereClause();
    if (!m_totalCondition.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + m_totalCondition
            + QLatin1Char(')');
    auto r = m_db.exec(QStringLiteral("SELECT %1, sum(%2) FROM %3%4 GROUP BY 1")
                           .arg(m_totalCurrency, m_totalAmount, m_from, where),
                       allBindings());
    if (!r) {
        qCWarning(lcStore) << "list total failed:" << r.error();
        return;
    }
    for (QSqlQuery &q = r.value(); q.next();)
        m_total.add(q.value(0).toString(), q.value(1).toLongLong());
}

void SqlWindowModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_count = m_from.isEmpty() ? 0 : countRows();
    sumTotal();
    m_routed.clear();
    if (!m_syncPrefix.isNull() && m_count > 0) {
        if (auto routes = RoutingStore(m_db).routes(); routes) {
            for (auto it = routes.value().cbegin(); it != routes.value().cend(); ++it)
                m_routed.insert(it.key());
        } else {
            qCWarning(lcStore) << "routes unreadable:" << routes.error();
        }
    }
    endResetModel();
}

const SqlWindowModel::Row *SqlWindowModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QString order = m_order.isEmpty() ? m_defaultOrder : m_order;
        QString sql = QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + m_from + whereClause();
        sql += QStringLiteral(" ORDER BY ") + (order.isEmpty() ? m_idExpr : order + QStringLiteral(", ") + m_idExpr);
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(m_pageSize).arg(qint64(page) * m_pageSize);
        auto r = m_db.exec(sql, allBindings());
        QList<Row> rows;
        if (!r) {
            m_lastError = r.error();
            qCWarning(lcStore) << "list page failed:" << r.error();
        } else {
            QSqlQuery &q = r.value();
            const int n = kFixed + m_fieldKeys.size() + m_columns.size();
            rows.reserve(m_pageSize);
            while (q.next()) {
                Row values;
                values.reserve(n);
                for (int i = 0; i < n; ++i)
                    values << q.value(i);
                rows << values;
            }
        }
        if (m_pages.size() >= kMaxPages && !m_pageOrder.isEmpty())
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, rows);
        m_pageOrder << page;
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder << page;
    }
    const int offset = row % m_pageSize;
    // Rows can vanish between the count and the page read (another connection deleted them).
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 SqlWindowModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->at(kIdIndex).toLongLong() : -1;
}

QVariant SqlWindowModel::value(int row, const QString &fieldKey) const
{
    const Row *r = rowAt(row);
    const int i = m_fieldKeys.indexOf(fieldKey);
    if (!r || i < 0)
        return QVariant();
    return r->at(kFixed + i);
}

int SqlWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int SqlWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString SqlWindowModel::display(const SqlColumn &column, const Row &row, int valueIndex) const
{
    const QVariant v = row.at(valueIndex);
    if (v.isNull())
        return QString();
    if (column.label)
        return column.label(v);
    const QLocale locale;
    switch (column.format) {
    case SqlColumn::Money: {
        const int currencyIndex = m_fieldKeys.indexOf(QStringLiteral("currency"));
        const QString currency = currencyIndex >= 0 ? row.at(kFixed + currencyIndex).toString() : defaultCurrency();
        return formatMoney(v.toLongLong(), currency, locale);
    }
    case SqlColumn::Date:
        return formatDate(v.toString(), locale);
    case SqlColumn::Relative:
        return formatRelative(v.toString(), locale);
    case SqlColumn::Number:
        return locale.toString(v.toLongLong());
    case SqlColumn::Quantity:
        return locale.toString(v.toDouble(), 'g', 10);
    case SqlColumn::Percent:
        return locale.toString(v.toDouble(), 'f', 1) + QLatin1Char('%');
    case SqlColumn::Text:
        break;
    }
    return v.toString();
}

QVariant SqlWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row *row = rowAt(index.row());
    if (!row)
        return QVariant();
    const SqlColumn &column = m_columns.at(index.column());
    const int valueIndex = kFixed + int(m_fieldKeys.size()) + index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(column, *row, valueIndex);
    case Qt::ToolTipRole:
        if (column.format == SqlColumn::Relative && !row->at(valueIndex).isNull())
            return QLocale().toString(QDateTime::fromString(row->at(valueIndex).toString(), Qt::ISODate).toLocalTime(),
                                      QLocale::LongFormat);
        if (index.column() == 0 && !row->at(kErrorIndex).isNull())
            return row->at(kErrorIndex);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column.format == SqlColumn::Money || column.format == SqlColumn::Number
            || column.format == SqlColumn::Percent || column.format == SqlColumn::Quantity)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case IdRole:
        return row->at(kIdIndex);
    case RawRole:
        return row->at(valueIndex);
    case SyncStateRole:
        return row->at(kStateIndex);
    case SyncErrorRole:
        return row->at(kErrorIndex);
    case LocalOnlyRole: {
        if (m_syncPrefix.isNull() || row->at(kStateIndex).toInt() == sqlValue(LocalState::Clean))
            return false;
        const int field = int(m_fieldKeys.indexOf(m_syncEntityField));
        const QString entity = field >= 0 ? row->at(kFixed + field).toString() : m_syncEntity;
        return !entity.isEmpty() && !m_routed.contains(entity);
    }
    default:
        if (role >= FieldRole && role < FieldRole + m_fieldKeys.size())
            return row->at(kFixed + role - FieldRole);
        return QVariant();
    }
}

QVariant SqlWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole) {
        const auto f = m_columns.at(section).format;
        if (f == SqlColumn::Money || f == SqlColumn::Number || f == SqlColumn::Percent || f == SqlColumn::Quantity)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return QVariant();
}

void SqlWindowModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const SqlColumn &c = m_columns.at(column);
    const QString expr = c.sortExpr.isEmpty() ? c.expr : c.sortExpr;
    m_order = expr + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    // Sorting keeps the rows, only their order changes: a layout change, not a reset.
    emit layoutAboutToBeChanged();
    m_pages.clear();
    m_pageOrder.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &i : persistent)
        changePersistentIndex(i, QModelIndex());
    emit layoutChanged();
}

} // namespace sb
