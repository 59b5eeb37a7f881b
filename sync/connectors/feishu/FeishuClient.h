#pragma once
// Inside the Feishu connector: the settings, the tenant token shared by every call, and one
// connector operation (Op): a chain of Approval v4 calls that ends in exactly one finished().
#include "sync/engine/Connector.h"
#include "sync/http/CallChain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {
class SecretProvider;
class JsonHttpCall;
}

namespace sb::feishu {

struct Settings {
    QUrl base;                 // https://open.feishu.cn (or an emulator); /open-apis/... follows
    QString appId;
    QString secretKey;         // where the app secret is in the secret provider
    SecretProvider *secrets = nullptr;
    QString appSecret;         // tests: given directly
    QString approvalCode;      // the definition quotes are approved with
    QString userId;            // the person at this laptop, as user_id
    int pollSeconds = 60;      // first wait before an open approval is asked about again (doubles, capped)
    int timeoutMs = 30000;
    int rateLimitWaitMaxMs = 10000; // a 429 asking to wait longer than this ends the call (Temporary)
};

// One reply of the API: its envelope and what came with it.
struct Answer {
    int http = 0;
    int code = 0;
    QString msg;
    QJsonObject data;
    int resetSeconds = -1; // x-ogw-ratelimit-reset
};

// Tenant tokens are per app and server and live two hours: one cache for the process, so a
// connector made for each cycle does not ask for a new token every time.
struct TokenCache {
    static QString get(const Settings &s);           // empty when none or about to expire
    static void put(const Settings &s, const QString &token, int expireSeconds);
    static void drop(const Settings &s, const QString &token);
};

// The OA server's clock, from the Date header of its answers, per server (one table for the
// process, like the tokens). The approval listing's windows and its cursor go by it, so a clock
// on this computer that jumps a year ahead (or back) moves no cursor (docs/reliability.md, "Clock").
struct ServerClock {
    static void note(const Settings &s, const QDateTime &serverDate); // an answer's Date (JsonHttpCall::serverDate)
    // The server's time now (this computer's clock plus the offset its last answer showed);
    // this computer's own time until the server has answered once in this process.
    static qint64 nowMs(const Settings &s);
    static bool known(const Settings &s);
    // TESTS ONLY: this computer's clock, in ms since the epoch (empty: the real one), so a test
    // can set it a year ahead; forgets what the servers said.
    static void setClientClockForTesting(std::function<qint64()> clock);
};

class Op : public CallChain {
    Q_OBJECT
public:
    using Body = std::function<void(Op &)>;
    Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body);

    // One API call. ok gets data on code 0. refused, when given, sees any other code first and
    // returns true when it took over (then it must call finish or another api); otherwise the
    // operation ends with the code classified. Token expiry (fetch a new one, send once more),
    // rate limits (wait as told, a few times) and 1395001 on reads (once more) are handled here.
    void api(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
             bool mutating, std::function<void(const QJsonObject &data)> ok,
             std::function<bool(const Answer &answer)> refused = {});
    using CallChain::finish;
    void fail(RemoteErrorClass error, const QString &message);
    // The class and sentence for an API code that is not handled otherwise.
    static RemoteResult classify(const Answer &answer, bool mutating);

    const Settings &settings() const { return *m_settings; }
    RemoteResult result; // what the body fills before finish(result)
    // then gets the tenant token (cached, else fetched: the server's answer also tells its
    // clock, ServerClock); a failure ends the operation instead.
    void withToken(std::function<void(const QString &token)> then);

private:
    void run() override { m_body(*this); }
    void cancelled() override;
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonObject body;
        bool mutating = false;
        std::function<void(const QJsonObject &)> ok;
        std::function<bool(const Answer &)> refused;
        bool tokenRetried = false;
        int busyRetries = 0;
        int errorRetries = 0;
    };
    void send(std::shared_ptr<Request> request);
    JsonHttpCall *call(const QByteArray &method, const QUrl &url, const QByteArray &body, bool mutating,
                       const QString &token, Answer *answer);

    QPointer<QNetworkAccessManager> m_nam;
    std::shared_ptr<const Settings> m_settings;
    Body m_body;
};

// user_id_type=user_id: every user id this connector sends or reads is a user_id.
QUrlQuery byUserId();
// The refusal of an entity the OA does not keep.
QString notServed(const QString &entity);

// Milliseconds as the API writes them (a string) to ISO 8601 UTC; empty for "0" or nothing.
QString isoFromMs(const QJsonValue &ms);

} // namespace sb::feishu
