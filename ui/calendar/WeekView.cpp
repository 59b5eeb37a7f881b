#include "WeekView.h"

#include "models/domain/Vocabulary.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolTip>
#include <algorithm>

namespace sb {

namespace {
constexpr int kSlotMinutes = 30;

QColor kindColor(const QString &kind)
{
    if (kind == QLatin1String("visit"))
        return QColor(0x2e, 0x7d, 0x32);
    if (kind == QLatin1String("call"))
        return QColor(0xef, 0x6c, 0x00);
    if (kind == QLatin1String("task"))
        return QColor(0x6a, 0x1b, 0x9a);
    return QColor(0x15, 0x65, 0xc0); // meeting
}

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}
} // namespace

WeekView::WeekView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(hourHeight() / 2);
    viewport()->setMouseTracking(false);
    const QDate today = QDate::currentDate();
    m_monday = today.addDays(1 - today.dayOfWeek());
    const QTime now = QTime::currentTime();
    m_cursor = QDateTime(today, QTime(now.hour(), now.minute() < 30 ? 0 : 30));
}

int WeekView::hourHeight() const
{
    return qMax(36, fontMetrics().height() * 2 + 12);
}

int WeekView::columnWidth() const
{
    return qMax(40, (viewport()->width() - kGutter) / 7);
}

QRect WeekView::dayColumn(int day) const
{
    return QRect(kGutter + day * columnWidth(), 0, columnWidth(), bodyHeight());
}

QRect WeekView::toViewport(const QRect &body) const
{
    return body.translated(0, kHeader - verticalScrollBar()->value());
}

int WeekView::yForTime(const QTime &time) const
{
    return kHeader - verticalScrollBar()->value() + minutesOf(time) * hourHeight() / 60;
}

void WeekView::setWeek(const QDate &monday, const QList<CalendarItem> &items)
{
    const int dayOfCursor = m_cursor.date().dayOfWeek() - 1;
    m_monday = monday;
    m_items = items;
    if (m_cursor.date() < monday || m_cursor.date() > monday.addDays(6))
        m_cursor = QDateTime(monday.addDays(dayOfCursor), m_cursor.time());
    layoutItems();
    viewport()->update();
}

void WeekView::updateScrollBar()
{
    const int visible = viewport()->height() - kHeader;
    verticalScrollBar()->setPageStep(qMax(1, visible));
    verticalScrollBar()->setRange(0, qMax(0, bodyHeight() - visible));
}

void WeekView::scrollToHour(int hour)
{
    updateScrollBar();
    verticalScrollBar()->setValue(hour * hourHeight());
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    layoutItems();
}

void WeekView::layoutItems()
{
    m_placed.clear();
    m_overflow.clear();
    m_placedById.clear();
    const int hh = hourHeight();
    const int colW = columnWidth();
    const int markerH = fontMetrics().height() + 4;
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        struct Span {
            int index, top, bottom;
            bool marker;
        };
        std::vector<Span> spans;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem &it = m_items.at(i);
            const QDateTime start = it.startsAt.toLocalTime();
            if (start.date() != date)
                continue;
            const int top = minutesOf(start.time()) * hh / 60;
            if (it.isTask() || !it.endsAt.isValid()) {
                spans.push_back({i, top, top + markerH, it.isTask()});
                continue;
            }
            const QDateTime end = it.endsAt.toLocalTime();
            const int endMinutes = end.date() > date ? 24 * 60 : minutesOf(end.time());
            spans.push_back({i, top, qMax(top + hh / 2 - 2, endMinutes * hh / 60), false});
        }
        std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
        // Overlapping items share the column in lanes; a cluster is a run of items that overlap.
        size_t first = 0;
        while (first < spans.size()) {
            size_t last = first;
            int clusterBottom = spans[first].bottom;
            while (last + 1 < spans.size() && spans[last + 1].top < clusterBottom)
                clusterBottom = std::max(clusterBottom, spans[++last].bottom);
            std::vector<int> laneBottoms;
            std::vector<int> lanes;
            for (size_t k = first; k <= last; ++k) {
                size_t lane = 0;
                while (lane < laneBottoms.size() && laneBottoms[lane] > spans[k].top)
                    ++lane;
                if (lane == laneBottoms.size())
                    laneBottoms.push_back(spans[k].bottom);
                else
                    laneBottoms[lane] = spans[k].bottom;
                lanes.push_back(int(lane));
            }
            const int laneCount = std::min(int(laneBottoms.size()), kMaxLanes);
            const int laneW = (colW - 4) / laneCount;
            int hidden = 0;
            for (size_t k = first; k <= last; ++k) {
                const int lane = lanes[k - first];
                if (lane >= kMaxLanes) {
                    ++hidden;
                    continue;
                }
                const Span &s = spans[k];
                const QRect r(kGutter + day * colW + 1 + lane * laneW, s.top + 1, laneW - 2, s.bottom - s.top - 2);
                m_placedById.insert(m_items.at(s.index).id, int(m_placed.size()));
                m_placed.append({s.index, day, r, s.marker});
            }
            if (hidden > 0)
                m_overflow.append({QRect(kGutter + (day + 1) * colW - 30, spans[first].top + 1, 28, markerH), hidden});
            first = last + 1;
        }
    }
}

QRect WeekView::itemRect(qint64 activityId) const
{
    const auto it = m_placedById.constFind(activityId);
    return it == m_placedById.cend() ? QRect() : toViewport(m_placed.at(*it).rect);
}

int WeekView::dayAt(const QPoint &pos) const
{
    if (pos.x() < kGutter)
        return -1;
    const int day = (pos.x() - kGutter) / columnWidth();
    return day >= 0 && day < 7 ? day : -1;
}

QDateTime WeekView::slotAt(const QPoint &pos) const
{
    const int day = dayAt(pos);
    if (day < 0 || pos.y() < kHeader)
        return QDateTime();
    const int y = pos.y() - kHeader + verticalScrollBar()->value();
    const int minutes = qBound(0, y * 60 / hourHeight(), 24 * 60 - 1);
    return QDateTime(m_monday.addDays(day), QTime(0, 0).addSecs(60 * (minutes - minutes % kSlotMinutes)));
}

qint64 WeekView::itemAt(const QPoint &pos) const
{
    if (pos.y() < kHeader)
        return 0;
    // The last drawn is on top.
    for (int i = int(m_placed.size()) - 1; i >= 0; --i)
        if (toViewport(m_placed.at(i).rect).contains(pos))
            return m_items.at(m_placed.at(i).index).id;
    return 0;
}

void WeekView::setCursor(const QDateTime &localSlot)
{
    const QTime t = localSlot.time();
    m_cursor = QDateTime(localSlot.date(), QTime(t.hour(), t.minute() - t.minute() % kSlotMinutes));
    // Keep the cursor in view.
    const int top = minutesOf(m_cursor.time()) * hourHeight() / 60;
    const int visible = viewport()->height() - kHeader;
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + hourHeight() / 2 > bar->value() + visible)
        bar->setValue(top + hourHeight() / 2 - visible);
    viewport()->update();
}

qint64 WeekView::currentItem() const
{
    const QDateTime from = m_cursor;
    const QDateTime to = m_cursor.addSecs(60 * kSlotMinutes);
    for (const Placed &p : m_placed) {
        const CalendarItem &it = m_items.at(p.index);
        const QDateTime start = it.startsAt.toLocalTime();
        const QDateTime end = it.endsAt.isValid() && !it.isTask() ? it.endsAt.toLocalTime() : start.addSecs(60);
        if (start < to && end > from)
            return it.id;
    }
    return 0;
}

void WeekView::activateCursor()
{
    if (const qint64 id = currentItem())
        emit itemActivated(id);
    else
        emit slotActivated(m_cursor);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    const QDateTime slot = slotAt(event->position().toPoint());
    if (slot.isValid())
        setCursor(slot);
    QAbstractScrollArea::mousePressEvent(event);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const qint64 id = itemAt(pos)) {
        emit itemActivated(id);
        return;
    }
    const QDateTime slot = slotAt(pos);
    if (slot.isValid())
        emit slotActivated(slot);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    const auto moveDays = [this](int days) {
        const QDateTime next = m_cursor.addDays(days);
        const QDate nextMonday = next.date().addDays(1 - next.date().dayOfWeek());
        const int weeks = int(m_monday.daysTo(nextMonday) / 7);
        setCursor(next);
        if (weeks != 0)
            emit weekStepRequested(weeks);
    };
    switch (event->key()) {
    case Qt::Key_Left: moveDays(-1); break;
    case Qt::Key_Right: moveDays(1); break;
    case Qt::Key_PageUp: moveDays(-7); break;
    case Qt::Key_PageDown: moveDays(7); break;
    case Qt::Key_Up:
        if (minutesOf(m_cursor.time()) >= kSlotMinutes)
            setCursor(m_cursor.addSecs(-60 * kSlotMinutes));
        break;
    case Qt::Key_Down:
        if (minutesOf(m_cursor.time()) < 24 * 60 - kSlotMinutes)
            setCursor(m_cursor.addSecs(60 * kSlotMinutes));
        break;
    case Qt::Key_Home: emit todayRequested(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: activateCursor(); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

QString WeekView::tooltipFor(const CalendarItem &it) const
{
    const QLocale locale;
    const QDateTime start = it.startsAt.toLocalTime();
    QString when = it.isTask() ? tr("Due %1").arg(formatDateClock(start, locale))
                               : formatDateClock(start, locale);
    if (!it.isTask() && it.endsAt.isValid())
        when = tr("%1 – %2").arg(when, formatClock(it.endsAt.toLocalTime().time(), locale));
    QStringList lines{QStringLiteral("<b>%1</b>").arg(it.subject.toHtmlEscaped()),
                      tr("%1 · %2").arg(vocab::activityKindLabel(it.kind), it.customerName).toHtmlEscaped(), when.toHtmlEscaped()};
    if (!it.timeZone.isEmpty() && it.timeZone != QString::fromUtf8(QTimeZone::systemTimeZoneId()))
        lines << tr("Set in %1: %2")
                     .arg(it.timeZone, formatDateClock(it.startsAt.toTimeZone(QTimeZone(it.timeZone.toUtf8())), locale))
                     .toHtmlEscaped();
    if (!it.location.isEmpty())
        lines << tr("At %1").arg(it.location).toHtmlEscaped();
    if (it.attendeeCount > 0)
        lines << tr("%n attendee(s)", nullptr, it.attendeeCount);
    if (it.reminderMinutes >= 0)
        lines << tr("Reminder %n minute(s) before", nullptr, it.reminderMinutes);
    if (!it.isPlanned())
        lines << tr("Done");
    return lines.join(QStringLiteral("<br>"));
}

bool WeekView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = itemAt(help->pos());
        const auto placed = m_placedById.constFind(id);
        if (id && placed != m_placedById.cend())
            QToolTip::showText(help->globalPos(), tooltipFor(m_items.at(m_placed.at(*placed).index)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QLocale locale;
    const int hh = hourHeight();
    const int colW = columnWidth();
    const int scroll = verticalScrollBar()->value();
    const QDate today = QDate::currentDate();
    const QRect area = viewport()->rect();
    p.fillRect(area, palette().base());

    // The body, clipped under the header.
    p.save();
    p.setClipRect(QRect(0, kHeader, area.width(), area.height() - kHeader));
    p.translate(0, kHeader - scroll);
    const QColor offHours(0xf5, 0xf5, 0xf5);
    for (int day = 0; day < 7; ++day) {
        const QRect col = dayColumn(day);
        p.fillRect(QRect(col.left(), 0, colW, 8 * hh), offHours);
        p.fillRect(QRect(col.left(), 18 * hh, colW, 6 * hh), offHours);
        if (m_monday.addDays(day) == today)
            p.fillRect(col, QColor(0xe3, 0xf2, 0xfd, 120));
    }
    for (int h = 0; h < 24; ++h) {
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(kGutter, h * hh, kGutter + 7 * colW, h * hh);
        p.setPen(QPen(QColor(0xee, 0xee, 0xee), 1, Qt::DotLine));
        p.drawLine(kGutter, h * hh + hh / 2, kGutter + 7 * colW, h * hh + hh / 2);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(0, h * hh - 2, kGutter - 6, fontMetrics().height()), Qt::AlignRight | Qt::AlignTop,
                   formatClock(QTime(h, 0), locale));
    }
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (int day = 0; day <= 7; ++day)
        p.drawLine(kGutter + day * colW, 0, kGutter + day * colW, bodyHeight());

    // The cursor: the half hour the keyboard is on.
    if (m_cursor.date() >= m_monday && m_cursor.date() <= m_monday.addDays(6)) {
        const int day = int(m_monday.daysTo(m_cursor.date()));
        const QRect cell(kGutter + day * colW + 1, minutesOf(m_cursor.time()) * hh / 60, colW - 2, hh / 2);
        p.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
    }

    const qint64 current = hasFocus() ? currentItem() : 0;
    const int lineH = fontMetrics().height();
    for (const Placed &placed : std::as_const(m_placed)) {
        const CalendarItem &it = m_items.at(placed.index);
        const QRect r = placed.rect;
        QColor color = kindColor(it.kind);
        const bool done = !it.isPlanned();
        if (placed.marker) {
            // A task: a flag at its due time.
            QColor fill = color;
            fill.setAlpha(done ? 40 : 60);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRect(r);
            p.fillRect(QRect(r.left(), r.top(), 3, r.height()), color);
            p.setPen(done ? palette().color(QPalette::PlaceholderText) : color.darker(130));
            const QString text = tr("◆ %1 %2").arg(formatClock(it.startsAt.toLocalTime().time(), locale), it.subject);
            p.drawText(r.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(text, Qt::ElideRight, r.width() - 8));
        } else {
            // The kind's colour washed out towards white: text on it stays readable.
            const qreal keep = done ? 0.12 : 0.28;
            const QColor fill = QColor::fromRgbF(1 - keep + keep * color.redF(), 1 - keep + keep * color.greenF(),
                                                 1 - keep + keep * color.blueF());
            p.setPen(QPen(color, 1));
            p.setBrush(fill);
            p.drawRoundedRect(r, 3, 3);
            p.fillRect(QRect(r.left(), r.top(), 3, r.height()), color);
            p.setPen(done ? palette().color(QPalette::PlaceholderText) : QColor(0x21, 0x21, 0x21));
            const QRect text = r.adjusted(6, 1, -3, -1);
            QStringList lines{tr("%1 %2").arg(formatClock(it.startsAt.toLocalTime().time(), locale), it.subject),
                              it.customerName};
            if (!it.location.isEmpty())
                lines << it.location;
            int y = text.top();
            for (const QString &line : std::as_const(lines)) {
                if (y + lineH > text.bottom() + 2 && y != text.top())
                    break;
                p.drawText(QRect(text.left(), y, text.width(), lineH), Qt::AlignLeft | Qt::AlignTop,
                           fontMetrics().elidedText(line, Qt::ElideRight, text.width()));
                y += lineH;
            }
        }
        if (it.id == current) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    }
    for (const Overflow &o : std::as_const(m_overflow)) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x42, 0x42, 0x42));
        p.drawRoundedRect(o.rect, 4, 4);
        p.setPen(Qt::white);
        p.drawText(o.rect, Qt::AlignCenter, tr("+%1").arg(o.count));
    }
    // Now.
    if (today >= m_monday && today <= m_monday.addDays(6)) {
        const int day = int(m_monday.daysTo(today));
        const int y = minutesOf(QTime::currentTime()) * hh / 60;
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(kGutter + day * colW, y, kGutter + (day + 1) * colW, y);
    }
    p.restore();

    // The header: the days of the week, today in bold and blue.
    p.fillRect(QRect(0, 0, area.width(), kHeader), palette().window());
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        const QRect cell(kGutter + day * colW, 0, colW, kHeader);
        QFont f = font();
        f.setBold(date == today);
        p.setFont(f);
        p.setPen(date == today ? QColor(0x15, 0x65, 0xc0) : palette().color(QPalette::WindowText));
        p.drawText(cell.adjusted(0, 3, 0, 0), Qt::AlignHCenter | Qt::AlignTop, locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
        p.drawText(cell.adjusted(0, 0, 0, -3), Qt::AlignHCenter | Qt::AlignBottom, locale.toString(date, QLocale::ShortFormat));
    }
    p.setFont(font());
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.drawLine(0, kHeader - 1, area.width(), kHeader - 1);
}

} // namespace sb
