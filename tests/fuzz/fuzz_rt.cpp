// Request Tracker REST2 answers (sync/connectors/rt): the ticket pulls, the transactions feed of
// ticket history and the connection test read the fuzz input as RT's replies, through
// JsonHttpCall and the connector's mapping to records.
#include "FuzzNetwork.h"

#include "sync/connectors/rt/RtConnector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sbfuzz::ensureApp();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sbfuzz::Ask ask = sbfuzz::askOf(input, sb::rt::RtConnector::servedEntities());
    sbfuzz::FakeNetwork nam(ask.rest, "application/json");
    sb::rt::Settings settings;
    settings.base = QUrl(QStringLiteral("http://rt.example:8080/"));
    settings.queue = QStringLiteral("General");
    settings.username = QStringLiteral("root");
    settings.token = QStringLiteral("1-14-fuzztoken");
    settings.timeoutMs = 5000;
    {
        sb::rt::RtConnector connector(&nam, settings);
        sbfuzz::ask(connector, ask);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
