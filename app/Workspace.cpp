#include "Workspace.h"

#include "models/store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sb {

QString defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

QString demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

WorkspaceChoice chooseWorkspace(const QString &explicitPath, bool forceDemo, int demoSize)
{
    WorkspaceChoice choice;
    choice.demoSize = demoSize;
    if (!explicitPath.isEmpty()) {
        choice.path = explicitPath;
        choice.demo = forceDemo;
        return choice;
    }
    if (!forceDemo && QFileInfo::exists(defaultWorkspacePath())) {
        // Read without writing (the opening checks it next, under the lock): a workspace with
        // a back end is the user's real one, and one that cannot be read is opened so that its
        // problem is said, never silently replaced by the demo.
        const Salvage probe = readSalvage(defaultWorkspacePath());
        bool configured = !probe.readProblem.isEmpty() && QFileInfo(defaultWorkspacePath()).size() > 0;
        for (const QVariantMap &row : probe.connectors)
            configured = configured || row.value(QStringLiteral("enabled")).toInt() != 0;
        if (configured) {
            choice.path = defaultWorkspacePath();
            return choice;
        }
    }
    choice.path = demoWorkspacePath();
    choice.demo = true;
    return choice;
}

int exitCodeFor(WorkspaceOpening::Outcome outcome)
{
    switch (outcome) {
    case WorkspaceOpening::Outcome::Opened: return 0;
    case WorkspaceOpening::Outcome::InUse: return WorkspaceExit::InUse;
    case WorkspaceOpening::Outcome::Damaged: return WorkspaceExit::Damaged;
    case WorkspaceOpening::Outcome::CannotWrite: return WorkspaceExit::CannotWrite;
    case WorkspaceOpening::Outcome::Failed: break;
    }
    return WorkspaceExit::Failed;
}

bool demoNeedsGenerating(Database &db, int size)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!n || n.value().toInt() == 0)
        return true;
    auto kind = db.scalar(QStringLiteral("SELECT value FROM app_meta WHERE key = 'workspace_kind'"));
    auto stored = db.scalar(QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_size'"));
    // Only a demo workspace is ever regenerated, and only when asked for another size.
    return kind && kind.value().toString() == QLatin1String("demo") && stored && stored.value().toInt() != size;
}

} // namespace sb
