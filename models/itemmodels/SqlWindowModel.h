#pragma once

#include "models/domain/Money.h"
#include "models/store/SearchStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace sb {

class Database;

// One visible column of a list: how to select it, sort it and show it.
struct SqlColumn {
    enum Format { Text, Money, Date, Relative, Number, Percent, Quantity };
    QString header;
    QString expr;                                   // SQL expression over the model's FROM
    Format format = Text;
    std::function<QString(const QVariant &)> label; // maps a stored key to words (enums)
    QString sortExpr;                               // defaults to expr
};

// A list over any SQL query that keeps only a window of rows in memory: it counts the rows,
// then loads pages of rows as the view asks for them. Scrolls 100k rows without copying them.
// With a count cap (setCountCap) it counts no further than the cap: past it, rowCount() is the
// cap and countIsCapped() says more rows match, until countAll() (a person asked, or scrolled
// to the end: fetchMore). A filter that matches past the cap is then walked row by row in the
// list's order (SearchCondition::rowSql) rather than looked up as a whole.
// The first select column is always the record id; sync state and error come along when the
// main table has them.
class SqlWindowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the main table's id
        RawRole,                   // the stored value behind the display text
        SyncStateRole,             // local_state: 0 synced, 1 new, 2 changed, 3 deleted
        SyncErrorRole,             // the last sync error, if any
        LocalOnlyRole,             // true: changed here, but no configured system takes the
                                   // record's entity, so it stays on this computer by design
        FieldRole                  // base for extra fields: FieldRole + index of addField()
    };

    explicit SqlWindowModel(Database &db, QObject *parent = nullptr);

    // from: "customers c LEFT JOIN ..."; idExpr: "c.id"; syncPrefix: "c." or empty when the main
    // table has no sync columns.
    void setSource(const QString &from, const QString &idExpr, const QString &syncPrefix,
                   const QString &where = QString(), const QVariantList &bindings = {});
    void setColumns(const QList<SqlColumn> &columns);
    // A field that is not shown but read through FieldRole + index (or value()).
    int addField(const QString &key, const QString &expr);
    // Filter in addition to the source's where (replaces the previous filter).
    void setFilter(const QString &where, const QVariantList &bindings = {});
    // The same with the forms a lazily counting list uses (SearchCondition::rowSql, driver).
    void setFilter(const SearchCondition &filter);
    // 0 (the default): every refresh counts all rows. Otherwise at most cap rows are counted.
    void setCountCap(int cap) { m_countCap = cap; }
    int countCap() const { return m_countCap; }
    // More rows match than rowCount() says (it is the cap).
    bool countIsCapped() const { return m_capped; }
    // Counts every row and adds the rows past the cap (no reset: the view keeps its place).
    void countAll();
    void setDefaultSort(const QString &orderBy) { m_defaultOrder = orderBy; }
    // The entity of each row (for LocalOnlyRole) when the rows mix entities: the value of this
    // field (addField). Otherwise it is the entity whose table the source starts with.
    void setSyncEntityField(const QString &fieldKey) { m_syncEntityField = fieldKey; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // A money total over the rows the list holds (its filter included), one sum per currency,
    // read again with every refresh. text holds "%1" for the sums; condition (SQL over the
    // source) narrows which rows count, e.g. only orders that are revenue.
    void setMoneyTotal(const QString &text, const QString &amountExpr, const QString &currencyExpr,
                       const QString &condition = QString());
    bool hasMoneyTotal() const { return !m_totalAmount.isEmpty(); }
    const MoneySums &moneyTotal() const { return m_total; }
    QString moneyTotalText(const QLocale &locale = QLocale()) const; // empty without a total

    // Re-reads the count and drops the cached pages (after a write or a sync).
    void refresh();

    qint64 idAt(int row) const;
    // The row of a record in the list's order, -1 when the list does not hold it: the loaded
    // pages first, else one query (not a walk through the pages, which read a 20,000-row kanban
    // column for seconds).
    int rowOfId(qint64 id) const;
    QVariant value(int row, const QString &fieldKey) const;
    QString lastError() const { return m_lastError; }
    const QList<SqlColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A view scrolled to the end of a capped list asks for the rest: the full count.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    using Row = QVariantList;
    const Row *rowAt(int row) const;
    QString selectList() const;
    QString whereClause(bool walk) const;   // walk: the filter's row test (see m_walk)
    QVariantList allBindings(bool walk) const;
    QString display(const SqlColumn &column, const Row &row, int valueIndex) const;
    int countRows();
    int countCapped();
    void sumTotal();

    Database &m_db;
    QString m_from, m_idExpr, m_syncPrefix, m_baseWhere, m_filter, m_defaultOrder, m_order;
    QString m_syncEntity, m_syncEntityField;
    QSet<QString> m_routed; // the routes table's keys, read with the count (it is tiny)
    QVariantList m_baseBindings, m_filterBindings;
    QString m_filterRow, m_driver, m_driverRest; // see SearchCondition
    QVariantList m_filterRowBindings, m_driverBindings, m_driverRestBindings;
    int m_countCap = 0;
    bool m_capped = false;
    bool m_walk = false; // the filter matched past the cap: pages walk the rows in list order
    QList<SqlColumn> m_columns;
    QStringList m_fieldKeys, m_fieldExprs;
    QString m_totalText, m_totalAmount, m_totalCurrency, m_totalCondition;
    MoneySums m_total;
    int m_count = 0;
    int m_pageSize = 200;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable QString m_lastError;
};

} // namespace sb
