// The contract handoff's terms on the ERP's sale (see writeHandoffTerms in TrytonOp.h).
#include "TrytonOp.h"

namespace sb::tryton {

namespace {

const QString kSale = QStringLiteral("sale.sale");

// The values of the sale that the arguments set; the payment terms by name, resolved later.
QJsonObject termValues(const QVariantMap &args)
{
    QJsonObject v;
    if (args.contains(QStringLiteral("customer_po")))
        v.insert(QStringLiteral("reference"), args.value(QStringLiteral("customer_po")).toString());
    if (const QDate d = QDate::fromString(args.value(QStringLiteral("requested_date")).toString(), Qt::ISODate); d.isValid())
        v.insert(QStringLiteral("shipping_date"), dateValue(d));
    if (const int a = idOf(args.value(QStringLiteral("ship_to_address"))); a > 0)
        v.insert(QStringLiteral("shipment_address"), a);
    if (const int a = idOf(args.value(QStringLiteral("invoice_address"))); a > 0)
        v.insert(QStringLiteral("invoice_address"), a);
    return v;
}

void writeValues(Op &op, int sale, const QJsonObject &values, std::function<void()> next)
{
    op.rpc(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{QJsonValue(sale)}, QJsonArray{QJsonValue(QStringLiteral("state"))}}, false,
           [&op, sale, values, next](const QJsonValue &rows) {
               const QString state = str(rows.toArray().at(0).toObject(), "state");
               auto write = [&op, sale, values, next] {
                   op.rpc(QStringLiteral("model.sale.sale.write"), QJsonArray{QJsonArray{QJsonValue(sale)}, values}, true,
                          [next](const QJsonValue &) { next(); });
               };
               if (state == QLatin1String("draft")) {
                   write();
               } else if (state == QLatin1String("quotation")) {
                   // Tryton keeps a quotation's addresses and terms read-only: back to draft,
                   // written, and the confirmation that follows quotes it again.
                   op.rpc(QStringLiteral("model.sale.sale.draft"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(sale)})}, true,
                          [write](const QJsonValue &) { write(); });
               } else {
                   next(); // confirmed already (a retry) or cancelled: the confirmation says what it is
               }
           });
}

} // namespace

void writeHandoffTerms(Op &op, int sale, const QVariantMap &args, std::function<void()> next)
{
    QJsonObject values = termValues(args);
    const QString terms = args.value(QStringLiteral("payment_terms")).toString().trimmed();
    if (terms.isEmpty()) {
        if (values.isEmpty())
            next();
        else
            writeValues(op, sale, values, next);
        return;
    }
    op.rpc(QStringLiteral("model.account.invoice.payment_term.search_read"),
           searchReadParams(QJsonArray(), 0, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("name"))}), false,
           [&op, sale, values, terms, next](const QJsonValue &rows) mutable {
               QStringList names;
               for (const QJsonValue &v : rows.toArray()) {
                   const QJsonObject o = v.toObject();
                   names << str(o, "name");
                   if (str(o, "name").compare(terms, Qt::CaseInsensitive) == 0)
                       values.insert(QStringLiteral("payment_term"), o.value(QLatin1String("id")));
               }
               if (!values.contains(QStringLiteral("payment_term"))) {
                   op.fail(RemoteErrorClass::Permanent,
                           names.isEmpty() ? Texts::tr("The ERP has no payment terms called \"%1\", and no payment terms at all.").arg(terms)
                                           : Texts::tr("The ERP has no payment terms called \"%1\"; it has: %2.")
                                                 .arg(terms, names.join(QStringLiteral(", "))));
                   return;
               }
               writeValues(op, sale, values, next);
           });
}

} // namespace sb::tryton
