#pragma once
// Inside the Request Tracker connector: a ticket's history (ticket_event). RtHistory.cpp.
#include "RtClient.h"

namespace sb::rt {

// Each takes a new Op without a body (given one here, or deleted when the answer needs no
// server) and returns the call to run.
struct History {
    // A page of the queue's ticket transactions after the cursor's transaction id.
    static RemoteCall *pull(Op *op, const PullCursor &cursor, int pageSize, const Settings &s);
    // A reply or comment (with its new files) posted to the ticket with the outbox key in the
    // "Message Key" transaction custom field; a "create" or "status" entry, which the ticket's
    // own create or status change made on the server, is matched to that transaction instead.
    static RemoteCall *create(Op *op, const QVariantMap &fields, const QString &key, const Settings &s);
    // The transaction an earlier try of a reply or comment made, found by its key.
    static RemoteCall *lookupByKey(Op *op, const QString &key, const QVariantMap &fields, const Settings &s);
    // One transaction as a record (done gets an empty record for one the cache does not keep).
    static void fetch(Op &op, const QString &txnId, std::function<void(const RemoteRecord &)> done);
};

} // namespace sb::rt
