#include "ICalCodec.h"

#include "ICalSupport.h"
#include "sync/engine/Connector.h"

#include "CalDavTexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace sb::caldav {

using namespace ical;

namespace {

const QString kUidPrefix = QStringLiteral("sb-");
const QString kUidSuffix = QStringLiteral("@salesbridge");

// The times an item gets from the activity's starts_at, ends_at and time_zone.
struct Times {
    QDateTime starts;
    QDateTime ends;
    QString zone;
};

QDateTime parseUtc(const QVariant &v)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString zoneOf(const QVariant &v)
{
    const QString zone = v.toString().trimmed();
    return zoneNamed(zone) ? zone : QString(); // unknown names and UTC: the times go in UTC
}

void writeTimes(icalcomponent *calendar, icalcomponent *item, const Times &t)
{
    if (isTask(item)) {
        removeAll(item, ICAL_DTSTART_PROPERTY); // a task's time is when it is due
        writeTime(calendar, item, ICAL_DUE_PROPERTY, t.starts, t.zone);
        return;
    }
    removeAll(item, ICAL_DURATION_PROPERTY);
    writeTime(calendar, item, ICAL_DTSTART_PROPERTY, t.starts, t.zone);
    writeTime(calendar, item, ICAL_DTEND_PROPERTY, t.ends.isValid() && t.ends >= t.starts ? t.ends : QDateTime(), t.zone);
}

void writeStatus(icalcomponent *item, const QString &status, const QDateTime &now)
{
    removeAll(item, ICAL_STATUS_PROPERTY);
    if (isTask(item)) {
        icalproperty_status s = ICAL_STATUS_NEEDSACTION;
        if (status == QLatin1String("done"))
            s = ICAL_STATUS_COMPLETED;
        else if (status == QLatin1String("cancelled"))
            s = ICAL_STATUS_CANCELLED;
        icalcomponent_add_property(item, icalproperty_new_status(s));
        if (s == ICAL_STATUS_COMPLETED) {
            if (!icalcomponent_get_first_property(item, ICAL_COMPLETED_PROPERTY))
                icalcomponent_add_property(item, icalproperty_new_completed(utcTime(now)));
            removeAll(item, ICAL_PERCENTCOMPLETE_PROPERTY);
            icalcomponent_add_property(item, icalproperty_new_percentcomplete(100));
        } else {
            removeAll(item, ICAL_COMPLETED_PROPERTY);
            removeAll(item, ICAL_PERCENTCOMPLETE_PROPERTY);
        }
    } else {
        icalcomponent_add_property(item, icalproperty_new_status(status == QLatin1String("cancelled") ? ICAL_STATUS_CANCELLED
                                                                                                      : ICAL_STATUS_CONFIRMED));
    }
    setX(item, "X-SALESBRIDGE-STATUS", status);
}

// The reminder is the item's first alarm: its trigger is set, the rest of it kept; no
// reminder removes every alarm (what is read back is then "none" too).
void writeReminder(icalcomponent *item, const QVariant &minutes, const QString &subject)
{
    const QList<icalcomponent *> alarms = components(item, ICAL_VALARM_COMPONENT);
    if (minutes.isNull() || minutes.toString().isEmpty() || minutes.toInt() < 0) {
        for (icalcomponent *a : alarms) {
            icalcomponent_remove_component(item, a);
            Component owned(a);
        }
        return;
    }
    icaltriggertype trigger;
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-minutes.toInt() * 60);
    icalproperty *p = icalproperty_new_trigger(trigger);
    if (isTask(item)) // before the task is due (DUE; a task's start is not its time)
        icalproperty_add_parameter(p, icalparameter_new_related(ICAL_RELATED_END));
    icalcomponent *alarm = alarms.isEmpty() ? nullptr : alarms.first();
    if (!alarm) {
        alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm, icalproperty_new_description(utf8(subject.isEmpty() ? Texts::tr("Reminder") : subject).constData()));
        icalcomponent_add_component(item, alarm);
    }
    removeAll(alarm, ICAL_TRIGGER_PROPERTY);
    icalcomponent_add_property(alarm, p);
}

QString emailOf(icalproperty *attendee)
{
    const QString address = text(icalproperty_get_attendee(attendee)).trimmed();
    if (!address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return QString();
    return address.mid(7).trimmed();
}

// Attendees by e-mail address: one already there keeps its parameters (PARTSTAT, ROLE...) and
// gets the name; new ones are added; those no longer listed go.
void writeAttendees(icalcomponent *item, const QVariant &value)
{
    QList<QPair<QString, QString>> wanted; // name, email
    const QJsonArray list = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QString email = v.toObject().value(QLatin1String("email")).toString().trimmed();
        if (!email.isEmpty())
            wanted.append({v.toObject().value(QLatin1String("name")).toString().trimmed(), email});
    }
    QHash<QString, icalproperty *> present;
    for (icalproperty *p : properties(item, ICAL_ATTENDEE_PROPERTY)) {
        const QString email = emailOf(p).toLower();
        if (email.isEmpty())
            continue; // not an e-mail address (a URN...): not one the cache lists, left alone
        const bool keep = !email.isEmpty() && std::any_of(wanted.cbegin(), wanted.cend(), [&](const auto &w) {
            return w.second.toLower() == email;
        });
        if (keep && !present.contains(email))
            present.insert(email, p);
        else
            remove(item, p);
    }
    for (const auto &[name, email] : wanted) {
        icalproperty *p = present.value(email.toLower());
        if (!p) {
            p = icalproperty_new_attendee(utf8(QStringLiteral("mailto:") + email).constData());
            icalcomponent_add_property(item, p);
            present.insert(email.toLower(), p);
        }
        icalproperty_remove_parameter_by_kind(p, ICAL_CN_PARAMETER);
        if (!name.isEmpty())
            icalproperty_add_parameter(p, icalparameter_new_cn(utf8(name).constData()));
    }
}

// X-SALESBRIDGE-CUSTOMER;X-SYSTEM=erp;X-ID=3:C0001 (the code as the value, the ids as parameters);
// X-SALESBRIDGE-OPPORTUNITY;X-SYSTEM=erp:7 (no code: the value is the id).
void writeReference(icalcomponent *item, const char *name, const QVariant &value)
{
    removeX(item, name);
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return;
    const RemoteRef ref = RemoteRef::from(value, QString());
    if (ref.code.isEmpty() && ref.id.isEmpty())
        return;
    // libical drops an X- property with an empty value on reading: without a code (an
    // opportunity), the value is the id and X-ID is left out.
    const bool byId = ref.code.isEmpty();
    icalproperty *p = icalproperty_new_x(utf8(byId ? ref.id : ref.code).constData());
    icalproperty_set_x_name(p, name);
    if (!ref.system.isEmpty())
        addXParameter(p, "X-SYSTEM", ref.system);
    if (!byId && !ref.id.isEmpty())
        addXParameter(p, "X-ID", ref.id);
    icalcomponent_add_property(item, p);
}

// One field of an activity onto the item; times, kind and status are written by the caller.
void writeField(icalcomponent *item, const QString &field, const QVariant &value, const QVariantMap &all)
{
    const QString s = value.isNull() ? QString() : value.toString();
    if (field == QLatin1String("subject"))
        setText(item, ICAL_SUMMARY_PROPERTY, s);
    else if (field == QLatin1String("body"))
        setText(item, ICAL_DESCRIPTION_PROPERTY, s);
    else if (field == QLatin1String("location"))
        setText(item, ICAL_LOCATION_PROPERTY, s);
    else if (field == QLatin1String("owner"))
        setX(item, "X-SALESBRIDGE-OWNER", s);
    else if (field == QLatin1String("outcome"))
        setOwnText(item, "OUTCOME", s);
    else if (field == QLatin1String("next_step"))
        setOwnText(item, "NEXT-STEP", s);
    else if (field == QLatin1String("next_step_at"))
        setX(item, "X-SALESBRIDGE-NEXT-STEP-DUE", s.left(10));
    else if (field == QLatin1String("reminder_minutes"))
        writeReminder(item, value, all.value(QStringLiteral("subject")).toString());
    else if (field == QLatin1String("attendees"))
        writeAttendees(item, value);
    else if (field == QLatin1String("customer_id"))
        writeReference(item, "X-SALESBRIDGE-CUSTOMER", value);
    else if (field == QLatin1String("contact_id"))
        writeReference(item, "X-SALESBRIDGE-CONTACT", value);
    else if (field == QLatin1String("opportunity_id"))
        writeReference(item, "X-SALESBRIDGE-OPPORTUNITY", value);
}

const QStringList &plainFields()
{
    static const QStringList f = {QStringLiteral("subject"),        QStringLiteral("body"),         QStringLiteral("location"),
                                  QStringLiteral("owner"),          QStringLiteral("outcome"),      QStringLiteral("next_step"),
                                  QStringLiteral("next_step_at"),   QStringLiteral("attendees"),    QStringLiteral("customer_id"),
                                  QStringLiteral("contact_id"),     QStringLiteral("opportunity_id"), QStringLiteral("reminder_minutes")};
    return f;
}

void stamp(icalcomponent *item, const QDateTime &now, bool edit)
{
    removeAll(item, ICAL_DTSTAMP_PROPERTY);
    icalcomponent_add_property(item, icalproperty_new_dtstamp(utcTime(now)));
    if (edit) {
        removeAll(item, ICAL_LASTMODIFIED_PROPERTY);
        icalcomponent_add_property(item, icalproperty_new_lastmodified(utcTime(now)));
    }
}

// A VEVENT made a VTODO or back (a meeting turned into a task): every property but the times
// and the status moves over, alarms too.
icalcomponent *convert(icalcomponent *calendar, icalcomponent *item, bool toTask)
{
    icalcomponent *other = icalcomponent_new(toTask ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
    static const icalproperty_kind dropped[] = {ICAL_DTSTART_PROPERTY,  ICAL_DTEND_PROPERTY,  ICAL_DUE_PROPERTY,
                                                ICAL_DURATION_PROPERTY, ICAL_STATUS_PROPERTY, ICAL_COMPLETED_PROPERTY,
                                                ICAL_PERCENTCOMPLETE_PROPERTY, ICAL_TRANSP_PROPERTY};
    for (icalproperty *p : properties(item, ICAL_ANY_PROPERTY)) {
        icalcomponent_remove_property(item, p);
        if (std::find(std::begin(dropped), std::end(dropped), icalproperty_isa(p)) != std::end(dropped))
            Property owned(p);
        else
            icalcomponent_add_property(other, p);
    }
    for (icalcomponent *c : components(item, ICAL_ANY_COMPONENT)) {
        icalcomponent_remove_component(item, c);
        icalcomponent_add_component(other, c);
    }
    icalcomponent_remove_component(calendar, item);
    Component old(item);
    icalcomponent_add_component(calendar, other);
    return other;
}

} // namespace

QString ICalCodec::uidForKey(const QString &key)
{
    return kUidPrefix + key + kUidSuffix;
}

QString ICalCodec::keyFromUid(const QString &uid)
{
    if (!uid.startsWith(kUidPrefix) || !uid.endsWith(kUidSuffix) || uid.size() <= kUidPrefix.size() + kUidSuffix.size())
        return QString();
    return uid.mid(kUidPrefix.size(), uid.size() - kUidPrefix.size() - kUidSuffix.size());
}

QString ICalCodec::fileNameForKey(const QString &key)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9-]"));
    QString safe = key;
    safe.remove(unsafe);
    return kUidPrefix + safe + QStringLiteral(".ics");
}

Result<QByteArray> ICalCodec::create(const QVariantMap &fields, const QString &uid, const QDateTime &now)
{
    setUp();
    const QString kind = fields.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        return Result<QByteArray>::fail(Texts::tr("The activity has no type."));
    Times t{parseUtc(fields.value(QStringLiteral("starts_at"))), parseUtc(fields.value(QStringLiteral("ends_at"))),
            zoneOf(fields.value(QStringLiteral("time_zone")))};
    if (!t.starts.isValid())
        return Result<QByteArray>::fail(Texts::tr("The activity has no valid date and time."));

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//SalesBridge//SalesBridge//EN"));
    const bool task = kind == QLatin1String("task");
    icalcomponent *item = icalcomponent_new(task ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
    if (zoneNamed(t.zone))
        ensureTimeZone(calendar.get(), t.zone); // before the item, where readers look first
    icalcomponent_add_component(calendar.get(), item);
    icalcomponent_add_property(item, icalproperty_new_uid(utf8(uid).constData()));
    stamp(item, now, false);
    icalcomponent_add_property(item, icalproperty_new_created(utcTime(now)));
    writeTimes(calendar.get(), item, t);
    setX(item, "X-SALESBRIDGE-KIND", kind);
    const QString status = fields.value(QStringLiteral("status")).toString();
    writeStatus(item, status.isEmpty() ? QStringLiteral("planned") : status, now);
    for (const QString &field : plainFields())
        if (fields.contains(field))
            writeField(item, field, fields.value(field), fields);
    return Result<QByteArray>::ok(serialize(calendar.get()));
}

Result<QByteArray> ICalCodec::update(const QByteArray &existing, const QVariantMap &changes, const ReadContext &context,
                                     const QDateTime &now)
{
    QString error;
    Component calendar = parseCalendar(existing, &error);
    if (!calendar)
        return Result<QByteArray>::fail(error);
    icalcomponent *item = mainItem(calendar.get());
    if (!item)
        return Result<QByteArray>::fail(Texts::tr("The calendar item holds no event or task."));
    // The item as it is, for what an edit of one time or of the type needs of the others.
    auto current = read(existing, context);
    if (!current)
        return Result<QByteArray>::fail(current.error());
    QVariantMap merged = current.value().fields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());

    const QString kind = merged.value(QStringLiteral("kind")).toString();
    const bool toTask = kind == QLatin1String("task");
    const bool converted = changes.contains(QStringLiteral("kind")) && toTask != isTask(item);
    if (converted)
        item = convert(calendar.get(), item, toTask);
    if (changes.contains(QStringLiteral("kind")))
        setX(item, "X-SALESBRIDGE-KIND", kind);

    const bool retimed = converted || changes.contains(QStringLiteral("starts_at")) || changes.contains(QStringLiteral("ends_at"))
        || changes.contains(QStringLiteral("time_zone"));
    if (retimed) {
        Times t{parseUtc(merged.value(QStringLiteral("starts_at"))), parseUtc(merged.value(QStringLiteral("ends_at"))),
                zoneOf(merged.value(QStringLiteral("time_zone")))};
        if (!t.starts.isValid())
            return Result<QByteArray>::fail(Texts::tr("The activity has no valid date and time."));
        writeTimes(calendar.get(), item, t);
        icalproperty *sequence = icalcomponent_get_first_property(item, ICAL_SEQUENCE_PROPERTY);
        const int next = sequence ? icalproperty_get_sequence(sequence) + 1 : 1;
        removeAll(item, ICAL_SEQUENCE_PROPERTY);
        icalcomponent_add_property(item, icalproperty_new_sequence(next));
    }
    if (converted || changes.contains(QStringLiteral("status")))
        writeStatus(item, merged.value(QStringLiteral("status")).toString(), now);
    for (const QString &field : plainFields())
        if (changes.contains(field) || (converted && field == QLatin1String("reminder_minutes")))
            writeField(item, field, merged.value(field), merged);
    stamp(item, now, true);
    return Result<QByteArray>::ok(serialize(calendar.get()));
}

QVariant ICalCodec::comparable(const QString &field, const QVariant &value)
{
    if (value.isNull())
        return value;
    if (field == QLatin1String("time_zone")) {
        const QString zone = value.toString().trimmed();
        return zoneNamed(zone) ? QVariant(zone) : QVariant();
    }
    if (field == QLatin1String("starts_at") || field == QLatin1String("ends_at")) {
        const QDateTime t = parseUtc(value);
        return t.isValid() ? QVariant(isoUtc(t)) : value;
    }
    if (field == QLatin1String("attendees")) {
        QList<QPair<QString, QString>> people;
        for (const QJsonValue &v : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            people.append({v.toObject().value(QLatin1String("email")).toString().trimmed().toLower(),
                           v.toObject().value(QLatin1String("name")).toString().trimmed()});
        if (people.isEmpty())
            return QVariant();
        std::sort(people.begin(), people.end());
        QStringList out;
        for (const auto &[email, name] : people)
            out << email + QLatin1Char('\t') + name;
        return out.join(QLatin1Char('\n'));
    }
    return value;
}

} // namespace sb::caldav
