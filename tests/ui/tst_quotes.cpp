#include "SalesFixture.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Entity.h"
#include "ui/quotes/CustomerPicker.h"
#include "ui/quotes/HandoffDialog.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/quotes/QuoteLinesModel.h"
#include "ui/quotes/QuotesView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace sb;

class TestQuotes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsUnderTester();
    void lineDefaultsFromProduct();
    void editSaveAndSubmit();
    void repHasNoCreateOrder();
    void officeCreatesOrder();
    void draftIsDeletedAfterConfirmation();
    void newQuoteStrip();
    void rejectedQuoteIsEditableAgain();
    void screenshot();

private:
    qint64 approvedQuote();
    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_rep;
    std::unique_ptr<AppContext> m_office;
    qint64 m_submitted = 0;
};

void TestQuotes::initTestCase()
{
    const QString error = m_fx.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rep = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    m_office = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("li.na"), QStringLiteral("office")});
}

void TestQuotes::modelsUnderTester()
{
    ProductCatalog catalog;
    QAbstractItemModelTester catalogTester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(catalog.load(*m_fx.db));
    QVERIFY(catalog.rowCount() >= 2);
    QVERIFY(catalog.byId(m_fx.servoId));

    QuoteLinesModel lines(&catalog);
    QAbstractItemModelTester linesTester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    lines.setLines({}, QStringLiteral("CNY"));
    const int row = lines.addLine(m_fx.servoId);
    lines.addLine();
    QVERIFY(lines.setData(lines.index(row, QuoteLinesModel::Quantity), 2.0));
    QVERIFY(!lines.setData(lines.index(row, QuoteLinesModel::Quantity), 0.0)); // a line needs a quantity
    QVERIFY(!lines.setData(lines.index(row, QuoteLinesModel::Discount), 120.0));
    QVERIFY(lines.setData(lines.index(1, QuoteLinesModel::Product), m_fx.plcId));
    lines.setEditable(false);
    QVERIFY(!(lines.flags(lines.index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable));
    QVERIFY(!lines.setData(lines.index(0, QuoteLinesModel::Quantity), 5.0));
    lines.setEditable(true);
    lines.removeLines({0});
    QCOMPARE(lines.rowCount(), 1);
    lines.setLines({}, QString());
}

void TestQuotes::lineDefaultsFromProduct()
{
    ProductCatalog catalog;
    QVERIFY(catalog.load(*m_fx.db));
    QuoteLinesModel lines(&catalog);
    lines.setLines({}, QStringLiteral("CNY"));
    const int row = lines.addLine();
    QVERIFY(lines.setData(lines.index(row, QuoteLinesModel::Product), m_fx.servoId));
    const QuoteLine &l = lines.lines().at(row);
    QCOMPARE(l.unitPriceCents, SalesFixture::kServoPrice); // the list price is the default
    QCOMPARE(l.unitCostCents, SalesFixture::kServoCost);
    QCOMPARE(l.description, QStringLiteral("交流伺服电机 750W"));
    QCOMPARE(lines.index(row, QuoteLinesModel::UnitPrice).data().toString(), formatMoney(SalesFixture::kServoPrice, QStringLiteral("CNY")));
    // A description the rep wrote survives a change of product.
    QVERIFY(lines.setData(lines.index(row, QuoteLinesModel::Description), QStringLiteral("含安装调试")));
    QVERIFY(lines.setData(lines.index(row, QuoteLinesModel::Product), m_fx.plcId));
    QCOMPARE(lines.lines().at(row).description, QStringLiteral("含安装调试"));
    QCOMPARE(lines.lines().at(row).unitPriceCents, SalesFixture::kPlcPrice);
}

void TestQuotes::editSaveAndSubmit()
{
    QuotesView view(*m_rep);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QuoteEditor *editor = view.editor();
    QAbstractItemModelTester tester(editor->linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const qint64 quoteId = view.newQuoteFor(m_fx.customerId);
    QVERIFY(quoteId > 0);
    QCOMPARE(editor->quoteId(), quoteId);
    QCOMPARE(editor->state(), QStringLiteral("draft"));
    QVERIFY(view.list()->currentId() == quoteId || view.list()->model()->rowCount() > 200);

    // Two lines, edited like a person would: Add line, pick the product, type quantity and discount.
    QuoteLinesModel *lines = editor->linesModel();
    QTest::mouseClick(editor->addLineButton(), Qt::LeftButton);
    QTest::mouseClick(editor->addLineButton(), Qt::LeftButton);
    QCOMPARE(lines->rowCount(), 2);
    QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Product), m_fx.servoId));
    QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Quantity), 10.0));
    QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Discount), 8.0));
    QVERIFY(lines->setData(lines->index(1, QuoteLinesModel::Product), m_fx.plcId));
    QVERIFY(lines->setData(lines->index(1, QuoteLinesModel::Quantity), 2.0));
    QVERIFY(lines->setData(lines->index(1, QuoteLinesModel::UnitPrice), 5200.00)); // negotiated down from 5,600
    QVERIFY(editor->isDirty());
    QVERIFY(editor->saveButton()->isEnabled());

    // 10 x 2,380 = 23,800 less 8% = 21,896; 2 x 5,200 = 10,400: total 32,296.00
    const qint64 subtotal = 10 * SalesFixture::kServoPrice + 2 * 520000;
    const qint64 total = 2189600 + 1040000;
    const qint64 cost = 10 * SalesFixture::kServoCost + 2 * SalesFixture::kPlcCost;
    QCOMPARE(editor->totalLabel()->text(), formatMoney(total, QStringLiteral("CNY")));
    QCOMPARE(editor->marginLabel()->text(),
             QLocale().toString(100.0 * double(total - cost) / double(total), 'f', 1) + QLatin1Char('%'));

    QSignalSpy changed(m_rep.get(), &AppContext::recordsChanged);
    editor->linesTable()->setFocus();
    QTest::keyClick(editor->linesTable(), Qt::Key_S, Qt::ControlModifier);
    if (editor->isDirty()) // no active window offscreen on some setups: the button does the same
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(!editor->isDirty());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM quote_lines WHERE quote_id = ? AND local_state <> 3"), {quoteId}).toInt(), 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT total_cents FROM quotes WHERE id = ?"), {quoteId}).toLongLong(), total);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT subtotal_cents FROM quotes WHERE id = ?"), {quoteId}).toLongLong(), subtotal);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT cost_cents FROM quotes WHERE id = ?"), {quoteId}).toLongLong(), cost);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT line_total_cents FROM quote_lines WHERE quote_id = ? ORDER BY position LIMIT 1"),
                         {quoteId}).toLongLong(),
             2189600LL);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote_line' AND op = 'create' AND "
                                        "record_id IN (SELECT id FROM quote_lines WHERE quote_id = ?)"),
                         {quoteId}).toInt(),
             2);
    QVERIFY(changed.contains(QVariantList{QStringLiteral("quote")}));
    // The saved lines came back with their ids: saving again writes nothing new.
    QVERIFY(editor->linesModel()->lines().at(0).id > 0);

    // A third line, removed again before saving: nothing of it reaches the cache.
    QTest::mouseClick(editor->addLineButton(), Qt::LeftButton);
    editor->linesTable()->selectRow(2);
    QTest::mouseClick(editor->removeLineButton(), Qt::LeftButton);
    QCOMPARE(lines->rowCount(), 2);

    QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quoteId}).toString(),
             QStringLiteral("pending_approval"));
    const qint64 approvalId = m_fx.scalar(QStringLiteral("SELECT id FROM approvals WHERE subject_entity = 'quote' AND subject_id = ?"),
                                          {quoteId}).toLongLong();
    QVERIFY(approvalId > 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("pending"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT approver FROM approvals WHERE id = ?"), {approvalId}).toString(), QuoteEditor::approver());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT requester FROM approvals WHERE id = ?"), {approvalId}).toString(), QStringLiteral("wang.fang"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents FROM approvals WHERE id = ?"), {approvalId}).toLongLong(), total);
    QVERIFY(!m_fx.lastOutbox(QStringLiteral("approval"), approvalId, QStringLiteral("create")).isEmpty());
    QVERIFY(m_fx.lastOutbox(QStringLiteral("quote"), quoteId, QStringLiteral("update")).value(QStringLiteral("state")).isUndefined());
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT summary FROM approvals WHERE id = ?"), {approvalId}).toString().contains(QLatin1String(" x ")));
    QVERIFY(changed.contains(QVariantList{QStringLiteral("approval")}));

    // Pending approval: read-only.
    QCOMPARE(editor->state(), QStringLiteral("pending_approval"));
    QVERIFY(!editor->isEditable());
    QVERIFY(!editor->addLineButton()->isEnabled());
    QVERIFY(!editor->submitButton()->isEnabled());
    QVERIFY(!(lines->flags(lines->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable));
    QVERIFY(!lines->setData(lines->index(0, QuoteLinesModel::Quantity), 99.0));
    m_submitted = quoteId;
}

qint64 TestQuotes::approvedQuote()
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    if (!id)
        return 0;
    QuoteLine l;
    l.productId = m_fx.plcId;
    l.description = QStringLiteral("PLC 控制器 16 点");
    l.quantity = 4;
    l.unitPriceCents = SalesFixture::kPlcPrice;
    if (!quotes.saveLines(id.value(), {l}))
        return 0;
    auto approval = quotes.submitForApproval(id.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    if (!approval || !ApprovalStore(*m_fx.db).decide(approval.value(), true, QString(), QStringLiteral("zhao.min")))
        return 0;
    return id.value();
}

void TestQuotes::repHasNoCreateOrder()
{
    QuotesView view(*m_rep);
    QVERIFY(!view.editor()->createOrderButton());
    const qint64 quoteId = approvedQuote();
    QVERIFY(quoteId > 0);
    view.openRecord(quoteId);
    QCOMPARE(view.editor()->state(), QStringLiteral("approved"));
    const auto buttons = view.findChildren<QPushButton *>();
    for (const QPushButton *b : buttons)
        QVERIFY(b->text() != QStringLiteral("Create order"));
}

void TestQuotes::officeCreatesOrder()
{
    // Where the goods and the invoice go: the customer's addresses.
    ChangeWriter writer(*m_fx.db);
    auto site = writer.create(entities::address(), {{QStringLiteral("customer_id"), m_fx.customerId},
                                                    {QStringLiteral("kind"), QStringLiteral("shipping")},
                                                    {QStringLiteral("street"), QStringLiteral("吴中区 工厂 3 号门")},
                                                    {QStringLiteral("city"), QStringLiteral("苏州")},
                                                    {QStringLiteral("is_default"), 1}});
    auto billing = writer.create(entities::address(), {{QStringLiteral("customer_id"), m_fx.customerId},
                                                       {QStringLiteral("kind"), QStringLiteral("billing")},
                                                       {QStringLiteral("street"), QStringLiteral("财务部 星湖街 2 号")},
                                                       {QStringLiteral("city"), QStringLiteral("苏州")}});
    QVERIFY(site && billing);
    QuotesView view(*m_office);
    const qint64 quoteId = approvedQuote();
    QVERIFY(quoteId > 0);
    view.refresh();
    view.openRecord(quoteId);
    QPushButton *create = view.editor()->createOrderButton();
    QVERIFY(create);
    QVERIFY(create->isEnabled());
    QSignalSpy info(m_office.get(), &AppContext::infoReported);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(create, Qt::LeftButton);
    // Nothing fires at once: the handoff dialog asks what the order needs.
    auto *dialog = view.findChild<HandoffDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString confirmed = QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND record_id = ? AND op = 'action' "
                                             "AND json_extract(payload, '$.command') = 'confirm' AND state = 'pending'");
    QCOMPARE(m_fx.scalar(confirmed, {quoteId}).toInt(), 0);
    QCOMPARE(dialog->shipToBox()->currentData().toLongLong(), site.value());
    QCOMPARE(dialog->invoiceToBox()->currentData().toLongLong(), billing.value());

    // A date in the past is refused at its field, and the review does not open.
    dialog->poEdit()->setText(QStringLiteral("PO-8812"));
    dialog->dateEdit()->setMinimumDate(QDate(2000, 1, 1));
    dialog->dateEdit()->setDate(QDate::currentDate().addDays(-3));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QVERIFY(!dialog->onReviewPage());
    QVERIFY2(dialog->fieldError(QStringLiteral("requested_date")).contains(QLatin1String("past")),
             qPrintable(dialog->fieldError(QStringLiteral("requested_date"))));
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/handoff-refused.png")));

    // Corrected: the review shows what will be sent.
    dialog->dateEdit()->setDate(QDate::currentDate().addDays(10));
    dialog->termsBox()->setCurrentText(QStringLiteral("30 days"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QVERIFY(dialog->onReviewPage());
    QVERIFY(dialog->fieldError(QStringLiteral("requested_date")).isEmpty());
    const QString review = dialog->reviewLabel()->text();
    for (const QString &part : {QStringLiteral("PO-8812"), QStringLiteral("工厂 3 号门"), QStringLiteral("星湖街"), QStringLiteral("30 days"),
                                QStringLiteral("PLC")})
        QVERIFY2(review.contains(part), qPrintable(part));
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/handoff-review.png")));
    QCOMPARE(m_fx.scalar(confirmed, {quoteId}).toInt(), 0);

    // Sent: one command for the ERP with its own key and the order's terms.
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(confirmed, {quoteId}).toInt(), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT json_extract(payload, '$.args.customer_po') FROM outbox WHERE entity = 'quote' "
                                        "AND record_id = ? AND op = 'action'"),
                         {quoteId}).toString(),
             QStringLiteral("PO-8812"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE quote_id = ?"), {quoteId}).toInt(), 0);
    QCOMPARE(info.size(), 1);
    QVERIFY2(info.first().at(0).toString().contains(QLatin1String("next sync")), qPrintable(info.first().at(0).toString()));
    QVERIFY(create->toolTip().contains(QLatin1String("on its way")));
    QVERIFY(!create->isEnabled()); // ordered once is enough
}

void TestQuotes::draftIsDeletedAfterConfirmation()
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    QVERIFY(id);
    QuotesView view(*m_rep);
    view.show();
    view.refresh();
    view.openRecord(id.value());
    QVERIFY(view.editor()->deleteButton()->isVisible());
    // Cancelled: nothing happens.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    view.confirmDelete(id.value());
    QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("confirmDeleteQuote")));
    QVERIFY(quotes.header(id.value()).value());
    // Confirmed: gone from the list, one deletion waiting in the outbox.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    view.confirmDelete(id.value());
    QTRY_VERIFY(!quotes.header(id.value()).value());
    QCOMPARE(view.editor()->quoteId(), 0);
    // An approved quote is not offered for deletion.
    const qint64 approved = approvedQuote();
    view.openRecord(approved);
    QVERIFY(!view.editor()->deleteButton()->isVisible());
}

void TestQuotes::newQuoteStrip()
{
    QuotesView view(*m_rep);
    view.show();
    view.newRecord();
    QVERIFY(view.newQuoteBar()->isVisible());
    QVERIFY(!view.newQuoteButton()->isEnabled());
    view.newQuoteCustomer()->setText(QStringLiteral("华东精密"));
    view.newQuoteCustomer()->searchNow();
    QCOMPARE(view.newQuoteCustomer()->matcher()->model()->rowCount(), 1);
    view.newQuoteCustomer()->setCustomer(m_fx.customerId);
    QVERIFY(view.newQuoteButton()->isEnabled());
    const int before = m_fx.scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE customer_id = ?"), {m_fx.customerId}).toInt();
    QTest::mouseClick(view.newQuoteButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE customer_id = ?"), {m_fx.customerId}).toInt(), before + 1);
    QVERIFY(!view.newQuoteBar()->isVisible());
    QCOMPARE(view.editor()->customerId(), m_fx.customerId);
    QCOMPARE(view.editor()->state(), QStringLiteral("draft"));
}

void TestQuotes::rejectedQuoteIsEditableAgain()
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    QVERIFY(id);
    QuoteLine l;
    l.productId = m_fx.servoId;
    l.quantity = 5;
    l.unitPriceCents = SalesFixture::kServoPrice;
    l.discountPct = 30;
    QVERIFY(quotes.saveLines(id.value(), {l}));
    auto approval = quotes.submitForApproval(id.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    QVERIFY(approval);
    QVERIFY(ApprovalStore(*m_fx.db).decide(approval.value(), false, QStringLiteral("30% is too much"), QStringLiteral("zhao.min")));

    QuotesView view(*m_rep);
    view.show();
    view.openRecord(id.value());
    QuoteEditor *editor = view.editor();
    QCOMPARE(editor->state(), QStringLiteral("rejected"));
    QVERIFY(editor->isEditable());
    QVERIFY(editor->addLineButton()->isEnabled());
    QVERIFY(editor->linesModel()->setData(editor->linesModel()->index(0, QuoteLinesModel::Discount), 15.0));
    QVERIFY(editor->save());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {id.value()}).toString(), QStringLiteral("draft"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT total_cents FROM quotes WHERE id = ?"), {id.value()}).toLongLong(),
             qint64(5 * SalesFixture::kServoPrice * 85 / 100));
    QVERIFY(editor->submitButton()->isEnabled());
}

void TestQuotes::screenshot()
{
    QuotesView view(*m_rep);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(m_submitted > 0);
    view.openRecord(m_submitted);
    QCOMPARE(view.editor()->linesModel()->rowCount(), 2);
    QTest::qWait(50);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/quotes.png")));
}

QTEST_MAIN(TestQuotes)
#include "tst_quotes.moc"
