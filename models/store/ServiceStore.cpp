#include "ServiceStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace sb {

QString ServiceStore::checkDueAndRequestor(const QVariantMap &fields, qint64 customerId)
{
    if (fields.contains(QStringLiteral("due_at"))) {
        const QString due = fields.value(QStringLiteral("due_at")).toString();
        if (!due.isEmpty()) {
            const QDateTime at = QDateTime::fromString(due, Qt::ISODate);
            if (!at.isValid())
                return QCoreApplication::translate("sb::ServiceStore", "The due date \"%1\" is not a date.").arg(due);
            if (at > QDateTime::currentDateTimeUtc().addYears(2))
                return QCoreApplication::translate("sb::ServiceStore",
                                                   "The due date is more than two years away; choose an earlier one or no due date.");
        }
    }
    if (fields.contains(QStringLiteral("contact_id"))) {
        const QVariant contact = fields.value(QStringLiteral("contact_id"));
        if (!contact.isNull() && contact.toLongLong() > 0) {
            auto owner = customerOfRecord(m_db, entities::contact(), contact.toLongLong());
            if (!owner)
                return owner.error();
            if (owner.value() != customerId)
                return QCoreApplication::translate("sb::ServiceStore",
                                                   "The requestor must be one of the customer's contacts.");
        }
    }
    return QString();
}

Result<qint64> ServiceStore::createTicket(const QVariantMap &fields, const QString &author)
{
    if (fields.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "A ticket needs a subject."));
    if (fields.value(QStringLiteral("customer_id")).toLongLong() <= 0)
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "Choose the customer the ticket is for."));
    const int priority = fields.value(QStringLiteral("priority"), 2).toInt();
    if (priority < 1 || priority > 4)
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The priority must be between 1 (low) and 4 (urgent)."));
    if (const QString refusal = checkDueAndRequestor(fields, fields.value(QStringLiteral("customer_id")).toLongLong());
        !refusal.isEmpty())
        return Result<qint64>::fail(refusal);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    QVariantMap f = fields;
    // "No due date" and "no requestor" are written as NULL, never as an empty text or 0.
    if (f.contains(QStringLiteral("due_at")) && f.value(QStringLiteral("due_at")).toString().isEmpty())
        f.insert(QStringLiteral("due_at"), QVariant());
    if (f.contains(QStringLiteral("contact_id")) && f.value(QStringLiteral("contact_id")).toLongLong() <= 0)
        f.insert(QStringLiteral("contact_id"), QVariant());
    f.insert(QStringLiteral("status"), QStringLiteral("new"));
    f.insert(QStringLiteral("owner"), author);
    auto id = m_writer.create(entities::ticket(), f);
    if (!id)
        return id;
    auto ev = m_writer.create(entities::ticketEvent(), {{QStringLiteral("ticket_id"), id.value()},
                                                        {QStringLiteral("at"), Database::nowUtc()},
                                                        {QStringLiteral("author"), author},
                                                        {QStringLiteral("kind"), QStringLiteral("create")},
                                                        {QStringLiteral("text"), f.value(QStringLiteral("description"))}});
    if (!ev)
        return ev;
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

Status ServiceStore::setStatus(qint64 ticketId, const QString &status, const QString &author)
{
    static const QStringList statuses = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("stalled"),
                                         QStringLiteral("resolved"), QStringLiteral("rejected")};
    if (!statuses.contains(status))
        return Status::fail(QCoreApplication::translate("sb::ServiceStore", "Unknown ticket status \"%1\".").arg(status));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    QVariantMap changes{{QStringLiteral("status"), status}};
    changes.insert(QStringLiteral("resolved_at"),
                   status == QLatin1String("resolved") ? QVariant(Database::nowUtc()) : QVariant());
    if (Status s = m_writer.update(entities::ticket(), ticketId, changes); !s)
        return s;
    auto ev = m_writer.create(entities::ticketEvent(), {{QStringLiteral("ticket_id"), ticketId},
                                                        {QStringLiteral("at"), Database::nowUtc()},
                                                        {QStringLiteral("author"), author},
                                                        {QStringLiteral("kind"), QStringLiteral("status")},
                                                        // The code, as the after-sales server records it; the
                                                        // timeline says it in the reader's language.
                                                        {QStringLiteral("text"), status}});
    if (!ev)
        return Status::fail(ev.error());
    return tx.commit();
}

Status ServiceStore::updateTicket(qint64 ticketId, const QVariantMap &changes)
{
    static const QStringList editable = {QStringLiteral("subject"), QStringLiteral("description"),
                                         QStringLiteral("priority"), QStringLiteral("product_id"),
                                         QStringLiteral("serial_number"), QStringLiteral("due_at"),
                                         QStringLiteral("contact_id")};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (!editable.contains(it.key()))
            return Status::fail(QCoreApplication::translate("sb::ServiceStore", "The %1 of a ticket is not edited here.").arg(it.key()));
    if (changes.contains(QStringLiteral("subject")) && changes.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::ServiceStore", "A ticket needs a subject."));
    if (changes.contains(QStringLiteral("priority"))) {
        const int priority = changes.value(QStringLiteral("priority")).toInt();
        if (priority < 1 || priority > 4)
            return Status::fail(QCoreApplication::translate("sb::ServiceStore", "The priority must be between 1 (low) and 4 (urgent)."));
    }
    QVariantMap c = changes;
    if (c.contains(QStringLiteral("due_at")) || c.contains(QStringLiteral("contact_id"))) {
        auto ticket = readRecord(m_db, entities::ticket(), ticketId);
        if (!ticket)
            return Status::fail(ticket.error());
        if (const QString refusal = checkDueAndRequestor(c, ticket.value().value(QStringLiteral("customer_id")).toLongLong());
            !refusal.isEmpty())
            return Status::fail(refusal);
        if (c.contains(QStringLiteral("due_at")) && c.value(QStringLiteral("due_at")).toString().isEmpty())
            c.insert(QStringLiteral("due_at"), QVariant());
        if (c.contains(QStringLiteral("contact_id")) && c.value(QStringLiteral("contact_id")).toLongLong() <= 0)
            c.insert(QStringLiteral("contact_id"), QVariant());
    }
    return m_writer.update(entities::ticket(), ticketId, c);
}

Status ServiceStore::removeTicket(qint64 ticketId)
{
    return m_writer.remove(entities::ticket(), ticketId);
}

Result<QList<WarehouseAvailability>> InventoryStore::availability(qint64 productId, double quantity)
{
    auto r = m_db.exec(QStringLiteral("SELECT w.id, w.name, coalesce(s.on_hand,0), coalesce(s.forecast,0) "
                                      "FROM warehouses w LEFT JOIN stock_levels s "
                                      "ON s.warehouse_id = w.id AND s.product_id = ? AND s.local_state <> 3 "
                                      "WHERE w.local_state <> 3 ORDER BY w.code"),
                       {productId});
    if (!r)
        return Result<QList<WarehouseAvailability>>::fail(r.error());
    QList<WarehouseAvailability> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        WarehouseAvailability a;
        a.warehouseId = q.value(0).toLongLong();
        a.warehouse = q.value(1).toString();
        a.onHand = q.value(2).toDouble();
        a.forecast = q.value(3).toDouble();
        a.enoughNow = a.onHand >= quantity;
        a.enoughForecast = a.forecast >= quantity;
        out << a;
    }
    return Result<QList<WarehouseAvailability>>::ok(out);
}

Result<OutboxCounts> OutboxStore::counts()
{
    auto r = m_db.exec(QStringLiteral("SELECT coalesce(sum(state IN ('pending','in_flight')),0), "
                                      "coalesce(sum(state = 'failed'),0) FROM outbox WHERE state IN ('pending','in_flight','failed')"));
    // (IN, not <> 'done': a search of the state index instead of a walk over the whole history)
    if (!r)
        return Result<OutboxCounts>::fail(r.error());
    OutboxCounts c;
    if (r.value().next()) {
        c.pending = r.value().value(0).toInt();
        c.failed = r.value().value(1).toInt();
    }
    return Result<OutboxCounts>::ok(c);
}

Result<int> OutboxStore::pendingFor(const QString &entity, qint64 recordId)
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND state <> 'done'"),
                         {entity, recordId});
    if (!r)
        return Result<int>::fail(r.error());
    return Result<int>::ok(r.value().toInt());
}

Result<RefusedChange> OutboxStore::firstRefused(const QString &entity, qint64 recordId)
{
    auto r = m_db.exec(QStringLiteral("SELECT id, last_error FROM outbox WHERE entity = ? AND record_id = ? AND %1 "
                                      "ORDER BY id LIMIT 1")
                           .arg(sql::outboxState(OutboxState::Failed)),
                       {entity, recordId});
    if (!r)
        return Result<RefusedChange>::fail(r.error());
    RefusedChange c;
    if (r.value().next()) {
        c.outboxId = r.value().value(0).toLongLong();
        c.reason = r.value().value(1).toString();
    }
    return Result<RefusedChange>::ok(c);
}

} // namespace sb
