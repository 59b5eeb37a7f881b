// Amounts in their currency on screen (issue 12): a USD quote beside CNY ones in the quotes
// list and its editor, a USD deal beside CNY ones in the kanban and the funnel. The views run
// in zh_CN number formatting, where yuan read "¥" and dollars "US$".
#include "SalesFixture.h"

#include "models/domain/Money.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/CustomerStore.h"
#include "models/store/PipelineStore.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/orders/OrdersView.h"
#include "ui/pipeline/FunnelChart.h"
#include "ui/pipeline/KanbanColumn.h"
#include "ui/pipeline/PipelineDialogs.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/quotes/CustomerPicker.h"
#include "ui/quotes/QuoteCurrencyBox.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/quotes/QuotesView.h"

#include <QBarSet>
#include <QComboBox>
#include <QSignalSpy>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace sb;

class TestCurrencies : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void kanbanSumsPerCurrency();
    void funnelNeverAddsCurrencies();
    void newDealAmountInCustomersCurrency();
    void quotesListAndEditor();
    void ordersListCountsRevenueOnly();
    void customerDialogKeepsTheCurrency();

private:
    qint64 deal(qint64 customerId, const QString &title, const QString &stage, qint64 cents);
    qint64 quote(qint64 customerId, qint64 unitPriceCents);
    QString cnyProposal() const; // the proposal lane's yuan, as formatted

    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_ctx;
    qint64 m_usCustomer = 0;
    qint64 m_usDeal = 0;
};

void TestCurrencies::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString error = m_fx.open(0); // our own records only: every sum is known
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto us = CustomerStore(*m_fx.db).create({{QStringLiteral("name"), QStringLiteral("Ohio Precision Tooling Inc.")},
                                              {QStringLiteral("currency"), QStringLiteral("USD")},
                                              {QStringLiteral("grade"), QStringLiteral("B")},
                                              {QStringLiteral("owner"), QStringLiteral("wang.fang")}});
    QVERIFY2(us, qPrintable(us.error()));
    m_usCustomer = us.value();
    m_ctx = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("office")});
}

void TestCurrencies::cleanupTestCase()
{
    m_ctx.reset();
    QLocale::setDefault(QLocale::c());
}

qint64 TestCurrencies::deal(qint64 customerId, const QString &title, const QString &stage, qint64 cents)
{
    auto id = PipelineStore(*m_fx.db).create({{QStringLiteral("customer_id"), customerId},
                                              {QStringLiteral("title"), title},
                                              {QStringLiteral("stage"), stage},
                                              {QStringLiteral("amount_cents"), cents},
                                              {QStringLiteral("owner"), QStringLiteral("wang.fang")},
                                              {QStringLiteral("expected_close"),
                                               QDate::currentDate().addDays(30).toString(Qt::ISODate)}});
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? id.value() : 0;
}

qint64 TestCurrencies::quote(qint64 customerId, qint64 unitPriceCents)
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(customerId, 0, QStringLiteral("wang.fang"));
    if (!id)
        return 0;
    QuoteLine line;
    line.productId = m_fx.servoId;
    line.description = QStringLiteral("交流伺服电机 750W");
    line.quantity = 1;
    line.unitPriceCents = unitPriceCents;
    return quotes.saveLines(id.value(), {line}) ? id.value() : 0;
}

void TestCurrencies::kanbanSumsPerCurrency()
{
    // The fixture's proposal is ¥9,800,000.00; two more yuan deals, and one in dollars.
    QVERIFY(deal(m_fx.customerId, QStringLiteral("华东精密 焊接工位"), QStringLiteral("proposal"), 120000000) > 0);
    QVERIFY(deal(m_fx.customerId, QStringLiteral("华东精密 备件"), QStringLiteral("qualified"), 4500000) > 0);
    m_usDeal = deal(m_usCustomer, QStringLiteral("Ohio servo retrofit"), QStringLiteral("qualified"), 70423);
    QVERIFY(m_usDeal > 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {m_usDeal}).toString(),
             QStringLiteral("USD"));

    PipelineView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString proposalBefore = view.column(QStringLiteral("proposal"))->totalsLabel()->text();
    QCOMPARE(proposalBefore, QStringLiteral("¥11,000,000.00"));
    const QString qualified = view.column(QStringLiteral("qualified"))->totalsLabel()->text();
    QCOMPARE(qualified, QStringLiteral("¥45,000.00\nUS$704.23"));

    // Moving the dollar deal adds a dollar line to the proposal lane; the yuan stay as they were.
    QVERIFY(view.moveByDrop(m_usDeal, QStringLiteral("proposal")));
    QCOMPARE(view.column(QStringLiteral("proposal"))->totalsLabel()->text(), QStringLiteral("¥11,000,000.00\nUS$704.23"));
    QCOMPARE(view.column(QStringLiteral("qualified"))->totalsLabel()->text(), QStringLiteral("¥45,000.00"));
    // Every lane keeps two lines for its sums, so the cards start level.
    QCOMPARE(view.column(QStringLiteral("lead"))->totalsLabel()->minimumHeight(),
             view.column(QStringLiteral("proposal"))->totalsLabel()->minimumHeight());
    QVERIFY(view.column(QStringLiteral("lead"))->totalsLabel()->minimumHeight()
            >= 2 * view.column(QStringLiteral("lead"))->totalsLabel()->fontMetrics().lineSpacing());
    QTest::qWait(100);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/currencies-pipeline.png")));
}

void TestCurrencies::funnelNeverAddsCurrencies()
{
    PipelineView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    FunnelChart *funnel = view.funnel();
    const QString figures = funnel->figures()->text();
    QVERIFY2(figures.contains(QStringLiteral("¥11,000,000.00<br>US$704.23")), qPrintable(figures));
    // The open total lists each currency; a face-value sum (¥11,045,704.23) appears nowhere.
    QVERIFY2(figures.contains(QStringLiteral("¥11,045,000.00<br>US$704.23")), qPrintable(figures));
    QVERIFY(!figures.contains(QStringLiteral("11,045,704.23")));
    QVERIFY(!figures.contains(QStringLiteral("11,000,704.23")));
    // Two currencies: the bars count deals (proposal: 3) instead of adding amounts.
    QVERIFY(funnel->barsShowCounts());
    QChart *chart = funnel->chartView()->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 1);
    const QBarSet *bars = series->barSets().at(0);
    // Fed bottom-up: negotiation, proposal, qualified, lead.
    QCOMPARE(bars->count(), 4);
    QCOMPARE(bars->at(1), 3.0);
    QCOMPARE(bars->at(2), 1.0);
    QVERIFY(view.funnel()->grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/currencies-funnel.png")));

    // Back to one currency, the bars are amounts in it again.
    QVERIFY(PipelineStore(*m_fx.db).moveStage(m_usDeal, QStringLiteral("lost"), QStringLiteral("Price too high")));
    view.refresh();
    QVERIFY(!funnel->barsShowCounts());
    QVERIFY(funnel->figures()->text().contains(QStringLiteral("US$704.23"))); // among the lost
    QVERIFY(PipelineStore(*m_fx.db).moveStage(m_usDeal, QStringLiteral("proposal")));
}

void TestCurrencies::newDealAmountInCustomersCurrency()
{
    PipelineView view(*m_ctx);
    view.newRecord();
    NewOpportunityDialog *dialog = view.newOpportunityDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->amountEdit()->prefix(), QStringLiteral("¥ "));
    dialog->customerPicker()->setCustomer(m_usCustomer);
    QCOMPARE(dialog->currency(), QStringLiteral("USD"));
    QCOMPARE(dialog->amountEdit()->prefix(), QStringLiteral("US$ "));
    QCOMPARE(dialog->fields().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    dialog->customerPicker()->setCustomer(m_fx.customerId);
    QCOMPARE(dialog->amountEdit()->prefix(), QStringLiteral("¥ "));
    dialog->reject();
}

void TestCurrencies::quotesListAndEditor()
{
    const qint64 cny = quote(m_fx.customerId, 238000);
    const qint64 usd = quote(m_usCustomer, 70423);
    QVERIFY(cny > 0 && usd > 0);
    QuotesView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The list shows each total in its own currency.
    SqlWindowModel *list = view.list()->model();
    QStringList totals;
    for (int row = 0; row < list->rowCount(); ++row)
        totals << list->index(row, 3).data().toString();
    QVERIFY2(totals.contains(QStringLiteral("¥2,380.00")), qPrintable(totals.join(QLatin1Char('|'))));
    QVERIFY2(totals.contains(QStringLiteral("US$704.23")), qPrintable(totals.join(QLatin1Char('|'))));
    // Under the list, the total per currency, never ¥3,084.23.
    QVERIFY(view.list()->totalLabel()->isVisible());
    QCOMPARE(view.list()->totalLabel()->text(), QStringLiteral("Total of these quotes: ¥2,380.00 · US$704.23"));

    // The USD quote opens in dollars; as a draft its currency can be changed, and the totals follow.
    view.openRecord(usd);
    QuoteEditor *editor = view.editor();
    QCOMPARE(editor->quoteId(), usd);
    QuoteCurrencyBox *box = editor->currencyBox();
    QVERIFY(box->isEnabled());
    QCOMPARE(box->currency(), QStringLiteral("USD"));
    QCOMPARE(editor->totalLabel()->text(), QStringLiteral("US$704.23"));
    const int eur = box->findData(QStringLiteral("EUR"));
    QVERIFY(eur >= 0);
    QSignalSpy info(m_ctx.get(), &AppContext::infoReported);
    box->setCurrentIndex(eur);
    emit box->activated(eur); // what a click on the item does
    QCOMPARE(info.size(), 1); // the prices were not converted, and the person is told
    QVERIFY(info.at(0).at(0).toString().contains(QStringLiteral("EUR")));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT currency FROM quotes WHERE id = ?"), {usd}).toString(), QStringLiteral("EUR"));
    QCOMPARE(editor->totalLabel()->text(), QStringLiteral("€704.23"));
    // The change goes to the ERP like any edit.
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'quote' AND record_id = ? "
                                       "AND json_extract(payload, '$.currency') = 'EUR'"),
                        {usd})
                .toInt()
            >= 1);
    const int dollars = box->findData(QStringLiteral("USD"));
    box->setCurrentIndex(dollars);
    emit box->activated(dollars);
    QCOMPARE(editor->totalLabel()->text(), QStringLiteral("US$704.23"));

    // Once submitted the currency is fixed.
    QVERIFY(editor->submitForApproval());
    QVERIFY(!editor->currencyBox()->isEnabled());
    QCOMPARE(editor->currencyBox()->currency(), QStringLiteral("USD"));
    QTest::qWait(100);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/currencies-quotes.png")));
}

void TestCurrencies::ordersListCountsRevenueOnly()
{
    // The fixture's orders: ¥12,000 + ¥8,000 this year, ¥50,000 earlier. A dollar order, a
    // draft and a cancelled one join them; only real orders are revenue, each in its currency.
    const QString insert = QStringLiteral("INSERT INTO orders (number, customer_id, state, order_date, total_cents, currency, "
                                          "local_state) VALUES (?, ?, ?, date('now'), ?, ?, 0)");
    QVERIFY(m_fx.db->exec(insert, {QStringLiteral("US-1"), m_usCustomer, QStringLiteral("confirmed"), 70423, QStringLiteral("USD")}));
    QVERIFY(m_fx.db->exec(insert, {QStringLiteral("US-2"), m_usCustomer, QStringLiteral("draft"), 990000, QStringLiteral("USD")}));
    QVERIFY(m_fx.db->exec(insert, {QStringLiteral("CN-9"), m_fx.customerId, QStringLiteral("cancelled"), 990000, QStringLiteral("CNY")}));
    OrdersView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.list()->model()->rowCount(), 6);
    QVERIFY(view.list()->totalLabel()->isVisible());
    QCOMPARE(view.list()->totalLabel()->text(),
             QStringLiteral("Revenue of these orders (drafts and cancelled ones left out): ¥70,000.00 · US$704.23"));
    QTest::qWait(100);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/currencies-orders.png")));
}

void TestCurrencies::customerDialogKeepsTheCurrency()
{
    CustomerDialog dialog(*m_ctx, m_usCustomer);
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currency"));
    auto *credit = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("creditLimit"));
    QVERIFY(currency && credit);
    QCOMPARE(currency->currentData().toString(), QStringLiteral("USD"));
    QCOMPARE(credit->prefix(), QStringLiteral("US$ "));
    currency->setCurrentIndex(currency->findData(QStringLiteral("CNY")));
    QCOMPARE(credit->prefix(), QStringLiteral("¥ "));
    dialog.accept();
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT currency FROM customers WHERE id = ?"), {m_usCustomer}).toString(),
             QStringLiteral("CNY"));
    // A new quote for it is in yuan from now on.
    auto q = QuoteStore(*m_fx.db).createDraft(m_usCustomer, 0, QStringLiteral("wang.fang"));
    QVERIFY(q);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT currency FROM quotes WHERE id = ?"), {q.value()}).toString(), QStringLiteral("CNY"));
}

QTEST_MAIN(TestCurrencies)
#include "tst_currencies.moc"
