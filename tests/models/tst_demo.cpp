#include "models/demo/DemoGenerator.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/SearchText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

std::unique_ptr<Database> openMemory()
{
    auto r = Database::open(QStringLiteral(":memory:"));
    if (!r)
        qFatal("cannot open the cache: %s", qPrintable(r.error()));
    return r.take();
}

qint64 count(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto r = db.scalar(sql, bindings);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
    return r.value().toLongLong();
}

QStringList column(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto r = db.exec(sql, bindings);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
    QStringList out;
    while (r.value().next())
        out << r.value().value(0).toString();
    return out;
}

struct TableCount {
    const char *table;
    qint64 DemoGenerator::Counts::*field;
};

const TableCount kTables[] = {
    {"customers", &DemoGenerator::Counts::customers},
    {"contacts", &DemoGenerator::Counts::contacts},
    {"addresses", &DemoGenerator::Counts::addresses},
    {"products", &DemoGenerator::Counts::products},
    {"warehouses", &DemoGenerator::Counts::warehouses},
    {"stock_levels", &DemoGenerator::Counts::stockLevels},
    {"opportunities", &DemoGenerator::Counts::opportunities},
    {"quotes", &DemoGenerator::Counts::quotes},
    {"quote_lines", &DemoGenerator::Counts::quoteLines},
    {"orders", &DemoGenerator::Counts::orders},
    {"order_lines", &DemoGenerator::Counts::orderLines},
    {"invoices", &DemoGenerator::Counts::invoices},
    {"shipments", &DemoGenerator::Counts::shipments},
    {"approvals", &DemoGenerator::Counts::approvals},
    {"tickets", &DemoGenerator::Counts::tickets},
    {"ticket_events", &DemoGenerator::Counts::ticketEvents},
    {"activities", &DemoGenerator::Counts::activities},
};

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db; // one book of kSize customers shared by the read-only checks
    DemoGenerator::Counts m_counts;
    qint64 m_lastDone = -1, m_lastTotal = -1, m_calls = 0;
    static constexpr int kSize = 600;

    QStringList customerNames(quint32 seed, int size)
    {
        auto db = openMemory();
        DemoGenerator::Options o;
        o.customers = size;
        o.seed = seed;
        auto r = DemoGenerator(*db, o).generate();
        if (!r)
            qFatal("generate: %s", qPrintable(r.error()));
        return column(*db, QStringLiteral("SELECT name || '|' || short_name || '|' || grade || '|' || status "
                                          "FROM customers ORDER BY id"));
    }

private slots:
    void initTestCase()
    {
        m_db = openMemory();
        DemoGenerator::Options o;
        o.customers = kSize;
        auto r = DemoGenerator(*m_db, o).generate([this](qint64 done, qint64 total) {
            ++m_calls;
            m_lastDone = done;
            m_lastTotal = total;
            return true;
        });
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        m_counts = r.value();
    }

    void countsMatchTables()
    {
        qint64 sum = 0;
        for (const TableCount &t : kTables) {
            const qint64 rows = count(*m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table)));
            QVERIFY2(rows > 0, t.table);
            QCOMPARE(m_counts.*t.field, rows);
            sum += rows;
        }
        QCOMPARE(m_counts.total(), sum);
        // The planned total is exact and the last report says "all done".
        QVERIFY(m_calls >= sum / 2000);
        QCOMPARE(m_lastTotal, sum);
        QCOMPARE(m_lastDone, sum);
    }

    void scalesWithSize()
    {
        QCOMPARE(m_counts.customers, qint64(kSize));
        QCOMPARE(m_counts.contacts, 2 * m_counts.customers);
        QCOMPARE(m_counts.addresses, m_counts.customers);
        QCOMPARE(m_counts.opportunities, m_counts.customers);
        QCOMPARE(m_counts.orders, m_counts.customers);
        QCOMPARE(m_counts.orderLines, 6 * m_counts.orders);
        QCOMPARE(m_counts.products, qint64(std::min(400, 40 + kSize / 50)));
        QCOMPARE(m_counts.warehouses, qint64(2));
        QCOMPARE(m_counts.stockLevels, 2 * m_counts.products);
        QCOMPARE(m_counts.approvals, qint64(18)); // 3% of 600
        QCOMPARE(m_counts.tickets, qint64(48));   // 8% of 600
        QVERIFY(m_counts.quotes > kSize / 10 && m_counts.quotes < kSize / 3);
        QVERIFY(m_counts.quoteLines >= 2 * m_counts.quotes && m_counts.quoteLines <= 4 * m_counts.quotes);
        QVERIFY(m_counts.ticketEvents >= m_counts.tickets && m_counts.ticketEvents <= 4 * m_counts.tickets);
        QVERIFY(m_counts.activities > kSize * 3 / 2 && m_counts.activities < kSize * 3);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM order_lines "
                                             "GROUP BY order_id HAVING count(*) = 6)")),
                 m_counts.orders);
    }

    void workspaceIsMarked()
    {
        QCOMPARE(column(*m_db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'workspace_kind'")),
                 QStringList{QStringLiteral("demo")});
        QCOMPARE(column(*m_db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_size'")),
                 QStringList{QString::number(kSize)});
        QCOMPARE(column(*m_db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_seed'")),
                 QStringList{QString::number(DemoGenerator::Options().seed)});
    }

    void everyRowIsCleanDemoServerState()
    {
        for (const TableCount &t : kTables) {
            const QString table = QLatin1String(t.table);
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE remote_system IS NOT 'demo' "
                                                 "OR remote_id IS NULL OR local_state <> 0").arg(table)),
                     qint64(0));
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT remote_id) FROM %1").arg(table)),
                     m_counts.*t.field);
        }
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE remote_id IS NOT code")), qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE remote_id IS NOT number")), qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT name) FROM customers")), m_counts.customers);
        QVERIFY(column(*m_db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }

    void everyStateIsPresent()
    {
        QStringList stages = vocab::stages();
        stages.sort();
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT stage FROM opportunities ORDER BY 1")), stages);
        const QStringList orderStates = column(*m_db, QStringLiteral("SELECT DISTINCT state FROM orders ORDER BY 1"));
        QCOMPARE(orderStates, (QStringList{"cancelled", "confirmed", "done", "draft", "processing"}));
        const QStringList quoteStates = column(*m_db, QStringLiteral("SELECT DISTINCT state FROM quotes ORDER BY 1"));
        QCOMPARE(quoteStates, (QStringList{"accepted", "approved", "draft", "ordered", "pending_approval", "rejected",
                                           "sent"}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT status FROM tickets ORDER BY 1")),
                 (QStringList{"new", "open", "rejected", "resolved", "stalled"}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT priority FROM tickets ORDER BY 1")),
                 (QStringList{"1", "2", "3", "4"}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT code || ' ' || name FROM warehouses ORDER BY code")),
                 (QStringList{QString::fromUtf8("SH 上海仓"), QString::fromUtf8("SZ 深圳仓")}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT status FROM customers ORDER BY 1")),
                 (QStringList{"active", "closed", "dormant", "prospect"}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT grade FROM customers ORDER BY 1")),
                 (QStringList{"A", "B", "C", "D"}));
        QCOMPARE(column(*m_db, QStringLiteral("SELECT DISTINCT kind FROM activities ORDER BY 1")),
                 (QStringList{"call", "email", "meeting", "note", "stage", "task", "visit"}));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status = 'planned' "
                                            "AND starts_at > ?"), {today}) > 0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status = 'done' "
                                            "AND starts_at < ?"), {today}) > 0);
        // The current user's coming two weeks hold meetings with a place, attendees and a
        // reminder, and tasks with a reminder: the week view is not empty.
        const QString inTwoWeeks = QDate::currentDate().addDays(14).toString(Qt::ISODate);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status = 'planned' AND owner = 'wang.fang' "
                                            "AND kind = 'meeting' AND starts_at BETWEEN ? AND ? AND location IS NOT NULL "
                                            "AND json_array_length(attendees) > 0 AND reminder_minutes > 0 "
                                            "AND time_zone = 'Asia/Shanghai'"),
                      {today, inTwoWeeks}) > 0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status = 'planned' AND owner = 'wang.fang' "
                                            "AND kind = 'task' AND starts_at BETWEEN ? AND ? AND reminder_minutes > 0"),
                      {today, inTwoWeeks}) > 0);
        // Only what is planned carries them.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status <> 'planned' "
                                             "AND (reminder_minutes IS NOT NULL OR attendees IS NOT NULL)")),
                 qint64(0));
    }

    void nothingHappensInTheFuture()
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const char *const happened[][2] = {
            {"customers", "created_at"},  {"orders", "created_at"},     {"invoices", "paid_at"},
            {"shipments", "delivered_at"}, {"approvals", "submitted_at"}, {"approvals", "decided_at"},
            {"tickets", "updated_at"},    {"tickets", "resolved_at"},   {"ticket_events", "at"},
        };
        for (const auto &h : happened)
            QVERIFY2(count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ?")
                                      .arg(QLatin1String(h[0]), QLatin1String(h[1])),
                           {now}) == 0,
                     h[0]);
        // Rows carry when they were entered, not when the demo was generated.
        for (const TableCount &t : kTables) {
            const QString table = QLatin1String(t.table);
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE created_at > ? "
                                                 "OR updated_at < created_at").arg(table), {now}),
                     qint64(0));
            QVERIFY2(count(*m_db, QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 10)) FROM %1")
                                      .arg(table)) > 1 || t.field == &DemoGenerator::Counts::warehouses,
                     t.table);
        }
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE status <> 'planned' "
                                             "AND starts_at > ?"), {now}),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM approvals WHERE decided_at < submitted_at")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = "
                                             "e.ticket_id WHERE e.at < t.created_at OR e.at > t.updated_at")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM invoices WHERE paid_at < invoice_date")),
                 qint64(0));
    }

    void gradesAndOwnersAreSkewed()
    {
        const qint64 a = count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE grade = 'A'"));
        const qint64 c = count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE grade = 'C'"));
        QVERIFY2(a < c / 3, "few A customers, many C");
        const qint64 mine = count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE owner = 'wang.fang'"));
        QVERIFY2(mine > kSize / 10 && mine < kSize / 4, qPrintable(QString::number(mine)));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT owner) FROM customers")), qint64(6));
        const qint64 usd = count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE currency = 'USD'"));
        QVERIFY(usd > 0 && usd < kSize / 5);
    }

    void mostCustomersAreChinese()
    {
        const QStringList names = column(*m_db, QStringLiteral("SELECT name FROM customers"));
        int chinese = 0;
        for (const QString &n : names)
            chinese += isCjk(n.at(0)) ? 1 : 0;
        QVERIFY2(chinese > kSize * 6 / 10 && chinese < kSize * 8 / 10, qPrintable(QString::number(chinese)));
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM customers WHERE region = ?"),
                      {QString::fromUtf8("华东")}) > 0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE mobile LIKE '+86 1__ ____ ____'"))
                > kSize);
    }

    void ordersAreConsistent()
    {
        // done -> sent and paid; no shipment before confirmation; invoices only for invoiced orders.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE state = 'done' "
                                             "AND (shipment_state <> 'sent' OR invoice_state <> 'paid')")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE state IN ('draft','cancelled') "
                                             "AND (shipment_state <> 'none' OR invoice_state <> 'none')")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders o WHERE (shipment_state <> 'none') <> "
                                             "EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id)")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders o WHERE (invoice_state IN "
                                             "('invoiced','paid')) <> EXISTS (SELECT 1 FROM invoices i "
                                             "WHERE i.order_id = o.id)")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM orders o WHERE untaxed_cents <> (SELECT "
                                             "sum(line_total_cents) FROM order_lines l WHERE l.order_id = o.id) "
                                             "OR total_cents <> untaxed_cents + tax_cents")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM invoices i JOIN orders o ON o.id = i.order_id "
                                             "WHERE i.total_cents <> o.total_cents OR (i.state = 'paid') <> "
                                             "(i.amount_to_pay_cents = 0) OR (i.state = 'paid') <> "
                                             "(o.invoice_state = 'paid')")),
                 qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM shipments s JOIN orders o ON o.id = s.order_id "
                                             "WHERE (s.state IN ('shipped','delivered')) <> (s.tracking_number "
                                             "IS NOT NULL) OR (o.state = 'done' AND s.state <> 'delivered')")),
                 qint64(0));
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM shipments WHERE carrier = ?"),
                      {QString::fromUtf8("顺丰速运")}) > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM opportunities WHERE (stage = 'lost') <> "
                                             "(lost_reason IS NOT NULL)")),
                 qint64(0));
        for (const QString &stage : vocab::stages())
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = ? "
                                                 "AND probability <> ?"),
                           {stage, vocab::defaultProbability(stage)}),
                     qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM quotes q WHERE total_cents <> (SELECT "
                                             "sum(line_total_cents) FROM quote_lines l WHERE l.quote_id = q.id) "
                                             "OR discount_cents <> subtotal_cents - total_cents")),
                 qint64(0));
    }

    void approvalsCarrySteps()
    {
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM approvals WHERE state = 'pending'")) > 0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM approvals WHERE state IN ('approved','rejected')"))
                > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM approvals WHERE (state = 'pending') = "
                                             "(decided_at IS NOT NULL)")),
                 qint64(0));
        auto r = m_db->exec(QStringLiteral("SELECT state, steps, approver, margin_pct, kind FROM approvals"));
        QVERIFY(r.isOk());
        int withMargin = 0;
        while (r.value().next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(r.value().value(1).toString().toUtf8());
            QVERIFY(doc.isArray());
            const QJsonArray steps = doc.array();
            QVERIFY(!steps.isEmpty());
            const QJsonObject last = steps.last().toObject();
            for (const char *key : {"approver", "state", "comment", "at"})
                QVERIFY2(last.contains(QLatin1String(key)), key);
            QCOMPARE(last.value(QLatin1String("state")).toString(), r.value().value(0).toString());
            QCOMPARE(last.value(QLatin1String("approver")).toString(), r.value().value(2).toString());
            if (!r.value().value(3).isNull())
                ++withMargin;
            QCOMPARE(r.value().value(3).isNull(), r.value().value(4).toString() == QLatin1String("other"));
        }
        QVERIFY(withMargin > 0);
        // A quote waiting for approval is what the approval is about.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM approvals a JOIN quotes q ON q.id = a.subject_id "
                                             "WHERE a.subject_entity = 'quote' AND a.state = 'pending' "
                                             "AND q.state <> 'pending_approval'")),
                 qint64(0));
    }

    void shortChineseNamesAreSearchable()
    {
        auto r = m_db->exec(QStringLiteral("SELECT id, short_name FROM customers WHERE length(short_name) = 2"));
        QVERIFY(r.isOk());
        qint64 id = 0;
        QString shortName;
        while (r.value().next()) {
            const QString s = r.value().value(1).toString();
            if (isCjk(s.at(0)) && isCjk(s.at(1))) {
                id = r.value().value(0).toLongLong();
                shortName = s;
                break;
            }
        }
        QVERIFY2(id > 0, "no customer with a two-character Chinese short name");
        const QStringList hits = column(*m_db, QStringLiteral("SELECT rowid FROM customer_cjk WHERE customer_cjk "
                                                              "MATCH ?"),
                                        {QLatin1Char('"') + shortName + QLatin1Char('"')});
        QVERIFY2(hits.contains(QString::number(id)), qPrintable(shortName));

        const QString english = column(*m_db, QStringLiteral("SELECT name FROM customers WHERE name LIKE '% Ltd%' "
                                                             "ORDER BY id LIMIT 1")).value(0);
        QVERIFY(!english.isEmpty());
        const QString word = english.section(QLatin1Char(' '), 0, 0).toLower();
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?"),
                      {QLatin1Char('"') + word + QLatin1Char('"')}) > 0);
    }

    void sameSeedSameBook()
    {
        const QStringList a = customerNames(7, 80);
        QCOMPARE(a.size(), 80);
        QCOMPARE(customerNames(7, 80), a);
        const QStringList other = customerNames(8, 80);
        QCOMPARE(other.size(), 80);
        QVERIFY(other != a);
    }

    void cancelRollsBack()
    {
        auto db = openMemory();
        DemoGenerator::Options o;
        o.customers = 400;
        qint64 seen = 0;
        auto r = DemoGenerator(*db, o).generate([&seen](qint64 done, qint64) {
            seen = done;
            return done == 0; // let it start, stop at the first real report
        });
        QVERIFY(!r.isOk());
        QVERIFY(seen >= 2000);
        QCOMPARE(r.error(), QStringLiteral("cancelled"));
        for (const TableCount &t : kTables)
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table))), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM app_meta WHERE key LIKE 'demo%' "
                                           "OR key = 'workspace_kind'")),
                 qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM customer_cjk WHERE customer_cjk MATCH ?"),
                       {QString::fromUtf8("\"有限\"")}),
                 qint64(0));
        QCOMPARE(db->transactionDepth(), 0);
        // The workspace is still usable: a second run succeeds.
        o.customers = 20;
        auto again = DemoGenerator(*db, o).generate();
        QVERIFY2(again.isOk(), qPrintable(again.error()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM customers")), qint64(20));
    }

    void refusesAFilledWorkspace()
    {
        DemoGenerator::Options o;
        o.customers = 10;
        auto r = DemoGenerator(*m_db, o).generate();
        QVERIFY(!r.isOk());
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM customers")), qint64(kSize));
        o.customers = 0;
        auto empty = openMemory();
        QVERIFY(!DemoGenerator(*empty, o).generate().isOk());
    }

    void tinyBookStillShowsEverything()
    {
        auto db = openMemory();
        DemoGenerator::Options o;
        o.customers = 8;
        o.currentUser = QStringLiteral("someone.else");
        auto r = DemoGenerator(*db, o).generate();
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        QCOMPARE(r.value().approvals, qint64(12));
        QCOMPARE(r.value().tickets, qint64(10));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT stage) FROM opportunities")), qint64(6));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT state) FROM orders")), qint64(5));
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM customers WHERE owner = 'someone.else'")) > 0);
    }

    // SB_DEMO_CUSTOMERS=100000 ./tst_demo benchmark : times a file-backed book of that size
    // (SB_DEMO_FILE=:memory: for an in-memory one).
    void benchmark()
    {
        const int size = qEnvironmentVariableIntValue("SB_DEMO_CUSTOMERS");
        if (size <= 0)
            QSKIP("set SB_DEMO_CUSTOMERS to time a large book");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const bool inMemory = qEnvironmentVariable("SB_DEMO_FILE") == QLatin1String(":memory:");
        auto opened = Database::open(inMemory ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("demo.sbw")));
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        auto db = opened.take();
        DemoGenerator::Options o;
        o.customers = size;
        QElapsedTimer timer;
        timer.start();
        auto r = DemoGenerator(*db, o).generate();
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        qInfo("%d customers: %lld rows in %.1f s (%.0f rows/s)", size, r.value().total(), ms / 1000.0,
              r.value().total() * 1000.0 / std::max<qint64>(ms, 1));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
