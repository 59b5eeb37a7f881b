#pragma once
// Inside the CalDAV connector: an activity (the cache's column names) to an iCalendar object and
// back, with libical. ICalCodec.cpp writes (a new object, or the changes of an edit applied to
// the server's own object so that what other clients added survives), ICalRead.cpp reads.
#include "models/store/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace sb::caldav {

// What reading an item needs to know besides the item.
struct ReadContext {
    QString owner;        // the calendar's user: the owner of what other clients made
    QString floatingZone; // IANA zone that times without a zone are in; empty: UTC
    QDateTime now;        // an event made elsewhere whose end is past is done; invalid: the clock
};

// One calendar object read into an activity.
struct DecodedItem {
    QString uid;
    QString idempotencyKey; // the outbox key of the create that made it ("sb-<key>@salesbridge")
    bool ours = false;      // written by SalesBridge (it carries X-SALESBRIDGE-KIND)
    // Names a customer or at least one e-mail address a contact may have: otherwise no cache
    // can place it, and it is not delivered.
    bool placeable = true;
    // Its customer is only guessed from its attendees: left out where none is a known contact.
    bool optional = false;
    QVariantMap fields;
    QString modifiedAt; // LAST-MODIFIED, else DTSTAMP (UTC ISO); may be empty
};

class ICalCodec {
public:
    // The UID of what SalesBridge creates under an outbox key, and the key back ("" when the UID
    // is not one of ours).
    static QString uidForKey(const QString &key);
    static QString keyFromUid(const QString &uid);
    // The object's file name in the collection: "sb-<key>.ics", the key reduced to [A-Za-z0-9-].
    static QString fileNameForKey(const QString &key);

    // A new VCALENDAR for an activity. fields as a push gives them (references as RemoteRef
    // maps). now: DTSTAMP and, for a completed task, COMPLETED.
    static Result<QByteArray> create(const QVariantMap &fields, const QString &uid, const QDateTime &now);
    // The server's VCALENDAR with the changed fields applied: every property and component the
    // change does not name is kept as it was (another client's alarms, organizer, categories...).
    static Result<QByteArray> update(const QByteArray &existing, const QVariantMap &changes, const ReadContext &context,
                                     const QDateTime &now);
    // A server's calendar object (VEVENT or VTODO) as an activity.
    static Result<DecodedItem> read(const QByteArray &ics, const ReadContext &context);

    // The cache's value of a field in the form a server echo has (attendees JSON normalised,
    // times as UTC seconds, "UTC" as no zone): for Connector::comparable.
    static QVariant comparable(const QString &field, const QVariant &value);
};

} // namespace sb::caldav
