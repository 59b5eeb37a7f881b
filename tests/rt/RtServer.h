#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class QNetworkAccessManager;

namespace sb::testing {

// One REST2 exchange as the test saw it.
struct RtReply {
    int status = 0;              // HTTP status; 0 when no answer came
    QByteArray body;
    QJsonDocument json;          // body parsed, when it was JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;               // transport error or timeout, for messages

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
};

// A real Request Tracker 5 for one test: a copy of the seeded template (made once per build
// tree by scripts/rt.sh init) started on a free loopback port, stopped at destruction.
class RtServer {
public:
    RtServer();
    ~RtServer();

    // The seeded template directory, created on first use (about 20 s); empty with error set.
    static QString ensureTemplate(QString *error);
    bool start(QString *error);
    // Starts a copy of another initialised directory (a benchmark's bigger database).
    bool startFrom(const QString &source, QString *error);
    void stop();

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int port() const { return m_port; }
    QString directory() const;
    // The API user's auth token (send as "Authorization: token <it>") and its login.
    QString token() const { return m_token; }
    static QString apiUser() { return QStringLiteral("salesbridge"); }
    // DIR/seed-ids.json: queue, custom field ids and the seeded tickets' ids by key.
    QJsonObject seedIds() const { return m_seedIds; }

    // http://127.0.0.1:PORT/REST/2.0/<path>?<query>
    QUrl restUrl(const QString &path, const QUrlQuery &query = {}) const;

    // A direct REST2 call as the API user, waited for (test set-up and checks only). A body
    // goes as JSON unless contentType says otherwise.
    RtReply call(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                 const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    RtReply get(const QString &path, const QUrlQuery &query = {}) { return call("GET", path, query); }

    static int freePort();
    static QString script();

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_token;
    QJsonObject m_seedIds;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace sb::testing
