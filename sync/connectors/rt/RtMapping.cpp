#include "RtMapping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::rt {

namespace {

// A JSON value as text, whether RT wrote it as a string or a number ("id": "2" and "id": 2 both occur).
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return QString();
}

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

QString collectionFields()
{
    return QStringLiteral("Subject,Status,Priority,Owner,LastUpdated,Resolved,Queue,CustomFields");
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
    const QString customer = customField(ticket, s.customerField);
    // Always a reference: without a code it resolves to no customer and the ticket is held
    // (with the reason) instead of failing its page on the cache's NOT NULL.
    f.insert(QStringLiteral("customer_id"), RemoteRef{QString(), QString(), customer}.toVariant());
    r.fields = f;
    r.idempotencyKey = customField(ticket, s.keyField);
    return r;
}

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

} // namespace sb::rt
