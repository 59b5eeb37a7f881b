// The CalDAV connector's iCalendar codec without a server (label caldav): an activity to a new
// VCALENDAR and back (Chinese text, Asia/Shanghai and UTC, tasks, alarms, attendees), an item
// another client wrote (folded ORGANIZER/ATTENDEE lines), an edit that keeps what it does not
// own, time zones and whole days, and input that is not iCalendar at all.
#include "sync/connectors/caldav/CalDavClient.h"
#include "sync/connectors/caldav/ICalCodec.h"
#include "sync/connectors/caldav/ICalSupport.h"
#include "sync/engine/Connector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace sb;
using namespace sb::caldav;

namespace {

// iCalendar text as another client writes it: lines joined with CRLF.
QByteArray ics(const QStringList &lines)
{
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

// The reference's meeting-1 as Radicale serves it: re-ordered, folded at 75 octets.
QByteArray meetingFromAnotherClient()
{
    return ics({QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//CRM test//EN"),
                QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:meeting-1@crm.test"),
                QStringLiteral("DTSTART:20261203T090000Z"), QStringLiteral("DTEND:20261203T100000Z"),
                QStringLiteral("ATTENDEE;CN=Bob;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto"),
                QStringLiteral(" :bob@example.com"),
                QStringLiteral("ATTENDEE;CN=Carol (ACME);PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:caro"),
                QStringLiteral(" l@acme.example"), QStringLiteral("DTSTAMP:20261201T080000Z"),
                QStringLiteral("LOCATION:ACME HQ"), QStringLiteral("ORGANIZER;CN=Alice:mailto:alice@example.com"),
                QStringLiteral("SUMMARY:Quarterly review with ACME"), QStringLiteral("CATEGORIES:Business,Review"),
                QStringLiteral("X-OTHER-CLIENT-COLOR:teal"), QStringLiteral("END:VEVENT"), QStringLiteral("END:VCALENDAR")});
}

QVariant ref(const QString &system, const QString &id, const QString &code)
{
    RemoteRef r;
    r.system = system;
    r.id = id;
    r.code = code;
    return r.toVariant();
}

QString attendeesJson(const QList<QPair<QString, QString>> &people)
{
    QJsonArray a;
    for (const auto &[name, email] : people)
        a.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("email"), email}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ReadContext context(const char *now = "2026-12-01T00:00:00Z")
{
    ReadContext c;
    c.owner = QStringLiteral("alice");
    c.now = utc(now);
    return c;
}

QVariantMap meetingFields()
{
    return {{QStringLiteral("kind"), QStringLiteral("meeting")},
            {QStringLiteral("subject"), QStringLiteral("季度回顾：恒达机械, 报价")},
            {QStringLiteral("body"), QStringLiteral("讨论二期扩产; 带上样品\n第二行")},
            {QStringLiteral("location"), QStringLiteral("上海市浦东新区 张江路 88 号")},
            {QStringLiteral("starts_at"), QStringLiteral("2026-12-03T01:00:00Z")},
            {QStringLiteral("ends_at"), QStringLiteral("2026-12-03T02:30:00Z")},
            {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
            {QStringLiteral("status"), QStringLiteral("planned")},
            {QStringLiteral("owner"), QStringLiteral("rep1")},
            {QStringLiteral("outcome"), QStringLiteral("客户同意, 下周报价; 需要审批\\确认")},
            {QStringLiteral("next_step"), QStringLiteral("发送报价单")},
            {QStringLiteral("next_step_at"), QStringLiteral("2026-12-10")},
            {QStringLiteral("reminder_minutes"), 15},
            {QStringLiteral("attendees"), attendeesJson({{QStringLiteral("王经理"), QStringLiteral("wang@hengda.example")},
                                                          {QStringLiteral("Li Na"), QStringLiteral("li.na@hengda.example")}})},
            {QStringLiteral("customer_id"), ref(QStringLiteral("erp"), QStringLiteral("3"), QStringLiteral("C0001"))},
            {QStringLiteral("contact_id"), ref(QStringLiteral("erp"), QStringLiteral("5"), QStringLiteral("wang@hengda.example"))},
            {QStringLiteral("opportunity_id"), ref(QStringLiteral("erp"), QStringLiteral("7"), QString())}};
}

// Every field of `expected` as read back, compared the way the merge compares them.
void compareFields(const QVariantMap &expected, const QVariantMap &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QVariant a = ICalCodec::comparable(it.key(), actual.value(it.key()));
        const QVariant e = ICalCodec::comparable(it.key(), it.value());
        if (it.value().typeId() == QMetaType::QVariantMap) {
            const RemoteRef x = RemoteRef::from(it.value(), QString());
            const RemoteRef y = RemoteRef::from(actual.value(it.key()), QString());
            QVERIFY2(x.system == y.system && x.id == y.id && x.code == y.code, qPrintable(it.key()));
            continue;
        }
        QVERIFY2(a.toString() == e.toString(),
                 qPrintable(QStringLiteral("%1: expected [%2], got [%3]").arg(it.key(), e.toString(), a.toString())));
    }
}

} // namespace

class TestICalCodec : public QObject {
    Q_OBJECT

private slots:
    void uidKeyAndFileName();
    void meetingInShanghaiRoundTrips();
    void meetingInUtcRoundTrips();
    void taskRoundTripsWithItsStatus();
    void readsAMeetingFromAnotherClient();
    void readsATaskFromAnotherClient();
    void readsZonesFloatingTimesAndWholeDays_data();
    void readsZonesFloatingTimesAndWholeDays();
    void readsAlarms();
    void updateKeepsWhatItDoesNotOwn();
    void updateMovesTimesAndTurnsAMeetingIntoATask();
    void itemNamingNobodyIsNotPlaceable();
    void garbageGivesAClearError_data();
    void garbageGivesAClearError();
    void fastPathsAgreeWithQt_data();
    void fastPathsAgreeWithQt();
};

void TestICalCodec::uidKeyAndFileName()
{
    const QString key = QStringLiteral("6f1c2a9e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    QCOMPARE(ICalCodec::uidForKey(key), QStringLiteral("sb-") + key + QStringLiteral("@salesbridge"));
    QCOMPARE(ICalCodec::keyFromUid(ICalCodec::uidForKey(key)), key);
    QVERIFY(ICalCodec::keyFromUid(QStringLiteral("meeting-1@crm.test")).isEmpty());
    QVERIFY(ICalCodec::keyFromUid(QStringLiteral("sb-@salesbridge")).isEmpty());
    QCOMPARE(ICalCodec::fileNameForKey(QStringLiteral("{ab/c..d e}")), QStringLiteral("sb-abcde.ics"));
}

void TestICalCodec::meetingInShanghaiRoundTrips()
{
    const QVariantMap fields = meetingFields();
    const QString uid = ICalCodec::uidForKey(QStringLiteral("k-1"));
    const auto made = ICalCodec::create(fields, uid, utc("2026-12-01T08:00:00Z"));
    QVERIFY2(made, qPrintable(made.error()));
    const QString text = QString::fromUtf8(made.value());
    QVERIFY2(text.contains(QLatin1String("DTSTART;TZID=Asia/Shanghai:20261203T090000")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DTEND;TZID=Asia/Shanghai:20261203T103000")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("BEGIN:VTIMEZONE")));
    QVERIFY(text.contains(QLatin1String("TZID:Asia/Shanghai")));
    QVERIFY(text.contains(QLatin1String("X-SALESBRIDGE-KIND:meeting")));
    QVERIFY(text.contains(QLatin1String("STATUS:CONFIRMED")));
    QVERIFY(text.contains(QLatin1String("TRIGGER:-PT15M")));
    QVERIFY2(text.contains(QLatin1String("X-SYSTEM=erp")) && text.contains(QLatin1String("X-ID=3")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("mailto:wang@hengda.example")));

    const auto back = ICalCodec::read(made.value(), context());
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back.value().ours);
    QVERIFY(!back.value().optional);
    QVERIFY(back.value().placeable);
    QCOMPARE(back.value().uid, uid);
    QCOMPARE(back.value().idempotencyKey, QStringLiteral("k-1"));
    compareFields(fields, back.value().fields);
    QCOMPARE(back.value().fields.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(back.value().fields.value(QStringLiteral("reminder_minutes")).toInt(), 15);
    QCOMPARE(back.value().fields.value(QStringLiteral("outcome")).toString(), fields.value(QStringLiteral("outcome")).toString());
}

void TestICalCodec::meetingInUtcRoundTrips()
{
    QVariantMap fields = meetingFields();
    fields.insert(QStringLiteral("kind"), QStringLiteral("visit"));
    fields.insert(QStringLiteral("time_zone"), QStringLiteral("UTC"));
    fields.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    fields.insert(QStringLiteral("reminder_minutes"), QVariant());
    fields.insert(QStringLiteral("customer_id"), ref(QString(), QString(), QStringLiteral("hengda")));
    fields.insert(QStringLiteral("contact_id"), QVariant());
    fields.insert(QStringLiteral("opportunity_id"), QVariant());
    const auto made = ICalCodec::create(fields, QStringLiteral("sb-k-2@salesbridge"), utc("2026-12-01T08:00:00Z"));
    QVERIFY2(made, qPrintable(made.error()));
    const QString text = QString::fromUtf8(made.value());
    QVERIFY2(text.contains(QLatin1String("DTSTART:20261203T010000Z")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("VTIMEZONE")));
    QVERIFY(!text.contains(QLatin1String("VALARM")));
    QVERIFY(text.contains(QLatin1String("STATUS:CANCELLED")));
    const auto back = ICalCodec::read(made.value(), context());
    QVERIFY2(back, qPrintable(back.error()));
    compareFields(fields, back.value().fields);
    QVERIFY(back.value().fields.value(QStringLiteral("time_zone")).isNull());
    QCOMPARE(back.value().fields.value(QStringLiteral("kind")).toString(), QStringLiteral("visit"));
    QCOMPARE(RemoteRef::from(back.value().fields.value(QStringLiteral("customer_id")), QString()).code, QStringLiteral("hengda"));
    QVERIFY(back.value().fields.value(QStringLiteral("contact_id")).isNull());
}

void TestICalCodec::taskRoundTripsWithItsStatus()
{
    QVariantMap fields = meetingFields();
    fields.insert(QStringLiteral("kind"), QStringLiteral("task"));
    fields.insert(QStringLiteral("subject"), QStringLiteral("给恒达发报价"));
    fields.insert(QStringLiteral("ends_at"), QVariant());
    fields.insert(QStringLiteral("reminder_minutes"), 60);
    for (const QString &status : {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("cancelled")}) {
        fields.insert(QStringLiteral("status"), status);
        const auto made = ICalCodec::create(fields, QStringLiteral("sb-t@salesbridge"), utc("2026-12-01T08:00:00Z"));
        QVERIFY2(made, qPrintable(made.error()));
        const QString text = QString::fromUtf8(made.value());
        QVERIFY(text.contains(QLatin1String("BEGIN:VTODO")));
        QVERIFY(!text.contains(QLatin1String("BEGIN:VEVENT")));
        QVERIFY2(text.contains(QLatin1String("DUE;TZID=Asia/Shanghai:20261203T090000")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("RELATED=END")));
        const char *expected = status == QLatin1String("done") ? "STATUS:COMPLETED"
                               : status == QLatin1String("cancelled") ? "STATUS:CANCELLED" : "STATUS:NEEDS-ACTION";
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("COMPLETED:2026")), status == QLatin1String("done"));
        const auto back = ICalCodec::read(made.value(), context());
        QVERIFY2(back, qPrintable(back.error()));
        compareFields(fields, back.value().fields);
    }
}

void TestICalCodec::readsAMeetingFromAnotherClient()
{
    const auto before = ICalCodec::read(meetingFromAnotherClient(), context("2026-12-01T00:00:00Z"));
    QVERIFY2(before, qPrintable(before.error()));
    const DecodedItem &d = before.value();
    QVERIFY(!d.ours);
    QVERIFY(d.optional);
    QVERIFY(d.placeable);
    QVERIFY(d.idempotencyKey.isEmpty());
    QCOMPARE(d.fields.value(QStringLiteral("kind")).toString(), QStringLiteral("meeting"));
    QCOMPARE(d.fields.value(QStringLiteral("subject")).toString(), QStringLiteral("Quarterly review with ACME"));
    QCOMPARE(d.fields.value(QStringLiteral("location")).toString(), QStringLiteral("ACME HQ"));
    QCOMPARE(d.fields.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-12-03T09:00:00Z"));
    QCOMPARE(d.fields.value(QStringLiteral("ends_at")).toString(), QStringLiteral("2026-12-03T10:00:00Z"));
    QVERIFY(d.fields.value(QStringLiteral("time_zone")).isNull());
    QCOMPARE(d.fields.value(QStringLiteral("owner")).toString(), QStringLiteral("alice"));
    QCOMPARE(d.fields.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(d.modifiedAt, QStringLiteral("2026-12-01T08:00:00Z"));
    const QJsonArray people = QJsonDocument::fromJson(d.fields.value(QStringLiteral("attendees")).toString().toUtf8()).array();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).toObject().value(QLatin1String("email")).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(people.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Carol (ACME)"));
    QCOMPARE(people.at(1).toObject().value(QLatin1String("email")).toString(), QStringLiteral("carol@acme.example"));
    // No customer named: the customer comes from whichever of these is a known contact.
    QVERIFY(!d.fields.contains(QStringLiteral("customer_id")));
    const QVariantMap contact = d.fields.value(QStringLiteral("contact_id")).toMap();
    QCOMPARE(contact.value(QStringLiteral("codes")).toStringList(),
             (QStringList{QStringLiteral("bob@example.com"), QStringLiteral("carol@acme.example"), QStringLiteral("alice@example.com")}));

    // Read after it ended: done.
    const auto after = ICalCodec::read(meetingFromAnotherClient(), context("2026-12-04T00:00:00Z"));
    QCOMPARE(after.value().fields.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
}

void TestICalCodec::readsATaskFromAnotherClient()
{
    QStringList lines = {QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//CRM test//EN"),
                         QStringLiteral("BEGIN:VTODO"), QStringLiteral("UID:task-1@crm.test"), QStringLiteral("DTSTAMP:20261201T080000Z"),
                         QStringLiteral("DUE:20261205T170000Z"), QStringLiteral("SUMMARY:Send quote to ACME"),
                         QStringLiteral("STATUS:NEEDS-ACTION"), QStringLiteral("PRIORITY:1"),
                         QStringLiteral("X-SALESBRIDGE-CUSTOMER:C0001"), QStringLiteral("END:VTODO"), QStringLiteral("END:VCALENDAR")};
    auto r = ICalCodec::read(ics(lines), context());
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().fields.value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
    QCOMPARE(r.value().fields.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(r.value().fields.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-12-05T17:00:00Z"));
    QVERIFY(r.value().fields.value(QStringLiteral("ends_at")).isNull());
    QCOMPARE(RemoteRef::from(r.value().fields.value(QStringLiteral("customer_id")), QString()).code, QStringLiteral("C0001"));
    QVERIFY(r.value().optional);
    QVERIFY(r.value().placeable);

    lines[8] = QStringLiteral("STATUS:COMPLETED");
    lines.insert(9, QStringLiteral("COMPLETED:20261202T080000Z"));
    r = ICalCodec::read(ics(lines), context());
    QCOMPARE(r.value().fields.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
}

void TestICalCodec::readsZonesFloatingTimesAndWholeDays_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("floating");
    QTest::addColumn<QString>("startsAt");
    QTest::addColumn<QString>("endsAt");
    QTest::addColumn<QString>("zone");

    const QStringList vtimezone = {QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:China Standard Time"),
                                   QStringLiteral("BEGIN:STANDARD"), QStringLiteral("DTSTART:16010101T000000"),
                                   QStringLiteral("TZOFFSETFROM:+0800"), QStringLiteral("TZOFFSETTO:+0800"),
                                   QStringLiteral("END:STANDARD"), QStringLiteral("END:VTIMEZONE")};
    QTest::newRow("TZID without VTIMEZONE") << QStringList{QStringLiteral("DTSTART;TZID=Asia/Shanghai:20261203T090000"),
                                                           QStringLiteral("DTEND;TZID=Asia/Shanghai:20261203T100000")}
                                            << QString() << "2026-12-03T01:00:00Z" << "2026-12-03T02:00:00Z" << "Asia/Shanghai";
    QTest::newRow("libical's prefixed TZID")
        << QStringList{QStringLiteral("DTSTART;TZID=/freeassociation.sourceforge.net/Asia/Shanghai:20261203T090000")}
        << QString() << "2026-12-03T01:00:00Z" << "" << "Asia/Shanghai";
    QTest::newRow("Windows zone with its VTIMEZONE")
        << (vtimezone + QStringList{QStringLiteral("DTSTART;TZID=China Standard Time:20261203T090000")})
        << QString() << "2026-12-03T01:00:00Z" << "" << "";
    QTest::newRow("UTC") << QStringList{QStringLiteral("DTSTART:20261203T090000Z"), QStringLiteral("DURATION:PT45M")}
                         << QStringLiteral("Asia/Shanghai") << "2026-12-03T09:00:00Z" << "2026-12-03T09:45:00Z" << "";
    QTest::newRow("floating in the activity's zone") << QStringList{QStringLiteral("DTSTART:20261203T090000")}
                                                     << QStringLiteral("Asia/Shanghai") << "2026-12-03T01:00:00Z" << "" << "Asia/Shanghai";
    QTest::newRow("floating without a zone: UTC") << QStringList{QStringLiteral("DTSTART:20261203T090000")} << QString()
                                                  << "2026-12-03T09:00:00Z" << "" << "";
    QTest::newRow("whole day") << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261203")} << QStringLiteral("Asia/Shanghai")
                               << "2026-12-02T16:00:00Z" << "2026-12-03T16:00:00Z" << "Asia/Shanghai";
    QTest::newRow("whole days with an end") << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261203"), QStringLiteral("DTEND;VALUE=DATE:20261205")}
                                            << QString() << "2026-12-03T00:00:00Z" << "2026-12-05T00:00:00Z" << "";
}

void TestICalCodec::readsZonesFloatingTimesAndWholeDays()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, floating);
    QFETCH(QString, startsAt);
    QFETCH(QString, endsAt);
    QFETCH(QString, zone);
    QStringList all = {QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//x//EN")};
    QStringList item = {QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:z@x"), QStringLiteral("DTSTAMP:20261201T080000Z"),
                        QStringLiteral("SUMMARY:时区")};
    bool inZone = false;
    for (const QString &l : lines) {
        inZone = inZone || l == QLatin1String("BEGIN:VTIMEZONE");
        (inZone ? all : item) << l;
        inZone = inZone && l != QLatin1String("END:VTIMEZONE");
    }
    all << item << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");
    ReadContext c = context();
    c.floatingZone = floating;
    const auto r = ICalCodec::read(ics(all), c);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().fields.value(QStringLiteral("starts_at")).toString(), startsAt);
    QCOMPARE(r.value().fields.value(QStringLiteral("ends_at")).toString(), endsAt);
    QCOMPARE(r.value().fields.value(QStringLiteral("time_zone")).toString(), zone);
}

void TestICalCodec::readsAlarms()
{
    auto withAlarm = [](const QString &trigger) {
        return ics({QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//x//EN"),
                    QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:a@x"), QStringLiteral("DTSTAMP:20261201T080000Z"),
                    QStringLiteral("DTSTART:20261203T090000Z"), QStringLiteral("DTEND:20261203T100000Z"),
                    QStringLiteral("SUMMARY:alarm"), QStringLiteral("BEGIN:VALARM"), QStringLiteral("ACTION:AUDIO"), trigger,
                    QStringLiteral("END:VALARM"), QStringLiteral("END:VEVENT"), QStringLiteral("END:VCALENDAR")});
    };
    auto minutes = [&](const QString &trigger) {
        const auto r = ICalCodec::read(withAlarm(trigger), context());
        return r ? r.value().fields.value(QStringLiteral("reminder_minutes")) : QVariant(QStringLiteral("error"));
    };
    QCOMPARE(minutes(QStringLiteral("TRIGGER:-PT1H30M")).toInt(), 90);
    QCOMPARE(minutes(QStringLiteral("TRIGGER:-P1D")).toInt(), 1440);
    QCOMPARE(minutes(QStringLiteral("TRIGGER:PT0S")).toInt(), 0);
    QCOMPARE(minutes(QStringLiteral("TRIGGER;VALUE=DATE-TIME:20261203T084500Z")).toInt(), 15);
    QCOMPARE(minutes(QStringLiteral("TRIGGER;RELATED=END:-PT75M")).toInt(), 15);
    QVERIFY(minutes(QStringLiteral("TRIGGER:PT10M")).isNull()); // after the start: no reminder here
}

void TestICalCodec::updateKeepsWhatItDoesNotOwn()
{
    QVariantMap changes{{QStringLiteral("subject"), QStringLiteral("季度回顾（改期）")},
                        {QStringLiteral("starts_at"), QStringLiteral("2026-12-04T02:00:00Z")},
                        {QStringLiteral("ends_at"), QStringLiteral("2026-12-04T03:00:00Z")},
                        {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
                        {QStringLiteral("reminder_minutes"), 30},
                        {QStringLiteral("outcome"), QStringLiteral("改到周五, 地点不变")},
                        {QStringLiteral("attendees"), attendeesJson({{QStringLiteral("Bob Builder"), QStringLiteral("BOB@example.com")},
                                                                      {QStringLiteral("王经理"), QStringLiteral("wang@hengda.example")}})}};
    const auto updated = ICalCodec::update(meetingFromAnotherClient(), changes, context(), utc("2026-12-02T08:00:00Z"));
    QVERIFY2(updated, qPrintable(updated.error()));
    const QString text = QString::fromUtf8(updated.value());
    // What another client wrote and the edit did not name is still there.
    QVERIFY2(text.contains(QLatin1String("ORGANIZER;CN=Alice:mailto:alice@example.com")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("X-OTHER-CLIENT-COLOR:teal")));
    QVERIFY(text.contains(QLatin1String("CATEGORIES:Business")) && text.contains(QLatin1String("Review")));
    QVERIFY(text.contains(QLatin1String("LOCATION:ACME HQ")));
    QVERIFY(text.contains(QLatin1String("UID:meeting-1@crm.test")));
    QVERIFY2(text.contains(QLatin1String("PARTSTAT=NEEDS-ACTION")), qPrintable(text)); // Bob's answer kept
    QVERIFY(!text.contains(QLatin1String("carol@acme.example")));
    QVERIFY(!text.contains(QLatin1String("X-SALESBRIDGE-KIND"))); // still another client's meeting
    QVERIFY(text.contains(QLatin1String("SEQUENCE:1")));
    QVERIFY(text.contains(QLatin1String("DTSTART;TZID=Asia/Shanghai:20261204T100000")));

    const auto back = ICalCodec::read(updated.value(), context());
    QVERIFY2(back, qPrintable(back.error()));
    compareFields(changes, back.value().fields);
    QCOMPARE(back.value().fields.value(QStringLiteral("location")).toString(), QStringLiteral("ACME HQ"));
}

void TestICalCodec::updateMovesTimesAndTurnsAMeetingIntoATask()
{
    const QVariantMap fields = meetingFields();
    const auto made = ICalCodec::create(fields, QStringLiteral("sb-m@salesbridge"), utc("2026-12-01T08:00:00Z"));
    QVERIFY(made);
    // Only the end moves: the start stays in its zone.
    auto moved = ICalCodec::update(made.value(), {{QStringLiteral("ends_at"), QStringLiteral("2026-12-03T04:00:00Z")}}, context(),
                                   utc("2026-12-02T08:00:00Z"));
    QVERIFY2(moved, qPrintable(moved.error()));
    auto read = ICalCodec::read(moved.value(), context());
    QCOMPARE(read.value().fields.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-12-03T01:00:00Z"));
    QCOMPARE(read.value().fields.value(QStringLiteral("ends_at")).toString(), QStringLiteral("2026-12-03T04:00:00Z"));
    QVERIFY(QString::fromUtf8(moved.value()).contains(QLatin1String("DTEND;TZID=Asia/Shanghai:20261203T120000")));

    auto task = ICalCodec::update(moved.value(), {{QStringLiteral("kind"), QStringLiteral("task")}, {QStringLiteral("status"), QStringLiteral("done")}},
                                  context(), utc("2026-12-02T09:00:00Z"));
    QVERIFY2(task, qPrintable(task.error()));
    const QString text = QString::fromUtf8(task.value());
    QVERIFY(text.contains(QLatin1String("BEGIN:VTODO")));
    QVERIFY(!text.contains(QLatin1String("BEGIN:VEVENT")));
    QVERIFY(!text.contains(QLatin1String("DTEND")));
    read = ICalCodec::read(task.value(), context());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value().fields.value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
    QCOMPARE(read.value().fields.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(read.value().fields.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-12-03T01:00:00Z"));
    QCOMPARE(read.value().fields.value(QStringLiteral("subject")).toString(), fields.value(QStringLiteral("subject")).toString());
    QCOMPARE(read.value().fields.value(QStringLiteral("reminder_minutes")).toInt(), 15);
    QCOMPARE(read.value().uid, QStringLiteral("sb-m@salesbridge"));

    // Clearing the reminder and the body removes them.
    auto cleared = ICalCodec::update(task.value(), {{QStringLiteral("reminder_minutes"), QVariant()}, {QStringLiteral("body"), QVariant()}},
                                     context(), utc("2026-12-02T10:00:00Z"));
    QVERIFY(cleared);
    QVERIFY(!QString::fromUtf8(cleared.value()).contains(QLatin1String("VALARM")));
    read = ICalCodec::read(cleared.value(), context());
    QVERIFY(read.value().fields.value(QStringLiteral("reminder_minutes")).isNull());
    QVERIFY(read.value().fields.value(QStringLiteral("body")).isNull());
}

void TestICalCodec::itemNamingNobodyIsNotPlaceable()
{
    const auto r = ICalCodec::read(ics({QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//x//EN"),
                                        QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:lunch@x"), QStringLiteral("DTSTAMP:20261201T080000Z"),
                                        QStringLiteral("DTSTART:20261203T040000Z"), QStringLiteral("SUMMARY:Lunch"),
                                        QStringLiteral("END:VEVENT"), QStringLiteral("END:VCALENDAR")}),
                                   context());
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(!r.value().placeable);
}

void TestICalCodec::garbageGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("words") << QByteArray("this is not a calendar");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("cut off") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026");
    QTest::newRow("no item") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    QTest::newRow("bare event") << QByteArray("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261203T090000Z\r\nEND:VEVENT\r\n");
    QTest::newRow("journal") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:j\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n");
    QTest::newRow("no time") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QTest::newRow("bad time") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:soon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe BEGIN:VCALENDAR\x01\x02", 20);
    QTest::newRow("unbalanced") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VALARM\r\nEND:VCALENDAR\r\n");
}

void TestICalCodec::garbageGivesAClearError()
{
    QFETCH(QByteArray, input);
    const auto r = ICalCodec::read(input, context());
    QVERIFY(!r);
    QVERIFY2(!r.error().isEmpty(), "a failure says why");
    const auto u = ICalCodec::update(input, {{QStringLiteral("subject"), QStringLiteral("x")}}, context(), utc("2026-12-01T00:00:00Z"));
    QVERIFY(!u);
    QVERIFY(!u.error().isEmpty());
    // A create from fields that cannot make an item says so too.
    const auto c = ICalCodec::create({{QStringLiteral("kind"), QStringLiteral("meeting")}, {QStringLiteral("starts_at"), QString::fromLatin1(input)}},
                                     QStringLiteral("u"), utc("2026-12-01T00:00:00Z"));
    QVERIFY(!c);
    QVERIFY(!c.error().isEmpty());
}

// The reader's own writers of a UTC time and of an item's path take shortcuts for the common
// case; both must give what the Qt functions they replace give, in and out of that case.
void TestICalCodec::fastPathsAgreeWithQt_data()
{
    QTest::addColumn<QString>("href");
    QTest::newRow("plain") << QStringLiteral("/alice/calendar/0f1e2d3c-4b5a.ics");
    QTest::newRow("escaped @") << QStringLiteral("/alice/calendar/sb-12%40salesbridge.ics");
    QTest::newRow("escaped UTF-8") << QStringLiteral("/alice/%E6%97%A5%E5%8E%86/a.ics");
    QTest::newRow("escaped slash") << QStringLiteral("/alice/a%2Fb.ics");
    QTest::newRow("bad escape") << QStringLiteral("/alice/a%zzb.ics");
    QTest::newRow("short escape") << QStringLiteral("/alice/a%4");
    QTest::newRow("space") << QStringLiteral("/alice/a b.ics");
    QTest::newRow("Chinese") << QStringLiteral("/alice/日历/会议.ics");
    QTest::newRow("padded") << QStringLiteral("  /alice/a.ics ");
    QTest::newRow("authority") << QStringLiteral("//host/alice/a.ics");
    QTest::newRow("dot segment") << QStringLiteral("/alice/./a.ics");
    QTest::newRow("dot file") << QStringLiteral("/alice/.hidden.ics");
    QTest::newRow("full URL") << QStringLiteral("http://127.0.0.1:5232/alice/a%40b.ics");
    QTest::newRow("query") << QStringLiteral("/alice/a.ics?x=1");
    QTest::newRow("sub-delims") << QStringLiteral("/alice/a!$&'()*+,;=:@~.ics");
}

void TestICalCodec::fastPathsAgreeWithQt()
{
    QFETCH(QString, href);
    const QUrl u(href.trimmed());
    QCOMPARE(sb::caldav::normalPath(href), QUrl::fromPercentEncoding(u.path(QUrl::FullyEncoded).toUtf8()));

    // Times: the first of a year, the end of a day, a leap day, in UTC and from Shanghai.
    const QTimeZone shanghai("Asia/Shanghai");
    const QList<QDateTime> times = {
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc()),
        QDateTime(QDate(2028, 2, 29), QTime(7, 5, 9), shanghai),
        QDateTime(QDate(1970, 1, 1), QTime(8, 0), shanghai),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 6, 1), QTime(10, 0, 0, 500), QTimeZone::utc()),
    };
    for (const QDateTime &t : times)
        QCOMPARE(sb::caldav::ical::isoUtc(t), t.toUTC().toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestICalCodec)
#include "tst_icalcodec.moc"
