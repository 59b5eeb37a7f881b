#pragma once

#include "models/store/ServiceStore.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace sb {

class AppContext;
class ListPanel;

// Per warehouse: on hand, forecast and whether a quantity can be promised from it.
class WarehouseAvailabilityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Warehouse, OnHand, Forecast, VerdictColumn, ColumnCount };
    enum Verdict { AvailableNow, AvailableByForecast, NotEnough };
    enum Roles { VerdictRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<WarehouseAvailability> &rows, const QString &unit);
    const QList<WarehouseAvailability> &rows() const { return m_rows; }
    static Verdict verdictOf(const WarehouseAvailability &a);
    static QString verdictText(Verdict v);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WarehouseAvailability> m_rows;
    QString m_unit;
};

// Stock per product, and for the selected product the answer a rep reads out on the phone:
// "120 pcs available now in 上海仓".
class InventoryView : public QWidget {
    Q_OBJECT
public:
    explicit InventoryView(AppContext &ctx, QWidget *parent = nullptr);

    void refresh();
    void openRecord(qint64 productId);

    void setQuantity(int quantity);
    qint64 productId() const { return m_productId; }
    QString answer() const;
    ListPanel *list() const { return m_list; }
    WarehouseAvailabilityModel *availabilityModel() const { return m_model; }
    QSpinBox *quantityBox() const { return m_quantity; }

private:
    void showProduct(qint64 productId);
    void check();

    AppContext &m_ctx;
    InventoryStore m_store;
    qint64 m_productId = 0;
    QString m_unit;
    ListPanel *m_list;
    QSplitter *m_splitter;
    QLabel *m_title;
    QLabel *m_subtitle;
    QSpinBox *m_quantity;
    QLabel *m_answer;
    QTableView *m_table;
    WarehouseAvailabilityModel *m_model;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace sb
