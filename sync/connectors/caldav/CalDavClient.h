#pragma once
// Inside the CalDAV connector: the settings, one connector operation (Op: a chain of WebDAV
// requests with Basic authentication that ends in exactly one finished()) and the reading of a
// multistatus answer. CalDavClient.cpp.
#include "sync/engine/Connector.h"
#include "sync/http/CallChain.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {
class SecretProvider;
}

namespace sb::caldav {

Q_DECLARE_LOGGING_CATEGORY(lcCalDav) // salesbridge.sync.caldav

struct Settings {
    QUrl collection;           // the calendar: http://host:5232/alice/sales-meetings/ (ends in '/')
    QString username;          // Basic authentication; also the owner of what other clients made
    QString secretKey;         // where the password is in the secret provider
    SecretProvider *secrets = nullptr;
    QString password;          // tests: given directly
    QString floatingZone;      // the zone of times written without one (option time_zone); empty: UTC
    int timeoutMs = 30000;
    // The password as read from the provider, shared by the connector's operations (one
    // thread): the keychain is asked once per connector. Cleared on a 401.
    std::shared_ptr<QString> passwordMemo = std::make_shared<QString>();

    // The collection's path ("/alice/sales-meetings/") and an item's path in it.
    QString collectionPath() const;
    QString itemPath(const QString &fileName) const;
};

// One answer the caller goes on with.
struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray etag; // as the server sent it, quotes included: the item's version
};

// One request: href is a path on the server ("/alice/cal/x.ics"); empty is the collection.
struct Request {
    QByteArray method;
    QString href;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool mutating = false;
};

class Op : public CallChain {
    Q_OBJECT
public:
    using Body = std::function<void(Op &)>;
    Op(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, Body body);

    // ok gets every 2xx; any other outcome ends the operation classified (401: sign in again;
    // 403: no rights), unless refused, when given, takes it over (returns true; then it must
    // call finish or send again).
    void send(const Request &request, std::function<void(const Reply &)> ok,
              std::function<bool(const RemoteResult &, const Reply &)> refused = {});
    using CallChain::finish;
    void fail(RemoteErrorClass error, const QString &message);

    const Settings &settings() const { return *m_settings; }

private:
    void run() override { m_body(*this); }
    void cancelled() override;
    void withPassword(std::function<void(const QString &password)> then);

    QPointer<QNetworkAccessManager> m_nam;
    std::shared_ptr<const Settings> m_settings;
    Body m_body;
    QString m_password;
};

// One <response> of a multistatus.
struct DavResponse {
    QString href;        // its path, as the server wrote it
    int status = 0;      // the response's own status (a deleted member: 404); 0 when it has propstats
    int propStatus = 0;  // the status of the propstat that carried the properties
    QByteArray etag;
    QByteArray calendarData;
    QString displayName;
    bool isCalendar = false; // resourcetype names a calendar
};

struct Multistatus {
    bool ok = false;
    QString error; // why the XML could not be read
    QString syncToken;
    QList<DavResponse> responses;
};

Multistatus parseMultistatus(const QByteArray &xml);
// The same, response by response as the XML is read: each() gets every response with an href
// (false stops the reading, which then counts as read); *syncToken the answer's token. False
// with *error set when the answer is not a readable multistatus.
bool readMultistatus(const QByteArray &xml, const std::function<bool(const DavResponse &)> &each, QString *syncToken,
                     QString *error);
// A 403 body that says the sync token is no longer valid (RFC 6578 DAV:valid-sync-token).
bool isInvalidSyncToken(const QByteArray &xml);
// A path as it names an item: percent-decoding differences aside ("/a/b%20c.ics" = "/a/b c.ics").
QString normalPath(const QString &href);

} // namespace sb::caldav
