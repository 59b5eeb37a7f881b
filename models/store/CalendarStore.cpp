#include "CalendarStore.h"

#include "ActivityStore.h"
#include "Database.h"
#include "SyncStates.h"

#include <QSqlQuery>

namespace sb {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString kindList()
{
    QStringList quoted;
    for (const QString &k : CalendarStore::kinds())
        quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}
} // namespace

QStringList CalendarStore::kinds()
{
    return {QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("task")};
}

Result<QList<CalendarItem>> CalendarStore::read(const QString &where, const QString &order, const QVariantList &bindings,
                                                int limit, bool byStart)
{
    // The kinds are constants of this file, not values: the list is part of the statement.
    const QString sql = QStringLiteral(
                            "SELECT a.id, a.customer_id, c.name, a.kind, a.subject, a.status, a.location, a.time_zone, "
                            "a.owner, a.starts_at, a.ends_at, a.reminder_minutes, "
                            "CASE WHEN json_valid(a.attendees) THEN json_array_length(a.attendees) ELSE 0 END "
                            "FROM activities a %6 JOIN customers c ON c.id = a.customer_id "
                            "WHERE a.kind IN (%1) AND %2 AND %3 ORDER BY %4 LIMIT %5")
                            .arg(kindList(), sql::live(QStringLiteral("a.")), where, order)
                            .arg(limit)
                            .arg(byStart ? QStringLiteral("INDEXED BY activities_starts") : QString());
    QSqlQuery &q = m_db.cached(sql);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return Result<QList<CalendarItem>>::fail(describeSqlError(q));
    QList<CalendarItem> out;
    while (q.next()) {
        CalendarItem it;
        it.id = q.value(0).toLongLong();
        it.customerId = q.value(1).toLongLong();
        it.customerName = q.value(2).toString();
        it.kind = q.value(3).toString();
        it.subject = q.value(4).toString();
        it.status = q.value(5).toString();
        it.location = q.value(6).toString();
        it.timeZone = q.value(7).toString();
        it.owner = q.value(8).toString();
        it.startsAtText = q.value(9).toString();
        it.startsAt = QDateTime::fromString(it.startsAtText, Qt::ISODate).toUTC();
        if (!q.value(10).isNull())
            it.endsAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate).toUTC();
        it.reminderMinutes = q.value(11).isNull() ? -1 : q.value(11).toInt();
        it.attendeeCount = q.value(12).toInt();
        out.append(it);
    }
    q.finish();
    return Result<QList<CalendarItem>>::ok(out);
}

Result<CalendarStore::Range> CalendarStore::between(const QDateTime &fromUtc, const QDateTime &toUtc, const QString &owner)
{
    // INDEXED BY: the range on the start is what makes a week cheap in a book of 100,000
    // customers; the owner and status are tested on the rows the range gives.
    QString where = QStringLiteral("a.starts_at >= ? AND a.starts_at < ? AND a.status <> 'cancelled'");
    QVariantList bindings{iso(fromUtc), iso(toUtc)};
    if (!owner.isEmpty()) {
        where += QStringLiteral(" AND a.owner = ?");
        bindings << owner;
    }
    auto r = read(where, QStringLiteral("a.starts_at, a.id"), bindings, kRangeLimit + 1, true);
    if (!r)
        return Result<Range>::fail(r.error());
    Range range;
    range.items = r.take();
    range.truncated = range.items.size() > kRangeLimit;
    if (range.truncated)
        range.items.removeLast();
    return Result<Range>::ok(range);
}

Result<QList<CalendarItem>> CalendarStore::comingUp(qint64 customerId, int limit)
{
    return read(QStringLiteral("a.customer_id = ? AND a.status = 'planned'"), QStringLiteral("a.starts_at, a.id"),
                {customerId}, limit, false);
}

Result<QList<CalendarItem>> CalendarStore::dueReminders(const QDateTime &nowUtc, const QString &owner)
{
    // By the start index, from what started a little while ago to the longest reminder ahead;
    // SQLite keeps only the items whose reminder time has come, so the check every 30 s builds
    // the few rows it shows, not every planned item of the next four weeks.
    const QString where = QStringLiteral(
        "a.starts_at >= ? AND a.starts_at <= ? AND a.status = 'planned' AND a.reminder_minutes IS NOT NULL "
        "AND (a.owner = ? OR a.owner IS NULL OR a.owner = '') "
        "AND datetime(a.starts_at, '-' || a.reminder_minutes || ' minutes') <= datetime(?) "
        "AND NOT EXISTS (SELECT 1 FROM reminder_log r WHERE r.activity_id = a.id AND r.shown_for = a.starts_at)");
    return read(where, QStringLiteral("a.starts_at, a.id"),
                {iso(nowUtc.addSecs(-60 * kMissedAfterMinutes)), iso(nowUtc.addSecs(60 * qint64(ActivityStore::kMaxReminderMinutes))),
                 owner, iso(nowUtc)},
                kRangeLimit, true);
}

Status CalendarStore::markReminderShown(qint64 activityId, const QString &startsAt)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO reminder_log (activity_id, shown_for) VALUES (?, ?) "
                                      "ON CONFLICT (activity_id) DO UPDATE SET shown_for = excluded.shown_for"),
                       {activityId, startsAt});
    return Status::from(r);
}

} // namespace sb
