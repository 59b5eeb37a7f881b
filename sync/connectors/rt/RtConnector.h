#pragma once

#include "RtClient.h"
#include "sync/engine/Connector.h"

#include <memory>

class QNetworkAccessManager;

namespace sb::rt {

// Service tickets and their history in Request Tracker 5 over REST2 (docs/rt-connector.md):
// - tickets: TicketSQL on the queue by LastUpdated (1-second resolution: ">=" the last second
//   delivered, the ids already delivered at that second skipped), paged until a page is short;
//   deletions from the transactions feed ("deleted" status changes) as tombstones;
// - create: the outbox key goes into the "Idempotency Key" custom field, and lookupByKey finds
//   it with TicketSQL, so a create whose answer was lost is not filed twice;
// - update: PUT with If-Match (the ETag); a change since the base version or a 412 is a
//   conflict; the messages of PUT's 200 say which changes RT refused;
// - history (ticket_event, RtHistory.cpp): the transactions feed by id, replies and comments
//   with their files, exactly once through the "Message Key" transaction custom field;
// - the customer travels as its code ("Customer Code" custom field), the requestor as the
//   contact's e-mail address.
class RtConnector : public Connector {
public:
    RtConnector(QNetworkAccessManager *nam, Settings settings);

    QString system() const override { return QStringLiteral("aftersales"); }
    QStringList entities() const override { return servedEntities(); }
    static QStringList servedEntities() { return {QStringLiteral("ticket"), QStringLiteral("ticket_event")}; }
    // Deleted tickets come as tombstones from the transactions feed; history is never deleted.
    bool reportsDeletions(const QString &) const override { return true; }

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
    static void getTicketReply(Op &op, const QString &id, std::function<void(const Reply &)> done); // with its ETag

private:
    Op *op(Op::Body body);

    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
};

// The refusal of an entity this connector does not keep.
QString notServed(const QString &entity);

} // namespace sb::rt
