#include "SystemStatusModel.h"

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sb {

namespace {
QString t(const char *text) { return QCoreApplication::translate("SystemStatusModel", text); }

// "today" alone says too little about a sync: the time when it was today, as the sync
// centre's summary says it.
QString when(const QString &iso)
{
    if (iso.isEmpty())
        return t(QT_TRANSLATE_NOOP("SystemStatusModel", "never"));
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate).toLocalTime();
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return formatRelative(iso);
}
} // namespace

SystemStatusModel::SystemStatusModel(Database &db, std::function<QString(const QString &)> systemLabel, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_label(std::move(systemLabel))
{
}

QString SystemStatusModel::refresh()
{
    auto r = SystemStatusStore(m_db).configured();
    beginResetModel();
    m_rows = r ? r.value() : QList<SystemStatus>();
    endResetModel();
    return r ? QString() : r.error();
}

QString SystemStatusModel::systemLabel(const QString &system) const
{
    return m_label ? m_label(system) : system;
}

QString SystemStatusModel::healthLabel(SystemStatus::Health health)
{
    switch (health) {
    case SystemStatus::Health::NeverSynced: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Not synced yet"));
    case SystemStatus::Health::Ok: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "OK"));
    case SystemStatus::Health::Failing: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Error"));
    case SystemStatus::Health::Unreachable: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Unreachable"));
    }
    return QString();
}

int SystemStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SystemStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SystemStatus &s = m_rows.at(index.row());
    switch (role) {
    case SystemRole:
        return s.system;
    case HealthRole:
        return int(s.health());
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SystemColumn: return systemLabel(s.system);
        case StateColumn: return healthLabel(s.health());
        case LastSyncColumn: return when(s.lastSyncAt);
        case LastOkColumn: return when(s.lastOkAt);
        case ErrorColumn: return s.lastError;
        case ColumnCount: break;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        const QString iso = index.column() == LastSyncColumn ? s.lastSyncAt : index.column() == LastOkColumn ? s.lastOkAt : QString();
        if (!iso.isEmpty())
            return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), QLocale::LongFormat);
        if (index.column() == ErrorColumn && !s.lastError.isEmpty())
            return s.lastError;
        return QVariant();
    }
    default:
        return QVariant();
    }
}

QVariant SystemStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SystemColumn: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "System"));
    case StateColumn: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "State"));
    case LastSyncColumn: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Last sync"));
    case LastOkColumn: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Last success"));
    case ErrorColumn: return t(QT_TRANSLATE_NOOP("SystemStatusModel", "Last error"));
    case ColumnCount: break;
    }
    return QVariant();
}

} // namespace sb
