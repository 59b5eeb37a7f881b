#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

// One activity as a calendar shows it: when (UTC), what, for which customer, where.
struct CalendarItem {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString kind;    // visit, call, meeting, task
    QString subject;
    QString status;  // planned, done, cancelled
    QString location;
    QString timeZone; // the IANA zone it was set in; empty: UTC
    QString owner;
    QString startsAtText; // as stored: what a reminder was shown for
    QDateTime startsAt;   // UTC; a task's due time
    QDateTime endsAt;     // UTC; invalid when it has no end (tasks, calls logged without one)
    int reminderMinutes = -1; // -1: no reminder
    int attendeeCount = 0;
    bool isTask() const { return kind == QLatin1String("task"); }
    bool isPlanned() const { return status == QLatin1String("planned"); }
};

// What the calendar page, the customer file's "Coming up" and the reminders read: activities
// by time, through the activities_starts index (never the whole table), with the customer's
// name. Also the one writer of reminder_log, this computer's record of reminders shown.
class CalendarStore {
public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    // The kinds a calendar holds: the ones that take place at a time (not notes, e-mails or
    // stage changes).
    static QStringList kinds();
    // More than this in one range is a book no week view can draw; the rest is left out and
    // `truncated` says so.
    static constexpr int kRangeLimit = 3000;

    struct Range {
        QList<CalendarItem> items; // by start
        bool truncated = false;
    };
    // The items starting in [fromUtc, toUtc), cancelled ones left out; owner empty: everyone's.
    Result<Range> between(const QDateTime &fromUtc, const QDateTime &toUtc, const QString &owner);
    // The customer's planned items, the next first (overdue ones before them).
    Result<QList<CalendarItem>> comingUp(qint64 customerId, int limit = 50);
    // Planned items of owner (and of nobody) whose reminder time has come by nowUtc and whose
    // reminder was not yet shown for their current start. Items that started more than
    // kMissedAfter ago are past reminding.
    Result<QList<CalendarItem>> dueReminders(const QDateTime &nowUtc, const QString &owner);
    static constexpr int kMissedAfterMinutes = 60;
    // Records that the reminder was shown for this start: a moved item reminds again.
    Status markReminderShown(qint64 activityId, const QString &startsAt);

private:
    Result<QList<CalendarItem>> read(const QString &where, const QString &order, const QVariantList &bindings, int limit,
                                     bool byStart);

    Database &m_db;
};

} // namespace sb
