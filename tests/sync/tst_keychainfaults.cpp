// A system keychain that is locked, absent or refusing (docs/reliability.md, "Keychain"): the
// sync says why in words a person can act on, leaves the changes as they were (no backoff, no
// attempt counted), asks the keychain once per server and cycle, sends nothing, and the password
// is never kept anywhere else instead.
//   - every built-in connector, with a keychain that refuses, in one engine cycle;
//   - the real `salesbridge sync` and `status` on a D-Bus session without any keychain, and
//     without a D-Bus session at all (exit code 7);
//   - the real `salesbridge sync` with a real gnome-keyring whose login collection was locked
//     over the Secret Service API (no unlock prompt can be shown): exit code 7, "locked", and
//     the password is in no file of the home, the workspace or the temporary folder.
#include "models/store/ChangeWriter.h"
#include "models/store/ConnectorStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>
#include <iostream>
#include <string>

using namespace sb;

namespace {

// A keychain that answers every read with the same failure, and counts the reads.
class FailingSecrets : public SecretProvider {
public:
    explicit FailingSecrets(CredentialStore::Problem problem) : m_problem(problem) {}
    void read(const QString &, QObject *context, std::function<void(const SecretReply &)> done) override
    {
        ++reads;
        const SecretReply reply{SecretReply::Outcome::Failed, {}, CredentialStore::explain(m_problem, QStringLiteral("test"), true),
                                m_problem};
        QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
    }
    int reads = 0;

private:
    CredentialStore::Problem m_problem;
};

// A config of the kind that points at url, its required fields filled with their examples.
ConnectorConfig configOf(const ConnectorKind &kind, const QString &url)
{
    ConnectorConfig c = KindRegistry::builtIn().configFor(kind.id);
    for (const SettingField &f : kind.fields) {
        if (f.type == SettingField::Type::Secret)
            continue;
        c.setSetting(f.key, f.type == SettingField::Type::Url ? url : (f.placeholder.isEmpty() ? QStringLiteral("sb") : f.placeholder));
    }
    if (c.username.isEmpty())
        c.username = QStringLiteral("sb");
    return c;
}

bool hasSecretField(const ConnectorKind &kind)
{
    for (const SettingField &f : kind.fields)
        if (f.type == SettingField::Type::Secret)
            return true;
    return false;
}

const QString kPassword = QStringLiteral("Kc-secret-密码-7f3a9e21");

} // namespace

class TestKeychainFaults : public QObject {
    Q_OBJECT
private slots:
    void everyConnectorSaysWhyAndLeavesChangesAsTheyWere_data();
    void everyConnectorSaysWhyAndLeavesChangesAsTheyWere();
    void sentencesSayWhatToDo();
    void noKeychainOnTheBus();
    void noSessionBusAtAll();
    void lockedKeyringIsNotMistakenForAMissingPassword();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // A workspace with one Request Tracker connection at a port nobody answers (a listening
    // QTcpServer that counts connections) and a pending change; HOME, settings and TMPDIR in dir.
    bool makeWorkspace(QTemporaryDir &dir, QTcpServer &server, QString *path);
    static QProcessEnvironment childEnvironment(const QTemporaryDir &dir);
    static Run runApp(const QStringList &wrapper, const QStringList &args, const QProcessEnvironment &env);
    static QString missingTool(const QStringList &tools);
    // Files under dir holding the password (UTF-8 or UTF-16), relative paths.
    static QStringList filesHoldingPassword(const QString &dir);
    static void checkWorkspaceWaited(const QString &path, const QString &why);
};

void TestKeychainFaults::everyConnectorSaysWhyAndLeavesChangesAsTheyWere_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("problem");
    for (const ConnectorKind &k : KindRegistry::builtIn().kinds()) {
        if (!hasSecretField(k))
            continue;
        QTest::newRow(qPrintable(k.id + QStringLiteral(" locked"))) << k.id << int(CredentialStore::Problem::Locked);
        QTest::newRow(qPrintable(k.id + QStringLiteral(" refused"))) << k.id << int(CredentialStore::Problem::Refused);
    }
}

void TestKeychainFaults::everyConnectorSaysWhyAndLeavesChangesAsTheyWere()
{
    QFETCH(QString, kind);
    QFETCH(int, problem);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const ConnectorKind *k = KindRegistry::builtIn().find(kind);
    QVERIFY(k);
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    ConnectorConfig config = configOf(*k, QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    auto row = ConnectorStore(db).save(config);
    QVERIFY2(row, qPrintable(row.error()));
    // A change of every entity the connector serves waits to go.
    QNetworkAccessManager nam;
    FailingSecrets secrets{CredentialStore::Problem(problem)};
    QString error;
    std::unique_ptr<Connector> connector = KindRegistry::builtIn().make(config, nam, secrets, &error);
    QVERIFY2(connector, qPrintable(error));
    const qint64 customer = CustomerStore(db).create({{QStringLiteral("name"), QStringLiteral("Waiting Ltd")}}).value();
    QVERIFY(customer > 0);
    SyncEngine engine(db);
    engine.addConnector(connector.get(), row.value());
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QVERIFY(done.wait(15000));
    const SyncSummary s = done.first().first().value<SyncSummary>();
    const QString expected = CredentialStore::explain(CredentialStore::Problem(problem), QStringLiteral("test"), true);
    QCOMPARE(s.keychain, QStringList{expected});
    QVERIFY(s.errors.contains(expected));
    QCOMPARE(s.retryLater, 0);
    QCOMPARE(s.pushFailed, 0); // "no password stored" would refuse the change: a locked keychain must not
    // Asked once: a keychain that shows an unlock prompt shows it once per cycle, not per change.
    QCOMPARE(secrets.reads, 1);
    QVERIFY2(!server.hasPendingConnections() && !server.waitForNewConnection(50), "something reached the server");
    // Every open change is as it was: pending, no attempt counted, no backoff.
    auto open = db.exec(QStringLiteral("SELECT state, attempts, next_attempt_at FROM outbox WHERE state <> 'done'"));
    QVERIFY(open);
    while (open.value().next()) {
        QCOMPARE(open.value().value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(open.value().value(1).toInt(), 0);
        QVERIFY(open.value().value(2).isNull());
    }
    // The system's status holds the sentence (salesbridge status, Settings) and it was not
    // called unreachable: the server was never asked.
    auto status = db.exec(QStringLiteral("SELECT last_error FROM system_status WHERE system = ?"), {config.system});
    QVERIFY(status && status.value().next());
    QCOMPARE(status.value().value(0).toString(), expected);
}

void TestKeychainFaults::sentencesSayWhatToDo()
{
    using P = CredentialStore::Problem;
    QSet<QString> seen;
    for (P p : {P::Locked, P::Absent, P::Refused, P::Other}) {
        const QString reading = CredentialStore::explain(p, QStringLiteral("DETAIL"), true);
        QVERIFY2(reading.contains(QLatin1String("keychain")), qPrintable(reading));
        QVERIFY2(reading.contains(QLatin1String("sync again")), qPrintable(reading)); // it waits and says so
        QVERIFY(!seen.contains(reading));
        seen.insert(reading);
    }
    QVERIFY(CredentialStore::explain(P::Locked, {}, true).contains(QLatin1String("locked")));
    QVERIFY(CredentialStore::explain(P::Locked, {}, true).contains(QLatin1String("Unlock")));
    QVERIFY(CredentialStore::explain(P::Absent, QStringLiteral("DETAIL"), true).contains(QLatin1String("DETAIL")));
    QVERIFY(CredentialStore::explain(P::Refused, {}, true).contains(QLatin1String("refused")));
}

bool TestKeychainFaults::makeWorkspace(QTemporaryDir &dir, QTcpServer &server, QString *path)
{
    if (!dir.isValid() || !server.listen(QHostAddress::LocalHost))
        return false;
    for (const char *sub : {"home", "home/.config", "home/.local/share", "run", "tmp"})
        QDir(dir.path()).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    *path = dir.filePath(QStringLiteral("workspace.sqlite"));
    auto opened = Database::open(*path);
    if (!opened)
        return false;
    Database &db = *opened.value();
    ConnectorConfig c = configOf(*KindRegistry::builtIn().find(QStringLiteral("rt")),
                                 QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    if (!ConnectorStore(db).save(c))
        return false;
    auto customer = CustomerStore(db).create({{QStringLiteral("name"), QStringLiteral("Pump Works")}});
    return customer && ChangeWriter(db).create(*entities::byName(QStringLiteral("ticket")),
                                               {{QStringLiteral("subject"), QStringLiteral("Pump leaks")},
                                                {QStringLiteral("customer_id"), customer.value()}});
}

QProcessEnvironment TestKeychainFaults::childEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("salesbridge.*=true"));
    // No unlock prompt can be shown: the keychain's prompter finds no display.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

TestKeychainFaults::Run TestKeychainFaults::runApp(const QStringList &wrapper, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList all = wrapper;
    all << QStringLiteral(SB_APP_PATH) << args;
    p.start(all.takeFirst(), all);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestKeychainFaults::missingTool(const QStringList &tools)
{
    for (const QString &t : tools)
        if (QStandardPaths::findExecutable(t).isEmpty())
            return t;
    return {};
}

void TestKeychainFaults::checkWorkspaceWaited(const QString &path, const QString &why)
{
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    auto open = db.exec(QStringLiteral("SELECT state, attempts, next_attempt_at FROM outbox"));
    QVERIFY(open);
    int rows = 0;
    while (open.value().next()) {
        ++rows;
        QCOMPARE(open.value().value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(open.value().value(1).toInt(), 0);
        QVERIFY(open.value().value(2).isNull());
    }
    QCOMPARE(rows, 2); // the customer and the ticket
    auto status = db.scalar(QStringLiteral("SELECT last_error FROM system_status WHERE system = 'aftersales'"));
    QVERIFY(status);
    QVERIFY2(status.value().toString().contains(why), qPrintable(status.value().toString()));
}

void TestKeychainFaults::noKeychainOnTheBus()
{
    if (const QString tool = missingTool({QStringLiteral("dbus-run-session")}); !tool.isEmpty())
        QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
    QTemporaryDir dir;
    QTcpServer server;
    QString path;
    QVERIFY(makeWorkspace(dir, server, &path));
    // A session bus of its own that provides nothing and can start nothing.
    const QString config = dir.filePath(QStringLiteral("bus.conf"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
            "<allow own=\"*\"/></policy></busconfig>\n");
    f.close();
    const QStringList bus{QStringLiteral("dbus-run-session"), QStringLiteral("--config-file=") + config, QStringLiteral("--")};
    const Run sync = runApp(bus, {QStringLiteral("sync"), QStringLiteral("--workspace"), path}, childEnvironment(dir));
    QVERIFY2(sync.exitCode == 7, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(sync.exitCode).arg(sync.out, sync.err)));
    QVERIFY2(sync.err.contains(QLatin1String("No system keychain is running")), qPrintable(sync.err));
    QVERIFY2(!server.hasPendingConnections() && !server.waitForNewConnection(50), "something reached the server");
    const Run status = runApp(bus, {QStringLiteral("status"), QStringLiteral("--workspace"), path}, childEnvironment(dir));
    QVERIFY2(status.out.contains(QLatin1String("No system keychain is running")), qPrintable(status.out + status.err));
    checkWorkspaceWaited(path, QStringLiteral("No system keychain is running"));
}

void TestKeychainFaults::noSessionBusAtAll()
{
    QTemporaryDir dir;
    QTcpServer server;
    QString path;
    QVERIFY(makeWorkspace(dir, server, &path));
    QProcessEnvironment env = childEnvironment(dir);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    const Run sync = runApp({}, {QStringLiteral("sync"), QStringLiteral("--workspace"), path}, env);
    QVERIFY2(sync.exitCode == 7, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(sync.exitCode).arg(sync.out, sync.err)));
    QVERIFY2(sync.err.contains(QLatin1String("No system keychain is running")), qPrintable(sync.err));
    QVERIFY(!server.hasPendingConnections() && !server.waitForNewConnection(50));
    checkWorkspaceWaited(path, QStringLiteral("No system keychain is running"));
}

void TestKeychainFaults::lockedKeyringIsNotMistakenForAMissingPassword()
{
    const QString tool = missingTool({QStringLiteral("dbus-run-session"), QStringLiteral("gnome-keyring-daemon"),
                                      QStringLiteral("dbus-send"), QStringLiteral("bash")});
    if (!tool.isEmpty()) {
        if (qEnvironmentVariableIsSet("SB_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(tool + QStringLiteral(" is missing but SB_REQUIRE_KEYCHAIN is set (scripts/deps.sh installs it)")));
        QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
    }
    QTemporaryDir dir;
    QTcpServer server;
    QString path;
    QVERIFY(makeWorkspace(dir, server, &path));
    auto opened = Database::open(path);
    QVERIFY(opened);
    auto configs = ConnectorStore(*opened.value()).enabled();
    QVERIFY(configs && configs.value().size() == 1);
    const QString key = KindRegistry::secretKey(configs.value().first());
    opened.value().reset();
    // In a session of its own: an unlocked keyring, the password stored by CredentialStore (this
    // program, --store-secret), the login collection locked over the Secret Service API, then
    // the real sync and status.
    const QString script = QStringLiteral(
        "set -u\n"
        "echo -n unlock-me | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90\n"
        "printf '%s\\n' \"$SB_PW\" | \"$1\" --store-secret \"$2\" || exit 91\n"
        "unset SB_PW\n"
        "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
        "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 92\n"
        "\"$3\" sync --workspace \"$4\"; code=$?\n"
        "echo '--status--'\n"
        "\"$3\" status --workspace \"$4\"\n"
        "exit $code\n");
    QProcessEnvironment env = childEnvironment(dir);
    env.insert(QStringLiteral("SB_PW"), kPassword);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("dbus-run-session"), {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                                                 QStringLiteral("keychain"), QCoreApplication::applicationFilePath(), key,
                                                 QStringLiteral(SB_APP_PATH), path});
    QVERIFY(p.waitForFinished(90000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString all = QStringLiteral("exit %1\n%2\n%3").arg(p.exitCode()).arg(out, err);
    QVERIFY2(p.exitCode() == 7, qPrintable(all));
    QVERIFY2(err.contains(QLatin1String("The system keychain is locked")), qPrintable(all));
    QVERIFY2(!out.contains(QLatin1String("No token is stored")) && !err.contains(QLatin1String("No token is stored")), qPrintable(all));
    QVERIFY2(out.section(QStringLiteral("--status--"), 1).contains(QLatin1String("The system keychain is locked")), qPrintable(all));
    QVERIFY(!server.hasPendingConnections() && !server.waitForNewConnection(50));
    checkWorkspaceWaited(path, QStringLiteral("The system keychain is locked"));
    // Never kept anywhere else: no file of the home (settings, keyring folder), the workspace
    // (and its -wal) or the temporary folder, and nothing printed, holds the password.
    QVERIFY2(!all.contains(kPassword), qPrintable(all));
    const QStringList holding = filesHoldingPassword(dir.path());
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    // The search can fail: a copy planted in the temporary folder is found.
    QFile planted(dir.filePath(QStringLiteral("tmp/planted")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(kPassword.toUtf8());
    planted.close();
    QCOMPARE(filesHoldingPassword(dir.path()), QStringList{QStringLiteral("tmp/planted")});
}

QStringList TestKeychainFaults::filesHoldingPassword(const QString &dir)
{
    const QByteArray utf8 = kPassword.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(kPassword.utf16()), kPassword.size() * 2);
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); // no sockets or pipes
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue; // a socket
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << QDir(dir).relativeFilePath(file);
    }
    return found;
}

// `tst_keychainfaults --store-secret KEY` (password on standard input): what the locked-keyring
// test runs inside its own D-Bus session to put the password in the keyring as Settings would.
int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--store-secret") == 0) {
        QCoreApplication app(argc, argv);
        std::string line;
        std::getline(std::cin, line);
        CredentialStore store;
        int code = 1;
        QObject::connect(&store, &CredentialStore::written, &app, [&code, &app] {
            code = 0;
            app.quit();
        });
        QObject::connect(&store, &CredentialStore::failed, &app, [&app](const QString &, const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            app.quit();
        });
        store.write(QString::fromLocal8Bit(argv[2]), QString::fromStdString(line));
        app.exec();
        return code;
    }
    QCoreApplication app(argc, argv);
    TestKeychainFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainfaults.moc"
