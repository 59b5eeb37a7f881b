#pragma once

#include "models/store/CalendarStore.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace sb {

// A short list of calendar items (a customer's "Coming up"): when (local time, in the
// person's locale), what, subject, where. IdRole gives the activity's id, OverdueRole whether
// it is past and still planned (the view shows it in red).
class CalendarItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Subject, Where, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };

    explicit CalendarItemsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setItems(const QList<CalendarItem> &items, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    const QList<CalendarItem> &items() const { return m_items; }
    qint64 idAt(int row) const { return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0; }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool overdue(const CalendarItem &it) const;

    QList<CalendarItem> m_items;
    QDateTime m_now;
};

} // namespace sb
