#include "RtMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sb::rt {

namespace {

// A user reference ({"id": "agent", ...}) or a plain name.
QString userName(const QJsonValue &v)
{
    const QString name = v.isObject() ? text(v.toObject().value(QLatin1String("id"))) : text(v);
    return name == QLatin1String("Nobody") ? QString() : name;
}

QString customField(const QJsonObject &ticket, const QString &name)
{
    const QJsonValue fields = ticket.value(QLatin1String("CustomFields"));
    if (fields.isArray()) { // collections and single tickets: [{"name", "values": [...]}]
        for (const QJsonValue &v : fields.toArray()) {
            const QJsonObject cf = v.toObject();
            if (cf.value(QLatin1String("name")).toString() != name)
                continue;
            const QJsonValue values = cf.value(QLatin1String("values"));
            return values.isArray() ? text(values.toArray().first()) : text(values);
        }
    } else if (fields.isObject()) { // what a create sends: {"name": value}
        return text(fields.toObject().value(name));
    }
    return QString();
}

QString statusFromRt(const QString &status)
{
    static const QStringList known = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("stalled"),
                                      QStringLiteral("resolved"), QStringLiteral("rejected")};
    if (known.contains(status))
        return status;
    // A status of a custom lifecycle: still being worked on, as far as the cache can say.
    return QStringLiteral("open");
}

} // namespace

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isObject()) // a reference to another record: {"id": ..., "type", "_url"}
        return text(v.toObject().value(QLatin1String("id")));
    return QString();
}

QJsonArray itemsOf(const Reply &reply)
{
    return reply.json.object().value(QLatin1String("items")).toArray();
}

QString collectionFields()
{
    return QStringLiteral("Subject,Status,Priority,Owner,LastUpdated,Resolved,Due,Requestor,Queue,CustomFields");
}

int priorityFromRt(int rt)
{
    if (rt >= 75)
        return 4;
    if (rt >= 50)
        return 3;
    if (rt >= 25)
        return 2;
    return 1;
}

int priorityToRt(int priority)
{
    return qBound(1, priority, 4) * 20; // 20, 40, 60, 80: each maps back to itself
}

QString ticketSqlTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0000");
}

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QDateTime rtTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid() || t.date().year() <= 1970)
        return {};
    return t.toUTC();
}

RemoteRecord recordFor(const QJsonObject &ticket, const Settings &s)
{
    RemoteRecord r;
    r.remoteId = text(ticket.value(QLatin1String("id")));
    const QDateTime updated = rtTime(ticket.value(QLatin1String("LastUpdated")));
    r.modifiedAt = updated.isValid() ? updated.toString(Qt::ISODate) : QString();
    r.version = r.modifiedAt; // 1-second resolution, like everything TicketSQL can search by
    const QString status = ticket.value(QLatin1String("Status")).toString();
    if (status == QLatin1String("deleted")) {
        r.deleted = true;
        return r;
    }
    QVariantMap f;
    f.insert(QStringLiteral("number"), r.remoteId);
    f.insert(QStringLiteral("subject"), ticket.value(QLatin1String("Subject")).toString());
    f.insert(QStringLiteral("status"), statusFromRt(status));
    f.insert(QStringLiteral("priority"), priorityFromRt(text(ticket.value(QLatin1String("Priority"))).toInt()));
    f.insert(QStringLiteral("queue"), s.queue);
    const QString owner = userName(ticket.value(QLatin1String("Owner")));
    f.insert(QStringLiteral("owner"), owner.isEmpty() ? QVariant() : QVariant(owner));
    const QDateTime resolved = rtTime(ticket.value(QLatin1String("Resolved")));
    f.insert(QStringLiteral("resolved_at"), resolved.isValid() ? QVariant(resolved.toString(Qt::ISODate)) : QVariant());
    const QDateTime due = rtTime(ticket.value(QLatin1String("Due")));
    f.insert(QStringLiteral("due_at"), due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant());
    // The requestor is an RT user named by e-mail address: the contact with that address.
    const QJsonArray requestors = ticket.value(QLatin1String("Requestor")).toArray();
    const QString requestor = requestors.isEmpty() ? QString() : userName(requestors.first());
    f.insert(QStringLiteral("contact_id"),
             requestor.isEmpty() ? QVariant() : RemoteRef{QString(), QString(), requestor, {}}.toVariant());
    const QString customer = customField(ticket, s.customerField);
    // Always a reference: without a code it resolves to no customer and the ticket is held
    // (with the reason) instead of failing its page on the cache's NOT NULL.
    f.insert(QStringLiteral("customer_id"), RemoteRef{QString(), QString(), customer, {}}.toVariant());
    r.fields = f;
    r.idempotencyKey = customField(ticket, s.keyField);
    return r;
}

namespace {

// Due date and requestor, as a create or an update sends them (when the fields are there).
void addTicketFields(QJsonObject &body, const QVariantMap &fields)
{
    if (fields.contains(QStringLiteral("due_at"))) {
        const QDateTime due = QDateTime::fromString(fields.value(QStringLiteral("due_at")).toString(), Qt::ISODate);
        // RT takes a time in the user's zone ("UTC" for the API user); cleared is RT's "not set".
        body.insert(QStringLiteral("Due"), due.isValid() ? due.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                         : QStringLiteral("1970-01-01 00:00:00"));
    }
    if (fields.contains(QStringLiteral("contact_id"))) {
        const RemoteRef contact = RemoteRef::from(fields.value(QStringLiteral("contact_id")), QString());
        if (!contact.code.isEmpty())
            body.insert(QStringLiteral("Requestor"), contact.code);
    }
}

} // namespace

QJsonObject createBody(const QVariantMap &fields, const QString &idempotencyKey, const Settings &s, QString *why)
{
    const RemoteRef customer = RemoteRef::from(fields.value(QStringLiteral("customer_id")), QString());
    if (customer.code.isEmpty()) {
        *why = QCoreApplication::translate("sb::rt::Op", "Request Tracker files a ticket under its customer's code, and this customer has none: give the customer a code first.");
        return {};
    }
    QJsonObject body{{QStringLiteral("Queue"), s.queue},
                     {QStringLiteral("Subject"), fields.value(QStringLiteral("subject")).toString()},
                     {QStringLiteral("Priority"), priorityToRt(fields.value(QStringLiteral("priority"), 2).toInt())},
                     {QStringLiteral("CustomFields"), QJsonObject{{s.customerField, customer.code}, {s.keyField, idempotencyKey}}}};
    addTicketFields(body, fields);
    const QString description = fields.value(QStringLiteral("description")).toString();
    if (!description.isEmpty()) {
        body.insert(QStringLiteral("Content"), description);
        body.insert(QStringLiteral("ContentType"), QStringLiteral("text/plain"));
    }
    const QString status = fields.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("new"))
        body.insert(QStringLiteral("Status"), status);
    return body;
}

QJsonObject updateBody(const QVariantMap &fields, const Settings &s, QStringList *notSent)
{
    QJsonObject body;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("subject"))
            body.insert(QStringLiteral("Subject"), it.value().toString());
        else if (k == QLatin1String("status"))
            body.insert(QStringLiteral("Status"), it.value().toString());
        else if (k == QLatin1String("priority"))
            body.insert(QStringLiteral("Priority"), priorityToRt(it.value().toInt()));
        else if (k == QLatin1String("owner")) // an RT user who may own tickets; none is "Nobody"
            body.insert(QStringLiteral("Owner"), it.value().toString().isEmpty() ? QStringLiteral("Nobody") : it.value().toString());
        else if (k == QLatin1String("customer_id")) {
            const RemoteRef customer = RemoteRef::from(it.value(), QString());
            if (!customer.code.isEmpty())
                body.insert(QStringLiteral("CustomFields"), QJsonObject{{s.customerField, customer.code}});
        } else if (k == QLatin1String("description") || k == QLatin1String("product_id")
                   || k == QLatin1String("serial_number")) {
            // What the ticket was filed with is its first message in RT: not a field to change.
            notSent->append(k);
        }
    }
    addTicketFields(body, fields);
    return body;
}

QStringList refusedChanges(const QJsonDocument &answer)
{
    // PUT answers 200 with one message per change: "Ticket 2: Status changed from 'new' to
    // 'open'", "Repair Type Warranty changed to Paid"; a refusal reads "Ticket 2: Status 'bogus'
    // isn't a valid status for this ticket." or "Illegal value for Priority". Only those that
    // say nothing changed are refusals.
    static const QRegularExpression changed(QStringLiteral(
        "(changed (from|to)|\\bset to\\b|added|deleted|removed|updated|is no longer|no longer|now a|already)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList refused;
    for (const QJsonValue &v : answer.array()) {
        const QString message = v.toString();
        if (!message.isEmpty() && !changed.match(message).hasMatch())
            refused << message;
    }
    return refused;
}

QString historyKind(const QString &rtType)
{
    if (rtType == QLatin1String("Create"))
        return QStringLiteral("create");
    if (rtType == QLatin1String("Correspond"))
        return QStringLiteral("correspond");
    if (rtType == QLatin1String("Comment"))
        return QStringLiteral("comment");
    if (rtType == QLatin1String("Status"))
        return QStringLiteral("status");
    return QString();
}

RemoteRecord eventFor(const QJsonObject &txn, const QString &body, const QJsonArray &files, const Settings &s)
{
    RemoteRecord r;
    r.remoteId = text(txn.value(QLatin1String("id")));
    const QString kind = historyKind(txn.value(QLatin1String("Type")).toString());
    const QDateTime at = rtTime(txn.value(QLatin1String("Created")));
    if (r.remoteId.isEmpty() || kind.isEmpty() || !at.isValid())
        return {};
    r.version = r.remoteId; // a transaction never changes
    r.modifiedAt = at.toString(Qt::ISODate);
    QVariantMap f;
    f.insert(QStringLiteral("ticket_id"), text(txn.value(QLatin1String("ObjectId"))));
    f.insert(QStringLiteral("at"), r.modifiedAt);
    const QString author = userName(txn.value(QLatin1String("Creator")));
    f.insert(QStringLiteral("author"), author.isEmpty() ? QVariant() : QVariant(author));
    f.insert(QStringLiteral("kind"), kind);
    // A status change keeps the new status's code: the timeline says it in the reader's language.
    f.insert(QStringLiteral("text"), kind == QLatin1String("status") ? txn.value(QLatin1String("NewValue")).toString() : body);
    f.insert(QStringLiteral("attachments"),
             files.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))));
    r.fields = f;
    // A reply or comment sent from here carries its outbox key: a pull that meets one whose
    // answer was lost recognises it instead of adding it twice.
    r.idempotencyKey = customField(txn, s.messageKeyField);
    return r;
}

} // namespace sb::rt
