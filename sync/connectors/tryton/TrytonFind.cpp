// The Tryton connector's look-up of what a create made: by the outbox key where the record
// carries one, else by content (TrytonOp.h, findCreated).
#include "TrytonOp.h"

namespace sb {

using namespace tryton;

void tryton::findCreated(Op &op, const QString &entity, const QString &key, const QVariantMap &fields, std::function<void(int)> next)
{
    auto firstId = [next](const QJsonValue &ids) {
        const QJsonArray a = ids.toArray();
        next(a.isEmpty() ? 0 : a.first().toInt());
    };
    const QJsonObject all{{QStringLiteral("active_test"), false}};
    auto search = [&op, firstId, all](const QString &model, const QJsonArray &domain) {
        op.rpc(QStringLiteral("model.%1.search").arg(model),
               QJsonArray{domain, 0, 1, QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")})}}, false, firstId, all);
    };
    if (entity == QLatin1String("customer")) {
        search(QStringLiteral("party.party"), QJsonArray{QJsonValue(clause(QStringLiteral("identifiers.code"), QStringLiteral("="), keyRef(key)))});
    } else if (entity == QLatin1String("opportunity")) {
        search(QStringLiteral("sale.opportunity"), QJsonArray{QJsonValue(clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key)))});
    } else if (entity == QLatin1String("quote")) {
        search(QStringLiteral("sale.sale"), QJsonArray{QJsonValue(clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key)))});
    } else if (entity == QLatin1String("ticket")) {
        search(QStringLiteral("sale.complaint"), QJsonArray{QJsonValue(clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key)))});
    } else if (entity == QLatin1String("activity")) {
        // A note carries no free field for a key: the same text on the same customer is the same note.
        search(QStringLiteral("ir.note"),
               QJsonArray{clause(QStringLiteral("resource"), QStringLiteral("="), partyResource(fields.value(QStringLiteral("customer_id")))),
                          clause(QStringLiteral("message"), QStringLiteral("="), noteMessage(fields))});
    } else if (entity == QLatin1String("address")) {
        // Addresses carry no free field for a key: the same street and city of the same customer is the same address.
        search(QStringLiteral("party.address"),
               QJsonArray{clause(QStringLiteral("party"), QStringLiteral("="), idOrNull(fields.value(QStringLiteral("customer_id")))),
                          clause(QStringLiteral("street"), QStringLiteral("="), textOrNull(fields.value(QStringLiteral("street")))),
                          clause(QStringLiteral("city"), QStringLiteral("="), textOrNull(fields.value(QStringLiteral("city"))))});
    } else if (entity == QLatin1String("contact")) {
        // A person's channels are grouped by name: a group with this name is this contact.
        const int party = idOf(fields.value(QStringLiteral("customer_id")));
        const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
        readGroups(op, {party}, [next, name](const QList<Group> &groups) {
            for (const Group &g : groups)
                if (g.name == name) {
                    next(g.anchor());
                    return;
                }
            next(0);
        });
    } else if (entity == QLatin1String("quote_line")) {
        // Lines are numbered per sale (sequence = position): the line at this position is this line.
        QJsonArray domain{clause(QStringLiteral("sale"), QStringLiteral("="), idOrNull(fields.value(QStringLiteral("quote_id")))),
                          clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("line")),
                          clause(QStringLiteral("sequence"), QStringLiteral("="), fields.value(QStringLiteral("position")).toInt())};
        search(QStringLiteral("sale.line"), domain);
    } else {
        next(0);
    }
}

} // namespace sb
