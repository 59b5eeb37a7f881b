#pragma once

#include "ChangeWriter.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

// A file on a ticket's history entry, as the entry's attachments JSON lists it.
struct TicketAttachment {
    QString id;         // the server's id; empty while the reply waits to be sent
    QString name;
    QString type;       // MIME type
    qint64 size = 0;    // bytes
    QByteArray content; // the bytes of a file attached here and not sent yet; empty otherwise
    bool isLocal() const { return !content.isEmpty() || id.isEmpty(); }
};

// One entry of a ticket's history, newest first in TicketHistory.
struct TicketEntry {
    qint64 id = 0;
    QString at;     // ISO 8601 UTC
    QString author;
    QString kind;   // create, comment (internal), correspond (to the customer), status
    QString text;   // for a status entry: a status code from the server, or words written here
    int localState = 0;
    QList<TicketAttachment> attachments;
};

// One of the customer's contacts, offered as a ticket's requestor.
struct RequestorChoice {
    qint64 id = 0;
    QString name;
    QString title;
};

// Service tickets (complaints, repair requests) for the after-sales system.
class ServiceStore {
public:
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;  // one attached file
    static constexpr qint64 kMaxReplyBytes = 25 * 1024 * 1024; // all files of one reply

    explicit ServiceStore(Database &db) : m_db(db), m_writer(db) {}
    // Files a ticket; its first history entry says who filed it. due_at (ISO 8601 UTC, at
    // most two years away) and contact_id (one of the customer's contacts) are optional.
    Result<qint64> createTicket(const QVariantMap &fields, const QString &author);
    // An internal note: addReply(ticketId, "comment", text, {}, author).
    Result<qint64> addComment(qint64 ticketId, const QString &text, const QString &author);
    // A history entry written here: kind "comment" (internal note) or "correspond" (goes to
    // the customer), with files read now and carried base64 in the attachments JSON until the
    // server has them. Refused with a sentence: nothing written, a file that cannot be read,
    // a file over 10 MB, more than 25 MB in all. Through the outbox.
    Result<qint64> addReply(qint64 ticketId, const QString &kind, const QString &text, const QStringList &filePaths,
                            const QString &author);
    Status setStatus(qint64 ticketId, const QString &status, const QString &author);
    // Edits what the person who filed the ticket wrote: subject, description, priority,
    // product, serial number, due date and requestor (the status moves with setStatus).
    // Through the outbox.
    Status updateTicket(qint64 ticketId, const QVariantMap &changes);
    // A deletion like any change: through the outbox, exactly once; undone from Pending
    // changes while it has not been sent.
    Status removeTicket(qint64 ticketId);
    // Queues the command ticket.escalate {"reason"}: the ERP opens a complaint and the sync
    // writes its number into complaint_ref. Refused when the ticket has a complaint already
    // or its escalation is still on its way.
    Status escalate(qint64 ticketId, const QString &reason, const QString &author);
    // A ticket.escalate command waits in the outbox (not sent, or refused).
    Result<bool> escalationPending(qint64 ticketId);

    // The ticket's history, newest first, with each entry's files.
    Result<QList<TicketEntry>> history(qint64 ticketId);
    // The customer's contacts a ticket can name as its requestor, by name.
    Result<QList<RequestorChoice>> requestors(qint64 customerId);
    // Reads an attachments JSON array; a value that is not one reads as no files.
    static QList<TicketAttachment> parseAttachments(const QString &json);

private:
    // A refusal for due_at / contact_id of a ticket of customerId; empty when they may be written.
    QString checkDueAndRequestor(const QVariantMap &fields, qint64 customerId);

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
