#pragma once

#include "Result.h"

#include <QVariantMap>

namespace sb {

class Database;

// One shipment with the names of what it belongs to, as the logistics view shows it.
struct ShipmentDetail {
    QVariantMap shipment;  // the row, with its sync columns
    QString customerName;
    bool hasOrder = false; // the order is in the workspace (not deleted here)
    QString orderNumber;   // empty until the ERP numbers the order
    bool hasWarehouse = false;
    QString warehouseName;
};

// Shipments: where the goods of an order are.
class ShipmentStore {
public:
    explicit ShipmentStore(Database &db) : m_db(db) {}

    // Fails when the shipment is not (or no longer) in the workspace.
    Result<ShipmentDetail> detail(qint64 shipmentId);

private:
    Database &m_db;
};

} // namespace sb
