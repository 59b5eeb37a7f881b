#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace sb::testing {

// One CalDAV exchange as the test saw it.
struct CalReply {
    int status = 0;              // HTTP status; 0 when no answer came
    QByteArray body;
    QByteArray etag;             // the ETag header, quotes included, as the server sent it
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;               // transport error or timeout, for messages

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
    // "HTTP 412: Precondition failed." for failure messages.
    QString describe() const;
};

// What a REPORT sync-collection answered (RFC 6578), parsed.
struct SyncReport {
    CalReply reply;                        // the raw exchange (status 207 when it worked)
    QString token;                         // the new sync-token
    QMap<QString, QByteArray> etags;       // changed or new members: href path -> ETag
    QMap<QString, QByteArray> data;        // href path -> calendar-data, when asked for
    QStringList deleted;                   // hrefs that came back as 404 Not Found
};

// Who a request goes as. Radicale's users are alice/alice-pass and bob/bob-pass (radicale.sh).
struct CalUser {
    QString name = QStringLiteral("alice");
    QString password = QStringLiteral("alice-pass");
};

// Conditions of a PUT or DELETE: none, "If-None-Match: *" (create only) or "If-Match: <etag>".
struct Precondition {
    QByteArray ifMatch;
    QByteArray ifNoneMatch;
    static Precondition none() { return {}; }
    static Precondition createOnly() { return {{}, QByteArrayLiteral("*")}; }
    static Precondition match(const QByteArray &etag) { return {etag, {}}; }
};

// A real Radicale 3.1 (Debian's package, scripts/radicale.sh) for one test program: started on
// a free loopback port in a temporary folder, stopped at destruction. Each test takes a fresh
// calendar of alice's with newCalendar(). The HTTP helpers act as "another client" of the
// server (a phone, Thunderbird): they send what the test wrote, iCalendar text included.
class RadicaleServer {
public:
    // parentDir: where the server's temporary folder goes (default: the system's temporary
    // folder; a benchmark may choose a RAM disk to keep Radicale's fsyncs out of its figures).
    explicit RadicaleServer(const QString &parentDir = {});
    ~RadicaleServer();

    // Starts the server; false with a message (the script's output and log tail) otherwise.
    bool start(QString *error);
    // Talks to a server someone else runs at base (a benchmark's --url); nothing is started.
    void attach(const QUrl &base);
    void stop();

    QUrl url() const { return m_base; }             // http://127.0.0.1:PORT/
    int port() const { return m_base.port(); }
    QString directory() const;                      // DIR of radicale.sh (config, log, collections)
    static CalUser alice() { return {}; }
    static CalUser bob() { return {QStringLiteral("bob"), QStringLiteral("bob-pass")}; }

    // A new calendar collection of alice's (VEVENT and VTODO, display name `name`), a fresh
    // path on every call: http://127.0.0.1:PORT/alice/<slug>-<n>/. Empty with error set when
    // MKCALENDAR did not answer 201.
    QUrl newCalendar(const QString &name, QString *error = nullptr);
    // collection + fileName (the collection URL ends in '/').
    static QUrl itemUrl(const QUrl &collection, const QString &fileName);
    // href as a path ("/alice/cal/x.ics") or a full URL, made absolute on this server.
    QUrl resolve(const QString &href) const;

    CalReply put(const QString &href, const QByteArray &icsText, const Precondition &when = Precondition::none(),
                 const CalUser &as = alice());
    CalReply get(const QString &href, const CalUser &as = alice());
    CalReply remove(const QString &href, const Precondition &when = Precondition::none(), const CalUser &as = alice());
    // The member hrefs (paths) of a collection, sorted, by PROPFIND Depth 1. Empty with error
    // set when the server did not answer 207.
    QStringList listHrefs(const QUrl &collection, QString *error = nullptr, const CalUser &as = alice());
    // REPORT sync-collection with `token` (empty: everything), asking for getetag and, when
    // withData, calendar-data too.
    SyncReport syncCollection(const QUrl &collection, const QString &token, bool withData = false,
                              const CalUser &as = alice());
    // PROPFIND Depth 0 of one property in DAV: (displayname, sync-token ...): its text.
    QString property(const QUrl &url, const QString &davName, CalReply *reply = nullptr, const CalUser &as = alice());

    // Any request, waited for (test set-up and checks only). A body goes with contentType.
    CalReply call(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = {}, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
                  const CalUser &as = alice());

    static int freePort();
    static QString script();    // scripts/radicale.sh of this source tree
    // Runs scripts/radicale.sh with args; false with its output in error unless it exits 0.
    static bool runScript(const QStringList &args, QString *error, int timeoutMs = 60000);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_base;
    bool m_running = false;
    int m_calendars = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace sb::testing
