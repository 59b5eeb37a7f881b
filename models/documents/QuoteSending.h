#pragma once

#include "models/store/ChangeWriter.h"
#include "models/store/Result.h"

#include <QString>

namespace sb {

class Database;

// What happens when a quote goes to its customer.
//
// Rule: a quote reaches the customer only once it is approved. Every quote here passes its
// approver before it is binding (the editor's only way forward is "Submit for approval"), so a
// draft, a quote with its approver or a rejected one is refused with what to do instead. An
// approved quote becomes "sent"; one already sent or accepted may be sent again (a lost mail,
// another contact) and keeps its state; an ordered quote is refused (the order confirmation is
// the document now). Printing and exporting are free in every state: a quote that is not
// binding says so on the page.
//
// Sending is logged as an "email" activity on the customer's timeline and the state change
// goes through the outbox like any edit, both in one transaction, so both sync.
class QuoteSending {
public:
    explicit QuoteSending(Database &db) : m_db(db), m_writer(db) {}

    // Empty when a quote in this state may be sent; otherwise why not, for a person.
    static QString refusal(const QString &state);

    struct Record {
        qint64 quoteId = 0;
        qint64 contactId = 0; // 0: the customer, no one in particular
        QString recipient;    // the address the message was handed over for
        QString subject, body;
        QString attachment;   // the PDF's file name
        QString actor;
    };
    // Logs the message on the timeline and makes an approved quote "sent". Returns the activity.
    Result<qint64> recordSent(const Record &r);

private:
    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
