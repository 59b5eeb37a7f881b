// Amounts in their currency (issue 12): formatting per language, sums kept per currency in the
// pipeline and the customer file, new quotes and deals in the customer's currency, and draft
// or cancelled orders left out of revenue.
#include "models/domain/Money.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "models/store/QuoteStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace QTest {
template <>
char *toString(const MoneySums &sums)
{
    return qstrdup(sums.format(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral(" | ")).toUtf8().constData());
}
} // namespace QTest

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void formatFollowsTheLanguage_data();
    void formatFollowsTheLanguage();
    void sumsKeepCurrenciesApart();
    void stageTotalsPerCurrency();
    void movingAUsdDealNeverChangesTheCnyTotal();
    void newQuoteTakesTheCustomersCurrency();
    void quoteCurrencyChangesOnlyWhileDraft();
    void costInAnotherCurrencyIsUnknown();
    void newOpportunityTakesTheCustomersCurrency();
    void customerFileSumsPerCurrencyWithoutDrafts();
    void currencyChoicesIncludeTheCache();
    void listTotalsPerCurrency();

private:
    qint64 customer(const QString &name, const QString &currency);
    qint64 deal(qint64 customerId, const QString &stage, qint64 cents, const QString &currency = QString());
    void order(qint64 customerId, const QString &state, qint64 cents, const QString &currency);

    std::unique_ptr<Database> m_db;
};

void TestMoney::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestMoney::cleanup()
{
    m_db.reset();
}

qint64 TestMoney::customer(const QString &name, const QString &currency)
{
    auto id = CustomerStore(*m_db).create({{QStringLiteral("name"), name}, {QStringLiteral("currency"), currency}});
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

qint64 TestMoney::deal(qint64 customerId, const QString &stage, qint64 cents, const QString &currency)
{
    QVariantMap f{{QStringLiteral("customer_id"), customerId},
                  {QStringLiteral("title"), QStringLiteral("Deal %1").arg(cents)},
                  {QStringLiteral("stage"), stage},
                  {QStringLiteral("amount_cents"), cents}};
    if (!currency.isEmpty())
        f.insert(QStringLiteral("currency"), currency);
    auto id = PipelineStore(*m_db).create(f);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

void TestMoney::order(qint64 customerId, const QString &state, qint64 cents, const QString &currency)
{
    auto r = m_db->exec(QStringLiteral("INSERT INTO orders (customer_id, state, order_date, total_cents, currency, local_state) "
                                       "VALUES (?, ?, date('now'), ?, ?, 0)"),
                        {customerId, state, cents, currency});
    if (!r)
        qFatal("%s", qPrintable(r.error()));
}

void TestMoney::formatFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    // The reader's own currency takes the plain sign, another the international one.
    QTest::newRow("zh_CN CNY") << "zh_CN" << "CNY" << Q_INT64_C(120000000) << QStringLiteral("¥1,200,000.00");
    QTest::newRow("zh_CN USD") << "zh_CN" << "USD" << Q_INT64_C(70423) << QStringLiteral("US$704.23");
    QTest::newRow("zh_CN EUR") << "zh_CN" << "EUR" << Q_INT64_C(5000) << QStringLiteral("€50.00");
    QTest::newRow("en_US CNY") << "en_US" << "CNY" << Q_INT64_C(120000000) << QStringLiteral("CN¥1,200,000.00");
    QTest::newRow("en_US USD") << "en_US" << "USD" << Q_INT64_C(70423) << QStringLiteral("$704.23");
    QTest::newRow("en_US EUR") << "en_US" << "EUR" << Q_INT64_C(5000) << QStringLiteral("€50.00");
    QTest::newRow("C reads English") << "C" << "USD" << Q_INT64_C(70423) << QStringLiteral("$704.23");
    QTest::newRow("unknown code") << "en_US" << "CHF" << Q_INT64_C(100) << QStringLiteral("CHF\u00a01.00");
    QTest::newRow("empty is CNY") << "zh_CN" << "" << Q_INT64_C(100) << QStringLiteral("¥1.00");
}

void TestMoney::formatFollowsTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(cents, currency, QLocale(locale)), expected);
}

void TestMoney::sumsKeepCurrenciesApart()
{
    MoneySums sums;
    sums.add(QStringLiteral("USD"), 70423);
    sums.add(QStringLiteral("CNY"), 100000000);
    sums.add(QStringLiteral("CNY"), 20000000);
    sums.add(QString(), 1); // an empty currency is the schema's default
    QCOMPARE(sums.size(), 2);
    QCOMPARE(sums.cents(QStringLiteral("CNY")), Q_INT64_C(120000001));
    QCOMPARE(sums.cents(QStringLiteral("USD")), Q_INT64_C(70423));
    QCOMPARE(sums.format(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("¥1,200,000.01 · US$704.23"));
    QCOMPARE(sums.format(QLocale(QStringLiteral("en_US"))), QStringLiteral("CN¥1,200,000.01 · $704.23"));
    // Largest first; equal sums by code, so the order never flickers between refreshes.
    MoneySums tie;
    tie.add(QStringLiteral("USD"), 500);
    tie.add(QStringLiteral("EUR"), 500);
    tie.add(QStringLiteral("CNY"), 100);
    QCOMPARE(tie.currencies(), QStringList({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("CNY")}));
    QCOMPARE(MoneySums().format(QLocale(QStringLiteral("zh_CN")), QStringLiteral(" · "), QStringLiteral("USD")),
             QStringLiteral("US$0.00"));
    MoneySums both = tie;
    both.add(sums);
    QCOMPARE(both.cents(QStringLiteral("USD")), Q_INT64_C(70923));
}

void TestMoney::stageTotalsPerCurrency()
{
    const qint64 cn = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    deal(cn, QStringLiteral("proposal"), 100000000);
    deal(cn, QStringLiteral("proposal"), 20000000);
    deal(us, QStringLiteral("proposal"), 70423);
    PipelineStore store(*m_db);
    auto totals = store.totals();
    QVERIFY2(totals, qPrintable(totals.error()));
    const StageTotals proposal = totals.value().at(vocab::stages().indexOf(QStringLiteral("proposal")));
    QCOMPARE(proposal.count, 3);
    MoneySums amount(QStringLiteral("CNY"), 120000000);
    amount.add(QStringLiteral("USD"), 70423);
    QCOMPARE(proposal.amount, amount);
    QCOMPARE(proposal.weighted.cents(QStringLiteral("USD")), Q_INT64_C(35211)); // 50%, rounded down as SQL does
    auto summaries = store.stageSummaries();
    QVERIFY(summaries);
    QCOMPARE(summaries.value().value(QStringLiteral("proposal")).count, 3);
    QCOMPARE(summaries.value().value(QStringLiteral("proposal")).amount, amount);
}

void TestMoney::movingAUsdDealNeverChangesTheCnyTotal()
{
    const qint64 cn = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    deal(cn, QStringLiteral("qualified"), 50000000);
    deal(cn, QStringLiteral("proposal"), 120000000);
    const qint64 usd = deal(us, QStringLiteral("qualified"), 70423);
    PipelineStore store(*m_db);
    auto cny = [&](const QString &stage) {
        return store.stageSummaries().value().value(stage).amount.cents(QStringLiteral("CNY"));
    };
    QCOMPARE(cny(QStringLiteral("qualified")), Q_INT64_C(50000000));
    QCOMPARE(cny(QStringLiteral("proposal")), Q_INT64_C(120000000));
    QVERIFY(store.moveStage(usd, QStringLiteral("proposal")));
    QCOMPARE(cny(QStringLiteral("qualified")), Q_INT64_C(50000000));
    QCOMPARE(cny(QStringLiteral("proposal")), Q_INT64_C(120000000));
    const StageSummary proposal = store.stageSummaries().value().value(QStringLiteral("proposal"));
    QCOMPARE(proposal.count, 2);
    QCOMPARE(proposal.amount.cents(QStringLiteral("USD")), Q_INT64_C(70423));
    QVERIFY(!store.stageSummaries().value().value(QStringLiteral("qualified")).amount.contains(QStringLiteral("USD")));
    const StageTotals funnel = store.totals().value().at(vocab::stages().indexOf(QStringLiteral("proposal")));
    QCOMPARE(funnel.amount.cents(QStringLiteral("CNY")), Q_INT64_C(120000000));
    QCOMPARE(funnel.amount.cents(QStringLiteral("USD")), Q_INT64_C(70423));
}

void TestMoney::newQuoteTakesTheCustomersCurrency()
{
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    const qint64 cn = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    QuoteStore quotes(*m_db);
    auto usQuote = quotes.createDraft(us, 0, QStringLiteral("wang"));
    QVERIFY2(usQuote, qPrintable(usQuote.error()));
    QCOMPARE(quotes.header(usQuote.value()).value()->currency, QStringLiteral("USD"));
    auto cnQuote = quotes.createDraft(cn, 0, QStringLiteral("wang"));
    QVERIFY(cnQuote);
    QCOMPARE(quotes.header(cnQuote.value()).value()->currency, QStringLiteral("CNY"));
    // The ERP hears of the currency with the quote it creates.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT json_extract(payload, '$.currency') FROM outbox "
                                         "WHERE entity = 'quote' AND record_id = ?"),
                          {usQuote.value()})
                 .value()
                 .toString(),
             QStringLiteral("USD"));
}

void TestMoney::quoteCurrencyChangesOnlyWhileDraft()
{
    const qint64 cn = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    QuoteStore quotes(*m_db);
    const qint64 q = quotes.createDraft(cn, 0, QStringLiteral("wang")).value();
    QVERIFY(!quotes.setCurrency(q, QStringLiteral("dollars")));
    QVERIFY(quotes.setCurrency(q, QStringLiteral("usd")));
    QCOMPARE(quotes.header(q).value()->currency, QStringLiteral("USD"));
    QuoteLine line;
    line.description = QStringLiteral("Servo");
    line.unitPriceCents = 70423;
    QVERIFY(quotes.saveLines(q, {line}));
    QVERIFY(quotes.submitForApproval(q, QStringLiteral("wang"), QStringLiteral("zhao")));
    const Status late = quotes.setCurrency(q, QStringLiteral("EUR"));
    QVERIFY(!late);
    QVERIFY(!late.error().isEmpty());
    QCOMPARE(quotes.header(q).value()->currency, QStringLiteral("USD"));
    // The approval request carries the quote's currency.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT currency FROM approvals WHERE subject_id = ?"), {q}).value().toString(),
             QStringLiteral("USD"));
}

void TestMoney::costInAnotherCurrencyIsUnknown()
{
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO products (code, name, list_price_cents, cost_cents, currency) "
                                      "VALUES ('SRV', 'Servo', 238000, 145000, 'CNY')")));
    const qint64 product = m_db->scalar(QStringLiteral("SELECT id FROM products WHERE code = 'SRV'")).value().toLongLong();
    QuoteStore quotes(*m_db);
    const qint64 q = quotes.createDraft(us, 0, QStringLiteral("wang")).value();
    QuoteLine line;
    line.productId = product;
    line.description = QStringLiteral("Servo");
    line.unitPriceCents = 40000;
    QVERIFY(quotes.saveLines(q, {line}));
    // A CNY cost against a USD price would make up a margin: it is unknown instead.
    QCOMPARE(quotes.lines(q).value().at(0).unitCostCents, Q_INT64_C(-1));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT cost_cents FROM quotes WHERE id = ?"), {q}).value().isNull());
    QVERIFY(quotes.setCurrency(q, QStringLiteral("CNY")));
    QCOMPARE(quotes.lines(q).value().at(0).unitCostCents, Q_INT64_C(145000));
}

void TestMoney::newOpportunityTakesTheCustomersCurrency()
{
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    const qint64 id = deal(us, QStringLiteral("lead"), 70423);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {id}).value().toString(),
             QStringLiteral("USD"));
    // A currency given explicitly is kept.
    const qint64 eur = deal(us, QStringLiteral("lead"), 100, QStringLiteral("EUR"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {eur}).value().toString(),
             QStringLiteral("EUR"));
}

void TestMoney::customerFileSumsPerCurrencyWithoutDrafts()
{
    const qint64 c = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    deal(c, QStringLiteral("proposal"), 120000000);
    deal(c, QStringLiteral("negotiation"), 70423, QStringLiteral("USD"));
    deal(c, QStringLiteral("won"), 999, QStringLiteral("USD")); // not open
    order(c, QStringLiteral("done"), 50000, QStringLiteral("CNY"));
    order(c, QStringLiteral("confirmed"), 25000, QStringLiteral("CNY"));
    order(c, QStringLiteral("processing"), 70423, QStringLiteral("USD"));
    order(c, QStringLiteral("draft"), 800000, QStringLiteral("CNY"));     // not agreed: no revenue
    order(c, QStringLiteral("cancelled"), 900000, QStringLiteral("USD")); // no revenue
    auto s = CustomerStore(*m_db).summary(c);
    QVERIFY2(s, qPrintable(s.error()));
    MoneySums pipeline(QStringLiteral("CNY"), 120000000);
    pipeline.add(QStringLiteral("USD"), 70423);
    QCOMPARE(s.value().openPipeline, pipeline);
    QCOMPARE(s.value().openOpportunities, 2);
    MoneySums revenue(QStringLiteral("CNY"), 75000);
    revenue.add(QStringLiteral("USD"), 70423);
    QCOMPARE(s.value().revenue, revenue);
    QCOMPARE(s.value().orders, 5); // the file still lists every order
}

void TestMoney::currencyChoicesIncludeTheCache()
{
    customer(QStringLiteral("Tokyo Motion"), QStringLiteral("JPY"));
    auto choices = CustomerStore(*m_db).currencyChoices();
    QVERIFY2(choices, qPrintable(choices.error()));
    QCOMPARE(choices.value(), QStringList({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                           QStringLiteral("JPY")}));
}

void TestMoney::listTotalsPerCurrency()
{
    const qint64 cn = customer(QStringLiteral("Suzhou Precision"), QStringLiteral("CNY"));
    const qint64 us = customer(QStringLiteral("Ohio Tooling"), QStringLiteral("USD"));
    order(cn, QStringLiteral("done"), 50000, QStringLiteral("CNY"));
    order(cn, QStringLiteral("draft"), 800000, QStringLiteral("CNY"));
    order(us, QStringLiteral("confirmed"), 70423, QStringLiteral("USD"));
    order(us, QStringLiteral("cancelled"), 900000, QStringLiteral("USD"));
    std::unique_ptr<SqlWindowModel> orders(lists::orders(*m_db, 0, nullptr));
    QCOMPARE(orders->rowCount(), 4);
    QVERIFY(orders->hasMoneyTotal());
    MoneySums revenue(QStringLiteral("CNY"), 50000);
    revenue.add(QStringLiteral("USD"), 70423);
    QCOMPARE(orders->moneyTotal(), revenue);
    QVERIFY(orders->moneyTotalText(QLocale(QStringLiteral("zh_CN"))).contains(QStringLiteral("US$704.23 · ¥500.00"))); // largest first
    // The total follows the list's filter, and one customer's list its customer.
    orders->setFilter(QStringLiteral("o.customer_id = ?"), {us});
    orders->refresh();
    QCOMPARE(orders->moneyTotal(), MoneySums(QStringLiteral("USD"), 70423));
    std::unique_ptr<SqlWindowModel> own(lists::orders(*m_db, cn, nullptr));
    QCOMPARE(own->moneyTotal(), MoneySums(QStringLiteral("CNY"), 50000));

    QuoteStore quotes(*m_db);
    for (qint64 c : {cn, us}) {
        const qint64 q = quotes.createDraft(c, 0, QStringLiteral("wang")).value();
        QuoteLine line;
        line.description = QStringLiteral("Servo");
        line.unitPriceCents = c == cn ? 238000 : 70423;
        QVERIFY(quotes.saveLines(q, {line}));
    }
    deal(cn, QStringLiteral("proposal"), 120000000);
    deal(cn, QStringLiteral("won"), 5000000); // not open
    deal(us, QStringLiteral("lead"), 70423);
    std::unique_ptr<SqlWindowModel> deals(lists::opportunities(*m_db, 0, nullptr));
    MoneySums open(QStringLiteral("CNY"), 120000000);
    open.add(QStringLiteral("USD"), 70423);
    QCOMPARE(deals->moneyTotal(), open);

    std::unique_ptr<SqlWindowModel> quoteList(lists::quotes(*m_db, 0, nullptr));
    MoneySums quoted(QStringLiteral("CNY"), 238000);
    quoted.add(QStringLiteral("USD"), 70423);
    QCOMPARE(quoteList->moneyTotal(), quoted);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
