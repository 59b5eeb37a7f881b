#pragma once

#include "RtClient.h"
#include "sync/engine/Connector.h"

#include <memory>

class QNetworkAccessManager;

namespace sb::rt {

// Service tickets in Request Tracker 5 over REST2 (issue 13), first slice:
// - pull: TicketSQL on the queue by LastUpdated (1-second resolution: ">=" the last second
//   delivered, the ids already delivered at that second skipped), paged until a page is short;
// - create: the outbox key goes into the "Idempotency Key" custom field, and lookupByKey finds
//   it with TicketSQL, so a create whose answer was lost is not filed twice;
// - the customer travels as its code ("Customer Code" custom field).
// Not yet: history, comments and attachments; updates with If-Match; deletions through the
// transactions feed (tickets that leave TicketSQL are found by the engine's id reconciliation).
class RtConnector : public Connector {
public:
    RtConnector(QNetworkAccessManager *nam, Settings settings);

    QString system() const override { return QStringLiteral("aftersales"); }
    QStringList entities() const override { return servedEntities(); }
    static QStringList servedEntities() { return {QStringLiteral("ticket")}; }

    RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) override;
    RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) override;
    RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                       const QString &baseVersion, const QString &idempotencyKey) override;
    RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) override;
    RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) override;
    RemoteCall *listIds(const QString &entity) override;
    RemoteCall *testConnection() override;

    // GET ticket/:id, then done(ticket) or the op ends (404: NotFound).
    static void getTicket(Op &op, const QString &id, std::function<void(const QJsonObject &)> done);

private:
    Op *op(Op::Body body);

    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
};

// The refusal of an entity this connector does not keep.
QString notServed(const QString &entity);

} // namespace sb::rt
