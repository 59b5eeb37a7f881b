#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// One configured back end: a row of the connectors table. The password or token is never
// here: it lives in the OS keychain under CredentialStore::keyFor(system, url, username).
struct ConnectorConfig {
    qint64 id = 0;
    QString system;       // erp, oa, aftersales, approvals
    QString kind;         // tryton, caldav, rt, feishu ...
    QString url;          // e.g. http://127.0.0.1:8000
    QString databaseName; // Tryton's database; empty where the kind has none
    QString username;
    bool enabled = true;
};

// The workspace's back ends, as Settings, `salesbridge connect` and the sync runner see them.
class ConnectorStore {
public:
    explicit ConnectorStore(Database &db) : m_db(db) {}

    Result<QList<ConnectorConfig>> all();
    Result<QList<ConnectorConfig>> enabled();
    // Inserts (id 0) or updates; the same system, kind and URL twice is refused with a message.
    Result<qint64> save(const ConnectorConfig &config);
    // Forgets a back end with its pull cursors; records already cached stay.
    Status remove(qint64 id);

    // A message for a person when the fields cannot work (no URL, unknown kind...), else empty.
    static QString validate(const ConnectorConfig &config);
    static QStringList knownKinds(); // kinds this build can sync with

private:
    Result<QList<ConnectorConfig>> select(const QString &where);
    Database &m_db;
};

} // namespace sb
