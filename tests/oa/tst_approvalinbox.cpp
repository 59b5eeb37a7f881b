// The approval screens when approvals go through Feishu Approval v4 (the emulator,
// scripts/feishu_emulator.py, over real HTTP): the manager's inbox holds their tasks only,
// a decision made offline waits to be sent, a decision taken elsewhere meanwhile is told with
// the OA's reason, and the tray's notifier tells a new task and a decided request of one's own.
#include "FeishuEmulator.h"
#include "OaWorkspace.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/QuoteStore.h"
#include "ui/approvals/ApprovalDetail.h"
#include "ui/approvals/ApprovalInboxView.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/shell/ApprovalNotifier.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using namespace sb::testing;

class TestApprovalInbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void managerDecidesTheirTaskOffline();
    void aDecisionTakenElsewhereShowsTheReason();
    void notifierTellsNewTasksAndDecisions();
    void theRepsQuoteBanner();

private:
    // A customer, a product and a quote as the ERP gave them, the same on every laptop (as in
    // tst_feishu.cpp); returns the quote's local id.
    QString instanceOf(const QString &number);
    static void screenshot(QWidget &w, const QString &name);

    std::unique_ptr<FeishuEmulator> m_oa;
};

void TestApprovalInbox::init()
{
    m_oa = std::make_unique<FeishuEmulator>();
    QString error;
    QVERIFY2(m_oa->start(&error), qPrintable(error));
}

void TestApprovalInbox::cleanup()
{
    m_oa.reset();
}



QString TestApprovalInbox::instanceOf(const QString &number)
{
    for (const QJsonValue &v : m_oa->instances()) {
        const QJsonObject in = v.toObject();
        if (in.value(QLatin1String("form")).toString().contains(number))
            return in.value(QLatin1String("instance_code")).toString();
    }
    return QString();
}

void TestApprovalInbox::screenshot(QWidget &w, const QString &name)
{
    QTest::qWait(50);
    QVERIFY(w.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/") + name));
}

void TestApprovalInbox::managerDecidesTheirTaskOffline()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    rep.submit(rep.seedQuote(QStringLiteral("12")));
    rep.submit(rep.seedQuote(QStringLiteral("13")));
    QVERIFY(rep.sync().ok());
    // SO-13 is decided by mgr2 before mgr1 looks: in mgr1's cache, but no task of theirs.
    QCOMPARE(m_oa->act(QStringLiteral("approve"), instanceOf(QStringLiteral("SO-13")), QStringLiteral("mgr2"))
                 .value(QLatin1String("code")).toInt(), 0);

    OaWorkspace mgr(QStringLiteral("mgr1"), m_oa->url());
    mgr.seedQuote(QStringLiteral("12"));
    // SO-13's lines have not reached the manager's laptop from the ERP (only its header).
    const qint64 quote13 = mgr.seedQuote(QStringLiteral("13"));
    QVERIFY(mgr.db().exec(QStringLiteral("DELETE FROM quote_lines WHERE quote_id = ?"), {quote13}));
    const SyncSummary s = mgr.sync();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(mgr.value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(), 2);
    const qint64 task = mgr.value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NOT NULL")).toLongLong();
    QVERIFY(task > 0);

    AppContext ctx(mgr.db(), Session{QStringLiteral("mgr1"), QStringLiteral("manager")});
    ApprovalInboxView view(ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));

    // Exactly the manager's task, opened on it, with what decides it.
    QVERIFY(view.throughOa());
    QCOMPARE(view.list()->model()->rowCount(), 1);
    QCOMPARE(view.currentApprovalId(), task);
    const ApprovalFacts &f = view.detail()->facts();
    QVERIFY(f.myTask);
    QCOMPARE(f.node, QStringLiteral("Sales manager 销售经理"));
    QCOMPARE(f.reference, QStringLiteral("SO-12"));
    QCOMPARE(f.customerName, QStringLiteral("苏州华东精密机械有限公司"));
    QCOMPARE(f.requester, QStringLiteral("rep1"));
    QCOMPARE(f.amountCents, 1011500LL);
    QVERIFY(f.summary.contains(QLatin1String("5 x")));
    QVERIFY(view.approveButton()->isEnabled());
    QVERIFY(!view.detail()->noticeLabel()->isVisible());
    screenshot(view, QStringLiteral("approvals-oa-inbox.png"));

    // A request whose quote lines are not held here shows the lines the request carries.
    view.list()->setCurrentView(0); // All
    view.openRecord(mgr.value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NULL")).toLongLong());
    QVERIFY(view.detail()->summaryLabel()->isVisible());
    QVERIFY(view.detail()->summaryLabel()->text().contains(QLatin1String("5 x")));
    QVERIFY(!view.approveButton()->isEnabled()); // decided by mgr2: nothing to decide here
    // A comment is for one request: choosing another one clears it.
    view.openRecord(task);
    QTest::keyClicks(view.commentBox(), QStringLiteral("wrong person"));
    view.openRecord(mgr.value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NULL")).toLongLong());
    QVERIFY(view.commentBox()->toPlainText().isEmpty());
    view.list()->setCurrentView(1); // To decide
    view.openRecord(task);
    QCOMPARE(view.currentApprovalId(), task);

    // Offline: Ctrl+Enter approves; the decision waits to be sent, the buttons are off for it.
    view.commentBox()->insertPlainText(QStringLiteral("价格可以，月底前交货")); // keyClicks types Latin-1 only
    QTest::keyClick(view.commentBox(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(ApprovalStore(mgr.db()).queuedDecision(task).value().command, QStringLiteral("approve"));
    QCOMPARE(view.currentApprovalId(), task);
    QVERIFY(view.detail()->noticeLabel()->isVisible());
    QVERIFY2(view.detail()->noticeLabel()->text().contains(QLatin1String("waits to be sent")),
             qPrintable(view.detail()->noticeLabel()->text()));
    QVERIFY(!view.approveButton()->isEnabled());
    QVERIFY(!view.rejectButton()->isEnabled());
    QVERIFY(view.commentBox()->toPlainText().isEmpty());
    QCOMPARE(mgr.value(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {task}).toString(), QStringLiteral("pending"));
    screenshot(view, QStringLiteral("approvals-oa-queued.png"));

    // Online again: the OA has it, and the inbox shows the request as the OA tells it.
    QVERIFY(mgr.sync().ok());
    ctx.notifyChanged(QStringLiteral("sync"));
    QCOMPARE(view.detail()->facts().state, QStringLiteral("approved"));
    QVERIFY(!view.detail()->noticeLabel()->isVisible());
    QCOMPARE(view.list()->model()->rowCount(), 0);
}

void TestApprovalInbox::aDecisionTakenElsewhereShowsTheReason()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    rep.submit(rep.seedQuote(QStringLiteral("21")));
    QVERIFY(rep.sync().ok());
    OaWorkspace mgr(QStringLiteral("mgr1"), m_oa->url());
    mgr.seedQuote(QStringLiteral("21"));
    QVERIFY(mgr.sync().ok());
    const qint64 task = mgr.value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NOT NULL")).toLongLong();

    AppContext ctx(mgr.db(), Session{QStringLiteral("mgr1"), QStringLiteral("manager")});
    ApprovalInboxView view(ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.currentApprovalId(), task);

    // mgr1 rejects offline; meanwhile mgr2 approves in the Feishu app.
    QTest::keyClicks(view.commentBox(), QStringLiteral("Too much discount"));
    QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
    QCOMPARE(ApprovalStore(mgr.db()).queuedDecision(task).value().command, QStringLiteral("reject"));
    QCOMPARE(m_oa->act(QStringLiteral("approve"), instanceOf(QStringLiteral("SO-21")), QStringLiteral("mgr2"),
                       QStringLiteral("Fine by me")).value(QLatin1String("code")).toInt(), 0);

    QCOMPARE(mgr.sync().pushFailed, 1);
    ctx.notifyChanged(QStringLiteral("sync"));
    // The request left the to-do list, but stays in view with the OA's reason and real state.
    QCOMPARE(view.currentApprovalId(), task);
    QCOMPARE(view.detail()->facts().state, QStringLiteral("approved"));
    QVERIFY(view.detail()->queued().failed);
    const QString told = view.detail()->noticeLabel()->text();
    QVERIFY(view.detail()->noticeLabel()->isVisible());
    QVERIFY2(told.contains(QLatin1String("Approved by mgr2")) && told.contains(QLatin1String("Fine by me")), qPrintable(told));
    QVERIFY(!view.approveButton()->isEnabled());
    QVERIFY(!view.rejectButton()->isEnabled());
    screenshot(view, QStringLiteral("approvals-oa-decided-elsewhere.png"));
}

void TestApprovalInbox::notifierTellsNewTasksAndDecisions()
{
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    OaWorkspace mgr(QStringLiteral("mgr1"), m_oa->url());
    mgr.seedQuote(QStringLiteral("31"));
    // The rep's session user is not their OA user id: their requests are known by both.
    ApprovalNotifier repNotifier(rep.db(), Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    ApprovalNotifier mgrNotifier(mgr.db(), Session{QStringLiteral("mgr1"), QStringLiteral("manager")});
    QSignalSpy repSpy(&repNotifier, &ApprovalNotifier::notify);
    QSignalSpy mgrSpy(&mgrNotifier, &ApprovalNotifier::notify);
    repNotifier.check();
    mgrNotifier.check();

    rep.submit(rep.seedQuote(QStringLiteral("31")));
    repNotifier.check();
    QVERIFY(rep.sync().ok());
    repNotifier.check();
    QCOMPARE(repSpy.size(), 0); // submitting is not news to the rep

    QVERIFY(mgr.sync().ok());
    mgrNotifier.check();
    QCOMPARE(mgrSpy.size(), 1);
    QVERIFY2(mgrSpy.first().at(0).toString().contains(QLatin1String("waits for you")), qPrintable(mgrSpy.first().at(0).toString()));
    QVERIFY2(mgrSpy.first().at(1).toString().contains(QLatin1String("SO-31")), qPrintable(mgrSpy.first().at(1).toString()));
    QVERIFY(mgrSpy.first().at(1).toString().contains(QLatin1String("115.00")));
    QCOMPARE(mgrNotifier.waitingCount(), 1);
    mgrNotifier.check();
    QCOMPARE(mgrSpy.size(), 1); // told once

    // Decided by the manager: nothing new for them (it no longer waits); the rep is told.
    const qint64 task = mgr.value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NOT NULL")).toLongLong();
    QVERIFY(ApprovalStore(mgr.db()).decide(task, false, QStringLiteral("Too much discount"), QStringLiteral("mgr1")));
    mgrNotifier.check();
    QCOMPARE(mgrNotifier.waitingCount(), 0);
    QVERIFY(mgr.sync().ok());
    QVERIFY(rep.sync().ok());
    repNotifier.check();
    QCOMPARE(repSpy.size(), 1);
    QVERIFY2(repSpy.first().at(0).toString().contains(QLatin1String("Rejected")), qPrintable(repSpy.first().at(0).toString()));
    QVERIFY2(repSpy.first().at(1).toString().contains(QLatin1String("Too much discount")), qPrintable(repSpy.first().at(1).toString()));
    QCOMPARE(mgrSpy.size(), 1);
}

void TestApprovalInbox::theRepsQuoteBanner()
{
    m_oa->control(QStringLiteral("switches"), {{QStringLiteral("revoke_mode"), QStringLiteral("canceled")}});
    OaWorkspace rep(QStringLiteral("rep1"), m_oa->url());
    const qint64 first = rep.seedQuote(QStringLiteral("41"));
    const qint64 second = rep.seedQuote(QStringLiteral("42"));
    rep.submit(first);
    rep.submit(second);
    QVERIFY(rep.sync().ok());
    // The session's user is not the OA user: the request is the rep's by their OA user id.
    AppContext ctx(rep.db(), Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    QuoteEditor editor(ctx);
    editor.resize(1100, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // Pending: the step and who decides there.
    editor.load(first);
    const QString pending = editor.approvalBanner()->text();
    QVERIFY2(pending.contains(QStringLiteral("Sales manager 销售经理")) && pending.contains(QLatin1String("mgr1, mgr2")), qPrintable(pending));
    QVERIFY(editor.withdrawButton()->isVisible());

    // Withdrawn offline: it waits to be sent, and cannot be withdrawn twice.
    QTest::mouseClick(editor.withdrawButton(), Qt::LeftButton);
    auto *box = editor.findChild<QMessageBox *>(QStringLiteral("confirmWithdraw"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(ApprovalStore(rep.db()).queuedDecision(editor.approvalId()).value().command, QStringLiteral("withdraw"));
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("withdrawal waits to be sent")), qPrintable(editor.approvalBanner()->text()));
    QVERIFY(!editor.withdrawButton()->isVisible());
    screenshot(editor, QStringLiteral("approvals-oa-quote-withdrawing.png"));
    QVERIFY(rep.sync().ok());
    editor.reload();
    QCOMPARE(editor.state(), QStringLiteral("draft"));
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("withdrawn")), qPrintable(editor.approvalBanner()->text()));

    // Approved, then taken back in the OA: the banner says the approval was revoked.
    QCOMPARE(m_oa->act(QStringLiteral("approve"), instanceOf(QStringLiteral("SO-42")), QStringLiteral("mgr1"), QStringLiteral("OK"))
                 .value(QLatin1String("code")).toInt(), 0);
    QVERIFY(rep.sync().ok());
    editor.load(second);
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("Approved by mgr1")), qPrintable(editor.approvalBanner()->text()));
    QCOMPARE(m_oa->act(QStringLiteral("cancel"), instanceOf(QStringLiteral("SO-42")), QStringLiteral("rep1")).value(QLatin1String("code")).toInt(), 0);
    QVERIFY(rep.sync().ok());
    editor.reload();
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("revoked")), qPrintable(editor.approvalBanner()->text()));
    screenshot(editor, QStringLiteral("approvals-oa-quote-revoked.png"));
}

QTEST_MAIN(TestApprovalInbox)
#include "tst_approvalinbox.moc"
