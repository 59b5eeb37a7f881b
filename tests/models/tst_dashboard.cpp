// The manager's desk: DashboardStore's figures against a hand-made book whose answers are
// worked out below, and against the demo workspace read row by row (an independent count, in
// C++, of what the grouped queries sum); every dashboard model under QAbstractItemModelTester;
// the loader's worker thread gives what the store gives; the CSV export.
#include "models/demo/DemoGenerator.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/DashboardLoader.h"
#include "models/itemmodels/DashboardModels.h"
#include "models/store/DashboardStore.h"
#include "models/store/Database.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
const QDate kToday(2026, 6, 15);
const QDateTime kNow(kToday, QTime(12, 0), Qt::UTC);
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void periods();
    void fixturePipelineAndForecast();
    void fixtureClosedDeals();
    void fixtureApprovals();
    void fixtureRevenue();
    void demoPipelineMatchesRows();
    void demoClosedAndRevenueMatchRows();
    void modelsUnderTester_data();
    void modelsUnderTester();
    void loaderOffThreadMatchesStore();
    void csvExport();

private:
    void exec(const QString &sql);
    std::unique_ptr<Database> m_fixture;
    std::unique_ptr<Database> m_demo;
    QTemporaryDir m_dir;
};

void TestDashboard::exec(const QString &sql)
{
    auto r = m_fixture->exec(sql);
    QVERIFY2(r, qPrintable(r.error()));
}

void TestDashboard::initTestCase()
{
    auto f = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(f, qPrintable(f.error()));
    m_fixture = f.take();
    exec(QStringLiteral("INSERT INTO customers (id, name, owner) VALUES (1, 'Amy Co', 'amy'), (2, 'Bob Co', 'bob')"));
    // id, customer, stage, amount, currency, probability, close, owner, created, updated, local_state
    exec(QStringLiteral(
        "INSERT INTO opportunities (id, customer_id, title, stage, amount_cents, currency, probability, expected_close, "
        "owner, created_at, updated_at, local_state) VALUES "
        "(1, 1, 'o1', 'lead', 100000, 'CNY', 10, '2026-06-20', 'amy', '2026-05-01T08:00:00Z', '2026-05-01T08:00:00Z', 0),"
        "(2, 1, 'o2', 'proposal', 200000, 'CNY', 50, '2026-08-01', 'amy', '2026-05-01T08:00:00Z', '2026-05-01T08:00:00Z', 0),"
        "(3, 2, 'o3', 'negotiation', 300000, 'USD', 80, '2026-05-01', 'bob', '2026-03-01T08:00:00Z', '2026-03-01T08:00:00Z', 0),"
        "(4, 2, 'o4', 'qualified', 50000, 'CNY', 25, NULL, 'bob', '2026-04-01T08:00:00Z', '2026-04-01T08:00:00Z', 0),"
        "(5, 1, 'o5', 'won', 400000, 'CNY', 100, '2026-06-10', 'amy', '2026-06-01T09:00:00Z', '2026-06-10T09:00:00Z', 0),"
        "(6, 2, 'o6', 'lost', 70000, 'CNY', 0, '2026-03-01', 'bob', '2026-01-30T09:00:00Z', '2026-03-01T09:00:00Z', 0),"
        "(7, 2, 'o7', 'won', 80000, 'USD', 100, '2025-01-10', 'bob', '2024-12-01T09:00:00Z', '2025-01-10T09:00:00Z', 0),"
        "(8, 1, 'o8', 'lead', 999999, 'CNY', 10, '2026-06-25', 'amy', '2026-06-01T09:00:00Z', '2026-06-01T09:00:00Z', 3),"
        "(9, 1, 'o9', 'won', 10000, 'CNY', 100, NULL, 'amy', '2026-04-01T09:00:00Z', '2026-04-05T10:00:00Z', 0),"
        "(10, 2, 'o10', 'won', 5000, 'CNY', 100, '2026-02-01', NULL, '2026-01-01T09:00:00Z', '2026-02-01T10:00:00Z', 0)"));
    exec(QStringLiteral(
        "INSERT INTO approvals (kind, subject_entity, subject_id, customer_id, title, requester, state, amount_cents, currency, "
        "submitted_at) VALUES "
        "('quote', 'quote', 901, 1, 'a1', 'amy', 'pending', 1000, 'CNY', '2026-06-15T06:00:00Z'),"
        "('quote', 'quote', 902, 2, 'a2', 'bob', 'pending', 2000, 'CNY', '2026-06-13T12:00:00Z'),"
        "('quote', 'quote', 903, 1, 'a3', 'amy', 'pending', 500, 'USD', '2026-06-05T12:00:00Z'),"
        "('quote', 'quote', 904, 1, 'a4', 'amy', 'approved', 700, 'CNY', '2026-06-01T12:00:00Z'),"
        "('contract', NULL, NULL, 1, 'a5', 'amy', 'pending', 800, 'CNY', '2026-06-01T12:00:00Z')"));
    exec(QStringLiteral(
        "INSERT INTO orders (id, customer_id, number, state, order_date, currency, total_cents, owner) VALUES "
        "(1, 1, 'so1', 'confirmed', '2026-06-03', 'CNY', 10000, 'amy'),"
        "(2, 1, 'so2', 'done', '2026-05-20', 'CNY', 20000, 'amy'),"
        "(3, 2, 'so3', 'cancelled', '2026-05-21', 'CNY', 99999, 'bob'),"
        "(4, 2, 'so4', 'draft', '2026-06-01', 'CNY', 88888, 'bob'),"
        "(5, 2, 'so5', 'processing', '2026-06-10', 'USD', 3000, 'bob'),"
        "(6, 2, 'so6', 'done', '2025-06-30', 'CNY', 77777, 'bob')"));
    exec(QStringLiteral(
        "INSERT INTO invoices (order_id, customer_id, number, state, invoice_date, currency, total_cents) VALUES "
        "(2, 1, 'i1', 'posted', '2026-05-25', 'CNY', 20000),"
        "(NULL, 2, 'i2', 'paid', '2026-06-02', 'CNY', 5000),"
        "(1, 1, 'i3', 'draft', '2026-06-04', 'CNY', 10000),"
        "(5, 2, 'i4', 'cancelled', '2026-06-11', 'USD', 3000)"));

    // The demo book in a file, so the loader can open a second connection on it.
    QVERIFY(m_dir.isValid());
    auto d = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(d, qPrintable(d.error()));
    m_demo = d.take();
    auto counts = DemoGenerator(*m_demo, DemoGenerator::Options{600, 7, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(counts, qPrintable(counts.error()));
}

void TestDashboard::periods()
{
    using K = DashboardPeriod::Kind;
    auto p = DashboardPeriod::of(K::ThisMonth, kToday);
    QCOMPARE(p.from, QDate(2026, 6, 1));
    QCOMPARE(p.to, QDate(2026, 6, 30));
    p = DashboardPeriod::of(K::ThisQuarter, QDate(2026, 8, 31));
    QCOMPARE(p.from, QDate(2026, 7, 1));
    QCOMPARE(p.to, QDate(2026, 9, 30));
    p = DashboardPeriod::of(K::Last12Months, kToday);
    QCOMPARE(p.from, QDate(2025, 7, 1));
    QCOMPARE(p.to, QDate(2026, 6, 30));
    QCOMPARE(p.months().size(), 12);
    QCOMPARE(p.months().first(), QStringLiteral("2025-07"));
    QCOMPARE(p.months().last(), QStringLiteral("2026-06"));
    p = DashboardPeriod::of(K::ThisYear, kToday);
    QCOMPARE(p.from, QDate(2026, 1, 1));
    QCOMPARE(p.to, QDate(2026, 12, 31));
    p = DashboardPeriod::of(K::Custom, kToday, QDate(2026, 3, 5), QDate(2026, 1, 20)); // reversed
    QCOMPARE(p.from, QDate(2026, 1, 20));
    QCOMPARE(p.to, QDate(2026, 3, 5));
    QCOMPARE(p.months(), (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")}));
}

void TestDashboard::fixturePipelineAndForecast()
{
    DashboardStore store(*m_fixture);
    auto team = store.pipeline(QString());
    QVERIFY2(team, qPrintable(team.error()));
    QCOMPARE(team.value().size(), 4); // o8 is deleted here; won and lost deals are not pipeline
    auto find = [&](const QString &rep, const QString &stage) {
        for (const PipelineCell &c : team.value())
            if (c.rep == rep && c.stage == stage)
                return c;
        return PipelineCell{};
    };
    QCOMPARE(find(QStringLiteral("amy"), QStringLiteral("lead")).amount, 100000);
    QCOMPARE(find(QStringLiteral("amy"), QStringLiteral("lead")).weighted, 10000);
    QCOMPARE(find(QStringLiteral("amy"), QStringLiteral("proposal")).weighted, 100000);
    QCOMPARE(find(QStringLiteral("bob"), QStringLiteral("negotiation")).currency, QStringLiteral("USD"));
    QCOMPARE(find(QStringLiteral("bob"), QStringLiteral("negotiation")).weighted, 240000);
    QCOMPARE(find(QStringLiteral("bob"), QStringLiteral("qualified")).weighted, 12500);
    auto mine = store.pipeline(QStringLiteral("amy"));
    QVERIFY(mine);
    QCOMPARE(mine.value().size(), 2);
    for (const PipelineCell &c : mine.value())
        QCOMPARE(c.rep, QStringLiteral("amy"));

    auto ahead = store.forecast(QString(), kToday, 6);
    QVERIFY2(ahead, qPrintable(ahead.error()));
    QCOMPARE(ahead.value().size(), 3); // o4 has no date
    QCOMPARE(ahead.value().at(0).month, QString()); // past due first
    QCOMPARE(ahead.value().at(0).currency, QStringLiteral("USD"));
    QCOMPARE(ahead.value().at(0).weighted, 240000);
    QCOMPARE(ahead.value().at(1).month, QStringLiteral("2026-06"));
    QCOMPARE(ahead.value().at(1).weighted, 10000);
    QCOMPARE(ahead.value().at(2).month, QStringLiteral("2026-08"));
    QCOMPARE(ahead.value().at(2).amount, 200000);
    // A horizon of two months stops before August.
    auto shortHorizon = store.forecast(QString(), kToday, 2);
    QVERIFY(shortHorizon);
    QCOMPARE(shortHorizon.value().size(), 2);
}

void TestDashboard::fixtureClosedDeals()
{
    DashboardStore store(*m_fixture);
    const auto year = DashboardPeriod::of(DashboardPeriod::Kind::Last12Months, kToday);
    auto team = store.closedDeals(QString(), year);
    QVERIFY2(team, qPrintable(team.error()));
    // Won: o5 (9 days), o9 (no close date: changed on 2026-04-05, 4 days), o10 (31 days, no owner);
    // lost: o6 (30 days). o7 closed before the period.
    QCOMPARE(team.value().won, 3);
    QCOMPARE(team.value().lost, 1);
    QCOMPARE(team.value().winRate(), 0.75);
    QCOMPARE(team.value().averageCycleDays(), (9 + 4 + 31 + 30) / 4.0);
    QCOMPARE(team.value().averageWonCycleDays(), (9 + 4 + 31) / 3.0);
    QCOMPARE(team.value().wonAmount.cents(QStringLiteral("CNY")), 415000);
    QVERIFY(!team.value().wonAmount.contains(QStringLiteral("USD")));

    auto amy = store.closedDeals(QStringLiteral("amy"), year);
    QVERIFY(amy);
    QCOMPARE(amy.value().won, 2);
    QCOMPARE(amy.value().lost, 0);
    QCOMPARE(amy.value().winRate(), 1.0);
    QCOMPARE(amy.value().averageCycleDays(), 6.5);

    auto june = store.closedDeals(QString(), DashboardPeriod::of(DashboardPeriod::Kind::ThisMonth, kToday));
    QVERIFY(june);
    QCOMPARE(june.value().won, 1);
    QCOMPARE(june.value().lost, 0);
    auto none = store.closedDeals(QString(), DashboardPeriod::of(DashboardPeriod::Kind::Custom, kToday, QDate(2020, 1, 1),
                                                                 QDate(2020, 2, 1)));
    QVERIFY(none);
    QCOMPARE(none.value().winRate(), -1.0);
    QCOMPARE(none.value().averageCycleDays(), -1.0);
}

void TestDashboard::fixtureApprovals()
{
    DashboardStore store(*m_fixture);
    auto team = store.approvalsWaiting(QString(), kNow);
    QVERIFY2(team, qPrintable(team.error()));
    QCOMPARE(team.value().count, 3);
    QCOMPARE(team.value().buckets[0], 1); // 6 hours
    QCOMPARE(team.value().buckets[1], 1); // 2 days
    QCOMPARE(team.value().buckets[2], 0);
    QCOMPARE(team.value().buckets[3], 1); // 10 days
    QCOMPARE(team.value().oldestSubmittedAt, QStringLiteral("2026-06-05T12:00:00Z"));
    QCOMPARE(team.value().oldestDays, 10.0);
    QCOMPARE(team.value().amount.cents(QStringLiteral("CNY")), 3000);
    QCOMPARE(team.value().amount.cents(QStringLiteral("USD")), 500);
    auto bob = store.approvalsWaiting(QStringLiteral("bob"), kNow);
    QVERIFY(bob);
    QCOMPARE(bob.value().count, 1);
    QCOMPARE(bob.value().oldestDays, 2.0);
}

void TestDashboard::fixtureRevenue()
{
    DashboardStore store(*m_fixture);
    const auto year = DashboardPeriod::of(DashboardPeriod::Kind::Last12Months, kToday);
    auto team = store.revenue(QString(), year);
    QVERIFY2(team, qPrintable(team.error()));
    QMap<QString, RevenueCell> byKey;
    for (const RevenueCell &c : team.value())
        byKey.insert(c.month + QLatin1Char('/') + c.currency, c);
    QCOMPARE(byKey.size(), 3);
    QCOMPARE(byKey[QStringLiteral("2026-05/CNY")].ordered, 20000); // so3 cancelled
    QCOMPARE(byKey[QStringLiteral("2026-05/CNY")].invoiced, 20000);
    QCOMPARE(byKey[QStringLiteral("2026-06/CNY")].orders, 1);      // so4 is a draft
    QCOMPARE(byKey[QStringLiteral("2026-06/CNY")].ordered, 10000);
    QCOMPARE(byKey[QStringLiteral("2026-06/CNY")].invoices, 1);    // i3 is a draft
    QCOMPARE(byKey[QStringLiteral("2026-06/CNY")].invoiced, 5000);
    QCOMPARE(byKey[QStringLiteral("2026-06/USD")].ordered, 3000);
    QCOMPARE(byKey[QStringLiteral("2026-06/USD")].invoiced, 0);    // i4 cancelled

    auto amy = store.revenue(QStringLiteral("amy"), year);
    QVERIFY(amy);
    qint64 ordered = 0, invoiced = 0;
    for (const RevenueCell &c : amy.value()) {
        ordered += c.ordered;
        invoiced += c.invoiced;
    }
    QCOMPARE(ordered, 30000);
    QCOMPARE(invoiced, 20000); // i2 is bob's through its customer
    auto bob = store.revenue(QStringLiteral("bob"), year);
    QVERIFY(bob);
    invoiced = 0;
    for (const RevenueCell &c : bob.value())
        invoiced += c.invoiced;
    QCOMPARE(invoiced, 5000);
}

void TestDashboard::demoPipelineMatchesRows()
{
    for (const QString &owner : {QString(), QStringLiteral("wang.fang")}) {
        // Independent: every open deal read as a row and summed here.
        QMap<QString, PipelineCell> expected;
        auto rows = m_demo->exec(QStringLiteral("SELECT coalesce(owner, ''), stage, currency, amount_cents, probability "
                                                "FROM opportunities WHERE local_state <> 3"));
        QVERIFY(rows);
        const QStringList open = vocab::openStages();
        while (rows.value().next()) {
            QSqlQuery &q = rows.value();
            if (!open.contains(q.value(1).toString()) || (!owner.isEmpty() && q.value(0).toString() != owner))
                continue;
            PipelineCell &c = expected[q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                                       + q.value(2).toString()];
            c.count += 1;
            c.amount += q.value(3).toLongLong();
            c.weighted += q.value(3).toLongLong() * q.value(4).toLongLong() / 100;
        }
        QVERIFY(!expected.isEmpty());
        auto got = DashboardStore(*m_demo).pipeline(owner);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got.value().size(), expected.size());
        for (const PipelineCell &c : got.value()) {
            const PipelineCell e = expected.value(c.rep + QLatin1Char('|') + c.stage + QLatin1Char('|') + c.currency);
            QCOMPARE(c.count, e.count);
            QCOMPARE(c.amount, e.amount);
            QCOMPARE(c.weighted, e.weighted);
        }
    }
}

void TestDashboard::demoClosedAndRevenueMatchRows()
{
    const QDate today = QDate::currentDate(); // the demo's dates are relative to today
    const auto period = DashboardPeriod::of(DashboardPeriod::Kind::Last12Months, today);
    for (const QString &owner : {QString(), QStringLiteral("wang.fang")}) {
        int won = 0, lost = 0;
        double days = 0;
        auto rows = m_demo->exec(QStringLiteral("SELECT owner, stage, expected_close, updated_at, created_at FROM opportunities "
                                                "WHERE local_state <> 3 AND stage IN ('won', 'lost')"));
        QVERIFY(rows);
        while (rows.value().next()) {
            QSqlQuery &q = rows.value();
            if (!owner.isEmpty() && q.value(0).toString() != owner)
                continue;
            const QString closeText = q.value(2).isNull() ? q.value(3).toString() : q.value(2).toString();
            const QDate closed = QDate::fromString(closeText.left(10), Qt::ISODate);
            if (closed < period.from || closed > period.to)
                continue;
            (q.value(1).toString() == QLatin1String("won") ? won : lost) += 1;
            days += qMax<qint64>(0, QDate::fromString(q.value(4).toString().left(10), Qt::ISODate).daysTo(closed));
        }
        auto got = DashboardStore(*m_demo).closedDeals(owner, period);
        QVERIFY2(got, qPrintable(got.error()));
        QVERIFY(won + lost > 0);
        QCOMPARE(got.value().won, won);
        QCOMPARE(got.value().lost, lost);
        QCOMPARE(qRound(got.value().cycleDays), qRound(days));

        qint64 ordered = 0, invoiced = 0;
        auto orders = m_demo->exec(QStringLiteral("SELECT owner, state, order_date, total_cents, currency FROM orders "
                                                  "WHERE local_state <> 3"));
        QVERIFY(orders);
        while (orders.value().next()) {
            QSqlQuery &q = orders.value();
            const QDate d = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            const QString state = q.value(1).toString();
            if ((owner.isEmpty() || q.value(0).toString() == owner) && state != QLatin1String("draft")
                && state != QLatin1String("cancelled") && d >= period.from && d <= period.to && q.value(4).toString() == QLatin1String("CNY"))
                ordered += q.value(3).toLongLong();
        }
        auto invoices = m_demo->exec(QStringLiteral("SELECT coalesce(o.owner, c.owner), i.state, i.invoice_date, i.total_cents, "
                                                    "i.currency FROM invoices i LEFT JOIN orders o ON o.id = i.order_id "
                                                    "JOIN customers c ON c.id = i.customer_id WHERE i.local_state <> 3"));
        QVERIFY(invoices);
        while (invoices.value().next()) {
            QSqlQuery &q = invoices.value();
            const QDate d = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            const QString state = q.value(1).toString();
            if ((owner.isEmpty() || q.value(0).toString() == owner)
                && (state == QLatin1String("posted") || state == QLatin1String("paid")) && d >= period.from
                && d <= period.to && q.value(4).toString() == QLatin1String("CNY"))
                invoiced += q.value(3).toLongLong();
        }
        auto revenue = DashboardStore(*m_demo).revenue(owner, period);
        QVERIFY2(revenue, qPrintable(revenue.error()));
        qint64 gotOrdered = 0, gotInvoiced = 0;
        for (const RevenueCell &c : revenue.value())
            if (c.currency == QLatin1String("CNY")) {
                gotOrdered += c.ordered;
                gotInvoiced += c.invoiced;
            }
        QVERIFY(ordered > 0);
        QVERIFY(invoiced > 0);
        QCOMPARE(gotOrdered, ordered);
        QCOMPARE(gotInvoiced, invoiced);
    }
}

void TestDashboard::modelsUnderTester_data()
{
    QTest::addColumn<QString>("owner");
    QTest::newRow("team") << QString();
    QTest::newRow("mine") << QStringLiteral("wang.fang");
}

void TestDashboard::modelsUnderTester()
{
    QFETCH(QString, owner);
    DashboardPipelineModel pipeline;
    DashboardForecastModel forecast;
    DashboardRevenueModel revenue;
    DashboardApprovalAgeModel approvals;
    DashboardKpiModel kpis;
    QList<DashboardTableModel *> models{&pipeline, &forecast, &revenue, &approvals, &kpis};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (DashboardTableModel *m : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));

    DashboardQuery q;
    q.owner = owner;
    q.today = QDate::currentDate();
    q.now = QDateTime::currentDateTimeUtc();
    for (auto kind : {DashboardPeriod::Kind::Last12Months, DashboardPeriod::Kind::ThisMonth}) {
        q.period = DashboardPeriod::of(kind, q.today);
        auto figures = DashboardStore(*m_demo).figures(q);
        QVERIFY2(figures, qPrintable(figures.error()));
        pipeline.setFigures(figures.value());
        forecast.setFigures(figures.value());
        revenue.setFigures(figures.value());
        approvals.setFigures(figures.value());
        kpis.setFigures(figures.value());
        QVERIFY(pipeline.rowCount() > 0);
        // Every month of the horizon and period, for every currency present.
        QCOMPARE(forecast.rowCount() % qMax(1, int(forecast.currencies().size())), 0);
        QCOMPARE(revenue.rowCount(), int(q.period.months().size() * revenue.currencies().size()));
        QCOMPARE(approvals.rowCount(), ApprovalAges::kBuckets);
        int waiting = 0;
        for (int r = 0; r < approvals.rowCount(); ++r)
            waiting += approvals.index(r, DashboardApprovalAgeModel::QuotesColumn).data(DashboardTableModel::RawRole).toInt();
        QCOMPARE(waiting, figures.value().approvals.count);
        QCOMPARE(kpis.index(DashboardKpiModel::WinRateRow, DashboardKpiModel::ValueColumn).data(DashboardTableModel::RawRole).toDouble(),
                 figures.value().closed.winRate());
        for (DashboardTableModel *m : models)
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    QVERIFY(m->index(r, c).data().isValid());
        // The pipeline's rows sum to the store's cells.
        qint64 deals = 0, cells = 0;
        for (int r = 0; r < pipeline.rowCount(); ++r)
            deals += pipeline.index(r, DashboardPipelineModel::DealsColumn).data(DashboardTableModel::RawRole).toLongLong();
        for (const PipelineCell &c : figures.value().pipeline)
            cells += c.count;
        QCOMPARE(deals, cells);
        if (!owner.isEmpty())
            QCOMPARE(pipeline.reps(), QStringList{owner});
        else
            QVERIFY(pipeline.reps().size() > 1);
    }
}

void TestDashboard::loaderOffThreadMatchesStore()
{
    DashboardLoader loader(*m_demo);
    QSignalSpy loaded(&loader, &DashboardLoader::loaded);
    QSignalSpy busy(&loader, &DashboardLoader::loadingChanged);
    DashboardQuery q;
    q.today = QDate::currentDate();
    q.now = QDateTime::currentDateTimeUtc();
    q.period = DashboardPeriod::of(DashboardPeriod::Kind::ThisYear, q.today);
    // Two requests at once: only the second one is delivered.
    DashboardQuery first = q;
    first.owner = QStringLiteral("nobody.at.all");
    loader.load(first);
    loader.load(q);
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(20000));
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!loader.isLoading());
    QCOMPARE(busy.count(), 2); // on, then off
    QCOMPARE(loader.figures().query.owner, QString());
    auto direct = DashboardStore(*m_demo).figures(q);
    QVERIFY(direct);
    QCOMPARE(loader.figures().pipeline.size(), direct.value().pipeline.size());
    QCOMPARE(loader.figures().closed.won, direct.value().closed.won);
    QCOMPARE(loader.figures().closed.lost, direct.value().closed.lost);
    QCOMPARE(loader.figures().approvals.count, direct.value().approvals.count);
    QCOMPARE(loader.figures().revenue.size(), direct.value().revenue.size());
}

void TestDashboard::csvExport()
{
    DashboardQuery q;
    q.today = kToday;
    q.now = kNow;
    q.period = DashboardPeriod::of(DashboardPeriod::Kind::Last12Months, kToday);
    auto figures = DashboardStore(*m_fixture).figures(q);
    QVERIFY2(figures, qPrintable(figures.error()));
    DashboardRevenueModel revenue;
    revenue.setFigures(figures.value());
    QCOMPARE(revenue.rowCount(), 12 * 2); // CNY and USD, every month
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(revenue.writeCsv(buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 24);
    QCOMPARE(lines.first(), QStringLiteral("Month,Currency,Orders,Ordered,Invoices,Invoiced"));
    QVERIFY2(lines.contains(QStringLiteral("2026-05,CNY,1,200.00,1,200.00")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("2026-06,USD,1,30.00,0,0.00")));

    DashboardKpiModel kpis;
    kpis.setFigures(figures.value());
    QBuffer k;
    k.open(QIODevice::WriteOnly);
    QVERIFY(kpis.writeCsv(k));
    const QString text = QString::fromUtf8(k.data().mid(3));
    QVERIFY2(text.contains(QStringLiteral("Win rate,75.0,")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Won amount,4150.00,CNY")));
    QCOMPARE(kpis.valueText(DashboardKpiModel::WinRateRow), QStringLiteral("75.0%"));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
