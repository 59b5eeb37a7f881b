// No secret is kept where it could be read (label secrets): the real `salesbridge` program
// connects to a real trytond and a real Radicale (`salesbridge connect ... --password-stdin`,
// the passwords going to the system keychain), syncs, and says its status, with every debug
// category of the program switched on. Then every byte it left behind is searched: the whole
// home folder (workspace, its -wal and -shm, settings, caches), its temporary folder and what
// it printed. Neither password, nor its Basic authentication form, nor any session key trytond
// gave out (read from trytond's own database), may appear anywhere.
#include "../caldav/RadicaleServer.h"
#include "TrytonServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::testing;

namespace {

const QString kTrytonPassword = QStringLiteral("Sb-Secr3t-tryton-5821");

struct Needle {
    QString what;
    QByteArray bytes;
};

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretIsLeftBehind();

private:
    // Runs the program with the private home; its output is kept for the search.
    int app(const QStringList &args, const QByteArray &input = {});
    // Where a needle occurs: "file: what", one line each.
    QStringList search(const QList<Needle> &needles) const;

    TrytonServer m_tryton;
    RadicaleServer m_radicale;
    QTemporaryDir m_home;
    QByteArray m_output;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    QVERIFY2(m_tryton.start(&error), qPrintable(error));
    QVERIFY2(m_radicale.start(&error), qPrintable(error));
    // A password found nowhere else (the seeded "admin" is also the login): set through trytond.
    const QJsonValue ids = m_tryton.call(QStringLiteral("model.res.user.search"),
                                         {QJsonArray{QJsonValue(QJsonArray{QStringLiteral("login"), QStringLiteral("="), QStringLiteral("admin")})}, 0,
                                          QJsonValue(), QJsonValue()},
                                         {}, &error);
    QVERIFY2(error.isEmpty() && ids.toArray().size() == 1, qPrintable(error));
    m_tryton.call(QStringLiteral("model.res.user.write"), {ids.toArray(), QJsonObject{{QStringLiteral("password"), kTrytonPassword}}}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int TestSecrets::app(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    // Every message the program can write, debug traces of the HTTP layer included.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("salesbridge.*=true"));
    QDir().mkpath(home + QStringLiteral("/tmp"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SB_APP_PATH), args + QStringList{QStringLiteral("--workspace"), home + QStringLiteral("/rep.sqlite")});
    if (!p.waitForStarted(30000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(240000)) {
        p.kill();
        return -2;
    }
    const QByteArray out = p.readAll();
    m_output += out;
    qInfo("salesbridge %s -> %d\n%s", qPrintable(args.join(QLatin1Char(' '))), p.exitCode(), out.right(1500).constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

QStringList TestSecrets::search(const QList<Needle> &needles) const
{
    QStringList found;
    auto look = [&](const QString &where, const QByteArray &bytes) {
        for (const Needle &n : needles)
            if (!n.bytes.isEmpty() && bytes.contains(n.bytes))
                found << QStringLiteral("%1: %2").arg(where, n.what);
    };
    look(QStringLiteral("the program's output"), m_output);
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            found << QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString());
            continue;
        }
        look(path, f.readAll());
        ++files;
    }
    if (files == 0)
        found << QStringLiteral("no file was searched: the program left nothing, or the search is broken");
    return found;
}

void TestSecrets::noSecretIsLeftBehind()
{
    QString error;
    const QUrl calendar = m_radicale.newCalendar(QStringLiteral("秘密检查"), &error);
    QVERIFY2(!calendar.isEmpty(), qPrintable(error));
    const CalUser alice = RadicaleServer::alice();

    QCOMPARE(app({QStringLiteral("connect"), QStringLiteral("tryton"), QStringLiteral("url=") + m_tryton.url().toString(),
                  QStringLiteral("database=crm"), QStringLiteral("username=admin"), QStringLiteral("--password-stdin")},
                 kTrytonPassword.toUtf8()),
             0);
    QCOMPARE(app({QStringLiteral("connect"), QStringLiteral("caldav"), QStringLiteral("url=") + calendar.toString(),
                  QStringLiteral("username=") + alice.name, QStringLiteral("--password-stdin")},
                 alice.password.toUtf8()),
             0);
    const int synced = app({QStringLiteral("sync")});
    QVERIFY2(synced == 0 || synced == 1, qPrintable(QString::number(synced))); // 1: some records refused, still a sync
    QVERIFY(app({QStringLiteral("status")}) >= 0);
    QVERIFY2(m_output.contains("Sync") || m_output.contains("sync"), m_output.right(500).constData());

    // Every session key trytond gave out meanwhile, from its own database.
    QStringList keys;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trytond"));
        db.setDatabaseName(m_tryton.directory() + QStringLiteral("/tryton/db/crm.sqlite"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT key FROM ir_session")), qPrintable(q.lastError().text()));
        while (q.next())
            keys << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trytond"));
    QVERIFY2(keys.size() >= 2, "trytond gave no session to the program: it did not sign in"); // the fixture's and the program's

    QList<Needle> needles = {
        {QStringLiteral("the ERP password"), kTrytonPassword.toUtf8()},
        {QStringLiteral("the ERP password (UTF-16)"), QByteArray(reinterpret_cast<const char *>(kTrytonPassword.utf16()), kTrytonPassword.size() * 2)},
        {QStringLiteral("the calendar password"), alice.password.toUtf8()},
        {QStringLiteral("the calendar's Basic authentication"), (alice.name + QLatin1Char(':') + alice.password).toUtf8().toBase64()},
    };
    for (const QString &key : std::as_const(keys))
        needles << Needle{QStringLiteral("a Tryton session key"), key.toUtf8()};

    const QStringList leaks = search(needles);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // The search finds what is there: a planted copy in a temporary file, and in the output.
    QFile planted(m_home.path() + QStringLiteral("/tmp/planted.txt"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("x" + keys.constLast().toUtf8() + "y");
    planted.close();
    const QStringList control = search(needles);
    QCOMPARE(control.size(), 1);
    QVERIFY(control.first().contains(QLatin1String("planted.txt")));
    QVERIFY(planted.remove());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
