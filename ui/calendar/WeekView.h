#pragma once

#include "models/store/CalendarStore.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>

namespace sb {

// A week as seven day columns by the hours of the day: meetings, visits and calls as blocks at
// their local time (the computer's zone), tasks as due markers. The day names stay on top while
// the hours scroll. A cursor (a half hour of one day) moves with the arrow keys; Enter or a
// double click opens the item under it or asks for a new one there. PageUp/PageDown and
// Left/Right past the week's edge ask for the previous or next week.
class WeekView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit WeekView(QWidget *parent = nullptr);

    void setWeek(const QDate &monday, const QList<CalendarItem> &items);
    QDate monday() const { return m_monday; }
    const QList<CalendarItem> &items() const { return m_items; }

    // Where things are drawn, in viewport coordinates (tests and tooltips).
    QRect itemRect(qint64 activityId) const;
    QRect dayColumn(int day) const; // 0 = Monday; the whole body column, as if not scrolled
    int dayAt(const QPoint &pos) const; // -1 outside the columns
    QDateTime slotAt(const QPoint &pos) const; // the half hour under pos (local time); invalid outside
    int yForTime(const QTime &time) const;    // in viewport coordinates with the current scroll
    qint64 itemAt(const QPoint &pos) const;   // 0 when none

    QDateTime cursor() const { return m_cursor; }
    void setCursor(const QDateTime &localSlot);
    qint64 currentItem() const; // the item at the cursor (0: none)
    void scrollToHour(int hour);

    static constexpr int kGutter = 56;
    static constexpr int kHeader = 40;
    static constexpr int kMaxLanes = 4;

signals:
    void itemActivated(qint64 activityId);
    void slotActivated(const QDateTime &localStart);
    void weekStepRequested(int weeks); // -1 previous, +1 next
    void todayRequested();             // Home

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Placed {
        int index;     // into m_items
        int day;       // 0..6
        QRect rect;    // body coordinates (not scrolled, no header)
        bool marker;   // a task's due marker
    };
    struct Overflow {
        QRect rect;
        int count;
    };
    void layoutItems();
    int hourHeight() const;
    int columnWidth() const;
    int bodyHeight() const { return 24 * hourHeight(); }
    QRect toViewport(const QRect &body) const;
    void updateScrollBar();
    void activateCursor();
    QString tooltipFor(const CalendarItem &it) const;

    QDate m_monday;
    QList<CalendarItem> m_items;
    QList<Placed> m_placed;
    QList<Overflow> m_overflow;
    QHash<qint64, int> m_placedById;
    QDateTime m_cursor; // local, on a half hour
};

} // namespace sb
