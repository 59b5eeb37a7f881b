#include "ICalSupport.h"

#include "CalDavTexts.h"

#include <QCoreApplication>
#include <QHash>

#include <mutex>

namespace sb::caldav::ical {

namespace {
constexpr const char *kFieldParameter = "X-SALESBRIDGE-FIELD";
} // namespace

void setUp()
{
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

Component parseCalendar(const QByteArray &ics, QString *error)
{
    setUp();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Component();
    };
    if (ics.trimmed().isEmpty())
        return fail(Texts::tr("The calendar item is empty."));
    Component root(icalparser_parse_string(ics.constData()));
    if (!root)
        return fail(Texts::tr("The calendar item is not iCalendar data."));
    if (icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return fail(Texts::tr("The calendar item is not a VCALENDAR."));
    // What libical could not read is marked with X-LIC-ERROR properties: never written back.
    icalcomponent_strip_errors(root.get());
    return root;
}

QByteArray serialize(icalcomponent *calendar)
{
    String s(icalcomponent_as_ical_string_r(calendar));
    return s ? QByteArray(s.get()) : QByteArray();
}

icalcomponent *mainItem(icalcomponent *calendar)
{
    icalcomponent *first = nullptr;
    for (icalcomponent_kind kind : {ICAL_VEVENT_COMPONENT, ICAL_VTODO_COMPONENT})
        for (icalcomponent *c : components(calendar, kind)) {
            if (!icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY))
                return c;
            if (!first)
                first = c;
        }
    return first;
}

bool isTask(icalcomponent *item)
{
    return item && icalcomponent_isa(item) == ICAL_VTODO_COMPONENT;
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QList<icalproperty *> properties(icalcomponent *c, icalproperty_kind kind)
{
    QList<icalproperty *> out;
    for (icalproperty *p = icalcomponent_get_first_property(c, kind); p; p = icalcomponent_get_next_property(c, kind))
        out << p;
    return out;
}

QList<icalproperty *> xProperties(icalcomponent *c, const char *name)
{
    QList<icalproperty *> out;
    for (icalproperty *p : properties(c, ICAL_X_PROPERTY))
        if (const char *n = icalproperty_get_x_name(p); n && qstricmp(n, name) == 0)
            out << p;
    return out;
}

icalproperty *firstX(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (const char *n = icalproperty_get_x_name(p); n && qstricmp(n, name) == 0)
            return p;
    return nullptr;
}

QList<icalcomponent *> components(icalcomponent *c, icalcomponent_kind kind)
{
    QList<icalcomponent *> out;
    for (icalcomponent *s = icalcomponent_get_first_component(c, kind); s; s = icalcomponent_get_next_component(c, kind))
        out << s;
    return out;
}

void remove(icalcomponent *c, icalproperty *p)
{
    icalcomponent_remove_property(c, p);
    Property owned(p);
}

void removeAll(icalcomponent *c, icalproperty_kind kind)
{
    for (icalproperty *p : properties(c, kind))
        remove(c, p);
}

void removeX(icalcomponent *c, const char *name)
{
    for (icalproperty *p : xProperties(c, name))
        remove(c, p);
}

QString xValue(icalcomponent *c, const char *name, bool *present)
{
    icalproperty *found = firstX(c, name);
    if (present)
        *present = found != nullptr;
    return found ? text(icalproperty_get_x(found)).trimmed() : QString();
}

QString xParameter(icalproperty *p, const char *name)
{
    for (icalparameter *a = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); a;
         a = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER))
        if (const char *n = icalparameter_get_xname(a); n && qstricmp(n, name) == 0)
            return text(icalparameter_get_xvalue(a));
    return QString();
}

void addXParameter(icalproperty *p, const char *name, const QString &value)
{
    icalparameter *a = icalparameter_new_x(utf8(value).constData());
    icalparameter_set_xname(a, name);
    icalproperty_add_parameter(p, a); // the property owns it
}

icalproperty *setX(icalcomponent *c, const char *name, const QString &value)
{
    removeX(c, name);
    if (value.isEmpty())
        return nullptr;
    icalproperty *p = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p); // the component owns it
    return p;
}

namespace {
// A COMMENT that holds SalesBridge's own text of the field `name`.
bool isOwnText(icalproperty *p, const char *name)
{
    return xParameter(p, kFieldParameter).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}
QList<icalproperty *> ownTextProperties(icalcomponent *c, const char *name)
{
    QList<icalproperty *> out;
    for (icalproperty *p : properties(c, ICAL_COMMENT_PROPERTY))
        if (isOwnText(p, name))
            out << p;
    return out;
}
QByteArray xNameFor(const char *name)
{
    return QByteArrayLiteral("X-SALESBRIDGE-") + name;
}
} // namespace

QString ownText(icalcomponent *c, const char *name, bool *present)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_COMMENT_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_COMMENT_PROPERTY)) {
        if (isOwnText(p, name)) {
            if (present)
                *present = true;
            return text(icalproperty_get_comment(p));
        }
    }
    return xValue(c, xNameFor(name).constData(), present);
}

void setOwnText(icalcomponent *c, const char *name, const QString &value)
{
    for (icalproperty *p : ownTextProperties(c, name))
        remove(c, p);
    removeX(c, xNameFor(name).constData());
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new_comment(utf8(value).constData());
    addXParameter(p, kFieldParameter, QString::fromLatin1(name));
    icalcomponent_add_property(c, p);
}

void setText(icalcomponent *c, icalproperty_kind kind, const QString &value)
{
    removeAll(c, kind);
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new(kind);
    icalproperty_set_value(p, icalvalue_new_text(utf8(value).constData()));
    icalcomponent_add_property(c, p);
}

QString textOf(icalcomponent *c, icalproperty_kind kind, bool *present)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (present)
        *present = p != nullptr;
    if (!p)
        return QString();
    icalvalue *v = icalproperty_get_value(p);
    if (!v)
        return QString();
    if (icalvalue_isa(v) == ICAL_TEXT_VALUE)
        return text(icalvalue_get_text(v));
    return text(icalproperty_get_value_as_string(p));
}

icaltimezone *zoneNamed(const QString &iana)
{
    setUp();
    if (iana.isEmpty() || iana.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        || iana == QLatin1String("Etc/UTC") || iana == QLatin1String("Z"))
        return nullptr;
    // libical's built-in zones live as long as the process; the lookup (a search under a lock)
    // ran twice for every time of every item read, so each thread remembers what it found.
    thread_local QHash<QString, icaltimezone *> known;
    if (const auto it = known.constFind(iana); it != known.constEnd())
        return *it;
    icaltimezone *zone = icaltimezone_get_builtin_timezone(utf8(iana).constData());
    if (zone == icaltimezone_get_utc_timezone())
        zone = nullptr;
    if (known.size() < 256)
        known.insert(iana, zone);
    return zone;
}

QString ianaForTzid(icalcomponent *calendar, const QString &tzid)
{
    if (tzid.isEmpty())
        return QString();
    if (zoneNamed(tzid))
        return tzid;
    if (calendar) {
        for (icalcomponent *vtz : components(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            icalproperty *id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
            if (!id || text(icalproperty_get_tzid(id)) != tzid)
                continue;
            const QString location = xValue(vtz, "X-LIC-LOCATION");
            if (zoneNamed(location))
                return location;
        }
    }
    // "/freeassociation.sourceforge.net/Asia/Shanghai", "/citadel.org/20190914_1/Asia/Shanghai"
    for (qsizetype at = tzid.indexOf(QLatin1Char('/')); at >= 0; at = tzid.indexOf(QLatin1Char('/'), at + 1)) {
        const QString tail = tzid.mid(at + 1);
        if (zoneNamed(tail))
            return tail;
    }
    return QString();
}

void ensureTimeZone(icalcomponent *calendar, const QString &iana)
{
    icaltimezone *zone = zoneNamed(iana);
    if (!zone)
        return;
    for (icalcomponent *vtz : components(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
        if (id && text(icalproperty_get_tzid(id)) == iana)
            return;
    }
    icalcomponent *builtIn = icaltimezone_get_component(zone); // the zone's own: copied
    if (!builtIn)
        return;
    Component copy(icalcomponent_new_clone(builtIn));
    // The TZID is the IANA name, as most clients write it (libical's own is prefixed).
    removeAll(copy.get(), ICAL_TZID_PROPERTY);
    icalcomponent_add_property(copy.get(), icalproperty_new_tzid(utf8(iana).constData()));
    icalcomponent_add_component(calendar, copy.release());
}

icaltimetype utcTime(const QDateTime &utc)
{
    return icaltime_from_timet_with_zone(time_t(utc.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QDateTime fromIcal(icaltimetype t)
{
    const icaltimezone *zone = t.zone ? t.zone : icaltimezone_get_utc_timezone();
    const time_t secs = icaltime_as_timet_with_zone(t, zone);
    return QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
}

QString isoUtc(const QDateTime &t)
{
    // yyyy-MM-ddTHH:mm:ssZ, as Qt::ISODate writes a UTC time (no milliseconds: the times come from
    // whole seconds), digit by digit: Qt's writer was a seventh of the reading of an item.
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime time = u.time();
    if (!d.isValid() || !time.isValid() || d.year() < 1 || d.year() > 9999)
        return u.toString(Qt::ISODate);
    QString out(20, Qt::Uninitialized);
    QChar *c = out.data();
    const auto put = [c](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            c[at + i] = QChar(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    c[4] = u'-';
    put(5, d.month(), 2);
    c[7] = u'-';
    put(8, d.day(), 2);
    c[10] = u'T';
    put(11, time.hour(), 2);
    c[13] = u':';
    put(14, time.minute(), 2);
    c[16] = u':';
    put(17, time.second(), 2);
    c[19] = u'Z';
    return out;
}

TimeRead readTime(icalcomponent *calendar, icalcomponent *item, icalproperty_kind kind, const QString &floatingZone)
{
    TimeRead r;
    icalproperty *p = icalcomponent_get_first_property(item, kind);
    if (!p)
        return r;
    r.present = true;
    icaltimetype t = icalproperty_get_datetime_with_component(p, item);
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return r;
    QString tzid;
    if (icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER))
        tzid = text(icalparameter_get_tzid(param));
    r.isDate = t.is_date;
    if (!t.is_date && icaltime_is_utc(t)) {
        r.utc = fromIcal(t);
    } else {
        icaltimezone *zone = nullptr;
        if (!t.is_date && !tzid.isEmpty()) {
            r.zone = ianaForTzid(calendar, tzid);
            // A zone libical knows by its IANA name first: the item's own VTIMEZONE is the same
            // rules restated (Radicale rewrites Asia/Shanghai as a yearly rule from 2000), and
            // expanding it for every item took half of a first sync's time. The item's own
            // definition for a zone nobody else knows (a Windows name, a custom one).
            zone = zoneNamed(r.zone);
            if (!zone)
                zone = const_cast<icaltimezone *>(t.zone);
        }
        if (!zone) { // floating (or a zone nobody defines): the activity's zone, else UTC
            zone = zoneNamed(floatingZone);
            r.zone = zone ? floatingZone : QString();
        }
        icaltimetype local = t;
        local.is_date = 0; // a whole day starts at midnight
        local.zone = nullptr;
        const time_t secs = icaltime_as_timet_with_zone(local, zone ? zone : icaltimezone_get_utc_timezone());
        r.utc = QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
    }
    Q_UNUSED(calendar)
    r.valid = r.utc.isValid();
    return r;
}

void writeTime(icalcomponent *calendar, icalcomponent *item, icalproperty_kind kind, const QDateTime &utc, const QString &zone)
{
    removeAll(item, kind);
    if (!utc.isValid())
        return;
    icaltimetype t = utcTime(utc);
    icaltimezone *z = zoneNamed(zone);
    icalproperty *p = icalproperty_new(kind);
    if (z) {
        t = icaltime_convert_to_zone(t, z);
        t.zone = nullptr; // written as local time with the TZID below, not libical's prefixed one
        icalproperty_set_value(p, icalvalue_new_datetime(t));
        icalproperty_add_parameter(p, icalparameter_new_tzid(utf8(zone).constData()));
        ensureTimeZone(calendar, zone);
    } else {
        icalproperty_set_value(p, icalvalue_new_datetime(t));
    }
    icalcomponent_add_property(item, p);
}

} // namespace sb::caldav::ical
