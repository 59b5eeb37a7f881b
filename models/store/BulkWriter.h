#pragma once

#include "Entity.h"
#include "Result.h"

#include <QStringList>
#include <QVariantList>

struct sqlite3_stmt;

namespace sb {

class Database;

// The fast path for rows that arrive in bulk (a pulled page, the demo workspace): one
// prepared INSERT reused for every row, inside the caller's transaction. It binds straight
// through SQLite's C API: QtSql's per-row bookkeeping costs about 40% on narrow rows.
// Rows written here are server state: no outbox entry, local_state clean.
class BulkWriter {
public:
    // columns: any of the entity's columns plus the sync columns (remote_system, remote_id,
    // remote_version, base_snapshot, created_at, updated_at); "id" may be given to keep ids stable.
    BulkWriter(Database &db, const Entity &entity, const QStringList &columns);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QStringList &columns() const { return m_columns; }

    // values in the order of columns(); returns the new row id or the error.
    Result<qint64> insert(const QVariantList &values);

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QStringList m_columns;
    QString m_error;
};

} // namespace sb
