#include "CalDavClient.h"

#include "sync/credentials/SecretProvider.h"
#include "sync/http/JsonHttpCall.h"

#include "CalDavTexts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QXmlStreamReader>

#include <algorithm>

namespace sb::caldav {

Q_LOGGING_CATEGORY(lcCalDav, "salesbridge.sync.caldav", QtInfoMsg)

namespace {

const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");

bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "HTTP/1.1 404 Not Found" -> 404
int statusOf(const QString &line)
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

} // namespace

QString Settings::collectionPath() const
{
    QString path = collection.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return normalPath(path);
}

QString Settings::itemPath(const QString &fileName) const
{
    return collectionPath() + fileName;
}

QString normalPath(const QString &href)
{
    // The common case, an absolute path of plain characters and %XX escapes (no dot segments, no
    // authority), comes out of QUrl as it went in, its escapes decoded: every item of an answer
    // passes here twice, and QUrl was a twentieth of reading one.
    static constexpr QStringView kPlain = u"-._~/!$&'()*+,;=:@";
    const qsizetype n = href.size();
    bool plain = n > 1 && href.at(0) == u'/' && href.at(1) != u'/' && !href.contains(QLatin1String("/."));
    bool escaped = false;
    for (qsizetype i = 0; plain && i < n; ++i) {
        const char16_t c = href.at(i).unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || kPlain.contains(QChar(c)))
            continue;
        plain = c == u'%' && i + 2 < n && isAsciiHexDigit(href.at(i + 1)) && isAsciiHexDigit(href.at(i + 2));
        escaped = true;
    }
    if (plain)
        return escaped ? QUrl::fromPercentEncoding(href.toLatin1()) : href;
    const QUrl u(href.trimmed());
    return QUrl::fromPercentEncoding(u.path(QUrl::FullyEncoded).toUtf8());
}

Op::Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body)
    : m_nam(nam)
    , m_settings(std::move(settings))
    , m_body(std::move(body))
{
}

void Op::cancelled()
{
    fail(RemoteErrorClass::Temporary, Texts::tr("Cancelled"));
}

void Op::fail(RemoteErrorClass error, const QString &message)
{
    RemoteResult r;
    r.error = error;
    r.message = message;
    finish(r);
}

void Op::withPassword(std::function<void(const QString &)> then)
{
    readRememberedSecret(
        m_settings->secrets, m_settings->secretKey, m_settings->password, m_settings->passwordMemo, false, this,
        [this, then](const QString &password) {
            if (isDone())
                return;
            m_password = password;
            then(password);
        },
        [this](const SecretReply &secret) {
            if (isDone())
                return;
            const bool failed = secret.outcome == SecretReply::Outcome::Failed;
            RemoteResult r;
            r.error = failed ? RemoteErrorClass::Temporary : RemoteErrorClass::Permanent;
            r.message = failed ? secret.message
                               : Texts::tr("No password is stored for the calendar connection: enter it in Settings > Connections.");
            r.keychain = failed;
            finish(r);
        });
}

void Op::send(const Request &req, std::function<void(const Reply &)> ok, std::function<bool(const RemoteResult &, const Reply &)> refused)
{
    if (isDone())
        return;
    withPassword([this, req, ok = std::move(ok), refused = std::move(refused)](const QString &password) {
        QUrl url = m_settings->collection;
        url.setQuery(QString());
        url.setFragment(QString());
        if (!req.href.isEmpty())
            url.setPath(req.href);
        QNetworkRequest request(url);
        // A redirect is never followed: credentials go to the address that was set up only.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBridge-CalDAV/1"));
        request.setRawHeader("Authorization",
                             "Basic " + (m_settings->username + QLatin1Char(':') + password).toUtf8().toBase64());
        request.setRawHeader("Accept", req.method == "GET" ? QByteArrayLiteral("text/calendar") : QByteArrayLiteral("application/xml, text/xml"));
        for (const auto &[name, value] : req.headers)
            request.setRawHeader(name, value);
        if (!req.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType);
        auto *http = new JsonHttpCall(m_nam, request, req.method, req.body, req.mutating, m_settings->timeoutMs, this);
        auto reply = std::make_shared<Reply>();
        http->setRawReader([reply](int status, const QByteArray &body, QNetworkReply &r, RemoteResult &result) {
            reply->status = status;
            reply->body = body;
            reply->etag = r.rawHeader("ETag").trimmed();
            if (status < 200 || status >= 300)
                return false; // the status-based rules
            result.serverAnswered = true;
            return true;
        });
        m_current = http;
        connect(http, &RemoteCall::sent, this, &RemoteCall::sent);
        connect(http, &RemoteCall::answering, this, &RemoteCall::answering);
        connect(http, &RemoteCall::finished, this, [this, http, reply, ok, refused](const RemoteResult &r) {
            http->deleteLater();
            m_current = nullptr;
            if (isDone())
                return;
            const int status = http->httpStatus();
            reply->status = status;
            if (r.ok()) {
                ok(*reply);
                return;
            }
            if (refused && refused(r, *reply))
                return;
            RemoteResult out = r;
            if (status == 401 || status == 403 || (status >= 300 && status < 400)) {
                if (status == 401 && m_settings->passwordMemo && *m_settings->passwordMemo == m_password)
                    m_settings->passwordMemo->clear(); // a new password in the keychain is read next time
                // A refused password is not the fault of the change being sent: it waits
                // (Temporary, with the engine's backoff) until a person enters the right one.
                // 403 refuses this calendar to this user; a redirect goes elsewhere than the
                // address that was set up.
                out.error = status == 401 ? RemoteErrorClass::Temporary : RemoteErrorClass::Permanent;
                out.serverAnswered = true;
                if (status == 401)
                    out.message = Texts::tr("The calendar server refused the password of %1: sign in again (enter the password in Settings > Connections).")
                                      .arg(m_settings->username);
                else if (status == 403)
                    out.message = Texts::tr("The calendar server does not let %1 use this calendar: check the calendar's address and the rights on it.")
                                      .arg(m_settings->username);
                else
                    out.message = Texts::tr("The calendar server sent the request elsewhere (HTTP %1): check the calendar's address in Settings > Connections.")
                                      .arg(status);
            }
            finish(out);
        });
        http->start();
    });
}

bool readMultistatus(const QByteArray &xml, const std::function<bool(const DavResponse &)> &each, QString *syncToken,
                     QString *error)
{
    // Read through a device: the reader decodes the answer a block at a time, so the first
    // response is there at once (given the whole array, it decodes all of it first: 50 ms for a
    // 5,000-item calendar before anything could be handed over).
    QBuffer device;
    device.setData(xml);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader x(&device);
    DavResponse current;
    bool inResponse = false;
    bool inPropstat = false;
    bool inResourceType = false;
    int propstatStatus = 0;
    DavResponse propstatValues;
    bool sawRoot = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const QStringView ns = x.namespaceUri();
            const QStringView name = x.name();
            if (!sawRoot) {
                sawRoot = true;
                if (ns != kDav || name != QLatin1String("multistatus")) {
                    *error = Texts::tr("The calendar server's answer is not a WebDAV multistatus.");
                    return false;
                }
                continue;
            }
            if (ns == kDav && name == QLatin1String("response")) {
                inResponse = true;
                current = DavResponse();
            } else if (ns == kDav && name == QLatin1String("sync-token") && !inResponse) {
                *syncToken = x.readElementText().trimmed();
            } else if (!inResponse) {
                continue;
            } else if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = true;
                propstatStatus = 0;
                propstatValues = DavResponse();
            } else if (ns == kDav && name == QLatin1String("href") && !inPropstat) {
                current.href = x.readElementText().trimmed();
            } else if (ns == kDav && name == QLatin1String("status")) {
                const int s = statusOf(x.readElementText());
                (inPropstat ? propstatStatus : current.status) = s;
            } else if (inPropstat && ns == kDav && name == QLatin1String("getetag")) {
                propstatValues.etag = x.readElementText().trimmed().toUtf8();
            } else if (inPropstat && ns == kCalDav && name == QLatin1String("calendar-data")) {
                propstatValues.calendarData = x.readElementText().toUtf8();
            } else if (inPropstat && ns == kDav && name == QLatin1String("displayname")) {
                propstatValues.displayName = x.readElementText().trimmed();
            } else if (inPropstat && ns == kDav && name == QLatin1String("resourcetype")) {
                inResourceType = true;
            } else if (inResourceType && ns == kCalDav && name == QLatin1String("calendar")) {
                propstatValues.isCalendar = true;
            }
        } else if (x.isEndElement()) {
            const QStringView ns = x.namespaceUri();
            const QStringView name = x.name();
            if (ns != kDav)
                continue;
            if (name == QLatin1String("resourcetype")) {
                inResourceType = false;
            } else if (name == QLatin1String("propstat") && inPropstat) {
                inPropstat = false;
                if (propstatStatus >= 200 && propstatStatus < 300) { // the properties it has
                    current.propStatus = propstatStatus;
                    if (!propstatValues.etag.isEmpty())
                        current.etag = propstatValues.etag;
                    if (!propstatValues.calendarData.isEmpty())
                        current.calendarData = propstatValues.calendarData;
                    if (!propstatValues.displayName.isEmpty())
                        current.displayName = propstatValues.displayName;
                    current.isCalendar = current.isCalendar || propstatValues.isCalendar;
                }
            } else if (name == QLatin1String("response") && inResponse) {
                inResponse = false;
                if (!current.href.isEmpty() && !each(current))
                    return true; // the caller stopped
            }
        }
    }
    if (x.hasError() || !sawRoot) {
        *error = Texts::tr("The calendar server's answer could not be read (%1).").arg(x.hasError() ? x.errorString() : Texts::tr("empty"));
        return false;
    }
    return true;
}

Multistatus parseMultistatus(const QByteArray &xml)
{
    Multistatus m;
    m.ok = readMultistatus(
        xml,
        [&m](const DavResponse &r) {
            m.responses << r;
            return true;
        },
        &m.syncToken, &m.error);
    return m;
}

bool isInvalidSyncToken(const QByteArray &xml)
{
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.namespaceUri() == kDav && x.name() == QLatin1String("valid-sync-token"))
            return true;
    }
    return false;
}

} // namespace sb::caldav
