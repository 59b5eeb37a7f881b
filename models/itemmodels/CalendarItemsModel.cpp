#include "CalendarItemsModel.h"

#include "models/domain/Vocabulary.h"

#include <QLocale>

namespace sb {

void CalendarItemsModel::setItems(const QList<CalendarItem> &items, const QDateTime &nowUtc)
{
    beginResetModel();
    m_items = items;
    m_now = nowUtc;
    endResetModel();
}

bool CalendarItemsModel::overdue(const CalendarItem &it) const
{
    // A meeting is overdue once it has ended (or started, without an end); a task once it is due.
    const QDateTime end = it.endsAt.isValid() ? it.endsAt : it.startsAt;
    return it.isPlanned() && end.isValid() && end < m_now;
}

int CalendarItemsModel::overdueCount() const
{
    int n = 0;
    for (const CalendarItem &it : m_items)
        n += overdue(it) ? 1 : 0;
    return n;
}

int CalendarItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CalendarItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return QVariant();
    const CalendarItem &it = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return it.id;
    case OverdueRole:
        return overdue(it);
    case Qt::ToolTipRole:
        if (index.column() == When)
            return QLocale().toString(it.startsAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Where && it.attendeeCount > 0)
            return tr("%n attendee(s)", nullptr, it.attendeeCount);
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case When: {
        const QDateTime local = it.startsAt.toLocalTime();
        const QString day = formatRelative(it.startsAtText);
        return tr("%1 %2").arg(day, formatClock(local.time()));
    }
    case Kind:
        return it.isTask() ? tr("Task due") : vocab::activityKindLabel(it.kind);
    case Subject:
        return it.subject;
    case Where:
        return it.location;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CalendarItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case When: return tr("When");
    case Kind: return tr("What");
    case Subject: return tr("Subject");
    case Where: return tr("Where");
    case ColumnCount: break;
    }
    return QVariant();
}

} // namespace sb
