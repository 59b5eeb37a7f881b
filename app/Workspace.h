#pragma once

#include "models/store/Result.h"
#include "models/store/WorkspaceHealth.h"

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

// The exit codes of the opening of a workspace, shared by the window and every command (the
// commands' own codes are 0-3, see SyncExit). Documented in the manual page and docs/reliability.md.
namespace WorkspaceExit {
enum Code {
    Failed = 2,      // another program's database, a newer SalesBridge's file: left untouched
    InUse = 4,       // another SalesBridge works on this workspace
    Damaged = 5,     // the file is damaged: `salesbridge recover` keeps a copy and starts afresh
    CannotWrite = 6, // read-only or missing folder or file, a full disk
};
} // namespace WorkspaceExit
int exitCodeFor(WorkspaceOpening::Outcome outcome);

// Does the demo workspace at path need (re)generating for this size?
bool demoNeedsGenerating(Database &db, int size);

} // namespace sb
