#pragma once

#include "models/store/ConnectorStore.h"
#include "sync/engine/SyncRunner.h"

#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace sb {

class AttachmentSource;
class Database;
class KindRegistry;
class SecretProvider;

// The enabled back ends of a workspace, each with its row id (which keys its pull cursors),
// built through the kind registry, and the routing between them. errors: kinds this build
// cannot make, and configuration problems (two owners for one entity).
RunnerSetup makeConnectors(Database &db, QNetworkAccessManager &nam, SecretProvider &secrets, const KindRegistry &kinds,
                           QStringList *errors = nullptr);

// Where the UI downloads files attached to records: from the first enabled back end whose kind
// keeps them (Request Tracker's ticket history); null when none does.
std::unique_ptr<AttachmentSource> makeAttachmentSource(Database &db, QNetworkAccessManager &nam, SecretProvider &secrets,
                                                       const KindRegistry &kinds);
// The OS keychain, for the UI thread's own use (the sync worker has its own).
SecretProvider &uiKeychain();

// For SyncRunner: opens the workspace briefly in the worker thread and builds its connectors
// from the built-in kinds, with secrets from the OS keychain.
SyncRunner::ConnectorFactory workspaceConnectorFactory(const QString &workspacePath);

} // namespace sb
