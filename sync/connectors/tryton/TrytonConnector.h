#pragma once

#include "TrytonRpc.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {

namespace tryton {
struct Lookups;
struct ReadAhead;
class Op;
}

// The ERP connector for Tryton 6.0 over JSON-RPC (docs/tryton-connector.md has the mapping).
//
// Tryton keeps no idempotency keys and no deletions, so:
//  - a create writes its outbox key into a searchable field of the new record (a party
//    identifier "SB-<key>", the reference of an opportunity or a sale) or is matched on content
//    (contacts, addresses, lines), and lookupByKey finds it before any second attempt;
//  - archiving (active = false) is a deletion for the cache, seen in the delta (read with
//    active_test off); records deleted outright are found by checking which ids still exist;
//  - writes carry Tryton's _timestamp of the synced version: a stale write becomes a conflict.
// One Tryton sale is both a quote (every state) and, once confirmed, an order.
class TrytonConnector : public Connector {
public:
    TrytonConnector(QNetworkAccessManager *nam, tryton::Config config);
    ~TrytonConnector() override;

    QString system() const override { return QStringLiteral("erp"); }
    QStringList entities() const override { return servedEntities(); }
    static QStringList servedEntities(); // parents before children

    RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) override;
    RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) override;
    RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                       const QString &baseVersion, const QString &idempotencyKey) override;
    RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) override;
    RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) override;
    RemoteCall *listIds(const QString &entity) override;
    // Customers, contacts and addresses are created in batches, customers and addresses written
    // in batches, one call each (TrytonBatches.cpp).
    int batchLimit(const QString &entity, BatchOp op) const override;
    RemoteCall *createBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *updateBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *lookupBatch(const QString &entity, const QList<BatchItem> &items) override;
    RemoteCall *existingIds(const QString &entity, const QStringList &knownIds) override;
    // Customers, contacts and addresses: archiving comes in the delta (read with active_test
    // off, an archived record is a tombstone); products keep archived ones. Only a record
    // deleted outright needs the id check, which runs on its schedule.
    bool deletionCheckOnSchedule(const QString &entity) const override;
    QVariant comparable(const QString &entity, const QString &field, const QVariant &value) const override;
    // quote.confirm: the contract handoff. The quote's sale is quoted and confirmed in Tryton,
    // which makes it the order (with its shipment and invoice); found once the sale is confirmed.
    // ticket.escalate: a service ticket (whose home may be another system) becomes a complaint
    // in Tryton, exactly once (TrytonEscalation.cpp).
    RemoteCall *command(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                        const QString &idempotencyKey) override;
    RemoteCall *lookupCommand(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                              const QString &idempotencyKey) override;
    RemoteCall *testConnection() override; // "N customers in the ERP"

    tryton::Session *session() const { return m_session; }

    // Stage and state vocabularies (public for tests).
    static QString opportunityStateFor(const QString &stage);   // local stage -> Tryton state
    static QString stageFor(const QString &trytonState);        // Tryton state -> local stage
    static QString saleStateFor(const QString &quoteState);     // local quote state -> Tryton sale state
    static QString quoteStateFor(const QString &saleState);     // Tryton sale state -> local quote state
    static QString complaintStateFor(const QString &ticketStatus); // local ticket status -> complaint state
    static QString ticketStatusFor(const QString &complaintState); // complaint state -> local ticket status

    using Lookups = tryton::Lookups; // countries, currencies, units: read once per connector

private:
    // ticket.escalate and its look-up after a lost answer (TrytonEscalation.cpp).
    RemoteCall *escalate(const QString &remoteId, const QVariantMap &args, const QString &idempotencyKey);
    RemoteCall *lookupEscalation(const QString &idempotencyKey);
    // A read of an entity: it waits only for the lookups that entity needs (lookupsFor).
    RemoteCall *readOp(const QString &entity, std::function<void(tryton::Op &)> body);

    tryton::Session *m_session;
    std::shared_ptr<Lookups> m_lookups;
    std::shared_ptr<tryton::ReadAhead> m_readAhead;
};

} // namespace sb
