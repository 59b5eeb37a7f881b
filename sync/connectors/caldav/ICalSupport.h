#pragma once
// Inside the iCalendar codec: ownership of libical's C objects (every component and string it
// hands over is freed by a unique_ptr, never by hand) and the small reads and writes the writer
// (ICalCodec.cpp) and the reader (ICalRead.cpp) share.
#include <libical/ical.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdlib>
#include <memory>

namespace sb::caldav::ical {

struct ComponentFree {
    void operator()(icalcomponent *c) const
    {
        if (c)
            icalcomponent_free(c);
    }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct PropertyFree {
    void operator()(icalproperty *p) const
    {
        if (p)
            icalproperty_free(p);
    }
};
using Property = std::unique_ptr<icalproperty, PropertyFree>;

struct CharFree {
    void operator()(char *p) const { std::free(p); }
};
using String = std::unique_ptr<char, CharFree>;

// libical set up once per process: its errors are reported, never fatal (an abort on a
// malformed item from a server would take the app down).
void setUp();

// A VCALENDAR from text; null with *error set when the text is not one.
Component parseCalendar(const QByteArray &ics, QString *error);
QByteArray serialize(icalcomponent *calendar);
// The item of a calendar object: its VEVENT or VTODO without RECURRENCE-ID (the master of a
// recurring series), else the first of them; null when there is none.
icalcomponent *mainItem(icalcomponent *calendar);
bool isTask(icalcomponent *item);

QString text(const char *utf8);
QByteArray utf8(const QString &text);

// Properties of a kind (or the X- properties of a name) as a list, safe to remove while walking
// (libical keeps one iterator per component).
QList<icalproperty *> properties(icalcomponent *c, icalproperty_kind kind);
QList<icalproperty *> xProperties(icalcomponent *c, const char *name);
icalproperty *firstX(icalcomponent *c, const char *name); // the first X- property of the name, or null
QList<icalcomponent *> components(icalcomponent *c, icalcomponent_kind kind);
void remove(icalcomponent *c, icalproperty *p); // removes and frees
void removeAll(icalcomponent *c, icalproperty_kind kind);
void removeX(icalcomponent *c, const char *name);

// An X- property's value (libical unescapes it), or an X- parameter's value.
QString xValue(icalcomponent *c, const char *name, bool *present = nullptr);
QString xParameter(icalproperty *p, const char *name);
void addXParameter(icalproperty *p, const char *name, const QString &value);
// Replaces the X- property: one with the value, none when the value is empty. Only for values
// without ',' (libical writes X- values without escaping commas, and a server's vobject cuts
// the value at its first comma); free text goes through ownText.
icalproperty *setX(icalcomponent *c, const char *name, const QString &value);
// Free text SalesBridge keeps on an item (outcome, next step): a COMMENT with the parameter
// X-SALESBRIDGE-FIELD=<name>, which libical escapes as TEXT. An X-SALESBRIDGE-<name> property
// written by another tool is read too, and replaced on write.
QString ownText(icalcomponent *c, const char *name, bool *present = nullptr);
void setOwnText(icalcomponent *c, const char *name, const QString &value);

// A text property (SUMMARY, DESCRIPTION, LOCATION...): empty removes it.
void setText(icalcomponent *c, icalproperty_kind kind, const QString &value);
QString textOf(icalcomponent *c, icalproperty_kind kind, bool *present = nullptr);

// Time zones: libical's built-in zone for an IANA name (null for none, UTC or unknown).
icaltimezone *zoneNamed(const QString &iana);
// The IANA name behind a TZID: the TZID itself, the X-LIC-LOCATION of the calendar's
// VTIMEZONE, or the end of a prefixed TZID ("/freeassociation.sourceforge.net/Asia/Shanghai").
QString ianaForTzid(icalcomponent *calendar, const QString &tzid);
// Makes sure the calendar carries a VTIMEZONE with TZID = iana (libical's built-in rules).
void ensureTimeZone(icalcomponent *calendar, const QString &iana);

// A time property read: UTC, the zone it was given in, and whether it was a whole day.
struct TimeRead {
    bool present = false;
    bool valid = false;
    QDateTime utc;
    QString zone; // IANA; empty for UTC
    bool isDate = false;
};
TimeRead readTime(icalcomponent *calendar, icalcomponent *item, icalproperty_kind kind, const QString &floatingZone);
// Writes DTSTART/DTEND/DUE: in the zone with TZID (and a VTIMEZONE) when zone is an IANA name
// libical knows, else in UTC. An invalid time removes the property.
void writeTime(icalcomponent *calendar, icalcomponent *item, icalproperty_kind kind, const QDateTime &utc,
               const QString &zone);
icaltimetype utcTime(const QDateTime &utc);
QDateTime fromIcal(icaltimetype t); // a UTC (or zoned) libical time as a UTC QDateTime

QString isoUtc(const QDateTime &t); // yyyy-MM-ddTHH:mm:ssZ

} // namespace sb::caldav::ical
