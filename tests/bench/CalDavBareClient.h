#pragma once
// The bare CalDAV client of bench_caldav: the calls a connector makes for a first sync of one
// calendar and nothing else. Answers read as an XML stream, every calendar-data parsed by libical
// and freed at once; nothing kept. One call at a time, like the connector.
#include "../caldav/RadicaleServer.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

namespace sb::bench {

class BareClient {
public:
    enum class Mode {
        Inline,   // REPORT sync-collection asking for getetag and calendar-data: one call
        Multiget, // sync-collection for the hrefs, then calendar-multiget of `batch` hrefs a call
        GetEach,  // sync-collection for the hrefs, then a GET per item
    };
    static QString modeName(Mode mode);

    BareClient(const QUrl &calendar, const testing::CalUser &user, Mode mode, int batch);

    struct Read {
        int items = 0;      // calendar objects read
        int events = 0;     // VEVENTs and VTODOs among them
        int todos = 0;
        int calls = 0;
        qint64 bytes = 0;
        qint64 ms = 0;      // the whole read
        qint64 parseMs = 0; // of which libical
        QString token;      // the sync-token the server gave
        QString error;      // set when a call failed: the run is not a measurement then
    };
    Read read();

private:
    // One request, waited for; its body (empty with r.error set unless the status is `expect`).
    QByteArray call(Read &r, const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &depth, int expect);
    // Walks a multistatus: every response's href, and its calendar-data parsed when present.
    void readMultistatus(Read &r, const QByteArray &xml, QStringList *hrefs);
    void parseCalendar(Read &r, const QByteArray &text);

    QNetworkAccessManager m_nam;
    QUrl m_calendar;
    QByteArray m_auth;
    Mode m_mode;
    int m_batch;
};

} // namespace sb::bench
