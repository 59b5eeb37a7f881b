// The test fixture itself against a real Radicale, and the server behaviour the CalDAV
// connector is built on: conditional PUTs (If-None-Match: * and If-Match), sync-collection
// deltas with deletions, the refusal of a token it does not know, and 401 for a wrong password.
// Each test takes a calendar of its own, so they do not see each other's items.
#include "RadicaleServer.h"

#include <QtTest>

using sb::testing::CalReply;
using sb::testing::CalUser;
using sb::testing::Precondition;
using sb::testing::RadicaleServer;
using sb::testing::SyncReport;

namespace {
// iCalendar text as another client would write it (the product never writes it by hand).
QByteArray eventText(const QString &uid, const QString &summary, const QString &start = QStringLiteral("20261203T090000Z"))
{
    const QString text = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SalesBridge tests//EN\r\n"
                                        "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20261201T080000Z\r\nDTSTART:%3\r\n"
                                        "DURATION:PT1H\r\nSUMMARY:%2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                             .arg(uid, summary, start);
    return text.toUtf8();
}

QByteArray taskText(const QString &uid, const QString &summary, const QString &status)
{
    const QString text = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SalesBridge tests//EN\r\n"
                                        "BEGIN:VTODO\r\nUID:%1\r\nDTSTAMP:20261201T080000Z\r\nDUE:20261205T170000Z\r\n"
                                        "SUMMARY:%2\r\nSTATUS:%3\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
                             .arg(uid, summary, status);
    return text.toUtf8();
}

QString path(const QUrl &u)
{
    return u.path();
}
} // namespace

class TestRadicaleServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newCalendarIsEmptyWithItsName();
    void scriptMakesACalendar();
    void createOnlyPutRefusesASecondTime();
    void staleIfMatchIsRefused();
    void getReturnsTheServersVersionAndEtag();
    void sameUidUnderAnotherHrefIsAConflict();
    void removeAnswersAndForgets();
    void fullSyncListsEveryMember();
    void syncWithOldTokenListsOnlyChanges();
    void syncCanCarryCalendarData();
    void unknownTokenIsRefused();
    void wrongPasswordIsRefused();

private:
    QUrl calendar(const QString &name)
    {
        QString error;
        const QUrl c = m_server.newCalendar(name, &error);
        if (c.isEmpty())
            qWarning("%s", qPrintable(error));
        return c;
    }
    RadicaleServer m_server;
};

void TestRadicaleServer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.port() > 0);
    // Answers as alice: her principal collection exists once she has been seen.
    const CalReply r = m_server.call("PROPFIND", m_server.resolve(QStringLiteral("/alice/")), {}, {}, {{"Depth", "0"}});
    QVERIFY2(r.status == 207, qPrintable(r.describe()));
}

void TestRadicaleServer::newCalendarIsEmptyWithItsName()
{
    const QUrl a = calendar(QStringLiteral("销售会议 Sales"));
    const QUrl b = calendar(QStringLiteral("销售会议 Sales"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
    QVERIFY(path(a).startsWith(QLatin1String("/alice/")));
    QString error;
    QCOMPARE(m_server.listHrefs(a, &error), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_server.property(a, QStringLiteral("displayname")), QStringLiteral("销售会议 Sales"));
}

void TestRadicaleServer::scriptMakesACalendar()
{
    const QUrl c = m_server.resolve(QStringLiteral("/alice/made-by-script/"));
    QString error;
    QVERIFY2(RadicaleServer::runScript({QStringLiteral("calendar"), c.toString(), QStringLiteral("alice"),
                                        QStringLiteral("alice-pass"), QStringLiteral("客户拜访")}, &error), qPrintable(error));
    QCOMPARE(m_server.property(c, QStringLiteral("displayname")), QStringLiteral("客户拜访"));
    // A second run over the same calendar is fine (the demo script runs it every time).
    QVERIFY2(RadicaleServer::runScript({QStringLiteral("calendar"), c.toString(), QStringLiteral("alice"),
                                        QStringLiteral("alice-pass"), QStringLiteral("客户拜访")}, &error), qPrintable(error));
    // A wrong password, and bob in alice's space: exit 2 with the reason.
    QVERIFY(!RadicaleServer::runScript({QStringLiteral("calendar"), m_server.resolve(QStringLiteral("/alice/other/")).toString(),
                                        QStringLiteral("alice"), QStringLiteral("wrong"), QStringLiteral("x")}, &error));
    QVERIFY2(error.contains(QLatin1String("(exit 2)")) && error.contains(QLatin1String("401")), qPrintable(error));
    QVERIFY(!RadicaleServer::runScript({QStringLiteral("calendar"), m_server.resolve(QStringLiteral("/alice/other/")).toString(),
                                        QStringLiteral("bob"), QStringLiteral("bob-pass"), QStringLiteral("x")}, &error));
    QVERIFY2(error.contains(QLatin1String("403")), qPrintable(error));
}

void TestRadicaleServer::createOnlyPutRefusesASecondTime()
{
    const QUrl c = calendar(QStringLiteral("create only"));
    const QString href = path(RadicaleServer::itemUrl(c, QStringLiteral("sb-key-1.ics")));
    const CalReply first = m_server.put(href, eventText(QStringLiteral("sb-key-1@salesbridge"), QStringLiteral("首次拜访")),
                                        Precondition::createOnly());
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    QVERIFY2(first.etag.startsWith('"') && first.etag.size() > 10, first.etag.constData());
    const CalReply again = m_server.put(href, eventText(QStringLiteral("sb-key-1@salesbridge"), QStringLiteral("second try")),
                                        Precondition::createOnly());
    QCOMPARE(again.status, 412);
    // The first version stands.
    const CalReply now = m_server.get(href);
    QVERIFY2(now.status == 200, qPrintable(now.describe()));
    QVERIFY(QString::fromUtf8(now.body).contains(QStringLiteral("首次拜访")));
    QCOMPARE(now.etag, first.etag);
}

void TestRadicaleServer::staleIfMatchIsRefused()
{
    const QUrl c = calendar(QStringLiteral("if match"));
    const QString href = path(RadicaleServer::itemUrl(c, QStringLiteral("task.ics")));
    const CalReply made = m_server.put(href, taskText(QStringLiteral("task-1@other"), QStringLiteral("Send quote"),
                                                      QStringLiteral("NEEDS-ACTION")), Precondition::createOnly());
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const CalReply edited = m_server.put(href, taskText(QStringLiteral("task-1@other"), QStringLiteral("Send quote"),
                                                        QStringLiteral("COMPLETED")), Precondition::match(made.etag));
    QVERIFY2(edited.ok(), qPrintable(edited.describe()));
    QVERIFY(!edited.etag.isEmpty());
    QVERIFY(edited.etag != made.etag);
    // The first ETag is stale now: a write based on it is refused and changes nothing.
    const CalReply stale = m_server.put(href, taskText(QStringLiteral("task-1@other"), QStringLiteral("stale write"),
                                                       QStringLiteral("CANCELLED")), Precondition::match(made.etag));
    QCOMPARE(stale.status, 412);
    const CalReply now = m_server.get(href);
    QCOMPARE(now.etag, edited.etag);
    QVERIFY(now.body.contains("STATUS:COMPLETED"));
    // Nor may a stale ETag delete it.
    QCOMPARE(m_server.remove(href, Precondition::match(made.etag)).status, 412);
}

void TestRadicaleServer::getReturnsTheServersVersionAndEtag()
{
    const QUrl c = calendar(QStringLiteral("reserialised"));
    const QString href = path(RadicaleServer::itemUrl(c, QStringLiteral("long.ics")));
    const QString summary = QStringLiteral("与苏州恒达精密机械有限公司王经理讨论二季度主轴备件框架协议的价格与交期安排");
    const QString description = QStringLiteral("Bring the Q2 spare-part price list and the delivery schedule and the draft frame agreement");
    QByteArray sent = eventText(QStringLiteral("long@other"), summary);
    sent.replace("END:VEVENT", "DESCRIPTION:" + description.toUtf8() + "\r\nEND:VEVENT");
    const CalReply made = m_server.put(href, sent);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const CalReply got = m_server.get(href);
    QVERIFY2(got.status == 200, qPrintable(got.describe()));
    QCOMPARE(got.etag, made.etag);
    QVERIFY(got.header("Content-Type").startsWith("text/calendar"));
    // The server stores its own serialisation (properties reordered, long lines folded), so
    // only its ETag names its version; the text itself survives unfolding.
    QVERIFY(got.body != sent);
    QVERIFY(!got.body.contains(description.toUtf8()));
    QString unfolded = QString::fromUtf8(got.body);
    unfolded.remove(QStringLiteral("\r\n "));
    QVERIFY2(unfolded.contains(QStringLiteral("SUMMARY:") + summary), qPrintable(unfolded));
    QVERIFY2(unfolded.contains(QStringLiteral("DESCRIPTION:") + description), qPrintable(unfolded));
    QCOMPARE(m_server.get(path(RadicaleServer::itemUrl(c, QStringLiteral("missing.ics")))).status, 404);
}

void TestRadicaleServer::sameUidUnderAnotherHrefIsAConflict()
{
    const QUrl c = calendar(QStringLiteral("uid"));
    QCOMPARE(m_server.put(path(RadicaleServer::itemUrl(c, QStringLiteral("a.ics"))), eventText(QStringLiteral("same@x"), QStringLiteral("A"))).status, 201);
    const CalReply b = m_server.put(path(RadicaleServer::itemUrl(c, QStringLiteral("b.ics"))), eventText(QStringLiteral("same@x"), QStringLiteral("B")));
    QCOMPARE(b.status, 409);
    QVERIFY2(b.body.contains("no-uid-conflict"), b.body.constData());
}

void TestRadicaleServer::removeAnswersAndForgets()
{
    const QUrl c = calendar(QStringLiteral("remove"));
    const QString a = path(RadicaleServer::itemUrl(c, QStringLiteral("a.ics")));
    const QString b = path(RadicaleServer::itemUrl(c, QStringLiteral("b.ics")));
    const CalReply made = m_server.put(a, eventText(QStringLiteral("a@x"), QStringLiteral("A")));
    QCOMPARE(made.status, 201);
    QCOMPARE(m_server.put(b, taskText(QStringLiteral("b@x"), QStringLiteral("B"), QStringLiteral("NEEDS-ACTION"))).status, 201);
    QCOMPARE(m_server.listHrefs(c), (QStringList{a, b}));
    // 200 with a multistatus body, not 204.
    const CalReply gone = m_server.remove(a, Precondition::match(made.etag));
    QCOMPARE(gone.status, 200);
    QCOMPARE(m_server.listHrefs(c), QStringList{b});
    QCOMPARE(m_server.remove(a).status, 404);
    QCOMPARE(m_server.get(a).status, 404);
}

void TestRadicaleServer::fullSyncListsEveryMember()
{
    const QUrl c = calendar(QStringLiteral("full sync"));
    QMap<QString, QByteArray> etags;
    for (int i = 1; i <= 3; ++i) {
        const QString href = path(RadicaleServer::itemUrl(c, QStringLiteral("m%1.ics").arg(i)));
        const CalReply r = m_server.put(href, eventText(QStringLiteral("m%1@x").arg(i), QStringLiteral("会议 %1").arg(i)));
        QCOMPARE(r.status, 201);
        etags.insert(href, r.etag);
    }
    const SyncReport s = m_server.syncCollection(c, QString());
    QVERIFY2(s.reply.status == 207, qPrintable(s.reply.describe()));
    QVERIFY2(s.reply.error.isEmpty(), qPrintable(s.reply.error));
    QVERIFY2(s.token.startsWith(QLatin1String("http://radicale.org/ns/sync/")), qPrintable(s.token));
    QCOMPARE(s.etags, etags);
    QVERIFY(s.deleted.isEmpty());
    // The token is the one PROPFIND names, and a sync from it finds nothing new.
    QCOMPARE(m_server.property(c, QStringLiteral("sync-token")), s.token);
    const SyncReport again = m_server.syncCollection(c, s.token);
    QCOMPARE(again.reply.status, 207);
    QVERIFY(again.etags.isEmpty());
    QVERIFY(again.deleted.isEmpty());
    QCOMPARE(again.token, s.token);
}

void TestRadicaleServer::syncWithOldTokenListsOnlyChanges()
{
    const QUrl c = calendar(QStringLiteral("delta"));
    QStringList hrefs;
    QList<QByteArray> etags;
    for (int i = 1; i <= 4; ++i) {
        hrefs.append(path(RadicaleServer::itemUrl(c, QStringLiteral("item-%1.ics").arg(i))));
        const CalReply r = m_server.put(hrefs.last(), eventText(QStringLiteral("item-%1@x").arg(i), QStringLiteral("Item %1").arg(i)));
        QCOMPARE(r.status, 201);
        etags.append(r.etag);
    }
    const SyncReport first = m_server.syncCollection(c, QString());
    QCOMPARE(first.etags.size(), 4);

    // Another client edits item 1, deletes item 2 and adds item 5; 3 and 4 stay as they were.
    const CalReply edited = m_server.put(hrefs.at(0), eventText(QStringLiteral("item-1@x"), QStringLiteral("Item 1 已改期"),
                                                                 QStringLiteral("20261204T020000Z")), Precondition::match(etags.at(0)));
    QVERIFY2(edited.ok(), qPrintable(edited.describe()));
    QCOMPARE(m_server.remove(hrefs.at(1)).status, 200);
    const QString added = path(RadicaleServer::itemUrl(c, QStringLiteral("item-5.ics")));
    const CalReply made = m_server.put(added, taskText(QStringLiteral("item-5@x"), QStringLiteral("新任务"), QStringLiteral("NEEDS-ACTION")),
                                       Precondition::createOnly());
    QCOMPARE(made.status, 201);

    const SyncReport delta = m_server.syncCollection(c, first.token);
    QVERIFY2(delta.reply.status == 207, qPrintable(delta.reply.describe()));
    QMap<QString, QByteArray> expected{{hrefs.at(0), edited.etag}, {added, made.etag}};
    QCOMPARE(delta.etags, expected);
    QCOMPARE(delta.deleted, QStringList{hrefs.at(1)});
    QVERIFY(!delta.token.isEmpty());
    QVERIFY(delta.token != first.token);
    // And from the newest token, nothing.
    const SyncReport none = m_server.syncCollection(c, delta.token);
    QCOMPARE(none.reply.status, 207);
    QVERIFY(none.etags.isEmpty() && none.deleted.isEmpty());
}

void TestRadicaleServer::syncCanCarryCalendarData()
{
    const QUrl c = calendar(QStringLiteral("with data"));
    const QString href = path(RadicaleServer::itemUrl(c, QStringLiteral("d.ics")));
    QCOMPARE(m_server.put(href, eventText(QStringLiteral("d@x"), QStringLiteral("带正文的同步"))).status, 201);
    const SyncReport s = m_server.syncCollection(c, QString(), true);
    QCOMPARE(s.reply.status, 207);
    QCOMPARE(s.data.keys(), QStringList{href});
    const QString text = QString::fromUtf8(s.data.value(href));
    QVERIFY2(text.contains(QStringLiteral("BEGIN:VEVENT")) && text.contains(QStringLiteral("SUMMARY:带正文的同步")), qPrintable(text));
}

void TestRadicaleServer::unknownTokenIsRefused()
{
    const QUrl c = calendar(QStringLiteral("bad token"));
    QCOMPARE(m_server.put(path(RadicaleServer::itemUrl(c, QStringLiteral("x.ics"))), eventText(QStringLiteral("x@x"), QStringLiteral("X"))).status, 201);
    for (const QString &token : {QStringLiteral("http://radicale.org/ns/sync/deadbeef"), QStringLiteral("garbage")}) {
        const SyncReport s = m_server.syncCollection(c, token);
        QCOMPARE(s.reply.status, 403);
        QVERIFY2(s.reply.body.contains("valid-sync-token"), s.reply.body.constData());
    }
    // A token of another collection is not valid here either, unless the states are equal.
    const QUrl other = calendar(QStringLiteral("other"));
    QCOMPARE(m_server.put(path(RadicaleServer::itemUrl(other, QStringLiteral("y.ics"))), eventText(QStringLiteral("y@x"), QStringLiteral("Y"))).status, 201);
    const SyncReport theirs = m_server.syncCollection(other, QString());
    QCOMPARE(m_server.syncCollection(c, theirs.token).reply.status, 403);
}

void TestRadicaleServer::wrongPasswordIsRefused()
{
    const QUrl c = calendar(QStringLiteral("auth"));
    const CalUser wrong{QStringLiteral("alice"), QStringLiteral("not-her-password")};
    QElapsedTimer timer;
    timer.start();
    const CalReply r = m_server.call("PROPFIND", c, {}, {}, {{"Depth", "0"}}, wrong);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.header("WWW-Authenticate").startsWith("Basic"), r.header("WWW-Authenticate").constData());
    // [auth] delay = 0: no second of penalty per failed login.
    QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server.put(path(RadicaleServer::itemUrl(c, QStringLiteral("w.ics"))), eventText(QStringLiteral("w@x"), QStringLiteral("W")),
                          Precondition::createOnly(), wrong).status, 401);
    QCOMPARE(m_server.syncCollection(c, QString(), false, wrong).reply.status, 401);
    // Bob signs in fine but may not see alice's calendar (owner_only).
    QCOMPARE(m_server.call("PROPFIND", c, {}, {}, {{"Depth", "0"}}, RadicaleServer::bob()).status, 403);
    QCOMPARE(m_server.listHrefs(c), QStringList());
}

QTEST_GUILESS_MAIN(TestRadicaleServer)
#include "tst_radicaleserver.moc"
