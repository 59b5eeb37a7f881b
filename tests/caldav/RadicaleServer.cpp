#include "RadicaleServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QXmlStreamReader>

namespace sb::testing {

namespace {
const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");

QByteArray basicAuth(const CalUser &as)
{
    return "Basic " + (as.name + QLatin1Char(':') + as.password).toUtf8().toBase64();
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

// One <response> of a multistatus: its href, its own status (a deleted member) or the
// properties of its 200 propstat.
struct DavResponse {
    QString href;
    int status = 0;                     // <response><status>, when present
    QMap<QString, QString> props;       // "DAV:getetag" / "urn:...caldav:calendar-data" -> text
};

int statusCode(const QString &line)  // "HTTP/1.1 404 Not Found" -> 404
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// The responses of a multistatus body and its top-level sync-token.
QList<DavResponse> parseMultistatus(const QByteArray &body, QString *syncToken, QString *error)
{
    QList<DavResponse> out;
    QXmlStreamReader xml(body);
    DavResponse current;
    int depthInResponse = 0;
    bool inPropstat = false;
    QMap<QString, QString> propstatProps;
    int propstatStatus = 0;
    bool inProp = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString ns = xml.namespaceUri().toString();
            const QString name = xml.name().toString();
            if (ns == kDav && name == QLatin1String("response")) {
                current = DavResponse();
                depthInResponse = 1;
                continue;
            }
            if (depthInResponse == 0) {
                if (ns == kDav && name == QLatin1String("sync-token") && syncToken)
                    *syncToken = xml.readElementText().trimmed();
                continue;
            }
            if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = true;
                propstatProps.clear();
                propstatStatus = 0;
            } else if (inPropstat && ns == kDav && name == QLatin1String("prop")) {
                inProp = true;
            } else if (inProp) {
                propstatProps.insert(ns + name, xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (ns == kDav && name == QLatin1String("status")) {
                const int code = statusCode(xml.readElementText());
                if (inPropstat)
                    propstatStatus = code;
                else
                    current.status = code;
            } else if (ns == kDav && name == QLatin1String("href") && !inPropstat) {
                current.href = QUrl::fromPercentEncoding(xml.readElementText().trimmed().toUtf8());
            }
        } else if (xml.isEndElement()) {
            const QString ns = xml.namespaceUri().toString();
            const QString name = xml.name().toString();
            if (ns != kDav)
                continue;
            if (name == QLatin1String("prop")) {
                inProp = false;
            } else if (name == QLatin1String("propstat")) {
                inPropstat = false;
                if (propstatStatus == 200)
                    current.props.insert(propstatProps);
            } else if (name == QLatin1String("response")) {
                depthInResponse = 0;
                out.append(current);
            }
        }
    }
    if (xml.hasError() && error)
        *error = QStringLiteral("unreadable multistatus: %1").arg(xml.errorString());
    return out;
}
} // namespace

QByteArray CalReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString CalReply::describe() const
{
    if (status == 0)
        return QStringLiteral("no answer: %1").arg(error);
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(600)));
}

QString RadicaleServer::script()
{
    return QStringLiteral(SB_SOURCE_DIR "/scripts/radicale.sh");
}

int RadicaleServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

bool RadicaleServer::runScript(const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // A test program that crashes or is killed by ctest's timeout takes its server with it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RADICALE_OWNER_PID"), QString::number(QCoreApplication::applicationPid()));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList{script()} + args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning)
            p.kill();
        if (error)
            *error = QStringLiteral("scripts/radicale.sh %1 failed (exit %2): %3")
                         .arg(args.join(QLatin1Char(' ')))
                         .arg(p.exitCode())
                         .arg(QString::fromUtf8(p.readAll().right(2000)));
        return false;
    }
    return true;
}

RadicaleServer::RadicaleServer(const QString &parentDir)
    : m_dir(parentDir.isEmpty() ? std::make_unique<QTemporaryDir>()
                                : std::make_unique<QTemporaryDir>(parentDir + QStringLiteral("/radicale-XXXXXX")))
{
}

RadicaleServer::~RadicaleServer()
{
    stop();
}

QString RadicaleServer::directory() const
{
    return m_dir->path() + QStringLiteral("/radicale");
}

bool RadicaleServer::start(QString *error)
{
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("no temporary folder %1: %2").arg(m_dir->path(), m_dir->errorString());
        return false;
    }
    // Another process may take the probed port before the server binds it: try again.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        const int port = freePort();
        if (port == 0)
            continue;
        m_running = runScript({QStringLiteral("start"), directory(), QString::number(port)}, error);
        if (m_running)
            m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }
    if (!m_running)
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    return true;
}

void RadicaleServer::attach(const QUrl &base)
{
    m_base = base;
    if (!m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void RadicaleServer::stop()
{
    m_nam.reset();
    if (!m_running)
        return;
    runScript({QStringLiteral("stop"), directory()}, nullptr, 30000);
    m_running = false;
}

QUrl RadicaleServer::itemUrl(const QUrl &collection, const QString &fileName)
{
    QUrl u = collection;
    QString path = u.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    u.setPath(path + fileName);
    return u;
}

QUrl RadicaleServer::resolve(const QString &href) const
{
    const QUrl u(href);
    return u.isRelative() ? m_base.resolved(u) : u;
}

QUrl RadicaleServer::newCalendar(const QString &name, QString *error)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("calendar");
    const QUrl collection = resolve(QStringLiteral("/%1/%2-%3/").arg(alice().name, slug).arg(++m_calendars));
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop>"
        "<D:displayname>" + xmlEscape(name).toUtf8() + "</D:displayname>"
        "<C:supported-calendar-component-set><C:comp name=\"VEVENT\"/><C:comp name=\"VTODO\"/>"
        "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>";
    const CalReply r = call("MKCALENDAR", collection, body, "application/xml; charset=utf-8");
    if (r.status != 201) {
        if (error)
            *error = QStringLiteral("MKCALENDAR %1: %2").arg(collection.toString(), r.describe());
        return {};
    }
    return collection;
}

CalReply RadicaleServer::put(const QString &href, const QByteArray &icsText, const Precondition &when, const CalUser &as)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!when.ifMatch.isEmpty())
        headers.append({"If-Match", when.ifMatch});
    if (!when.ifNoneMatch.isEmpty())
        headers.append({"If-None-Match", when.ifNoneMatch});
    return call("PUT", resolve(href), icsText, "text/calendar; charset=utf-8", headers, as);
}

CalReply RadicaleServer::get(const QString &href, const CalUser &as)
{
    return call("GET", resolve(href), {}, {}, {}, as);
}

CalReply RadicaleServer::remove(const QString &href, const Precondition &when, const CalUser &as)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!when.ifMatch.isEmpty())
        headers.append({"If-Match", when.ifMatch});
    return call("DELETE", resolve(href), {}, {}, headers, as);
}

QStringList RadicaleServer::listHrefs(const QUrl &collection, QString *error, const CalUser &as)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getetag/></D:prop></D:propfind>";
    const CalReply r = call("PROPFIND", collection, body, "application/xml; charset=utf-8", {{"Depth", "1"}}, as);
    if (r.status != 207) {
        if (error)
            *error = QStringLiteral("PROPFIND %1: %2").arg(collection.toString(), r.describe());
        return {};
    }
    QString parseError;
    QStringList hrefs;
    const QString self = collection.path();
    for (const DavResponse &d : parseMultistatus(r.body, nullptr, &parseError)) {
        if (d.href != self && d.href + QLatin1Char('/') != self)
            hrefs.append(d.href);
    }
    if (!parseError.isEmpty() && error)
        *error = parseError;
    hrefs.sort();
    return hrefs;
}

SyncReport RadicaleServer::syncCollection(const QUrl &collection, const QString &token, bool withData, const CalUser &as)
{
    SyncReport out;
    const QByteArray tokenXml = token.isEmpty() ? QByteArray("<D:sync-token/>")
                                                : "<D:sync-token>" + xmlEscape(token).toUtf8() + "</D:sync-token>";
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<D:sync-collection xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                            + tokenXml + "<D:sync-level>1</D:sync-level><D:prop><D:getetag/>"
                            + (withData ? QByteArray("<C:calendar-data/>") : QByteArray())
                            + "</D:prop></D:sync-collection>";
    out.reply = call("REPORT", collection, body, "application/xml; charset=utf-8", {}, as);
    if (out.reply.status != 207)
        return out;
    QString parseError;
    for (const DavResponse &d : parseMultistatus(out.reply.body, &out.token, &parseError)) {
        if (d.status == 404) {
            out.deleted.append(d.href);
            continue;
        }
        out.etags.insert(d.href, d.props.value(kDav + QStringLiteral("getetag")).toUtf8());
        if (withData)
            out.data.insert(d.href, d.props.value(kCalDav + QStringLiteral("calendar-data")).toUtf8());
    }
    out.deleted.sort();
    if (!parseError.isEmpty())
        out.reply.error = parseError;
    return out;
}

QString RadicaleServer::property(const QUrl &url, const QString &davName, CalReply *reply, const CalUser &as)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:propfind xmlns:D=\"DAV:\"><D:prop><D:"
                            + davName.toUtf8() + "/></D:prop></D:propfind>";
    const CalReply r = call("PROPFIND", url, body, "application/xml; charset=utf-8", {{"Depth", "0"}}, as);
    if (reply)
        *reply = r;
    if (r.status != 207)
        return {};
    const QList<DavResponse> responses = parseMultistatus(r.body, nullptr, nullptr);
    return responses.isEmpty() ? QString() : responses.first().props.value(kDav + davName);
}

CalReply RadicaleServer::call(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                              const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                              const CalUser &as)
{
    CalReply result;
    if (!m_nam) {
        result.error = QStringLiteral("server not started");
        return result;
    }
    QNetworkRequest request(url);
    // Credentials go with the first request, as CalDAV clients do; a wrong password then comes
    // back as the server's 401 instead of QNAM's authentication dance.
    request.setRawHeader("Authorization", basicAuth(as));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBridge-tests"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
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
    result.etag = result.header("ETag");
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace sb::testing
