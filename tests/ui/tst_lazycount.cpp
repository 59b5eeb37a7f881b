// Lists that count lazily (SqlWindowModel::setCountCap): a word many rows share shows its first
// rows without counting past the cap, says "N+" exactly when more rows match, walks the same
// rows in the same order as the full look-up, and counts the rest when asked (a click on the
// count, scrolling to the end, an export). Also a kanban column found past its cap.
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/SearchStore.h"
#include "ui/common/ListPanel.h"

#include <QLabel>
#include <QSqlDriver>
#include <QTableView>
#include <QtTest>
#include <sqlite3.h>

using namespace sb;

namespace {
int progressTick(void *counter)
{
    ++*static_cast<qint64 *>(counter);
    return 0;
}
} // namespace

class TestLazyCount : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void broadWordStopsAtTheCap();
    void countStaysBelowTheCapWhenCapped();
    void plusOnlyWhenMoreRowsMatch();
    void walkedRowsMatchTheFullLookUp();
    void severalWordsAndViews();
    void panelSaysAtLeastAndCountsOnClick();
    void rowOfIdAgreesWithTheRows();

private:
    int exactMatches(const QString &input);
    std::unique_ptr<Database> m_db;
    QString m_broad; // a word a large share of the customers hold
};

void TestLazyCount::initTestCase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{600, 7, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
    m_broad = QStringLiteral("有限公司");
    QVERIFY2(exactMatches(m_broad) > 100, "the demo book names most companies ...有限公司");
}

int TestLazyCount::exactMatches(const QString &input)
{
    std::unique_ptr<SqlWindowModel> m(lists::customers(*m_db, nullptr));
    m->setCountCap(0);
    m->setFilter(filters::customerSearch(input));
    return m->rowCount();
}

void TestLazyCount::broadWordStopsAtTheCap()
{
    const int all = exactMatches(m_broad);
    std::unique_ptr<SqlWindowModel> m(lists::customers(*m_db, nullptr));
    m->setCountCap(25);
    m->setFilter(filters::customerSearch(m_broad));
    QCOMPARE(m->rowCount(), 25);
    QVERIFY(m->countIsCapped());
    QVERIFY(m->canFetchMore(QModelIndex()));
    QVERIFY(m->data(m->index(24, 0)).toString().contains(m_broad));
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m->fetchMore(QModelIndex()); // a view scrolled to the end
    QCOMPARE(m->rowCount(), all);
    QVERIFY(!m->countIsCapped());
    QVERIFY(!m->canFetchMore(QModelIndex()));
    QCOMPARE(inserted.count(), 1); // rows added, not a reset: the view keeps its place
    QVERIFY(m->data(m->index(all - 1, 0)).toString().contains(m_broad));
}

// The capped count must not look at every match: the SQLite instructions it runs, against an
// eager count of the same filter.
void TestLazyCount::countStaysBelowTheCapWhenCapped()
{
    QVariant handle = m_db->sql().driver()->handle();
    QVERIFY(handle.isValid());
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
    qint64 capped = 0, eager = 0;
    std::unique_ptr<SqlWindowModel> lazy(lists::customers(*m_db, nullptr));
    lazy->setCountCap(10);
    std::unique_ptr<SqlWindowModel> full(lists::customers(*m_db, nullptr));
    full->setCountCap(0);
    const SearchCondition c = filters::customerSearch(m_broad);
    sqlite3_progress_handler(raw, 1, progressTick, &capped);
    lazy->setFilter(c);
    sqlite3_progress_handler(raw, 1, progressTick, &eager);
    full->setFilter(c);
    sqlite3_progress_handler(raw, 0, nullptr, nullptr);
    QVERIFY(lazy->countIsCapped());
    QVERIFY2(capped * 4 < eager, qPrintable(QStringLiteral("capped %1 vs eager %2 steps").arg(capped).arg(eager)));
}

void TestLazyCount::plusOnlyWhenMoreRowsMatch()
{
    const QString word = QStringLiteral("科技");
    const int all = exactMatches(word);
    QVERIFY(all > 3);
    std::unique_ptr<SqlWindowModel> m(lists::customers(*m_db, nullptr));
    m->setCountCap(all); // exactly as many as match: a count, no "+"
    m->setFilter(filters::customerSearch(word));
    QCOMPARE(m->rowCount(), all);
    QVERIFY(!m->countIsCapped());
    m->setCountCap(all - 1);
    m->refresh();
    QCOMPARE(m->rowCount(), all - 1);
    QVERIFY(m->countIsCapped());
    m->setCountCap(all + 1);
    m->refresh();
    QCOMPARE(m->rowCount(), all);
    QVERIFY(!m->countIsCapped());
}

// Past the cap the rows are walked in list order (row test) instead of looked up as a whole:
// the same rows, in the same order, as the full look-up, in every sort.
void TestLazyCount::walkedRowsMatchTheFullLookUp()
{
    for (const QString &word : {m_broad, QStringLiteral("科技"), QStringLiteral("LTD"), QStringLiteral("sh")}) {
        const int all = exactMatches(word);
        if (all < 6)
            continue;
        for (int sortColumn : {-1, 0, 3}) {
            std::unique_ptr<SqlWindowModel> walked(lists::customers(*m_db, nullptr));
            std::unique_ptr<SqlWindowModel> looked(lists::customers(*m_db, nullptr));
            walked->setCountCap(5);
            looked->setCountCap(0);
            walked->setFilter(filters::customerSearch(word));
            looked->setFilter(filters::customerSearch(word));
            if (sortColumn >= 0) {
                walked->sort(sortColumn, Qt::DescendingOrder);
                looked->sort(sortColumn, Qt::DescendingOrder);
            }
            QVERIFY(walked->countIsCapped());
            walked->countAll();
            QCOMPARE(walked->rowCount(), looked->rowCount());
            for (int row = 0; row < all; ++row)
                QCOMPARE(walked->idAt(row), looked->idAt(row));
        }
    }
}

void TestLazyCount::severalWordsAndViews()
{
    const QString input = m_broad + QStringLiteral(" 科技");
    const SearchCondition view = filters::customersOwnedBy(QStringLiteral("wang.fang"));
    const SearchCondition both = filters::customerSearch(input).andAlso(view);
    QVERIFY(!both.driver.isEmpty());
    QVERIFY(!both.rowSql.isEmpty());
    std::unique_ptr<SqlWindowModel> full(lists::customers(*m_db, nullptr));
    full->setCountCap(0);
    full->setFilter(both.sql, both.bindings); // the plain form only
    const int all = full->rowCount();
    QVERIFY(all > 3);
    std::unique_ptr<SqlWindowModel> lazy(lists::customers(*m_db, nullptr));
    lazy->setCountCap(all - 2);
    lazy->setFilter(both);
    QVERIFY(lazy->countIsCapped());
    lazy->countAll();
    QCOMPARE(lazy->rowCount(), all);
    for (int row = 0; row < all; ++row)
        QCOMPARE(lazy->idAt(row), full->idAt(row));
    lazy->setCountCap(all);
    lazy->refresh();
    QCOMPARE(lazy->rowCount(), all);
    QVERIFY(!lazy->countIsCapped());
}

void TestLazyCount::panelSaysAtLeastAndCountsOnClick()
{
    const int all = exactMatches(m_broad);
    SqlWindowModel *model = lists::customers(*m_db, nullptr);
    model->setCountCap(20);
    ListPanel panel(model);
    panel.setSearch(filters::customerSearch, QStringLiteral("find"));
    panel.setCountTexts([](int n) { return QStringLiteral("%1 customers").arg(n); },
                        [](int n) { return QStringLiteral("%1+ customers").arg(n); });
    panel.setSearchText(m_broad);
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("<a href=\"count\">20+ customers</a>"));
    emit panel.countLabel()->linkActivated(QStringLiteral("count"));
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("%1 customers").arg(all));
    panel.setSearchText(QStringLiteral("zzzz-no-such-name"));
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("0 customers"));
    // Without texts of its own the panel says records, with the same "+" (no translation loaded).
    SqlWindowModel *plain = lists::customers(*m_db, nullptr);
    plain->setCountCap(20);
    ListPanel other(plain);
    other.setSearch(filters::customerSearch, QStringLiteral("find"));
    other.setSearchText(m_broad);
    QVERIFY2(other.countLabel()->text().contains(QStringLiteral("20+ record(s)")), qPrintable(other.countLabel()->text()));
    // An export writes every row, not the first 20.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(other.exportTo(dir.filePath(QStringLiteral("c.csv")), &error), qPrintable(error));
    QCOMPARE(plain->rowCount(), all);
    QVERIFY(!plain->countIsCapped());
}

void TestLazyCount::rowOfIdAgreesWithTheRows()
{
    // A kanban column (one sort key: the amount) and the customer list (one key, a date).
    std::unique_ptr<SqlWindowModel> column(lists::stageColumn(*m_db, QStringLiteral("won"), nullptr));
    std::unique_ptr<SqlWindowModel> customers(lists::customers(*m_db, nullptr));
    for (SqlWindowModel *m : {column.get(), customers.get()}) {
        QVERIFY(m->rowCount() > 10);
        for (int row : {0, 1, m->rowCount() / 2, m->rowCount() - 1}) {
            std::unique_ptr<SqlWindowModel> fresh(m == column.get() ? lists::stageColumn(*m_db, QStringLiteral("won"), nullptr)
                                                                    : lists::customers(*m_db, nullptr));
            QCOMPARE(fresh->rowOfId(m->idAt(row)), row); // nothing loaded: the query answers
        }
        QCOMPARE(m->rowOfId(-5), -1);
    }
    // Past the cap of a column: not in the rows counted so far.
    std::unique_ptr<SqlWindowModel> capped(lists::stageColumn(*m_db, QStringLiteral("won"), nullptr));
    const int all = capped->rowCount();
    const qint64 last = capped->idAt(all - 1);
    capped->setCountCap(all - 3);
    capped->refresh();
    QCOMPARE(capped->rowOfId(last), -1);
    capped->countAll();
    QCOMPARE(capped->rowOfId(last), all - 1);
}

QTEST_MAIN(TestLazyCount)
#include "tst_lazycount.moc"
