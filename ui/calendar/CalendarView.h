#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;

namespace sb {

class AppContext;
class ScheduleDialog;
class WeekView;

// The Calendar page: one week of planned (and done) meetings, visits, calls and tasks, the
// person's own or everyone's, read through CalendarStore a week at a time. Previous / next week
// and Today; a double click (or Enter) on an item opens it, on an empty half hour schedules one
// there after asking for the customer.
class CalendarView : public QWidget {
    Q_OBJECT
public:
    explicit CalendarView(AppContext &ctx, QWidget *parent = nullptr);

    void showWeekOf(const QDate &date);
    QDate monday() const;
    WeekView *week() const { return m_week; }
    QComboBox *whoseBox() const { return m_whose; }
    QLabel *weekLabel() const { return m_weekLabel; }
    QLabel *notice() const { return m_notice; }
    ScheduleDialog *lastDialog() const { return m_lastDialog; }
    qint64 lastLoadMs() const { return m_lastLoadMs; }

public slots:
    void reload();
    void newRecord(); // Ctrl+N: at the keyboard's half hour
    // Opens an item: a planned one to edit, mark done or cancel, a done one as its report. Modal.
    void openItem(qint64 activityId);
    // Schedules a meeting at a local time, asking for the customer. Modal.
    void scheduleAt(const QDateTime &localStart);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollToFirst();

    AppContext &m_ctx;
    WeekView *m_week;
    QComboBox *m_whose;
    QLabel *m_weekLabel;
    QLabel *m_notice;
    ScheduleDialog *m_lastDialog = nullptr;
    bool m_stale = true;
    QDate m_scrolledFor; // the week last scrolled to its first item
    qint64 m_lastLoadMs = 0;
};

} // namespace sb
