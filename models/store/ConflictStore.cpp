#include "ConflictStore.h"
#include "Outbox.h"

#include "Database.h"
#include "Entity.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace sb {

namespace {
QVariant unwrap(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object().value(QStringLiteral("v")).toVariant();
}
} // namespace

Result<QList<Conflict>> ConflictStore::open(const QString &entity, qint64 recordId)
{
    auto r = m_db.exec(QStringLiteral("SELECT id, entity, record_id, field, base, mine, theirs, created_at FROM conflicts "
                                      "WHERE resolved_at IS NULL AND (coalesce(?, '') = '' OR entity = ?) AND (? = 0 OR record_id = ?) "
                                      "ORDER BY id"),
                       {entity, entity, recordId, recordId});
    if (!r)
        return Result<QList<Conflict>>::fail(r.error());
    QList<Conflict> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << Conflict{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        unwrap(q.value(4)), unwrap(q.value(5)), unwrap(q.value(6)), q.value(7).toString()};
    return Result<QList<Conflict>>::ok(out);
}

Result<QList<CustomerFileConflict>> ConflictStore::openOfCustomer(qint64 customerId)
{
    auto r = m_db.exec(
        QStringLiteral("SELECT x.id, x.entity, x.field, COALESCE(ct.name, '') FROM conflicts x "
                       "LEFT JOIN contacts ct ON x.entity = 'contact' AND ct.id = x.record_id "
                       "LEFT JOIN addresses ad ON x.entity = 'address' AND ad.id = x.record_id "
                       "WHERE x.resolved_at IS NULL AND ((x.entity = 'customer' AND x.record_id = ?) "
                       "OR ct.customer_id = ? OR ad.customer_id = ?) ORDER BY x.id"),
        {customerId, customerId, customerId});
    if (!r)
        return Result<QList<CustomerFileConflict>>::fail(r.error());
    QList<CustomerFileConflict> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << CustomerFileConflict{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString()};
    return Result<QList<CustomerFileConflict>>::ok(out);
}

Result<Conflict> ConflictStore::load(qint64 conflictId)
{
    auto list = m_db.exec(QStringLiteral("SELECT entity, record_id FROM conflicts WHERE id = ? AND resolved_at IS NULL"),
                          {conflictId});
    if (!list)
        return Result<Conflict>::fail(list.error());
    if (!list.value().next())
        return Result<Conflict>::fail(QCoreApplication::translate("sb::ConflictStore", "This conflict was already resolved."));
    auto all = open(list.value().value(0).toString(), list.value().value(1).toLongLong());
    if (!all)
        return Result<Conflict>::fail(all.error());
    for (const Conflict &c : all.value())
        if (c.id == conflictId)
            return Result<Conflict>::ok(c);
    return Result<Conflict>::fail(QCoreApplication::translate("sb::ConflictStore", "This conflict was already resolved."));
}

Status ConflictStore::dropRecord(const Entity &entity, qint64 recordId)
{
    // Gone for good here: the row and every change still queued for it.
    auto del = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {recordId});
    if (!del)
        return Status::fail(del.error());
    return Outbox(m_db).closeRecord(entity, recordId);
}

Status ConflictStore::close(qint64 conflictId, const QString &resolution)
{
    auto r = m_db.exec(QStringLiteral("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"),
                       {Database::nowUtc(), resolution, conflictId});
    return r ? Status::ok() : Status::fail(r.error());
}

Status ConflictStore::keepMine(qint64 conflictId)
{
    auto c = load(conflictId);
    if (!c)
        return Status::fail(c.error());
    const Entity *entity = entities::byName(c.value().entity);
    if (!entity)
        return Status::fail(QStringLiteral("unknown entity"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (c.value().field == QLatin1String("*")) {
        auto row = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity->table), {c.value().recordId});
        if (!row)
            return Status::fail(row.error());
        const bool present = row.value().next();
        if (!present || row.value().value(row.value().record().indexOf(QStringLiteral("local_state"))).toInt() == sqlValue(LocalState::Deleted)) {
            // Deleted here as well since the conflict arose: both sides agree, nothing to send.
            if (Status s = dropRecord(*entity, c.value().recordId); !s)
                return s;
            if (Status s = close(conflictId, QStringLiteral("mine")); !s)
                return s;
            return tx.commit();
        }
        // Deleted there, kept here: the record goes to the server again as a new one.
        QVariantMap fields;
        for (const QString &col : entity->columns)
            fields.insert(col, row.value().value(row.value().record().indexOf(col)));
        if (Status s = Outbox(m_db).recreate(*entity, c.value().recordId, fields); !s)
            return s;
    }
    // A field: the queued update already carries my value, on the server's latest version.
    if (Status s = close(conflictId, QStringLiteral("mine")); !s)
        return s;
    return tx.commit();
}

Status ConflictStore::takeTheirs(qint64 conflictId)
{
    auto c = load(conflictId);
    if (!c)
        return Status::fail(c.error());
    const Entity *entity = entities::byName(c.value().entity);
    if (!entity)
        return Status::fail(QStringLiteral("unknown entity"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (c.value().field == QLatin1String("*")) {
        if (Status s = dropRecord(*entity, c.value().recordId); !s)
            return s;
    } else {
        const QString field = c.value().field;
        if (!entity->columns.contains(field))
            return Status::fail(QStringLiteral("unknown field"));
        auto set = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(entity->table, field),
                             {c.value().theirs, c.value().recordId});
        if (!set)
            return Status::fail(set.error());
        // My queued value for this field must not overwrite theirs any more.
        if (Status s = Outbox(m_db).dropField(*entity, c.value().recordId, field); !s)
            return s;
    }
    if (Status s = close(conflictId, QStringLiteral("theirs")); !s)
        return s;
    return tx.commit();
}

Status ConflictStore::useValue(qint64 conflictId, const QVariant &value)
{
    auto c = load(conflictId);
    if (!c)
        return Status::fail(c.error());
    const Entity *entity = entities::byName(c.value().entity);
    if (!entity || c.value().field == QLatin1String("*"))
        return Status::fail(QCoreApplication::translate("sb::ConflictStore", "Choose to keep or drop the record."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (Status s = m_writer.update(*entity, c.value().recordId, {{c.value().field, value}}); !s)
        return s;
    if (Status s = close(conflictId, QStringLiteral("edited")); !s)
        return s;
    return tx.commit();
}

} // namespace sb
