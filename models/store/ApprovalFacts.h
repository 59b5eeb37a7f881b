#pragma once

#include "Result.h"
#include "SearchStore.h"
#include "models/domain/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

struct ApprovalStep {
    QString approver;
    QString state;
    QString comment;
    QString at;
};

// Everything a manager weighs before deciding a request, read in one go.
struct ApprovalFacts {
    qint64 id = 0;
    QString title, kind, state, subjectEntity, requester, approver, currency;
    qint64 subjectId = 0;
    QString quoteNumber; // when the subject is a quote held here; else reference (the OA form's)
    QString reference;
    qint64 customerId = 0;
    QString customerName, grade; // the name from the request when the customer is not held here
    qint64 amountCents = 0;
    double discountPct = -1; // -1: not given
    double marginPct = -1;
    QString submittedAt, decidedAt, decisionComment;
    QString summary;         // the lines as the request carries them ("5 x Servo @ ¥2,380.00 -15%")
    QString node;            // the approval step it waits at (OA)
    bool myTask = false;     // the OA holds a task of the person at this laptop on it
    bool inOa = false;       // the request lives in an OA system (remote_system set)
    QList<ApprovalStep> steps;
    int orders12m = 0;
    MoneySums revenue12m; // orders that are revenue (OrderStore::revenueSql), per currency
    int openTickets = 0;
    int rejectedBefore = 0; // earlier rejected requests of the same customer
};

// One request as the tray's snapshot holds it: enough to tell what changed and to say it.
struct ApprovalNotice {
    qint64 id = 0;
    QString state, title, requester, approver, comment, currency;
    qint64 amountCents = 0;
    bool waitsForMe = false; // pending and in this person's to-do (see ApprovalInbox::waitingForMe)
};

// What the approval screens read besides the facts and the decisions (ApprovalStore): whether
// approvals go through an OA, which requests wait for the person at this laptop, a quote's
// latest request and the snapshot the tray compares. ApprovalFacts.cpp.
class ApprovalInbox {
public:
    explicit ApprovalInbox(Database &db) : m_db(db) {}

    // Approvals have a route to an OA system (Settings saved one).
    Result<bool> throughOa();
    // The manager's to-do over the approvals list ("a."): pending requests holding this
    // person's OA task, or every pending one when approvals are kept on this computer.
    static SearchCondition waitingForMe();
    // The user id this laptop decides and submits as in the OA; empty without one.
    Result<QString> myOaUser();
    // The newest request of a quote; 0 when it was never submitted.
    Result<qint64> latestForQuote(qint64 quoteId);
    // Every pending request and every one asked by `requesters` (the session's user and its OA
    // user id). A request whose decision waits to be sent is not waiting for me any more.
    Result<QList<ApprovalNotice>> notices(const QStringList &requesters);

private:
    Database &m_db;
};

} // namespace sb
