#include "ActivityStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace sb {

namespace {
Result<QList<Choice>> choices(Database &db, const QString &sql, const QVariantList &bindings)
{
    auto r = db.exec(sql, bindings);
    if (!r)
        return Result<QList<Choice>>::fail(r.error());
    QList<Choice> out;
    while (r.value().next())
        out.append({r.value().value(0).toLongLong(), r.value().value(1).toString()});
    return Result<QList<Choice>>::ok(out);
}
} // namespace

FieldProblem ActivityStore::check(const QVariantMap &activity)
{
    const QString kind = activity.value(QStringLiteral("kind")).toString();
    if (!vocab::activityKinds().contains(kind))
        return {QStringLiteral("kind"), QCoreApplication::translate("sb::ActivityStore", "Unknown activity type \"%1\".").arg(kind)};
    if (activity.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        return {QStringLiteral("subject"), QCoreApplication::translate("sb::ActivityStore", "Give the activity a subject.")};
    const QDateTime at = QDateTime::fromString(activity.value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
    if (!at.isValid())
        return {QStringLiteral("starts_at"), QCoreApplication::translate("sb::ActivityStore", "Give the activity a date and time.")};
    if (const FieldProblem p = checkSchedule(activity, at); !p.isEmpty())
        return p;
    const QString dueText = activity.value(QStringLiteral("next_step_at")).toString().trimmed();
    if (dueText.isEmpty())
        return {};
    const QDate due = QDate::fromString(dueText.left(10), Qt::ISODate);
    if (!due.isValid())
        return {QStringLiteral("next_step_at"), QCoreApplication::translate("sb::ActivityStore", "\"%1\" is not a date.").arg(dueText)};
    if (activity.value(QStringLiteral("next_step")).toString().trimmed().isEmpty())
        return {QStringLiteral("next_step"), QCoreApplication::translate("sb::ActivityStore", "Say what the next step is, or clear its due date.")};
    // The day the activity took place is the person's day, not UTC's.
    const QString late = validation::notBefore(due, at.toLocalTime().date(), QCoreApplication::translate("sb::ActivityStore", "The next step's due date"),
                                               QCoreApplication::translate("sb::ActivityStore", "the activity"));
    if (!late.isEmpty())
        return {QStringLiteral("next_step_at"), late};
    return {};
}

FieldProblem ActivityStore::checkSchedule(const QVariantMap &activity, const QDateTime &startsAt)
{
    const QString endText = activity.value(QStringLiteral("ends_at")).toString();
    if (!endText.isEmpty()) {
        const QDateTime end = QDateTime::fromString(endText, Qt::ISODate);
        if (!end.isValid())
            return {QStringLiteral("ends_at"), QCoreApplication::translate("sb::ActivityStore", "\"%1\" is not a date and time.").arg(endText)};
        if (end < startsAt)
            return {QStringLiteral("ends_at"), QCoreApplication::translate("sb::ActivityStore", "The activity cannot end before it starts.")};
    }
    const QVariant reminder = activity.value(QStringLiteral("reminder_minutes"));
    if (!reminder.isNull() && !reminder.toString().isEmpty()) {
        bool ok = false;
        const int minutes = reminder.toString().toInt(&ok);
        if (!ok || minutes < 0 || minutes > kMaxReminderMinutes)
            return {QStringLiteral("reminder_minutes"),
                    QCoreApplication::translate("sb::ActivityStore", "A reminder is between 0 minutes and 4 weeks before the start.")};
    }
    const QString zone = activity.value(QStringLiteral("time_zone")).toString();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return {QStringLiteral("time_zone"), QCoreApplication::translate("sb::ActivityStore", "Unknown time zone \"%1\".").arg(zone)};
    const QString attendees = activity.value(QStringLiteral("attendees")).toString();
    if (!attendees.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(attendees.toUtf8(), &error);
        bool ok = doc.isArray();
        for (const QJsonValue &a : doc.array())
            ok = ok && a.isObject() && (a[QLatin1String("email")].isString() || a[QLatin1String("name")].isString());
        if (!ok)
            return {QStringLiteral("attendees"), QCoreApplication::translate("sb::ActivityStore", "The list of attendees cannot be read.")};
    }
    return {};
}

FieldProblem ActivityStore::checkLinks(qint64 customerId, const QVariantMap &activity)
{
    struct Link {
        const char *field, *table;
        const char *message;
    };
    static const Link links[] = {
        {"contact_id", "contacts", QT_TRANSLATE_NOOP("sb::ActivityStore", "The contact is not one of this customer's.")},
        {"opportunity_id", "opportunities",
         QT_TRANSLATE_NOOP("sb::ActivityStore", "The opportunity is not one of this customer's.")},
    };
    for (const Link &l : links) {
        const QVariant id = activity.value(QLatin1String(l.field));
        if (id.isNull() || id.toLongLong() == 0)
            continue;
        auto owner = m_db.scalar(QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(QLatin1String(l.table)), {id});
        if (!owner)
            return {QLatin1String(l.field), owner.error()};
        if (owner.value().toLongLong() != customerId)
            return {QLatin1String(l.field), QCoreApplication::translate("sb::ActivityStore", l.message)};
    }
    return {};
}

Result<qint64> ActivityStore::create(qint64 customerId, const QVariantMap &fields)
{
    QVariantMap activity = fields;
    activity.insert(QStringLiteral("customer_id"), customerId);
    if (activity.value(QStringLiteral("starts_at")).toString().isEmpty())
        activity.insert(QStringLiteral("starts_at"), Database::nowUtc());
    if (const FieldProblem p = check(activity); !p.isEmpty())
        return Result<qint64>::fail(p.message);
    if (const FieldProblem p = checkLinks(customerId, activity); !p.isEmpty())
        return Result<qint64>::fail(p.message);
    return m_writer.create(entities::activity(), activity);
}

Status ActivityStore::update(qint64 activityId, const QVariantMap &changes)
{
    auto current = get(activityId);
    if (!current)
        return Status::fail(current.error());
    QVariantMap merged = current.value();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (const FieldProblem p = check(merged); !p.isEmpty())
        return Status::fail(p.message);
    if (const FieldProblem p = checkLinks(merged.value(QStringLiteral("customer_id")).toLongLong(), merged); !p.isEmpty())
        return Status::fail(p.message);
    return m_writer.update(entities::activity(), activityId, changes);
}

Result<QVariantMap> ActivityStore::get(qint64 activityId)
{
    return readRecord(m_db, entities::activity(), activityId);
}

Result<qint64> ActivityStore::customerOf(qint64 activityId)
{
    return customerOfRecord(m_db, entities::activity(), activityId);
}

Status ActivityStore::remove(qint64 activityId)
{
    return m_writer.remove(entities::activity(), activityId);
}

Result<QList<Choice>> ActivityStore::contactChoices(qint64 customerId, qint64 includeId)
{
    return choices(m_db,
                   QStringLiteral("SELECT id, name FROM contacts WHERE customer_id = ? AND (%1 OR id = ?) "
                                  "ORDER BY is_primary DESC, name")
                       .arg(sql::live()),
                   {customerId, includeId});
}

Result<QList<Choice>> ActivityStore::opportunityChoices(qint64 customerId, qint64 includeId)
{
    return choices(m_db,
                   QStringLiteral("SELECT id, title FROM opportunities WHERE customer_id = ? AND (%1 OR id = ?) "
                                  "ORDER BY stage IN ('won','lost'), expected_close DESC, title")
                       .arg(sql::live()),
                   {customerId, includeId});
}

} // namespace sb
