#include "FeishuConnector.h"

#include "FeishuMapping.h"
#include "FeishuPull.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::feishu {

FeishuConnector::FeishuConnector(QNetworkAccessManager *nam, Settings settings)
    : m_nam(nam)
    , m_settings(std::make_shared<const Settings>(std::move(settings)))
    , m_memo(std::make_shared<PullMemo>())
{
}

Op *FeishuConnector::op(Op::Body body)
{
    return new Op(m_nam, m_settings, std::move(body));
}

void FeishuConnector::getInstance(Op &op, const QString &idOrUuid, std::function<void(const QJsonObject &)> done,
                                  std::function<bool(const Answer &)> refused)
{
    QUrlQuery q = byUserId();
    q.addQueryItem(QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
    op.api("GET", QStringLiteral("approval/v4/instances/") + QString::fromLatin1(QUrl::toPercentEncoding(idOrUuid)), q, {}, false,
           std::move(done), std::move(refused));
}

// ---------------------------------------------------------------------------------------------
// Writes

RemoteCall *FeishuConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    if (entity != QLatin1String("approval"))
        return ImmediateCall::refused(notServed(entity));
    if (fields.value(QStringLiteral("state")).toString() != QLatin1String("pending"))
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "Only a pending request can be submitted to the OA system."));
    if (m_settings->userId.isEmpty())
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "Enter your OA user id in Settings > Connections to submit approvals."));
    const QString me = m_settings->userId;
    const QString code = m_settings->approvalCode;
    const QString form = QString::fromUtf8(QJsonDocument(formFor(fields)).toJson(QJsonDocument::Compact));
    return op([me, code, form, idempotencyKey](Op &o) {
        const QJsonObject body{{QStringLiteral("approval_code"), code},
                               {QStringLiteral("user_id"), me},
                               {QStringLiteral("form"), form},
                               {QStringLiteral("uuid"), idempotencyKey}};
        auto answerWith = [&o](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.record = recordFor(instance, o.settings().userId);
            o.finish(r);
        };
        o.api("POST", QStringLiteral("approval/v4/instances"), {}, body, true,
              [&o, answerWith](const QJsonObject &data) {
                  getInstance(o, data.value(QLatin1String("instance_code")).toString(), answerWith);
              },
              [&o, answerWith, idempotencyKey](const Answer &a) {
                  if (a.code != 60012)
                      return false;
                  // This uuid made an instance already (an earlier attempt whose answer was
                  // lost): that one is the result, found by its uuid.
                  getInstance(o, idempotencyKey, answerWith);
                  return true;
              });
    });
}

RemoteCall *FeishuConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &)
{
    if (entity != QLatin1String("approval"))
        return ImmediateCall::refused(notServed(entity));
    return op([idempotencyKey](Op &o) {
        getInstance(
            o, idempotencyKey,
            [&o](const QJsonObject &instance) {
                RemoteResult r;
                r.serverAnswered = true;
                r.found = true;
                r.record = recordFor(instance, o.settings().userId);
                o.finish(r);
            },
            [&o](const Answer &a) {
                if (a.code != 1390003)
                    return false;
                RemoteResult r; // no instance has this uuid: the create goes
                r.serverAnswered = true;
                r.found = false;
                o.finish(r);
                return true;
            });
    });
}

RemoteCall *FeishuConnector::update(const QString &, const QString &, const QVariantMap &, const QString &, const QString &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "An approval changes in the OA system only by its decisions: approve, reject or withdraw it."));
}

RemoteCall *FeishuConnector::remove(const QString &, const QString &, const QString &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "An approval cannot be deleted from the OA system; withdraw it instead."));
}

RemoteCall *FeishuConnector::listIds(const QString &entity)
{
    // Deletions come with the pull (DELETED instances, unknown codes): never asked for.
    return ImmediateCall::refused(notServed(entity));
}

// ---------------------------------------------------------------------------------------------
// Commands

namespace {

// Whether the instance shows this command as done by me (an earlier attempt whose answer was lost).
bool appliedByMe(const QJsonObject &instance, const QString &me, const QString &name)
{
    if (name == QLatin1String("withdraw"))
        return instance.value(QLatin1String("status")).toString() == QLatin1String("CANCELED");
    const QString status = name == QLatin1String("approve") ? QStringLiteral("APPROVED") : QStringLiteral("REJECTED");
    return !taskOf(instance, me, status).isEmpty();
}

} // namespace

RemoteCall *FeishuConnector::command(const QString &entity, const QString &remoteId, const QString &name,
                                     const QVariantMap &args, const QString &)
{
    if (entity != QLatin1String("approval") || !commands().contains(name))
        return Connector::command(entity, remoteId, name, args, QString());
    if (remoteId.isEmpty())
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "The request has not reached the OA system yet."));
    const QString me = m_settings->userId;
    const QString comment = args.value(QStringLiteral("comment")).toString();
    return op([remoteId, name, comment, me](Op &o) {
        auto answerWith = [&o](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.record = recordFor(instance, o.settings().userId);
            o.finish(r);
        };
        // Refused, with what happened instead and the instance as it is now for the cache.
        auto refuseWith = [&o](const QJsonObject &instance, const QString &why) {
            RemoteResult r;
            r.serverAnswered = true;
            r.error = RemoteErrorClass::Permanent;
            r.record = recordFor(instance, o.settings().userId);
            r.message = why + QLatin1Char(' ') + describe(instance);
            o.finish(r);
        };
        // The instance first: the task to decide is read from it, and a decision taken
        // elsewhere in the meantime is told as such instead of an error code.
        getInstance(o, remoteId, [&o, remoteId, name, comment, me, answerWith, refuseWith](const QJsonObject &instance) {
            if (appliedByMe(instance, me, name)) {
                answerWith(instance);
                return;
            }
            const QString status = instance.value(QLatin1String("status")).toString();
            const QString approvalCode = instance.value(QLatin1String("approval_code")).toString();
            auto afterwards = [&o, remoteId, answerWith](const QJsonObject &) { getInstance(o, remoteId, answerWith); };
            auto decidedMeanwhile = [&o, remoteId, me, name, answerWith, refuseWith](const Answer &a) {
                if (a.code != 1390010 && a.code != 1390009 && a.code != 1390001)
                    return false;
                // Decided, withdrawn or handed on while the request was on its way: say by whom.
                getInstance(o, remoteId, [me, name, a, answerWith, refuseWith](const QJsonObject &now) {
                    if (appliedByMe(now, me, name))
                        answerWith(now);
                    else
                        refuseWith(now, Op::classify(a, true).message);
                });
                return true;
            };
            if (name == QLatin1String("withdraw")) {
                if (status != QLatin1String("PENDING")) {
                    refuseWith(instance, QCoreApplication::translate("sb::feishu::Op", "The request can no longer be withdrawn."));
                    return;
                }
                o.api("POST", QStringLiteral("approval/v4/instances/cancel"), byUserId(),
                      QJsonObject{{QStringLiteral("approval_code"), approvalCode},
                                  {QStringLiteral("instance_code"), remoteId},
                                  {QStringLiteral("user_id"), me}},
                      true, afterwards, decidedMeanwhile);
                return;
            }
            const QJsonObject task = taskOf(instance, me, QStringLiteral("PENDING"));
            if (task.isEmpty()) {
                refuseWith(instance, QCoreApplication::translate("sb::feishu::Op", "Your decision was not applied: the request no longer waits for you."));
                return;
            }
            QJsonObject body{{QStringLiteral("approval_code"), approvalCode},
                             {QStringLiteral("instance_code"), remoteId},
                             {QStringLiteral("user_id"), me},
                             {QStringLiteral("task_id"), task.value(QLatin1String("id")).toString()}};
            if (!comment.isEmpty())
                body.insert(QStringLiteral("comment"), comment);
            o.api("POST", name == QLatin1String("approve") ? QStringLiteral("approval/v4/tasks/approve")
                                                           : QStringLiteral("approval/v4/tasks/reject"),
                  byUserId(), body, true, afterwards, decidedMeanwhile);
        });
    });
}

RemoteCall *FeishuConnector::lookupCommand(const QString &entity, const QString &remoteId, const QString &name,
                                           const QVariantMap &args, const QString &idempotencyKey)
{
    if (entity != QLatin1String("approval") || !commands().contains(name) || remoteId.isEmpty())
        return Connector::lookupCommand(entity, remoteId, name, args, idempotencyKey);
    const QString me = m_settings->userId;
    return op([remoteId, name, me](Op &o) {
        getInstance(o, remoteId, [&o, name, me](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.found = appliedByMe(instance, me, name);
            if (r.found)
                r.record = recordFor(instance, me);
            o.finish(r); // not found: the command goes again, and is told what happened if it cannot
        });
    });
}

RemoteCall *FeishuConnector::testConnection()
{
    return op([](Op &o) {
        const Settings &s = o.settings();
        QUrlQuery q = byUserId();
        q.addQueryItem(QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
        o.api("GET", QStringLiteral("approval/v4/approvals/") + s.approvalCode, q, {}, false, [&o](const QJsonObject &definition) {
            const QString name = definition.value(QLatin1String("approval_name")).toString();
            const int steps = int(definition.value(QLatin1String("node_list")).toArray().size());
            if (o.settings().userId.isEmpty()) {
                RemoteResult r;
                r.serverAnswered = true;
                r.message = QCoreApplication::translate("sb::feishu::Op", "Feishu approval \"%1\" (%2), %n step(s).", nullptr, steps).arg(name, o.settings().approvalCode);
                o.finish(r);
                return;
            }
            QUrlQuery t = byUserId();
            t.addQueryItem(QStringLiteral("user_id"), o.settings().userId);
            t.addQueryItem(QStringLiteral("topic"), QStringLiteral("1"));
            t.addQueryItem(QStringLiteral("page_size"), QStringLiteral("200"));
            o.api("GET", QStringLiteral("approval/v4/tasks/query"), t, {}, false, [&o, name, steps](const QJsonObject &tasks) {
                const int waiting = tasks.value(QLatin1String("count")).toObject().value(QLatin1String("total")).toInt(
                    int(tasks.value(QLatin1String("tasks")).toArray().size()));
                RemoteResult r;
                r.serverAnswered = true;
                r.message = QCoreApplication::translate("sb::feishu::Op", "Feishu approval \"%1\" (%2), %n step(s).", nullptr, steps).arg(name, o.settings().approvalCode)
                            + QLatin1Char(' ')
                            + QCoreApplication::translate("sb::feishu::Op", "%1 has %n approval task(s) waiting.", nullptr, waiting).arg(o.settings().userId);
                o.finish(r);
            });
        });
    });
}

} // namespace sb::feishu
