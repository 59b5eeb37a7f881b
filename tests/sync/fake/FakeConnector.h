#pragma once

#include "FakeBackend.h"
#include "sync/engine/Connector.h"

#include <QHash>
#include <QUrl>

class QJsonDocument;
class QJsonObject;
class QJsonValue;
class QNetworkAccessManager;
class QNetworkRequest;

namespace sb {

class JsonHttpCall;

// The connector for FakeBackend's REST API, built on JsonHttpCall: system "erp", the entities
// given, capabilities per entity as the test sets them (default: optimistic locking only, which
// is what the fake does by default). Calls are parented to nothing: the engine owns them.
class FakeConnector : public Connector {
public:
    FakeConnector(QNetworkAccessManager *nam, QUrl baseUrl, QStringList entities, QString system = QStringLiteral("erp"));

    void setCapabilities(const QString &entity, const ConnectorCapabilities &caps) { m_caps.insert(entity, caps); }
    // Batches of this entity up to n changes (the back end's /batch routes); default none.
    void setBatchLimit(const QString &entity, int n) { m_batchLimits.insert(entity, n); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Sent as "Authorization: Bearer ..." so tests can check it never reaches a log or message.
    void setAccessToken(const QByteArray &token) { m_token = token; }

    QString system() const override { return m_system; }
    QStringList entities() const override { return m_entities; }
    ConnectorCapabilities capabilities(const QString &entity) const;
    bool reportsDeletions(const QString &entity) const override { return capabilities(entity).tombstones; }

    RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) override;
    RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) override;
    RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                       const QString &baseVersion, const QString &idempotencyKey) override;
    RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) override;
    RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) override;
    RemoteCall *fetch(const QString &entity, const QStringList &remoteIds); // the fake's own API, not the engine's
    RemoteCall *listIds(const QString &entity) override;
    int batchLimit(const QString &entity, BatchOp op) const override
    {
        Q_UNUSED(op)
        return m_batchLimits.value(entity, 0);
    }
    RemoteCall *createBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *updateBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *lookupBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *command(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                        const QString &idempotencyKey) override;
    RemoteCall *lookupCommand(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                              const QString &idempotencyKey) override;
    RemoteCall *testConnection() override;

    // The payload readers, shared with tests that drive JsonHttpCall directly.
    static bool readRecord(const QJsonValue &value, RemoteRecord &out);
    static void readRecordReply(const QJsonDocument &doc, RemoteResult &result);
    static void readPage(const QJsonDocument &doc, RemoteResult &result);

private:
    QNetworkRequest request(const QString &path, const QString &query = {}) const;
    JsonHttpCall *call(const QNetworkRequest &request, const QByteArray &method, const QJsonObject &body,
                       bool mutating) const;

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QStringList m_entities;
    QString m_system;
    QHash<QString, ConnectorCapabilities> m_caps;
    QHash<QString, int> m_batchLimits;
    int m_timeoutMs = 2000;
    QByteArray m_token;
};

} // namespace sb
