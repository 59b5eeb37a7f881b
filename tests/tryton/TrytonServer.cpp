#include "TrytonServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

namespace sb::testing {

QString TrytonServer::script()
{
    return QStringLiteral(SB_SOURCE_DIR "/scripts/tryton.sh");
}

int TrytonServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

namespace {
bool runScript(const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{TrytonServer::script()} + args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning)
            p.kill();
        if (error)
            *error = QStringLiteral("scripts/tryton.sh %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll().right(2000)));
        return false;
    }
    return true;
}
} // namespace

QString TrytonServer::ensureTemplate(QString *error)
{
    const QString dir = QStringLiteral(SB_TRYTON_TEMPLATE);
    // Tests may run in parallel: the first one builds the template, the others wait for it.
    QDir().mkpath(QFileInfo(dir).absolutePath());
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(15 * 60 * 1000)) {
        if (error)
            *error = QStringLiteral("another test holds %1.lock").arg(dir);
        return {};
    }
    if (QFileInfo::exists(dir + QStringLiteral("/seed-ids.json")) && QFileInfo::exists(dir + QStringLiteral("/db/crm.sqlite")))
        return dir;
    QDir(dir).removeRecursively();
    if (!runScript({QStringLiteral("init"), dir}, error, 10 * 60 * 1000))
        return {};
    return dir;
}

TrytonServer::TrytonServer() = default;

TrytonServer::~TrytonServer()
{
    stop();
}

bool TrytonServer::start(QString *error)
{
    const QString tmpl = ensureTemplate(error);
    if (tmpl.isEmpty())
        return false;
    return startFrom(tmpl, error);
}

bool TrytonServer::startFrom(const QString &tmpl, QString *error)
{
    const QString dir = m_dir.path() + QStringLiteral("/tryton");
    if (!runScript({QStringLiteral("clone"), tmpl, dir}, error, 60000))
        return false;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        m_running = runScript({QStringLiteral("start"), dir, QString::number(m_port)}, error, 60000);
    }
    if (!m_running)
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<tryton::Session>(m_nam.get(), config());
    return true;
}

void TrytonServer::stop()
{
    if (!m_running)
        return;
    m_session.reset();
    m_nam.reset();
    runScript({QStringLiteral("stop"), m_dir.path() + QStringLiteral("/tryton")}, nullptr, 30000);
    m_running = false;
}

tryton::Config TrytonServer::config(const QString &password) const
{
    tryton::Config c;
    c.url = url();
    c.database = QStringLiteral("crm");
    c.username = QStringLiteral("admin");
    c.password = password;
    c.timeoutMs = 30000;
    return c;
}

QJsonValue TrytonServer::call(const QString &method, const QJsonArray &params, const QJsonObject &context, QString *error)
{
    if (!m_session) {
        if (error)
            *error = QStringLiteral("server not started");
        return {};
    }
    QEventLoop loop;
    tryton::Reply reply;
    tryton::Request *request = m_session->call(method, params, true, context);
    QObject::connect(request, &tryton::Request::finished, &loop, [&](const tryton::Reply &r) {
        reply = r;
        loop.quit();
    });
    request->start();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply.ok() && error)
        *error = reply.message.isEmpty() ? QStringLiteral("no answer") : reply.message;
    return reply.result;
}

} // namespace sb::testing
