#pragma once

#include "sync/engine/Connector.h"
#include "sync/http/JsonHttpCall.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace sb {

class SecretProvider;

class JsonHttpCall;

namespace tryton {

Q_DECLARE_LOGGING_CATEGORY(lcTryton) // salesbridge.sync.tryton

struct Config {
    QUrl url;            // http://host:port (the database name goes in the path)
    QString database;
    QString username;
    QString password;    // empty: asked of secrets under secretKey at login
    QString secretKey;
    SecretProvider *secrets = nullptr; // not owned; outlives the session
    QString language = QStringLiteral("en");
    int timeoutMs = 60000;
    // A rep's login: the workspace holds only the customers whose sales rep (the "Sales rep"
    // category) it is, and what belongs to them. Empty: every customer.
    QString scopeOwner;
};

// The answer to one JSON-RPC call, classified like every remote call.
struct Reply {
    RemoteErrorClass error = RemoteErrorClass::None;
    QString message;
    int retryAfterMs = -1;
    QJsonValue result;
    QDateTime serverDate; // the reply's Date header (UTC): Tryton has no "now" call
    bool keychain = false; // RemoteResult::keychain
    bool ok() const { return error == RemoteErrorClass::None; }
};

// Tryton's JSON types <-> the cache's plain values.
// datetime -> "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC), date -> "yyyy-MM-dd", Decimal -> its text.
QVariant fromJson(const QJsonValue &value);
QJsonObject datetimeValue(const QDateTime &utc);
QJsonObject dateValue(const QDate &date);
QJsonObject decimalValue(qint64 cents);
// Decimal object, number or text -> cents (rounded half away from zero); 0 for null.
qint64 centsOf(const QJsonValue &value);
// The JSON-RPC "error" member -> class and a sentence for a person.
void classifyError(const QJsonValue &error, Reply &reply);

class Session;

// One call in flight: login first when needed, and once more after a 401 (an expired session).
class Request : public QObject {
    Q_OBJECT
public:
    // Sends it (after a login when needed); connect to finished() first.
    void start() { begin(); }
    void abort();
    bool isAnswering() const { return m_answering; }
    // See JsonHttpCall::setGate; applies to the HTTP call in flight.
    void setGate(JsonHttpCall::Gate gate);

signals:
    void finished(const sb::tryton::Reply &reply);
    void sent();      // the call's HTTP request went out (see RemoteCall::sent)
    void answering(); // the server began its answer (see RemoteCall::answering)

private:
    friend class Session;
    Request(Session *session, QString method, QJsonArray params, QJsonObject extraContext, bool mutating);
    void begin();
    void send();
    void onHttp(const RemoteResult &result);
    void done(Reply reply);

    QPointer<Session> m_session;
    QString m_method;
    QJsonArray m_params;
    QJsonObject m_extraContext;
    bool m_mutating;
    bool m_relogged = false;
    bool m_finished = false;
    bool m_answering = false;
    QPointer<JsonHttpCall> m_http;
    QJsonValue m_result;
    QElapsedTimer m_clock;
};

// A logged-in connection to one Tryton database. The session key lives in memory only.
class Session : public QObject {
    Q_OBJECT
public:
    Session(QNetworkAccessManager *nam, Config config, QObject *parent = nullptr);

    // method: "model.party.party.search_read"; params without the context, which is appended
    // (the user's context from get_preferences, plus extraContext). Not sent until start().
    Request *call(const QString &method, const QJsonArray &params, bool mutating, const QJsonObject &extraContext = {});

    const Config &config() const { return m_config; }
    QJsonObject context() const { return m_context; }
    bool isLoggedIn() const { return !m_authorization.isEmpty(); }
    void forget(); // drop the session (next call logs in again)
    QNetworkAccessManager *network() const { return m_nam; }

signals:
    void loggedIn(bool ok, const sb::tryton::Reply &failure);

private:
    friend class Request;
    void ensureLogin();
    void loginWithPassword(const QString &password);
    void fetchPreferences();
    void loginFailed(const Reply &reply);
    JsonHttpCall *post(const QString &path, const QJsonObject &body, bool mutating, bool authorized);
    int nextId() { return ++m_lastId; }

    QNetworkAccessManager *m_nam;
    Config m_config;
    QByteArray m_authorization;
    QJsonObject m_context;
    bool m_loggingIn = false;
    int m_lastId = 0;
    // A refused password is not tried again by this session: servers lock an account (HTTP 429)
    // after a few failures, which would then refuse the right password too.
    bool m_refused = false;
    Reply m_refusal;
};

} // namespace tryton
} // namespace sb

Q_DECLARE_METATYPE(sb::tryton::Reply)
