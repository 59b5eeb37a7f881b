#include "RtServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

namespace sb::testing {

QByteArray RtReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString RtServer::script()
{
    return QStringLiteral(SB_SOURCE_DIR "/scripts/rt.sh");
}

int RtServer::freePort()
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
    p.start(QStringLiteral("bash"), QStringList{RtServer::script()} + args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning)
            p.kill();
        if (error)
            *error = QStringLiteral("scripts/rt.sh %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll().right(2000)));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QString RtServer::ensureTemplate(QString *error)
{
    const QString dir = QStringLiteral(SB_RT_TEMPLATE);
    // Tests may run in parallel: the first one builds the template, the others wait for it.
    QDir().mkpath(QFileInfo(dir).absolutePath());
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(15 * 60 * 1000)) {
        if (error)
            *error = QStringLiteral("another test holds %1.lock").arg(dir);
        return {};
    }
    // seed-ids.json is written last by the seed, so its presence means a complete template;
    // seed.sha256 names the rt_seed.pl it came from, so an edited seed rebuilds the template.
    const QByteArray seedHash = QCryptographicHash::hash(readFile(QStringLiteral(SB_SOURCE_DIR "/scripts/rt_seed.pl")),
                                                         QCryptographicHash::Sha256).toHex();
    if (QFileInfo::exists(dir + QStringLiteral("/seed-ids.json")) && QFileInfo::exists(dir + QStringLiteral("/rtdb"))
        && readFile(dir + QStringLiteral("/seed.sha256")).trimmed() == seedHash)
        return dir;
    QDir(dir).removeRecursively();
    if (!runScript({QStringLiteral("init"), dir}, error, 10 * 60 * 1000))
        return {};
    return dir;
}

RtServer::RtServer() = default;

RtServer::~RtServer()
{
    stop();
}

QString RtServer::directory() const
{
    return m_dir.path() + QStringLiteral("/rt");
}

bool RtServer::start(QString *error)
{
    const QString tmpl = ensureTemplate(error);
    if (tmpl.isEmpty())
        return false;
    return startFrom(tmpl, error);
}

bool RtServer::startFrom(const QString &tmpl, QString *error)
{
    const QString dir = directory();
    if (!runScript({QStringLiteral("clone"), tmpl, dir}, error, 60000))
        return false;
    m_token = QString::fromUtf8(readFile(dir + QStringLiteral("/api-token")).trimmed());
    m_seedIds = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/seed-ids.json"))).object();
    if (m_token.isEmpty()) {
        if (error)
            *error = QStringLiteral("no auth token in %1/api-token").arg(dir);
        return false;
    }
    // Another process may take the probed port before the server binds it: try again.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        m_running = runScript({QStringLiteral("start"), dir, QString::number(m_port)}, error, 120000);
    }
    if (!m_running)
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    return true;
}

void RtServer::stop()
{
    if (!m_running)
        return;
    m_nam.reset();
    runScript({QStringLiteral("stop"), directory()}, nullptr, 30000);
    m_running = false;
}

QUrl RtServer::restUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl u = url();
    u.setPath(QStringLiteral("/REST/2.0/") + (path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

RtReply RtServer::call(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                       const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    RtReply result;
    if (!m_nam) {
        result.error = QStringLiteral("server not started");
        return result;
    }
    QNetworkRequest request(restUrl(path, query));
    request.setRawHeader("Authorization", "token " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // REST2 treats a client whose User-Agent says "Mozilla" (Qt's default) or that sends a
    // cookie as a browser: a 401 becomes a 302 to the login page, and QNAM following it turns
    // a bad token into "200" with HTML. Say who we are and never follow redirects.
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBridge-tests"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Only one Content-Type: RT answers 500 "malformed JSON" when a raw text body has two.
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = reply->errorString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        result.json = doc;
    reply->deleteLater();
    return result;
}

} // namespace sb::testing
