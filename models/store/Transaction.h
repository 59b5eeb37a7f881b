#pragma once

#include "Result.h"

namespace sb {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Nested guards become savepoints,
// so a store call can join a caller's transaction (one outbox entry per change, same commit).
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
};

} // namespace sb
