#include "Transaction.h"

#include "Database.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sb {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    int &depth = m_db.transactionDepth();
    // The outermost level takes the write lock up front: a deferred transaction that reads
    // first can fail with SQLITE_BUSY when another connection wrote meanwhile.
    const QString statement = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(depth);
    QSqlQuery q(m_db.sql());
    if (!q.exec(statement)) {
        m_error = describeSqlError(q);
        return;
    }
    ++depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // After a full disk or an I/O error SQLite may have rolled the whole transaction back
    // itself: then there is nothing left to roll back (and saying "rollback failed" would
    // only alarm).
    if (sqlite3 *h = m_db.handle(); h && sqlite3_get_autocommit(h)) {
        --m_db.transactionDepth();
        return;
    }
    QSqlQuery q(m_db.sql());
    const QString statement = m_savepoint.isEmpty()
        ? QStringLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1").arg(m_savepoint);
    if (!q.exec(statement))
        qCWarning(lcStore) << "rollback failed:" << describeSqlError(q);
    if (!m_savepoint.isEmpty() && !q.exec(QStringLiteral("RELEASE %1").arg(m_savepoint)))
        qCWarning(lcStore) << "release after rollback failed:" << describeSqlError(q);
    --m_db.transactionDepth();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::fail(m_error.isEmpty() ? QStringLiteral("no active transaction") : m_error);
    QSqlQuery q(m_db.sql());
    const QString statement = m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                    : QStringLiteral("RELEASE %1").arg(m_savepoint);
    if (!q.exec(statement))
        return Status::fail(describeSqlError(q)); // still active: the destructor rolls back
    m_active = false;
    --m_db.transactionDepth();
    return Status::ok();
}

} // namespace sb
