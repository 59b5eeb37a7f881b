// Quote approvals through Feishu Approval v4, against the emulator (scripts/feishu_emulator.py)
// over real HTTP: the rep's submit exactly once, the manager's inbox and offline decisions,
// decisions taken elsewhere meanwhile, several approval steps, withdrawal, revocation,
// deletion on the server, token expiry, rate limits, and what every laptop ends up seeing.
#include "FeishuEmulator.h"
#include "OaWorkspace.h"
#include "models/store/Entity.h"
#include "models/store/Outbox.h"
#include "models/store/QuoteStore.h"
#include "models/store/SyncStates.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace sb;
using namespace sb::testing;

namespace {
const QString kCreate = QStringLiteral("POST /open-apis/approval/v4/instances");
const QString kApprove = QStringLiteral("POST /open-apis/approval/v4/tasks/approve");
const QString kReject = QStringLiteral("POST /open-apis/approval/v4/tasks/reject");
const QString kCancel = QStringLiteral("POST /open-apis/approval/v4/instances/cancel");
const QString kToken = QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal");
} // namespace

class TestFeishu : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void submitMakesOneInstanceWithTheQuotesFacts();
    void submitGoesOnceWhenTheReplyIsLost();
    void managersInboxHoldsTheirTasksOnly();
    void decisionsGoOnceWhenTheReplyIsLost_data();
    void decisionsGoOnceWhenTheReplyIsLost();
    void aDecisionTakenElsewhereMeanwhileIsTold();
    void severalApprovalSteps();
    void withdrawalAndResubmit();
    void aRevokedApprovalReachesTheRep_data();
    void aRevokedApprovalReachesTheRep();
    void anInstanceDeletedOnTheServer();
    void tokenExpiryInTheMiddleOfACycle();
    void rateLimitsAreWaitedOut();
    void aWrongSecretIsToldAndNothingIsLost();

private:
    QString onlyInstance();

    std::unique_ptr<FeishuEmulator> m_oa;
};

void TestFeishu::init()
{
    m_oa = std::make_unique<FeishuEmulator>();
    QString error;
    QVERIFY2(m_oa->start(&error), qPrintable(error));
}

void TestFeishu::cleanup()
{
    m_oa.reset();
}



QString TestFeishu::onlyInstance()
{
    const QJsonArray all = m_oa->instances();
    if (all.size() != 1)
        qWarning("%d instances on the emulator", int(all.size()));
    return all.isEmpty() ? QString() : all.first().toObject().value(QLatin1String("instance_code")).toString();
}

void TestFeishu::submitMakesOneInstanceWithTheQuotesFacts()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 quote = rep.seedQuote();
    const qint64 approval = rep.submit(quote);
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("pending_approval"));

    const SyncSummary s = rep.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const QJsonArray instances = m_oa->instances();
    QCOMPARE(instances.size(), 1);
    const QJsonObject in = instances.first().toObject();
    QCOMPARE(in.value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(in.value(QLatin1String("user_id")).toString(), QStringLiteral("rep1"));
    QHash<QString, QJsonValue> form;
    for (const QJsonValue &w : QJsonDocument::fromJson(in.value(QLatin1String("form")).toString().toUtf8()).array())
        form.insert(w.toObject().value(QLatin1String("id")).toString(), w.toObject().value(QLatin1String("value")));
    QCOMPARE(form.value(QStringLiteral("sb_number")).toString(), QStringLiteral("SO-12"));
    QCOMPARE(form.value(QStringLiteral("sb_customer")).toString(), QStringLiteral("苏州华东精密机械有限公司"));
    QCOMPARE(form.value(QStringLiteral("sb_amount")).toDouble(), 10115.0);
    QCOMPARE(form.value(QStringLiteral("sb_discount")).toDouble(), 15.0);
    QVERIFY(form.value(QStringLiteral("sb_margin")).toDouble() > 28.0);
    QVERIFY(form.value(QStringLiteral("sb_lines")).toString().contains(QStringLiteral("5 x 交流伺服电机 750W")));
    const QUrlQuery link(QUrl(form.value(QStringLiteral("sb_link")).toString()).query());
    QCOMPARE(link.queryItemValue(QStringLiteral("quote")), QStringLiteral("erp:12"));
    QCOMPARE(link.queryItemValue(QStringLiteral("customer")), QStringLiteral("erp:88"));
    // The instance's uuid is the outbox key: the engine's exactly-once handle.
    const QString key = rep.value(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'approval' AND record_id = ?"), {approval}).toString();
    QCOMPARE(in.value(QLatin1String("uuid")).toString().toLower(), key.toLower());

    // The rep's row is the OA's now: its code, the step it waits at and who decides there.
    QCOMPARE(rep.value(QStringLiteral("SELECT remote_system FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("oa"));
    QCOMPARE(rep.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {approval}).toString(),
             in.value(QLatin1String("instance_code")).toString());
    QCOMPARE(rep.value(QStringLiteral("SELECT node FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("Sales manager 销售经理"));
    QCOMPARE(rep.value(QStringLiteral("SELECT approver FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("mgr1, mgr2"));
    QVERIFY(rep.value(QStringLiteral("SELECT my_task FROM approvals WHERE id = ?"), {approval}).isNull());
    // A second cycle pulls the same instance back onto the same row: no copy, nothing to send.
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(), 1);
    QCOMPARE(m_oa->calls(kCreate), 1);
}

void TestFeishu::submitGoesOnceWhenTheReplyIsLost()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 approval = rep.submit(rep.seedQuote());
    m_oa->control(QStringLiteral("drop_next"), {{QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("path"), QStringLiteral("/instances$")}});
    const SyncSummary first = rep.sync();
    QCOMPARE(first.retryLater, 1); // no answer: it may be on the server
    QCOMPARE(m_oa->instances().size(), 1);
    // The same cycle's pull already recognises the instance by its uuid (the create's key).
    QCOMPARE(rep.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {approval}).toString(), onlyInstance());

    const SyncSummary second = rep.sync();
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_oa->instances().size(), 1); // found by its uuid, never made twice
    QCOMPARE(m_oa->calls(kCreate), 1);
    QCOMPARE(rep.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {approval}).toString(), onlyInstance());
    QCOMPARE(rep.value(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);

    // A create sent again anyway (its outbox entry lost its in-flight mark) answers 60012 and
    // the connector takes the first instance instead of making another.
    OaWorkspace again(QStringLiteral("rep1"), m_oa->url());
    const qint64 other = again.submit(again.seedQuote());
    const QString key = rep.value(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'approval' AND record_id = ?"), {approval}).toString();
    QVERIFY(again.db().exec(QStringLiteral("UPDATE outbox SET idempotency_key = ? WHERE entity = 'approval' AND record_id = ?"), {key, other}));
    QVERIFY(again.sync().ok());
    QCOMPARE(m_oa->codeCount(60012), 1);
    QCOMPARE(m_oa->instances().size(), 1);
    QCOMPARE(again.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {other}).toString(), onlyInstance());
}

void TestFeishu::managersInboxHoldsTheirTasksOnly()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    rep.submit(rep.seedQuote(QStringLiteral("12")));
    rep.submit(rep.seedQuote(QStringLiteral("13")));
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->instances().size(), 2);

    OaWorkspace manager(QStringLiteral("mgr1"), m_oa->url());
    manager.seedQuote(QStringLiteral("12"));
    manager.seedQuote(QStringLiteral("13"));
    const SyncSummary s = manager.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(manager.value(QStringLiteral("SELECT count(*) FROM approvals WHERE state = 'pending'")).toInt(), 2);
    QCOMPARE(manager.value(QStringLiteral("SELECT count(*) FROM approvals WHERE my_task IS NOT NULL")).toInt(), 2);
    QCOMPARE(ApprovalStore(manager.db()).pendingCount().value(), 2);
    // The approval found the manager's copy of the quote (from the ERP) and moved it.
    QCOMPARE(manager.value(QStringLiteral("SELECT state FROM quotes WHERE remote_id = '12'")).toString(), QStringLiteral("pending_approval"));

    // The rep holds the same approvals and no task in them: nothing in the rep's inbox.
    QCOMPARE(rep.value(QStringLiteral("SELECT count(*) FROM approvals WHERE my_task IS NOT NULL")).toInt(), 0);
    QCOMPARE(ApprovalStore(rep.db()).pendingCount().value(), 0);

    // The finance person is not an approver here: the approvals reach them, no task does.
    OaWorkspace finance(QStringLiteral("fin1"), m_oa->url());
    finance.seedQuote(QStringLiteral("12"));
    finance.seedQuote(QStringLiteral("13"));
    QVERIFY(finance.sync().ok());
    QCOMPARE(finance.value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(), 2);
    QCOMPARE(ApprovalStore(finance.db()).pendingCount().value(), 0);
    // Approving is the OA's to allow, not the screen's: a decision queued by someone who holds
    // no task is refused at the next sync, with the reason.
    const qint64 one = finance.value(QStringLiteral("SELECT min(id) FROM approvals")).toLongLong();
    QVERIFY(ApprovalStore(finance.db()).decide(one, true, QString(), QStringLiteral("fin1")));
    const SyncSummary refused = finance.sync();
    QCOMPARE(refused.pushFailed, 1);
    QVERIFY2(finance.value(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'approval' AND state = 'failed'")).toString()
                 .contains(QLatin1String("no longer waits for you")),
             qPrintable(finance.value(QStringLiteral("SELECT last_error FROM outbox WHERE state = 'failed'")).toString()));
    QCOMPARE(m_oa->calls(kApprove), 0);
}

void TestFeishu::decisionsGoOnceWhenTheReplyIsLost_data()
{
    QTest::addColumn<QString>("decision");
    QTest::newRow("approve") << QStringLiteral("approve");
    QTest::newRow("reject") << QStringLiteral("reject");
    QTest::newRow("withdraw") << QStringLiteral("withdraw");
}

void TestFeishu::decisionsGoOnceWhenTheReplyIsLost()
{
    QFETCH(QString, decision);
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 repQuote = rep.seedQuote();
    const qint64 repApproval = rep.submit(repQuote);
    QVERIFY(rep.sync().ok());
    OaWorkspace manager(QStringLiteral("mgr1"), m_oa->url());
    const qint64 mgrQuote = manager.seedQuote();
    QVERIFY(manager.sync().ok());
    const qint64 mgrApproval = manager.value(QStringLiteral("SELECT id FROM approvals")).toLongLong();

    OaWorkspace &who = decision == QLatin1String("withdraw") ? rep : manager;
    const qint64 id = decision == QLatin1String("withdraw") ? repApproval : mgrApproval;
    Status s = decision == QLatin1String("withdraw")
                   ? ApprovalStore(rep.db()).withdraw(id, QStringLiteral("rep1"))
                   : ApprovalStore(manager.db()).decide(id, decision == QLatin1String("approve"), QStringLiteral("价格可以，月底前交货"), QStringLiteral("mgr1"));
    QVERIFY2(s, qPrintable(s.error()));
    // Offline, the decision waits in the outbox; the request keeps the OA's state meanwhile.
    QCOMPARE(who.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {id}).toString(), QStringLiteral("pending"));
    QCOMPARE(ApprovalStore(who.db()).queuedDecision(id).value().command, decision);
    if (&who == &manager)
        QCOMPARE(ApprovalStore(manager.db()).pendingCount().value(), 0); // decided, waiting to be sent

    const QString path = decision == QLatin1String("withdraw") ? QStringLiteral("instances/cancel") : QStringLiteral("tasks/") + decision;
    m_oa->control(QStringLiteral("drop_next"), {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), path}});
    const SyncSummary lost = who.sync();
    QCOMPARE(lost.retryLater, 1);
    const SyncSummary second = who.sync();
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    const QString call = decision == QLatin1String("approve") ? kApprove : decision == QLatin1String("reject") ? kReject : kCancel;
    QCOMPARE(m_oa->calls(call), 1); // the lost answer was checked on the instance, not sent again
    QCOMPARE(who.value(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);

    const QString expected = decision == QLatin1String("approve") ? QStringLiteral("approved")
                             : decision == QLatin1String("reject") ? QStringLiteral("rejected")
                                                                   : QStringLiteral("withdrawn");
    const QJsonObject in = m_oa->instances().first().toObject();
    QCOMPARE(in.value(QLatin1String("status")).toString(),
             decision == QLatin1String("withdraw") ? QStringLiteral("CANCELED") : expected.toUpper());
    QCOMPARE(who.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {id}).toString(), expected);
    // Both laptops agree, and the quotes follow.
    QVERIFY(rep.sync().ok());
    QVERIFY(manager.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {repApproval}).toString(), expected);
    QCOMPARE(manager.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {mgrApproval}).toString(), expected);
    const QString quoteState = expected == QLatin1String("withdrawn") ? QStringLiteral("draft") : expected;
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {repQuote}).toString(), quoteState);
    QCOMPARE(manager.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {mgrQuote}).toString(), quoteState);
    if (decision == QLatin1String("reject"))
        QCOMPARE(rep.value(QStringLiteral("SELECT decision_comment FROM approvals WHERE id = ?"), {repApproval}).toString(),
                 QStringLiteral("价格可以，月底前交货"));
}

void TestFeishu::aDecisionTakenElsewhereMeanwhileIsTold()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    rep.submit(rep.seedQuote());
    QVERIFY(rep.sync().ok());
    OaWorkspace manager(QStringLiteral("mgr1"), m_oa->url());
    manager.seedQuote();
    QVERIFY(manager.sync().ok());
    const qint64 approval = manager.value(QStringLiteral("SELECT id FROM approvals")).toLongLong();

    // Offline, mgr1 rejects; meanwhile mgr2 approves in the Feishu app.
    QVERIFY(ApprovalStore(manager.db()).decide(approval, false, QStringLiteral("Too much discount"), QStringLiteral("mgr1")));
    const QJsonObject acted = m_oa->act(QStringLiteral("approve"), onlyInstance(), QStringLiteral("mgr2"), QStringLiteral("Fine by me"));
    QCOMPARE(acted.value(QLatin1String("code")).toInt(), 0);

    const SyncSummary s = manager.sync();
    QCOMPARE(s.pushFailed, 1);
    const QString told = manager.value(QStringLiteral("SELECT last_error FROM outbox WHERE entity = 'approval' AND state = 'failed'")).toString();
    QVERIFY2(told.contains(QLatin1String("Approved by mgr2")) && told.contains(QLatin1String("Fine by me")), qPrintable(told));
    // Nothing applied twice or lost: the OA holds mgr2's approval, the cache shows it, and the
    // manager's own comment stays readable in the refused change.
    QCOMPARE(m_oa->calls(kReject), 0);
    QCOMPARE(m_oa->instances().first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("APPROVED"));
    QCOMPARE(manager.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("approved"));
    QCOMPARE(manager.value(QStringLiteral("SELECT approver FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("mgr2"));
    QVERIFY(manager.value(QStringLiteral("SELECT payload FROM outbox WHERE state = 'failed'")).toString().contains(QLatin1String("Too much discount")));
    QCOMPARE(ApprovalStore(manager.db()).queuedDecision(approval).value().failed, true);
    // Deciding again is refused by the store: the request is no longer pending.
    QVERIFY(!ApprovalStore(manager.db()).decide(approval, true, QString(), QStringLiteral("mgr1")));
}

void TestFeishu::severalApprovalSteps()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url(), QStringLiteral("SB_QUOTE_2STEP"));
    const qint64 quote = rep.seedQuote();
    const qint64 approval = rep.submit(quote);
    QVERIFY(rep.sync().ok());
    OaWorkspace manager(QStringLiteral("mgr1"), m_oa->url(), QStringLiteral("SB_QUOTE_2STEP"));
    manager.seedQuote();
    OaWorkspace finance(QStringLiteral("fin1"), m_oa->url(), QStringLiteral("SB_QUOTE_2STEP"));
    finance.seedQuote();
    QVERIFY(manager.sync().ok());
    QVERIFY(finance.sync().ok());
    QCOMPARE(ApprovalStore(manager.db()).pendingCount().value(), 1);
    QCOMPARE(ApprovalStore(finance.db()).pendingCount().value(), 0); // not their step yet

    const qint64 mgrApproval = manager.value(QStringLiteral("SELECT id FROM approvals")).toLongLong();
    QVERIFY(ApprovalStore(manager.db()).decide(mgrApproval, true, QString(), QStringLiteral("mgr1")));
    QVERIFY(manager.sync().ok());
    // Still pending: the next step is Finance's.
    QCOMPARE(manager.value(QStringLiteral("SELECT state FROM approvals")).toString(), QStringLiteral("pending"));
    QCOMPARE(manager.value(QStringLiteral("SELECT node FROM approvals")).toString(), QStringLiteral("Finance 财务"));
    QVERIFY(finance.sync().ok());
    QCOMPARE(ApprovalStore(finance.db()).pendingCount().value(), 1);
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("pending_approval"));
    QCOMPARE(rep.value(QStringLiteral("SELECT approver FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("fin1"));

    const qint64 finApproval = finance.value(QStringLiteral("SELECT id FROM approvals")).toLongLong();
    QVERIFY(ApprovalStore(finance.db()).decide(finApproval, true, QStringLiteral("OK"), QStringLiteral("fin1")));
    QVERIFY(finance.sync().ok());
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("approved"));
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("approved"));
    const QJsonArray steps = QJsonDocument::fromJson(rep.value(QStringLiteral("SELECT steps FROM approvals WHERE id = ?"), {approval}).toString().toUtf8()).array();
    QCOMPARE(steps.size(), 3); // submitted, manager, finance
    QCOMPARE(steps.at(1).toObject().value(QLatin1String("approver")).toString(), QStringLiteral("mgr1"));
    QCOMPARE(steps.at(2).toObject().value(QLatin1String("approver")).toString(), QStringLiteral("fin1"));
}

void TestFeishu::withdrawalAndResubmit()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 quote = rep.seedQuote();
    // Withdrawn before it was ever sent: dropped here, nothing reaches the OA.
    const qint64 unsent = rep.submit(quote);
    QVERIFY(ApprovalStore(rep.db()).withdraw(unsent, QStringLiteral("rep1")));
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("draft"));
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->instances().size(), 0);

    const qint64 approval = rep.submit(quote);
    QVERIFY(rep.sync().ok());
    QVERIFY(ApprovalStore(rep.db()).withdraw(approval, QStringLiteral("rep1")));
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approval}).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("draft"));
    // Submitted again: a new instance, and the quote follows the newest request.
    const qint64 again = rep.submit(quote);
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->instances().size(), 2);
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("pending_approval"));
    QVERIFY(rep.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {again}).toString()
            != rep.value(QStringLiteral("SELECT remote_id FROM approvals WHERE id = ?"), {approval}).toString());
}

void TestFeishu::aRevokedApprovalReachesTheRep_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("revoked: CANCELED, reverted") << QStringLiteral("canceled") << QStringLiteral("revoked");
    QTest::newRow("revoked: back to PENDING") << QStringLiteral("pending") << QStringLiteral("pending");
}

void TestFeishu::aRevokedApprovalReachesTheRep()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    m_oa->control(QStringLiteral("switches"), {{QStringLiteral("revoke_mode"), mode}});
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 quote = rep.seedQuote();
    const qint64 approval = rep.submit(quote);
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->act(QStringLiteral("approve"), onlyInstance(), QStringLiteral("mgr1")).value(QLatin1String("code")).toInt(), 0);
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("approved"));

    // Taken back afterwards in the OA: the rep's laptop learns it (approved instances are watched).
    QCOMPARE(m_oa->act(QStringLiteral("cancel"), onlyInstance(), QStringLiteral("rep1")).value(QLatin1String("code")).toInt(), 0);
    QVERIFY(rep.sync().ok());
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approval}).toString(), expected);
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(),
             expected == QLatin1String("pending") ? QStringLiteral("pending_approval") : QStringLiteral("draft"));
    // The office cannot order a quote whose approval was taken back.
    QVERIFY(!QuoteStore(rep.db()).requestOrder(quote, QStringLiteral("office1")));
}

void TestFeishu::anInstanceDeletedOnTheServer()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 quote = rep.seedQuote();
    const qint64 approval = rep.submit(quote);
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->act(QStringLiteral("delete_instance"), onlyInstance(), QStringLiteral("rep1")).value(QLatin1String("code")).toInt(), 0);
    const SyncSummary s = rep.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.deleted, 1);
    QCOMPARE(rep.value(QStringLiteral("SELECT count(*) FROM approvals WHERE id = ?"), {approval}).toInt(), 0);
    QCOMPARE(rep.value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote}).toString(), QStringLiteral("draft"));
    QVERIFY(QuoteStore(rep.db()).submitForApproval(quote, QStringLiteral("rep1"), QString())); // it can go again
}

void TestFeishu::tokenExpiryInTheMiddleOfACycle()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    for (const char *q : {"12", "13", "14"})
        rep.submit(rep.seedQuote(QString::fromLatin1(q)));
    QVERIFY(rep.sync().ok());
    for (const QJsonValue &in : m_oa->instances())
        m_oa->act(QStringLiteral("approve"), in.toObject().value(QLatin1String("instance_code")).toString(), QStringLiteral("mgr1"));
    const int tokensBefore = m_oa->calls(kToken);
    // Every token expires; then, in the middle of the next cycle's reads, the server turns the
    // fresh token down once more (as when it expires between two calls).
    m_oa->control(QStringLiteral("expire_tokens"));
    m_oa->control(QStringLiteral("fail_next"), {{QStringLiteral("method"), QStringLiteral("GET")},
                                                {QStringLiteral("path"), QStringLiteral("/instances/[^/]+$")},
                                                {QStringLiteral("code"), 99991663},
                                                {QStringLiteral("http"), 400}});
    const SyncSummary s = rep.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pulled, 3);
    QVERIFY(m_oa->calls(kToken) >= tokensBefore + 2);
    QCOMPARE(m_oa->codeCount(99991663), 2);
}

void TestFeishu::rateLimitsAreWaitedOut()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    for (const char *q : {"21", "22", "23", "24", "25", "26"})
        rep.submit(rep.seedQuote(QString::fromLatin1(q)));
    QVERIFY(rep.sync().ok());
    for (const QJsonValue &in : m_oa->instances())
        m_oa->act(QStringLiteral("approve"), in.toObject().value(QLatin1String("instance_code")).toString(), QStringLiteral("mgr1"));
    m_oa->control(QStringLiteral("switches"), {{QStringLiteral("rate_limits"), QJsonObject{{QStringLiteral("read_per_sec"), 3}}}});
    const SyncSummary s = rep.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(s.pulled, 6);
    QVERIFY(m_oa->codeCount(99991400) > 0); // it was told to slow down, and did
    // A limit that asks for a long wait ends the cycle for the OA with the reason; nothing lost.
    m_oa->control(QStringLiteral("switches"), {{QStringLiteral("rate_limits"), QJsonObject{{QStringLiteral("read_per_sec"), 0}, {QStringLiteral("read_per_min"), 1}}}});
    const SyncSummary limited = rep.sync();
    QVERIFY(!limited.ok());
    QVERIFY(limited.failedSystems.contains(QStringLiteral("oa")));
    QCOMPARE(rep.value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(), 6);
}

void TestFeishu::aWrongSecretIsToldAndNothingIsLost()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 approval = rep.submit(rep.seedQuote());
    ConnectorConfig c = ConnectorStore(rep.db()).all().value().first();
    rep.secrets().set(KindRegistry::secretKey(c), QStringLiteral("wrong"));
    const SyncSummary s = rep.sync();
    QVERIFY(!s.ok());
    QCOMPARE(m_oa->instances().size(), 0);
    const QString why = rep.value(QStringLiteral("SELECT coalesce(last_error, '') FROM outbox WHERE entity = 'approval'")).toString()
                        + s.errors.join(QLatin1Char(' '));
    QVERIFY2(why.contains(QLatin1String("app id and secret")), qPrintable(why));
    QVERIFY(rep.value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'approval' AND state <> 'done'")).toInt() == 1);
    rep.secrets().set(KindRegistry::secretKey(c), FeishuEmulator::appSecret());
    // The refused submit goes again once the secret is right (the person retries it).
    QVERIFY(Outbox(rep.db()).retryRefused(entities::approval(), approval));
    QVERIFY(rep.sync().ok());
    QCOMPARE(m_oa->instances().size(), 1);
}

QTEST_GUILESS_MAIN(TestFeishu)
#include "tst_feishu.moc"
