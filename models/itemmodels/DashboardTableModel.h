#pragma once

#include "models/store/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>
#include <QVector>

class QIODevice;

namespace sb {

// A small table of dashboard figures: fixed columns, a few dozen rows at most, filled from one
// DashboardFigures at a time. The charts read RawRole (numbers, keys); DisplayRole is for
// people; the CSV export writes what a spreadsheet can compute with (plain numbers in the C
// locale, month keys, the currency beside every amount).
class DashboardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        RawRole = Qt::UserRole + 1, // cents for money, 0..1 for a rate, days, "2026-03" for a month, stage and rep keys
        ExportRole,                 // the CSV cell
    };
    enum class Kind { Text, Stage, Rep, Month, Currency, Count, Money, Percent, Days };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Kind kind(int column) const { return m_columns.value(column).kind; }
    QVariant raw(int row, int column) const;
    // The currencies present, in the order of first appearance (-1 column: none).
    QStringList currencies() const;

    // UTF-8 with a byte order mark (Excel then reads Chinese right), a header row of the
    // column titles, one line per row. The device must be open for writing.
    Status writeCsv(QIODevice &out) const;

    // How a month key reads: "Mar 2026" in the UI language; empty key: "Past due".
    static QString monthLabel(const QString &key);
    static QString repLabel(const QString &key); // empty: "No owner"

protected:
    struct Column {
        const char *title; // QT_TRANSLATE_NOOP("sb::DashboardModels", ...)
        Kind kind;
    };
    void setColumns(const QList<Column> &columns);
    // Replaces every row (a model reset). Each row holds one raw value per column.
    void setRows(const QList<QVector<QVariant>> &rows);
    // The cell's text for a person and for the CSV; a model whose column mixes kinds overrides.
    virtual QString displayText(int row, int column) const;
    virtual QString exportText(int row, int column) const;
    static QString format(const QVariant &raw, Kind kind, const QString &currency, bool forExport);
    QString currencyOf(int row) const;

private:
    int currencyColumn() const;
    QList<Column> m_columns;
    QList<QVector<QVariant>> m_rows;
};

} // namespace sb
