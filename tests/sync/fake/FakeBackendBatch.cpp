// The fake back end's batches: many creates or updates in one request, all or none, as in one
// ERP transaction; and the look-up of many keys in one request.
#include "FakeBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

QJsonObject recordJson(const FakeRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("version"), QString::number(r.version)},
                       {QStringLiteral("modified_at"), r.modifiedAt()},
                       {QStringLiteral("key"), r.key},
                       {QStringLiteral("fields"), QJsonObject::fromVariantMap(r.fields)},
                       {QStringLiteral("deleted"), r.deleted}};
}

} // namespace

FakeBackend::Reply FakeBackend::createBatch(const QString &entity, const QJsonObject &body)
{
    const QJsonArray items = body.value(QStringLiteral("records")).toArray();
    // Checked first, every one: one refusal refuses the lot, nothing is made.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).toObject().value(QStringLiteral("fields")).isObject())
            return error(400, QStringLiteral("record %1: fields must be an object").arg(i + 1));
        if (const auto message = violatedRule(entity, items.at(i).toObject().value(QStringLiteral("fields")).toObject().toVariantMap()))
            return error(422, QStringLiteral("record %1: %2").arg(i + 1).arg(*message));
    }
    QJsonArray made;
    for (const QJsonValue &v : items) {
        const QString key = v.toObject().value(QStringLiteral("key")).toString();
        const auto existing = options(entity).nativeIdempotency ? findByKey(entity, key, true) : std::nullopt;
        if (existing) {
            made.append(recordJson(*existing));
            continue;
        }
        const FakeRecord r = insert(entity, v.toObject().value(QStringLiteral("fields")).toObject().toVariantMap(), key);
        if (!key.isEmpty())
            ++m_createsPerKey[key];
        made.append(recordJson(r));
    }
    return json(201, {{QStringLiteral("records"), made}});
}

FakeBackend::Reply FakeBackend::updateBatch(const QString &entity, const QJsonObject &body)
{
    const QJsonArray items = body.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        FakeRecord *r = live(entity, o.value(QStringLiteral("id")).toString());
        if (!r)
            return error(404, QStringLiteral("not_found"));
        const QString base = o.value(QStringLiteral("base_version")).toString();
        if (options(entity).optimisticLocking && !base.isEmpty() && base != QString::number(r->version))
            return json(409, {{QStringLiteral("error"), QStringLiteral("conflict")}});
        QVariantMap merged = r->fields;
        const QVariantMap changes = o.value(QStringLiteral("fields")).toObject().toVariantMap();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (const auto message = violatedRule(entity, merged))
            return error(422, *message);
    }
    QJsonArray written;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        update(entity, id, o); // checked above: applies
        written.append(recordJson(*live(entity, id)));
    }
    return json(200, {{QStringLiteral("records"), written}});
}

FakeBackend::Reply FakeBackend::byKeys(const QString &entity, const QJsonObject &body)
{
    QJsonArray found;
    for (const QJsonValue &key : body.value(QStringLiteral("keys")).toArray())
        if (const auto r = findByKey(entity, key.toString(), true))
            found.append(recordJson(*r));
    return json(200, {{QStringLiteral("records"), found}});
}

} // namespace sb
