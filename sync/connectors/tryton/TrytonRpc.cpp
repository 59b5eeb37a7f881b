#include "TrytonRpc.h"

#include "sync/credentials/SecretProvider.h"
#include "sync/http/JsonHttpCall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimeZone>

#include <cmath>

namespace sb::tryton {

Q_LOGGING_CATEGORY(lcTryton, "salesbridge.sync.tryton", QtInfoMsg)
// One line per call with its method and time (QT_LOGGING_RULES="salesbridge.sync.tryton.trace.debug=true").
Q_LOGGING_CATEGORY(lcTrytonTrace, "salesbridge.sync.tryton.trace", QtCriticalMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::tryton", text);
}

const QString kClass = QStringLiteral("__class__");

// JSON-RPC answers 200 for business errors too: the envelope decides.
class RpcHttpCall : public JsonHttpCall {
public:
    RpcHttpCall(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &body, bool mutating,
                int timeoutMs, int id, QObject *parent)
        : JsonHttpCall(nam, request, "POST", body, mutating, timeoutMs, parent)
        , m_id(id)
    {
    }
    QJsonValue result;

protected:
    void parsePayload(const QJsonDocument &doc, RemoteResult &out) override
    {
        const QJsonObject o = doc.object();
        if (!doc.isObject() || o.value(QLatin1String("id")).toInt() != m_id) {
            out.error = RemoteErrorClass::Malformed;
            out.message = tr("The ERP's reply could not be read.");
            return;
        }
        if (o.contains(QLatin1String("error")) && !o.value(QLatin1String("error")).isNull()) {
            Reply r;
            classifyError(o.value(QLatin1String("error")), r);
            out.error = r.error;
            out.message = r.message;
            return;
        }
        if (!o.contains(QLatin1String("result"))) {
            out.error = RemoteErrorClass::Malformed;
            out.message = tr("The ERP's reply could not be read.");
            return;
        }
        result = o.value(QLatin1String("result"));
    }

private:
    int m_id;
};

QJsonValue resultOf(const JsonHttpCall *http)
{
    return static_cast<const RpcHttpCall *>(http)->result;
}

} // namespace

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString cls = o.value(kClass).toString();
        if (cls == QLatin1String("datetime")) {
            const QDate d(o.value(QLatin1String("year")).toInt(), o.value(QLatin1String("month")).toInt(),
                          o.value(QLatin1String("day")).toInt());
            const QTime t(o.value(QLatin1String("hour")).toInt(), o.value(QLatin1String("minute")).toInt(),
                          o.value(QLatin1String("second")).toInt(), o.value(QLatin1String("microsecond")).toInt() / 1000);
            return QDateTime(d, t, Qt::UTC).toString(Qt::ISODateWithMs);
        }
        if (cls == QLatin1String("date")) {
            const QDate d(o.value(QLatin1String("year")).toInt(), o.value(QLatin1String("month")).toInt(),
                          o.value(QLatin1String("day")).toInt());
            return d.toString(Qt::ISODate);
        }
        if (cls == QLatin1String("Decimal"))
            return o.value(QLatin1String("decimal")).toString();
        return o.toVariantMap();
    }
    return value.toVariant();
}

QJsonObject datetimeValue(const QDateTime &utcIn)
{
    const QDateTime utc = utcIn.toUTC();
    return QJsonObject{{kClass, QStringLiteral("datetime")},
                       {QStringLiteral("year"), utc.date().year()},
                       {QStringLiteral("month"), utc.date().month()},
                       {QStringLiteral("day"), utc.date().day()},
                       {QStringLiteral("hour"), utc.time().hour()},
                       {QStringLiteral("minute"), utc.time().minute()},
                       {QStringLiteral("second"), utc.time().second()},
                       {QStringLiteral("microsecond"), utc.time().msec() * 1000}};
}

QJsonObject dateValue(const QDate &date)
{
    return QJsonObject{{kClass, QStringLiteral("date")},
                       {QStringLiteral("year"), date.year()},
                       {QStringLiteral("month"), date.month()},
                       {QStringLiteral("day"), date.day()}};
}

QJsonObject decimalValue(qint64 cents)
{
    const qint64 whole = std::llabs(cents) / 100;
    const qint64 part = std::llabs(cents) % 100;
    const QString text = QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(whole).arg(part, 2, 10, QLatin1Char('0'));
    return QJsonObject{{kClass, QStringLiteral("Decimal")}, {QStringLiteral("decimal"), text}};
}

qint64 centsOf(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = value.toObject().value(QLatin1String("decimal")).toString();
    else if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        return std::llround(value.toDouble() * 100.0);
    else
        return 0;
    // Exact decimal arithmetic on the text: "2312.005" must not become 231200.49999.
    text = text.trimmed();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative || text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    const int dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = true;
    qint64 cents = (whole.isEmpty() ? 0 : whole.toLongLong(&ok)) * 100;
    if (!ok)
        return 0;
    const int third = frac.size() > 2 ? frac.at(2).digitValue() : 0;
    frac = (frac + QStringLiteral("00")).left(2);
    cents += frac.toInt();
    if (third >= 5)
        ++cents;
    return negative ? -cents : cents;
}

void classifyError(const QJsonValue &error, Reply &reply)
{
    // ["UserError", [message, description, domain]], ["ConcurrencyException", message],
    // ["LoginException", [...]] or [str(exception), traceback].
    const QJsonArray parts = error.toArray();
    const QString kind = parts.isEmpty() ? error.toString() : parts.at(0).toString();
    const QJsonValue payload = parts.size() > 1 ? parts.at(1) : QJsonValue();
    QString text;
    QString warning; // a UserWarning's name: [name, message, description]
    if (payload.isArray()) {
        QJsonArray a = payload.toArray();
        if (kind == QLatin1String("UserWarning") && a.size() >= 2) {
            warning = a.at(0).toString();
            a.removeFirst();
        }
        text = a.at(0).toString();
        const QString description = a.at(1).toString();
        if (!description.isEmpty() && description != text)
            text += QLatin1Char(' ') + description;
    } else {
        text = payload.toString();
    }
    if (kind == QLatin1String("UserError") || kind == QLatin1String("UserWarning")) {
        reply.error = RemoteErrorClass::Permanent;
        reply.message = text.isEmpty() ? tr("The ERP refused the change.") : text;
        // sale_credit_limit refuses to confirm a sale over the customer's credit limit: as a
        // warning for the users of the credit limit group, as an error for the others.
        if (warning.startsWith(QLatin1String("credit_limit_")) || text.contains(QLatin1String("credit limit"), Qt::CaseInsensitive))
            reply.message = tr("The ERP did not confirm the order: it would take the customer over their credit limit. "
                               "Ask finance to raise the limit or to collect a payment first. (ERP: %1)")
                                .arg(text);
    } else if (kind == QLatin1String("ConcurrencyException")) {
        reply.error = RemoteErrorClass::Conflict;
        reply.message = tr("The record was changed in the ERP since it was last synced.");
    } else if (kind == QLatin1String("LoginException")) {
        reply.error = RemoteErrorClass::Permanent;
        reply.message = tr("The ERP asks for a password: enter it in Settings > Connections.");
    } else if (kind.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)) {
        // SQLite back end busy: the transaction was rolled back, nothing was applied.
        reply.error = RemoteErrorClass::Temporary;
        reply.message = tr("The ERP database is busy; trying again later.");
    } else {
        reply.error = RemoteErrorClass::Permanent;
        reply.message = tr("The ERP could not carry out the request (%1).").arg(kind.left(200));
    }
}

// --- Request -------------------------------------------------------------------------------

Request::Request(Session *session, QString method, QJsonArray params, QJsonObject extraContext, bool mutating)
    : QObject(session)
    , m_session(session)
    , m_method(std::move(method))
    , m_params(std::move(params))
    , m_extraContext(std::move(extraContext))
    , m_mutating(mutating)
{
}

void Request::begin()
{
    if (m_finished)
        return;
    if (!m_session) {
        Reply r;
        r.error = RemoteErrorClass::Temporary;
        r.message = tr("The connection to the ERP was closed.");
        QMetaObject::invokeMethod(this, [this, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    if (m_session->isLoggedIn()) {
        send();
        return;
    }
    connect(m_session, &Session::loggedIn, this, [this](bool ok, const Reply &failure) {
        disconnect(m_session, &Session::loggedIn, this, nullptr);
        if (ok)
            send();
        else
            done(failure);
    });
    m_session->ensureLogin();
}

void Request::send()
{
    QJsonObject context = m_session->context();
    for (auto it = m_extraContext.constBegin(); it != m_extraContext.constEnd(); ++it)
        context.insert(it.key(), it.value());
    QJsonArray params = m_params;
    params.append(context); // the context is always the last positional parameter
    const QJsonObject body{{QStringLiteral("id"), m_session->nextId()},
                           {QStringLiteral("method"), m_method},
                           {QStringLiteral("params"), params}};
    m_http = m_session->post(m_session->config().database + QLatin1Char('/'), body, m_mutating, true);
    m_clock.start();
    qCDebug(lcTrytonTrace).noquote() << m_method << "sent";
    connect(m_http, &RemoteCall::finished, this, &Request::onHttp);
    connect(m_http, &RemoteCall::sent, this, &Request::sent);
    connect(m_http, &RemoteCall::answering, this, [this] {
        m_answering = true;
        qCDebug(lcTrytonTrace).noquote() << m_method << "answering after" << m_clock.elapsed() << "ms";
        emit answering();
    });
    m_http->start();
}

void Request::onHttp(const RemoteResult &result)
{
    JsonHttpCall *http = m_http.data();
    const int status = http ? http->httpStatus() : 0;
    const QDateTime serverDate = http ? http->serverDate() : QDateTime();
    if (http)
        m_result = resultOf(http);
    qCDebug(lcTrytonTrace).noquote() << m_method << m_clock.elapsed() << "ms" << status;
    if (http)
        http->deleteLater();
    m_http = nullptr;
    if (status == 401 && !m_relogged && m_session) {
        // The session expired or was logged out: the server did not run the call. Log in again once.
        m_relogged = true;
        qCInfo(lcTryton) << "session refused; logging in again";
        m_session->forget();
        begin();
        return;
    }
    Reply reply;
    reply.serverDate = serverDate;
    if (status == 401) {
        reply.error = RemoteErrorClass::Permanent;
        reply.message = tr("The ERP refused the session even after logging in again.");
    } else if (!result.ok()) {
        reply.error = result.error;
        reply.message = result.message;
        reply.retryAfterMs = result.retryAfterMs;
    } else {
        reply.error = result.error;
        reply.message = result.message;
        reply.result = m_result;
    }
    done(reply);
}

void Request::setGate(JsonHttpCall::Gate gate)
{
    if (JsonHttpCall *http = m_http.data())
        http->setGate(std::move(gate));
}

void Request::abort()
{
    if (m_finished)
        return;
    if (JsonHttpCall *http = m_http.data()) {
        m_http = nullptr;
        disconnect(http, nullptr, this, nullptr);
        http->abort();
        http->deleteLater();
    }
    Reply r;
    r.error = m_mutating ? RemoteErrorClass::Uncertain : RemoteErrorClass::Temporary;
    r.message = tr("The request was cancelled.");
    done(r);
}

void Request::done(Reply reply)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(reply);
    deleteLater();
}

// --- Session -------------------------------------------------------------------------------

Session::Session(QNetworkAccessManager *nam, Config config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
{
    qRegisterMetaType<sb::tryton::Reply>();
}

Request *Session::call(const QString &method, const QJsonArray &params, bool mutating, const QJsonObject &extraContext)
{
    return new Request(this, method, params, extraContext, mutating);
}

void Session::forget()
{
    m_authorization.clear();
}

JsonHttpCall *Session::post(const QString &path, const QJsonObject &body, bool mutating, bool authorized)
{
    QUrl url = m_config.url;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (authorized && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    const int id = body.value(QLatin1String("id")).toInt();
    return new RpcHttpCall(m_nam, request, QJsonDocument(body).toJson(QJsonDocument::Compact), mutating,
                           m_config.timeoutMs, id, this);
}

void Session::ensureLogin()
{
    if (m_loggingIn)
        return;
    if (m_refused) {
        QMetaObject::invokeMethod(this, [this] { emit loggedIn(false, m_refusal); }, Qt::QueuedConnection);
        return;
    }
    m_loggingIn = true;
    if (!m_config.password.isEmpty() || m_config.secretKey.isEmpty() || !m_config.secrets) {
        loginWithPassword(m_config.password);
        return;
    }
    m_config.secrets->read(m_config.secretKey, this, [this](const SecretReply &secret) {
        if (secret.outcome == SecretReply::Outcome::Found) {
            loginWithPassword(secret.secret);
            return;
        }
        Reply r;
        r.error = secret.outcome == SecretReply::Outcome::NotFound ? RemoteErrorClass::Permanent : RemoteErrorClass::Temporary;
        r.message = secret.outcome == SecretReply::Outcome::NotFound
                        ? tr("No password is stored for the ERP connection: enter it in Settings > Connections.")
                        : secret.message;
        r.keychain = secret.outcome == SecretReply::Outcome::Failed;
        loginFailed(r);
    });
}

void Session::loginWithPassword(const QString &password)
{
    const QJsonObject body{{QStringLiteral("id"), nextId()},
                           {QStringLiteral("method"), QStringLiteral("common.db.login")},
                           {QStringLiteral("params"), QJsonArray{m_config.username,
                                                                 QJsonObject{{QStringLiteral("password"), password}},
                                                                 m_config.language}}};
    JsonHttpCall *http = post(m_config.database + QLatin1Char('/'), body, false, false);
    connect(http, &RemoteCall::finished, this, [this, http](const RemoteResult &result) {
        const int status = http->httpStatus();
        const QJsonArray pair = resultOf(http).toArray();
        http->deleteLater();
        Reply r;
        if (status == 401 || status == 403) {
            // Not the fault of the change being sent: it waits (Temporary) until the password is fixed.
            r.error = RemoteErrorClass::Temporary;
            r.message = tr("The ERP refused the user name or password for %1. Check them in Settings > Connections.")
                            .arg(m_config.username);
            m_refused = true;
            m_refusal = r;
            loginFailed(r);
            return;
        }
        if (!result.ok()) {
            r.error = result.error == RemoteErrorClass::Malformed ? RemoteErrorClass::Malformed : result.error;
            r.message = result.message;
            r.retryAfterMs = result.retryAfterMs;
            loginFailed(r);
            return;
        }
        if (pair.size() != 2 || !pair.at(0).isDouble() || pair.at(1).toString().isEmpty()) {
            r.error = RemoteErrorClass::Malformed;
            r.message = tr("The ERP's reply to the login could not be read.");
            loginFailed(r);
            return;
        }
        const QByteArray token = QStringLiteral("%1:%2:%3")
                                     .arg(m_config.username)
                                     .arg(pair.at(0).toInteger())
                                     .arg(pair.at(1).toString())
                                     .toUtf8()
                                     .toBase64();
        m_authorization = QByteArrayLiteral("Session ") + token;
        fetchPreferences();
    });
    http->start();
}

void Session::fetchPreferences()
{
    // Without the user's context, company, currency and warehouse defaults come back empty.
    const QJsonObject body{{QStringLiteral("id"), nextId()},
                           {QStringLiteral("method"), QStringLiteral("model.res.user.get_preferences")},
                           {QStringLiteral("params"), QJsonArray{true, QJsonObject()}}};
    JsonHttpCall *http = post(m_config.database + QLatin1Char('/'), body, false, true);
    connect(http, &RemoteCall::finished, this, [this, http](const RemoteResult &result) {
        const QJsonObject prefs = resultOf(http).toObject();
        http->deleteLater();
        if (!result.ok() || prefs.isEmpty()) {
            Reply r;
            r.error = result.ok() ? RemoteErrorClass::Malformed : result.error;
            r.message = result.ok() ? tr("The ERP did not send the user's preferences.") : result.message;
            m_authorization.clear();
            loginFailed(r);
            return;
        }
        QJsonObject context;
        for (auto it = prefs.constBegin(); it != prefs.constEnd(); ++it) {
            // Display names and the group list are not context.
            if (it.key().contains(QLatin1Char('.')) || it.key() == QLatin1String("groups")
                || it.key() == QLatin1String("language_direction"))
                continue;
            context.insert(it.key(), it.value());
        }
        m_context = context;
        m_loggingIn = false;
        qCInfo(lcTryton) << "logged in to" << m_config.database << "as" << m_config.username;
        emit loggedIn(true, Reply());
    });
    http->start();
}

void Session::loginFailed(const Reply &reply)
{
    m_loggingIn = false;
    qCWarning(lcTryton).noquote() << "login failed:" << reply.message;
    emit loggedIn(false, reply);
}

} // namespace sb::tryton
