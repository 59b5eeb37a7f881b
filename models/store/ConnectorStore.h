#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace sb {

class Database;

// One configured back end: a row of the connectors table. The password or token is never
// here: it lives in the OS keychain under CredentialStore::keyFor(system, url, username).
// Which kinds exist, their fields and their validation are the sync layer's kind registry
// (sync/connectors/KindRegistry.h); this store only keeps rows.
struct ConnectorConfig {
    qint64 id = 0;
    QString system;       // the role its kind plays: erp, oa, calendar, aftersales (the remote_system of its rows)
    QString kind;         // tryton, caldav, rt, feishu ...
    QString url;          // e.g. http://127.0.0.1:8000
    QString databaseName; // Tryton's database; empty where the kind has none
    QString username;
    QVariantMap options;  // the kind's other settings (not secrets), by field key
    bool enabled = true;

    // A setting by its field key: url, database and username are columns, the rest options.
    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);
};

// The workspace's back ends, as Settings, `salesbridge connect` and the sync runner see them.
class ConnectorStore {
public:
    explicit ConnectorStore(Database &db) : m_db(db) {}

    Result<QList<ConnectorConfig>> all();
    Result<QList<ConnectorConfig>> enabled();
    // Inserts (id 0) or updates. Refused with a message: the same server twice, or a second
    // enabled server for a system that has one (a system is one back end: its rows' home).
    Result<qint64> save(const ConnectorConfig &config);
    // Forgets a back end with its pull cursors; records already cached stay.
    Status remove(qint64 id);

private:
    Result<QList<ConnectorConfig>> select(const QString &where);
    Database &m_db;
};

} // namespace sb
