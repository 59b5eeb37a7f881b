// The opening of a workspace against faults of the file and the folder: a second SalesBridge,
// a run that did not end cleanly, a truncated file, flipped bytes, a file that is no workspace,
// a stray or missing -wal, a read-only folder. docs/reliability.md, "Workspace file".

#include "WorkspaceFaults.h"

#include "models/store/WorkspaceHealth.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace sb;
using namespace sb::faults;

class TestWorkspaceHealth : public QObject {
    Q_OBJECT
private slots:
    void init();
    void secondOpeningIsRefusedReadersRead();
    void writingCommandsRefuseBesideARunningOne();
    void killedOwnerMeansUncleanEndAndAFullCheck();
    void missingWalAfterUncleanEndIsSaid();
    void truncatedFileIsDamagedAndRecoverKeepsACopy();
    void notAWorkspaceAtAll();
    void anotherProgramsDatabaseIsLeftUntouched();
    void flippedBytesFoundByTheCheck();
    void strayWalIsChecked();
    void unwritableFolderIsSaid();

private:
    QString ws(const QString &name = QStringLiteral("ws.sqlite")) const { return m_dir->filePath(name); }
    // A salesbridge import blocked on a FIFO: it holds the lock with the workspace open.
    QProcess *startHolder(const QString &workspace);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspaceHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcess *TestWorkspaceHealth::startHolder(const QString &workspace)
{
    const QString fifo = m_dir->filePath(QStringLiteral("holder.csv"));
    QFile::remove(fifo);
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        return nullptr;
    QProcess *p = startApp(m_dir->path(), {QStringLiteral("import"), QStringLiteral("customers"), fifo,
                                           QStringLiteral("--workspace"), workspace}, this);
    // "Workspace: ..." is printed once the workspace is open and locked.
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < 20000 && !seen.contains("Workspace:")) {
        p->waitForReadyRead(200);
        seen += p->readAllStandardOutput();
        if (p->state() == QProcess::NotRunning)
            break;
    }
    return seen.contains("Workspace:") ? p : nullptr;
}

void TestWorkspaceHealth::secondOpeningIsRefusedReadersRead()
{
    QVERIFY(makeWorkspace(ws()));
    WorkspaceOpening first = openWorkspace(ws());
    QCOMPARE(int(first.outcome), int(WorkspaceOpening::Outcome::Opened));
    QVERIFY(!first.uncleanEnd);

    WorkspaceOpening second = openWorkspace(ws());
    QCOMPARE(int(second.outcome), int(WorkspaceOpening::Outcome::InUse));
    QVERIFY2(second.message.contains(QString::number(::getpid())), qPrintable(second.message)); // names the other one
    QVERIFY(!second.db);

    OpeningOptions reading;
    reading.lock = OpeningOptions::Lock::IfFree;
    WorkspaceOpening reader = openWorkspace(ws(), reading);
    QCOMPARE(int(reader.outcome), int(WorkspaceOpening::Outcome::Opened));

    first = WorkspaceOpening(); // a clean end lets go of the lock
    QVERIFY(!QFileInfo::exists(WorkspaceLock::lockPath(ws())));
    // A reader lets go of the lock once open: a window starts beside it.
    const WorkspaceOpening reader2 = openWorkspace(ws(), reading);
    QCOMPARE(int(reader2.outcome), int(WorkspaceOpening::Outcome::Opened));
    WorkspaceOpening third = openWorkspace(ws());
    QCOMPARE(int(third.outcome), int(WorkspaceOpening::Outcome::Opened));
    QVERIFY(!third.uncleanEnd);
    QVERIFY(!third.checked);
}

void TestWorkspaceHealth::writingCommandsRefuseBesideARunningOne()
{
    QVERIFY(makeWorkspace(ws()));
    WorkspaceOpening held = openWorkspace(ws()); // this process plays the running window
    QCOMPARE(int(held.outcome), int(WorkspaceOpening::Outcome::Opened));

    const Run sync = runApp(m_dir->path(), {QStringLiteral("sync"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(sync.code, 4);
    QVERIFY2(sync.err.contains(QStringLiteral("already open in another SalesBridge")), qPrintable(sync.err));
    QVERIFY2(sync.err.contains(QString::number(::getpid())), qPrintable(sync.err));
    const Run import = runApp(m_dir->path(), {QStringLiteral("import"), QStringLiteral("customers"),
                                              QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(import.code, 4);
    const Run connect = runApp(m_dir->path(), {QStringLiteral("connect"), QStringLiteral("tryton"), QStringLiteral("http://127.0.0.1:1"),
                                               QStringLiteral("crm"), QStringLiteral("bob"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(connect.code, 4);
    // Reading commands read beside it.
    const Run status = runApp(m_dir->path(), {QStringLiteral("status"), QStringLiteral("--workspace"), ws()});
    QVERIFY2(status.code == 0 || status.code == 1, qPrintable(status.err));
    const Run exported = runApp(m_dir->path(), {QStringLiteral("export"), QStringLiteral("customers"), m_dir->filePath(QStringLiteral("c.csv")),
                                                QStringLiteral("--workspace"), ws()});
    QCOMPARE(exported.code, 0);
    // Once it has gone, the writers run.
    held = WorkspaceOpening();
    const Run again = runApp(m_dir->path(), {QStringLiteral("import"), QStringLiteral("customers"),
                                             QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"), QStringLiteral("--workspace"), ws()});
    QVERIFY2(again.code == 0 || again.code == 1, qPrintable(again.err));
}

void TestWorkspaceHealth::killedOwnerMeansUncleanEndAndAFullCheck()
{
    QVERIFY(makeWorkspace(ws()));
    QProcess *holder = startHolder(ws());
    QVERIFY(holder);
    const WorkspaceOpening whileAlive = openWorkspace(ws());
    QCOMPARE(int(whileAlive.outcome), int(WorkspaceOpening::Outcome::InUse));
    QVERIFY(whileAlive.message.contains(QString::number(holder->processId())));

    ::kill(pid_t(holder->processId()), SIGKILL);
    QVERIFY(holder->waitForFinished(10000));
    QVERIFY(QFileInfo::exists(WorkspaceLock::lockPath(ws()))); // left behind by the dead owner

    const WorkspaceOpening after = openWorkspace(ws());
    QCOMPARE(int(after.outcome), int(WorkspaceOpening::Outcome::Opened));
    QVERIFY(after.uncleanEnd);
    QVERIFY(after.checked);
    QVERIFY(after.integrity.full);
    QVERIFY(after.integrity.ok);
    qInfo("integrity_check after an unclean end: %lld ms", after.integrity.ms);
    QVERIFY(after.notes.isEmpty()); // its -wal is there
}

void TestWorkspaceHealth::missingWalAfterUncleanEndIsSaid()
{
    QVERIFY(makeWorkspace(ws()));
    QProcess *holder = startHolder(ws());
    QVERIFY(holder);
    ::kill(pid_t(holder->processId()), SIGKILL);
    QVERIFY(holder->waitForFinished(10000));
    QVERIFY(QFileInfo::exists(ws() + QStringLiteral("-wal")));
    QVERIFY(QFile::remove(ws() + QStringLiteral("-wal")));
    QFile::remove(ws() + QStringLiteral("-shm"));

    const WorkspaceOpening w = openWorkspace(ws());
    QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::Opened)); // consistent as of its last checkpoint
    QVERIFY(w.checked);
    QCOMPARE(w.notes.size(), 1);
    QVERIFY2(w.notes.first().contains(QStringLiteral("journal")), qPrintable(w.notes.first()));
}

void TestWorkspaceHealth::truncatedFileIsDamagedAndRecoverKeepsACopy()
{
    QVERIFY(makeWorkspace(ws(), 120, 3));
    const qint64 size = QFileInfo(ws()).size();
    QVERIFY(size > 200 * 1024);
    for (const qint64 cut : {size / 2 + 1000, (size / 2) / 4096 * 4096}) { // inside a page, and at a page's edge
        QFile::copy(ws(), ws(QStringLiteral("cut.sqlite")));
        QFile f(ws(QStringLiteral("cut.sqlite")));
        QVERIFY(f.resize(cut));
        const WorkspaceOpening w = openWorkspace(ws(QStringLiteral("cut.sqlite")));
        QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::Damaged));
        QVERIFY2(w.message.contains(QStringLiteral("cut short")), qPrintable(w.message));
        QCOMPARE(w.salvage.connectors.size(), 1); // the first pages still hold the back end
        QVERIFY(!w.db);
        QFile::remove(ws(QStringLiteral("cut.sqlite")));
    }
    QFile f(ws());
    QVERIFY(f.resize(size / 2 + 1000));
    const QByteArray damaged = readAll(ws());

    const Run open = runApp(m_dir->path(), {QStringLiteral("status"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(open.code, 5);
    QVERIFY2(open.err.contains(QStringLiteral("cut short")) && open.err.contains(QStringLiteral("salesbridge recover")), qPrintable(open.err));
    QCOMPARE(readAll(ws()), damaged); // the opening changed nothing

    const Run recover = runApp(m_dir->path(), {QStringLiteral("recover"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(recover.code, 0);
    QVERIFY2(recover.out.contains(QStringLiteral("settings of 1 server")), qPrintable(recover.out));
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("ws.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(kept.first())), damaged); // kept as it was, nothing deleted
    // The unsent changes were counted (or said unreadable) in the kept copy, never dropped unsaid.
    QVERIFY2(recover.out.contains(QStringLiteral("stay in the kept copy")) || recover.out.contains(QStringLiteral("cannot be read")),
             qPrintable(recover.out));

    const WorkspaceOpening fresh = openWorkspace(ws());
    QCOMPARE(int(fresh.outcome), int(WorkspaceOpening::Outcome::Opened));
    QCOMPARE(fresh.db->scalar(QStringLiteral("SELECT count(*) FROM connectors")).value().toInt(), 1);
    QCOMPARE(fresh.db->scalar(QStringLiteral("SELECT url FROM connectors")).value().toString(), QStringLiteral("http://127.0.0.1:8000"));
    QCOMPARE(fresh.db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0); // filled again by the next sync
}

void TestWorkspaceHealth::notAWorkspaceAtAll()
{
    QFile f(ws());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("name,amount\nAcme,12\n").repeated(300));
    f.close();
    const QByteArray before = readAll(ws());
    {
        const WorkspaceOpening w = openWorkspace(ws());
        QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::Damaged));
        QVERIFY2(w.message.contains(QStringLiteral("not a database at all")), qPrintable(w.message));
        QVERIFY(w.salvage.connectors.isEmpty());
    }
    const Run run = runApp(m_dir->path(), {QStringLiteral("sync"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(run.code, 5);
    QVERIFY2(run.err.contains(QStringLiteral("No server settings could be read")), qPrintable(run.err));
    QCOMPARE(readAll(ws()), before);
}

void TestWorkspaceHealth::anotherProgramsDatabaseIsLeftUntouched()
{
    {
        auto other = Database::open(ws(QStringLiteral("other.sqlite")), Database::Options{0, true});
        QVERIFY(other);
        QVERIFY(other.value()->exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(other.value()->exec(QStringLiteral("PRAGMA user_version=3")));
    }
    const QByteArray before = readAll(ws(QStringLiteral("other.sqlite")));
    const Run run = runApp(m_dir->path(), {QStringLiteral("import"), QStringLiteral("customers"),
                                           QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"), QStringLiteral("--workspace"),
                                           ws(QStringLiteral("other.sqlite"))});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("another program")), qPrintable(run.err));
    QCOMPARE(readAll(ws(QStringLiteral("other.sqlite"))), before);
}

void TestWorkspaceHealth::flippedBytesFoundByTheCheck()
{
    QVERIFY(makeWorkspace(ws()));
    qint64 root = 0;
    {
        auto db = Database::open(ws());
        root = db.value()->scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'customers_name'")).value().toLongLong();
    }
    QVERIFY(root > 1);
    // The b-tree page header of the customer name index: its type byte and cell count.
    QVERIFY(overwrite(ws(), (root - 1) * 4096, 8, char(0x5a)));

    // After a clean end SQLite has no checksum to tell: the opening is quick and sees nothing.
    WorkspaceOpening quiet = openWorkspace(ws());
    QCOMPARE(int(quiet.outcome), int(WorkspaceOpening::Outcome::Opened));
    QVERIFY(!quiet.checked);
    // A read that meets the damaged page says so in words, and asks the next opening to check.
    auto r = quiet.db->exec(QStringLiteral("SELECT name FROM customers INDEXED BY customers_name ORDER BY name COLLATE NOCASE LIMIT 3"));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QStringLiteral("damaged")), qPrintable(r.error()));
    quiet = WorkspaceOpening();
    QVERIFY(QFileInfo::exists(checkMarkerPath(ws())));

    const WorkspaceOpening checked = openWorkspace(ws());
    QCOMPARE(int(checked.outcome), int(WorkspaceOpening::Outcome::Damaged));
    QVERIFY(checked.checked);
    QVERIFY2(checked.message.contains(QStringLiteral("check of the whole file")), qPrintable(checked.message));
    QCOMPARE(checked.salvage.connectors.size(), 1);
    QCOMPARE(checked.salvage.unsent, 3);

    // `salesbridge check` runs the same check on demand.
    const Run run = runApp(m_dir->path(), {QStringLiteral("check"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(run.code, 5);
    QVERIFY2(run.err.contains(QStringLiteral("3 change")) && run.err.contains(QStringLiteral("had not been sent yet")), qPrintable(run.err));
}

void TestWorkspaceHealth::strayWalIsChecked()
{
    QVERIFY(makeWorkspace(ws(), 40, 0));
    QVERIFY(makeWorkspace(ws(QStringLiteral("b.sqlite")), 40, 0));
    // b's -wal while b is open (frames not yet folded in), laid beside the cleanly closed ws.
    auto b = Database::open(ws(QStringLiteral("b.sqlite")));
    QVERIFY(b);
    QVERIFY(b.value()->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
    QVERIFY(b.value()->exec(QStringLiteral("UPDATE customers SET notes = 'from b' WHERE id IN (SELECT id FROM customers LIMIT 20)")));
    QVERIFY(QFileInfo(ws(QStringLiteral("b.sqlite-wal"))).size() > 32);
    QVERIFY(!QFileInfo::exists(ws() + QStringLiteral("-wal")));
    QVERIFY(QFile::copy(ws(QStringLiteral("b.sqlite-wal")), ws() + QStringLiteral("-wal")));

    // SQLite replays any -wal whose frames add up, whichever file wrote it; after a clean end
    // there should be none, so the opening checks the whole file before going on.
    const WorkspaceOpening w = openWorkspace(ws());
    QVERIFY(w.checked);
    QVERIFY(!w.uncleanEnd);
    qInfo("a foreign -wal after a clean end: %s", w.outcome == WorkspaceOpening::Outcome::Opened ? "replayed, integrity_check ok"
                                                                                                 : qPrintable(w.message));
    if (w.outcome == WorkspaceOpening::Outcome::Opened)
        QVERIFY(w.integrity.ok);
    else
        QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::Damaged));
}

void TestWorkspaceHealth::unwritableFolderIsSaid()
{
    // A folder that cannot be made (a file is in the way): works for root and for a user.
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const WorkspaceOpening w = openWorkspace(m_dir->filePath(QStringLiteral("file/sub/ws.sqlite")));
    QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::CannotWrite));
    QVERIFY2(w.message.contains(QStringLiteral("cannot create the folder")), qPrintable(w.message));
    const Run run = runApp(m_dir->path(), {QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"),
                                           QStringLiteral("--workspace"), m_dir->filePath(QStringLiteral("file/sub/ws.sqlite"))});
    QCOMPARE(run.code, 6);

    // A read-only folder holding a workspace: permissions for a user; for root (whom
    // permissions do not stop) a read-only bind mount in a user and mount namespace.
    const QString folder = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(makeWorkspace(folder + QStringLiteral("/ws.sqlite"), 20, 0));
    const QByteArray before = readAll(folder + QStringLiteral("/ws.sqlite"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"),
                             QStringLiteral("--workspace"), folder + QStringLiteral("/ws.sqlite")};
    Run ro;
    if (::geteuid() != 0) {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ro = runApp(m_dir->path(), import);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    } else {
        const QString script = QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\"");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                                       QStringLiteral("sh"), folder, QStringLiteral(SB_APP_PATH)} + import);
        QVERIFY(p.waitForFinished(60000));
        ro.code = p.exitCode();
        ro.err = QString::fromUtf8(p.readAllStandardError());
        if (ro.err.startsWith(QStringLiteral("unshare:")) || ro.err.startsWith(QStringLiteral("mount:")))
            QSKIP("running as root without user namespaces: a read-only folder cannot be made here");
    }
    QCOMPARE(ro.code, 6);
    QVERIFY2(ro.err.contains(QStringLiteral("cannot")) && ro.err.contains(QStringLiteral("folder")), qPrintable(ro.err));
    QCOMPARE(readAll(folder + QStringLiteral("/ws.sqlite")), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceHealth)
#include "tst_workspacehealth.moc"
