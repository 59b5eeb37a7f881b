#include "ApprovalFacts.h"

#include "Database.h"
#include "QuoteStore.h"
#include "SyncStates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

Result<ApprovalFacts> ApprovalStore::facts(qint64 approvalId)
{
    // The customer's last twelve months come from the orders it placed (cancelled ones left out).
    const QString liveO = sql::live(QStringLiteral("o."));
    auto r = m_db.exec(QStringLiteral(
                           "SELECT a.title, a.kind, a.state, a.subject_entity, a.subject_id, a.customer_id, a.requester, "
                           "a.approver, a.amount_cents, a.currency, a.discount_pct, a.margin_pct, a.submitted_at, "
                           "a.decided_at, a.decision_comment, a.steps, c.name, c.grade, "
                           "(SELECT count(*) FROM orders o WHERE o.customer_id = a.customer_id AND o.state <> 'cancelled' "
                           "  AND %1 AND o.order_date >= date('now','-12 months')), "
                           "(SELECT coalesce(sum(o.total_cents),0) FROM orders o WHERE o.customer_id = a.customer_id "
                           "  AND o.state <> 'cancelled' AND %1 AND o.order_date >= date('now','-12 months')), "
                           "(SELECT count(*) FROM tickets t WHERE t.customer_id = a.customer_id "
                           "  AND t.status IN ('new','open','stalled') AND %2), "
                           "(SELECT count(*) FROM approvals p WHERE p.customer_id = a.customer_id AND p.id <> a.id "
                           "  AND p.state = 'rejected' AND %3), "
                           "qt.number "
                           "FROM approvals a LEFT JOIN customers c ON c.id = a.customer_id "
                           "LEFT JOIN quotes qt ON a.subject_entity = 'quote' AND qt.id = a.subject_id "
                           "WHERE a.id = ? AND %4")
                           .arg(liveO, sql::live(QStringLiteral("t.")), sql::live(QStringLiteral("p.")),
                                sql::live(QStringLiteral("a."))),
                       {approvalId});
    if (!r)
        return Result<ApprovalFacts>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<ApprovalFacts>::fail(
            QCoreApplication::translate("sb::ApprovalFacts", "This approval request is no longer in the workspace."));
    ApprovalFacts f;
    f.id = approvalId;
    f.title = q.value(0).toString();
    f.kind = q.value(1).toString();
    f.state = q.value(2).toString();
    f.subjectEntity = q.value(3).toString();
    f.subjectId = q.value(4).toLongLong();
    f.customerId = q.value(5).toLongLong();
    f.requester = q.value(6).toString();
    f.approver = q.value(7).toString();
    f.amountCents = q.value(8).toLongLong();
    f.currency = q.value(9).toString();
    f.discountPct = q.value(10).isNull() ? -1 : q.value(10).toDouble();
    f.marginPct = q.value(11).isNull() ? -1 : q.value(11).toDouble();
    f.submittedAt = q.value(12).toString();
    f.decidedAt = q.value(13).toString();
    f.decisionComment = q.value(14).toString();
    const QJsonArray steps = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array();
    for (const QJsonValue &v : steps) {
        const QJsonObject o = v.toObject();
        f.steps.append({o.value(QStringLiteral("approver")).toString(), o.value(QStringLiteral("state")).toString(),
                        o.value(QStringLiteral("comment")).toString(), o.value(QStringLiteral("at")).toString()});
    }
    f.customerName = q.value(16).toString();
    f.grade = q.value(17).toString();
    f.orders12m = q.value(18).toInt();
    f.revenue12mCents = q.value(19).toLongLong();
    f.openTickets = q.value(20).toInt();
    f.rejectedBefore = q.value(21).toInt();
    f.quoteNumber = q.value(22).toString();
    return Result<ApprovalFacts>::ok(f);
}

} // namespace sb
