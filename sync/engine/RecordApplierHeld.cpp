// RecordApplier's held records: pulled records whose parent is not in the cache wait in
// pull_held (schema v5) instead of failing their page, and go in once the parent does.
#include "RecordApplier.h"

#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
QString heldText(const RemoteRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.remoteId},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("modifiedAt"), r.modifiedAt},
                  {QStringLiteral("key"), r.idempotencyKey},
                  {QStringLiteral("fields"), QJsonObject::fromVariantMap(r.fields)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RemoteRecord heldRecord(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    RemoteRecord r;
    r.remoteId = o.value(QLatin1String("id")).toString();
    r.version = o.value(QLatin1String("version")).toString();
    r.modifiedAt = o.value(QLatin1String("modifiedAt")).toString();
    r.idempotencyKey = o.value(QLatin1String("key")).toString();
    r.fields = o.value(QLatin1String("fields")).toObject().toVariantMap();
    return r;
}
} // namespace

Status RecordApplier::hold(const Entity &entity, const RemoteRecord &record, const QString &waitsFor)
{
    auto r = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO pull_held (system, entity, remote_id, record, waits_for, held_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {m_system, entity.name, record.remoteId, heldText(record), waitsFor, Database::nowUtc()});
    if (!r)
        return Status::fail(r.error());
    m_heldIds.insert(record.remoteId);
    return Status::ok();
}

Status RecordApplier::released(const Entity &entity, const QString &remoteId)
{
    return m_heldIds.remove(remoteId) ? unhold(entity, remoteId) : Status::ok();
}

Status RecordApplier::unhold(const Entity &entity, const QString &remoteId)
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM pull_held WHERE system = ? AND entity = ? AND remote_id = ?"),
                       {m_system, entity.name, remoteId});
    return r ? Status::ok() : Status::fail(r.error());
}

Result<QSet<QString>> RecordApplier::heldIds(const Entity &entity)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT remote_id FROM pull_held WHERE system = ? AND entity = ?"));
    q.bindValue(0, m_system);
    q.bindValue(1, entity.name);
    if (!q.exec())
        return Result<QSet<QString>>::fail(describeSqlError(q));
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return Result<QSet<QString>>::ok(ids);
}

Result<RecordApplier::HeldRetry> RecordApplier::retryHeld()
{
    using R = Result<HeldRetry>;
    // Parents first: a held customer may be what a held contact waits for.
    auto rows = m_db.exec(QStringLiteral("SELECT entity, remote_id, record FROM pull_held WHERE system = ? ORDER BY held_at"), {m_system});
    if (!rows)
        return R::fail(rows.error());
    QList<std::pair<const Entity *, RemoteRecord>> held;
    while (rows.value().next())
        if (const Entity *e = entities::byName(rows.value().value(0).toString()))
            held.append({e, heldRecord(rows.value().value(2).toString())});
    // entities::all() lists parents before children.
    std::stable_sort(held.begin(), held.end(), [](const auto &a, const auto &b) {
        return entities::all().indexOf(a.first) < entities::all().indexOf(b.first);
    });
    HeldRetry out;
    for (const auto &[entity, record] : held) {
        auto outcome = apply(*entity, record);
        if (!outcome)
            return R::fail(outcome.error());
        if (outcome.value() == Outcome::Waiting) {
            ++out.waiting;
            if (out.example.isEmpty())
                out.example = vocab::entityLabel(entity->name) + QLatin1Char(' ') + record.remoteId;
            continue;
        }
        ++out.applied;
        if (Status s = unhold(*entity, record.remoteId); !s)
            return R::fail(s.error());
    }
    return R::ok(out);
}

Status RecordApplier::dropHeldNotIn(const Entity &entity, const QSet<QString> &remoteIds)
{
    auto held = heldIds(entity);
    if (!held)
        return Status::fail(held.error());
    for (const QString &id : held.value())
        if (!remoteIds.contains(id))
            if (Status s = unhold(entity, id); !s)
                return s;
    return Status::ok();
}

} // namespace sb
