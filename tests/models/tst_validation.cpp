// Absurd values are refused with a sentence naming the field, never quietly changed: the shared
// rules (models/domain/Validation) and the stores that apply them to every write.
#include "models/domain/Validation.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "models/store/QuoteStore.h"

#include <QtTest>

using namespace sb;

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void numbers();
    void quoteLinesRefusedNotClamped_data();
    void quoteLinesRefusedNotClamped();
    void dealAmountBound();
    void contactsChecked();
    void sameNameIgnoresCaseAndSpaces();

private:
    qint64 customer(const QString &name);
    std::unique_ptr<Database> m_db;
};

void TestValidation::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestValidation::cleanup()
{
    m_db.reset();
}

qint64 TestValidation::customer(const QString &name)
{
    auto r = CustomerStore(*m_db).create({{QStringLiteral("name"), name}});
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r ? r.value() : 0;
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is optional") << QString() << true;
    QTest::newRow("plain") << QStringLiteral("wang.fang@huadong.com.cn") << true;
    QTest::newRow("plus") << QStringLiteral("a+b@x.io") << true;
    QTest::newRow("no at") << QStringLiteral("not-an-email") << false;
    QTest::newRow("no dot") << QStringLiteral("a@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@c.com") << false;
    QTest::newRow("space") << QStringLiteral("wang fang@x.com") << false;
    QTest::newRow("dot at end") << QStringLiteral("a@x.") << false;
    QTest::newRow("dot at start") << QStringLiteral("a@.com") << false;
}

void TestValidation::email()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const QString problem = validation::email(value);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY2(problem.contains(value), qPrintable(problem)); // names what was typed
}

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is optional") << QString() << true;
    QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
    QTest::newRow("landline") << QStringLiteral("0512-6688 1234") << true;
    QTest::newRow("international") << QStringLiteral("+86 (512) 6688-1234") << true;
    QTest::newRow("extension") << QStringLiteral("0512-66881234 ext 12") << true;
    QTest::newRow("extension x") << QStringLiteral("+1 555 010 9999 x123") << true;
    QTest::newRow("extension zh") << QStringLiteral("0512-66881234转808") << true;
    QTest::newRow("letters") << QStringLiteral("call me") << false;
    QTest::newRow("an e-mail") << QStringLiteral("a@b.com") << false;
    QTest::newRow("too short") << QStringLiteral("123") << false;
    QTest::newRow("plus inside") << QStringLiteral("0512+6688") << false;
}

void TestValidation::phone()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QCOMPARE(validation::phone(value).isEmpty(), ok);
}

void TestValidation::numbers()
{
    QVERIFY(validation::quantity(1).isEmpty());
    QVERIFY(!validation::quantity(0).isEmpty());
    QVERIFY(!validation::quantity(-5).isEmpty());
    QVERIFY(validation::quantity(-5).contains(QLatin1String("-5")));
    QVERIFY(!validation::quantity(2e9).isEmpty());
    QVERIFY(validation::discount(0).isEmpty());
    QVERIFY(validation::discount(100).isEmpty());
    QVERIFY(!validation::discount(200).isEmpty());
    QVERIFY(!validation::discount(-1).isEmpty());
    QVERIFY(validation::money(validation::kMaxMoneyCents, QStringLiteral("The price")).isEmpty());
    QVERIFY(!validation::money(validation::kMaxMoneyCents + 1, QStringLiteral("The price")).isEmpty());
    QVERIFY(!validation::money(-1, QStringLiteral("The price")).isEmpty());
    QVERIFY(validation::money(-1, QStringLiteral("The price")).startsWith(QLatin1String("The price")));
    QVERIFY(validation::moneyUnits(1e9, QStringLiteral("The amount")).isEmpty());
    QVERIFY(!validation::moneyUnits(1e12, QStringLiteral("The amount")).isEmpty());
    QVERIFY(!validation::moneyUnits(1e300, QStringLiteral("The amount")).isEmpty()); // no overflow into "fine"
    QVERIFY(!validation::moneyUnits(qQNaN(), QStringLiteral("The amount")).isEmpty());
    QVERIFY(!validation::required(QStringLiteral("  "), QStringLiteral("The title")).isEmpty());
}

void TestValidation::quoteLinesRefusedNotClamped_data()
{
    QTest::addColumn<double>("quantity");
    QTest::addColumn<qint64>("priceCents");
    QTest::addColumn<double>("discount");
    QTest::addColumn<QString>("named");
    QTest::newRow("price 1e12") << 1.0 << qint64(100'000'000'000'000LL) << 0.0 << QStringLiteral("unit price");
    QTest::newRow("discount 200%") << 1.0 << qint64(100000) << 200.0 << QStringLiteral("discount");
    QTest::newRow("quantity -5") << -5.0 << qint64(100000) << 0.0 << QStringLiteral("quantity");
    QTest::newRow("line total too big") << 1000.0 << qint64(90'000'000'000LL) << 0.0 << QStringLiteral("line total");
}

void TestValidation::quoteLinesRefusedNotClamped()
{
    QFETCH(double, quantity);
    QFETCH(qint64, priceCents);
    QFETCH(double, discount);
    QFETCH(QString, named);
    QuoteStore quotes(*m_db);
    auto q = quotes.createDraft(customer(QStringLiteral("深圳宏达电子有限公司")), 0, QStringLiteral("wang.fang"));
    QVERIFY2(q, qPrintable(q.error()));
    QuoteLine good;
    good.description = QStringLiteral("伺服电机 400W");
    good.unitPriceCents = 250000;
    QuoteLine bad;
    bad.description = QStringLiteral("typo");
    bad.quantity = quantity;
    bad.unitPriceCents = priceCents;
    bad.discountPct = discount;
    const Status s = quotes.saveLines(q.value(), {good, bad});
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(QLatin1String("Line 2:")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(named, Qt::CaseInsensitive), qPrintable(s.error()));
    // Nothing was written, not even the good line: the quote stays as it was.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quote_lines")).value().toInt(), 0);
}

void TestValidation::dealAmountBound()
{
    PipelineStore deals(*m_db);
    const qint64 c = customer(QStringLiteral("苏州华东精密机械有限公司"));
    QVariantMap f{{QStringLiteral("customer_id"), c}, {QStringLiteral("title"), QStringLiteral("三号车间")},
                  {QStringLiteral("amount_cents"), qint64(10'000'000'000'000LL)}}; // ¥100,000,000,000
    auto r = deals.create(f);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("amount")), qPrintable(r.error()));
    f.insert(QStringLiteral("amount_cents"), qint64(120'000'000));
    r = deals.create(f);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(!deals.update(r.value(), {{QStringLiteral("amount_cents"), qint64(10'000'000'000'000LL)}}));
    QVERIFY(!deals.update(r.value(), {{QStringLiteral("amount_cents"), qint64(-1)}}));
    QVERIFY(deals.update(r.value(), {{QStringLiteral("amount_cents"), qint64(130'000'000)}}));
}

void TestValidation::contactsChecked()
{
    CustomerStore store(*m_db);
    const QVariantMap fields{{QStringLiteral("name"), QStringLiteral("成都天府新材料有限公司")}};
    auto r = store.create(fields, {{QStringLiteral("name"), QStringLiteral("李娜")},
                                   {QStringLiteral("email"), QStringLiteral("not-an-email")}});
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("not-an-email")), qPrintable(r.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0); // nothing half-made
    r = store.create(fields, {{QStringLiteral("name"), QStringLiteral("李娜")}, {QStringLiteral("phone"), QStringLiteral("call me")}});
    QVERIFY(!r);
    r = store.create(fields, {{QStringLiteral("name"), QStringLiteral("李娜")},
                              {QStringLiteral("phone"), QStringLiteral("028-8555 1234")},
                              {QStringLiteral("email"), QStringLiteral("li.na@tianfu.cn")}});
    QVERIFY2(r, qPrintable(r.error()));
    auto contact = store.addContact(r.value(), {{QStringLiteral("name"), QStringLiteral("王强")},
                                                {QStringLiteral("mobile"), QStringLiteral("abc")}});
    QVERIFY(!contact);
    contact = store.addContact(r.value(), {{QStringLiteral("name"), QStringLiteral("王强")}});
    QVERIFY2(contact, qPrintable(contact.error()));
    QVERIFY(!store.updateContact(contact.value(), {{QStringLiteral("email"), QStringLiteral("wang@")}}));
    QVERIFY(!store.updateContact(contact.value(), {{QStringLiteral("name"), QStringLiteral(" ")}}));
    QVERIFY(store.updateContact(contact.value(), {{QStringLiteral("email"), QStringLiteral("wang@tianfu.cn")}}));
    QVERIFY(!store.create({{QStringLiteral("name"), QStringLiteral("X")},
                           {QStringLiteral("credit_limit_cents"), validation::kMaxMoneyCents + 1}}));
}

void TestValidation::sameNameIgnoresCaseAndSpaces()
{
    CustomerStore store(*m_db);
    const qint64 acme = customer(QStringLiteral("Acme  Trading Co."));
    const qint64 cn = customer(QStringLiteral("苏州华东精密机械有限公司"));
    customer(QStringLiteral("Acme Trading Company")); // a longer name is not the same
    customer(QStringLiteral("100%_Real Ltd"));
    auto same = store.sameName(QStringLiteral(" acme trading   CO. "));
    QVERIFY2(same, qPrintable(same.error()));
    QVERIFY(same.value());
    QCOMPARE(same.value()->id, acme);
    QCOMPARE(same.value()->name, QStringLiteral("Acme  Trading Co."));
    QCOMPARE(store.sameName(QStringLiteral("苏州华东精密机械有限公司 ")).value()->id, cn);
    QVERIFY(!store.sameName(QStringLiteral("苏州华东精密机械")).value());
    QVERIFY(store.sameName(QStringLiteral("Acme Trading Co.")).value());
    QVERIFY(!store.sameName(QStringLiteral("Acme Trading Co."), acme).value()); // the customer itself
    QVERIFY(!store.sameName(QStringLiteral("100xxReal Ltd")).value()); // % and _ are not wildcards
    QVERIFY(store.sameName(QStringLiteral("100%_real ltd")).value());
    QVERIFY(store.remove(cn));
    QVERIFY(!store.sameName(QStringLiteral("苏州华东精密机械有限公司")).value()); // deleted here: not a duplicate
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
