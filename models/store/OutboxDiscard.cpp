#include "Outbox.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sb {

namespace {


bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

Result<Outbox::DiscardPlan> Outbox::discardPlan(qint64 outboxId)
{
    using R = Result<DiscardPlan>;
    auto e = m_db.exec(QStringLiteral("SELECT entity, record_id, state FROM outbox WHERE id = ?"), {outboxId});
    if (!e)
        return R::fail(e.error());
    if (!e.value().next())
        return R::fail(QCoreApplication::translate("sb::Outbox", "This change is no longer in the outbox."));
    DiscardPlan plan;
    plan.entity = e.value().value(0).toString();
    plan.recordId = e.value().value(1).toLongLong();
    if (e.value().value(2).toString() == sqlValue(OutboxState::Done)) {
        plan.refusal = QCoreApplication::translate("sb::Outbox", "This change was sent already.");
        return R::ok(plan);
    }
    const Entity *entity = entities::byName(plan.entity);
    if (!entity)
        return R::fail(QCoreApplication::translate("sb::Outbox", "Unknown kind of record: %1").arg(plan.entity));

    // Every unsent change of the record goes: the record returns to the server's version.
    auto open = m_db.exec(QStringLiteral("SELECT op, state, payload FROM outbox WHERE entity = ? AND record_id = ? AND %1 ORDER BY id")
                              .arg(sql::openEntry()),
                          {plan.entity, plan.recordId});
    if (!open)
        return R::fail(open.error());
    bool created = false, deleted = false, edited = false;
    QStringList fields;
    while (open.value().next()) {
        const OutboxOp op = outboxOpFrom(open.value().value(0).toString());
        if (outboxStateFrom(open.value().value(1).toString()) == OutboxState::InFlight) {
            plan.refusal = QCoreApplication::translate("sb::Outbox", "A change of this record may already be on the server (its answer "
                                                                     "was lost); it is checked at the next sync and cannot be discarded now.");
            return R::ok(plan);
        }
        created = created || op == OutboxOp::Create;
        deleted = deleted || op == OutboxOp::Delete;
        if (op == OutboxOp::Update) {
            edited = true;
            const QJsonObject payload = QJsonDocument::fromJson(open.value().value(2).toString().toUtf8()).object();
            for (auto it = payload.begin(); it != payload.end(); ++it)
                if (!fields.contains(it.key()))
                    fields << it.key();
        }
    }
    if (created) {
        plan.kind = DiscardPlan::Kind::Drop;
        return R::ok(plan);
    }
    if (!edited && !deleted) {
        plan.kind = DiscardPlan::Kind::Forget;
        return R::ok(plan);
    }
    plan.kind = deleted ? DiscardPlan::Kind::Undelete : DiscardPlan::Kind::Revert;
    auto row = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity->table), {plan.recordId});
    if (!row)
        return R::fail(row.error());
    if (!row.value().next())
        return R::fail(QCoreApplication::translate("sb::Outbox", "The record is no longer in the workspace."));
    const QSqlRecord rec = row.value().record();
    const QString snapshot = row.value().value(rec.indexOf(QStringLiteral("base_snapshot"))).toString();
    if (snapshot.isEmpty() && !fields.isEmpty()) {
        plan.refusal = QCoreApplication::translate("sb::Outbox", "The server's version of this record is not known here, so the "
                                                                 "record cannot be put back to it. Edit it instead.");
        return R::ok(plan);
    }
    const QVariantMap base = QJsonDocument::fromJson(snapshot.toUtf8()).object().toVariantMap();
    for (const QString &f : std::as_const(fields)) {
        const int i = rec.indexOf(f);
        if (i < 0)
            continue;
        const QVariant here = row.value().value(i);
        const QVariant server = base.value(f);
        if (!same(here, server))
            plan.fields << FieldChange{f, here, server};
    }
    return R::ok(plan);
}

Status Outbox::discard(qint64 outboxId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    auto planned = discardPlan(outboxId);
    if (!planned)
        return Status::fail(planned.error());
    const DiscardPlan &plan = planned.value();
    if (!plan.refusal.isEmpty())
        return Status::fail(plan.refusal);
    const Entity *entity = entities::byName(plan.entity);
    if (!entity)
        return Status::fail(plan.entity);
    if (Status s = closeRecord(*entity, plan.recordId); !s)
        return s;
    switch (plan.kind) {
    case DiscardPlan::Kind::Drop: {
        // Never sent: the row goes, with the rows made under it; their changes close too.
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity->table), {plan.recordId}); !r)
            return Status::fail(r.error());
        for (const Entity *e : entities::all()) {
            auto r = m_db.exec(QStringLiteral("UPDATE outbox SET state = '%1', last_error = NULL WHERE entity = ? AND %2 "
                                              "AND NOT EXISTS (SELECT 1 FROM %3 t WHERE t.id = outbox.record_id)")
                                   .arg(sqlValue(OutboxState::Done), sql::openEntry(), e->table),
                               {e->name});
            if (!r)
                return Status::fail(r.error());
        }
        break;
    }
    case DiscardPlan::Kind::Revert:
    case DiscardPlan::Kind::Undelete: {
        QStringList sets{cleanState(), QStringLiteral("sync_error = NULL"), QStringLiteral("updated_at = ?")};
        QVariantList values{Database::nowUtc()};
        for (const FieldChange &f : plan.fields) {
            sets << f.field + QStringLiteral(" = ?");
            values << f.server;
        }
        values << plan.recordId;
        if (auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity->table, sets.join(QLatin1Char(','))), values); !r)
            return Status::fail(r.error());
        break;
    }
    case DiscardPlan::Kind::Forget:
        break;
    }
    return tx.commit();
}

} // namespace sb
