#pragma once

#include "models/store/ConnectorStore.h"
#include "sync/engine/SyncRunner.h"

#include <QStringList>

class QNetworkAccessManager;

namespace sb {

class Database;
class KindRegistry;
class SecretProvider;

// The enabled back ends of a workspace, each with its row id (which keys its pull cursors),
// built through the kind registry, and the routing between them. errors: kinds this build
// cannot make, and configuration problems (two owners for one entity).
RunnerSetup makeConnectors(Database &db, QNetworkAccessManager &nam, SecretProvider &secrets, const KindRegistry &kinds,
                           QStringList *errors = nullptr);

// For SyncRunner: opens the workspace briefly in the worker thread and builds its connectors
// from the built-in kinds, with secrets from the OS keychain.
SyncRunner::ConnectorFactory workspaceConnectorFactory(const QString &workspacePath);

} // namespace sb
