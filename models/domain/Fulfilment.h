#pragma once

#include <QDate>
#include <QString>

namespace sb {

// What the cache holds about one order's way to the money: the order's own summary states
// and what its shipments and invoices add up to. OrderStore::progress reads it.
struct OrderProgress {
    QString state;         // orders.state: draft, confirmed, processing, done, cancelled
    QString shipmentState; // orders.shipment_state: none, waiting, partial, sent, exception
    QString invoiceState;  // orders.invoice_state: none, waiting, invoiced, paid, exception
    QString orderDate;
    QString promisedDate;
    qint64 totalCents = 0;
    QString currency;

    // Shipments of the order that are not cancelled.
    int shipments = 0;
    int delivered = 0;
    QString lastShippedOn;     // the latest effective date
    QString lastDeliveredAt;
    QString nextShipmentState; // the open shipment planned first; empty when none is open
    QString nextShipmentPlanned;

    // Invoices of the order that are posted or paid.
    QString lastInvoiceDate;
    QString lastPaidAt;
    QString lastInvoiceNumber; // of the latest invoice not cancelled
    qint64 toPayCents = 0;     // still to pay on posted invoices
    QString dueDate;           // the earliest due date of a posted invoice with money to pay
};

// Where an order stands on order -> shipment -> invoice -> payment, from its progress.
struct Fulfilment {
    enum State { Done, Current, NotReached, Problem };
    enum Step { Order, Shipment, Invoice, Payment };
    static constexpr int kSteps = 4;

    State states[kSteps] = {Done, NotReached, NotReached, NotReached};
    bool cancelled = false;       // the order was cancelled: no step after it counts
    bool allDelivered = false;    // shipped, and every shipment has been delivered
    bool awaitingPayment = false; // invoiced, not paid yet
    bool paymentOverdue = false;  // awaiting payment past the earliest due date
    bool lateToShip = false;      // the promised date has passed and the goods are not all sent
    OrderProgress progress;       // the facts the steps stand on

    State state(Step step) const { return states[step]; }
};

// The rule. A step not done is where the order stands when the step before it is done;
// shipping and invoicing run side by side, so an invoiced order waits for goods and money at
// once. Dates compare as ISO text, so a due date "2026-03-01" is overdue from 2 March.
Fulfilment fulfilmentOf(const OrderProgress &progress, const QDate &today);

} // namespace sb
