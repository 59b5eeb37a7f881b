// A ticket's history: replies and internal comments with their files, the escalation to an
// ERP complaint, and reading the history back for the timeline. (ServiceStore.cpp keeps the
// ticket itself.)
#include "ServiceStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace sb {

namespace {
QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

Result<qint64> ServiceStore::addComment(qint64 ticketId, const QString &text, const QString &author)
{
    if (text.trimmed().isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The comment is empty."));
    return addReply(ticketId, QStringLiteral("comment"), text, {}, author);
}

Result<qint64> ServiceStore::addReply(qint64 ticketId, const QString &kind, const QString &text,
                                      const QStringList &filePaths, const QString &author)
{
    if (kind != QLatin1String("comment") && kind != QLatin1String("correspond"))
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "A reply goes to the customer or stays an internal comment; \"%1\" is neither.").arg(kind));
    if (text.trimmed().isEmpty() && filePaths.isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "Write something or attach a file before sending."));
    auto ticket = readRecord(m_db, entities::ticket(), ticketId);
    if (!ticket)
        return Result<qint64>::fail(ticket.error());

    // Sizes are checked before any file is read: a 2 GB video picked by mistake is refused
    // without loading it.
    qint64 total = 0;
    for (const QString &path : filePaths) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isFile() || !info.isReadable())
            return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The file \"%1\" cannot be read.").arg(QDir::toNativeSeparators(path)));
        if (info.size() > kMaxFileBytes)
            return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The file \"%1\" is %2; a file attached to a ticket can be at most %3.")
                                            .arg(info.fileName(), megabytes(info.size()), megabytes(kMaxFileBytes)));
        total += info.size();
    }
    if (total > kMaxReplyBytes)
        return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The files come to %1 together; one reply can carry at most %2. Send them in "
                                       "more than one reply.")
                                        .arg(megabytes(total), megabytes(kMaxReplyBytes)));

    QJsonArray attachments;
    const QMimeDatabase mime;
    for (const QString &path : filePaths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The file \"%1\" cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray bytes = file.readAll();
        if (bytes.size() > kMaxFileBytes) // grew since it was looked at
            return Result<qint64>::fail(QCoreApplication::translate("sb::ServiceStore", "The file \"%1\" is %2; a file attached to a ticket can be at most %3.")
                                            .arg(QFileInfo(path).fileName(), megabytes(bytes.size()), megabytes(kMaxFileBytes)));
        // "id" is the server's: it is added by the sync once the server has the file.
        attachments.append(QJsonObject{{QStringLiteral("name"), QFileInfo(path).fileName()},
                                       {QStringLiteral("type"), mime.mimeTypeForFileNameAndData(path, bytes).name()},
                                       {QStringLiteral("size"), double(bytes.size())},
                                       {QStringLiteral("content"), QString::fromLatin1(bytes.toBase64())}});
    }

    QVariantMap fields{{QStringLiteral("ticket_id"), ticketId},
                       {QStringLiteral("at"), Database::nowUtc()},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("text"), text}};
    if (!attachments.isEmpty())
        fields.insert(QStringLiteral("attachments"),
                      QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact)));
    return m_writer.create(entities::ticketEvent(), fields);
}

Result<bool> ServiceStore::escalationPending(qint64 ticketId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND record_id = ? AND %1 "
                                        "AND op = '%2' AND json_extract(payload, '$.command') = 'escalate'")
                             .arg(sql::openEntry(), sqlValue(OutboxOp::Command)),
                         {ticketId});
    if (!n)
        return Result<bool>::fail(n.error());
    return Result<bool>::ok(n.value().toInt() > 0);
}

Status ServiceStore::escalate(qint64 ticketId, const QString &reason, const QString &author)
{
    // The command's arguments are the reason only (what the ERP side reads); who asked stays
    // with the outbox entry's workspace user.
    Q_UNUSED(author)
    if (reason.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::ServiceStore", "Say in a few words why the ticket becomes an ERP complaint."));
    auto ticket = readRecord(m_db, entities::ticket(), ticketId);
    if (!ticket)
        return Status::fail(ticket.error());
    const QString ref = ticket.value().value(QStringLiteral("complaint_ref")).toString();
    if (!ref.isEmpty())
        return Status::fail(QCoreApplication::translate("sb::ServiceStore", "This ticket was escalated already: it is ERP complaint %1.").arg(ref));
    auto pending = escalationPending(ticketId);
    if (!pending)
        return Status::fail(pending.error());
    if (pending.value())
        return Status::fail(QCoreApplication::translate("sb::ServiceStore", "The escalation of this ticket is already on its way to the ERP."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (Status s = m_writer.command(entities::ticket(), ticketId, QStringLiteral("escalate"),
                                    {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

QList<TicketAttachment> ServiceStore::parseAttachments(const QString &json)
{
    QList<TicketAttachment> out;
    if (json.trimmed().isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        TicketAttachment a;
        const QJsonValue id = o.value(QStringLiteral("id"));
        a.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        a.name = o.value(QStringLiteral("name")).toString();
        a.type = o.value(QStringLiteral("type")).toString();
        const QJsonValue size = o.value(QStringLiteral("size"));
        a.size = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble());
        a.content = QByteArray::fromBase64(o.value(QStringLiteral("content")).toString().toLatin1());
        if (a.size <= 0 && !a.content.isEmpty())
            a.size = a.content.size();
        out << a;
    }
    return out;
}

Result<QList<TicketEntry>> ServiceStore::history(qint64 ticketId)
{
    auto r = m_db.exec(QStringLiteral("SELECT id, at, author, kind, text, attachments, local_state FROM ticket_events "
                                      "WHERE ticket_id = ? AND %1 ORDER BY at DESC, id DESC")
                           .arg(sql::live()),
                       {ticketId});
    if (!r)
        return Result<QList<TicketEntry>>::fail(r.error());
    QList<TicketEntry> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        TicketEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.author = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.text = q.value(4).toString();
        e.attachments = parseAttachments(q.value(5).toString());
        e.localState = q.value(6).toInt();
        out << e;
    }
    return Result<QList<TicketEntry>>::ok(out);
}

Result<QList<RequestorChoice>> ServiceStore::requestors(qint64 customerId)
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, coalesce(title, '') FROM contacts WHERE customer_id = ? AND %1 "
                                      "ORDER BY is_primary DESC, name COLLATE NOCASE")
                           .arg(sql::live()),
                       {customerId});
    if (!r)
        return Result<QList<RequestorChoice>>::fail(r.error());
    QList<RequestorChoice> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << RequestorChoice{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return Result<QList<RequestorChoice>>::ok(out);
}

} // namespace sb
