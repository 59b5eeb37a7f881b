#pragma once

#include "Database.h"
#include "Result.h"
#include "WorkspaceLock.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace sb {

// The opening of a workspace by the window and by the command line: the lock (one SalesBridge
// per workspace), what the file's bytes say before SQLite reads it, the full check after a run
// that did not end cleanly, and, for a damaged file, what it still holds and a fresh start that
// keeps a copy. Every outcome carries a message for a person. See docs/reliability.md.

// What the first bytes of a workspace file say (read without SQLite).
struct FileDiagnosis {
    enum class Kind { Fine, NotSqlite, Truncated };
    Kind kind = Kind::Fine;
    QString message; // for a person, empty when Fine
};
FileDiagnosis diagnoseWorkspaceFile(const QString &path);

// PRAGMA integrity_check (full) or quick_check of the whole file, or of some tables and their
// indexes only: the first problems SQLite lists, and the time.
struct IntegrityReport {
    bool ok = false;
    bool full = true;     // integrity_check of the whole file
    QStringList problems; // at most 10 per table, SQLite's own words
    qint64 ms = 0;
};
IntegrityReport checkIntegrity(Database &db, bool full, const QStringList &tables = {});
// The tables a resync cannot rebuild: back ends, routing, unsent changes, identities, cursors,
// conflicts, the workspace's own settings.
const QStringList &essentialTables();

// What a damaged workspace still holds, read through a read-only connection row by row, so
// what can be read is read and the first failure is said.
struct Salvage {
    QList<QVariantMap> connectors; // the back ends' settings (no passwords: those are in the keychain)
    bool connectorsRead = false;   // the whole connectors table was read (it may be empty)
    QList<QVariantMap> ownerRules;
    int unsent = -1;               // changes not sent yet (pending, in flight, failed); -1 unreadable
    QString readProblem;           // the first thing that could not be read, empty if none
};
Salvage readSalvage(const QString &path);

// Moves the workspace and its -wal and -shm aside (`<file>.damaged-<UTC time>`, never
// deleted), creates a fresh workspace at the same path and carries the back ends' settings
// and routing choices read from the copy, so the next sync fills it again from the servers.
struct FreshStart {
    QString keptAs;           // the moved copy of the workspace file
    QStringList keptFiles;    // every file moved (with its -wal and -shm)
    int connectorsCarried = 0;
    int rulesCarried = 0;
    int unsentLeft = -1;      // unsent changes that stay in the kept copy (-1 unreadable)
    QString readProblem;
};
Result<FreshStart> keepCopyAndStartFresh(const QString &path);
QString describeFreshStart(const FreshStart &fresh);

struct WorkspaceOpening {
    enum class Outcome {
        Opened,
        InUse,       // another SalesBridge holds the lock (lock->holder())
        CannotWrite, // read-only or missing folder or file, a full disk
        Damaged,     // offer keepCopyAndStartFresh (salvage says what the file still holds)
        Failed,      // another program's database, a newer SalesBridge's: left untouched
    };
    Outcome outcome = Outcome::Failed;
    std::unique_ptr<Database> db;     // when Opened
    std::unique_ptr<WorkspaceLock> lock;
    QString message;                  // for a person when not Opened
    QStringList notes;                // said to the person but not in the way (a missing -wal)
    bool uncleanEnd = false;          // the last run left its lock behind
    bool checked = false;             // the full check ran
    IntegrityReport integrity;
    Salvage salvage;                  // when Damaged
};

struct OpeningOptions {
    enum class Lock {
        Required, // the window and writing commands: refuse when another SalesBridge has it
        IfFree,   // reading commands (status, export): read beside a running SalesBridge, and
                  // let go of the lock once opened (it told of an unclean end)
    };
    Lock lock = Lock::Required;
    bool create = true;
    bool fullCheck = true;   // integrity_check (else quick_check) after an unclean end
    bool forceCheck = false; // check the whole file even after a clean end (`salesbridge check`)
    // After an unclean end a file up to this size is checked whole, a larger one by its
    // essentialTables() (measured: docs/reliability.md, "Workspace file").
    qint64 wholeFileCheckLimit = qint64(128) << 20;
};

WorkspaceOpening openWorkspace(const QString &path, const OpeningOptions &options);
inline WorkspaceOpening openWorkspace(const QString &path) { return openWorkspace(path, OpeningOptions()); }

// A run that met a damaged page (SQLITE_CORRUPT) leaves `<workspace>.check` when it lets go of
// its lock, so the next opening checks the whole file even after a clean exit.
QString checkMarkerPath(const QString &workspacePath);

// The message of Damaged with what the file still holds, for the dialog and the command line.
QString describeSalvage(const Salvage &salvage);

} // namespace sb
