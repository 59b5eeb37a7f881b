#pragma once
// Inside the Request Tracker connector: a REST2 ticket to the cache's ticket record and back.
#include "RtClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::rt {

// A JSON value as text, whether RT wrote it as a string or a number ("id": "2" and "id": 2 both
// occur) or as a reference to another record ({"id": ...}); empty for anything else.
QString text(const QJsonValue &v);
// The items of a collection answer; empty for anything else.
QJsonArray itemsOf(const Reply &reply);

// The fields a pull or a look-up asks for on a ticket collection.
QString collectionFields();
// A ticket (a collection item with collectionFields(), or GET ticket/:id) as a record. customer_id
// is {"code": ...} (the Customer Code custom field), resolved by the cache's customer codes.
RemoteRecord recordFor(const QJsonObject &ticket, const Settings &s);
// The POST ticket body for a new ticket; empty with *why set when it cannot be filed.
QJsonObject createBody(const QVariantMap &fields, const QString &idempotencyKey, const Settings &s, QString *why);

// The PUT ticket/:id body for changed fields; *notSent gets the fields RT keeps no place for.
QJsonObject updateBody(const QVariantMap &fields, const Settings &s, QStringList *notSent);
// The messages of a PUT's 200 answer that say a change was refused (RT answers 200 regardless).
QStringList refusedChanges(const QJsonDocument &answer);

// History: a transaction of the feed (Create, Correspond, Comment, Status) as a ticket_event
// record (with the Message Key custom field as its idempotency key); body is its text, files its attachments ({"id","name","type","size"}). An empty
// record for a transaction the cache does not keep.
QString historyKind(const QString &rtType);
RemoteRecord eventFor(const QJsonObject &txn, const QString &body, const QJsonArray &files, const Settings &s);

// RT's priority (0..100) to the cache's 1 (low) .. 4 (urgent), and back (a value that maps back).
int priorityFromRt(int rt);
int priorityToRt(int priority);

// A time as TicketSQL reads it regardless of the user's time zone ("2026-11-28 07:27:30 +0000").
// ISO 8601 with a "Z" is accepted by TicketSQL but its time is not honoured.
QString ticketSqlTime(const QDateTime &utc);
// A TicketSQL string literal.
QString quoted(const QString &text);
// RT's times ("2026-11-28T07:27:28Z"); invalid for RT's "not set" (1970-01-01) or nonsense.
QDateTime rtTime(const QJsonValue &value);

} // namespace sb::rt
