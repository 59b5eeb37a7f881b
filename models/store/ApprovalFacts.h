#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace sb {

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
    QString quoteNumber; // when the subject is a quote
    qint64 customerId = 0;
    QString customerName, grade;
    qint64 amountCents = 0;
    double discountPct = -1; // -1: not given
    double marginPct = -1;
    QString submittedAt, decidedAt, decisionComment;
    QList<ApprovalStep> steps;
    int orders12m = 0;
    qint64 revenue12mCents = 0;
    int openTickets = 0;
    int rejectedBefore = 0; // earlier rejected requests of the same customer
};

} // namespace sb
