#include "OrderHandoff.h"

#include "Database.h"
#include "QuoteStore.h"
#include "SyncStates.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

namespace sb {

namespace {

QString oneLine(const QSqlQuery &q, int from)
{
    return vocab::addressLine(q.value(from).toString(), q.value(from + 1).toString(), q.value(from + 2).toString(),
                              q.value(from + 3).toString(), q.value(from + 4).toString());
}

QVariantMap ref(const char *entity, qint64 id)
{
    return {{QStringLiteral("ref"), QString::fromLatin1(entity)}, {QStringLiteral("id"), id}};
}

} // namespace

Result<HandoffChoices> OrderHandoffStore::choices(qint64 quoteId)
{
    auto head = m_db.exec(QStringLiteral("SELECT q.number, q.customer_id, c.name, q.currency, q.total_cents FROM quotes q "
                                         "JOIN customers c ON c.id = q.customer_id WHERE q.id = ? AND %1")
                              .arg(sql::live(QStringLiteral("q."))),
                          {quoteId});
    if (!head)
        return Result<HandoffChoices>::fail(head.error());
    if (!head.value().next())
        return Result<HandoffChoices>::fail(QCoreApplication::translate("sb::OrderHandoffStore", "This quote is no longer in the workspace."));
    HandoffChoices c;
    c.quoteNumber = head.value().value(0).toString();
    c.customerId = head.value().value(1).toLongLong();
    c.customerName = head.value().value(2).toString();
    c.currency = head.value().value(3).toString();
    c.totalCents = head.value().value(4).toLongLong();
    auto summary = QuoteStore(m_db).linesSummary(quoteId, c.currency);
    if (!summary)
        return Result<HandoffChoices>::fail(summary.error());
    c.linesSummary = summary.value();

    auto addresses = m_db.exec(QStringLiteral("SELECT id, kind, is_default, remote_id IS NOT NULL, street, city, province, "
                                              "postal_code, country FROM addresses WHERE customer_id = ? AND %1 "
                                              "ORDER BY is_default DESC, id")
                                   .arg(sql::live()),
                               {c.customerId});
    if (!addresses)
        return Result<HandoffChoices>::fail(addresses.error());
    for (QSqlQuery &q = addresses.value(); q.next();)
        c.addresses << HandoffAddress{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool(),
                                      oneLine(q, 4)};
    auto pick = [&c](const QString &kind) -> qint64 {
        for (const HandoffAddress &a : std::as_const(c.addresses))
            if (a.kind == kind)
                return a.id; // defaults come first
        return c.addresses.isEmpty() ? 0 : c.addresses.first().id;
    };
    c.proposed.shipToAddressId = pick(QStringLiteral("shipping"));
    c.proposed.invoiceAddressId = pick(QStringLiteral("billing"));

    // The terms this customer's orders used, the latest first, then the others of the workspace.
    auto terms = m_db.exec(QStringLiteral("SELECT payment_terms FROM orders WHERE payment_terms IS NOT NULL "
                                          "AND trim(payment_terms) <> '' AND %1 GROUP BY payment_terms "
                                          "ORDER BY max(CASE WHEN customer_id = ? THEN coalesce(order_date, '0') END) DESC, "
                                          "count(*) DESC, payment_terms LIMIT 30")
                               .arg(sql::live()),
                           {c.customerId});
    if (!terms)
        return Result<HandoffChoices>::fail(terms.error());
    for (QSqlQuery &q = terms.value(); q.next();)
        c.paymentTerms << q.value(0).toString();
    auto last = m_db.scalar(QStringLiteral("SELECT payment_terms FROM orders WHERE customer_id = ? AND payment_terms IS NOT NULL "
                                           "AND %1 ORDER BY coalesce(order_date, '0') DESC, id DESC LIMIT 1")
                                .arg(sql::live()),
                            {c.customerId});
    if (!last)
        return Result<HandoffChoices>::fail(last.error());
    c.proposed.paymentTerms = last.value().toString();
    c.proposed.requestedDate = QDate::currentDate().addDays(14);
    return Result<HandoffChoices>::ok(c);
}

QList<QPair<QString, QString>> OrderHandoffStore::refusals(qint64 customerId, const OrderHandoff &h, const QDate &today)
{
    QList<QPair<QString, QString>> out;
    auto belongs = [this, customerId](qint64 addressId) -> Result<bool> {
        auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM addresses WHERE id = ? AND customer_id = ? AND %1").arg(sql::live()),
                             {addressId, customerId});
        if (!n)
            return Result<bool>::fail(n.error());
        return Result<bool>::ok(n.value().toInt() > 0);
    };
    auto checkAddress = [&](const QString &field, qint64 id, const QString &missing) {
        if (id <= 0) {
            out << qMakePair(field, missing);
            return;
        }
        auto ok = belongs(id);
        if (!ok)
            out << qMakePair(field, ok.error());
        else if (!ok.value())
            out << qMakePair(field, QCoreApplication::translate("sb::OrderHandoffStore", "This address is not one of the customer's (it may have been deleted): choose another."));
    };
    checkAddress(QStringLiteral("ship_to"), h.shipToAddressId,
                 QCoreApplication::translate("sb::OrderHandoffStore", "Choose where the goods go. If the customer has no address yet, add one in the customer file."));
    checkAddress(QStringLiteral("invoice_to"), h.invoiceAddressId,
                 QCoreApplication::translate("sb::OrderHandoffStore", "Choose where the invoice goes. If the customer has no address yet, add one in the customer file."));
    if (!h.requestedDate.isValid())
        out << qMakePair(QStringLiteral("requested_date"), QCoreApplication::translate("sb::OrderHandoffStore", "Enter the delivery date the customer asked for."));
    else if (h.requestedDate < today)
        out << qMakePair(QStringLiteral("requested_date"),
                         QCoreApplication::translate("sb::OrderHandoffStore", "The requested delivery date is in the past: the earliest is today."));
    else if (h.requestedDate > today.addYears(2))
        out << qMakePair(QStringLiteral("requested_date"),
                         QCoreApplication::translate("sb::OrderHandoffStore", "The requested delivery date is more than two years away: check the year."));
    if (h.customerPo.trimmed().size() > 60)
        out << qMakePair(QStringLiteral("customer_po"), QCoreApplication::translate("sb::OrderHandoffStore", "A PO number has at most 60 characters."));
    if (h.paymentTerms.trimmed().size() > 100)
        out << qMakePair(QStringLiteral("payment_terms"), QCoreApplication::translate("sb::OrderHandoffStore", "Payment terms have at most 100 characters."));
    return out;
}

Result<qint64> OrderHandoffStore::requestOrder(qint64 quoteId, const QString &actor, const OrderHandoff &h)
{
    auto customer = m_db.scalar(QStringLiteral("SELECT customer_id FROM quotes WHERE id = ? AND %1").arg(sql::live()), {quoteId});
    if (!customer)
        return Result<qint64>::fail(customer.error());
    if (customer.value().isNull())
        return Result<qint64>::fail(QCoreApplication::translate("sb::OrderHandoffStore", "This quote is no longer in the workspace."));
    const auto refused = refusals(customer.value().toLongLong(), h, QDate::currentDate());
    if (!refused.isEmpty())
        return Result<qint64>::fail(refused.first().second);
    QVariantMap args{{QStringLiteral("requested_date"), h.requestedDate.toString(Qt::ISODate)},
                     {QStringLiteral("ship_to_address"), ref("address", h.shipToAddressId)},
                     {QStringLiteral("invoice_address"), ref("address", h.invoiceAddressId)}};
    if (const QString po = h.customerPo.trimmed(); !po.isEmpty())
        args.insert(QStringLiteral("customer_po"), po);
    if (const QString terms = h.paymentTerms.trimmed(); !terms.isEmpty())
        args.insert(QStringLiteral("payment_terms"), terms);
    return QuoteStore(m_db).requestOrder(quoteId, actor, args);
}

} // namespace sb
