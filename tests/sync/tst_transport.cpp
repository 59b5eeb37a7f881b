// How SalesBridge reaches its servers: plain http:// to another computer is refused until the
// person confirms it for that host (the password would travel in clear), loopback is fine; a
// certificate problem fails the connection with the certificate's own complaint in the message,
// never ignored; `salesbridge connect` says how to confirm and warns when it is confirmed.
#include "models/store/ConnectorStore.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/http/JsonHttpCall.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestTransport : public QObject {
    Q_OBJECT

private slots:
    void plainHttpIsConfirmedPerHost_data();
    void plainHttpIsConfirmedPerHost();
    void unconfirmedPlainHttpMakesNoConnector();
    void certificateProblemIsShown();
    void commandLineAsksForConfirmation();

private:
    static ConnectorConfig tryton(const QString &url);
};

ConnectorConfig TestTransport::tryton(const QString &url)
{
    ConnectorConfig c = KindRegistry::builtIn().configFor(QStringLiteral("tryton"));
    c.url = url;
    c.databaseName = QStringLiteral("crm");
    c.username = QStringLiteral("alice");
    return c;
}

void TestTransport::plainHttpIsConfirmedPerHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("confirmedFor");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https elsewhere") << "https://erp.example.com:8000" << QString() << true;
    QTest::newRow("http elsewhere") << "http://erp.example.com:8000" << QString() << false;
    QTest::newRow("http to an address") << "http://10.1.2.3:8000" << QString() << false;
    QTest::newRow("http, confirmed") << "http://erp.example.com:8000" << "erp.example.com" << true;
    QTest::newRow("http, confirmed for another host") << "http://erp2.example.com:8000" << "erp.example.com" << false;
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8000" << QString() << true;
    QTest::newRow("http to 127.8.9.10") << "http://127.8.9.10:8000" << QString() << true;
    QTest::newRow("http to localhost") << "http://LOCALHOST:8000" << QString() << true;
    QTest::newRow("http to ::1") << "http://[::1]:8000" << QString() << true;
}

void TestTransport::plainHttpIsConfirmedPerHost()
{
    QFETCH(QString, url);
    QFETCH(QString, confirmedFor);
    QFETCH(bool, accepted);
    ConnectorConfig c = tryton(url);
    if (!confirmedFor.isEmpty())
        c.options.insert(KindRegistry::kAllowPlainHttp, confirmedFor);
    QString field;
    const QString problem = KindRegistry::builtIn().validate(c, &field);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(problem.contains(QLatin1String("unencrypted")), qPrintable(problem));
        QCOMPARE(field, QStringLiteral("url"));
        QCOMPARE(KindRegistry::plainHttpHost(c), QUrl(url).host());
    } else {
        QVERIFY(KindRegistry::plainHttpHost(c).isEmpty());
    }
}

void TestTransport::unconfirmedPlainHttpMakesNoConnector()
{
    QNetworkAccessManager nam;
    MemorySecrets secrets;
    QString error;
    // A configuration saved before this rule (or edited by hand) is not used either.
    QVERIFY(!KindRegistry::builtIn().make(tryton(QStringLiteral("http://erp.example.com:8000")), nam, secrets, &error));
    QVERIFY2(error.contains(QLatin1String("unencrypted")), qPrintable(error));
    ConnectorConfig confirmed = tryton(QStringLiteral("http://erp.example.com:8000"));
    confirmed.options.insert(KindRegistry::kAllowPlainHttp, QStringLiteral("erp.example.com"));
    QVERIFY(KindRegistry::builtIn().make(confirmed, nam, secrets, &error));
}

void TestTransport::certificateProblemIsShown()
{
    // A self-signed certificate made for this test.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    int handshakes = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes](QSslSocket *) { ++handshakes; });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/crm/").arg(server.serverPort())));
    auto *call = new JsonHttpCall(&nam, request, "POST", QByteArrayLiteral("{\"method\": \"common.server.version\", \"params\": []}"), false, 20000);
    QSignalSpy done(call, &RemoteCall::finished);
    call->start();
    QVERIFY(done.wait(30000));
    const RemoteResult r = done.first().first().value<RemoteResult>();
    delete call;
    QVERIFY(!r.ok());
    QVERIFY(handshakes >= 1);
    // The certificate's own problem, in words, not a bare "could not connect".
    QVERIFY2(r.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive)
                 || r.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive),
             qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("certificate")), qPrintable(r.message));
}

void TestTransport::commandLineAsksForConfirmation()
{
    QTemporaryDir home;
    auto run = [&home](const QStringList &args, QByteArray *output) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(SB_APP_PATH), args + QStringList{QStringLiteral("--workspace"), home.filePath(QStringLiteral("ws.sqlite"))});
        p.write("not-the-password\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        *output = p.readAll();
        return p.exitCode();
    };
    const QStringList connect = {QStringLiteral("connect"), QStringLiteral("tryton"), QStringLiteral("http://erp.invalid:8000"),
                                 QStringLiteral("crm"), QStringLiteral("alice"), QStringLiteral("--password-stdin")};
    QByteArray out;
    QCOMPARE(run(connect, &out), 2);
    QVERIFY2(out.contains("unencrypted") && out.contains("--allow-plain-http"), out.constData());
    // Confirmed: the warning, then the connection itself is tried (and fails: no such host).
    const int confirmed = run(connect + QStringList{QStringLiteral("--allow-plain-http")}, &out);
    QVERIFY2(confirmed != 0, out.constData());
    QVERIFY2(out.contains("Warning") && out.contains("erp.invalid"), out.constData());
    QVERIFY2(!out.contains("add --allow-plain-http"), out.constData());
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
