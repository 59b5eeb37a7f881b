#include "ForeignKeys.h"

#include <QHash>

namespace sb {

const QList<ForeignKey> &foreignKeys(const QString &entity)
{
    static const QHash<QString, QList<ForeignKey>> keys = [] {
        auto fk = [](const char *field, const char *parent) {
            return ForeignKey{QString::fromLatin1(field), QString::fromLatin1(parent)};
        };
        QHash<QString, QList<ForeignKey>> k;
        k.insert(QStringLiteral("contact"), {fk("customer_id", "customer")});
        k.insert(QStringLiteral("address"), {fk("customer_id", "customer")});
        k.insert(QStringLiteral("stock_level"), {fk("product_id", "product"), fk("warehouse_id", "warehouse")});
        k.insert(QStringLiteral("opportunity"), {fk("customer_id", "customer")});
        k.insert(QStringLiteral("quote"), {fk("customer_id", "customer"), fk("opportunity_id", "opportunity")});
        k.insert(QStringLiteral("quote_line"), {fk("quote_id", "quote"), fk("product_id", "product")});
        k.insert(QStringLiteral("order"), {fk("customer_id", "customer"), fk("quote_id", "quote"),
                                            ForeignKey{QStringLiteral("ship_to_address_id"), QStringLiteral("address"), true},
                                            ForeignKey{QStringLiteral("invoice_address_id"), QStringLiteral("address"), true}});
        k.insert(QStringLiteral("order_line"), {fk("order_id", "order"), fk("product_id", "product")});
        k.insert(QStringLiteral("invoice"), {fk("order_id", "order"), fk("customer_id", "customer")});
        k.insert(QStringLiteral("shipment"),
                 {fk("order_id", "order"), fk("customer_id", "customer"), fk("warehouse_id", "warehouse")});
        // Approvals that travel are quote approvals (subject_entity 'quote'): subject_id is the quote.
        k.insert(QStringLiteral("approval"), {fk("customer_id", "customer"), fk("subject_id", "quote")});
        k.insert(QStringLiteral("ticket"), {fk("customer_id", "customer"), fk("product_id", "product"),
                                             ForeignKey{QStringLiteral("contact_id"), QStringLiteral("contact"), true}});
        k.insert(QStringLiteral("ticket_event"), {fk("ticket_id", "ticket")});
        // An activity's contact and opportunity are optional (ON DELETE SET NULL): a meeting
        // that names a contact or an opportunity this cache does not hold still shows.
        k.insert(QStringLiteral("activity"),
                 {fk("customer_id", "customer"), ForeignKey{QStringLiteral("opportunity_id"), QStringLiteral("opportunity"), true},
                  ForeignKey{QStringLiteral("contact_id"), QStringLiteral("contact"), true}});
        return k;
    }();
    static const QList<ForeignKey> none;
    auto it = keys.constFind(entity);
    return it == keys.constEnd() ? none : it.value();
}

} // namespace sb
