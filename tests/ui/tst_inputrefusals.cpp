// Typed values that make no sense are refused with the reason, at the field, and nothing is
// quietly changed (issue 12): quote lines, a new deal, a new customer and its duplicate name;
// plus the widgets that hid or moved what a person reads (the product list, the message bar,
// the funnel's ratio column).
#include "SalesFixture.h"

#include "models/domain/Validation.h"
#include "models/store/CustomerStore.h"
#include "ui/common/AppContext.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/pipeline/FunnelChart.h"
#include "ui/pipeline/PipelineDialogs.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/quotes/CustomerPicker.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/quotes/QuoteLinesModel.h"
#include "ui/quotes/QuotesView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QWindow>
#include <QtTest>

using namespace sb;

class TestInputRefusals : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void quoteLineRefusesAbsurdValues();
    void productListIsReadable();
    void newDealRefusesTypoAmount();
    void customerDialogRefusesBadContact();
    void duplicateCustomerNeedsConfirmation();
    void messageBarDoesNotMovePage();
    void funnelRatioIsLabelledAsCounts();

private:
    // Types text into the cell's spin box as a person would and presses Enter; returns the
    // value the editor held just before Enter (the typed figure, unclamped).
    double typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text);
    static void shot(QWidget *w, const QString &name);

    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_ctx;
};

void TestInputRefusals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = m_fx.open(60);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ctx = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
}

void TestInputRefusals::shot(QWidget *w, const QString &name)
{
    QVERIFY(w->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/") + name));
}

double TestInputRefusals::typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setCurrentIndex(index);
    table->edit(index);
    auto *spin = qobject_cast<QDoubleSpinBox *>(table->indexWidget(index));
    if (!spin)
        return qQNaN();
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    spin->interpretText();
    const double typed = spin->value();
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits Enter through a queued call
    return typed;
}

void TestInputRefusals::quoteLineRefusesAbsurdValues()
{
    QuotesView view(*m_ctx);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QuoteEditor *editor = view.editor();
    const qint64 quoteId = view.newQuoteFor(m_fx.customerId);
    QVERIFY(quoteId > 0);
    QuoteLinesModel *lines = editor->linesModel();
    QTest::mouseClick(editor->addLineButton(), Qt::LeftButton);
    QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Product), m_fx.servoId));
    QSignalSpy refused(lines, &QuoteLinesModel::refused);
    QTableView *table = editor->linesTable();

    // A price of 1e12: the editor holds what was typed (no clamp to 1e11), the model refuses it.
    QCOMPARE(typeIntoCell(table, lines->index(0, QuoteLinesModel::UnitPrice), QStringLiteral("1000000000000")), 1e12);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(lines->lines().at(0).unitPriceCents, SalesFixture::kServoPrice);
    QVERIFY(editor->lineErrorLabel()->isVisibleTo(editor));
    QVERIFY2(editor->lineErrorLabel()->text().contains(QLatin1String("unit price")), qPrintable(editor->lineErrorLabel()->text()));
    QCOMPARE(table->currentIndex(), lines->index(0, QuoteLinesModel::UnitPrice)); // back on the cell
    shot(&view, QStringLiteral("refused-quote-price.png"));

    // Saving now would store the old price in place of what was typed: refused too.
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM quote_lines WHERE quote_id = ?"), {quoteId}).toInt(), 0);
    QVERIFY(editor->lineErrorLabel()->isVisibleTo(editor));

    // A 200% discount is not 20%, a quantity of -5 is not 5.
    QCOMPARE(typeIntoCell(table, lines->index(0, QuoteLinesModel::Discount), QStringLiteral("200")), 200.0);
    QCOMPARE(lines->lines().at(0).discountPct, 0.0);
    QVERIFY2(editor->lineErrorLabel()->text().contains(QLatin1String("200")), qPrintable(editor->lineErrorLabel()->text()));
    shot(&view, QStringLiteral("refused-quote-discount.png"));
    QCOMPARE(typeIntoCell(table, lines->index(0, QuoteLinesModel::Quantity), QStringLiteral("-5")), -5.0);
    QCOMPARE(lines->lines().at(0).quantity, 1.0);
    QVERIFY2(editor->lineErrorLabel()->text().contains(QLatin1String("-5")), qPrintable(editor->lineErrorLabel()->text()));
    QCOMPARE(refused.size(), 3);

    // A sane value clears the message and the save goes through.
    QCOMPARE(typeIntoCell(table, lines->index(0, QuoteLinesModel::Quantity), QStringLiteral("5")), 5.0);
    QVERIFY(!editor->lineErrorLabel()->isVisibleTo(editor));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT quantity FROM quote_lines WHERE quote_id = ?"), {quoteId}).toDouble(), 5.0);
}

void TestInputRefusals::productListIsReadable()
{
    QuotesView view(*m_ctx);
    view.resize(900, 600); // a narrow window: the product column gets little room
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QuoteEditor *editor = view.editor();
    QVERIFY(view.newQuoteFor(m_fx.customerId) > 0);
    QTest::mouseClick(editor->addLineButton(), Qt::LeftButton);
    QTableView *table = editor->linesTable();
    // The cell itself: room for a code and a name, not "伺服…" (it was ~40 px at this width).
    QVERIFY2(table->columnWidth(QuoteLinesModel::Product)
                 >= table->fontMetrics().horizontalAdvance(QStringLiteral("TST-SRV-750  交流伺服电机")),
             qPrintable(QString::number(table->columnWidth(QuoteLinesModel::Product))));
    const QModelIndex index = editor->linesModel()->index(0, QuoteLinesModel::Product);
    table->setCurrentIndex(index);
    if (!table->indexWidget(index)) // Add line may have opened the product editor already
        table->edit(index);
    auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index));
    QVERIFY(combo);
    int widest = 0;
    for (int row = 0; row < combo->count(); ++row)
        widest = qMax(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(row)));
    QVERIFY(widest > 0);
    const int expected = qMin(widest, 640 - 48);
    QVERIFY2(combo->view()->minimumWidth() >= expected,
             qPrintable(QStringLiteral("list %1 px, names up to %2 px").arg(combo->view()->minimumWidth()).arg(widest)));
    QVERIFY(combo->completer()->popup()->minimumWidth() >= expected);
    combo->showPopup();
    QTRY_VERIFY(combo->view()->isVisible());
    QVERIFY2(combo->view()->width() >= expected, qPrintable(QString::number(combo->view()->width())));
    shot(&view, QStringLiteral("quote-product-list.png"));
    QImage popup = combo->view()->window()->grab().toImage();
    QVERIFY(popup.save(QStringLiteral(SB_SCREENSHOT_DIR "/quote-product-list-popup.png")));
    combo->hidePopup();
}

void TestInputRefusals::newDealRefusesTypoAmount()
{
    PipelineView view(*m_ctx);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.newRecord();
    NewOpportunityDialog *dialog = view.newOpportunityDialog();
    QVERIFY(dialog);
    dialog->customerPicker()->setCustomer(m_fx.customerId);
    dialog->titleEdit()->setText(QStringLiteral("华东精密 三期"));
    dialog->amountEdit()->setFocus();
    dialog->amountEdit()->selectAll();
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("100000000000")); // ¥100,000,000,000
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->amountEdit()->value(), 1e11); // kept as typed, for the person to correct
    QVERIFY(dialog->errorLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("amount")), qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->amountEdit())); // the field at fault
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE title = ?"), {QStringLiteral("华东精密 三期")}).toInt(), 0);
    shot(dialog, QStringLiteral("refused-deal-amount.png"));

    dialog->amountEdit()->setValue(1'250'000.0);
    dialog->accept();
    QTRY_VERIFY(!view.newOpportunityDialog());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE title = ?"), {QStringLiteral("华东精密 三期")})
                 .toLongLong(),
             125'000'000LL);
}

void TestInputRefusals::customerDialogRefusesBadContact()
{
    CustomerDialog dialog(*m_ctx, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int before = m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt();
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("宁波港湾物流有限公司"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("contactName")), QStringLiteral("Chen Jie"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("contactEmail"));
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("not-an-email")), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(email));
    shot(&dialog, QStringLiteral("refused-customer-email.png"));

    email->clear();
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("contactPhone"));
    QTest::keyClicks(phone, QStringLiteral("ask reception"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(phone));

    // A phone typed without a contact name would be dropped: refused instead.
    phone->setText(QStringLiteral("0574-8765 4321"));
    dialog.findChild<QLineEdit *>(QStringLiteral("contactName"))->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(dialog.findChild<QLineEdit *>(QStringLiteral("contactName"))));

    // A credit limit of ¥10,000,000,000,000 is a typo.
    auto *credit = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("creditLimit"));
    credit->setValue(1e13);
    QCOMPARE(credit->value(), 1e13);
    dialog.findChild<QLineEdit *>(QStringLiteral("contactName"))->setText(QStringLiteral("Chen Jie"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("credit limit")), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), before);
    dialog.reject();
}

void TestInputRefusals::duplicateCustomerNeedsConfirmation()
{
    auto existing = CustomerStore(*m_fx.db).create({{QStringLiteral("name"), QStringLiteral("Lakeview Instruments Ltd")},
                                                    {QStringLiteral("code"), QStringLiteral("TST-LAKE")}});
    QVERIFY2(existing, qPrintable(existing.error()));
    const int before = m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt();
    QSignalSpy opens(m_ctx.get(), &AppContext::openRequested);
    {
        CustomerDialog dialog(*m_ctx, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Other case and spacing: the same name for a person.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral(" lakeview  INSTRUMENTS ltd "));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.duplicateWarning()->isVisibleTo(&dialog));
        QVERIFY(dialog.duplicateText()->text().contains(QLatin1String("Lakeview Instruments Ltd (TST-LAKE)")));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), before);
        shot(&dialog, QStringLiteral("duplicate-customer-warning.png"));
        // The link opens the existing customer (and drops this draft).
        emit dialog.duplicateText()->linkActivated(QStringLiteral("open"));
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.at(0).at(0).toString(), QStringLiteral("customer"));
        QCOMPARE(opens.at(0).at(1).toLongLong(), existing.value());
        QVERIFY(!dialog.isVisible());
    }
    {
        CustomerDialog dialog(*m_ctx, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Lakeview Instruments Ltd"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.duplicateWarning()->isVisibleTo(&dialog));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), before);
        // "Create anyway": a second customer of that name, on purpose.
        QTest::mouseClick(dialog.createAnywayButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), before + 1);
    }
}

void TestInputRefusals::messageBarDoesNotMovePage()
{
    MainWindow w(*m_ctx, QStringLiteral("Test"));
    w.resize(1200, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    w.messageBar()->hide();
    QCoreApplication::processEvents();
    QWidget *page = pages->currentWidget();
    QVERIFY(page);
    const QRect before(page->mapTo(&w, QPoint(0, 0)), page->size());
    w.messageBar()->showError(QStringLiteral("Sync: the ERP server did not answer (a long message that might wrap "
                                             "when the window is narrow, to check the bar grows over the page)."));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QVERIFY(w.messageBar()->isVisible());
    const QRect after(page->mapTo(&w, QPoint(0, 0)), page->size());
    QCOMPARE(after, before);
    // On top of the page, across it, tall enough for its text.
    QVERIFY(w.messageBar()->height() >= w.messageBar()->minimumSizeHint().height());
    QCOMPARE(w.messageBar()->width(), pages->width());
    w.resize(900, 700);
    QTest::qWait(50);
    QCOMPARE(w.messageBar()->width(), pages->width()); // follows the window
    shot(&w, QStringLiteral("message-bar-over-page.png"));
}

void TestInputRefusals::funnelRatioIsLabelledAsCounts()
{
    FunnelChart chart;
    const QString cny = QStringLiteral("CNY");
    chart.setTotals({{QStringLiteral("lead"), 10, MoneySums(cny, 1000000), MoneySums(cny, 100000)},
                     {QStringLiteral("qualified"), 4, MoneySums(cny, 800000), MoneySums(cny, 200000)},
                     {QStringLiteral("won"), 3, MoneySums(cny, 500000), MoneySums(cny, 500000)},
                     {QStringLiteral("lost"), 1, MoneySums(cny, 100000), MoneySums(cny, 0)}});
    const QString html = chart.figures()->text();
    QVERIFY2(!html.contains(QLatin1String("From previous")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("Deals vs previous stage")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("not a conversion rate")));
    QVERIFY(html.contains(QLatin1String("40%"))); // 4 of 10: the head count ratio it is
}

QTEST_MAIN(TestInputRefusals)
#include "tst_inputrefusals.moc"
