#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace sb {

class Connector;
class Database;
class Routing;
struct SyncBacklog;

// The exit codes of `salesbridge sync`. They describe the workspace after the cycle, not only
// what the cycle met: a conflict left by an earlier cycle still needs a person.
namespace SyncExit {
enum Code {
    AllThrough = 0,    // nothing is left to send, refused or in conflict
    NeedsAPerson = 1,  // changes a server refused, open conflicts, or changes held behind them
    CouldNotRun = 2,   // no server configured, login refused, network down, workspace error
    RunAgainLater = 3, // changes still wait (backing off, retry later, a parent not sent yet)
    KeychainUnavailable = 7, // a server's password could not be read: the system keychain is
                             // locked, absent or refusing; nothing went to that server
};
} // namespace SyncExit

// `salesbridge sync`: one full cycle in this process, progress lines, a summary, what is left.
// Returns a SyncExit code (1 wins over 3). checkDeletions: the cycle also checks which records
// still exist on the servers (DeletionCheckStore), whether or not that check is due.
int syncCommand(Database &db, const QString &password, bool checkDeletions = false);

// A connector for one cycle and its row in the connectors table (which keys its pull cursors).
struct SyncTarget {
    Connector *connector = nullptr;
    qint64 connectorRowId = 0;
};

// The part of syncCommand after the connectors are built (tests give it fake ones): runs one
// cycle with the routing (none: each system owns what it serves), prints progress, the summary
// and the line "Left: ..." to out, errors to err, and returns the SyncExit code.
// checkDeletions: asks for the check for deletions first and prints what it found and cost.
int runSyncCycle(Database &db, const QList<SyncTarget> &targets, QTextStream &out, QTextStream &err,
                 const Routing *routing = nullptr, bool checkDeletions = false);

// "Left: 2 refused, 5 in conflict, 12 to retry", or that nothing is left.
QString describeBacklog(const SyncBacklog &backlog);

// `salesbridge connect KIND SETTINGS...` (tryton URL DATABASE USER): configures a back end
// through the kind registry, checks that it logs in, stores the password in the OS keychain.
// Refused when it would make two systems owners of one kind of record.
// allowPlainHttp: the person confirmed (--allow-plain-http) that the password may travel
// unencrypted to a server reached over plain http.
int connectCommand(Database &db, const QStringList &args, const QString &password, bool allowPlainHttp = false);

// `salesbridge route KEY SYSTEM`: which system owns an entity or command two systems serve.
// Exit 1 while configuration problems remain.
int routeCommand(Database &db, const QStringList &args);

// `salesbridge status`: pending / refused / conflicts / local-only, each system's last sync,
// last error and reachability, and configuration problems (exit 1 while there are any).
int statusCommand(Database &db);

// Reads one line from standard input (for --password-stdin); never echoed or logged.
QString readPasswordFromStdin();

} // namespace sb
