#pragma once

#include "ApprovalFacts.h"
#include "ChangeWriter.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace sb {

class Database;

struct QuoteLine {
    qint64 id = 0;          // 0 for a line not saved yet
    qint64 productId = 0;
    QString description;
    double quantity = 1;
    qint64 unitPriceCents = 0;
    double discountPct = 0;
    qint64 unitCostCents = -1; // -1: cost unknown
    qint64 grossCents() const;
    qint64 totalCents() const;
};

struct QuoteTotals {
    qint64 subtotalCents = 0; // before line discounts
    qint64 discountCents = 0;
    qint64 totalCents = 0;
    qint64 costCents = -1;    // -1 when any line's cost is unknown
    double discountPct() const;
    double marginPct() const; // -1 when cost is unknown or the total is zero
};

// What the quote editor's header shows.
struct QuoteHeader {
    QString number, state, currency, validUntil, owner;
    qint64 customerId = 0;
    QString customerName, customerGrade;
    int localState = 0;
    QVariant syncError;
    bool orderRequested = false; // "Create order" was given and waits to reach the ERP
    bool orderable = false;      // approved (or sent/accepted after its approval): "Create order" is offered
    qint64 orderId = 0;          // the ERP's order made from it, once it came back
    QString orderNumber;
};

// The latest approval request of a quote, as its banner tells it.
struct QuoteApproval {
    QString state; // pending, approved, rejected
    QString approver, submittedAt, decidedAt, comment;
};

// Quotes and their lines, the approval request they lead to, and the handoff to an order.
class QuoteStore {
public:
    explicit QuoteStore(Database &db) : m_db(db), m_writer(db) {}

    static QuoteTotals computeTotals(const QList<QuoteLine> &lines);

    // nullopt when the quote is not (or no longer) in the workspace.
    Result<std::optional<QuoteHeader>> header(qint64 quoteId);
    // nullopt when the quote was never submitted.
    Result<std::optional<QuoteApproval>> latestApproval(qint64 quoteId);
    // A draft in the customer's currency (customers.currency).
    Result<qint64> createDraft(qint64 customerId, qint64 opportunityId, const QString &owner);
    // The quote's currency, changed while it is a draft (or rejected, which edits make a draft
    // again); the prices stay as typed, only the currency they are in changes.
    Status setCurrency(qint64 quoteId, const QString &currency);

    Result<QList<QuoteLine>> lines(qint64 quoteId);
    // Replaces the quote's lines (only while it is a draft or was rejected) and its totals.
    Status saveLines(qint64 quoteId, const QList<QuoteLine> &lines);
    Status update(qint64 quoteId, const QVariantMap &changes);
    // Deletes a draft or rejected quote (through the outbox, undone from Pending changes while
    // unsent); a quote that is with an approver, approved, sent or ordered is refused, saying why.
    Status remove(qint64 quoteId);
    // Sends the quote to the approver: the quote becomes "pending approval" and an approval
    // request with the numbers that decide it is queued for the OA system.
    Result<qint64> submitForApproval(qint64 quoteId, const QString &requester, const QString &approver);
    // Office handoff: an approved or accepted quote is confirmed into a sales order by the ERP.
    // Queued as the command quote.confirm (its own idempotency key, sent once to the system that
    // takes it); the order, its lines, shipment and invoice come back from the ERP with the sync.
    // terms: what the order needs besides the quote (OrderHandoffStore builds them: the
    // customer's PO, the requested date, addresses as references, payment terms).
    // Returns the outbox entry.
    Result<qint64> requestOrder(qint64 quoteId, const QString &actor, const QVariantMap &terms = {});
    Result<bool> orderRequested(qint64 quoteId); // a confirm waits to be sent
    // The condition, over quotes "q", for a quote that may become an order.
    static QString orderableSql();
    // What the approval form shows of the lines: one line each ("2 x Servo A100 @ 1,200.00 -5%"),
    // at most a dozen, then how many more.
    Result<QString> linesSummary(qint64 quoteId, const QString &currency);

private:
    Database &m_db;
    ChangeWriter m_writer;
};

// A manager's decisions on approval requests, and the requester's withdrawal.
// Where an OA system holds approvals (the approval has a home there, or a route for approvals
// is set up), a decision is a command sent at the next sync (approval.approve, approval.reject,
// approval.withdraw): the request keeps the OA's state until the OA says otherwise, and a
// decision made elsewhere in the meantime comes back as a refusal that names who decided what.
// Without one, approvals are kept on this computer and a decision is recorded at once.
class ApprovalStore {
public:
    explicit ApprovalStore(Database &db) : m_db(db), m_writer(db) {}
    // Approves or rejects; locally the decision, the comment and a step are recorded; through
    // an OA the decision is queued. The quote follows the approval (schema v7 triggers).
    Status decide(qint64 approvalId, bool approve, const QString &comment, const QString &approver);
    // The requester takes a pending request back; one that never reached the OA is dropped.
    Status withdraw(qint64 approvalId, const QString &actor);
    // The decision queued on a request and not yet confirmed by the OA: "approve", "reject",
    // "withdraw", or empty. failed: the OA refused it (with the reason in error).
    struct Queued {
        QString command;
        bool failed = false;
        QString error;
    };
    Result<Queued> queuedDecision(qint64 approvalId);
    // Requests waiting for the person at this laptop: with an OA, those holding their task;
    // without one, every pending request. Requests with a decision on its way are not counted.
    Result<int> pendingCount();
    // Everything a manager weighs before deciding: the request, the customer's last twelve
    // months and earlier refusals, in one query (ApprovalFacts.cpp).
    Result<ApprovalFacts> facts(qint64 approvalId);

private:
    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
