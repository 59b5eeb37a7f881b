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
    SearchCondition c;
    c.sql = where;
    c.bindings = bindings;
    setFilter(c);
}

void SqlWindowModel::setFilter(const SearchCondition &filter)
{
    m_filter = filter.sql;
    m_filterBindings = filter.bindings;
    m_filterRow = filter.rowSql;
    m_filterRowBindings = filter.rowBindings;
    m_driver = filter.driver;
    m_driverBindings = filter.driverBindings;
    m_driverRest = filter.driverRest;
    m_driverRestBindings = filter.driverRestBindings;
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

QString SqlWindowModel::whereClause(bool walk) const
{
    // A filter matching past the cap: its row test, so the rows are read in the order of an
    // index and the read stops after a page (its subquery would gather every match first).
    const QString &filter = walk ? m_filterRow : m_filter;
    QStringList conditions;
    if (!m_baseWhere.isEmpty())
        conditions << QLatin1Char('(') + m_baseWhere + QLatin1Char(')');
    if (!filter.isEmpty())
        conditions << QLatin1Char('(') + filter + QLatin1Char(')');
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList SqlWindowModel::allBindings(bool walk) const
{
    return m_baseBindings + (walk ? m_filterRowBindings : m_filterBindings);
}

int SqlWindowModel::countRows()
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause(false), allBindings(false));
    if (!r) {
        m_lastError = r.error();
        qCWarning(lcStore) << "list count failed:" << r.error();
        emit errorOccurred(r.error());
        return 0;
    }
    m_lastError.clear();
    return r.value().toInt();
}

// Counts up to the cap + 1. With a driver (one term's full-text look-up, in id order) the
// candidates come from it and stop at the cap; otherwise the plain query stops there.
int SqlWindowModel::countCapped()
{
    QString sql;
    QVariantList bindings;
    if (!m_driver.isEmpty()) {
        QStringList conditions{m_idExpr + QStringLiteral(" = sb_driver.id")};
        if (!m_baseWhere.isEmpty())
            conditions << QLatin1Char('(') + m_baseWhere + QLatin1Char(')');
        if (!m_driverRest.isEmpty())
            conditions << QLatin1Char('(') + m_driverRest + QLatin1Char(')');
        // CROSS JOIN keeps the driver as the outer loop.
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM (%1) sb_driver CROSS JOIN %2 WHERE %3 LIMIT %4)")
                  .arg(m_driver, m_from, conditions.join(QStringLiteral(" AND ")))
                  .arg(m_countCap + 1);
        bindings = m_driverBindings + m_baseBindings + m_driverRestBindings;
    } else {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)").arg(m_from, whereClause(false)).arg(m_countCap + 1);
        bindings = allBindings(false);
    }
    auto r = m_db.scalar(sql, bindings);
    if (!r) {
        m_lastError = r.error();
        qCWarning(lcStore) << "list count failed:" << r.error();
        emit errorOccurred(r.error());
        return 0;
    }
    m_lastError.clear();
    return r.value().toInt();
}

void SqlWindowModel::countAll()
{
    if (!m_capped)
        return;
    // Counted through the filter's full-text look-up (fastest for a count); the rows keep being
    // read the way they were (walked past the cap), so the view keeps its place.
    m_capped = false;
    const int all = countRows();
    if (all > m_count) {
        beginInsertRows(QModelIndex(), m_count, all - 1);
        m_count = all;
        endInsertRows();
    }
}

bool SqlWindowModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_capped;
}

void SqlWindowModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        countAll();
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
    QString where = whereClause(false);
    if (!m_totalCondition.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + m_totalCondition
            + QLatin1Char(')');
    auto r = m_db.exec(QStringLiteral("SELECT %1, sum(%2) FROM %3%4 GROUP BY 1")
                           .arg(m_totalCurrency, m_totalAmount, m_from, where),
                       allBindings(false));
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
    m_capped = false;
    m_walk = false;
    if (m_from.isEmpty()) {
        m_count = 0;
    } else if (m_countCap > 0) {
        const int n = countCapped();
        m_capped = n > m_countCap;
        m_walk = m_capped && !m_filterRow.isEmpty();
        m_count = qMin(n, m_countCap);
    } else {
        m_count = countRows();
    }
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
        QString sql = QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + m_from + whereClause(m_walk);
        sql += QStringLiteral(" ORDER BY ") + (order.isEmpty() ? m_idExpr : order + QStringLiteral(", ") + m_idExpr);
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(m_pageSize).arg(qint64(page) * m_pageSize);
        auto r = m_db.exec(sql, allBindings(m_walk));
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

int SqlWindowModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).at(kIdIndex).toLongLong() == id) {
                const int row = it.key() * m_pageSize + i;
                return row < m_count ? row : -1;
            }
    if (m_from.isEmpty() || m_count == 0)
        return -1;
    const QString order = m_order.isEmpty() ? m_defaultOrder : m_order;
    const auto where = [this](const QString &condition) {
        const QString w = whereClause(m_walk);
        return w + (w.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    };
    const QVariantList bindings = allBindings(m_walk);
    const auto fail = [this](const QString &error) {
        m_lastError = error;
        qCWarning(lcStore) << "list row of a record failed:" << error;
        return -1;
    };
    // One sort key (a kanban column's amount): the rows that sort before the record, counted
    // through the key's index.
    if (!order.isEmpty() && !order.contains(QLatin1Char(','))) {
        QString key = order.trimmed();
        const bool desc = key.endsWith(QLatin1String(" DESC"), Qt::CaseInsensitive);
        if (desc || key.endsWith(QLatin1String(" ASC"), Qt::CaseInsensitive))
            key = key.section(QLatin1Char(' '), 0, -2).trimmed();
        auto value = m_db.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(key, m_from, where(m_idExpr + QStringLiteral(" = ?"))),
                               bindings + QVariantList{id});
        if (!value)
            return fail(value.error());
        if (!value.value().next())
            return -1; // not in the list
        const QVariant k = value.value().value(0);
        if (!k.isNull()) {
            // NULL sorts first: before every value ascending, after every value descending.
            const QString before = desc ? QStringLiteral("(%1 > ? OR (%1 = ? AND %2 < ?))")
                                        : QStringLiteral("(%1 IS NULL OR %1 < ? OR (%1 = ? AND %2 < ?))");
            auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1%2").arg(m_from, where(before.arg(key, m_idExpr))),
                                 bindings + QVariantList{k, k, id});
            if (!r)
                return fail(r.error());
            const int row = r.value().toInt();
            return row < m_count ? row : -1; // past the cap of a list not counted to the end
        }
    }
    // Otherwise the page query's ORDER BY, numbered.
    const QString orderBy = order.isEmpty() ? m_idExpr : order + QStringLiteral(", ") + m_idExpr;
    const QString sql = QStringLiteral("SELECT sb_row FROM (SELECT %1 AS sb_id, row_number() OVER (ORDER BY %2) - 1 AS sb_row "
                                       "FROM %3%4) WHERE sb_id = ?")
                            .arg(m_idExpr, orderBy, m_from, whereClause(m_walk));
    auto r = m_db.scalar(sql, bindings + QVariantList{id});
    if (!r)
        return fail(r.error());
    if (r.value().isNull())
        return -1;
    const int row = r.value().toInt();
    return row < m_count ? row : -1; // past the cap of a list not counted to the end
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
