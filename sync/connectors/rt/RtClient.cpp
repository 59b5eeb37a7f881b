#include "RtClient.h"

#include "sync/credentials/SecretProvider.h"
#include "sync/http/JsonHttpCall.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb::rt {

QByteArray userAgent()
{
    return QByteArrayLiteral("SalesBridge-RT/1");
}

Op::Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body)
    : m_nam(nam)
    , m_settings(std::move(settings))
    , m_body(std::move(body))
{
}

void Op::cancelled()
{
    fail(RemoteErrorClass::Temporary, QCoreApplication::translate("sb::rt::Op", "Cancelled"));
}

void Op::fail(RemoteErrorClass error, const QString &message)
{
    RemoteResult r;
    r.error = error;
    r.message = message;
    finish(r);
}

void Op::withToken(std::function<void(const QString &)> then)
{
    readRememberedSecret(
        m_settings->secrets, m_settings->secretKey, m_settings->token, m_settings->tokenMemo, true, this,
        [this, then](const QString &token) {
            if (isDone())
                return;
            m_token = token;
            then(token);
        },
        [this](const SecretReply &secret) {
            if (isDone())
                return;
            const bool failed = secret.outcome == SecretReply::Outcome::Failed;
            RemoteResult r;
            r.error = failed ? RemoteErrorClass::Temporary : RemoteErrorClass::Permanent;
            r.message = failed ? secret.message
                               : QCoreApplication::translate("sb::rt::Op",
                                                             "No token is stored for the Request Tracker connection: enter it in Settings > Connections.");
            r.keychain = failed;
            finish(r);
        });
}

void Op::api(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body,
             bool mutating, std::function<void(const Reply &)> ok, std::function<bool(const RemoteResult &, int)> refused,
             const QByteArray &ifMatch)
{
    if (isDone())
        return;
    withToken([this, method, path, query, body, mutating, ok = std::move(ok), refused = std::move(refused), ifMatch](const QString &token) {
        QUrl url = m_settings->base;
        QString basePath = url.path();
        while (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        url.setPath(basePath + QStringLiteral("/REST/2.0/") + path);
        // Every name and value percent-encoded: QUrlQuery leaves '+' as it is, which the server
        // reads as a space (the " +0000" of a TicketSQL time, a '+' in a queue's name).
        QByteArray encodedQuery;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (!encodedQuery.isEmpty())
                encodedQuery += '&';
            encodedQuery += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
        QNetworkRequest request(url);
        // A redirect is never followed: RT sends one only to its login page.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setRawHeader("Authorization", "token " + token.toUtf8());
        if (!ifMatch.isEmpty())
            request.setRawHeader("If-Match", '"' + ifMatch + '"');
        const QByteArray bytes = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
        if (!bytes.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        auto *http = new JsonHttpCall(m_nam, request, method, bytes, mutating, m_settings->timeoutMs, this);
        auto reply = std::make_shared<Reply>();
        http->setEnvelope([reply](int, const QJsonDocument &, QNetworkReply &r, RemoteResult &) {
            QByteArray etag = r.rawHeader("ETag").trimmed();
            if (etag.startsWith("W/"))
                etag = etag.mid(2);
            if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
                etag = etag.mid(1, etag.size() - 2);
            reply->etag = etag;
            reply->location = r.rawHeader("Location");
            return false; // only the headers: the status decides as usual
        });
        http->setParser([reply](const QJsonDocument &doc, RemoteResult &) { reply->json = doc; });
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
            if (refused && refused(r, status))
                return;
            RemoteResult out = r;
            if (status == 401 || status == 403 || (status >= 300 && status < 400)) {
                if (status == 401 && m_settings->tokenMemo && *m_settings->tokenMemo == m_token)
                    m_settings->tokenMemo->clear(); // a new token in the keychain is read next time
                // A token that is revoked or wrong (a redirect comes only to the login page): the
                // server did nothing. 403 refuses this operation (Permanent); a refused token is
                // not the fault of the change being sent, so it waits (Temporary, with the
                // engine's backoff, never a loop) until a person enters a new token, like the
                // ERP's refused password.
                out.error = status == 403 ? RemoteErrorClass::Permanent : RemoteErrorClass::Temporary;
                out.serverAnswered = true;
                out.message = status == 403
                                  ? QCoreApplication::translate("sb::rt::Op", "Request Tracker does not let %1 do this: ask its administrator for the rights on the queue.").arg(m_settings->username)
                                  : QCoreApplication::translate("sb::rt::Op", "Request Tracker refused the token: sign in again (enter a new token in Settings > Connections).");
            }
            finish(out);
        });
        http->start();
    });
}

} // namespace sb::rt
