#pragma once

#include <QString>
#include <QStringList>

namespace sb {

class Database;

// `salesbridge sync`: one full cycle in this process, progress lines, a summary.
// Exit 0: all sent and received; 1: the cycle ran but some changes were refused or conflict;
// 2: it could not run (no server configured, login refused, network down).
int syncCommand(Database &db, const QString &password);

// `salesbridge connect tryton URL DATABASE USER`: configures a back end, stores the password
// in the OS keychain and checks that it logs in.
int connectCommand(Database &db, const QStringList &args, const QString &password);

// Reads one line from standard input (for --password-stdin); never echoed or logged.
QString readPasswordFromStdin();

} // namespace sb
