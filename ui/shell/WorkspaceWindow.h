#pragma once

#include "ui/common/AppContext.h"

#include <QString>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class AttachmentSource;
class Database;
class MainWindow;
class SyncRunner;

// An open workspace on screen: its context, its main window and its background sync. Every
// way the app starts (a workspace as it is, a demo workspace generated first) builds the window
// here, so the sync wiring cannot be left out on one of them: a workspace with servers syncs at
// once, and one without gets a runner as soon as a server is added in Settings (the runner
// builds its connectors at every cycle from the workspace, so later changes reach it too).
class WorkspaceWindow {
public:
    struct Options {
        bool backgroundSync = true; // off for --screenshot: a picture, not a session
    };

    // path: the workspace file db is open on (the runner opens its own connection on it).
    WorkspaceWindow(Database &db, const Session &session, const QString &label, const QString &path, Options options);
    WorkspaceWindow(Database &db, const Session &session, const QString &label, const QString &path)
        : WorkspaceWindow(db, session, label, path, Options())
    {
    }
    ~WorkspaceWindow();

    MainWindow &window() const { return *m_window; }
    SyncRunner *syncRunner() const { return m_runner.get(); }

private:
    // Builds the runner once the workspace has a server, and starts a first cycle.
    void startSyncWhenConfigured();

    AppContext m_ctx;
    QString m_path;
    Options m_options;
    void updateAttachmentSource();

    std::unique_ptr<QNetworkAccessManager> m_nam;       // the UI thread's downloads
    std::unique_ptr<AttachmentSource> m_attachments;
    std::unique_ptr<SyncRunner> m_runner; // outlives the window that shows its progress
    std::unique_ptr<MainWindow> m_window;
};

} // namespace sb
