#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace sb {

// One SalesBridge at a time on a workspace: a lock file beside it (`workspace.sqlite.lock`,
// QLockFile: the owner's process id, host and program). The sync engine sends every change
// exactly once only while one engine works on a workspace, so a second window or a second
// writing command refuses while the lock is held. A clean exit removes the file; a lock whose
// owner died (its process is gone) is taken over, and that tells the opening that the last run
// did not end cleanly (then the workspace is checked).
class WorkspaceLock {
public:
    enum class State {
        Taken,                  // ours; the last run ended cleanly (or there was none)
        TakenAfterUncleanEnd,   // ours; a lock of a process that died was left behind
        HeldElsewhere,          // another SalesBridge has it: holder() names it
        CannotWrite,            // the lock file cannot be written: error() says why
    };

    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock(); // releases the lock
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    State acquire();
    bool isTaken() const;
    void release();

    // "process 4711 (salesbridge) on laptop-7", for a person.
    QString holder() const { return m_holder; }
    qint64 holderPid() const { return m_holderPid; }
    QString error() const { return m_error; }

    static QString lockPath(const QString &workspacePath) { return workspacePath + QStringLiteral(".lock"); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
    qint64 m_holderPid = 0;
    QString m_error;
};

} // namespace sb
