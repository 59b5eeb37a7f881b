#pragma once

#include "ui/common/AppContext.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class QTimer;

namespace sb {

class Database;
struct CalendarItem;

// Reminders while SalesBridge runs: at start and then every interval, asks CalendarStore for
// this person's planned items whose reminder time has come and that were not yet reminded of
// for their current start, records each as shown (reminder_log) and emits remind(). A meeting
// moved to another time reminds again; one reminded of does not come back after a restart.
// The window decides how to show it (the tray, else a notice in the window).
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // UTC now
    ReminderNotifier(Database &db, Session session, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Checks now and then every intervalMs.
    void start(int intervalMs = 30000);
    QTimer *timer() const { return m_timer; }
    // "Meeting at 10:00: Quarterly review" and "Hengda · Room 3 · in 15 minutes".
    static QString titleFor(const CalendarItem &item);
    static QString textFor(const CalendarItem &item, const QDateTime &nowUtc);

    // More due at once than this become one message (activityId 0: the calendar's today).
    static constexpr int kMaxSingle = 3;

public slots:
    void check();

signals:
    void remind(qint64 activityId, const QString &title, const QString &text);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    Session m_session;
    Clock m_clock;
    QTimer *m_timer;
    QString m_lastError; // said once, not every half minute
};

} // namespace sb
