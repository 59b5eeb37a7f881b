#include "Migrations.h"

namespace sb {

// Version 7: approvals travel through an OA system (Feishu Approval). The table is rebuilt
// because its state list gains "revoked" (an approval taken back after it was given), and it
// gains what the OA form and the inbox need:
//   reference, customer_name, summary: the quote's number, customer and lines as the form
//     carries them, so a workspace that does not hold the quote still reads the request;
//   node: the approval step it waits at; my_task: the OA task of the person at this laptop,
//     when the request waits for them (the manager's inbox is these rows, not every approval).
// subject_id of a quote approval is a reference to the quote the sync layer resolves.
// A quote follows its latest approval (triggers): submitted, approved, rejected, or back to a
// draft when the request is withdrawn, revoked or deleted, whichever laptop the decision came from.
// Quotes already sent, accepted or ordered are past approval and are not touched.
namespace {

// The quote follows the approval that was just written, unless a newer request of the quote
// exists; quotes past approval (sent, accepted, ordered) stay as they are.
QByteArray followTrigger(const char *name, const char *event)
{
    return QByteArrayLiteral("CREATE TRIGGER ") + name + " AFTER " + event + " ON approvals\n" + QByteArrayLiteral(R"(WHEN new.subject_entity = 'quote' AND new.subject_id IS NOT NULL AND new.local_state <> 3 BEGIN
    UPDATE quotes SET state = CASE new.state WHEN 'pending' THEN 'pending_approval' WHEN 'approved' THEN 'approved'
                                             WHEN 'rejected' THEN 'rejected' ELSE 'draft' END
    WHERE id = new.subject_id AND state IN ('draft','pending_approval','approved','rejected')
      AND NOT EXISTS (SELECT 1 FROM approvals o WHERE o.subject_entity = 'quote' AND o.subject_id = new.subject_id
                      AND o.id <> new.id AND o.local_state <> 3 AND coalesce(o.submitted_at, '') > coalesce(new.submitted_at, ''));
END;)");
}

} // namespace

QByteArray approvalsThroughOaMigration()
{
    QByteArray script = withSyncColumns(R"(
CREATE TABLE approvals_v7 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL DEFAULT 'quote' CHECK (kind IN ('quote','contract','discount','other')),
    subject_entity TEXT,
    subject_id INTEGER,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    requester TEXT,
    approver TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected','withdrawn','revoked')),
    amount_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'CNY',
    discount_pct REAL,
    margin_pct REAL,
    submitted_at TEXT,
    decided_at TEXT,
    decision_comment TEXT,
    steps TEXT,
    reference TEXT,
    customer_name TEXT,
    summary TEXT,
    node TEXT,
    my_task TEXT,
    @SYNC@);
INSERT INTO approvals_v7 (id, kind, subject_entity, subject_id, customer_id, title, requester, approver, state,
        amount_cents, currency, discount_pct, margin_pct, submitted_at, decided_at, decision_comment, steps,
        reference, customer_name, remote_system, remote_id, remote_version, local_state, base_snapshot,
        sync_error, created_at, updated_at)
    SELECT a.id, a.kind, a.subject_entity, a.subject_id, a.customer_id, a.title, a.requester, a.approver, a.state,
        a.amount_cents, a.currency, a.discount_pct, a.margin_pct, a.submitted_at, a.decided_at, a.decision_comment,
        a.steps, q.number, c.name, a.remote_system, a.remote_id, a.remote_version, a.local_state, a.base_snapshot,
        a.sync_error, a.created_at, a.updated_at
    FROM approvals a
    LEFT JOIN quotes q ON a.subject_entity = 'quote' AND q.id = a.subject_id
    LEFT JOIN customers c ON c.id = a.customer_id;
DROP TABLE approvals;
ALTER TABLE approvals_v7 RENAME TO approvals;
CREATE INDEX approvals_state ON approvals(state, submitted_at);
CREATE INDEX approvals_subject ON approvals(subject_entity, subject_id);
CREATE INDEX approvals_mine ON approvals(submitted_at) WHERE my_task IS NOT NULL;
CREATE INDEX approvals_pending ON approvals(local_state) WHERE local_state <> 0;

@FOLLOW_AI@
@FOLLOW_AU@
CREATE TRIGGER approvals_quote_ad AFTER DELETE ON approvals
WHEN old.subject_entity = 'quote' AND old.subject_id IS NOT NULL BEGIN
    UPDATE quotes SET state = 'draft'
    WHERE id = old.subject_id AND state IN ('pending_approval','approved')
      AND NOT EXISTS (SELECT 1 FROM approvals o WHERE o.subject_entity = 'quote' AND o.subject_id = old.subject_id
                      AND o.local_state <> 3);
END;
)");
    script.replace("@FOLLOW_AI@", followTrigger("approvals_quote_ai", "INSERT"));
    script.replace("@FOLLOW_AU@", followTrigger("approvals_quote_au", "UPDATE OF state, subject_id, local_state"));
    return script;
}

} // namespace sb
