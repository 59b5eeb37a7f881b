#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

// One of the customer's addresses, as the handoff offers it.
struct HandoffAddress {
    qint64 id = 0;
    QString kind; // office, billing, shipping
    bool isDefault = false;
    bool synced = false; // known to a server (remote_id): an order can point at it now
    QString oneLine;     // "88 Zhangjiang Rd, Shanghai 201203, CN"
};

// What the office gives the ERP when an approved quote becomes an order.
struct OrderHandoff {
    QString customerPo;     // the customer's purchase order number; may be empty
    QDate requestedDate;    // the delivery date the customer asked for
    qint64 shipToAddressId = 0;
    qint64 invoiceAddressId = 0;
    QString paymentTerms;   // by name, as the ERP lists them; empty: the customer's default there
};

// What the handoff dialog starts from: the customer's addresses (delivery ones first for the
// ship-to, invoice ones first for the invoice address), the terms orders of this workspace have
// used (the customer's last ones first) and proposed values.
struct HandoffChoices {
    QString quoteNumber, customerName, currency, linesSummary;
    qint64 customerId = 0, totalCents = 0;
    QList<HandoffAddress> addresses;
    QStringList paymentTerms;
    OrderHandoff proposed;
};

// The contract handoff: an approved quote becomes an ERP order in one command (quote.confirm)
// that carries what the order needs. Addresses travel as references to the cache's rows; the
// sync engine sends their ids in the ERP, and waits while an address has not reached it.
class OrderHandoffStore {
public:
    explicit OrderHandoffStore(Database &db) : m_db(db) {}

    Result<HandoffChoices> choices(qint64 quoteId);
    // Refusals a person can act on, one per field: the key is the field ("ship_to", "invoice_to",
    // "requested_date", "customer_po", "payment_terms"). Empty when the handoff can go.
    QList<QPair<QString, QString>> refusals(qint64 customerId, const OrderHandoff &h, const QDate &today);
    // Queues the command. Fails with a readable reason (not approved, already on its way,
    // a refused field).
    Result<qint64> requestOrder(qint64 quoteId, const QString &actor, const OrderHandoff &h);

private:
    Database &m_db;
};

} // namespace sb
