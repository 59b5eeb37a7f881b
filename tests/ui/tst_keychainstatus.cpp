// The window's sync status when the system keychain is locked: a real SyncRunner cycle with a
// Request Tracker connection whose keychain read fails says the keychain's sentence in the status
// bar's sync status (not "1 error"), and a following cycle that can read it says the usual.
// Saves keychain-locked-status.png.
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncRunner.h"
#include "ui/outbox/SyncStatusIndicator.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {
class LockedSecrets : public SecretProvider {
public:
    void read(const QString &, QObject *context, std::function<void(const SecretReply &)> done) override
    {
        const SecretReply reply{SecretReply::Outcome::Failed, {},
                                CredentialStore::explain(CredentialStore::Problem::Locked, {}, true),
                                CredentialStore::Problem::Locked};
        QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
    }
};
} // namespace

class TestKeychainStatus : public QObject {
    Q_OBJECT
private slots:
    void lockedKeychainIsSaidInTheSyncStatus();
};

void TestKeychainStatus::lockedKeychainIsSaidInTheSyncStatus()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        ConnectorConfig c = KindRegistry::builtIn().configFor(QStringLiteral("rt"));
        c.url = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());
        c.username = QStringLiteral("sb");
        QVERIFY(ConnectorStore(*db.value()).save(c));
    }
    static LockedSecrets secrets;
    // The factory the app uses builds connectors from the workspace (makeConnectors); here the
    // same kind is made with a keychain that is locked.
    SyncRunner locked(path, [path](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> list;
        auto db = Database::open(path);
        if (!db)
            return RunnerSetup();
        auto configs = ConnectorStore(*db.value()).enabled();
        if (!configs || configs.value().isEmpty())
            return RunnerSetup();
        RunnerConnector rc;
        rc.connector = KindRegistry::builtIn().make(configs.value().first(), nam, secrets);
        rc.rowId = configs.value().first().id;
        list.push_back(std::move(rc));
        return RunnerSetup(std::move(list));
    });
    SyncStatusIndicator indicator;
    indicator.setRunner(&locked);
    indicator.resize(900, indicator.sizeHint().height());
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));
    QSignalSpy done(&locked, &SyncRunner::finished);
    QVERIFY(locked.start());
    QVERIFY(done.wait(20000));
    const SyncSummary s = done.first().first().value<SyncSummary>();
    const QString sentence = CredentialStore::explain(CredentialStore::Problem::Locked, {}, true);
    QCOMPARE(s.keychain, QStringList{sentence});
    QVERIFY2(indicator.label()->text().startsWith(QLatin1String("Not synced: The system keychain is locked")),
             qPrintable(indicator.label()->text()));
    QVERIFY2(indicator.label()->toolTip().contains(sentence), qPrintable(indicator.label()->toolTip())); // what to do
    QVERIFY(!indicator.label()->text().contains(QLatin1String("error(s)")));
    QVERIFY(indicator.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/keychain-locked-status.png")));
    QVERIFY(!server.hasPendingConnections());
    // It waits: no cycle follows by itself (no interval set), nothing loops.
    QTest::qWait(300);
    QCOMPARE(done.count(), 1);
    QVERIFY(!locked.isRunning());
}

QTEST_MAIN(TestKeychainStatus)
#include "tst_keychainstatus.moc"
