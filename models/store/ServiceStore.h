#pragma once

#include "ChangeWriter.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// Service tickets (complaints, repair requests) for the after-sales system.
class ServiceStore {
public:
    explicit ServiceStore(Database &db) : m_db(db), m_writer(db) {}
    // Files a ticket; its first history entry says who filed it.
    Result<qint64> createTicket(const QVariantMap &fields, const QString &author);
    Result<qint64> addComment(qint64 ticketId, const QString &text, const QString &author);
    Status setStatus(qint64 ticketId, const QString &status, const QString &author);
    // Edits what the person who filed the ticket wrote: subject, description, priority,
    // product and serial number (the status moves with setStatus). Through the outbox.
    Status updateTicket(qint64 ticketId, const QVariantMap &changes);
    // A deletion like any change: through the outbox, exactly once; undone from Pending
    // changes while it has not been sent.
    Status removeTicket(qint64 ticketId);

private:
    Database &m_db;
    ChangeWriter m_writer;
};

struct WarehouseAvailability {
    qint64 warehouseId = 0;
    QString warehouse;
    double onHand = 0;
    double forecast = 0;
    bool enoughNow = false;      // on hand covers the quantity
    bool enoughForecast = false; // forecast covers it
};

// Stock per product and warehouse, and whether a quantity can be promised.
class InventoryStore {
public:
    explicit InventoryStore(Database &db) : m_db(db) {}
    Result<QList<WarehouseAvailability>> availability(qint64 productId, double quantity);

private:
    Database &m_db;
};

struct OutboxCounts {
    int pending = 0;
    int failed = 0;
};

// A change a server refused: the outbox entry and the reason it gave.
struct RefusedChange {
    qint64 outboxId = 0; // 0: none
    QString reason;
};

// What is waiting to be sent: the Pending changes view and the status bar read it.
class OutboxStore {
public:
    explicit OutboxStore(Database &db) : m_db(db) {}
    Result<OutboxCounts> counts();
    // Pending entries for one record, oldest first (entity as in the outbox: "customer").
    Result<int> pendingFor(const QString &entity, qint64 recordId);
    // The record's oldest refused change (outboxId 0 when none was refused).
    Result<RefusedChange> firstRefused(const QString &entity, qint64 recordId);

private:
    Database &m_db;
};

} // namespace sb
