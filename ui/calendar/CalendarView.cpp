#include "CalendarView.h"

#include "WeekView.h"
#include "models/store/ActivityStore.h"
#include "models/store/CalendarStore.h"
#include "ui/common/AppContext.h"
#include "ui/customers/ActivityDialog.h"
#include "ui/customers/ScheduleDialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

CalendarView::CalendarView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_week(new WeekView(this))
    , m_whose(new QComboBox(this))
    , m_weekLabel(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    auto *previous = new QPushButton(tr("◀ &Previous"), this);
    previous->setObjectName(QStringLiteral("previousWeek"));
    previous->setToolTip(tr("The week before (Page Up in the calendar)"));
    auto *today = new QPushButton(tr("T&oday"), this);
    today->setObjectName(QStringLiteral("thisWeek"));
    today->setToolTip(tr("This week (Home in the calendar)"));
    auto *next = new QPushButton(tr("&Next ▶"), this);
    next->setObjectName(QStringLiteral("nextWeek"));
    next->setToolTip(tr("The week after (Page Down in the calendar)"));
    auto *schedule = new QPushButton(tr("&Schedule…"), this);
    schedule->setObjectName(QStringLiteral("scheduleHere"));
    schedule->setToolTip(tr("Schedule a meeting at the selected half hour (Ctrl+N, or Enter on an empty slot)"));
    QFont f = m_weekLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_weekLabel->setFont(f);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    m_whose->setObjectName(QStringLiteral("calendarWhose"));
    m_whose->addItem(tr("My calendar"), m_ctx.session().user);
    m_whose->addItem(tr("Everyone's"), QString());
    m_notice->setObjectName(QStringLiteral("calendarNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #7a4100; }"));
    m_notice->hide();

    connect(previous, &QPushButton::clicked, this, [this] { showWeekOf(monday().addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeekOf(monday().addDays(7)); });
    connect(today, &QPushButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });
    connect(schedule, &QPushButton::clicked, this, &CalendarView::newRecord);
    connect(m_whose, &QComboBox::currentIndexChanged, this, &CalendarView::reload);
    connect(m_week, &WeekView::weekStepRequested, this, [this](int weeks) { showWeekOf(monday().addDays(7 * weeks)); });
    connect(m_week, &WeekView::todayRequested, this, [this] {
        showWeekOf(QDate::currentDate());
        const QTime now = QTime::currentTime();
        m_week->setCursor(QDateTime(QDate::currentDate(), now));
    });
    connect(m_week, &WeekView::itemActivated, this, &CalendarView::openItem);
    connect(m_week, &WeekView::slotActivated, this, &CalendarView::scheduleAt);
    // Whatever changed activities (a save, a sync) is read again, now or when next shown.
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (entity != QLatin1String("activity") && entity != QLatin1String("sync") && entity != QLatin1String("customer"))
            return;
        m_stale = true;
        if (isVisible())
            reload();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_weekLabel, 1);
    bar->addWidget(m_whose);
    bar->addWidget(schedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_week, 1);
    setFocusProxy(m_week);
}

QDate CalendarView::monday() const
{
    return m_week->monday();
}

void CalendarView::showWeekOf(const QDate &date)
{
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    m_week->setWeek(monday, m_week->monday() == monday ? m_week->items() : QList<CalendarItem>());
    reload();
}

void CalendarView::reload()
{
    QElapsedTimer timer;
    timer.start();
    const QDate monday = m_week->monday();
    const QDateTime from = QDateTime(monday, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(monday.addDays(7), QTime(0, 0)).toUTC();
    auto r = CalendarStore(m_ctx.db()).between(from, to, m_whose->currentData().toString());
    m_stale = false;
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    m_week->setWeek(monday, r.value().items);
    const QLocale locale;
    m_weekLabel->setText(tr("%1 – %2 · week %3")
                             .arg(locale.toString(monday, QLocale::ShortFormat), locale.toString(monday.addDays(6), QLocale::ShortFormat))
                             .arg(monday.weekNumber()));
    m_notice->setText(r.value().truncated ? tr("This week holds more than %1 items; the first %1 are shown. "
                                               "\"My calendar\" shows only yours.")
                                                .arg(locale.toString(CalendarStore::kRangeLimit))
                                          : QString());
    m_notice->setVisible(r.value().truncated);
    m_lastLoadMs = timer.elapsed();
    if (isVisible() && m_scrolledFor != monday)
        scrollToFirst();
}

void CalendarView::scrollToFirst()
{
    // A new week opens on the working day, or earlier when something starts before 08:00.
    int hour = 8;
    for (const CalendarItem &it : m_week->items())
        hour = qMin(hour, it.startsAt.toLocalTime().time().hour());
    m_week->scrollToHour(hour);
    m_scrolledFor = m_week->monday();
}

void CalendarView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    if (m_scrolledFor != m_week->monday())
        scrollToFirst();
}

void CalendarView::newRecord()
{
    scheduleAt(m_week->cursor());
}

void CalendarView::openItem(qint64 activityId)
{
    auto r = ActivityStore(m_ctx.db()).get(activityId);
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    const qint64 customer = r.value().value(QStringLiteral("customer_id")).toLongLong();
    if (r.value().value(QStringLiteral("status")).toString() != QLatin1String(ActivityStore::kPlanned)) {
        ActivityDialog report(m_ctx, customer, activityId, this);
        if (report.exec() == QDialog::Accepted)
            m_ctx.reportInfo(tr("The activity was saved."));
        return;
    }
    ScheduleDialog dialog(m_ctx, customer, activityId, this);
    m_lastDialog = &dialog;
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_lastDialog = nullptr;
    if (saved)
        m_ctx.reportInfo(tr("The changes were saved."));
}

void CalendarView::scheduleAt(const QDateTime &localStart)
{
    ScheduleDialog dialog(m_ctx, 0, 0, this);
    dialog.preset(QStringLiteral("meeting"), localStart);
    m_lastDialog = &dialog;
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_lastDialog = nullptr;
    if (saved)
        m_ctx.reportInfo(tr("It was scheduled."));
}

} // namespace sb
