// A ticket's history (ticket_event) in Request Tracker: pulled from the transactions feed of the
// queue, replies and comments sent with their files, exactly once through a transaction custom
// field. See docs/rt-connector.md.
#include "RtHistory.h"

#include "RtConnector.h"
#include "RtMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::rt {

namespace {

// A file name as RT 5.0 takes it in JSON: non-ASCII names as RFC 2047 encoded words (sent raw,
// they fail the whole message with a 500 "Wide character"); RT stores the decoded name.
QString mimeFileName(const QString &name)
{
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii && !name.contains(QLatin1String("=?")))
        return name;
    QStringList words;
    QString chunk;
    auto flush = [&] {
        if (!chunk.isEmpty())
            words << QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(chunk.toUtf8().toBase64()));
        chunk.clear();
    };
    for (int i = 0; i < name.size(); ++i) {
        QString ch = name.at(i);
        if (name.at(i).isHighSurrogate() && i + 1 < name.size())
            ch += name.at(++i);
        if ((chunk + ch).toUtf8().size() > 45) // an encoded word stays within 75 characters
            flush();
        chunk += ch;
    }
    flush();
    return words.join(QLatin1Char(' '));
}

// The queue's ticket transactions the cache keeps, in id order.
QString feedSql(const Settings &s)
{
    // A deleted ticket leaves the lists (a tombstone of the ticket pull): its history, and the
    // status change that deleted it, would only wait here for a ticket that never comes.
    return QStringLiteral("ObjectType = 'RT::Ticket' AND TicketQueue = %1 AND TicketStatus != 'deleted' AND "
                          "(Type = 'Create' OR Type = 'Correspond' OR Type = 'Comment' OR Type = 'Status')")
        .arg(quoted(s.queue));
}

QUrlQuery transactionSearch(const QString &sql, int perPage, int page = 1)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), sql);
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("ObjectId,Type,Field,OldValue,NewValue,Created,Creator,CustomFields"));
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("ASC"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return q;
}

// Attachments of the transactions first..last: the text bodies with their content, or the
// files without it (their bytes come on demand: in a search RT writes binary content as text).
struct AttachmentPages : std::enable_shared_from_this<AttachmentPages> {
    Op *op = nullptr;
    qint64 first = 0;
    qint64 last = 0;
    bool files = false;
    int page = 1;
    QJsonArray items;
    std::function<void(const QJsonArray &)> done;

    void fetch()
    {
        // Two limits on one field are joined with OR unless told otherwise: every one says AND.
        const QString aggregator = QStringLiteral("entry_aggregator");
        QJsonArray query{QJsonObject{{QStringLiteral("field"), QStringLiteral("TransactionId")},
                                     {QStringLiteral("operator"), QStringLiteral(">=")},
                                     {QStringLiteral("value"), QString::number(first)}},
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("TransactionId")},
                                     {QStringLiteral("operator"), QStringLiteral("<=")},
                                     {QStringLiteral("value"), QString::number(last)},
                                     {aggregator, QStringLiteral("AND")}},
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("Filename")},
                                     {QStringLiteral("operator"), files ? QStringLiteral("IS NOT") : QStringLiteral("IS")},
                                     {QStringLiteral("value"), QStringLiteral("NULL")},
                                     {aggregator, QStringLiteral("AND")}}};
        if (!files)
            query.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("ContentType")},
                                     {QStringLiteral("value"), QStringLiteral("text/plain")},
                                     {aggregator, QStringLiteral("AND")}});
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fields"), files ? QStringLiteral("TransactionId,ContentType,Filename,ContentLength")
                                                       : QStringLiteral("TransactionId,Content"));
        q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        q.addQueryItem(QStringLiteral("order"), QStringLiteral("ASC"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(kMaxPerPage));
        auto self = shared_from_this();
        op->api("POST", QStringLiteral("attachments"), q, QJsonDocument(query), false, [self](const Reply &reply) {
            const QJsonArray got = itemsOf(reply);
            for (const QJsonValue &v : got)
                self->items.append(v);
            if (got.size() >= kMaxPerPage) {
                ++self->page;
                self->fetch();
                return;
            }
            self->done(self->items);
        });
    }
};

void readAttachments(Op &op, qint64 first, qint64 last, bool files, std::function<void(const QJsonArray &)> done)
{
    auto pages = std::make_shared<AttachmentPages>();
    pages->op = &op;
    pages->first = first;
    pages->last = last;
    pages->files = files;
    pages->done = std::move(done);
    pages->fetch();
}

// Transactions (one page of the feed, or one looked up) as ticket_event records: their bodies
// and files read in two searches over the page's id range.
void eventsFor(Op &op, const QJsonArray &txns, std::function<void(QList<RemoteRecord>)> done)
{
    const Settings &s = op.settings();
    qint64 first = 0;
    qint64 last = 0;
    for (const QJsonValue &v : txns) {
        const QJsonObject t = v.toObject();
        const QString type = t.value(QLatin1String("Type")).toString();
        if (type == QLatin1String("Status"))
            continue;
        const qint64 id = text(t.value(QLatin1String("id"))).toLongLong();
        if (id <= 0)
            continue;
        first = first ? qMin(first, id) : id;
        last = qMax(last, id);
    }
    auto build = [txns, done, &s](const QJsonArray &bodies, const QJsonArray &files) {
        QHash<QString, QString> bodyOf;
        for (const QJsonValue &v : bodies) {
            const QJsonObject a = v.toObject();
            const QString txn = text(a.value(QLatin1String("TransactionId")));
            if (!bodyOf.contains(txn)) // the first text part is the message; others are quoted copies
                bodyOf.insert(txn, a.value(QLatin1String("Content")).toString().trimmed());
        }
        QHash<QString, QJsonArray> filesOf;
        for (const QJsonValue &v : files) {
            const QJsonObject a = v.toObject();
            filesOf[text(a.value(QLatin1String("TransactionId")))].append(
                QJsonObject{{QStringLiteral("id"), text(a.value(QLatin1String("id")))},
                            {QStringLiteral("name"), a.value(QLatin1String("Filename")).toString()},
                            {QStringLiteral("type"), a.value(QLatin1String("ContentType")).toString()},
                            {QStringLiteral("size"), text(a.value(QLatin1String("ContentLength"))).toLongLong()}});
        }
        QList<RemoteRecord> out;
        for (const QJsonValue &v : txns) {
            const QJsonObject t = v.toObject();
            const QString id = text(t.value(QLatin1String("id")));
            RemoteRecord r = eventFor(t, bodyOf.value(id), filesOf.value(id), s);
            if (!r.remoteId.isEmpty())
                out << r;
        }
        done(out);
    };
    if (!last) {
        build({}, {});
        return;
    }
    Op *o = &op;
    readAttachments(op, first, last, false, [o, first, last, build](const QJsonArray &bodies) {
        readAttachments(*o, first, last, true, [bodies, build](const QJsonArray &files) { build(bodies, files); });
    });
}

} // namespace

RemoteCall *History::pull(Op *op, const PullCursor &cursor, int pageSize, const Settings &s)
{
    bool ok = false;
    const qint64 after = cursor.id.isEmpty() ? 0 : cursor.id.toLongLong(&ok);
    if (!cursor.id.isEmpty() && (!ok || after < 0)) {
        delete op;
        RemoteResult r;
        r.error = RemoteErrorClass::CursorInvalid;
        r.message = QCoreApplication::translate("sb::rt::Op", "The ticket history's sync position could not be read; the history is read again.");
        return new ImmediateCall(r);
    }
    // Transaction ids only grow and a transaction never changes: the cursor is the last id.
    const QString sql = feedSql(s) + QStringLiteral(" AND id > %1").arg(after);
    const int perPage = qBound(1, pageSize, kMaxPerPage);
    op->setBody([sql, perPage, after](Op &o) {
        o.api("GET", QStringLiteral("transactions"), transactionSearch(sql, perPage), {}, false, [&o, perPage, after](const Reply &reply) {
            const QJsonArray txns = itemsOf(reply);
            qint64 newest = after;
            for (const QJsonValue &v : txns)
                newest = qMax(newest, text(v.toObject().value(QLatin1String("id"))).toLongLong());
            const bool full = txns.size() >= perPage;
            eventsFor(o, txns, [&o, newest, full](QList<RemoteRecord> records) {
                RemoteResult r;
                r.serverAnswered = true;
                r.records = std::move(records);
                r.hasMore = full;
                r.next.id = newest > 0 ? QString::number(newest) : QString();
                o.finish(r);
            });
        });
    });
    return op;
}

RemoteCall *History::create(Op *op, const QVariantMap &fields, const QString &key, const Settings &s)
{
    const QString ticket = fields.value(QStringLiteral("ticket_id")).toString();
    const QString kind = fields.value(QStringLiteral("kind")).toString();
    if (ticket.isEmpty()) {
        delete op;
        return ImmediateCall::refused(QCoreApplication::translate("sb::rt::Op", "The ticket of this entry is not in Request Tracker."));
    }
    if (kind == QLatin1String("status") || kind == QLatin1String("create")) {
        // The ticket's own change made this entry on the server (its create or its status): the
        // entry here becomes that transaction, found in the ticket's history. Nothing is written.
        QString sql = QStringLiteral("ObjectType = 'RT::Ticket' AND ObjectId = %1 AND ").arg(ticket.toLongLong());
        if (kind == QLatin1String("create"))
            sql += QStringLiteral("Type = 'Create'");
        else // the text of a status entry is the new status's code
            sql += QStringLiteral("Type = 'Status' AND NewValue = %1").arg(quoted(fields.value(QStringLiteral("text")).toString()));
        op->setBody([sql](Op &o) {
            o.api("GET", QStringLiteral("transactions"), transactionSearch(sql, kMaxPerPage), {}, false, [&o](const Reply &reply) {
                const QJsonArray txns = itemsOf(reply);
                if (txns.isEmpty()) {
                    o.fail(RemoteErrorClass::Temporary,
                           QCoreApplication::translate("sb::rt::Op", "Waiting for the ticket's change to reach Request Tracker."));
                    return;
                }
                // The latest: the change this entry records was the last of its kind sent.
                eventsFor(o, QJsonArray{QJsonValue(txns.last())}, [&o](QList<RemoteRecord> records) {
                    RemoteResult r;
                    r.serverAnswered = true;
                    if (!records.isEmpty())
                        r.record = records.first();
                    o.finish(r);
                });
            });
        });
        return op;
    }
    if (kind != QLatin1String("comment") && kind != QLatin1String("correspond")) {
        delete op;
        return ImmediateCall::refused(QCoreApplication::translate("sb::rt::Op", "Request Tracker keeps no history entries of this kind (%1).").arg(kind));
    }
    QJsonObject body{{QStringLiteral("Content"), fields.value(QStringLiteral("text")).toString()},
                     {QStringLiteral("ContentType"), QStringLiteral("text/plain")},
                     {QStringLiteral("TxnCustomFields"), QJsonObject{{s.messageKeyField, key}}}};
    QJsonArray files;
    const QJsonArray listed = QJsonDocument::fromJson(fields.value(QStringLiteral("attachments")).toString().toUtf8()).array();
    for (const QJsonValue &v : listed) {
        const QJsonObject a = v.toObject();
        if (!a.contains(QLatin1String("content")))
            continue; // already on the server
        files.append(QJsonObject{{QStringLiteral("FileName"), mimeFileName(a.value(QLatin1String("name")).toString())},
                                 {QStringLiteral("FileType"), a.value(QLatin1String("type")).toString(QStringLiteral("application/octet-stream"))},
                                 {QStringLiteral("FileContent"), a.value(QLatin1String("content")).toString()}});
    }
    if (!files.isEmpty())
        body.insert(QStringLiteral("Attachments"), files);
    const QString path = QStringLiteral("ticket/%1/%2").arg(ticket.toLongLong()).arg(kind);
    op->setBody([path, body](Op &o) {
        o.api("POST", path, {}, QJsonDocument(body), true, [&o](const Reply &created) {
            const QByteArray loc = created.location;
            const QString txn = QString::fromLatin1(loc.mid(loc.lastIndexOf('/') + 1));
            if (txn.toLongLong() <= 0) {
                o.fail(RemoteErrorClass::Uncertain,
                       QCoreApplication::translate("sb::rt::Op", "Request Tracker took the message but did not say where; it is looked up before anything is sent again."));
                return;
            }
            History::fetch(o, txn, [&o](const RemoteRecord &record) {
                RemoteResult r;
                r.serverAnswered = true;
                r.record = record;
                o.finish(r);
            });
        });
    });
    return op;
}

RemoteCall *History::lookupByKey(Op *op, const QString &key, const QVariantMap &fields, const Settings &s)
{
    const QString kind = fields.value(QStringLiteral("kind")).toString();
    const qint64 ticket = fields.value(QStringLiteral("ticket_id")).toLongLong();
    if (key.isEmpty() || ticket <= 0 || (kind != QLatin1String("comment") && kind != QLatin1String("correspond"))) {
        delete op;
        RemoteResult r; // nothing was written for it: the create (an adoption) goes again
        return new ImmediateCall(r);
    }
    const QString sql = QStringLiteral("ObjectType = 'RT::Ticket' AND ObjectId = %1 AND CF.{%2} = %3")
                            .arg(ticket)
                            .arg(s.messageKeyField, quoted(key));
    op->setBody([sql](Op &o) {
        o.api("GET", QStringLiteral("transactions"), transactionSearch(sql, 10), {}, false, [&o](const Reply &reply) {
            const QJsonArray txns = itemsOf(reply);
            if (txns.isEmpty()) {
                RemoteResult r;
                r.serverAnswered = true;
                o.finish(r);
                return;
            }
            eventsFor(o, QJsonArray{QJsonValue(txns.first())}, [&o](QList<RemoteRecord> records) {
                RemoteResult r;
                r.serverAnswered = true;
                r.found = !records.isEmpty();
                if (r.found)
                    r.record = records.first();
                o.finish(r);
            });
        });
    });
    return op;
}

void History::fetch(Op &op, const QString &txnId, std::function<void(const RemoteRecord &)> done)
{
    const QString sql = QStringLiteral("id = %1").arg(txnId.toLongLong());
    op.api("GET", QStringLiteral("transactions"), transactionSearch(sql, 1), {}, false, [&op, done](const Reply &reply) {
        const QJsonArray txns = itemsOf(reply);
        if (txns.isEmpty()) {
            op.fail(RemoteErrorClass::Uncertain,
                    QCoreApplication::translate("sb::rt::Op", "Request Tracker took the message but does not show it; it is looked up before anything is sent again."));
            return;
        }
        eventsFor(op, txns, [done](QList<RemoteRecord> records) { done(records.isEmpty() ? RemoteRecord() : records.first()); });
    });
}

} // namespace sb::rt
