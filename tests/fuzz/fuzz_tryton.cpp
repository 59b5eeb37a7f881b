// Tryton JSON-RPC answers (sync/connectors/tryton): the connector's pulls, id lists and
// connection test read the fuzz input as the ERP's replies (login, preferences, lookups,
// search_read pages), through JsonHttpCall and the connector's envelope and record mapping.
#include "FuzzNetwork.h"

#include "sync/connectors/tryton/TrytonConnector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sbfuzz::ensureApp();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sbfuzz::Ask ask = sbfuzz::askOf(input, sb::TrytonConnector::servedEntities());
    sbfuzz::FakeNetwork nam(ask.rest, "application/json");
    sb::tryton::Config config;
    config.url = QUrl(QStringLiteral("http://erp.example:8000/"));
    config.database = QStringLiteral("crm");
    config.username = QStringLiteral("admin");
    config.password = QStringLiteral("admin");
    config.timeoutMs = 5000;
    {
        sb::TrytonConnector connector(&nam, config);
        sbfuzz::ask(connector, ask);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
