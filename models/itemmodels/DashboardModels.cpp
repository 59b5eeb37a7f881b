#include "DashboardModels.h"

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace sb {

namespace {

using Cells = QVector<QVariant>;

// Currencies in a stable order: most rows first, then by code.
template <typename Cell>
QStringList currenciesOf(const QList<Cell> &cells)
{
    QMap<QString, int> seen;
    for (const Cell &c : cells)
        ++seen[c.currency];
    QStringList out = seen.keys();
    std::stable_sort(out.begin(), out.end(), [&](const QString &a, const QString &b) { return seen[a] > seen[b]; });
    return out;
}

} // namespace

DashboardPipelineModel::DashboardPipelineModel(QObject *parent) : DashboardTableModel(parent)
{
    setColumns({{QT_TRANSLATE_NOOP("sb::DashboardModels", "Rep"), Kind::Rep},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Stage"), Kind::Stage},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Currency"), Kind::Currency},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Deals"), Kind::Count},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Amount"), Kind::Money},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Weighted amount"), Kind::Money}});
}

void DashboardPipelineModel::setFigures(const DashboardFigures &figures)
{
    const QStringList stages = vocab::stages();
    QList<PipelineCell> cells = figures.pipeline;
    std::stable_sort(cells.begin(), cells.end(), [&](const PipelineCell &a, const PipelineCell &b) {
        if (a.rep != b.rep)
            return a.rep < b.rep;
        if (a.stage != b.stage)
            return stages.indexOf(a.stage) < stages.indexOf(b.stage);
        return a.currency < b.currency;
    });
    QList<Cells> rows;
    for (const PipelineCell &c : cells)
        rows << Cells{c.rep, c.stage, c.currency, c.count, c.amount, c.weighted};
    setRows(rows);
}

QStringList DashboardPipelineModel::reps() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        const QString rep = raw(r, RepColumn).toString();
        if (out.isEmpty() || out.constLast() != rep)
            out << rep;
    }
    return out;
}

DashboardForecastModel::DashboardForecastModel(QObject *parent) : DashboardTableModel(parent)
{
    setColumns({{QT_TRANSLATE_NOOP("sb::DashboardModels", "Expected close"), Kind::Month},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Currency"), Kind::Currency},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Deals"), Kind::Count},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Amount"), Kind::Money},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Weighted amount"), Kind::Money}});
}

void DashboardForecastModel::setFigures(const DashboardFigures &figures)
{
    QMap<QPair<QString, QString>, ForecastCell> cells;
    for (const ForecastCell &c : figures.forecast)
        cells.insert({c.month, c.currency}, c);
    QList<Cells> rows;
    const QStringList currencies = currenciesOf(figures.forecast);
    for (const QString &cur : currencies) // past due first: what needs a new date
        if (cells.contains({QString(), cur})) {
            const ForecastCell &c = cells[{QString(), cur}];
            rows << Cells{QString(), cur, c.count, c.amount, c.weighted};
        }
    for (const QString &month : figures.forecastMonths)
        for (const QString &cur : currencies) {
            const ForecastCell c = cells.value({month, cur});
            rows << Cells{month, cur, c.count, c.amount, c.weighted};
        }
    setRows(rows);
}

DashboardRevenueModel::DashboardRevenueModel(QObject *parent) : DashboardTableModel(parent)
{
    setColumns({{QT_TRANSLATE_NOOP("sb::DashboardModels", "Month"), Kind::Month},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Currency"), Kind::Currency},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Orders"), Kind::Count},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Ordered"), Kind::Money},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Invoices"), Kind::Count},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Invoiced"), Kind::Money}});
}

void DashboardRevenueModel::setFigures(const DashboardFigures &figures)
{
    QMap<QPair<QString, QString>, RevenueCell> cells;
    for (const RevenueCell &c : figures.revenue)
        cells.insert({c.month, c.currency}, c);
    QList<Cells> rows;
    const QStringList currencies = currenciesOf(figures.revenue);
    for (const QString &month : figures.query.period.months())
        for (const QString &cur : currencies) {
            const RevenueCell c = cells.value({month, cur});
            rows << Cells{month, cur, c.orders, c.ordered, c.invoices, c.invoiced};
        }
    setRows(rows);
}

DashboardApprovalAgeModel::DashboardApprovalAgeModel(QObject *parent) : DashboardTableModel(parent)
{
    setColumns({{QT_TRANSLATE_NOOP("sb::DashboardModels", "Waiting"), Kind::Text},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Quotes"), Kind::Count}});
}

QString DashboardApprovalAgeModel::bucketLabel(int bucket)
{
    switch (bucket) {
    case 0: return QCoreApplication::translate("sb::DashboardModels", "Under 1 day");
    case 1: return QCoreApplication::translate("sb::DashboardModels", "1–3 days");
    case 2: return QCoreApplication::translate("sb::DashboardModels", "3–7 days");
    default: return QCoreApplication::translate("sb::DashboardModels", "7 days or more");
    }
}

void DashboardApprovalAgeModel::setFigures(const DashboardFigures &figures)
{
    m_ages = figures.approvals;
    QList<Cells> rows;
    for (int b = 0; b < ApprovalAges::kBuckets; ++b)
        rows << Cells{bucketLabel(b), m_ages.buckets[size_t(b)]};
    setRows(rows);
}

DashboardKpiModel::DashboardKpiModel(QObject *parent) : DashboardTableModel(parent)
{
    setColumns({{QT_TRANSLATE_NOOP("sb::DashboardModels", "Figure"), Kind::Text},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Value"), Kind::Text},
                {QT_TRANSLATE_NOOP("sb::DashboardModels", "Currency"), Kind::Currency}});
}

void DashboardKpiModel::setFigures(const DashboardFigures &figures)
{
    auto t = [](const char *s) { return QCoreApplication::translate("sb::DashboardModels", s); };
    const ClosedDeals &c = figures.closed;
    QList<Cells> rows{
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Win rate")), c.winRate(), QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Deals won")), c.won, QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Deals lost")), c.lost, QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Average cycle time (days)")), c.averageCycleDays(), QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Average cycle time of won deals (days)")), c.averageWonCycleDays(), QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Quotes waiting for approval")), figures.approvals.count, QString()},
        Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Longest wait for approval (days)")), figures.approvals.count > 0 ? figures.approvals.oldestDays : -1.0,
            QString()},
    };
    for (const QString &cur : c.wonAmount.currencies())
        rows << Cells{t(QT_TRANSLATE_NOOP("sb::DashboardModels", "Won amount")), c.wonAmount.cents(cur), cur};
    setRows(rows);
}

QString DashboardKpiModel::valueText(int row) const
{
    return displayText(row, ValueColumn);
}

DashboardTableModel::Kind DashboardKpiModel::valueKind(int row)
{
    switch (row) {
    case WinRateRow: return Kind::Percent;
    case WonRow:
    case LostRow:
    case WaitingRow: return Kind::Count;
    case CycleRow:
    case WonCycleRow:
    case OldestWaitingRow: return Kind::Days;
    default: return Kind::Money;
    }
}

QString DashboardKpiModel::displayText(int row, int column) const
{
    if (column != ValueColumn)
        return DashboardTableModel::displayText(row, column);
    return format(raw(row, column), valueKind(row), currencyOf(row), false);
}

QString DashboardKpiModel::exportText(int row, int column) const
{
    if (column != ValueColumn)
        return DashboardTableModel::exportText(row, column);
    return format(raw(row, column), valueKind(row), currencyOf(row), true);
}

} // namespace sb
