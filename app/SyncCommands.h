#pragma once

#include <QString>
#include <QStringList>

namespace sb {

class Database;

// `salesbridge sync`: one full cycle in this process, progress lines, a summary.
// Exit 0: all sent and received; 1: the cycle ran but some changes were refused or conflict;
// 2: it could not run (no server configured, login refused, network down).
int syncCommand(Database &db, const QString &password);

// `salesbridge connect KIND SETTINGS...` (tryton URL DATABASE USER): configures a back end
// through the kind registry, checks that it logs in, stores the password in the OS keychain.
// Refused when it would make two systems owners of one kind of record.
int connectCommand(Database &db, const QStringList &args, const QString &password);

// `salesbridge route KEY SYSTEM`: which system owns an entity or command two systems serve.
// Exit 1 while configuration problems remain.
int routeCommand(Database &db, const QStringList &args);

// `salesbridge status`: pending / refused / conflicts / local-only, each system's last sync,
// last error and reachability, and configuration problems (exit 1 while there are any).
int statusCommand(Database &db);

// Reads one line from standard input (for --password-stdin); never echoed or logged.
QString readPasswordFromStdin();

} // namespace sb
