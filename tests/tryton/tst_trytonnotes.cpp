// Timeline entries as Tryton notes (TrytonCustomerFile.h), without a server: what is written
// reads back as the same fields, and a note typed in Tryton reads as its author's note.
#include "sync/connectors/tryton/TrytonCustomerFile.h"

#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::tryton;

class TestTrytonNotes : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void noteTypedInTrytonIsItsAuthorsNote();
    void bodyThatLooksLikeATrailerStaysTheBody();
};

namespace {
QJsonObject note(const QString &message)
{
    return QJsonObject{{QStringLiteral("resource"), QStringLiteral("party.party,12")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("create_uid."), QJsonObject{{QStringLiteral("login"), QStringLiteral("li.na")}}},
                       {QStringLiteral("create_date"),
                        QJsonObject{{QStringLiteral("__class__"), QStringLiteral("datetime")}, {QStringLiteral("year"), 2026},
                                    {QStringLiteral("month"), 12}, {QStringLiteral("day"), 1}, {QStringLiteral("hour"), 8},
                                    {QStringLiteral("minute"), 15}, {QStringLiteral("second"), 0}}}};
}
} // namespace

void TestTrytonNotes::roundTrip_data()
{
    QTest::addColumn<QVariantMap>("entry");
    QTest::newRow("visit with everything")
        << QVariantMap{{QStringLiteral("kind"), QStringLiteral("visit")},
                       {QStringLiteral("status"), QStringLiteral("done")},
                       {QStringLiteral("starts_at"), QStringLiteral("2026-12-04T02:30:00Z")},
                       {QStringLiteral("owner"), QStringLiteral("zhang.wei")},
                       {QStringLiteral("subject"), QStringLiteral("拜访刘总 · 泵站改造")},
                       {QStringLiteral("body"), QStringLiteral("现场看了三号泵房。\n--\n需要报价。")},
                       {QStringLiteral("ends_at"), QStringLiteral("2026-12-04T04:00:00Z")},
                       {QStringLiteral("outcome"), QStringLiteral("客户有意向")},
                       {QStringLiteral("next_step"), QStringLiteral("发报价")},
                       {QStringLiteral("next_step_at"), QStringLiteral("2026-12-08T01:00:00Z")}};
    QTest::newRow("planned meeting, no text")
        << QVariantMap{{QStringLiteral("kind"), QStringLiteral("meeting")},
                       {QStringLiteral("status"), QStringLiteral("planned")},
                       {QStringLiteral("starts_at"), QStringLiteral("2027-01-10T06:00:00Z")},
                       {QStringLiteral("owner"), QStringLiteral("admin")},
                       {QStringLiteral("subject"), QStringLiteral("Quarterly review")},
                       {QStringLiteral("body"), QVariant()},
                       {QStringLiteral("ends_at"), QVariant()},
                       {QStringLiteral("outcome"), QVariant()},
                       {QStringLiteral("next_step"), QVariant()},
                       {QStringLiteral("next_step_at"), QVariant()}};
    QTest::newRow("planned meeting with place, zone, reminder and attendees")
        << QVariantMap{{QStringLiteral("kind"), QStringLiteral("meeting")},
                       {QStringLiteral("status"), QStringLiteral("planned")},
                       {QStringLiteral("starts_at"), QStringLiteral("2027-01-11T01:30:00Z")},
                       {QStringLiteral("owner"), QStringLiteral("zhang.wei")},
                       {QStringLiteral("subject"), QStringLiteral("技术交流会")},
                       {QStringLiteral("body"), QVariant()},
                       {QStringLiteral("ends_at"), QStringLiteral("2027-01-11T03:00:00Z")},
                       {QStringLiteral("location"), QStringLiteral("恒达机械 三楼会议室")},
                       {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
                       {QStringLiteral("reminder_minutes"), 30},
                       {QStringLiteral("attendees"), QStringLiteral("[{\"email\":\"wang@hengda.example\",\"name\":\"王经理\"},"
                                                                    "{\"email\":\"li@example.com\",\"name\":\"Li Lei\"}]")},
                       {QStringLiteral("outcome"), QVariant()},
                       {QStringLiteral("next_step"), QVariant()},
                       {QStringLiteral("next_step_at"), QVariant()}};
    QTest::newRow("e-mail without owner")
        << QVariantMap{{QStringLiteral("kind"), QStringLiteral("email")},
                       {QStringLiteral("status"), QStringLiteral("cancelled")},
                       {QStringLiteral("starts_at"), QStringLiteral("2026-11-30T23:59:59Z")},
                       {QStringLiteral("owner"), QVariant()},
                       {QStringLiteral("subject"), QStringLiteral("Offer: CP-100 (2 units)")},
                       {QStringLiteral("body"), QStringLiteral("Dear Mr. Liu,\nplease find our offer.")},
                       {QStringLiteral("ends_at"), QVariant()},
                       {QStringLiteral("outcome"), QVariant()},
                       {QStringLiteral("next_step"), QVariant()},
                       {QStringLiteral("next_step_at"), QVariant()}};
}

void TestTrytonNotes::roundTrip()
{
    QFETCH(QVariantMap, entry);
    const QString message = noteMessage(entry);
    QVariantMap back;
    activityFields(note(message), back);
    QCOMPARE(back.value(QStringLiteral("customer_id")).toString(), QStringLiteral("12"));
    for (auto it = entry.cbegin(); it != entry.cend(); ++it) {
        const QVariant expected = it.key() == QLatin1String("owner") && it.value().isNull() ? QVariant(QStringLiteral("li.na")) : it.value();
        QVERIFY2(back.value(it.key()) == expected || (expected.isNull() && back.value(it.key()).isNull()),
                 qPrintable(it.key() + QStringLiteral(": ") + back.value(it.key()).toString() + QStringLiteral(" != ") + expected.toString()));
    }
    // Written again from what was read: the same text (an echo changes nothing).
    if (!entry.value(QStringLiteral("owner")).isNull())
        QCOMPARE(noteMessage(back), message);
}

void TestTrytonNotes::noteTypedInTrytonIsItsAuthorsNote()
{
    QVariantMap f;
    activityFields(note(QStringLiteral("客户要求12月底前完成验收。\n联系人：王丽")), f);
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(f.value(QStringLiteral("owner")).toString(), QStringLiteral("li.na"));
    QCOMPARE(f.value(QStringLiteral("subject")).toString(), QStringLiteral("客户要求12月底前完成验收。"));
    QCOMPARE(f.value(QStringLiteral("body")).toString(), QStringLiteral("联系人：王丽"));
    QVERIFY(f.value(QStringLiteral("starts_at")).toString().startsWith(QLatin1String("2026-12-01T08:15:00")));
    // A first line that only looks like a header (an unknown kind) is text too.
    QVariantMap g;
    activityFields(note(QStringLiteral("Lunch · 2026-12-01 08:00:00 UTC · li.na · with Mr Wang")), g);
    QCOMPARE(g.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(g.value(QStringLiteral("subject")).toString(), QStringLiteral("Lunch · 2026-12-01 08:00:00 UTC · li.na · with Mr Wang"));
}

void TestTrytonNotes::bodyThatLooksLikeATrailerStaysTheBody()
{
    QVariantMap f;
    activityFields(note(QStringLiteral("Call · 2026-12-02 03:00:00 UTC · admin · 回访\n结论如下\n--\n价格: 待定")), f);
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
    QCOMPARE(f.value(QStringLiteral("body")).toString(), QStringLiteral("结论如下\n--\n价格: 待定"));
    QVERIFY(f.value(QStringLiteral("outcome")).isNull());
}

QTEST_GUILESS_MAIN(TestTrytonNotes)
#include "tst_trytonnotes.moc"
