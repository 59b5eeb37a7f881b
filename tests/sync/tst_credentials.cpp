// Secrets go to the system keychain (Secret Service over D-Bus in CI, via gnome-keyring) and
// come back; a missing entry says so. Runs against the real keyring daemon scripts/test.sh starts.
#include "sync/credentials/CredentialStore.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace sb;

class TestCredentials : public QObject {
    Q_OBJECT
private slots:
    void writeReadRemove();
    void missingEntryIsNotFound();
};

void TestCredentials::writeReadRemove()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // scripts/test.sh (and so CI) provides the keyring and requires this test to run.
        if (qEnvironmentVariableIsSet("SB_REQUIRE_KEYCHAIN"))
            QFAIL("SB_REQUIRE_KEYCHAIN is set but there is no D-Bus session");
        QSKIP("needs a D-Bus session with a Secret Service (scripts/test.sh provides one)");
    }
    CredentialStore store(QStringLiteral("SalesBridge-test"));
    const QString key = CredentialStore::keyFor(QStringLiteral("erp"), QStringLiteral("http://127.0.0.1:8000/demo"),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString secret = QStringLiteral("s3cr3t-密码-%1").arg(QUuid::createUuid().toString());
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.write(key, secret);
    QTRY_VERIFY_WITH_TIMEOUT(written.count() + failed.count() > 0, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

    QSignalSpy read(&store, &CredentialStore::secretRead);
    store.read(key);
    QTRY_VERIFY_WITH_TIMEOUT(read.count() + failed.count() > 0, 15000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(read.first().at(1).toString(), secret);

    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(key);
    QTRY_VERIFY_WITH_TIMEOUT(removed.count() > 0, 15000);
    QSignalSpy notFound(&store, &CredentialStore::notFound);
    store.read(key);
    QTRY_VERIFY_WITH_TIMEOUT(notFound.count() > 0, 15000);
}

void TestCredentials::missingEntryIsNotFound()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // scripts/test.sh (and so CI) provides the keyring and requires this test to run.
        if (qEnvironmentVariableIsSet("SB_REQUIRE_KEYCHAIN"))
            QFAIL("SB_REQUIRE_KEYCHAIN is set but there is no D-Bus session");
        QSKIP("needs a D-Bus session with a Secret Service (scripts/test.sh provides one)");
    }
    CredentialStore store(QStringLiteral("SalesBridge-test"));
    QSignalSpy notFound(&store, &CredentialStore::notFound);
    QSignalSpy read(&store, &CredentialStore::secretRead);
    store.read(QStringLiteral("never-written-") + QUuid::createUuid().toString());
    QTRY_VERIFY_WITH_TIMEOUT(notFound.count() > 0, 15000);
    QVERIFY(read.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
