#pragma once
// Inside the Request Tracker connector: the settings, and one connector operation (Op): a chain
// of REST2 calls that ends in exactly one finished(). RtClient.cpp.
#include "sync/engine/Connector.h"
#include "sync/http/CallChain.h"

#include <QByteArray>
#include <QJsonDocument>
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

namespace sb::rt {

constexpr int kMaxPerPage = 100; // REST2 gives at most 100 items a page, whatever per_page says

struct Settings {
    QUrl base;                  // http://rt.example.com (RT's WebPath included); /REST/2.0/... follows
    QString queue;              // the queue tickets are filed in and pulled from
    QString username;           // the API user the token belongs to (for messages)
    QString secretKey;          // where the token is in the secret provider
    SecretProvider *secrets = nullptr;
    QString token;              // tests: given directly
    QString customerField = QStringLiteral("Customer Code");
    QString keyField = QStringLiteral("Idempotency Key");
    QString messageKeyField = QStringLiteral("Message Key"); // a transaction custom field: replies and comments
    int timeoutMs = 30000;
    // The token as read from the provider, shared by the connector's operations (one thread):
    // the keychain is asked once per connector, not for every page. Cleared on a 401.
    std::shared_ptr<QString> tokenMemo = std::make_shared<QString>();
};

// One answer of REST2 that the caller goes on with.
struct Reply {
    int status = 0;
    QJsonDocument json;
    QByteArray etag;     // ETag without its quotes (the ticket's last transaction id)
    QByteArray location; // Location of a 201
};

class Op : public CallChain {
    Q_OBJECT
public:
    using Body = std::function<void(Op &)>;
    Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body);
    void setBody(Body body) { m_body = std::move(body); } // before start()

    // One REST2 call: path is below /REST/2.0/. A body goes as JSON. ok gets every 2xx; any
    // other outcome ends the operation classified (401: sign in again), unless refused, when
    // given, takes it over (returns true; then it must call finish or another api).
    void api(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body,
             bool mutating, std::function<void(const Reply &)> ok,
             std::function<bool(const RemoteResult &, int status)> refused = {},
             const QByteArray &ifMatch = {});
    using CallChain::finish;
    void fail(RemoteErrorClass error, const QString &message);

    const Settings &settings() const { return *m_settings; }

private:
    void run() override { m_body(*this); }
    void cancelled() override;
    void withToken(std::function<void(const QString &token)> then);

    QPointer<QNetworkAccessManager> m_nam;
    std::shared_ptr<const Settings> m_settings;
    Body m_body;
    QString m_token;
};

// The User-Agent every call sends. Not Qt's default: REST2 takes a "Mozilla" agent for a
// browser and answers a refused token with a redirect to its login page instead of a 401.
QByteArray userAgent();

} // namespace sb::rt
