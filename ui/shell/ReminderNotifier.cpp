#include "ReminderNotifier.h"

#include "models/domain/Vocabulary.h"
#include "models/store/CalendarStore.h"

#include <QLocale>
#include <QTimer>

namespace sb {

ReminderNotifier::ReminderNotifier(Database &db, Session session, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
}

void ReminderNotifier::start(int intervalMs)
{
    m_timer->start(intervalMs);
    check();
}

QString ReminderNotifier::titleFor(const CalendarItem &item)
{
    const QString time = formatClock(item.startsAt.toLocalTime().time());
    if (item.isTask())
        return tr("Task due at %1: %2").arg(time, item.subject);
    return tr("%1 at %2: %3").arg(vocab::activityKindLabel(item.kind), time, item.subject);
}

QString ReminderNotifier::textFor(const CalendarItem &item, const QDateTime &nowUtc)
{
    QStringList parts{item.customerName};
    if (!item.location.isEmpty())
        parts << item.location;
    const qint64 minutes = (nowUtc.secsTo(item.startsAt) + 59) / 60;
    if (minutes > 24 * 60)
        parts << formatDateClock(item.startsAt.toLocalTime());
    else if (minutes >= 120)
        parts << tr("in %n hour(s)", nullptr, int(minutes / 60));
    else if (minutes > 0)
        parts << tr("in %n minute(s)", nullptr, int(minutes));
    else if (minutes == 0)
        parts << tr("now");
    else
        parts << (item.isTask() ? tr("due %n minute(s) ago", nullptr, int(-minutes)) : tr("started %n minute(s) ago", nullptr, int(-minutes)));
    return parts.join(QStringLiteral(" · "));
}

void ReminderNotifier::check()
{
    CalendarStore store(m_db);
    const QDateTime now = m_clock();
    auto due = store.dueReminders(now, m_session.user);
    if (!due) {
        if (due.error() != m_lastError)
            emit errorOccurred(tr("Reminders cannot be read: %1").arg(due.error()));
        m_lastError = due.error();
        return;
    }
    for (const CalendarItem &item : due.value()) {
        // Recorded before it is shown: a reminder that cannot be recorded would come back
        // every half minute, so it is said as an error instead.
        if (Status s = store.markReminderShown(item.id, item.startsAtText); !s) {
            if (s.error() != m_lastError)
                emit errorOccurred(tr("A reminder cannot be recorded: %1").arg(s.error()));
            m_lastError = s.error();
            return;
        }
    }
    const QList<CalendarItem> &items = due.value();
    if (items.size() <= kMaxSingle) {
        for (const CalendarItem &item : items)
            emit remind(item.id, titleFor(item), textFor(item, now));
    } else {
        // After a long time away, many at once: one message, which opens the calendar.
        QStringList lines;
        for (int i = 0; i < kMaxSingle; ++i)
            lines << titleFor(items.at(i));
        lines << tr("and %n more", nullptr, int(items.size()) - kMaxSingle);
        emit remind(0, tr("%n reminder(s)", nullptr, int(items.size())), lines.join(QLatin1Char('\n')));
    }
    m_lastError.clear();
}

} // namespace sb
