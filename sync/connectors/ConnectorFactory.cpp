#include "ConnectorFactory.h"

#include "KindRegistry.h"
#include "models/store/Database.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/AttachmentSource.h"
#include "sync/engine/Routing.h"

#include <QLoggingCategory>

namespace sb {

RunnerSetup makeConnectors(Database &db, QNetworkAccessManager &nam, SecretProvider &secrets, const KindRegistry &kinds,
                           QStringList *errors)
{
    RunnerSetup out;
    auto configs = ConnectorStore(db).enabled();
    if (!configs) {
        if (errors)
            *errors << configs.error();
        return out;
    }
    for (const ConnectorConfig &c : configs.value()) {
        QString error;
        auto connector = kinds.make(c, nam, secrets, &error);
        if (!connector) {
            if (errors)
                *errors << error;
            continue;
        }
        out.connectors.push_back(RunnerConnector{std::move(connector), c.id});
    }
    auto routing = Routing::load(db, kinds);
    if (!routing) {
        if (errors)
            *errors << routing.error();
        return out;
    }
    if (errors)
        *errors << routing.value().problems();
    out.routing = routing.value();
    return out;
}

std::unique_ptr<AttachmentSource> makeAttachmentSource(Database &db, QNetworkAccessManager &nam, SecretProvider &secrets,
                                                       const KindRegistry &kinds)
{
    auto configs = ConnectorStore(db).enabled();
    if (!configs)
        return nullptr;
    for (const ConnectorConfig &c : configs.value()) {
        const ConnectorKind *kind = kinds.find(c.kind);
        if (kind && kind->attachments && kinds.validate(c).isEmpty())
            return kind->attachments(c, nam, secrets);
    }
    return nullptr;
}

SecretProvider &uiKeychain()
{
    static KeychainSecrets keychain;
    return keychain;
}

SyncRunner::ConnectorFactory workspaceConnectorFactory(const QString &workspacePath)
{
    return [workspacePath](QNetworkAccessManager &nam) {
        static KeychainSecrets keychain;
        RunnerSetup out;
        auto db = Database::open(workspacePath);
        if (!db) {
            qWarning().noquote() << "sync: cannot open the workspace:" << db.error();
            return out;
        }
        QStringList errors;
        out = makeConnectors(*db.value(), nam, keychain, KindRegistry::builtIn(), &errors);
        for (const QString &e : errors)
            qWarning().noquote() << "sync:" << e;
        return out;
    };
}

} // namespace sb
