// The salesbridge executable's headless commands, run as a separate process like an admin
// or a script would: demo, import customers/contacts (bad rows reported, good rows kept,
// exit code 1), export, and a clear refusal of a missing file or a foreign workspace.
#include "models/store/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunSaysWhatWouldHappenAndWritesNothing();
    void importCustomersReportsBadRowsAndKeepsGoodOnes();
    void importContactsLinksByCode();
    void exportWritesEveryRow();
    void demoFillsAnEmptyWorkspaceOnly();
    void missingFileFailsClearly();
    void statusCountsPendingChanges();
    void syncWithoutAServerCannotRun();
    void connectAndRouteRefuseWhatNoKindTakes();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    QTemporaryDir m_dir;
    QString m_workspace;
};

int TestCommandLine::run(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the user's own workspaces
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SB_APP_PATH), args);
    if (!p.waitForFinished(120000))
        return -100;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -101;
}

void TestCommandLine::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("ws.sqlite"));
}

void TestCommandLine::dryRunSaysWhatWouldHappenAndWritesNothing()
{
    const QString ws = m_dir.filePath(QStringLiteral("dry.sqlite"));
    QString out, err;
    const int rc = run({QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"),
                        QStringLiteral("--workspace"), ws, QStringLiteral("--dry-run")},
                       &out, &err);
    QCOMPARE(rc, 1); // rows would be rejected: the same code as the import
    QVERIFY2(out.contains(QStringLiteral("Dry run, nothing written: would create 2")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("line 2: would create")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("4 rejected")), qPrintable(out));
    for (const char *line : {"line 4", "line 5", "line 6", "line 7"})
        QVERIFY2(err.contains(QLatin1String(line)), qPrintable(err));
    auto db = Database::open(ws);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt(), 0);
}

void TestCommandLine::importCustomersReportsBadRowsAndKeepsGoodOnes()
{
    QString out, err;
    const int rc = run({QStringLiteral("import"), QStringLiteral("customers"),
                        QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"), QStringLiteral("--workspace"), m_workspace},
                       &out, &err);
    QCOMPARE(rc, 1); // some rows were rejected: scripts can tell
    QVERIFY2(out.contains(QStringLiteral("created 2")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("rejected 4")), qPrintable(out));
    for (const char *line : {"line 4", "line 5", "line 6", "line 7"})
        QVERIFY2(err.contains(QLatin1String(line)), qPrintable(err));
    auto db = Database::open(m_workspace);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 2);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE code = 'IMP001'")).value().toLongLong(),
             qint64(120000000));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer' AND op = 'create'")).value().toInt(), 2);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM contacts")).value().toInt(), 2);

    // The same file again: nothing duplicated, nothing new queued.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"),
                  QStringLiteral("--workspace"), m_workspace}, &out),
             1);
    QVERIFY2(out.contains(QStringLiteral("created 0")), qPrintable(out));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 2);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer'")).value().toInt(), 2);
}

void TestCommandLine::importContactsLinksByCode()
{
    QString out, err;
    const int rc = run({QStringLiteral("import"), QStringLiteral("contacts"), QStringLiteral(SB_TEST_DATA_DIR "/contacts.csv"),
                        QStringLiteral("--workspace"), m_workspace},
                       &out, &err);
    QCOMPARE(rc, 1);
    QVERIFY2(err.contains(QStringLiteral("line 4")), qPrintable(err));
    auto db = Database::open(m_workspace);
    QVERIFY(db);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM contacts p JOIN customers c ON c.id = p.customer_id "
                                               "WHERE c.code = 'IMP001'")).value().toInt(), 2);
}

void TestCommandLine::exportWritesEveryRow()
{
    const QString file = m_dir.filePath(QStringLiteral("out.csv"));
    QString out;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("customers"), file, QStringLiteral("--workspace"), m_workspace}, &out), 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM: Excel opens Chinese correctly
    QCOMPARE(bytes.count('\n'), 3);            // header + 2 customers
    QVERIFY(bytes.contains("杭州青禾智能装备有限公司"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("nonsense"), file, QStringLiteral("--workspace"), m_workspace}), 2);
}

void TestCommandLine::demoFillsAnEmptyWorkspaceOnly()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString out;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--demo-size"), QStringLiteral("50"), QStringLiteral("--workspace"), demo}, &out), 0);
    auto db = Database::open(demo);
    QVERIFY(db);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 50);
    db.value().reset();
    QString err;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace}, &out, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("already holds data")), qPrintable(err));
}

void TestCommandLine::missingFileFailsClearly()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("customers"), m_dir.filePath(QStringLiteral("nope.csv")),
                  QStringLiteral("--workspace"), m_workspace},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("nope.csv")), qPrintable(err));
    // A workspace written by a newer SalesBridge is refused, not touched.
    const QString future = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(future);
        QVERIFY(db);
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("customers"), m_dir.filePath(QStringLiteral("x.csv")),
                  QStringLiteral("--workspace"), future},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("newer")), qPrintable(err));
}

void TestCommandLine::statusCountsPendingChanges()
{
    QString out;
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--workspace"), m_workspace}, &out), 0);
    auto db = Database::open(m_workspace);
    QVERIFY(db);
    const int pending = db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).value().toInt();
    QVERIFY(pending > 0);
    // No server is set up: every change is kept on this computer by design, none is "pending".
    QVERIFY2(out.contains(QStringLiteral("pending 0, failed 0, conflicts 0, kept on this computer %1").arg(pending)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("last sync: never")), qPrintable(out));
    // Once a system takes customers, their changes wait for it; the rest stay local.
    const int customers = db.value()->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending' AND entity = 'customer'"))
                              .value().toInt();
    QVERIFY(customers > 0 && customers < pending);
    QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp')")));
    QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO system_status (system, last_sync_at, last_ok_at, last_error, reachable) "
                                            "VALUES ('erp', '2026-12-01T08:00:00Z', '2026-11-30T08:00:00Z', 'HTTP 503', 0)")));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--workspace"), m_workspace}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("pending %1, failed 0, conflicts 0, kept on this computer %2").arg(customers).arg(pending - customers)),
             qPrintable(out));
    // The last sync is read from each system's status, not from a (translated) log text.
    QVERIFY2(out.contains(QStringLiteral("last sync: 2026-12-01T08:00:00Z")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("ERP: last sync 2026-12-01T08:00:00Z, last success 2026-11-30T08:00:00Z, unreachable: HTTP 503")),
             qPrintable(out));
}

void TestCommandLine::syncWithoutAServerCannotRun()
{
    // Exit 2: the cycle could not run (the other codes: tests/sync/tst_synccli.cpp).
    QString out, err;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--workspace"), m_workspace}, &out, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("No server is configured")), qPrintable(err));
}

void TestCommandLine::connectAndRouteRefuseWhatNoKindTakes()
{
    QString out, err;
    // A kind this build does not have: said, with the usage built from the registered kinds.
    QCOMPARE(run({QStringLiteral("connect"), QStringLiteral("nosuch"), QStringLiteral("http://127.0.0.1:9"),
                  QStringLiteral("--workspace"), m_workspace},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("cannot connect to a server of kind \"nosuch\"")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("salesbridge connect tryton URL DATABASE USERNAME")), qPrintable(err));
    // A server that does not answer is not saved.
    QCOMPARE(run({QStringLiteral("connect"), QStringLiteral("tryton"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("crm"),
                  QStringLiteral("admin"), QStringLiteral("--workspace"), m_workspace},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("Could not log in")), qPrintable(err));
    // An owner rule only for what a kind takes, to a system a kind plays.
    QCOMPARE(run({QStringLiteral("route"), QStringLiteral("tickets"), QStringLiteral("erp"), QStringLiteral("--workspace"), m_workspace},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("No kind of server takes")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("route"), QStringLiteral("ticket"), QStringLiteral("erp"), QStringLiteral("--workspace"), m_workspace},
                 &out, &err),
             0);
    auto db = Database::open(m_workspace);
    QVERIFY(db);
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT system FROM owner_rules WHERE key = 'ticket'")).value().toString(), QStringLiteral("erp"));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM connectors")).value().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
