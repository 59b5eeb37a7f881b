#include "FeishuMapping.h"

#include "FeishuClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>
#include <cmath>

namespace sb::feishu {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A reference field (remote form) as "system:id"; a plain id is the OA's own (never for a quote).
QString refText(const QVariant &v)
{
    const RemoteRef ref = RemoteRef::from(v, QStringLiteral("oa"));
    return ref.id.isEmpty() ? QString() : ref.system + QLatin1Char(':') + ref.id;
}

QVariant refFrom(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return {};
    return RemoteRef{text.left(colon), text.mid(colon + 1), QString(), {}}.toVariant();
}

QJsonObject widgetValue(const QString &id, const QString &type, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("value"), value}};
}

QString stepState(const QString &type)
{
    if (type == QLatin1String("PASS") || type == QLatin1String("AUTO_PASS"))
        return QStringLiteral("approved");
    if (type == QLatin1String("REJECT") || type == QLatin1String("AUTO_REJECT"))
        return QStringLiteral("rejected");
    if (type == QLatin1String("START"))
        return QStringLiteral("submitted");
    if (type == QLatin1String("CANCEL"))
        return QStringLiteral("withdrawn");
    if (type == QLatin1String("TRANSFER"))
        return QStringLiteral("transferred");
    if (type == QLatin1String("DELETE"))
        return QStringLiteral("deleted");
    return type.toLower();
}

QString when(const QJsonValue &ms)
{
    const QString iso = isoFromMs(ms);
    if (iso.isEmpty())
        return {};
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString linkFor(const QVariantMap &fields)
{
    QUrlQuery q;
    if (const QString quote = refText(fields.value(QStringLiteral("subject_id"))); !quote.isEmpty())
        q.addQueryItem(QStringLiteral("quote"), quote);
    if (const QString customer = refText(fields.value(QStringLiteral("customer_id"))); !customer.isEmpty())
        q.addQueryItem(QStringLiteral("customer"), customer);
    q.addQueryItem(QStringLiteral("currency"), fields.value(QStringLiteral("currency"), QStringLiteral("CNY")).toString());
    QUrl url;
    url.setScheme(QStringLiteral("salesbridge"));
    url.setHost(QStringLiteral("quote"));
    url.setQuery(q);
    return url.toString();
}

QJsonArray formFor(const QVariantMap &f)
{
    auto number = [](double v) { return QJsonValue(std::round(v * 100.0) / 100.0); };
    QJsonArray form{
        widgetValue(widget::number, QStringLiteral("input"), f.value(QStringLiteral("reference")).toString()),
        widgetValue(widget::customer, QStringLiteral("input"), f.value(QStringLiteral("customer_name")).toString()),
        widgetValue(widget::amount, QStringLiteral("amount"), number(f.value(QStringLiteral("amount_cents")).toLongLong() / 100.0)),
        widgetValue(widget::lines, QStringLiteral("textarea"), f.value(QStringLiteral("summary")).toString()),
        widgetValue(widget::link, QStringLiteral("input"), linkFor(f)),
    };
    // Unknown facts are left out, never sent as zero: a margin of 0 % would mislead.
    if (!f.value(QStringLiteral("discount_pct")).isNull())
        form.append(widgetValue(widget::discount, QStringLiteral("number"), number(f.value(QStringLiteral("discount_pct")).toDouble())));
    if (!f.value(QStringLiteral("margin_pct")).isNull())
        form.append(widgetValue(widget::margin, QStringLiteral("number"), number(f.value(QStringLiteral("margin_pct")).toDouble())));
    return form;
}

QJsonObject taskOf(const QJsonObject &instance, const QString &me, const QString &status)
{
    const QJsonArray tasks = instance.value(QLatin1String("task_list")).toArray();
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        if (str(t, "user_id") == me && (status.isEmpty() || str(t, "status") == status))
            return t;
    }
    return {};
}

QString versionOf(const QJsonObject &in)
{
    // Anything a person sees changes the version: every action (submit, approve, reject,
    // transfer, withdraw, revoke, delete) adds a step to the timeline and moves a task, so the
    // status, the count and time of the steps, the open tasks and the revocation flag tell one
    // state from the next without hashing the whole answer.
    const QJsonArray tasks = in.value(QLatin1String("task_list")).toArray();
    const QJsonArray timeline = in.value(QLatin1String("timeline")).toArray();
    qint64 lastStep = 0;
    for (const QJsonValue &v : timeline)
        lastStep = qMax(lastStep, v.toObject().value(QLatin1String("create_time")).toString().toLongLong());
    int open = 0;
    for (const QJsonValue &v : tasks)
        open += v.toObject().value(QLatin1String("status")).toString() == QLatin1String("PENDING") ? 1 : 0;
    return str(in, "status") + QLatin1Char(':') + QString::number(timeline.size()) + QLatin1Char(':') + QString::number(lastStep)
           + QLatin1Char(':') + QString::number(tasks.size()) + QLatin1Char(':') + QString::number(open)
           + (in.value(QLatin1String("reverted")).toBool() ? QLatin1String(":1") : QLatin1String(":0"));
}

RemoteRecord recordFor(const QJsonObject &in, const QString &me)
{
    RemoteRecord r;
    r.remoteId = str(in, "instance_code");
    r.idempotencyKey = str(in, "uuid");
    const QString status = str(in, "status");
    const QJsonArray tasks = in.value(QLatin1String("task_list")).toArray();
    const QJsonArray timeline = in.value(QLatin1String("timeline")).toArray();
    const bool reverted = in.value(QLatin1String("reverted")).toBool();
    r.version = versionOf(in);
    qint64 lastMs = str(in, "start_time").toLongLong();
    for (const QJsonValue &v : timeline)
        lastMs = qMax(lastMs, v.toObject().value(QLatin1String("create_time")).toString().toLongLong());
    r.modifiedAt = isoFromMs(QString::number(lastMs));
    if (status == QLatin1String("DELETED")) {
        r.deleted = true;
        return r;
    }

    QHash<QString, QJsonValue> form;
    const QJsonArray widgets = QJsonDocument::fromJson(str(in, "form").toUtf8()).array();
    for (const QJsonValue &v : widgets) {
        const QJsonObject w = v.toObject();
        const QString id = w.value(QLatin1String("custom_id")).toString().isEmpty() ? str(w, "id") : str(w, "custom_id");
        form.insert(id, w.value(QLatin1String("value")));
    }
    auto text = [&form](const QString &id) {
        const QJsonValue v = form.value(id);
        return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
    };
    auto numberOr = [&form](const QString &id) -> QVariant {
        const QJsonValue v = form.value(id);
        bool ok = v.isDouble();
        const double d = ok ? v.toDouble() : v.toString().toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    };

    QVariantMap f;
    f.insert(QStringLiteral("kind"), QStringLiteral("quote"));
    f.insert(QStringLiteral("subject_entity"), QStringLiteral("quote"));
    const QUrlQuery link(QUrl(text(widget::link)).query());
    f.insert(QStringLiteral("subject_id"), refFrom(link.queryItemValue(QStringLiteral("quote"))));
    f.insert(QStringLiteral("customer_id"), refFrom(link.queryItemValue(QStringLiteral("customer"))));
    const QString currency = link.queryItemValue(QStringLiteral("currency"));
    f.insert(QStringLiteral("currency"), currency.isEmpty() ? QStringLiteral("CNY") : currency);
    const QString number = text(widget::number);
    const QString customer = text(widget::customer);
    f.insert(QStringLiteral("reference"), number);
    f.insert(QStringLiteral("customer_name"), customer);
    f.insert(QStringLiteral("title"), number.isEmpty() && customer.isEmpty()
                                          ? str(in, "approval_name")
                                          : QCoreApplication::translate("sb::QuoteStore", "Quote %1 for %2").arg(number, customer));
    f.insert(QStringLiteral("summary"), text(widget::lines));
    const QVariant amount = numberOr(widget::amount);
    f.insert(QStringLiteral("amount_cents"), amount.isValid() ? QVariant(qint64(std::llround(amount.toDouble() * 100))) : QVariant());
    f.insert(QStringLiteral("discount_pct"), numberOr(widget::discount));
    f.insert(QStringLiteral("margin_pct"), numberOr(widget::margin));
    f.insert(QStringLiteral("requester"), str(in, "user_id"));
    f.insert(QStringLiteral("submitted_at"), isoFromMs(in.value(QLatin1String("start_time"))));
    const QString ended = isoFromMs(in.value(QLatin1String("end_time")));
    f.insert(QStringLiteral("decided_at"), ended.isEmpty() ? QVariant() : QVariant(ended));

    QString state = QStringLiteral("pending");
    if (status == QLatin1String("APPROVED"))
        state = QStringLiteral("approved");
    else if (status == QLatin1String("REJECTED"))
        state = QStringLiteral("rejected");
    else if (status == QLatin1String("CANCELED") || status == QLatin1String("REVERTED"))
        state = reverted || status == QLatin1String("REVERTED") ? QStringLiteral("revoked") : QStringLiteral("withdrawn");
    f.insert(QStringLiteral("state"), state);

    QStringList waitingFor;
    QString node;
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        if (str(t, "status") != QLatin1String("PENDING"))
            continue;
        waitingFor << str(t, "user_id");
        if (node.isEmpty())
            node = str(t, "node_name");
    }
    QJsonArray steps;
    QString decider, comment;
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        const QString type = str(e, "type");
        QJsonObject step{{QStringLiteral("approver"), str(e, "user_id")},
                         {QStringLiteral("state"), stepState(type)},
                         {QStringLiteral("at"), isoFromMs(e.value(QLatin1String("create_time")))}};
        if (!str(e, "comment").isEmpty())
            step.insert(QStringLiteral("comment"), str(e, "comment"));
        if (type == QLatin1String("TRANSFER")) {
            const QJsonArray to = QJsonDocument::fromJson(str(e, "ext").toUtf8()).object().value(QLatin1String("user_id_list")).toArray();
            if (!to.isEmpty())
                step.insert(QStringLiteral("to"), to.first().toString());
        }
        steps.append(step);
        if (type == QLatin1String("PASS") || type == QLatin1String("REJECT")) {
            decider = str(e, "user_id");
            comment = str(e, "comment");
        }
    }
    f.insert(QStringLiteral("approver"), state == QLatin1String("pending") ? waitingFor.join(QStringLiteral(", ")) : decider);
    f.insert(QStringLiteral("decision_comment"), comment.isEmpty() ? QVariant() : QVariant(comment));
    f.insert(QStringLiteral("steps"), QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)));
    f.insert(QStringLiteral("node"), node.isEmpty() ? QVariant() : QVariant(node));
    const QJsonObject mine = state == QLatin1String("pending") ? taskOf(in, me, QStringLiteral("PENDING")) : QJsonObject();
    f.insert(QStringLiteral("my_task"), mine.isEmpty() ? QVariant() : QVariant(str(mine, "id")));
    r.fields = f;
    return r;
}

QString describe(const QJsonObject &in)
{
    const QString status = str(in, "status");
    if (status == QLatin1String("DELETED"))
        return QCoreApplication::translate("sb::feishu::Op", "The approval was deleted in the OA system.");
    if (status == QLatin1String("PENDING")) {
        QStringList who;
        QString node;
        for (const QJsonValue &v : in.value(QLatin1String("task_list")).toArray()) {
            const QJsonObject t = v.toObject();
            if (str(t, "status") != QLatin1String("PENDING"))
                continue;
            who << str(t, "user_id");
            node = str(t, "node_name");
        }
        if (!who.isEmpty())
            return QCoreApplication::translate("sb::feishu::Op", "It waits for %1 at \"%2\".").arg(who.join(QStringLiteral(", ")), node);
    }
    const QJsonArray timeline = in.value(QLatin1String("timeline")).toArray();
    for (qsizetype i = timeline.size() - 1; i >= 0; --i) {
        const QJsonObject e = timeline.at(i).toObject();
        const QString type = str(e, "type");
        const QString who = str(e, "user_id");
        const QString at = when(e.value(QLatin1String("create_time")));
        const QString comment = str(e, "comment");
        if (type == QLatin1String("PASS"))
            return comment.isEmpty() ? QCoreApplication::translate("sb::feishu::Op", "Approved by %1 at %2.").arg(who, at)
                                     : QCoreApplication::translate("sb::feishu::Op", "Approved by %1 at %2: \"%3\"").arg(who, at, comment);
        if (type == QLatin1String("REJECT"))
            return comment.isEmpty() ? QCoreApplication::translate("sb::feishu::Op", "Rejected by %1 at %2.").arg(who, at)
                                     : QCoreApplication::translate("sb::feishu::Op", "Rejected by %1 at %2: \"%3\"").arg(who, at, comment);
        if (type == QLatin1String("CANCEL"))
            return in.value(QLatin1String("reverted")).toBool() ? QCoreApplication::translate("sb::feishu::Op", "The approval was revoked by %1 at %2.").arg(who, at)
                                                                : QCoreApplication::translate("sb::feishu::Op", "Withdrawn by %1 at %2.").arg(who, at);
        if (type == QLatin1String("TRANSFER"))
            return QCoreApplication::translate("sb::feishu::Op", "Transferred by %1 at %2.").arg(who, at);
    }
    return QCoreApplication::translate("sb::feishu::Op", "The approval is %1 in the OA system.").arg(status.toLower());
}

} // namespace sb::feishu
