// The reading of a long sync-collection answer (sync/connectors/caldav/AnswerReader): the items
// are turned into records by two workers, in chunks, and must still come out whole and in the
// answer's order, deletions and left-out items included, with the answer's token on the last page.
// No server: the answer is made here, as Radicale writes one.
#include "sync/connectors/caldav/AnswerReader.h"
#include "sync/engine/Connector.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;

namespace {

QByteArray eventText(int i)
{
    return QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
                          "UID:item-%1@x\r\nDTSTAMP:20261201T080000Z\r\nDTSTART;TZID=Asia/Shanghai:20261210T%2\r\n"
                          "DURATION:PT1H\r\nSUMMARY:拜访 %1\r\nX-SALESBRIDGE-CUSTOMER:C0001\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(i)
        .arg(QStringLiteral("%1").arg(8 + i % 10, 2, 10, QLatin1Char('0')) + QStringLiteral("0000"))
        .toUtf8();
}

QByteArray escaped(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace("\r", "&#13;");
    return out;
}

struct Answer {
    QByteArray xml;
    QStringList order; // the paths of the items that become records, in the answer's order
    QStringList deleted;
    QString unreadable;
};

// count members: every 7th a deletion, the 100th a journal the cache cannot hold.
Answer makeAnswer(int count, bool cutShort = false)
{
    Answer a;
    a.xml = "<?xml version='1.0' encoding='utf-8'?>\n<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">";
    a.xml += "<response><href>/alice/cal/</href><propstat><prop><getetag>\"c\"</getetag></prop>"
             "<status>HTTP/1.1 200 OK</status></propstat></response>";
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("/alice/cal/item-%1.ics").arg(i);
        if (i % 7 == 3) {
            a.xml += "<response><href>" + path.toUtf8() + "</href><status>HTTP/1.1 404 Not Found</status></response>";
            a.order << path;
            a.deleted << path;
            continue;
        }
        QByteArray ics = eventText(i);
        if (i == 100) {
            ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VJOURNAL\r\nUID:j@x\r\n"
                  "DTSTAMP:20261201T080000Z\r\nSUMMARY:No start\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n";
            a.unreadable = path;
        } else {
            a.order << path;
        }
        a.xml += "<response><href>" + path.toUtf8() + "</href><propstat><prop><getetag>\"e" + QByteArray::number(i)
                 + "\"</getetag><C:calendar-data>" + escaped(ics)
                 + "</C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat></response>";
    }
    if (cutShort) {
        a.xml.chop(40);
        return a;
    }
    a.xml += "<sync-token>http://radicale.org/ns/sync/abc</sync-token></multistatus>";
    return a;
}

std::shared_ptr<const caldav::Settings> settings()
{
    auto s = std::make_shared<caldav::Settings>();
    s->collection = QUrl(QStringLiteral("http://127.0.0.1:5232/alice/cal/"));
    s->username = QStringLiteral("alice");
    return s;
}

RemoteResult takePage(const std::shared_ptr<caldav::AnswerState> &state, qsizetype from, qsizetype count)
{
    caldav::AnswerPageCall call(state, from, count);
    QSignalSpy done(&call, &RemoteCall::finished);
    call.start();
    if (done.isEmpty() && !done.wait(30000))
        return RemoteResult();
    return done.first().first().value<RemoteResult>();
}

} // namespace

class TestAnswerReader : public QObject {
    Q_OBJECT
private slots:
    void longAnswerComesWholeAndInOrder_data();
    void longAnswerComesWholeAndInOrder();
    void answerCutShortIsAnError();
};

void TestAnswerReader::longAnswerComesWholeAndInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one chunk") << 20 << 7;
    QTest::newRow("many chunks, pages of 200") << 1500 << 200;
    QTest::newRow("many chunks, pages of 1") << 260 << 1;
}

void TestAnswerReader::longAnswerComesWholeAndInOrder()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    const Answer answer = makeAnswer(count);
    const auto state = caldav::readAnswer(answer.xml, settings(), QString());
    QStringList got;
    QStringList deleted;
    QStringList messages;
    qsizetype from = 0;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages <= count);
        const RemoteResult page = takePage(state, from, pageSize);
        QVERIFY2(page.ok(), qPrintable(page.message));
        QVERIFY(page.records.size() <= pageSize);
        for (const RemoteRecord &r : page.records) {
            got << r.remoteId;
            if (r.deleted)
                deleted << r.remoteId;
            else
                QCOMPARE(r.fields.value(QStringLiteral("subject")).toString(),
                         QStringLiteral("拜访 %1").arg(r.remoteId.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0)));
        }
        if (!page.message.isEmpty())
            messages << page.message;
        if (!page.hasMore) {
            QCOMPARE(page.next.token, QStringLiteral("http://radicale.org/ns/sync/abc"));
            break;
        }
        QString answerId;
        QVERIFY(caldav::parsePageCursorId(page.next.id, &answerId, &from));
        QCOMPARE(answerId, state->id);
    }
    QCOMPARE(got, answer.order);
    QCOMPARE(deleted, answer.deleted);
    if (!answer.unreadable.isEmpty()) {
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(answer.unreadable), qPrintable(messages.first()));
    }
}

void TestAnswerReader::answerCutShortIsAnError()
{
    const Answer answer = makeAnswer(600, true);
    const auto state = caldav::readAnswer(answer.xml, settings(), QString());
    qsizetype from = 0;
    int records = 0;
    for (int pages = 0; pages < 100; ++pages) {
        const RemoteResult page = takePage(state, from, 100);
        if (!page.ok()) {
            QCOMPARE(page.error, RemoteErrorClass::Malformed);
            QVERIFY(!page.message.isEmpty());
            QVERIFY(state->failed());
            QVERIFY(records < answer.order.size());
            return;
        }
        records += page.records.size();
        QVERIFY2(page.hasMore, "an answer cut short must not end as a whole one");
        QString answerId;
        QVERIFY(caldav::parsePageCursorId(page.next.id, &answerId, &from));
    }
    QFAIL("the reading never ended");
}

QTEST_GUILESS_MAIN(TestAnswerReader)
#include "tst_answerreader.moc"
