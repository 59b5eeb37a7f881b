#pragma once

#include "models/store/ConnectorStore.h"
#include "sync/engine/SyncRunner.h"

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace sb {

class Database;

// Builds a connector for one configured back end. password: empty means "read it from the
// OS keychain at login". Returns nullptr with a message when the kind is unknown.
std::unique_ptr<Connector> makeConnector(const ConnectorConfig &config, QNetworkAccessManager &nam,
                                         const QString &password = QString(), QString *error = nullptr);

// The enabled back ends of a workspace, each with its row id (which keys its pull cursors).
std::vector<RunnerConnector> makeConnectors(Database &db, QNetworkAccessManager &nam, QStringList *errors = nullptr);

// For SyncRunner: opens the workspace briefly in the worker thread and builds its connectors.
SyncRunner::ConnectorFactory workspaceConnectorFactory(const QString &workspacePath);

} // namespace sb
