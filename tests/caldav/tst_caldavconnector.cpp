// The CalDAV connector against a real Radicale (label caldav), through the sync engine as the
// app runs it: meetings and tasks made here arrive with their Chinese text and Shanghai times;
// what other clients put in the calendar arrives on the customer it names or on the customer
// of a contact who takes part; edits on both sides merge or conflict; deletions go both ways; an
// unknown sync token starts a full read; a create whose answer is lost is made once; a wrong
// password says so and holds the changes; a long answer is handed over in pages, and a page
// whose answer is gone (another process) asks the token again.
#include "CalDavWorkspace.h"
#include "RadicaleServer.h"
#include "../tryton/DroppingProxy.h"

#include "sync/connectors/caldav/CalDavConnector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::testing;

namespace {

QByteArray ics(const QStringList &lines)
{
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

// An item as another client (a phone's calendar) writes it.
QByteArray foreignEvent(const QString &uid, const QString &summary, const QStringList &extra)
{
    return ics(QStringList{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"), QStringLiteral("PRODID:-//Phone//EN"),
                           QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:") + uid, QStringLiteral("DTSTAMP:20261201T080000Z"),
                           QStringLiteral("DTSTART;TZID=Asia/Shanghai:20261215T140000"),
                           QStringLiteral("DTEND;TZID=Asia/Shanghai:20261215T150000"), QStringLiteral("SUMMARY:") + summary}
               + extra + QStringList{QStringLiteral("END:VEVENT"), QStringLiteral("END:VCALENDAR")});
}

// iCalendar lines as a reader sees them: folded continuation lines joined.
QString unfolded(const QByteArray &text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1String("\r\n "), QString());
    s.replace(QLatin1String("\r\n\t"), QString());
    return s;
}

QVariantMap meeting(const QString &subject)
{
    return {{QStringLiteral("kind"), QStringLiteral("meeting")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), QStringLiteral("带上二期扩产的方案, 以及样品")},
            {QStringLiteral("location"), QStringLiteral("江苏省无锡市 恒达机械 三号会议室")},
            {QStringLiteral("starts_at"), QStringLiteral("2026-12-10T01:00:00Z")},
            {QStringLiteral("ends_at"), QStringLiteral("2026-12-10T02:30:00Z")},
            {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
            {QStringLiteral("status"), QStringLiteral("planned")},
            {QStringLiteral("reminder_minutes"), 15},
            {QStringLiteral("attendees"), QStringLiteral("[{\"name\":\"王经理\",\"email\":\"wang@hengda.example\"}]")}};
}

} // namespace

class TestCalDavConnector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void connectionTestNamesTheCalendar();
    void meetingAndTaskReachTheServer();
    void itemsFromAnotherClientArrive();
    void editsOnBothSidesMergeOrConflict();
    void deletionsGoBothWays();
    void unknownSyncTokenStartsOver();
    void lostCreateAnswerIsMadeOnce();
    void wrongPasswordSaysSoAndHolds();
    void longAnswerComesInPages();

private:
    RemoteResult run(RemoteCall *call);
    // Another client's edit: the server's text with the line starting `name` replaced (or
    // added), sent back with If-Match.
    bool editOnServer(const QString &path, const QString &name, const QString &line);

    QNetworkAccessManager m_nam;
    RadicaleServer m_server;
    QUrl m_calendar;
};

void TestCalDavConnector::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestCalDavConnector::init()
{
    QString error;
    m_calendar = m_server.newCalendar(QStringLiteral("销售会议"), &error);
    QVERIFY2(!m_calendar.isEmpty(), qPrintable(error));
}

RemoteResult TestCalDavConnector::run(RemoteCall *call)
{
    std::unique_ptr<RemoteCall> owned(call);
    QSignalSpy done(call, &RemoteCall::finished);
    call->start();
    if (done.isEmpty() && !done.wait(30000))
        qFatal("a connector call did not finish");
    return done.first().first().value<RemoteResult>();
}

bool TestCalDavConnector::editOnServer(const QString &path, const QString &name, const QString &line)
{
    const CalReply now = m_server.get(path);
    if (!now.ok())
        return false;
    QStringList lines = unfolded(now.body).split(QStringLiteral("\r\n"));
    bool replaced = false;
    for (QString &l : lines)
        if (l.startsWith(name + QLatin1Char(':')) || l.startsWith(name + QLatin1Char(';'))) {
            l = line;
            replaced = true;
        }
    if (!replaced)
        lines.insert(lines.indexOf(QStringLiteral("END:VEVENT")), line);
    const CalReply put = m_server.put(path, lines.join(QStringLiteral("\r\n")).toUtf8(), Precondition::match(now.etag));
    if (!put.ok())
        qWarning("%s", qPrintable(put.describe()));
    return put.ok();
}

void TestCalDavConnector::connectionTestNamesTheCalendar()
{
    caldav::Settings s;
    s.collection = m_calendar;
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("alice-pass");
    caldav::CalDavConnector c(&m_nam, s);
    const RemoteResult ok = run(c.testConnection());
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QVERIFY2(ok.message.contains(QStringLiteral("销售会议")) && ok.message.contains(QLatin1String("alice")), qPrintable(ok.message));

    // The server's root is not a calendar: said so, not taken.
    caldav::Settings root = s;
    root.collection = m_server.resolve(QStringLiteral("/alice/"));
    caldav::CalDavConnector notACalendar(&m_nam, root);
    const RemoteResult refused = run(notACalendar.testConnection());
    QCOMPARE(refused.error, RemoteErrorClass::Permanent);
    QVERIFY2(refused.message.contains(QLatin1String("not a calendar")), qPrintable(refused.message));

    // Bob may not use alice's calendar.
    caldav::Settings bob = s;
    bob.username = QStringLiteral("bob");
    bob.password = QStringLiteral("bob-pass");
    caldav::CalDavConnector asBob(&m_nam, bob);
    const RemoteResult forbidden = run(asBob.testConnection());
    QCOMPARE(forbidden.error, RemoteErrorClass::Permanent);
    QVERIFY2(forbidden.message.contains(QLatin1String("bob")), qPrintable(forbidden.message));
}

void TestCalDavConnector::meetingAndTaskReachTheServer()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    QVariantMap fields = meeting(QStringLiteral("二期扩产方案评审"));
    fields.insert(QStringLiteral("contact_id"), ws.scalar(QStringLiteral("SELECT id FROM contacts WHERE email = 'wang@hengda.example'")));
    const qint64 meetingId = ws.addActivity(QStringLiteral("C0001"), fields);
    const qint64 taskId = ws.addActivity(QStringLiteral("C0001"),
                                         {{QStringLiteral("kind"), QStringLiteral("task")},
                                          {QStringLiteral("subject"), QStringLiteral("给恒达发送报价单")},
                                          {QStringLiteral("starts_at"), QStringLiteral("2026-12-11T09:30:00Z")},
                                          {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
                                          {QStringLiteral("status"), QStringLiteral("planned")},
                                          {QStringLiteral("reminder_minutes"), 60}});
    const SyncSummary s = ws.cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pushed, 2);

    const QString meetingHref = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {meetingId}).toString();
    const QString taskHref = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {taskId}).toString();
    QCOMPARE(meetingHref, m_calendar.path() + QStringLiteral("sb-") + ws.keyOf(meetingId) + QStringLiteral(".ics"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT remote_system FROM activities WHERE id = ?"), {meetingId}).toString(), QStringLiteral("calendar"));
    QVERIFY(!ws.scalar(QStringLiteral("SELECT remote_version FROM activities WHERE id = ?"), {meetingId}).toString().isEmpty());

    const QString m = unfolded(m_server.get(meetingHref).body);
    QVERIFY2(m.contains(QStringLiteral("SUMMARY:二期扩产方案评审")), qPrintable(m));
    QVERIFY(m.contains(QStringLiteral("DTSTART;TZID=Asia/Shanghai:20261210T090000")));
    QVERIFY(m.contains(QStringLiteral("DTEND;TZID=Asia/Shanghai:20261210T103000")));
    QVERIFY(m.contains(QStringLiteral("LOCATION:江苏省无锡市 恒达机械 三号会议室")));
    QVERIFY(m.contains(QStringLiteral("DESCRIPTION:带上二期扩产的方案\\, 以及样品")));
    QVERIFY(m.contains(QStringLiteral("TZID:Asia/Shanghai")));
    QVERIFY(m.contains(QStringLiteral("TRIGGER:-PT15M")));
    QVERIFY(m.contains(QStringLiteral("CN=王经理")) && m.contains(QStringLiteral("mailto:wang@hengda.example")));
    QVERIFY2(m.contains(QStringLiteral("X-SALESBRIDGE-CUSTOMER")) && m.contains(QStringLiteral(":C0001")), qPrintable(m));
    QVERIFY(m.contains(QStringLiteral("X-SALESBRIDGE-KIND:meeting")));
    const QString t = unfolded(m_server.get(taskHref).body);
    QVERIFY2(t.contains(QStringLiteral("BEGIN:VTODO")) && t.contains(QStringLiteral("DUE;TZID=Asia/Shanghai:20261211T173000")), qPrintable(t));
    QVERIFY(t.contains(QStringLiteral("SUMMARY:给恒达发送报价单")));
    QVERIFY(t.contains(QStringLiteral("STATUS:NEEDS-ACTION")));

    // Synced again: nothing new on either side, nothing changed by its own echo.
    const SyncSummary again = ws.cycle();
    QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 2);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 2);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE local_state <> 0")).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT subject FROM activities WHERE id = ?"), {meetingId}).toString(), QStringLiteral("二期扩产方案评审"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT starts_at FROM activities WHERE id = ?"), {meetingId}).toString(), QStringLiteral("2026-12-10T01:00:00Z"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT time_zone FROM activities WHERE id = ?"), {taskId}).toString(), QStringLiteral("Asia/Shanghai"));
}

void TestCalDavConnector::itemsFromAnotherClientArrive()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    QVERIFY(ws.cycle().ok());
    const QString base = m_calendar.path();
    // Named by the customer's code, as a tool that knows SalesBridge's properties writes it.
    QVERIFY(m_server.put(base + QStringLiteral("phone-1.ics"),
                         foreignEvent(QStringLiteral("phone-1@x"), QStringLiteral("东方光伏现场支持"),
                                      {QStringLiteral("X-SALESBRIDGE-CUSTOMER:C0002")}), Precondition::createOnly()).ok());
    // Only a contact's address among its attendees.
    QVERIFY(m_server.put(base + QStringLiteral("phone-2.ics"),
                         foreignEvent(QStringLiteral("phone-2@x"), QStringLiteral("与王经理午餐"),
                                      {QStringLiteral("ORGANIZER;CN=Alice:mailto:alice@example.com"),
                                       QStringLiteral("ATTENDEE;CN=Wang;PARTSTAT=ACCEPTED:mailto:wang@hengda.example")}),
                         Precondition::createOnly()).ok());
    // No one the cache knows: stays out.
    QVERIFY(m_server.put(base + QStringLiteral("phone-3.ics"),
                         foreignEvent(QStringLiteral("phone-3@x"), QStringLiteral("Dentist"),
                                      {QStringLiteral("ATTENDEE:mailto:dr.who@clinic.example")}), Precondition::createOnly()).ok());
    const SyncSummary s = ws.cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));

    QCOMPARE(ws.scalar(QStringLiteral("SELECT c.code FROM activities a JOIN customers c ON c.id = a.customer_id WHERE a.subject = ?"),
                       {QStringLiteral("东方光伏现场支持")}).toString(),
             QStringLiteral("C0002"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT kind || '/' || owner || '/' || starts_at FROM activities WHERE subject = ?"),
                       {QStringLiteral("东方光伏现场支持")}).toString(),
             QStringLiteral("meeting/alice/2026-12-15T06:00:00Z"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT c.code FROM activities a JOIN customers c ON c.id = a.customer_id WHERE a.subject = ?"),
                       {QStringLiteral("与王经理午餐")}).toString(),
             QStringLiteral("C0001"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT k.email FROM activities a JOIN contacts k ON k.id = a.contact_id WHERE a.subject = ?"),
                       {QStringLiteral("与王经理午餐")}).toString(),
             QStringLiteral("wang@hengda.example"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Dentist'")).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 2);

    // An item the cache cannot read (a journal entry: no event, no task): left out, and the sync
    // log says so in words while the others still come.
    const QByteArray startless = QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VJOURNAL\r\n"
                                                   "UID:startless@x\r\nDTSTAMP:20261201T080000Z\r\nDTSTART:20261201T080000Z\r\n"
                                                   "SUMMARY:No start\r\nX-SALESBRIDGE-CUSTOMER:C0002\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n");
    QVERIFY(m_server.put(base + QStringLiteral("startless.ics"), startless, Precondition::createOnly()).ok());
    QVERIFY(m_server.put(base + QStringLiteral("phone-4.ics"),
                         foreignEvent(QStringLiteral("phone-4@x"), QStringLiteral("回访东方光伏"),
                                      {QStringLiteral("X-SALESBRIDGE-CUSTOMER:C0002")}), Precondition::createOnly()).ok());
    QVERIFY(ws.cycle().ok());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = ?"), {QStringLiteral("回访东方光伏")}).toInt(), 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'No start'")).toInt(), 0);
    const QString logged = ws.scalar(QStringLiteral("SELECT group_concat(message, ' | ') FROM sync_log WHERE level = 'warning' "
                                                    "AND entity = 'activity'")).toString();
    QVERIFY2(logged.contains(QLatin1String("startless.ics")) && logged.contains(QLatin1String("left out")), qPrintable(logged));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 3);

    // The lunch no longer names the contact: it leaves the cache.
    QVERIFY(editOnServer(base + QStringLiteral("phone-2.ics"), QStringLiteral("ATTENDEE"), QStringLiteral("ATTENDEE:mailto:someone@else.example")));
    QVERIFY(ws.cycle().ok());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = ?"), {QStringLiteral("与王经理午餐")}).toInt(), 0);
}

void TestCalDavConnector::editsOnBothSidesMergeOrConflict()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    const qint64 id = ws.addActivity(QStringLiteral("C0001"), meeting(QStringLiteral("季度回顾")));
    QVERIFY(ws.cycle().ok());
    const QString path = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {id}).toString();

    // Different fields: the phone moves the room, the laptop renames it. Both stay.
    QVERIFY(editOnServer(path, QStringLiteral("LOCATION"), QStringLiteral("LOCATION:恒达机械 一号会议室")));
    QVERIFY(ActivityStore(ws.db()).update(id, {{QStringLiteral("subject"), QStringLiteral("季度回顾（含二期）")}}));
    SyncSummary s = ws.cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT location FROM activities WHERE id = ?"), {id}).toString(), QStringLiteral("恒达机械 一号会议室"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT subject FROM activities WHERE id = ?"), {id}).toString(), QStringLiteral("季度回顾（含二期）"));
    const QString merged = unfolded(m_server.get(path).body);
    QVERIFY2(merged.contains(QStringLiteral("SUMMARY:季度回顾（含二期）")) && merged.contains(QStringLiteral("LOCATION:恒达机械 一号会议室")),
             qPrintable(merged));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 0);

    // The same field on both sides: a conflict for a person, the server's text untouched.
    QVERIFY(editOnServer(path, QStringLiteral("SUMMARY"), QStringLiteral("SUMMARY:季度回顾（改期）")));
    QVERIFY(ActivityStore(ws.db()).update(id, {{QStringLiteral("subject"), QStringLiteral("季度回顾（取消二期）")}}));
    s = ws.cycle();
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE record_id = ? AND field = 'subject' AND resolved_at IS NULL"), {id}).toInt(), 1);
    QVERIFY(unfolded(m_server.get(path).body).contains(QStringLiteral("SUMMARY:季度回顾（改期）")));
}

void TestCalDavConnector::deletionsGoBothWays()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    const qint64 kept = ws.addActivity(QStringLiteral("C0001"), meeting(QStringLiteral("将在服务器上删除")));
    const qint64 here = ws.addActivity(QStringLiteral("C0002"), meeting(QStringLiteral("将在这里删除")));
    QVERIFY(ws.cycle().ok());
    const QString gonePath = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {kept}).toString();
    const QString herePath = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {here}).toString();

    QVERIFY(m_server.remove(gonePath).ok()); // another client deletes one
    QVERIFY(ActivityStore(ws.db()).remove(here)); // this laptop the other
    const SyncSummary s = ws.cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE id = ?"), {kept}).toInt(), 0);
    QCOMPARE(m_server.get(herePath).status, 404);
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 0);
}

void TestCalDavConnector::unknownSyncTokenStartsOver()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    ws.addActivity(QStringLiteral("C0001"), meeting(QStringLiteral("令牌测试")));
    const qint64 doomed = ws.addActivity(QStringLiteral("C0002"), meeting(QStringLiteral("令牌失效时删除")));
    QVERIFY(ws.cycle().ok());
    // Deleted long ago, with the token: Radicale's history of it has expired (max_sync_token_age),
    // so even a full read reports no tombstone for it. What that read saw is what is left.
    const QString doomedPath = ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {doomed}).toString();
    QVERIFY(m_server.remove(doomedPath).ok());
    const QString history = m_server.directory() + QStringLiteral("/collections/collection-root") + m_calendar.path()
        + QStringLiteral(".Radicale.cache/history/") + doomedPath.section(QLatin1Char('/'), -1);
    QVERIFY2(QFile::exists(history), qPrintable(history));
    QVERIFY(QFile::remove(history));
    // A token the server never gave (or has forgotten, after 30 days), and a change meanwhile.
    QVERIFY(ws.db().exec(QStringLiteral("UPDATE pull_cursors SET token = 'http://radicale.org/ns/sync/deadbeef'")));
    QVERIFY(m_server.put(m_calendar.path() + QStringLiteral("later.ics"),
                         foreignEvent(QStringLiteral("later@x"), QStringLiteral("令牌失效后的会议"), {QStringLiteral("X-SALESBRIDGE-CUSTOMER:C0001")}),
                         Precondition::createOnly()).ok());
    const SyncSummary s = ws.cycle();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 2);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = ?"), {QStringLiteral("令牌失效后的会议")}).toInt(), 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE id = ?"), {doomed}).toInt(), 0);
    const QString token = ws.scalar(QStringLiteral("SELECT token FROM pull_cursors")).toString();
    QVERIFY2(token.startsWith(QLatin1String("http://radicale.org/ns/sync/")) && !token.endsWith(QLatin1String("deadbeef")), qPrintable(token));
    QVERIFY(ws.scalar(QStringLiteral("SELECT count(*) FROM sync_log WHERE message LIKE '%start over%'")).toInt() >= 1);
}

void TestCalDavConnector::lostCreateAnswerIsMadeOnce()
{
    DroppingProxy proxy(quint16(m_server.port()));
    QVERIFY(proxy.listen());
    QUrl viaProxy = m_calendar;
    viaProxy.setPort(proxy.port());
    CalDavWorkspace ws(viaProxy, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    QVERIFY(ws.cycle().ok());
    const qint64 id = ws.addActivity(QStringLiteral("C0001"), meeting(QStringLiteral("回复丢失的会议")));
    const QString key = ws.keyOf(id);
    bool dropOnce = true;
    proxy.dropReply = [&dropOnce, key](const QByteArray &body) { return body.contains(key.toUtf8()) && std::exchange(dropOnce, false); };

    (void)ws.cycle(); // the PUT is made; its answer never comes
    QCOMPARE(proxy.dropped, 1);
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 1);
    // The same cycle's pull may bring it back with its key (the UID): one row either way.
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 1);

    const SyncSummary retried = ws.cycle();
    QVERIFY2(retried.ok(), qPrintable(retried.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 1);
    QVERIFY(!ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {id}).toString().isEmpty());
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND state <> 'done'")).toInt(), 0);

    // And the connector on its own: the same create sent twice is made once (If-None-Match).
    caldav::Settings s;
    s.collection = m_calendar;
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("alice-pass");
    caldav::CalDavConnector c(&m_nam, s);
    QVariantMap fields = meeting(QStringLiteral("发两次"));
    RemoteRef customer;
    customer.system = QStringLiteral("erp");
    customer.id = QStringLiteral("41");
    customer.code = QStringLiteral("C0001");
    fields.insert(QStringLiteral("customer_id"), customer.toVariant());
    const RemoteResult first = run(c.create(QStringLiteral("activity"), fields, QStringLiteral("twice-key")));
    QVERIFY2(first.ok(), qPrintable(first.message));
    const RemoteResult second = run(c.create(QStringLiteral("activity"), fields, QStringLiteral("twice-key")));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.record.remoteId, first.record.remoteId);
    QCOMPARE(second.record.idempotencyKey, QStringLiteral("twice-key"));
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 2);
}

void TestCalDavConnector::wrongPasswordSaysSoAndHolds()
{
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("wrong-password"), m_nam);
    const qint64 id = ws.addActivity(QStringLiteral("C0001"), meeting(QStringLiteral("密码错误时的会议")));
    const SyncSummary s = ws.cycle();
    QVERIFY(!s.ok());
    const QString errors = s.errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QLatin1String("sign in again")), qPrintable(errors));
    QCOMPARE(s.pushFailed, 0);
    QCOMPARE(s.retryLater, 1);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND state = 'failed'")).toInt(), 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND state <> 'done'")).toInt(), 1);
    QVERIFY(ws.scalar(QStringLiteral("SELECT remote_id FROM activities WHERE id = ?"), {id}).isNull());
    QCOMPARE(m_server.listHrefs(m_calendar).size(), 0);
}

void TestCalDavConnector::longAnswerComesInPages()
{
    // Eleven meetings of other clients and, among them, one item the cache cannot read.
    for (int i = 0; i < 11; ++i)
        QVERIFY(m_server.put(m_calendar.path() + QStringLiteral("page-%1.ics").arg(i),
                             foreignEvent(QStringLiteral("page-%1@x").arg(i), QStringLiteral("分页会议 %1").arg(i),
                                          {QStringLiteral("X-SALESBRIDGE-CUSTOMER:C000%1").arg(1 + i % 2)}),
                             Precondition::createOnly()).ok());
    QVERIFY(m_server.put(m_calendar.path() + QStringLiteral("journal.ics"),
                         QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VJOURNAL\r\n"
                                           "UID:journal-page@x\r\nDTSTAMP:20261201T080000Z\r\nSUMMARY:No start\r\n"
                                           "X-SALESBRIDGE-CUSTOMER:C0002\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n"),
                         Precondition::createOnly()).ok());
    caldav::Settings s;
    s.collection = m_calendar;
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("alice-pass");
    caldav::CalDavConnector c(&m_nam, s);
    QSet<QString> seen;
    int pages = 0;
    int leftOut = 0;
    PullCursor cursor;
    PullCursor second; // the cursor after the first page
    QStringList secondPage;
    for (;;) {
        const RemoteResult page = run(c.pull(QStringLiteral("activity"), cursor, 4));
        QVERIFY2(page.ok(), qPrintable(page.message));
        ++pages;
        QVERIFY(!page.records.isEmpty() || !page.hasMore);
        QVERIFY(page.records.size() <= 4);
        for (const RemoteRecord &r : page.records) {
            QVERIFY2(!seen.contains(r.remoteId), qPrintable(r.remoteId));
            seen.insert(r.remoteId);
        }
        if (page.message.contains(QLatin1String("journal.ics")))
            ++leftOut;
        if (pages == 2)
            for (const RemoteRecord &r : page.records)
                secondPage << r.remoteId;
        if (!page.hasMore) {
            // The last page carries the server's token, nothing else.
            QVERIFY2(page.next.token.startsWith(QLatin1String("http://radicale.org/ns/sync/")), qPrintable(page.next.token));
            QVERIFY(page.next.id.isEmpty());
            break;
        }
        // A page in between names the answer and the token it was asked with (none: a first read).
        QVERIFY(!page.next.id.isEmpty());
        QVERIFY(page.next.token.isEmpty());
        if (pages == 1)
            second = page.next;
        cursor = page.next;
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen.size(), 11);
    QCOMPARE(leftOut, 1);
    QCOMPARE(pages, 3);
    // The engine asks for a page before the previous one is written; when that writing fails,
    // the page comes again, whole.
    const RemoteResult repeated = run(c.pull(QStringLiteral("activity"), second, 4));
    QVERIFY2(repeated.ok(), qPrintable(repeated.message));
    QStringList repeatedIds;
    for (const RemoteRecord &r : repeated.records)
        repeatedIds << r.remoteId;
    QCOMPARE(repeatedIds, secondPage);
    // Another process (this connector's answer is not there): the token is asked again, from the
    // start of its answer.
    caldav::CalDavConnector other(&m_nam, s);
    const RemoteResult again = run(other.pull(QStringLiteral("activity"), second, 50));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.records.size(), 11);
    QVERIFY(!again.hasMore);

    // Through the engine with pages of 3: everything arrives, the stored cursor is the token.
    CalDavWorkspace ws(m_calendar, QStringLiteral("alice"), QStringLiteral("alice-pass"), m_nam);
    const SyncSummary sum = ws.cycle(3);
    QVERIFY2(sum.ok(), qPrintable(sum.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 11);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = ?"), {QStringLiteral("分页会议 10")}).toInt(), 1);
    QVERIFY(ws.scalar(QStringLiteral("SELECT cursor_id FROM pull_cursors WHERE entity = 'activity'")).toString().isEmpty());
    QVERIFY(ws.scalar(QStringLiteral("SELECT token FROM pull_cursors WHERE entity = 'activity'")).toString().startsWith(QLatin1String("http://radicale.org/ns/sync/")));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM sync_log WHERE level = 'warning' AND message LIKE '%journal.ics%'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCalDavConnector)
#include "tst_caldavconnector.moc"
