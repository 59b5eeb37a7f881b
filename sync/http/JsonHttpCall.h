#pragma once

#include "sync/engine/Connector.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace sb {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)      // salesbridge.sync.http: failures, info and up
Q_DECLARE_LOGGING_CATEGORY(lcHttpTrace) // salesbridge.sync.http.trace: one line per request, off by default

// One JSON request over HTTP, classified into a RemoteResult the engine can act on.
//
// The rule that matters most: once a mutating request (POST/PATCH/PUT/DELETE) may have reached
// the server, any outcome that does not tell us what the server did (timeout, reset, 5xx,
// unreadable reply, abort) is Uncertain, never Temporary, so a create is looked up by its key
// instead of being sent again. Temporary is kept for failures where the request cannot have
// been applied (refused, host not found) and for reads.
//
// finished() is emitted exactly once: after the reply, the timeout or abort() (synchronously
// from abort()). The caller owns the object.
class JsonHttpCall : public RemoteCall {
    Q_OBJECT
public:
    // Fills the payload (record, records, cursor...) from the reply. Called for 2xx replies and
    // for 409 (the server's current record; the class stays Conflict). It may set an error
    // itself, e.g. Malformed when fields are missing; on a mutating call Malformed becomes
    // Uncertain because the server did apply it.
    using Parser = std::function<void(const QJsonDocument &document, RemoteResult &result)>;

    JsonHttpCall(QNetworkAccessManager *nam, QNetworkRequest request, QByteArray method, QByteArray body,
                 bool mutating, int timeoutMs, QObject *parent = nullptr);
    ~JsonHttpCall() override;

    void setParser(Parser parse) { m_parse = std::move(parse); }
    // Holds the handling (parsing) of the finished reply until the gate calls `go`: a caller
    // that has just sent another request lets the network thread take that body first (it is
    // taken from this thread's event loop). Used once.
    using Gate = std::function<void(std::function<void()> go)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    // For servers that answer in an envelope on every status ({"code","msg","data"}): called
    // with each reply whose body is a JSON object, before the status-based rules; returns true
    // when it has classified the reply (and filled the payload) itself.
    using Envelope = std::function<bool(int status, const QJsonDocument &document, QNetworkReply &reply, RemoteResult &result)>;
    void setEnvelope(Envelope envelope) { m_envelope = std::move(envelope); }
    // For servers that answer in another format than JSON (CalDAV's XML and iCalendar): called
    // with every complete reply's raw body before anything else reads it; returns true when it
    // has classified the reply (and filled the payload) itself, false to leave it to the
    // status-based rules (a mutating call's Malformed becomes Uncertain either way).
    using RawReader = std::function<bool(int status, const QByteArray &body, QNetworkReply &reply, RemoteResult &result)>;
    void setRawReader(RawReader reader) { m_rawReader = std::move(reader); }
    // For lookups: 404 is an answer ("no such record": ok, found = false), not NotFound.
    void setNotFoundIsAnswer(bool on) { m_notFoundIsAnswer = on; }

    void start() override;
    void abort() override;

    QByteArray method() const { return m_method; }
    bool isMutating() const { return m_mutating; }
    bool isFinished() const { return m_done; }
    int httpStatus() const { return m_status; } // 0 when no HTTP status line arrived
    // The reply's Date header as UTC (the server's clock, second precision); invalid when absent.
    QDateTime serverDate() const { return m_serverDate; }

    // Retry-After as delta-seconds or an HTTP-date, in ms from now; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // The server's own words: the "message" or "error" string of a JSON error body.
    static QString serverMessage(const QJsonDocument &document);

protected:
    // A subclass may parse here instead of setting a Parser; the default calls the Parser.
    virtual void parsePayload(const QJsonDocument &document, RemoteResult &result);

private:
    void onReplyFinished();
    void onTimeout();
    RemoteResult classifyTransportError(QNetworkReply::NetworkError error) const;
    RemoteResult classifyHttp(QNetworkReply *reply, const QByteArray &body, bool truncated);
    RemoteResult readSuccess(const QByteArray &body);
    void dropReply();
    void finish(RemoteResult result);

    QPointer<QNetworkAccessManager> m_nam;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    bool m_mutating;
    int m_timeoutMs;
    Parser m_parse;
    Gate m_gate;
    Envelope m_envelope;
    RawReader m_rawReader;
    bool m_notFoundIsAnswer = false;

    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    int m_status = 0;
    QStringList m_sslErrors; // what the TLS handshake found wrong with the certificate, for the message
    QDateTime m_serverDate;
    bool m_started = false;
    bool m_done = false;
};

} // namespace sb
