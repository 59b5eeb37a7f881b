#include "ConnectorFactory.h"

#include "models/store/Database.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace sb {

std::unique_ptr<Connector> makeConnector(const ConnectorConfig &config, QNetworkAccessManager &nam, const QString &password,
                                         QString *error)
{
    if (config.kind == QLatin1String("tryton")) {
        tryton::Config c;
        c.url = QUrl(config.url);
        c.database = config.databaseName;
        c.username = config.username;
        c.password = password;
        c.keychainKey = CredentialStore::keyFor(config.system, config.url, config.username);
        return std::make_unique<TrytonConnector>(&nam, c);
    }
    if (error)
        *error = QCoreApplication::translate("sb::ConnectorFactory", "SalesBridge cannot connect to a server of kind \"%1\".")
                     .arg(config.kind);
    return nullptr;
}

std::vector<RunnerConnector> makeConnectors(Database &db, QNetworkAccessManager &nam, QStringList *errors)
{
    std::vector<RunnerConnector> out;
    ConnectorStore store(db);
    auto configs = store.enabled();
    if (!configs) {
        if (errors)
            *errors << configs.error();
        return out;
    }
    for (const ConnectorConfig &c : configs.value()) {
        QString error;
        auto connector = makeConnector(c, nam, QString(), &error);
        if (!connector) {
            if (errors)
                *errors << error;
            continue;
        }
        out.push_back(RunnerConnector{std::move(connector), c.id});
    }
    return out;
}

SyncRunner::ConnectorFactory workspaceConnectorFactory(const QString &workspacePath)
{
    return [workspacePath](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> out;
        auto db = Database::open(workspacePath);
        if (!db) {
            qWarning().noquote() << "sync: cannot open the workspace:" << db.error();
            return out;
        }
        QStringList errors;
        out = makeConnectors(*db.value(), nam, &errors);
        for (const QString &e : errors)
            qWarning().noquote() << "sync:" << e;
        return out;
    };
}

} // namespace sb
