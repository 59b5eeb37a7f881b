#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace sb {

class RawStatement;

// One connection to a workspace cache file. The UI thread and the sync thread each open
// their own Database on the same file (WAL lets readers and one writer work side by side).
class Database {
public:
    static constexpr int kSchemaVersion = 13;
    static constexpr int kApplicationId = 0x53427231; // "SBr1": marks a file as a SalesBridge workspace

    struct Options {
        int targetVersion = kSchemaVersion; // tests stop earlier to build old workspaces
        bool create = true;                 // false: refuse a missing file
    };

    // Opens (creating with mode 0600 when missing), checks and migrates a workspace.
    // ":memory:" opens a private in-memory cache.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    sqlite3 *handle() const;

    // A prepared statement kept for the life of the connection; bind and exec it again.
    QSqlQuery &cached(const QString &statement);
    // The same through SQLite's own interface (RawStatement), for statements run once per
    // pulled record; finalized before the connection closes.
    RawStatement &raw(const QString &statement);
    // Resets every cached statement (QSqlQuery::finish): one left on an unread row keeps a
    // read open on this connection, and SQLite then refuses a checkpoint.
    void finishStatements();

    // Runs a statement with positional bindings. Returns the executed query or the error.
    Result<QSqlQuery> exec(const QString &statement, const QVariantList &bindings = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &statement, const QVariantList &bindings = {});

    // While deferred, rows inserted through this connection stay out of the search index until
    // indexForSearch() adds them, one statement per table: FTS5 on this SQLite writes out its
    // pending terms at every statement savepoint, so indexing a page of a thousand rows one
    // insert at a time cost more than writing them. Only for the length of one transaction.
    void setSearchIndexDeferred(bool deferred) { m_indexLive = !deferred; }
    bool searchIndexDeferred() const { return !m_indexLive; }
    static bool hasSearchIndex(const QString &table);
    Status indexForSearch(const QString &table, const QList<qint64> &ids);

    // Transaction nesting depth, used by Transaction.
    int &transactionDepth() { return m_depth; }

    static QString nowUtc(); // ISO 8601 UTC with seconds, the format of every *_at column

private:
    Database() = default;
    Status configure();
    Status migrate(int targetVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_version = 0;
    int m_depth = 0;
    bool m_indexLive = true; // read by the sb_index_live() SQL function
    QHash<QString, QSqlQuery> m_statements;
    std::unordered_map<QString, std::unique_ptr<RawStatement>> m_raw;
};

// Reads a query's error as one line for a person.
QString describeSqlError(const QSqlQuery &query);

} // namespace sb
