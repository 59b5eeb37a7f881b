#include "ShipmentStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"

#include <QSqlQuery>

namespace sb {

Result<ShipmentDetail> ShipmentStore::detail(qint64 shipmentId)
{
    auto record = readRecord(m_db, entities::shipment(), shipmentId);
    if (!record)
        return Result<ShipmentDetail>::fail(record.error());
    ShipmentDetail d;
    d.shipment = record.take();
    const QVariant orderId = d.shipment.value(QStringLiteral("order_id"));
    const QVariant warehouseId = d.shipment.value(QStringLiteral("warehouse_id"));
    // One row of lookups by primary key; the counts tell "no such row" from an empty name.
    auto r = m_db.exec(QStringLiteral("SELECT (SELECT name FROM customers WHERE id = ?), "
                                      "(SELECT count(*) FROM orders WHERE id = ? AND %1), "
                                      "(SELECT number FROM orders WHERE id = ? AND %1), "
                                      "(SELECT count(*) FROM warehouses WHERE id = ?), "
                                      "(SELECT name FROM warehouses WHERE id = ?)")
                           .arg(sql::live()),
                       {d.shipment.value(QStringLiteral("customer_id")), orderId, orderId, warehouseId, warehouseId});
    if (!r)
        return Result<ShipmentDetail>::fail(r.error());
    QSqlQuery &q = r.value();
    if (q.next()) {
        d.customerName = q.value(0).toString();
        d.hasOrder = q.value(1).toInt() > 0;
        d.orderNumber = q.value(2).toString();
        d.hasWarehouse = q.value(3).toInt() > 0;
        d.warehouseName = q.value(4).toString();
    }
    return Result<ShipmentDetail>::ok(d);
}

} // namespace sb
