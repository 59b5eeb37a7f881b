// The reading half of the iCalendar codec: a server's calendar object as an activity.
#include "ICalCodec.h"

#include "ICalSupport.h"
#include "models/domain/Vocabulary.h"
#include "sync/engine/Connector.h"

#include "CalDavTexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::caldav {

using namespace ical;

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString mailtoOf(const char *address)
{
    const QString a = text(address).trimmed();
    return a.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? a.mid(7).trimmed() : QString();
}

// X-SALESBRIDGE-CUSTOMER;X-SYSTEM=erp;X-ID=3:C0001 (or X-SYSTEM=erp:7 for a record without a
// code) as a reference; null when absent or empty.
QVariant readReference(icalcomponent *item, const char *name)
{
    icalproperty *p = firstX(item, name);
    if (!p)
        return QVariant();
    const QString value = text(icalproperty_get_x(p)).trimmed();
    const QString system = xParameter(p, "X-SYSTEM");
    const QString id = xParameter(p, "X-ID");
    // A system without X-ID: the value is the id (a record without a code); else the code.
    const bool byId = !system.isEmpty() && id.isEmpty();
    RemoteRef ref;
    ref.system = system;
    ref.id = byId ? value : id;
    ref.code = byId ? QString() : value;
    if (ref.code.isEmpty() && ref.id.isEmpty())
        return QVariant();
    return ref.toVariant();
}

// Minutes before the activity's time that the first alarm goes off; null for none (or one that
// goes off after it).
QVariant readReminder(icalcomponent *item, const QDateTime &at, const QDateTime &start, const QDateTime &end)
{
    const QList<icalcomponent *> alarms = components(item, ICAL_VALARM_COMPONENT);
    if (alarms.isEmpty())
        return QVariant();
    icalproperty *p = icalcomponent_get_first_property(alarms.first(), ICAL_TRIGGER_PROPERTY);
    if (!p)
        return QVariant();
    const icaltriggertype trigger = icalproperty_get_trigger(p);
    QDateTime when;
    if (!icaltime_is_null_time(trigger.time)) {
        when = fromIcal(trigger.time);
    } else {
        bool fromEnd = false;
        if (icalparameter *related = icalproperty_get_first_parameter(p, ICAL_RELATED_PARAMETER))
            fromEnd = icalparameter_get_related(related) == ICAL_RELATED_END;
        // A task's end is when it is due (its time here); an event's is its DTEND.
        const QDateTime anchor = fromEnd ? (end.isValid() ? end : at) : (start.isValid() ? start : at);
        when = anchor.addSecs(icaldurationtype_as_int(trigger.duration));
    }
    if (!when.isValid() || when > at)
        return QVariant();
    return int(when.secsTo(at) / 60);
}

QString statusOf(icalcomponent *item, bool task, const QDateTime &endOrStart, const QDateTime &now)
{
    const icalproperty_status s = icalcomponent_get_status(item);
    if (s == ICAL_STATUS_CANCELLED)
        return QStringLiteral("cancelled");
    if (task) {
        if (s == ICAL_STATUS_COMPLETED || icalcomponent_get_first_property(item, ICAL_COMPLETED_PROPERTY))
            return QStringLiteral("done");
        return QStringLiteral("planned");
    }
    const QString own = xValue(item, "X-SALESBRIDGE-STATUS");
    if (own == QLatin1String("planned") || own == QLatin1String("done"))
        return own;
    return endOrStart.isValid() && endOrStart < now ? QStringLiteral("done") : QStringLiteral("planned");
}

} // namespace

Result<DecodedItem> ICalCodec::read(const QByteArray &ics, const ReadContext &context)
{
    using R = Result<DecodedItem>;
    QString error;
    Component calendar = parseCalendar(ics, &error);
    if (!calendar)
        return R::fail(error);
    icalcomponent *item = mainItem(calendar.get());
    if (!item)
        return R::fail(Texts::tr("The calendar item holds no event or task."));
    DecodedItem d;
    d.uid = text(icalcomponent_get_uid(item));
    d.idempotencyKey = keyFromUid(d.uid);
    bool marked = false;
    QString kind = xValue(item, "X-SALESBRIDGE-KIND", &marked);
    d.ours = marked;
    const bool task = isTask(item);
    if (task)
        kind = QStringLiteral("task");
    else if (static const QStringList kinds = vocab::activityKinds(); kind == QLatin1String("task") || !kinds.contains(kind))
        kind = QStringLiteral("meeting");

    QVariantMap f;
    f.insert(QStringLiteral("kind"), kind);
    f.insert(QStringLiteral("subject"), textOf(item, ICAL_SUMMARY_PROPERTY).trimmed());
    f.insert(QStringLiteral("body"), textOrNull(textOf(item, ICAL_DESCRIPTION_PROPERTY)));
    f.insert(QStringLiteral("location"), textOrNull(textOf(item, ICAL_LOCATION_PROPERTY)));

    // Times: an event starts at DTSTART; a task's time is when it is due (else its start).
    const QString floating = context.floatingZone;
    const TimeRead start = readTime(calendar.get(), item, ICAL_DTSTART_PROPERTY, floating);
    TimeRead at = start;
    QDateTime end;
    if (task) {
        const TimeRead due = readTime(calendar.get(), item, ICAL_DUE_PROPERTY, floating);
        if (due.valid)
            at = due;
        if (!at.valid) { // a task with no date at all: when it was written
            for (icalproperty_kind k : {ICAL_CREATED_PROPERTY, ICAL_DTSTAMP_PROPERTY}) {
                const TimeRead made = readTime(calendar.get(), item, k, floating);
                if (made.valid) {
                    at = made;
                    at.zone.clear();
                    break;
                }
            }
        }
        end = at.utc;
    } else {
        const TimeRead dtend = readTime(calendar.get(), item, ICAL_DTEND_PROPERTY, floating);
        if (dtend.valid) {
            end = dtend.utc;
        } else if (icalproperty *duration = icalcomponent_get_first_property(item, ICAL_DURATION_PROPERTY)) {
            end = start.utc.addSecs(icaldurationtype_as_int(icalproperty_get_duration(duration)));
        } else if (start.isDate) {
            end = start.utc.addDays(1); // a whole day without an end is that day
        }
        if (end.isValid() && start.valid && end < start.utc)
            end = QDateTime();
    }
    if (!at.valid)
        return R::fail(at.present ? Texts::tr("The calendar item's date and time cannot be read.")
                                  : Texts::tr("The calendar item has no date and time."));
    f.insert(QStringLiteral("starts_at"), isoUtc(at.utc));
    f.insert(QStringLiteral("ends_at"), task || !end.isValid() ? QVariant() : QVariant(isoUtc(end)));
    f.insert(QStringLiteral("time_zone"), textOrNull(at.zone));
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    f.insert(QStringLiteral("status"), statusOf(item, task, end.isValid() ? end : at.utc, now));
    const QString owner = xValue(item, "X-SALESBRIDGE-OWNER");
    f.insert(QStringLiteral("owner"), textOrNull(owner.isEmpty() ? context.owner : owner));
    f.insert(QStringLiteral("outcome"), textOrNull(ownText(item, "OUTCOME")));
    f.insert(QStringLiteral("next_step"), textOrNull(ownText(item, "NEXT-STEP")));
    const QDate nextDue = QDate::fromString(xValue(item, "X-SALESBRIDGE-NEXT-STEP-DUE").left(10), Qt::ISODate);
    f.insert(QStringLiteral("next_step_at"), nextDue.isValid() ? QVariant(nextDue.toString(Qt::ISODate)) : QVariant());
    f.insert(QStringLiteral("reminder_minutes"), readReminder(item, at.utc, task ? start.utc : at.utc, end));

    // Who takes part: every attendee with an e-mail address, in the item's order.
    QJsonArray people;
    QStringList addresses;
    for (icalproperty *p : properties(item, ICAL_ATTENDEE_PROPERTY)) {
        const QString email = mailtoOf(icalproperty_get_attendee(p));
        if (email.isEmpty())
            continue;
        QString name;
        if (icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER))
            name = text(icalparameter_get_cn(cn)).trimmed();
        people.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("email"), email}});
        if (!addresses.contains(email, Qt::CaseInsensitive))
            addresses << email;
    }
    f.insert(QStringLiteral("attendees"),
             people.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact))));
    // Whoever invited the rep may be the customer's contact too.
    if (icalproperty *organizer = icalcomponent_get_first_property(item, ICAL_ORGANIZER_PROPERTY)) {
        const QString email = mailtoOf(icalproperty_get_organizer(organizer));
        if (!email.isEmpty() && !addresses.contains(email, Qt::CaseInsensitive))
            addresses << email;
    }

    // References: SalesBridge's own properties; an item from elsewhere is placed by the
    // customer's code another tool wrote, else by its people (the cache knows which is a contact).
    const QVariant customer = readReference(item, "X-SALESBRIDGE-CUSTOMER");
    QVariant contact = readReference(item, "X-SALESBRIDGE-CONTACT");
    if (!d.ours && !addresses.isEmpty()) {
        QVariantMap ref = contact.isNull() ? RemoteRef{}.toVariant().toMap() : contact.toMap();
        ref.insert(QStringLiteral("codes"), addresses);
        contact = ref;
    }
    if (!customer.isNull())
        f.insert(QStringLiteral("customer_id"), customer);
    f.insert(QStringLiteral("contact_id"), contact);
    f.insert(QStringLiteral("opportunity_id"), readReference(item, "X-SALESBRIDGE-OPPORTUNITY"));
    d.optional = !d.ours;
    d.placeable = d.ours || !customer.isNull() || !contact.isNull();

    for (icalproperty_kind k : {ICAL_LASTMODIFIED_PROPERTY, ICAL_DTSTAMP_PROPERTY}) {
        const TimeRead t = readTime(calendar.get(), item, k, QString());
        if (t.valid) {
            d.modifiedAt = isoUtc(t.utc);
            break;
        }
    }
    d.fields = f;
    return R::ok(d);
}

} // namespace sb::caldav
