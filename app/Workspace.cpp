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
        // A workspace with a back end configured is the user's real one.
        auto db = Database::open(defaultWorkspacePath(), Database::Options{Database::kSchemaVersion, false});
        if (db) {
            auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM connectors WHERE enabled = 1"));
            if (n && n.value().toInt() > 0) {
                choice.path = defaultWorkspacePath();
                return choice;
            }
        }
    }
    choice.path = demoWorkspacePath();
    choice.demo = true;
    return choice;
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
