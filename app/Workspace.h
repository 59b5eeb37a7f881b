#pragma once

#include "models/store/Result.h"

#include <QString>

namespace sb {

class Database;

// Where a workspace file lives and whether it is the demo one.
struct WorkspaceChoice {
    QString path;
    bool demo = false;
    int demoSize = 500;
};

// --workspace wins; else the configured workspace when it has a back end; else the demo.
WorkspaceChoice chooseWorkspace(const QString &explicitPath, bool forceDemo, int demoSize);
QString defaultWorkspacePath();
QString demoWorkspacePath();

// Does the demo workspace at path need (re)generating for this size?
bool demoNeedsGenerating(Database &db, int size);

} // namespace sb
