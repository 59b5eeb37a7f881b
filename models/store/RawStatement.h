#pragma once

#include "Result.h"

#include <QString>
#include <QStringEncoder>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// A prepared statement run through SQLite's own interface, for the statements that run once
// per pulled record (a first sync writes thousands in a row): QSqlQuery stores every bound
// value in its own list before the driver binds it, which cost about as much per record as
// SQLite's insert itself. Values are bound as Qt's SQLite driver binds them, so a row reads back
// the same either way. Owned by the Database (Database::raw), which finalizes it before closing.
class RawStatement {
public:
    RawStatement(sqlite3 *db, const QString &statement);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // Binds the value for the index-th "?" (from 0).
    void bind(int index, const QVariant &value);
    void bindUtf8(int index, QByteArrayView text); // text (not a blob) given as UTF-8
    // Runs the statement to its end, then resets it and clears its bindings.
    Status run();
    qint64 lastInsertId() const;

private:
    int bindText(int position, QStringView text);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QString m_bindError;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8; // a text value as bound (SQLite copies it)
};

// The last failure on the connection, as describeSqlError says it (Database.cpp).
QString describeSqliteError(sqlite3 *db);

} // namespace sb
