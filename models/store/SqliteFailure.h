#pragma once

#include <QString>

class QSqlError;

namespace sb {

// SQLite failures that are about the file or the disk, told to a person (Database.cpp).

// SQLite's (extended) result code of a query's or connection's error, 0 when there is none.
int sqliteCode(const QSqlError &error);
// The sentence for a person about a failure of that code (a full disk, a write the system
// refused, a damaged or read-only file), or an empty string for codes that are not about the
// file or the disk (a constraint, a busy lock: the caller says those). describeSqlError puts it
// before SQLite's own words.
QString describeSqliteFailure(int code);
// SQLite's code of the failure that stopped the last Database::open on this thread (0: none).
int lastOpenFailureCode();
// Whether this process met a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB) in any query:
// WorkspaceLock then asks the next opening to check the whole file.
bool damagedPageSeen();

} // namespace sb
