#include "WorkspaceLock.h"

#include "SqliteFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace sb {

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_path(lockPath(workspacePath))
    , m_lock(std::make_unique<QLockFile>(lockPath(workspacePath)))
{
    // Never stale by age: a SalesBridge that runs for weeks keeps its lock. Only a lock whose
    // process is gone (QLockFile checks the process id on this host) is taken over.
    m_lock->setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock()
{
    release();
}

bool WorkspaceLock::isTaken() const
{
    return m_lock->isLocked();
}

void WorkspaceLock::release()
{
    if (!m_lock->isLocked())
        return;
    // A run that met a damaged page asks the next opening for the full check (the lock alone
    // would tell only of an unclean end).
    if (damagedPageSeen()) {
        QFile marker(m_path.chopped(5) + QStringLiteral(".check"));
        if (marker.open(QIODevice::WriteOnly))
            marker.write("a damaged page was met\n");
    }
    m_lock->unlock();
}

WorkspaceLock::State WorkspaceLock::acquire()
{
    // A lock file present before we try is either held by a live SalesBridge or left by one
    // that did not end cleanly (QLockFile removes such a stale lock inside tryLock).
    const bool leftBehind = QFileInfo::exists(m_path);
    if (m_lock->tryLock(0))
        return leftBehind ? State::TakenAfterUncleanEnd : State::Taken;

    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->getLockInfo(&pid, &host, &app)) {
            m_holderPid = pid;
            m_holder = QCoreApplication::translate("sb::WorkspaceLock", "process %1 (%2) on %3")
                           .arg(pid)
                           .arg(app.isEmpty() ? QStringLiteral("salesbridge") : app, host);
        } else {
            m_holder = QCoreApplication::translate("sb::WorkspaceLock", "another program");
        }
        return State::HeldElsewhere;
    }
    case QLockFile::PermissionError:
        m_error = QCoreApplication::translate("sb::WorkspaceLock", "SalesBridge cannot write in the folder %1 (permission denied or a "
                                                                  "read-only disk).")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return State::CannotWrite;
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    m_error = QCoreApplication::translate("sb::WorkspaceLock", "SalesBridge cannot create the file %1 beside the workspace (the "
                                                              "folder may be read-only, missing or the disk full).")
                  .arg(QDir::toNativeSeparators(m_path));
    return State::CannotWrite;
}

} // namespace sb
