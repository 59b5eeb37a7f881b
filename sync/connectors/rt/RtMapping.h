#pragma once
// Inside the Request Tracker connector: a REST2 ticket to the cache's ticket record and back.
#include "RtClient.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb::rt {

// The fields a pull or a look-up asks for on a ticket collection.
QString collectionFields();
// A ticket (a collection item with collectionFields(), or GET ticket/:id) as a record. customer_id
// is {"code": ...} (the Customer Code custom field), resolved by the cache's customer codes.
RemoteRecord recordFor(const QJsonObject &ticket, const Settings &s);
// The POST ticket body for a new ticket; empty with *why set when it cannot be filed.
QJsonObject createBody(const QVariantMap &fields, const QString &idempotencyKey, const Settings &s, QString *why);

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
