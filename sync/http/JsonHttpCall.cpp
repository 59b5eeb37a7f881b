#include "JsonHttpCall.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSslError>
#include <QTimer>

namespace sb {

Q_LOGGING_CATEGORY(lcHttp, "salesbridge.sync.http", QtInfoMsg)
// Critical as the default level keeps debug lines off until a rule turns them on
// (QT_LOGGING_RULES="salesbridge.sync.http.trace.debug=true").
Q_LOGGING_CATEGORY(lcHttpTrace, "salesbridge.sync.http.trace", QtCriticalMsg)

namespace {

// A server asking for more than a day is treated as a day: the engine's own backoff caps there too.
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;
constexpr int kMaxServerMessage = 500;

const char *className(RemoteErrorClass c)
{
    switch (c) {
    case RemoteErrorClass::None: return "ok";
    case RemoteErrorClass::Temporary: return "temporary";
    case RemoteErrorClass::Uncertain: return "uncertain";
    case RemoteErrorClass::Permanent: return "permanent";
    case RemoteErrorClass::Conflict: return "conflict";
    case RemoteErrorClass::NotFound: return "not-found";
    case RemoteErrorClass::CursorInvalid: return "cursor-invalid";
    case RemoteErrorClass::Malformed: return "malformed";
    }
    return "?";
}

// Errors raised before the request could reach the server: nothing can have been applied.
bool neverSent(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

// Socket-level failures (as opposed to QNetworkReply's codes for HTTP statuses). With a status
// line already received, one of these means the body was cut off.
bool isTransportError(QNetworkReply::NetworkError e)
{
    return (e > QNetworkReply::NoError && e <= QNetworkReply::UnknownNetworkError
            && e != QNetworkReply::TooManyRedirectsError && e != QNetworkReply::InsecureRedirectError)
        || e == QNetworkReply::ProtocolFailure;
}

// A request body that can be read only once. After a connection drops before the reply, Qt's
// HTTP stack quietly sends the request again (POST included) once it has rewound the body; a
// committed create would then be made twice. Refusing the rewind turns that resend into
// ContentReSendError, which is reported as Uncertain like any other lost reply.
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override { return pos == m_offset && QIODevice::seek(pos); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qBound<qint64>(0, max, qint64(m_data.size()) - m_offset);
        if (n > 0)
            memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

QString uncertainNote()
{
    return QCoreApplication::translate(
        "sb::JsonHttpCall", "It may have been saved on the server; it is checked there before being sent again.");
}

} // namespace

JsonHttpCall::JsonHttpCall(QNetworkAccessManager *nam, QNetworkRequest request, QByteArray method, QByteArray body,
                           bool mutating, int timeoutMs, QObject *parent)
    : RemoteCall(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_mutating(mutating)
    , m_timeoutMs(timeoutMs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JsonHttpCall::onTimeout);
}

JsonHttpCall::~JsonHttpCall()
{
    dropReply();
}

void JsonHttpCall::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    m_clock.start();
    if (!m_nam) {
        // Queued, so that finished() never arrives before start() has returned.
        QMetaObject::invokeMethod(
            this,
            [this] {
                RemoteResult r;
                r.error = RemoteErrorClass::Temporary;
                r.message = tr("The network is not available.");
                finish(r);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_request.hasRawHeader("Accept"))
        m_request.setRawHeader("Accept", "application/json");
    if (!m_body.isEmpty() && !m_request.header(QNetworkRequest::ContentTypeHeader).isValid())
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    if (m_mutating) {
        auto *body = new OneShotBody(m_body);
        m_request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_reply = m_nam->sendCustomRequest(m_request, m_method, body);
        body->setParent(m_reply.data()); // lives as long as the reply that reads it
    } else if (m_method == "GET") {
        m_reply = m_nam->get(m_request);
    } else {
        m_reply = m_nam->sendCustomRequest(m_request, m_method, m_body);
    }
    connect(m_reply.data(), &QNetworkReply::finished, this, &JsonHttpCall::onReplyFinished);
    // Certificate problems are never ignored: the handshake fails and the message says why.
    connect(m_reply.data(), &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (!m_sslErrors.contains(e.errorString()))
                m_sslErrors << e.errorString();
    });
    connect(m_reply.data(), &QNetworkReply::metaDataChanged, this, &RemoteCall::answering, Qt::SingleShotConnection);
    // With a body, the network thread takes it from this thread's event loop: "sent" is when
    // all of it went. (Whoever waits for the server should let the loop run until then.)
    if (m_body.isEmpty())
        QMetaObject::invokeMethod(this, &RemoteCall::sent, Qt::QueuedConnection);
    else
        connect(m_reply.data(), &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
            if (total > 0 && done == total)
                emit sent();
        });
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void JsonHttpCall::abort()
{
    if (m_done)
        return;
    RemoteResult r;
    r.message = tr("The request was cancelled.");
    // The interface says Temporary, but a write that left may have been applied: say so.
    if (m_started && m_mutating) {
        r.error = RemoteErrorClass::Uncertain;
        r.message += QLatin1Char(' ') + uncertainNote();
    } else {
        r.error = RemoteErrorClass::Temporary;
    }
    dropReply();
    finish(r);
}

void JsonHttpCall::onTimeout()
{
    if (m_done)
        return;
    RemoteResult r;
    const int seconds = qMax(1, (m_timeoutMs + 500) / 1000);
    r.message = tr("The server did not answer within %n second(s).", nullptr, seconds);
    if (m_mutating) {
        r.error = RemoteErrorClass::Uncertain;
        r.message += QLatin1Char(' ') + uncertainNote();
    } else {
        r.error = RemoteErrorClass::Temporary;
    }
    dropReply();
    finish(r);
}

void JsonHttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_done)
        return;
    if (Gate gate = std::exchange(m_gate, nullptr)) {
        gate([self = QPointer<JsonHttpCall>(this)] {
            if (self)
                self->onReplyFinished();
        });
        return;
    }
    m_timer->stop();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = status.isValid() ? status.toInt() : 0;
    if (QByteArray raw = reply->rawHeader("Date").trimmed(); !raw.isEmpty()) {
        // IMF-fixdate ends in "GMT", which Qt 6.4's RFC 2822 reader refuses (then the slow
        // locale-based reader below runs on every answer); "+0000" says the same.
        if (raw.endsWith(" GMT"))
            raw = raw.chopped(3) + "+0000";
        m_serverDate = QDateTime::fromString(QString::fromLatin1(raw), Qt::RFC2822Date).toUTC();
        if (!m_serverDate.isValid()) {
            const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(raw.trimmed()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            if (local.isValid())
                m_serverDate = QDateTime(local.date(), local.time(), Qt::UTC);
        }
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->readAll();

    RemoteResult result;
    const bool answered = m_status != 0;
    if (m_status == 0)
        result = classifyTransportError(error == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : error);
    else
        result = classifyHttp(reply, body, isTransportError(error));
    result.serverAnswered = answered;
    dropReply();
    finish(result);
}

RemoteResult JsonHttpCall::classifyTransportError(QNetworkReply::NetworkError error) const
{
    RemoteResult r;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        r.message = tr("The server refused the connection.");
        break;
    case QNetworkReply::HostNotFoundError:
        r.message = tr("The server's address could not be found.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        r.message = m_sslErrors.isEmpty()
            ? tr("A secure connection to the server could not be established.")
            : tr("A secure connection to the server could not be established: %1. SalesBridge does not connect past a "
                 "certificate problem; ask your administrator for a valid certificate, or have the company's certificate "
                 "authority added to this computer's trusted certificates.")
                  .arg(m_sslErrors.join(QLatin1String("; ")));
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ContentReSendError: // the connection dropped and OneShotBody refused a resend
        r.message = tr("The connection to the server was lost.");
        break;
    case QNetworkReply::TimeoutError:
        r.message = tr("The connection to the server timed out.");
        break;
    default:
        // The enum key names the cause without echoing the URL that errorString() may contain.
        r.message = tr("The request failed (%1).")
                        .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
        break;
    }
    if (m_mutating && !neverSent(error)) {
        r.error = RemoteErrorClass::Uncertain;
        r.message += QLatin1Char(' ') + uncertainNote();
    } else {
        r.error = RemoteErrorClass::Temporary;
    }
    return r;
}

RemoteResult JsonHttpCall::classifyHttp(QNetworkReply *reply, const QByteArray &body, bool truncated)
{
    const int status = m_status;
    if (m_rawReader && !truncated) {
        RemoteResult r;
        if (m_rawReader(status, body, *reply, r)) {
            if (m_mutating && r.error == RemoteErrorClass::Malformed) {
                r.error = RemoteErrorClass::Uncertain; // it may have been applied; only the answer is unreadable
                r.message += QLatin1Char(' ') + uncertainNote();
            }
            return r;
        }
    }
    if (m_envelope && !truncated) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        RemoteResult r;
        if (parseError.error == QJsonParseError::NoError && doc.isObject() && m_envelope(status, doc, *reply, r)) {
            if (m_mutating && r.error == RemoteErrorClass::Malformed) {
                r.error = RemoteErrorClass::Uncertain; // it may have been applied; only the answer is unreadable
                r.message += QLatin1Char(' ') + uncertainNote();
            }
            return r;
        }
    }
    if (status >= 200 && status < 300) {
        if (!truncated)
            return readSuccess(body);
        RemoteResult r;
        r.message = tr("The server's reply was cut off.");
        if (m_mutating) {
            r.error = RemoteErrorClass::Uncertain;
            r.message += QLatin1Char(' ') + uncertainNote();
        } else {
            r.error = RemoteErrorClass::Malformed;
        }
        return r;
    }

    RemoteResult r;
    const QJsonDocument doc = QJsonDocument::fromJson(body); // error bodies are best effort
    const QString said = serverMessage(doc);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().simplified();
    const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));

    if (status == 410 || doc.object().value(QLatin1String("error")).toString() == QLatin1String("cursor_invalid")) {
        r.error = RemoteErrorClass::CursorInvalid;
        r.message = tr("The server no longer accepts this sync position; the sync starts over.");
    } else if (status == 429 || status == 503 || status == 408) {
        // The server says it did not process the request: safe to send again, later.
        r.error = RemoteErrorClass::Temporary;
        r.retryAfterMs = retryAfter;
        r.message = tr("The server is busy (HTTP %1); trying again later.").arg(status);
    } else if (status >= 500) {
        r.retryAfterMs = retryAfter;
        r.message = tr("The server reported an error (HTTP %1).").arg(status);
        if (m_mutating) {
            r.error = RemoteErrorClass::Uncertain;
            r.message += QLatin1Char(' ') + uncertainNote();
        } else {
            r.error = RemoteErrorClass::Temporary;
        }
    } else if (status == 409) {
        r.error = RemoteErrorClass::Conflict;
        r.message = tr("The record was changed on the server since it was last synced.");
        parsePayload(doc, r); // the server's current version, for the merge
        r.error = RemoteErrorClass::Conflict;
    } else if (status == 404) {
        if (m_notFoundIsAnswer) {
            r.found = false;
        } else {
            r.error = RemoteErrorClass::NotFound;
            r.message = tr("The record no longer exists on the server.");
        }
    } else if (status >= 400) {
        // The server's own sentence is what a person can act on ("A VAT number is required.").
        r.error = RemoteErrorClass::Permanent;
        const QString code = reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
        r.message = !said.isEmpty() ? said : tr("The server refused the request (HTTP %1).").arg(code);
    } else {
        // 1xx/3xx that were not followed: nothing we can read.
        r.message = tr("The server gave an unexpected answer (HTTP %1).").arg(status);
        if (m_mutating) {
            r.error = RemoteErrorClass::Uncertain;
            r.message += QLatin1Char(' ') + uncertainNote();
        } else {
            r.error = RemoteErrorClass::Malformed;
        }
    }
    return r;
}

RemoteResult JsonHttpCall::readSuccess(const QByteArray &body)
{
    RemoteResult r;
    QJsonDocument doc;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            r.error = RemoteErrorClass::Malformed;
            r.message = tr("The server's reply could not be read.");
        }
    }
    if (r.ok())
        parsePayload(doc, r);
    if (m_mutating && r.error == RemoteErrorClass::Malformed) {
        // A 2xx means the server applied it; only the answer is unreadable.
        r.error = RemoteErrorClass::Uncertain;
        r.message += QLatin1Char(' ') + uncertainNote();
    }
    return r;
}

void JsonHttpCall::parsePayload(const QJsonDocument &document, RemoteResult &result)
{
    if (m_parse)
        m_parse(document, result);
}

void JsonHttpCall::dropReply()
{
    m_timer->stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void JsonHttpCall::finish(RemoteResult result)
{
    if (m_done)
        return;
    m_done = true;
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    const QString path = m_request.url().path();
    qCDebug(lcHttpTrace).noquote() << m_method << path << m_status << ms << "ms";
    if (!result.ok())
        qCInfo(lcHttp).noquote() << m_method << path << "status" << m_status << "->" << className(result.error);
    emit finished(result);
}

int JsonHttpCall::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin(seconds * 1000, kMaxRetryAfterMs));
    const QString s = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), should the RFC 2822 reader refuse "GMT".
        const QDateTime local = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (local.isValid())
            when = QDateTime(local.date(), local.time(), Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, nowUtc.msecsTo(when), kMaxRetryAfterMs));
}

QString JsonHttpCall::serverMessage(const QJsonDocument &document)
{
    const QJsonObject o = document.object();
    QString text = o.value(QLatin1String("message")).toString();
    if (text.isEmpty()) {
        const QJsonValue error = o.value(QLatin1String("error"));
        text = error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
    }
    text = text.simplified();
    if (text.size() > kMaxServerMessage)
        text = text.left(kMaxServerMessage) + QChar(0x2026);
    return text;
}

} // namespace sb
