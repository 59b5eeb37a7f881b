#pragma once

#include "FeishuClient.h"
#include "sync/engine/Connector.h"

#include <memory>

class QNetworkAccessManager;

namespace sb::feishu {

struct PullMemo;

// Quote approvals through Feishu / Lark Approval v4 (docs/feishu-connector.md).
// - A submitted quote becomes an approval instance whose uuid is the outbox key: a create sent
//   again answers 60012, and the instance is then found by its uuid instead of made twice.
// - Decisions (approve, reject) and the requester's withdrawal are commands; a command whose
//   answer was lost is checked on the instance (is my task decided, is it cancelled).
// - Pulling: instances can only be listed by creation time, so the pull lists the new ones
//   since its cursor, asks for the tasks waiting for this laptop's user, and polls the open
//   instances it knows with a backoff until they end. The open set travels in the cursor
//   token, committed with the records it produced.
class FeishuConnector : public Connector {
public:
    FeishuConnector(QNetworkAccessManager *nam, Settings settings);

    QString system() const override { return QStringLiteral("oa"); }
    QStringList entities() const override { return servedEntities(); }
    static QStringList servedEntities() { return {QStringLiteral("approval")}; }
    static QStringList commands() { return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("withdraw")}; }
    bool reportsDeletions(const QString &) const override { return true; }

    RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) override;
    RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) override;
    RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                       const QString &baseVersion, const QString &idempotencyKey) override;
    RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) override;
    RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) override;
    RemoteCall *listIds(const QString &entity) override;
    RemoteCall *command(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                        const QString &idempotencyKey) override;
    RemoteCall *lookupCommand(const QString &entity, const QString &remoteId, const QString &name,
                              const QVariantMap &args, const QString &idempotencyKey) override;
    RemoteCall *testConnection() override;

    // GET instances/:id, then done(instance) or the op ends (1390003 becomes a tombstone when
    // goneIsRecord, else NotFound).
    static void getInstance(Op &op, const QString &idOrUuid, std::function<void(const QJsonObject &)> done,
                            std::function<bool(const Answer &)> refused = {});

private:
    Op *op(Op::Body body);

    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
    std::shared_ptr<PullMemo> m_memo; // the last cursor written, parsed: the next page's
};

} // namespace sb::feishu
