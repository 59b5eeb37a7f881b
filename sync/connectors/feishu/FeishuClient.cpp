#include "FeishuClient.h"

#include "sync/credentials/SecretProvider.h"
#include "sync/http/JsonHttpCall.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sb::feishu {

namespace {


struct CachedToken {
    QString token;
    qint64 expiresMs = 0;
};

QMutex g_tokenMutex;
QHash<QString, CachedToken> &tokens()
{
    static QHash<QString, CachedToken> t;
    return t;
}

QString cacheKey(const Settings &s)
{
    return s.base.host() + QLatin1Char(':') + QString::number(s.base.port()) + s.base.path() + QLatin1Char('|') + s.appId;
}

// Codes that mean "this token is not accepted": fetch a fresh one and send once more.
bool isTokenCode(int code)
{
    return code == 99991661 || code == 99991663 || code == 99991664 || code == 99991665 || code == 99991671;
}

constexpr int kRateLimited = 99991400;
constexpr int kTryLater = 1395001;

} // namespace

QString TokenCache::get(const Settings &s)
{
    QMutexLocker lock(&g_tokenMutex);
    const auto it = tokens().constFind(cacheKey(s));
    // Five minutes of margin: a cycle started now ends before the token does.
    if (it == tokens().constEnd() || it->expiresMs < QDateTime::currentMSecsSinceEpoch() + 300 * 1000)
        return {};
    return it->token;
}

void TokenCache::put(const Settings &s, const QString &token, int expireSeconds)
{
    QMutexLocker lock(&g_tokenMutex);
    tokens().insert(cacheKey(s), {token, QDateTime::currentMSecsSinceEpoch() + qint64(qMax(0, expireSeconds)) * 1000});
}

namespace {
QMutex g_clockMutex;
QHash<QString, qint64> &clockOffsets()
{
    static QHash<QString, qint64> offsets;
    return offsets;
}
QHash<QString, qint64> &lastNows()
{
    static QHash<QString, qint64> nows;
    return nows;
}
std::function<qint64()> &clientClock()
{
    static std::function<qint64()> clock;
    return clock;
}
qint64 clientNowMs() // under g_clockMutex
{
    return clientClock() ? clientClock()() : QDateTime::currentMSecsSinceEpoch();
}
} // namespace

void ServerClock::setClientClockForTesting(std::function<qint64()> clock)
{
    QMutexLocker lock(&g_clockMutex);
    clientClock() = std::move(clock);
    clockOffsets().clear();
    lastNows().clear();
}

void ServerClock::note(const Settings &s, const QDateTime &server)
{
    if (!server.isValid())
        return;
    QMutexLocker lock(&g_clockMutex);
    // Date counts whole seconds: the end of that second, so a listing window that ends "now"
    // takes in what was created within it (the next listing re-reads 60 s behind anyway).
    clockOffsets().insert(s.base.toString(), server.toMSecsSinceEpoch() + 999 - clientNowMs());
}

qint64 ServerClock::nowMs(const Settings &s)
{
    QMutexLocker lock(&g_clockMutex);
    const QString key = s.base.toString();
    qint64 now = clientNowMs() + clockOffsets().value(key, 0);
    // A Date counts whole seconds, so two answers within a second can put the estimate up to a
    // second back: it never goes back by that little (an instance due "now" in the last cycle
    // would not be due in this one). A real jump of the clock goes through.
    qint64 &last = lastNows()[key];
    if (now < last && last - now < 2000)
        now = last;
    last = now;
    return now;
}

bool ServerClock::known(const Settings &s)
{
    QMutexLocker lock(&g_clockMutex);
    return clockOffsets().contains(s.base.toString());
}

void TokenCache::drop(const Settings &s, const QString &token)
{
    QMutexLocker lock(&g_tokenMutex);
    auto it = tokens().find(cacheKey(s));
    if (it != tokens().end() && it->token == token)
        tokens().erase(it);
}

QUrlQuery byUserId()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user_id_type"), QStringLiteral("user_id"));
    return q;
}

QString notServed(const QString &entity)
{
    return QCoreApplication::translate("sb::feishu::Op", "The OA system does not keep %1 records.").arg(entity);
}

QString isoFromMs(const QJsonValue &ms)
{
    const qint64 v = ms.isString() ? ms.toString().toLongLong() : qint64(ms.toDouble());
    if (v <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v, Qt::UTC).toString(Qt::ISODate);
}

Op::Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body)
    : m_nam(nam)
    , m_settings(std::move(settings))
    , m_body(std::move(body))
{
}

void Op::cancelled()
{
    fail(RemoteErrorClass::Temporary, QCoreApplication::translate("sb::feishu::Op", "Cancelled"));
}

void Op::fail(RemoteErrorClass error, const QString &message)
{
    RemoteResult r = result;
    r.error = error;
    r.message = message;
    finish(r);
}

RemoteResult Op::classify(const Answer &a, bool mutating)
{
    RemoteResult r;
    r.serverAnswered = a.http != 0;
    const QString said = a.msg.isEmpty() ? QString() : QStringLiteral(" (%1 %2)").arg(a.code).arg(a.msg);
    switch (a.code) {
    case kRateLimited:
        r.error = RemoteErrorClass::Temporary;
        r.retryAfterMs = a.resetSeconds >= 0 ? a.resetSeconds * 1000 : -1;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system asks to slow down; trying again later.");
        break;
    case kTryLater:
        // The server's "try again later": a write may or may not have been done.
        r.error = mutating ? RemoteErrorClass::Uncertain : RemoteErrorClass::Temporary;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system had an internal error; trying again later.") + said;
        break;
    case 1390002:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system has no approval definition with this code: check it in Settings > Connections.") + said;
        break;
    case 1390015:
    case 1390016:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The approval definition is not active in the OA system; its administrator must enable it.") + said;
        break;
    case 1390003:
        r.error = RemoteErrorClass::NotFound;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The approval is no longer in the OA system.") + said;
        break;
    case 1390004:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system does not know the user id in Settings > Connections.") + said;
        break;
    case 1390009:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system does not let you do this: it is not your approval task.") + said;
        break;
    case 1390010:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The approval task is no longer waiting for a decision.") + said;
        break;
    case 99991672:
        r.error = RemoteErrorClass::Permanent;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The OA app lacks the permission for approvals; its administrator must grant it.") + said;
        break;
    default:
        if (isTokenCode(a.code)) {
            r.error = RemoteErrorClass::Permanent;
            r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system does not accept the app's credentials: check the app id and secret.") + said;
        } else if (a.http >= 500) {
            r.error = mutating ? RemoteErrorClass::Uncertain : RemoteErrorClass::Temporary;
            r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system reported an error (HTTP %1).").arg(a.http) + said;
        } else {
            r.error = RemoteErrorClass::Permanent;
            r.message = QCoreApplication::translate("sb::feishu::Op", "The OA system refused the request.") + said;
        }
        break;
    }
    return r;
}

JsonHttpCall *Op::call(const QByteArray &method, const QUrl &url, const QByteArray &body, bool mutating,
                       const QString &token, Answer *answer)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    auto *http = new JsonHttpCall(m_nam, request, method, body, mutating, m_settings->timeoutMs, this);
    http->setEnvelope([answer, settings = m_settings, http](int status, const QJsonDocument &doc, QNetworkReply &reply, RemoteResult &r) {
        ServerClock::note(*settings, http->serverDate()); // read from the Date header by now
        const QJsonObject o = doc.object();
        if (!o.contains(QLatin1String("code")))
            return false;
        answer->http = status;
        answer->code = o.value(QLatin1String("code")).toInt(-1);
        answer->msg = o.value(QLatin1String("msg")).toString();
        answer->data = o.value(QLatin1String("data")).toObject();
        // The token call answers flat: its fields go in data as well.
        if (!o.contains(QLatin1String("data")))
            answer->data = o;
        const QByteArray reset = reply.rawHeader("x-ogw-ratelimit-reset");
        bool ok = false;
        const int seconds = reset.trimmed().toInt(&ok);
        answer->resetSeconds = ok ? seconds : -1;
        r.serverAnswered = true;
        return true; // classified by the op from the code
    });
    return http;
}

void Op::withToken(std::function<void(const QString &)> then)
{
    const QString cached = TokenCache::get(*m_settings);
    if (!cached.isEmpty()) {
        then(cached);
        return;
    }
    auto askServer = [this, then](const QString &secret) {
        QUrl url = m_settings->base;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                    + QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("app_id"), m_settings->appId},
                                                          {QStringLiteral("app_secret"), secret}})
                                    .toJson(QJsonDocument::Compact);
        auto answer = std::make_shared<Answer>();
        JsonHttpCall *http = call("POST", url, body, false, QString(), answer.get());
        m_current = http;
        connect(http, &RemoteCall::finished, this, [this, http, answer, then](const RemoteResult &r) {
            http->deleteLater();
            m_current = nullptr;
            if (isDone())
                return;
            if (!r.ok()) {
                RemoteResult out = r;
                out.message = QCoreApplication::translate("sb::feishu::Op", "The OA system could not be reached for a sign-in: %1").arg(r.message);
                finish(out);
                return;
            }
            const QString token = answer->data.value(QLatin1String("tenant_access_token")).toString();
            if (answer->code != 0 || token.isEmpty()) {
                RemoteResult out;
                out.serverAnswered = true;
                out.error = answer->http == 0 ? RemoteErrorClass::Malformed : RemoteErrorClass::Permanent;
                out.message = QCoreApplication::translate("sb::feishu::Op", "The OA system refused the app id and secret (%1 %2): check them in Settings > Connections.")
                                  .arg(answer->code)
                                  .arg(answer->msg);
                finish(out);
                return;
            }
            TokenCache::put(*m_settings, token, answer->data.value(QLatin1String("expire")).toInt(7200));
            then(token);
        });
        http->start();
    };
    if (!m_settings->appSecret.isEmpty() || !m_settings->secrets) {
        askServer(m_settings->appSecret);
        return;
    }
    m_settings->secrets->read(m_settings->secretKey, this, [this, askServer](const SecretReply &secret) {
        if (isDone())
            return;
        if (secret.outcome == SecretReply::Outcome::Found) {
            askServer(secret.secret);
            return;
        }
        RemoteResult r = result;
        r.error = secret.outcome == SecretReply::Outcome::NotFound ? RemoteErrorClass::Permanent : RemoteErrorClass::Temporary;
        r.message = secret.outcome == SecretReply::Outcome::NotFound
                        ? QCoreApplication::translate("sb::feishu::Op", "No app secret is stored for the OA connection: enter it in Settings > Connections.")
                        : secret.message;
        r.keychain = secret.outcome == SecretReply::Outcome::Failed;
        finish(r);
    });
}

void Op::api(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
             bool mutating, std::function<void(const QJsonObject &)> ok, std::function<bool(const Answer &)> refused)
{
    auto request = std::make_shared<Request>();
    request->method = method;
    request->path = path;
    request->query = query;
    request->body = body;
    request->mutating = mutating;
    request->ok = std::move(ok);
    request->refused = std::move(refused);
    send(request);
}

void Op::send(std::shared_ptr<Request> request)
{
    if (isDone())
        return;
    withToken([this, request](const QString &token) {
        QUrl url = m_settings->base;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/open-apis/")
                    + request->path);
        url.setQuery(request->query);
        const QByteArray body = request->method == "GET" ? QByteArray()
                                                         : QJsonDocument(request->body).toJson(QJsonDocument::Compact);
        auto answer = std::make_shared<Answer>();
        JsonHttpCall *http = call(request->method, url, body, request->mutating, token, answer.get());
        m_current = http;
        connect(http, &RemoteCall::sent, this, &RemoteCall::sent);
        connect(http, &RemoteCall::finished, this, [this, http, answer, request, token](const RemoteResult &r) {
            http->deleteLater();
            m_current = nullptr;
            if (isDone())
                return;
            if (!r.ok()) {
                // No envelope: the network, a cut reply, or a status without a body we can read.
                finish(r);
                return;
            }
            if (answer->code == 0) {
                request->ok(answer->data);
                return;
            }
            if (isTokenCode(answer->code) && !request->tokenRetried) {
                // Expired or revoked: a fresh token, and the same request once more. The server
                // refused it before doing anything, so even a write is safe to send again.
                request->tokenRetried = true;
                TokenCache::drop(*m_settings, token);
                send(request);
                return;
            }
            if (answer->code == kRateLimited && request->busyRetries < 4) {
                const int waitMs = answer->resetSeconds >= 0 ? answer->resetSeconds * 1000 : 1000 << request->busyRetries;
                if (waitMs <= m_settings->rateLimitWaitMaxMs) {
                    ++request->busyRetries;
                    QTimer::singleShot(qMax(50, waitMs), this, [this, request] { send(request); });
                    return;
                }
            }
            if (answer->code == kTryLater && !request->mutating && request->errorRetries < 1) {
                ++request->errorRetries;
                QTimer::singleShot(500, this, [this, request] { send(request); });
                return;
            }
            if (request->refused && request->refused(*answer))
                return;
            RemoteResult out = classify(*answer, request->mutating);
            out.record = result.record;
            finish(out);
        });
        http->start();
    });
}

} // namespace sb::feishu
