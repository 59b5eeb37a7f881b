#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace sb {

// One misbehaviour of the fake back end, matched against requests by method and path prefix.
// Built fluently: Fault::status(503).on("GET", "/api/customers").retryAfter(2).times(3)
struct Fault {
    enum Kind {
        ConnectionReset, // close the socket without a reply, before applying anything
        CommitThenReset, // apply the request, then close without a reply (the lost reply)
        Delay,           // apply, then hold the reply for delayMs (past the client's timeout)
        Status,          // answer `status` with {"error": message}; applies first only with afterCommit()
        Truncate,        // apply, send the full Content-Length but half the body, then close
        Malformed,       // apply, then answer 200 with a body that is not JSON
        DuplicatePage,   // GET list: the page repeats some of its records
        ReorderPage,     // GET list: the page comes in reverse (modified_at, id) order
        CursorInvalid,   // answer 410 {"error":"cursor_invalid"} without applying anything
    };

    Kind kind = ConnectionReset;
    QByteArray method;     // empty: any method
    QString pathPrefix;    // empty: any path; e.g. "/api/customers" (also matches "/api/customers/c-3")
    bool exactPath = false; // the path must equal pathPrefix (only the list, not by-key lookups)
    int remaining = 1;     // how many matching requests still get it; -1: all of them
    double probability = 1.0; // chance per matching request, drawn from the back end's seeded generator
    int statusCode = 500;
    int retryAfterSeconds = -1; // Status: Retry-After as delta-seconds
    QByteArray retryAfterRaw;   // Status: Retry-After sent verbatim (e.g. an HTTP-date)
    QString message;            // Status: the "error" text
    bool commitFirst = false;   // Status: apply the request before answering the error
    int delayMs = 0;            // Delay

    static Fault make(Kind k) { Fault f; f.kind = k; return f; }
    static Fault reset() { return make(ConnectionReset); }
    static Fault commitThenReset() { return make(CommitThenReset); }
    static Fault delay(int ms) { Fault f = make(Delay); f.delayMs = ms; return f; }
    static Fault status(int code, const QString &text = {}) { Fault f = make(Status); f.statusCode = code; f.message = text; return f; }
    static Fault truncate() { return make(Truncate); }
    static Fault malformed() { return make(Malformed); }
    static Fault duplicatePage() { return make(DuplicatePage); }
    static Fault reorderPage() { return make(ReorderPage); }
    static Fault cursorInvalid() { return make(CursorInvalid); }

    Fault &on(const QByteArray &m, const QString &prefix) { method = m; pathPrefix = prefix; return *this; }
    Fault &exactly() { exactPath = true; return *this; }
    Fault &times(int n) { remaining = n; return *this; }
    Fault &always() { remaining = -1; return *this; }
    Fault &withProbability(double p) { probability = p; return *this; }
    Fault &retryAfter(int seconds) { retryAfterSeconds = seconds; return *this; }
    Fault &retryAfterHeader(const QByteArray &raw) { retryAfterRaw = raw; return *this; }
    Fault &afterCommit() { commitFirst = true; return *this; }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::Fault)
