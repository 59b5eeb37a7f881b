#include "QuoteStore.h"

#include "Database.h"
#include "Outbox.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <cmath>

namespace sb {

namespace {
const QString kCustomerId = QStringLiteral("customer_id");
} // namespace

qint64 QuoteLine::grossCents() const
{
    return qint64(std::llround(quantity * double(unitPriceCents)));
}

qint64 QuoteLine::totalCents() const
{
    return qint64(std::llround(double(grossCents()) * (100.0 - discountPct) / 100.0));
}

double QuoteTotals::discountPct() const
{
    return subtotalCents > 0 ? 100.0 * double(discountCents) / double(subtotalCents) : 0.0;
}

double QuoteTotals::marginPct() const
{
    if (costCents < 0 || totalCents <= 0)
        return -1;
    return 100.0 * double(totalCents - costCents) / double(totalCents);
}

QuoteTotals QuoteStore::computeTotals(const QList<QuoteLine> &lines)
{
    QuoteTotals t;
    qint64 cost = 0;
    bool costKnown = true;
    for (const QuoteLine &l : lines) {
        t.subtotalCents += l.grossCents();
        t.totalCents += l.totalCents();
        if (l.unitCostCents < 0)
            costKnown = false;
        else
            cost += qint64(std::llround(l.quantity * double(l.unitCostCents)));
    }
    t.discountCents = t.subtotalCents - t.totalCents;
    t.costCents = costKnown && !lines.isEmpty() ? cost : -1;
    return t;
}

Result<std::optional<QuoteHeader>> QuoteStore::header(qint64 quoteId)
{
    auto r = m_db.exec(QStringLiteral("SELECT q.number, q.state, q.customer_id, q.currency, q.valid_until, "
                                      "q.owner, c.name, c.grade, q.local_state, q.sync_error, %2 "
                                      "FROM quotes q JOIN customers c ON c.id = q.customer_id "
                                      "WHERE q.id = ? AND %1")
                           .arg(sql::live(QStringLiteral("q.")), orderableSql()),
                       {quoteId});
    if (!r)
        return Result<std::optional<QuoteHeader>>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<std::optional<QuoteHeader>>::ok(std::nullopt);
    QuoteHeader h;
    h.number = q.value(0).toString();
    h.state = q.value(1).toString();
    h.customerId = q.value(2).toLongLong();
    h.currency = q.value(3).toString();
    h.validUntil = q.value(4).toString();
    h.owner = q.value(5).toString();
    h.customerName = q.value(6).toString();
    h.customerGrade = q.value(7).toString();
    h.localState = q.value(8).toInt();
    h.syncError = q.value(9);
    h.orderable = q.value(10).toBool();
    auto requested = orderRequested(quoteId);
    if (!requested)
        return Result<std::optional<QuoteHeader>>::fail(requested.error());
    h.orderRequested = requested.value();
    auto order = m_db.exec(QStringLiteral("SELECT id, coalesce(number, '') FROM orders WHERE quote_id = ? AND %1 "
                                          "ORDER BY id DESC LIMIT 1").arg(sql::live()),
                           {quoteId});
    if (!order)
        return Result<std::optional<QuoteHeader>>::fail(order.error());
    if (order.value().next()) {
        h.orderId = order.value().value(0).toLongLong();
        h.orderNumber = order.value().value(1).toString();
    }
    return Result<std::optional<QuoteHeader>>::ok(h);
}

Result<std::optional<QuoteApproval>> QuoteStore::latestApproval(qint64 quoteId)
{
    auto r = m_db.exec(QStringLiteral("SELECT state, approver, submitted_at, decided_at, decision_comment "
                                      "FROM approvals WHERE subject_entity = 'quote' AND subject_id = ? "
                                      "AND %1 ORDER BY id DESC LIMIT 1")
                           .arg(sql::live()),
                       {quoteId});
    if (!r)
        return Result<std::optional<QuoteApproval>>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<std::optional<QuoteApproval>>::ok(std::nullopt);
    return Result<std::optional<QuoteApproval>>::ok(QuoteApproval{q.value(0).toString(), q.value(1).toString(),
                                                                  q.value(2).toString(), q.value(3).toString(),
                                                                  q.value(4).toString()});
}

Result<qint64> QuoteStore::createDraft(qint64 customerId, qint64 opportunityId, const QString &owner)
{
    auto currency = m_db.scalar(QStringLiteral("SELECT currency FROM customers WHERE id = ?"), {customerId});
    if (!currency)
        return Result<qint64>::fail(currency.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    QVariantMap f{{kCustomerId, customerId},
                  {QStringLiteral("state"), QStringLiteral("draft")},
                  {QStringLiteral("currency"), currency.value().toString().isEmpty() ? defaultCurrency()
                                                                                     : currency.value().toString()},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("valid_until"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}};
    if (opportunityId > 0)
        f.insert(QStringLiteral("opportunity_id"), opportunityId);
    auto id = m_writer.create(entities::quote(), f);
    if (!id)
        return id;
    // A local number until the ERP gives its own; the create payload carries the number too.
    const QString number = QStringLiteral("Q%1-%2").arg(QDate::currentDate().toString(QStringLiteral("yyMMdd"))).arg(id.value());
    auto r = m_db.exec(QStringLiteral("UPDATE quotes SET number = ? WHERE id = ?"), {number, id.value()});
    if (!r)
        return Result<qint64>::fail(r.error());
    if (Status s = Outbox(m_db).amendCreate(entities::quote(), id.value(), QStringLiteral("number"), number); !s)
        return Result<qint64>::fail(s.error());
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

Status QuoteStore::setCurrency(qint64 quoteId, const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(code).hasMatch())
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "\"%1\" is not a currency code such as CNY or USD.")
                                .arg(currency));
    auto quote = readRecord(m_db, entities::quote(), quoteId);
    if (!quote)
        return Status::fail(quote.error());
    const QString state = quote.value().value(QStringLiteral("state")).toString();
    if (state != QLatin1String("draft") && state != QLatin1String("rejected"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "The currency of a quote that is %1 can no longer be changed.")
                                .arg(vocab::quoteStateLabel(state)));
    if (quote.value().value(QStringLiteral("currency")).toString() == code)
        return Status::ok();
    return m_writer.update(entities::quote(), quoteId, {{QStringLiteral("currency"), code}});
}

Result<QList<QuoteLine>> QuoteStore::lines(qint64 quoteId)
{
    // A cost in another currency than the quote's is unknown to the margin, never taken at face value.
    auto r = m_db.exec(QStringLiteral("SELECT l.id, l.product_id, l.description, l.quantity, l.unit_price_cents, "
                                      "l.discount_pct, CASE WHEN p.currency = q.currency THEN p.cost_cents END "
                                      "FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
                                      "LEFT JOIN products p ON p.id = l.product_id "
                                      "WHERE l.quote_id = ? AND l.local_state <> 3 ORDER BY l.position, l.id"),
                       {quoteId});
    if (!r)
        return Result<QList<QuoteLine>>::fail(r.error());
    QList<QuoteLine> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        QuoteLine l;
        l.id = q.value(0).toLongLong();
        l.productId = q.value(1).toLongLong();
        l.description = q.value(2).toString();
        l.quantity = q.value(3).toDouble();
        l.unitPriceCents = q.value(4).toLongLong();
        l.discountPct = q.value(5).toDouble();
        l.unitCostCents = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
        out << l;
    }
    return Result<QList<QuoteLine>>::ok(out);
}

Status QuoteStore::saveLines(qint64 quoteId, const QList<QuoteLine> &newLines)
{
    auto quote = readRecord(m_db, entities::quote(), quoteId);
    if (!quote)
        return Status::fail(quote.error());
    const QString state = quote.value().value(QStringLiteral("state")).toString();
    if (state != QLatin1String("draft") && state != QLatin1String("rejected"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "A quote that is %1 can no longer be edited.").arg(vocab::quoteStateLabel(state)));
    const QString currency = quote.value().value(QStringLiteral("currency")).toString();
    for (int i = 0; i < newLines.size(); ++i) {
        const QuoteLine &l = newLines.at(i);
        QString problem = validation::quantity(l.quantity);
        if (problem.isEmpty())
            problem = validation::discount(l.discountPct);
        if (problem.isEmpty())
            problem = validation::money(l.unitPriceCents, QCoreApplication::translate("sb::QuoteStore", "The unit price"),
                                        currency.isEmpty() ? defaultCurrency() : currency);
        if (problem.isEmpty()) // a sane price times a sane quantity can still be absurd
            problem = validation::money(l.totalCents(), QCoreApplication::translate("sb::QuoteStore", "The line total"),
                                        currency.isEmpty() ? defaultCurrency() : currency);
        if (!problem.isEmpty())
            return Status::fail(QCoreApplication::translate("sb::QuoteStore", "Line %1: %2").arg(i + 1).arg(problem));
    }
    auto old = lines(quoteId);
    if (!old)
        return Status::fail(old.error());

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    QSet<qint64> kept;
    for (int i = 0; i < newLines.size(); ++i) {
        const QuoteLine &l = newLines.at(i);
        QVariantMap f{{QStringLiteral("position"), i + 1},
                      {QStringLiteral("product_id"), l.productId > 0 ? QVariant(l.productId) : QVariant()},
                      {QStringLiteral("description"), l.description},
                      {QStringLiteral("quantity"), l.quantity},
                      {QStringLiteral("unit_price_cents"), l.unitPriceCents},
                      {QStringLiteral("discount_pct"), l.discountPct},
                      {QStringLiteral("line_total_cents"), l.totalCents()}};
        if (l.id > 0) {
            kept.insert(l.id);
            if (Status s = m_writer.update(entities::quoteLine(), l.id, f); !s)
                return s;
        } else {
            f.insert(QStringLiteral("quote_id"), quoteId);
            auto id = m_writer.create(entities::quoteLine(), f);
            if (!id)
                return Status::fail(id.error());
        }
    }
    for (const QuoteLine &l : old.value())
        if (!kept.contains(l.id))
            if (Status s = m_writer.remove(entities::quoteLine(), l.id); !s)
                return s;

    auto saved = lines(quoteId);
    if (!saved)
        return Status::fail(saved.error());
    const QuoteTotals t = computeTotals(saved.value());
    QVariantMap totals{{QStringLiteral("subtotal_cents"), t.subtotalCents},
                       {QStringLiteral("discount_cents"), t.discountCents},
                       {QStringLiteral("total_cents"), t.totalCents},
                       {QStringLiteral("cost_cents"), t.costCents >= 0 ? QVariant(t.costCents) : QVariant()}};
    if (state == QLatin1String("rejected"))
        totals.insert(QStringLiteral("state"), QStringLiteral("draft")); // edited after rejection: a new draft
    if (Status s = m_writer.update(entities::quote(), quoteId, totals); !s)
        return s;
    return tx.commit();
}

Status QuoteStore::update(qint64 quoteId, const QVariantMap &changes)
{
    return m_writer.update(entities::quote(), quoteId, changes);
}

Result<qint64> QuoteStore::submitForApproval(qint64 quoteId, const QString &requester, const QString &approver)
{
    auto quote = readRecord(m_db, entities::quote(), quoteId);
    if (!quote)
        return Result<qint64>::fail(quote.error());
    const QVariantMap &qv = quote.value();
    const QString state = qv.value(QStringLiteral("state")).toString();
    if (state != QLatin1String("draft") && state != QLatin1String("rejected"))
        return Result<qint64>::fail(QCoreApplication::translate("sb::QuoteStore", "Only a draft quote can be submitted; this one is %1.")
                                        .arg(vocab::quoteStateLabel(state)));
    auto ls = lines(quoteId);
    if (!ls)
        return Result<qint64>::fail(ls.error());
    if (ls.value().isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("sb::QuoteStore", "Add at least one line before submitting the quote."));
    const QuoteTotals t = computeTotals(ls.value());
    auto customerName = m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {qv.value(kCustomerId)});
    if (!customerName)
        return Result<qint64>::fail(customerName.error());

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    const QString now = Database::nowUtc();
    const QJsonArray steps{QJsonObject{{QStringLiteral("approver"), approver},
                                       {QStringLiteral("state"), QStringLiteral("pending")},
                                       {QStringLiteral("at"), now}}};
    QVariantMap approval{
        {QStringLiteral("kind"), QStringLiteral("quote")},
        {QStringLiteral("subject_entity"), QStringLiteral("quote")},
        {QStringLiteral("subject_id"), quoteId},
        {kCustomerId, qv.value(kCustomerId)},
        {QStringLiteral("title"), QCoreApplication::translate("sb::QuoteStore", "Quote %1 for %2").arg(qv.value(QStringLiteral("number")).toString(),
                                                              customerName.value().toString())},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("approver"), approver},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("amount_cents"), t.totalCents},
        {QStringLiteral("currency"), qv.value(QStringLiteral("currency"))},
        {QStringLiteral("discount_pct"), t.discountPct()},
        {QStringLiteral("submitted_at"), now},
        {QStringLiteral("steps"), QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact))}};
    if (t.marginPct() >= 0)
        approval.insert(QStringLiteral("margin_pct"), t.marginPct());
    approval.insert(QStringLiteral("reference"), qv.value(QStringLiteral("number")));
    approval.insert(QStringLiteral("customer_name"), customerName.value());
    auto summary = linesSummary(quoteId, qv.value(QStringLiteral("currency")).toString());
    if (!summary)
        return Result<qint64>::fail(summary.error());
    approval.insert(QStringLiteral("summary"), summary.value());
    // The quote becomes "pending approval" by the approvals triggers (schema v7), as it does on
    // every laptop the approval reaches: its state is the approval's, not a change of its own.
    auto id = m_writer.create(entities::approval(), approval);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

Status QuoteStore::remove(qint64 quoteId)
{
    auto state = m_db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ? AND %1").arg(sql::live()), {quoteId});
    if (!state)
        return Status::fail(state.error());
    if (state.value().isNull())
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "This quote is no longer in the workspace."));
    const QString s = state.value().toString();
    if (s == QLatin1String("pending_approval"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "This quote is with its approver: withdraw the approval request first."));
    if (s != QLatin1String("draft") && s != QLatin1String("rejected"))
        return Status::fail(QCoreApplication::translate("sb::QuoteStore", "Only a draft or rejected quote can be deleted; this one is %1.")
                                .arg(vocab::quoteStateLabel(s)));
    return m_writer.remove(entities::quote(), quoteId);
}

Result<bool> QuoteStore::orderRequested(qint64 quoteId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND record_id = ? AND %1 AND op = '%2' "
                                        "AND json_extract(payload, '$.command') = 'confirm'")
                             .arg(sql::openEntry(), sqlValue(OutboxOp::Command)),
                         {quoteId});
    if (!n)
        return Result<bool>::fail(n.error());
    return Result<bool>::ok(n.value().toInt() > 0);
}

QString QuoteStore::orderableSql()
{
    // Approved, or sent to / accepted by the customer after its approval: a quote only sent,
    // never approved, is not an order.
    return QStringLiteral("(q.state = 'approved' OR (q.state IN ('sent','accepted') AND "
                          "(SELECT a.state FROM approvals a WHERE a.subject_entity = 'quote' AND a.subject_id = q.id "
                          "AND a.local_state <> 3 ORDER BY coalesce(a.submitted_at, '') DESC, a.id DESC LIMIT 1) = 'approved'))");
}

Result<qint64> QuoteStore::requestOrder(qint64 quoteId, const QString &actor, const QVariantMap &terms)
{
    auto quote = readRecord(m_db, entities::quote(), quoteId);
    if (!quote)
        return Result<qint64>::fail(quote.error());
    const QString state = quote.value().value(QStringLiteral("state")).toString();
    auto orderable = m_db.scalar(QStringLiteral("SELECT %1 FROM quotes q WHERE q.id = ?").arg(orderableSql()), {quoteId});
    if (!orderable)
        return Result<qint64>::fail(orderable.error());
    if (!orderable.value().toBool())
        return Result<qint64>::fail(state == QLatin1String("sent") || state == QLatin1String("accepted")
                                        ? QCoreApplication::translate("sb::QuoteStore", "This quote was never approved, so it cannot become an order; submit it for approval first.")
                                        : QCoreApplication::translate("sb::QuoteStore", "Only an approved quote becomes an order; this one is %1.")
                                              .arg(vocab::quoteStateLabel(state)));
    auto requested = orderRequested(quoteId);
    if (!requested)
        return Result<qint64>::fail(requested.error());
    if (requested.value())
        return Result<qint64>::fail(QCoreApplication::translate("sb::QuoteStore", "The order for this quote is already on its way to the ERP."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    QVariantMap args = terms;
    args.insert(QStringLiteral("actor"), actor);
    args.insert(QStringLiteral("order_date"), QDate::currentDate().toString(Qt::ISODate));
    if (Status s = m_writer.command(entities::quote(), quoteId, QStringLiteral("confirm"), args); !s)
        return Result<qint64>::fail(s.error());
    auto id = m_db.scalar(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'quote' AND record_id = ?"), {quoteId});
    if (!id)
        return Result<qint64>::fail(id.error());
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return Result<qint64>::ok(id.value().toLongLong());
}

} // namespace sb
