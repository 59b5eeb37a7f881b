#pragma once

#include "models/store/SystemStatusStore.h"

#include <QAbstractTableModel>
#include <functional>

namespace sb {

class Database;

// The configured back ends, one row each: how the last cycle went with it, when it last synced
// and last synced without an error, and its last error. The sync centre shows it as a table;
// the status bar reads statuses() for its badges.
class SystemStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SystemColumn, StateColumn, LastSyncColumn, LastOkColumn, ErrorColumn, ColumnCount };
    enum Roles {
        SystemRole = Qt::UserRole + 1, // the system's code: "erp"
        HealthRole,                    // int(SystemStatus::Health): views colour the state by it
    };

    // systemLabel: how a person calls a system ("erp" -> "ERP"); the kinds are known above models.
    SystemStatusModel(Database &db, std::function<QString(const QString &)> systemLabel, QObject *parent = nullptr);

    // Reads the statuses again (after a cycle, or when the connectors change). Empty string or
    // an error for a person.
    QString refresh();
    const QList<SystemStatus> &statuses() const { return m_rows; }
    QString systemLabel(const QString &system) const;
    static QString healthLabel(SystemStatus::Health health);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    std::function<QString(const QString &)> m_label;
    QList<SystemStatus> m_rows;
};

} // namespace sb
