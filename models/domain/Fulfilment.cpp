#include "Fulfilment.h"

namespace sb {

Fulfilment fulfilmentOf(const OrderProgress &p, const QDate &today)
{
    const QString todayText = today.toString(Qt::ISODate);
    Fulfilment f;
    f.progress = p;
    f.lateToShip = !p.promisedDate.isEmpty() && p.promisedDate < todayText
        && p.shipmentState != QLatin1String("sent") && p.state != QLatin1String("cancelled");

    if (p.state == QLatin1String("cancelled")) {
        f.cancelled = true;
        f.states[Fulfilment::Order] = Fulfilment::Problem;
        return f;
    }
    if (p.state == QLatin1String("draft"))
        f.states[Fulfilment::Order] = Fulfilment::Current;

    if (p.shipmentState == QLatin1String("sent")) {
        f.states[Fulfilment::Shipment] = Fulfilment::Done;
        f.allDelivered = p.shipments > 0 && p.delivered == p.shipments;
    } else if (p.shipmentState == QLatin1String("exception")) {
        f.states[Fulfilment::Shipment] = Fulfilment::Problem;
    }

    if (p.invoiceState == QLatin1String("invoiced") || p.invoiceState == QLatin1String("paid"))
        f.states[Fulfilment::Invoice] = Fulfilment::Done;
    else if (p.invoiceState == QLatin1String("exception"))
        f.states[Fulfilment::Invoice] = Fulfilment::Problem;

    if (p.invoiceState == QLatin1String("paid")) {
        f.states[Fulfilment::Payment] = Fulfilment::Done;
    } else if (p.invoiceState == QLatin1String("invoiced")) {
        f.awaitingPayment = true;
        f.paymentOverdue = !p.dueDate.isEmpty() && p.dueDate < todayText;
        if (f.paymentOverdue)
            f.states[Fulfilment::Payment] = Fulfilment::Problem;
    }

    for (int i = 1; i < Fulfilment::kSteps; ++i) {
        Fulfilment::State &s = f.states[i];
        if (s == Fulfilment::Done || s == Fulfilment::Problem)
            continue;
        s = f.states[i - 1] == Fulfilment::Done ? Fulfilment::Current : Fulfilment::NotReached;
    }
    return f;
}

} // namespace sb
