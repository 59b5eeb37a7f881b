#pragma once

#include "models/store/WorkspaceHealth.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace sb {

// What the opening of a workspace found, before any window: another SalesBridge on it, a
// folder it cannot write, a damaged file. For a damaged file it offers to keep a copy (moved
// aside with the time in its name, never deleted) and start a fresh workspace that takes over
// the server settings and syncs again; otherwise the only way on is Quit.
class WorkspaceProblemDialog : public QDialog {
    Q_OBJECT
public:
    WorkspaceProblemDialog(const QString &path, const WorkspaceOpening &opening, QWidget *parent = nullptr);

    QPushButton *startFreshButton() const { return m_startFresh; } // null unless damaged
    QPushButton *quitButton() const { return m_quit; }
    QString text() const;

    // Shows the dialog for a damaged workspace and, when the person chooses it, keeps a copy and
    // starts afresh, saying what was kept and carried. True when a fresh workspace is ready.
    static bool offerFreshStart(const QString &path, const WorkspaceOpening &opening, QWidget *parent = nullptr);
    // The result of a fresh start, said to the person (tests read it).
    static QString lastFreshStartText();

private:
    QLabel *m_text = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_startFresh = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace sb
