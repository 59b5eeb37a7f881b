#include "ApprovalFacts.h"

#include "Database.h"
#include "OrderStore.h"
#include "QuoteStore.h"
#include "SyncStates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

Result<ApprovalFacts> ApprovalStore::facts(qint64 approvalId)
{
    // The customer's last twelve months come from the orders it placed (drafts and cancelled
    // ones left out); the revenue per currency is read below.
    const QString liveO = sql::live(QStringLiteral("o.")) + QStringLiteral(" AND ") + OrderStore::revenueSql(QStringLiteral("o."));
    auto r = m_db.exec(QStringLiteral(
                           "SELECT a.title, a.kind, a.state, a.subject_entity, a.subject_id, a.customer_id, a.requester, "
                           "a.approver, a.amount_cents, a.currency, a.discount_pct, a.margin_pct, a.submitted_at, "
                           "a.decided_at, a.decision_comment, a.steps, coalesce(c.name, a.customer_name), c.grade, "
                           "(SELECT count(*) FROM orders o WHERE o.customer_id = a.customer_id "
                           "  AND %1 AND o.order_date >= date('now','-12 months')), "
                           "NULL, " // was the revenue: per currency below, keeping the columns where they were
                           "(SELECT count(*) FROM tickets t WHERE t.customer_id = a.customer_id "
                           "  AND t.status IN ('new','open','stalled') AND %2), "
                           "(SELECT count(*) FROM approvals p WHERE p.customer_id = a.customer_id AND p.id <> a.id "
                           "  AND p.state = 'rejected' AND %3), "
                           "qt.number, a.reference, a.summary, a.node, a.my_task IS NOT NULL, a.remote_system IS NOT NULL "
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
    f.openTickets = q.value(20).toInt();
    f.rejectedBefore = q.value(21).toInt();
    f.reference = q.value(23).toString();
    f.quoteNumber = q.value(22).isNull() ? f.reference : q.value(22).toString();
    f.summary = q.value(24).toString();
    f.node = q.value(25).toString();
    f.myTask = q.value(26).toBool();
    f.inOa = q.value(27).toBool();
    if (f.customerId > 0) {
        auto revenue = m_db.exec(QStringLiteral("SELECT o.currency, sum(o.total_cents) FROM orders o WHERE o.customer_id = ? "
                                                "AND %1 AND o.order_date >= date('now','-12 months') GROUP BY o.currency")
                                     .arg(liveO),
                                 {f.customerId});
        if (!revenue)
            return Result<ApprovalFacts>::fail(revenue.error());
        for (QSqlQuery &rq = revenue.value(); rq.next();)
            f.revenue12m.add(rq.value(0).toString(), rq.value(1).toLongLong());
    }
    return Result<ApprovalFacts>::ok(f);
}

namespace {
// Pending, and in the to-do of the person at this laptop: the OA's task where approvals go
// through one, else every pending request (the rule of ApprovalStore::pendingCount).
QString waitsForMeSql()
{
    return QStringLiteral("(a.state = 'pending' AND (a.my_task IS NOT NULL "
                          "OR NOT EXISTS (SELECT 1 FROM routes WHERE key = 'approval')))");
}
} // namespace

Result<bool> ApprovalInbox::throughOa()
{
    auto r = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM routes WHERE key = 'approval')"));
    if (!r)
        return Result<bool>::fail(r.error());
    return Result<bool>::ok(r.value().toBool());
}

SearchCondition ApprovalInbox::waitingForMe()
{
    return {waitsForMeSql(), {}};
}

Result<QString> ApprovalInbox::myOaUser()
{
    // The user id setting of the enabled connector of the system approvals are routed to.
    auto r = m_db.scalar(QStringLiteral("SELECT coalesce(json_extract(c.options, '$.user_id'), '') FROM routes r "
                                        "JOIN connectors c ON c.system = r.system AND c.enabled "
                                        "WHERE r.key = 'approval' LIMIT 1"));
    if (!r)
        return Result<QString>::fail(r.error());
    return Result<QString>::ok(r.value().toString());
}

Result<qint64> ApprovalInbox::latestForQuote(qint64 quoteId)
{
    // The newest by submission, as the approvals triggers pick the one the quote follows.
    auto r = m_db.scalar(QStringLiteral("SELECT id FROM approvals WHERE subject_entity = 'quote' AND subject_id = ? AND %1 "
                                        "ORDER BY coalesce(submitted_at, '') DESC, id DESC LIMIT 1")
                             .arg(sql::live()),
                         {quoteId});
    if (!r)
        return Result<qint64>::fail(r.error());
    return Result<qint64>::ok(r.value().toLongLong());
}

Result<QList<ApprovalNotice>> ApprovalInbox::notices(const QStringList &requesters)
{
    QStringList marks;
    QVariantList bindings;
    for (const QString &who : requesters) {
        if (who.isEmpty())
            continue;
        marks << QStringLiteral("?");
        bindings << who;
    }
    const QString mine = marks.isEmpty() ? QStringLiteral("0") : QStringLiteral("a.requester IN (%1)").arg(marks.join(QLatin1Char(',')));
    auto r = m_db.exec(QStringLiteral("SELECT a.id, a.state, a.title, a.requester, a.approver, a.decision_comment, a.currency, "
                                      "a.amount_cents, %1 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'approval' "
                                      "AND o.record_id = a.id AND o.op = '%2' AND %3) "
                                      "FROM approvals a WHERE %4 AND (a.state = 'pending' OR %5)")
                           .arg(waitsForMeSql(), sqlValue(OutboxOp::Command), sql::openEntry(QStringLiteral("o.")),
                                sql::live(QStringLiteral("a.")), mine),
                       bindings);
    if (!r)
        return Result<QList<ApprovalNotice>>::fail(r.error());
    QList<ApprovalNotice> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        ApprovalNotice n;
        n.id = q.value(0).toLongLong();
        n.state = q.value(1).toString();
        n.title = q.value(2).toString();
        n.requester = q.value(3).toString();
        n.approver = q.value(4).toString();
        n.comment = q.value(5).toString();
        n.currency = q.value(6).toString();
        n.amountCents = q.value(7).toLongLong();
        n.waitsForMe = q.value(8).toBool();
        out << n;
    }
    return Result<QList<ApprovalNotice>>::ok(out);
}

} // namespace sb
