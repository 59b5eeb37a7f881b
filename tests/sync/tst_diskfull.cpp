// A full disk while writing a pulled page, an edit and a CSV import, while creating a
// workspace, and while the -wal is folded into the file (a checkpoint). The limit is real: RLIMIT_FSIZE on this process (SIGXFSZ ignored), so SQLite's
// write of its -wal fails as on a full disk, whoever runs the test (root or not, no mounts).
// Each time: a clear message, nothing half-written, the workspace opens and passes
// integrity_check afterwards, and the same work succeeds once there is room again.
// docs/reliability.md, "Disk".

#include "../models/WorkspaceFaults.h"

#include "models/csv/CustomerCsvImporter.h"
#include "models/store/WorkspaceHealth.h"
#include "sync/engine/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace sb;
using namespace sb::faults;

namespace {

class Now : public RemoteCall {
public:
    explicit Now(RemoteResult result) : m_result(std::move(result)) {}
    void start() override
    {
        QMetaObject::invokeMethod(this, [this] { emit finished(m_result); }, Qt::QueuedConnection);
    }
    void abort() override {}

private:
    RemoteResult m_result;
};

// An ERP whose customers come in one page of 300.
class PagingConnector : public Connector {
public:
    QString system() const override { return QStringLiteral("erp"); }
    QStringList entities() const override { return {QStringLiteral("customer")}; }
    bool reportsDeletions(const QString &) const override { return true; }
    RemoteCall *pull(const QString &, const PullCursor &cursor, int) override
    {
        RemoteResult r;
        if (cursor.isEmpty()) {
            for (int i = 1; i <= 300; ++i) {
                RemoteRecord rec;
                rec.remoteId = QString::number(i);
                rec.version = QStringLiteral("1");
                rec.modifiedAt = QStringLiteral("2026-12-01T08:00:00Z");
                rec.fields = {{QStringLiteral("name"), QStringLiteral("Pulled customer %1 with a longer name").arg(i)},
                              {QStringLiteral("code"), QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0'))}};
                r.records << rec;
            }
        }
        r.next.time = QStringLiteral("2026-12-01T08:00:00Z");
        r.next.id = QStringLiteral("300");
        return new Now(r);
    }
    RemoteCall *create(const QString &, const QVariantMap &, const QString &) override { return new Now(RemoteResult()); }
    RemoteCall *update(const QString &, const QString &, const QVariantMap &, const QString &, const QString &) override
    {
        return new Now(RemoteResult());
    }
    RemoteCall *remove(const QString &, const QString &, const QString &) override { return new Now(RemoteResult()); }
    RemoteCall *lookupByKey(const QString &, const QString &, const QVariantMap &) override { return new Now(RemoteResult()); }
    RemoteCall *listIds(const QString &) override { return new Now(RemoteResult()); }
    RemoteCall *testConnection() override { return new Now(RemoteResult()); }
};

int count(Database &db, const QString &sql)
{
    auto r = db.scalar(sql);
    return r ? r.value().toInt() : -1;
}

// Folds the -wal into the file and empties it, so that the limit measures what comes next.
bool emptyWal(Database &db)
{
    db.finishStatements();
    return bool(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

// A CSV of 2,000 new customers: far more than the room the limits leave.
QString bigCsv(const QString &dir)
{
    const QString path = dir + QStringLiteral("/many.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write("code,name,region\n");
    for (int i = 1; i <= 2000; ++i)
        f.write(QStringLiteral("GEN%1,Generated customer %1 Trading Ltd,East\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8());
    return path;
}

bool diskWords(const QString &message)
{
    return message.contains(QStringLiteral("disk is full")) || message.contains(QStringLiteral("could not be written"));
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pulledPage();
    void edit();
    void csvImport();
    void newWorkspace();
    void commandLineImport();
    void checkpoint();

private:
    void reopensSound(const QString &path);
    QTemporaryDir m_dir;
};

void TestDiskFull::initTestCase()
{
    ::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(m_dir.isValid());
}

void TestDiskFull::reopensSound(const QString &path)
{
    OpeningOptions options;
    options.forceCheck = true;
    const WorkspaceOpening w = openWorkspace(path, options);
    QVERIFY2(w.outcome == WorkspaceOpening::Outcome::Opened, qPrintable(w.message));
    QVERIFY(w.checked && w.integrity.ok);
}

void TestDiskFull::pulledPage()
{
    const QString path = m_dir.filePath(QStringLiteral("pull.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', 'http://127.0.0.1')")));
    PagingConnector erp;
    QVERIFY(emptyWal(db));
    {
        FileSizeLimit full(48 * 1024); // room for the cycle's bookkeeping, not for the page
        QVERIFY(full.ok());
        SyncEngine engine(db);
        engine.addConnector(&erp, 1);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(done.wait(20000));
        const SyncSummary s = done.first().first().value<SyncSummary>();
        QVERIFY(!s.ok());
        QVERIFY2(diskWords(s.errors.join(QLatin1Char('\n'))), qPrintable(s.errors.join(QLatin1Char('\n'))));
    }
    // Nothing of the page and not its cursor: the next cycle asks for the same page again.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pull_cursors")), 0);
    opened.value().reset();
    reopensSound(path);

    auto again = Database::open(path);
    QVERIFY(again);
    SyncEngine engine(*again.value());
    engine.addConnector(&erp, 1);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QVERIFY(done.wait(20000));
    const SyncSummary s = done.first().first().value<SyncSummary>();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT count(*) FROM customers")), 300);
}

void TestDiskFull::edit()
{
    const QString path = m_dir.filePath(QStringLiteral("edit.sqlite"));
    QVERIFY(makeWorkspace(path, 60, 0));
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    const qint64 id = db.scalar(QStringLiteral("SELECT min(id) FROM customers")).value().toLongLong();
    const QString before = db.scalar(QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {id}).value().toString();
    const int outbox = count(db, QStringLiteral("SELECT count(*) FROM outbox"));
    const QVariantMap edit{{QStringLiteral("notes"), QStringLiteral("Visited on Monday; wants a quote for 40 units.")}};
    QVERIFY(emptyWal(db));
    {
        FileSizeLimit full(4096); // not even one page more
        QVERIFY(full.ok());
        const Status s = ChangeWriter(db).update(entities::customer(), id, edit);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("disk is full")), qPrintable(s.error()));
    }
    // Rolled back whole: the row as it was and no outbox entry.
    QCOMPARE(db.scalar(QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {id}).value().toString(), before);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    opened.value().reset();
    reopensSound(path);
    auto again = Database::open(path);
    QVERIFY(again);
    const Status s = ChangeWriter(*again.value()).update(entities::customer(), id, edit);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT count(*) FROM outbox")), outbox + 1);
}

void TestDiskFull::csvImport()
{
    const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
    QVERIFY(makeWorkspace(path, 30, 0));
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    const int customers = count(db, QStringLiteral("SELECT count(*) FROM customers"));
    const int outbox = count(db, QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(emptyWal(db));
    QFile csv(bigCsv(m_dir.path()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    {
        FileSizeLimit full(4096);
        QVERIFY(full.ok());
        const ImportReport r = CustomerCsvImporter(db).importCustomers(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.fatalError.contains(QStringLiteral("disk is full")), qPrintable(r.fatalError));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), customers);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    opened.value().reset();
    reopensSound(path);
    auto again = Database::open(path);
    QVERIFY(again);
    csv.seek(0);
    const ImportReport r = CustomerCsvImporter(*again.value()).importCustomers(csv);
    QVERIFY2(r.ok(), qPrintable(r.fatalError));
    QCOMPARE(r.created, 2000);
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT count(*) FROM customers")), customers + r.created);
}

void TestDiskFull::newWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("home/new.sqlite"));
    {
        FileSizeLimit full(4096);
        QVERIFY(full.ok());
        const WorkspaceOpening w = openWorkspace(path);
        QVERIFY2(w.outcome == WorkspaceOpening::Outcome::CannotWrite, qPrintable(w.message));
        QVERIFY2(diskWords(w.message), qPrintable(w.message));
    }
    const WorkspaceOpening w = openWorkspace(path); // room again: the half-made file opens as new
    QVERIFY2(w.outcome == WorkspaceOpening::Outcome::Opened, qPrintable(w.message));
    QCOMPARE(w.db->schemaVersion(), Database::kSchemaVersion);
}

void TestDiskFull::commandLineImport()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QVERIFY(makeWorkspace(path, 30, 0));
    const QStringList import{QStringLiteral("import"), QStringLiteral("customers"), bigCsv(m_dir.path()), QStringLiteral("--workspace"), path};
    Run full;
    {
        // Inherited by the child: room for the -shm (32 KiB) and a few pages of the -wal.
        FileSizeLimit limit(48 * 1024);
        QVERIFY(limit.ok());
        full = runApp(m_dir.path(), import);
    }
    QCOMPARE(full.code, 2);
    QVERIFY2(full.err.contains(QStringLiteral("disk is full")), qPrintable(full.err));
    reopensSound(path);
    const Run room = runApp(m_dir.path(), import);
    QCOMPARE(room.code, 0);
    QVERIFY2(room.out.contains(QStringLiteral("created 2000")), qPrintable(room.out));
}

void TestDiskFull::checkpoint()
{
    // Committed work waits in the -wal until a checkpoint copies it into the file, which then
    // grows: that copy is what fails here. SQLite copies before it resets the -wal, so the work
    // stays readable from the -wal, and the next checkpoint with room finishes the job.
    const QString path = m_dir.filePath(QStringLiteral("checkpoint.sqlite"));
    QVERIFY(makeWorkspace(path, 30, 0));
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    QVERIFY(emptyWal(db));
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
    QFile csv(bigCsv(m_dir.path()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const ImportReport imported = CustomerCsvImporter(db).importCustomers(csv);
    QVERIFY2(imported.ok(), qPrintable(imported.fatalError));
    const int customers = count(db, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 fileBefore = QFileInfo(path).size();
    QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > fileBefore / 4, "the import must wait in the -wal");
    db.finishStatements();
    {
        FileSizeLimit full(fileBefore); // the file may not grow
        QVERIFY(full.ok());
        const auto r = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(!r, "a checkpoint that could not copy must not report success");
        QVERIFY2(diskWords(r.error()), qPrintable(r.error()));
    }
    // Everything still there, read through the -wal.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), customers);
    opened.value().reset();
    reopensSound(path);
    auto again = Database::open(path);
    QVERIFY(again);
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT count(*) FROM customers")), customers);
    QVERIFY(emptyWal(*again.value()));
    QVERIFY(QFileInfo(path).size() > fileBefore);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT count(*) FROM customers")), customers);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
