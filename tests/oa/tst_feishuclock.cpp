// The OA connector against the emulator (a real HTTP server with its own clock) while this
// computer's clock is a year ahead and then a year behind (docs/reliability.md, "Clock"): the
// creation-time listing of approvals goes by the server's clock (the Date of its answers), so
// an office workspace that sees approvals only through that listing still finds each new one.
// With the listing's cursor taken from this computer's clock, the one after the jump ahead
// would start a year in the future and find nothing again.
#include "FeishuEmulator.h"
#include "OaWorkspace.h"
#include "sync/connectors/feishu/FeishuClient.h"

#include <QtTest>

using namespace sb;
using namespace sb::testing;

class TestFeishuClock : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listingFollowsTheServersClock();

private:
    std::unique_ptr<FeishuEmulator> m_oa;
    qint64 m_jumpMs = 0;
};

void TestFeishuClock::init()
{
    m_oa = std::make_unique<FeishuEmulator>();
    QString error;
    QVERIFY2(m_oa->start(&error), qPrintable(error));
    m_jumpMs = 0;
    feishu::ServerClock::setClientClockForTesting([this] { return QDateTime::currentMSecsSinceEpoch() + m_jumpMs; });
}

void TestFeishuClock::cleanup()
{
    feishu::ServerClock::setClientClockForTesting({});
    m_oa.reset();
}

void TestFeishuClock::listingFollowsTheServersClock()
{
    const qint64 year = 365LL * 86400 * 1000;
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    OaWorkspace office(QStringLiteral("office1"), m_oa->url()); // no task of its own: sees approvals by the listing
    for (const char *quote : {"12", "13", "14"}) {
        rep.seedQuote(QString::fromLatin1(quote));
        office.seedQuote(QString::fromLatin1(quote));
    }
    auto approvals = [&office] { return office.value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(); };
    auto submitAndSync = [&rep](const char *quote) {
        rep.submit(rep.value(QStringLiteral("SELECT id FROM quotes WHERE remote_id = ?"), {QString::fromLatin1(quote)}).toLongLong());
        const SyncSummary s = rep.sync();
        if (!s.ok())
            qWarning("%s", qPrintable(s.errors.join(QLatin1Char('\n'))));
        return s.ok();
    };
    // This computer's clock a year ahead from the first cycle on.
    m_jumpMs = year;
    QVERIFY(submitAndSync("12"));
    SyncSummary s = office.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(approvals(), 1);
    QVERIFY(submitAndSync("13"));
    s = office.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(approvals(), 2);
    // Set right, then a year behind: still found.
    m_jumpMs = -year;
    QVERIFY(submitAndSync("14"));
    s = office.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(approvals(), 3);
}

QTEST_GUILESS_MAIN(TestFeishuClock)
#include "tst_feishuclock.moc"
