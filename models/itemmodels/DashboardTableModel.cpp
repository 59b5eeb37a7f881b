#include "DashboardTableModel.h"

#include "models/csv/CsvWriter.h"
#include "models/domain/Money.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QLocale>

namespace sb {

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DashboardTableModel::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return QVariant();
    return m_rows.at(row).value(column);
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case RawRole:
        return raw(index.row(), index.column());
    case ExportRole:
        return exportText(index.row(), index.column());
    case Qt::TextAlignmentRole: {
        const Kind k = kind(index.column());
        const bool number = k == Kind::Count || k == Kind::Money || k == Kind::Percent || k == Kind::Days;
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    default:
        return QVariant();
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("sb::DashboardModels", m_columns.at(section).title);
}

void DashboardTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void DashboardTableModel::setRows(const QList<QVector<QVariant>> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DashboardTableModel::currencyColumn() const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).kind == Kind::Currency)
            return c;
    return -1;
}

QStringList DashboardTableModel::currencies() const
{
    QStringList out;
    const int c = currencyColumn();
    if (c < 0)
        return out;
    for (const auto &row : m_rows) {
        const QString cur = row.value(c).toString();
        if (!cur.isEmpty() && !out.contains(cur))
            out << cur;
    }
    return out;
}

QString DashboardTableModel::monthLabel(const QString &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("sb::DashboardModels", "Past due");
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return key;
    const QLocale locale;
    //: A month on a chart axis: short month name and year, "Mar 2026"
    return QCoreApplication::translate("sb::DashboardModels", "%1 %2")
        .arg(locale.standaloneMonthName(d.month(), QLocale::ShortFormat))
        .arg(d.year());
}

QString DashboardTableModel::repLabel(const QString &key)
{
    return key.isEmpty() ? QCoreApplication::translate("sb::DashboardModels", "No owner") : key;
}

QString DashboardTableModel::currencyOf(int row) const
{
    const int c = currencyColumn();
    return c >= 0 ? raw(row, c).toString() : QString();
}

QString DashboardTableModel::format(const QVariant &v, Kind kind, const QString &currency, bool forExport)
{
    const QLocale locale = forExport ? QLocale::c() : QLocale();
    const QString none = forExport ? QString() : QStringLiteral("—");
    switch (kind) {
    case Kind::Text:
    case Kind::Currency:
        return v.toString();
    case Kind::Stage:
        return vocab::stageLabel(v.toString());
    case Kind::Rep:
        return repLabel(v.toString());
    case Kind::Month:
        return forExport && !v.toString().isEmpty() ? v.toString() : monthLabel(v.toString());
    case Kind::Count:
        return forExport ? QString::number(v.toLongLong()) : locale.toString(v.toLongLong());
    case Kind::Money: // the export gives major units: every amount stands beside its currency
        return forExport ? locale.toString(v.toLongLong() / 100.0, 'f', 2) : formatMoney(v.toLongLong(), currency, locale);
    case Kind::Percent:
        if (v.toDouble() < 0)
            return none;
        return locale.toString(v.toDouble() * 100, 'f', 1) + (forExport ? QString() : QStringLiteral("%"));
    case Kind::Days:
        return v.toDouble() < 0 ? none : locale.toString(v.toDouble(), 'f', 1);
    }
    return v.toString();
}

QString DashboardTableModel::displayText(int row, int column) const
{
    return format(raw(row, column), kind(column), currencyOf(row), false);
}

QString DashboardTableModel::exportText(int row, int column) const
{
    return format(raw(row, column), kind(column), currencyOf(row), true);
}

Status DashboardTableModel::writeCsv(QIODevice &out) const
{
    if (!out.isWritable())
        return Status::fail(QCoreApplication::translate("sb::DashboardModels", "The file is not open for writing."));
    CsvWriter writer(out);
    QStringList cells;
    for (int c = 0; c < m_columns.size(); ++c)
        cells << headerData(c, Qt::Horizontal).toString();
    if (Status s = writer.writeRow(cells); !s)
        return s;
    for (int r = 0; r < m_rows.size(); ++r) {
        cells.clear();
        for (int c = 0; c < m_columns.size(); ++c)
            cells << exportText(r, c);
        if (Status s = writer.writeRow(cells); !s)
            return s;
    }
    return Status::ok();
}

} // namespace sb
