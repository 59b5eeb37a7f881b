#include "QuoteStore.h"

#include "Database.h"
#include "Outbox.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace sb {

namespace {

const QString kState = QStringLiteral("state");

// Approvals go through an OA system when this one lives there or approvals have a route.
Result<bool> throughOa(Database &db, const QVariantMap &approval)
{
    if (!approval.value(QStringLiteral("remote_system")).toString().isEmpty())
        return Result<bool>::ok(true);
    return ApprovalInbox(db).throughOa();
}

} // namespace

Result<QString> QuoteStore::linesSummary(qint64 quoteId, const QString &currency)
{
    auto r = m_db.exec(QStringLiteral("SELECT coalesce(p.name, l.description, ''), l.quantity, l.unit_price_cents, l.discount_pct "
                                      "FROM quote_lines l LEFT JOIN products p ON p.id = l.product_id "
                                      "WHERE l.quote_id = ? AND %1 ORDER BY l.position, l.id")
                           .arg(sql::live(QStringLiteral("l."))),
                       {quoteId});
    if (!r)
        return Result<QString>::fail(r.error());
    QStringList lines;
    int more = 0;
    const QLocale c = QLocale::c();
    QSqlQuery &q = r.value();
    while (q.next()) {
        if (lines.size() == 12) {
            ++more;
            continue;
        }
        QString line = QStringLiteral("%1 x %2 @ %3")
                           .arg(c.toString(q.value(1).toDouble(), 'g', 10), q.value(0).toString(),
                                formatMoney(q.value(2).toLongLong(), currency, c));
        if (q.value(3).toDouble() > 0)
            line += QStringLiteral(" -%1%").arg(c.toString(q.value(3).toDouble(), 'g', 4));
        lines << line;
    }
    if (more > 0)
        lines << QCoreApplication::translate("sb::QuoteStore", "... and %n more line(s)", nullptr, more);
    return Result<QString>::ok(lines.join(QLatin1Char('\n')));
}

Status ApprovalStore::decide(qint64 approvalId, bool approve, const QString &comment, const QString &approver)
{
    auto approval = readRecord(m_db, entities::approval(), approvalId);
    if (!approval)
        return Status::fail(approval.error());
    const QVariantMap &av = approval.value();
    if (av.value(kState).toString() != QLatin1String("pending"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "This request was already decided (%1).").arg(vocab::approvalStateLabel(av.value(kState).toString())));
    if (!approve && comment.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "Say why you reject the request: the requester reads it."));
    auto oa = throughOa(m_db, av);
    if (!oa)
        return Status::fail(oa.error());
    auto queued = queuedDecision(approvalId);
    if (!queued)
        return Status::fail(queued.error());

    if (oa.value()) {
        if (av.value(QStringLiteral("remote_system")).toString().isEmpty())
            return Status::fail(QCoreApplication::translate("sb::QuoteStore", "This request has not reached the OA system yet; it can be decided there once it has."));
        if (!queued.value().command.isEmpty() && !queued.value().failed)
            return Status::fail(QCoreApplication::translate("sb::QuoteStore", "Your decision on this request is already waiting to be sent."));
        Transaction tx(m_db);
        if (!tx.isActive())
            return Status::fail(tx.error());
        if (queued.value().failed) {
            // A refused decision is replaced by the new one: the refusal has been read.
            if (Status s = Outbox(m_db).discardCommands(entities::approval(), approvalId); !s)
                return s;
        }
        if (Status s = m_writer.command(entities::approval(), approvalId,
                                        approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                        {{QStringLiteral("comment"), comment}, {QStringLiteral("actor"), approver}});
            !s)
            return s;
        return tx.commit();
    }

    const QString now = Database::nowUtc();
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    QJsonArray steps = QJsonDocument::fromJson(av.value(QStringLiteral("steps")).toString().toUtf8()).array();
    steps.append(QJsonObject{{QStringLiteral("approver"), approver},
                             {kState, decision},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("at"), now}});
    // The quote follows by the approvals triggers (schema v7).
    return m_writer.update(entities::approval(), approvalId,
                           {{kState, decision},
                            {QStringLiteral("decided_at"), now},
                            {QStringLiteral("decision_comment"), comment},
                            {QStringLiteral("approver"), approver},
                            {QStringLiteral("steps"), QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact))}});
}

Status ApprovalStore::withdraw(qint64 approvalId, const QString &actor)
{
    auto approval = readRecord(m_db, entities::approval(), approvalId);
    if (!approval)
        return Status::fail(approval.error());
    const QVariantMap &av = approval.value();
    if (av.value(kState).toString() != QLatin1String("pending"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "Only a pending request can be withdrawn; this one is %1.")
                                .arg(vocab::approvalStateLabel(av.value(kState).toString())));
    auto oa = throughOa(m_db, av);
    if (!oa)
        return Status::fail(oa.error());
    if (oa.value() && av.value(QStringLiteral("remote_system")).toString().isEmpty()) {
        // Never reached the OA: dropping it here, with its queued create, is the whole
        // withdrawal (the quote goes back to a draft by the approvals triggers).
        Transaction tx(m_db);
        if (!tx.isActive())
            return Status::fail(tx.error());
        if (Status s = Outbox(m_db).closeRecord(entities::approval(), approvalId); !s)
            return s;
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM approvals WHERE id = ?"), {approvalId}); !r)
            return Status::fail(r.error());
        return tx.commit();
    }
    if (oa.value()) {
        auto queued = queuedDecision(approvalId);
        if (!queued)
            return Status::fail(queued.error());
        if (queued.value().command == QLatin1String("withdraw") && !queued.value().failed)
            return Status::fail(QCoreApplication::translate("sb::QuoteStore", "The withdrawal of this request is already waiting to be sent."));
        return m_writer.command(entities::approval(), approvalId, QStringLiteral("withdraw"), {{QStringLiteral("actor"), actor}});
    }
    const QString now = Database::nowUtc();
    QJsonArray steps = QJsonDocument::fromJson(av.value(QStringLiteral("steps")).toString().toUtf8()).array();
    steps.append(QJsonObject{{QStringLiteral("approver"), actor}, {kState, QStringLiteral("withdrawn")}, {QStringLiteral("at"), now}});
    return m_writer.update(entities::approval(), approvalId,
                           {{kState, QStringLiteral("withdrawn")},
                            {QStringLiteral("decided_at"), now},
                            {QStringLiteral("steps"), QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact))}});
}

Result<ApprovalStore::Queued> ApprovalStore::queuedDecision(qint64 approvalId)
{
    auto r = m_db.exec(QStringLiteral("SELECT json_extract(payload, '$.command'), state, last_error FROM outbox "
                                      "WHERE entity = 'approval' AND record_id = ? AND op = '%1' AND %2 ORDER BY id DESC LIMIT 1")
                           .arg(sqlValue(OutboxOp::Command), sql::openEntry()),
                       {approvalId});
    if (!r)
        return Result<Queued>::fail(r.error());
    Queued out;
    if (r.value().next()) {
        out.command = r.value().value(0).toString();
        out.failed = r.value().value(1).toString() == sqlValue(OutboxState::Failed);
        out.error = r.value().value(2).toString();
    }
    return Result<Queued>::ok(out);
}

Result<int> ApprovalStore::pendingCount()
{
    // The inbox's rule (ApprovalInbox::waitingForMe), less the requests decided here whose
    // decision waits to be sent.
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM approvals a WHERE %1 AND %4 "
                                        "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'approval' AND o.record_id = a.id "
                                        "AND o.op = '%2' AND %3)")
                             .arg(sql::live(QStringLiteral("a.")), sqlValue(OutboxOp::Command), sql::openEntry(QStringLiteral("o.")),
                                  ApprovalInbox::waitingForMe().sql));
    if (!r)
        return Result<int>::fail(r.error());
    return Result<int>::ok(r.value().toInt());
}

} // namespace sb
