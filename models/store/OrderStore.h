#pragma once

#include "Result.h"
#include "models/domain/Fulfilment.h"

#include <QDate>

namespace sb {

class Database;

// What the contract handoff gave the order (and the ERP keeps): the customer's PO, where the
// goods and the invoice go, the payment terms.
struct OrderTerms {
    QString customerPo, requestedDate, paymentTerms, shipTo, invoiceTo; // addresses on one line
};

// Sales orders as the office follows them: how far each one has come.
class OrderStore {
public:
    explicit OrderStore(Database &db) : m_db(db) {}

    // The order's states with the sums over its shipments and invoices (three small queries
    // on the order's own rows: the shipments_order and invoices_order indexes).
    Result<OrderProgress> progress(qint64 orderId);
    // Which step the order is at: order -> shipment -> invoice -> payment (fulfilmentOf).
    Result<Fulfilment> fulfilment(qint64 orderId, const QDate &today = QDate::currentDate());
    Result<OrderTerms> terms(qint64 orderId);

    // The one rule for what counts as revenue: an order neither draft (not agreed yet) nor
    // cancelled. An SQL condition over the orders table, columns prefixed with prefix ("o.").
    static QString revenueSql(const QString &prefix = QString());

private:
    Database &m_db;
};

} // namespace sb
