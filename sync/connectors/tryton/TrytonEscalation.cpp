// A service ticket escalated to a complaint in the ERP (the command ticket.escalate): returns
// and credit notes are the ERP's, made from that complaint. The ticket usually lives in another
// system (Request Tracker): the command makes the complaint and answers with its number only,
// for the ticket's complaint_ref, never with an identity or a version for the ticket.
#include "TrytonOp.h"

namespace sb {

using namespace tryton; // the mapping (TrytonMapping.h) and Op (TrytonOp.h)

namespace {

// The answer: the complaint's number and no remote id, so the engine writes that field only
// (SyncEngine::onPushed) and the ticket keeps its home, id and version.
void answerWith(Op &op, int complaint)
{
    op.rpc(QStringLiteral("model.sale.complaint.read"), QJsonArray{QJsonArray{QJsonValue(complaint)}, QJsonArray{QJsonValue(QStringLiteral("number"))}}, false,
           [&op](const QJsonValue &rows) {
               const QString number = str(rows.toArray().at(0).toObject(), "number");
               RemoteResult r;
               r.found = true;
               r.record.fields.insert(QStringLiteral("complaint_ref"), number.isEmpty() ? QVariant() : QVariant(number));
               op.finish(r);
           });
}

// The complaint's description: the ticket's subject first (the line a pulled complaint reads as
// its subject), then the after-sales ticket it came from and why, then the ticket's text.
QString escalationText(const QVariantMap &ticket, const QString &reason)
{
    const QString subject = ticket.value(QStringLiteral("subject")).toString().trimmed();
    const QString number = ticket.value(QStringLiteral("number")).toString().trimmed();
    const QString text = ticket.value(QStringLiteral("description")).toString().trimmed();
    QString origin = number.isEmpty() ? Texts::tr("Escalated from an after-sales ticket.")
                                      : Texts::tr("Escalated from after-sales ticket %1.").arg(number);
    if (!reason.trimmed().isEmpty())
        origin += QLatin1Char('\n') + Texts::tr("Reason: %1").arg(reason.trimmed());
    QStringList parts{subject, origin};
    if (!text.isEmpty())
        parts << text;
    return parts.join(QStringLiteral("\n\n"));
}

void createComplaint(Op &op, const QVariantMap &ticket, const QString &reason, const QString &key)
{
    auto values = complaintValues(op, ticket, key);
    if (!values)
        return;
    values->insert(QStringLiteral("description"), escalationText(ticket, reason));
    op.rpcReply(QStringLiteral("model.sale.complaint.create"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(*values)})}, true, [&op](const Reply &reply) {
        if (reply.error == RemoteErrorClass::Permanent) {
            op.fail(RemoteErrorClass::Permanent, Texts::tr("The ERP refused the complaint: %1").arg(reply.message));
            return;
        }
        if (!reply.ok()) {
            op.failWith(reply);
            return;
        }
        const int id = reply.result.toArray().at(0).toInt();
        if (id <= 0) {
            op.fail(RemoteErrorClass::Uncertain, Texts::tr("The ERP's reply to the create could not be read."));
            return;
        }
        answerWith(op, id);
    });
}

} // namespace

RemoteCall *TrytonConnector::escalate(const QString &remoteId, const QVariantMap &args, const QString &idempotencyKey)
{
    // args: "reason" (the person's words) and "record", the ticket's fields in this system's
    // form: customer_id is the party's id when the customer is the ERP's.
    const QVariantMap ticket = args.value(QStringLiteral("record")).toMap();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    return new Op(m_session, m_lookups, [remoteId, ticket, reason, idempotencyKey](Op &op) {
        op.setUncertainAfterWrite(true);
        // Looked up first, always: an escalation that went through before its answer was lost
        // is answered with that complaint, never filed twice (the key is in its reference).
        findCreated(op, QStringLiteral("ticket"), idempotencyKey, {}, [&op, remoteId, ticket, reason, idempotencyKey](int existing) {
            if (existing) {
                answerWith(op, existing);
                return;
            }
            // A ticket that is an ERP complaint itself (Tryton as the ticket system), or was
            // escalated before under another key, gets no second complaint.
            const QString already = ticket.value(QStringLiteral("complaint_ref")).toString();
            if (!remoteId.isEmpty() || !already.isEmpty()) {
                op.fail(RemoteErrorClass::Permanent,
                        Texts::tr("This ticket is already a complaint in the ERP (%1).")
                            .arg(already.isEmpty() ? ticket.value(QStringLiteral("number")).toString() : already));
                return;
            }
            const QVariant customer = ticket.value(QStringLiteral("customer_id"));
            const int party = customer.typeId() == QMetaType::QVariantMap ? 0 : idOf(customer);
            if (party <= 0) {
                op.fail(RemoteErrorClass::Permanent,
                        Texts::tr("The ERP does not know this ticket's customer, and it files complaints per customer: "
                                  "the customer must be in the ERP first."));
                return;
            }
            op.rpc(QStringLiteral("model.party.party.search"),
                   QJsonArray{QJsonArray{QJsonValue(clause(QStringLiteral("id"), QStringLiteral("="), party))}, 0, 1, QJsonValue::Null}, false,
                   [&op, ticket, reason, idempotencyKey](const QJsonValue &found) {
                       if (found.toArray().isEmpty()) {
                           op.fail(RemoteErrorClass::Permanent,
                                   Texts::tr("This ticket's customer is no longer in the ERP (archived or deleted there), "
                                             "so no complaint can be filed for it."));
                           return;
                       }
                       createComplaint(op, ticket, reason, idempotencyKey);
                   });
        });
    }, Lookups::ComplaintTypes);
}

RemoteCall *TrytonConnector::lookupEscalation(const QString &idempotencyKey)
{
    // Tryton keeps no key for a command: the complaint's reference holds it (SB-<key>).
    return new Op(m_session, m_lookups, [idempotencyKey](Op &op) {
        findCreated(op, QStringLiteral("ticket"), idempotencyKey, {}, [&op](int existing) {
            if (!existing) {
                op.finish(RemoteResult()); // not made: the command goes again with its key
                return;
            }
            answerWith(op, existing);
        });
    }, 0);
}

} // namespace sb
