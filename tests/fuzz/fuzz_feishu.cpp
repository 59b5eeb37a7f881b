// Feishu Approval v4 answers (sync/connectors/feishu): the tenant token, the approval pulls and
// the connection test read the fuzz input as the OA server's replies, through JsonHttpCall,
// the {"code","msg","data"} envelope and the connector's mapping to records.
#include "FuzzNetwork.h"

#include "sync/connectors/feishu/FeishuClient.h"
#include "sync/connectors/feishu/FeishuConnector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sbfuzz::ensureApp();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    sb::feishu::Settings settings;
    settings.base = QUrl(QStringLiteral("http://oa.example:9000"));
    settings.appId = QStringLiteral("cli_fuzz");
    settings.appSecret = QStringLiteral("secret");
    settings.approvalCode = QStringLiteral("SB-QUOTE-DISCOUNT");
    settings.userId = QStringLiteral("u_wangfang");
    settings.timeoutMs = 5000;
    settings.rateLimitWaitMaxMs = 0; // a 429 ends the call instead of waiting
    const sbfuzz::Ask ask = sbfuzz::askOf(input, sb::feishu::FeishuConnector::servedEntities());
    sbfuzz::FakeNetwork nam(ask.rest, "application/json; charset=utf-8");
    {
        sb::feishu::FeishuConnector connector(&nam, settings);
        sbfuzz::ask(connector, ask);
    }
    // The process-wide token cache: each input starts without the token the last one got.
    sb::feishu::TokenCache::drop(settings, sb::feishu::TokenCache::get(settings));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
