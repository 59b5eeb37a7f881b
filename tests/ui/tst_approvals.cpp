#include "SalesFixture.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/QuoteStore.h"
#include "ui/approvals/ApprovalDetail.h"
#include "ui/approvals/ApprovalInboxView.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/quotes/QuoteLinesModel.h"
#include "ui/shell/ApprovalNotifier.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace sb;

class TestApprovals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void managerApproves();
    void rejectNeedsComment();
    void repSeesNoDecisionControls();
    void lowMarginStandsOut();
    void batchApprove();
    void commentStaysWithItsRequest();
    void repWithdrawsFromTheQuote();
    void notifierTellsTheManagerAndTheRep();
    void screenshot();

private:
    // A submitted quote of the fixture customer; returns the approval id.
    qint64 submitQuote(double discountPct, qint64 *quoteId = nullptr);
    int rowOf(ApprovalInboxView &view, qint64 approvalId);

    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_manager;
    std::unique_ptr<AppContext> m_rep;
    qint64 m_screenshotApproval = 0;
};

void TestApprovals::initTestCase()
{
    const QString error = m_fx.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_manager = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("zhao.min"), QStringLiteral("manager")});
    m_rep = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
}

qint64 TestApprovals::submitQuote(double discountPct, qint64 *quoteId)
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    if (!id)
        return 0;
    QuoteLine servo;
    servo.productId = m_fx.servoId;
    servo.description = QStringLiteral("交流伺服电机 750W");
    servo.quantity = 20;
    servo.unitPriceCents = SalesFixture::kServoPrice;
    servo.discountPct = discountPct;
    QuoteLine plc;
    plc.productId = m_fx.plcId;
    plc.description = QStringLiteral("PLC 控制器 16 点");
    plc.quantity = 3;
    plc.unitPriceCents = SalesFixture::kPlcPrice;
    plc.discountPct = discountPct / 2;
    if (!quotes.saveLines(id.value(), {servo, plc}))
        return 0;
    auto approval = quotes.submitForApproval(id.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    if (quoteId)
        *quoteId = id.value();
    return approval ? approval.value() : 0;
}

int TestApprovals::rowOf(ApprovalInboxView &view, qint64 approvalId)
{
    for (int row = 0; row < view.list()->model()->rowCount(); ++row)
        if (view.list()->model()->idAt(row) == approvalId)
            return row;
    return -1;
}

void TestApprovals::managerApproves()
{
    qint64 quoteId = 0;
    const qint64 approvalId = submitQuote(5, &quoteId);
    QVERIFY(approvalId > 0);

    ApprovalInboxView view(*m_manager);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(view.detail()->linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Select the request in the list, like a click would.
    const int row = rowOf(view, approvalId);
    QVERIFY(row >= 0);
    view.list()->selectRow(row);
    QCOMPARE(view.currentApprovalId(), approvalId);
    QCOMPARE(view.detail()->facts().customerName, QStringLiteral("苏州华东精密机械有限公司"));
    QCOMPARE(view.detail()->facts().orders12m, 2);
    QCOMPARE(view.detail()->facts().revenue12m, MoneySums(QStringLiteral("CNY"), 2000000));
    QCOMPARE(view.detail()->facts().openTickets, 1);
    QCOMPARE(view.detail()->linesModel()->rowCount(), 2);
    QVERIFY(view.approveButton()->isEnabled());

    QSignalSpy changed(m_manager.get(), &AppContext::recordsChanged);
    QTest::keyClicks(view.commentBox(), QStringLiteral("OK, deliver before month end"));
    QTest::mouseClick(view.approveButton(), Qt::LeftButton);

    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("approved"));
    QVERIFY(!m_fx.scalar(QStringLiteral("SELECT decided_at FROM approvals WHERE id = ?"), {approvalId}).isNull());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT decision_comment FROM approvals WHERE id = ?"), {approvalId}).toString(),
             QStringLiteral("OK, deliver before month end"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT approver FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("zhao.min"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quoteId}).toString(), QStringLiteral("approved"));
    const QJsonObject update = m_fx.lastOutbox(QStringLiteral("approval"), approvalId, QStringLiteral("update"));
    QCOMPARE(update.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    // The quote follows its approval in the cache (schema v7 triggers); its state is not a
    // change of its own for the ERP (a Tryton sale stays a draft until it is confirmed).
    QVERIFY(m_fx.lastOutbox(QStringLiteral("quote"), quoteId, QStringLiteral("update")).value(QStringLiteral("state")).isUndefined());
    QVERIFY(changed.contains(QVariantList{QStringLiteral("approval")}));
    QVERIFY(changed.contains(QVariantList{QStringLiteral("quote")}));
    QVERIFY(view.commentBox()->toPlainText().isEmpty());
    // Deciding it again is refused by the store: it is no longer pending.
    QVERIFY(!ApprovalStore(*m_fx.db).decide(approvalId, true, QString(), QStringLiteral("zhao.min")));
}

void TestApprovals::rejectNeedsComment()
{
    qint64 quoteId = 0;
    const qint64 approvalId = submitQuote(12, &quoteId);
    QVERIFY(approvalId > 0);
    ApprovalInboxView view(*m_manager);
    view.show();
    view.openRecord(approvalId);
    QCOMPARE(view.currentApprovalId(), approvalId);

    QSignalSpy errors(m_manager.get(), &AppContext::errorReported);
    QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().at(0).toString().isEmpty());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("pending"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quoteId}).toString(),
             QStringLiteral("pending_approval"));

    QTest::keyClicks(view.commentBox(), QStringLiteral("Discount too deep for grade A volume"));
    QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("rejected"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quoteId}).toString(), QStringLiteral("rejected"));
    QCOMPARE(errors.size(), 1);
}

void TestApprovals::repSeesNoDecisionControls()
{
    const qint64 approvalId = submitQuote(3);
    ApprovalInboxView view(*m_rep);
    view.show();
    view.openRecord(approvalId);
    QCOMPARE(view.currentApprovalId(), approvalId); // the rep still sees the request
    QVERIFY(!view.approveButton());
    QVERIFY(!view.rejectButton());
    QVERIFY(!view.approveSelectedButton());
    QVERIFY(!view.commentBox());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("approveButton")));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("rejectButton")));
    QVERIFY(!view.findChild<QPlainTextEdit *>(QStringLiteral("decisionComment")));
    QVERIFY(!view.approveCurrent());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("pending"));
}

void TestApprovals::lowMarginStandsOut()
{
    const qint64 deep = submitQuote(35); // 2,380 x 0.65 against 1,450 cost: a thin margin
    const qint64 normal = submitQuote(0);
    ApprovalInboxView view(*m_manager);
    view.openRecord(deep);
    QVERIFY(view.detail()->facts().marginPct >= 0);
    QVERIFY(view.detail()->facts().marginPct < ApprovalDetail::kLowMarginPct);
    QVERIFY(view.detail()->marginLabel()->styleSheet().contains(QStringLiteral("#c62828")));
    view.openRecord(normal);
    QVERIFY(view.detail()->facts().marginPct > ApprovalDetail::kLowMarginPct);
    QVERIFY(view.detail()->marginLabel()->styleSheet().isEmpty());
    m_screenshotApproval = deep;
}

void TestApprovals::batchApprove()
{
    const qint64 a = submitQuote(2);
    const qint64 b = submitQuote(4);
    ApprovalInboxView view(*m_manager);
    view.show();
    view.list()->refresh();
    QItemSelectionModel *selection = view.list()->table()->selectionModel();
    selection->clearSelection();
    for (qint64 id : {a, b}) {
        const int row = rowOf(view, id);
        QVERIFY(row >= 0);
        selection->select(view.list()->table()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(view.approveSelectedButton()->isEnabled());
    QVERIFY(view.approveSelectedButton()->text().contains(QLatin1Char('2')));
    QTest::mouseClick(view.approveSelectedButton(), Qt::LeftButton);
    for (qint64 id : {a, b})
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {id}).toString(), QStringLiteral("approved"));
}

void TestApprovals::commentStaysWithItsRequest()
{
    const qint64 a = submitQuote(1);
    const qint64 b = submitQuote(2);
    ApprovalInboxView view(*m_manager);
    view.show();
    view.openRecord(a);
    QTest::keyClicks(view.commentBox(), QStringLiteral("For the first requester only"));
    view.openRecord(b);
    QCOMPARE(view.currentApprovalId(), b);
    QVERIFY(view.commentBox()->toPlainText().isEmpty()); // never sent to the wrong person
    // A refresh (a sync, another view's change) keeps what is being written for the same request.
    QTest::keyClicks(view.commentBox(), QStringLiteral("Half written"));
    m_manager->notifyChanged(QStringLiteral("sync"));
    QCOMPARE(view.currentApprovalId(), b);
    QCOMPARE(view.commentBox()->toPlainText(), QStringLiteral("Half written"));
    // Kept on this computer: nothing waits to be sent, so no notice.
    QVERIFY(!view.throughOa());
    QVERIFY(view.detail()->noticeLabel()->isHidden());
    // Ctrl+Shift+R rejects with the comment.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(view.commentBox(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {b}).toString(), QStringLiteral("rejected"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT decision_comment FROM approvals WHERE id = ?"), {b}).toString(),
             QStringLiteral("Half written"));
}

void TestApprovals::repWithdrawsFromTheQuote()
{
    qint64 quoteId = 0;
    const qint64 approvalId = submitQuote(6, &quoteId);
    QuoteEditor editor(*m_rep);
    editor.resize(1000, 600);
    editor.show();
    editor.load(quoteId);
    QVERIFY(editor.approvalBanner()->isVisible());
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("zhao.min")), qPrintable(editor.approvalBanner()->text()));
    QVERIFY(editor.withdrawButton()->isVisible());
    QCOMPARE(editor.approvalId(), approvalId);

    // The withdrawal asks first; Cancel leaves the request as it is.
    QTest::mouseClick(editor.withdrawButton(), Qt::LeftButton);
    auto *box = editor.findChild<QMessageBox *>(QStringLiteral("confirmWithdraw"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("pending"));
    QTRY_VERIFY(!editor.findChild<QMessageBox *>(QStringLiteral("confirmWithdraw")));

    QTest::mouseClick(editor.withdrawButton(), Qt::LeftButton);
    box = editor.findChild<QMessageBox *>(QStringLiteral("confirmWithdraw"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(editor.state(), QStringLiteral("draft"));
    QVERIFY(editor.isEditable());
    QVERIFY(!editor.withdrawButton()->isVisible());
    QVERIFY2(editor.approvalBanner()->text().contains(QLatin1String("withdrawn")), qPrintable(editor.approvalBanner()->text()));

    // Another person's request has no Withdraw for the manager looking at the quote.
    const qint64 other = submitQuote(7, &quoteId);
    QVERIFY(other > 0);
    QuoteEditor managerEditor(*m_manager);
    managerEditor.show();
    managerEditor.load(quoteId);
    QVERIFY(managerEditor.approvalBanner()->isVisible());
    QVERIFY(!managerEditor.withdrawButton()->isVisible());
}

void TestApprovals::notifierTellsTheManagerAndTheRep()
{
    ApprovalNotifier manager(*m_fx.db, m_manager->session());
    ApprovalNotifier rep(*m_fx.db, m_rep->session());
    QSignalSpy toManager(&manager, &ApprovalNotifier::notify);
    QSignalSpy toRep(&rep, &ApprovalNotifier::notify);
    manager.check();
    rep.check();
    QCOMPARE(toManager.size(), 0); // what was there at start is not news

    const qint64 approvalId = submitQuote(8);
    manager.check();
    rep.check();
    QCOMPARE(toManager.size(), 1);
    QVERIFY(toManager.first().at(1).toString().contains(QLatin1String("wang.fang")));
    QCOMPARE(toRep.size(), 0); // a rep does not decide, and submitting is not news to them

    QVERIFY(ApprovalStore(*m_fx.db).decide(approvalId, true, QStringLiteral("Go ahead"), QStringLiteral("zhao.min")));
    manager.check();
    rep.check();
    QCOMPARE(toManager.size(), 1);
    QCOMPARE(toRep.size(), 1);
    QVERIFY2(toRep.first().at(0).toString().startsWith(QLatin1String("Approved")), qPrintable(toRep.first().at(0).toString()));
    QVERIFY(toRep.first().at(1).toString().contains(QLatin1String("Go ahead")));
    rep.check();
    QCOMPARE(toRep.size(), 1);
}

void TestApprovals::screenshot()
{
    ApprovalInboxView view(*m_manager);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(m_screenshotApproval > 0);
    view.openRecord(m_screenshotApproval);
    QTest::qWait(50);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/approvals.png")));
}

QTEST_MAIN(TestApprovals)
#include "tst_approvals.moc"
