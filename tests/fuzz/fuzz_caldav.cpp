// CalDAV answers (sync/connectors/caldav): the connector's pulls (the sync-collection REPORT's
// 207 multistatus, read on the answer reader's worker thread, every item through libical), id
// lists and connection test read the fuzz input as the calendar server's replies.
#include "FuzzNetwork.h"

#include "sync/connectors/caldav/CalDavConnector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sbfuzz::ensureApp();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sbfuzz::Ask ask = sbfuzz::askOf(input, sb::caldav::CalDavConnector::servedEntities());
    sbfuzz::FakeNetwork nam(ask.rest, "application/xml; charset=utf-8");
    sb::caldav::Settings settings;
    settings.collection = QUrl(QStringLiteral("http://dav.example:5232/alice/sales-meetings/"));
    settings.username = QStringLiteral("alice");
    settings.password = QStringLiteral("secret");
    settings.floatingZone = QStringLiteral("Europe/Brussels");
    settings.timeoutMs = 5000;
    {
        sb::caldav::CalDavConnector connector(&nam, settings);
        sbfuzz::ask(connector, ask);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
