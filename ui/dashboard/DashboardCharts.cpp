#include "DashboardCharts.h"

#include "models/domain/Money.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/DashboardModels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QDate>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace sb::dashboardcharts {

namespace {

// Axis numbers a person reads at a glance: thousands, or millions for large sums.
struct Scale {
    double divisor = 100.0 * 1e3; // cents per axis unit
    QString title;
};

Scale scaleFor(qint64 maxCents, const QString &currency)
{
    Scale s;
    if (maxCents >= 1000000000LL) { // ten million in the currency
        s.divisor = 100.0 * 1e6;
        s.title = QCoreApplication::translate("sb::DashboardCharts", "Millions of %1").arg(currency);
    } else {
        s.title = QCoreApplication::translate("sb::DashboardCharts", "Thousands of %1").arg(currency);
    }
    return s;
}

double rounded(double v) { return std::round(v * 10) / 10; }

// A month axis: short month names so a dozen fit side by side, the year(s) as the axis title
// ("2026", "2025 – 2026"). "Past due" stays as it is.
QBarCategoryAxis *categoryAxis(const QStringList &labels);

QBarCategoryAxis *monthAxis(const QStringList &keys)
{
    QStringList labels;
    const QLocale locale;
    int first = 0, last = 0;
    for (const QString &key : keys) {
        const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid()) {
            labels << DashboardTableModel::monthLabel(key);
            continue;
        }
        labels << locale.standaloneMonthName(d.month(), QLocale::ShortFormat);
        first = first == 0 ? d.year() : qMin(first, d.year());
        last = qMax(last, d.year());
    }
    QBarCategoryAxis *axis = categoryAxis(labels);
    if (first > 0)
        axis->setTitleText(first == last ? QString::number(first) : QStringLiteral("%1 – %2").arg(first).arg(last));
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTruncateLabels(false);
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

// A model's rows in one currency, by the value of a key column, in row order.
QList<int> rowsIn(const DashboardTableModel &m, int currencyColumn, const QString &currency)
{
    QList<int> rows;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.raw(r, currencyColumn).toString() == currency)
            rows << r;
    return rows;
}

} // namespace

QChart *pipelineByRep(const DashboardPipelineModel &model, const QString &currency)
{
    using M = DashboardPipelineModel;
    QChart *chart = newChart();
    const QStringList reps = model.reps();
    const QStringList stages = vocab::openStages();
    // Cents per (rep, stage) in the currency, and each rep's total for the axis.
    QHash<QString, QHash<QString, qint64>> cells;
    QHash<QString, qint64> perRep;
    qint64 maxCents = 0;
    for (int r : rowsIn(model, M::CurrencyColumn, currency)) {
        const QString rep = model.raw(r, M::RepColumn).toString();
        const qint64 cents = model.raw(r, M::AmountColumn).toLongLong();
        cells[rep][model.raw(r, M::StageColumn).toString()] += cents;
        maxCents = qMax(maxCents, perRep[rep] += cents);
    }
    if (perRep.isEmpty()) {
        chart->setTitle(QCoreApplication::translate("sb::DashboardCharts", "No open deals in this currency"));
        return chart;
    }
    const Scale scale = scaleFor(maxCents, currency);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    QStringList shown;
    for (const QString &rep : reps) // bottom to top: the first rep at the top
        if (perRep.contains(rep))
            shown.prepend(rep);
    for (const QString &rep : shown)
        labels << DashboardTableModel::repLabel(rep);
    for (const QString &stage : stages) {
        auto *set = new QBarSet(vocab::stageLabel(stage));
        for (const QString &rep : shown)
            *set << rounded(cells.value(rep).value(stage) / scale.divisor);
        series->append(set);
    }
    chart->addSeries(series);
    series->setBarWidth(shown.size() < 3 ? 0.4 : 0.7);
    auto *reps_ = categoryAxis(labels);
    chart->addAxis(reps_, Qt::AlignLeft);
    series->attachAxis(reps_);
    QValueAxis *amount = valueAxis(scale.title, maxCents / scale.divisor);
    chart->addAxis(amount, Qt::AlignBottom);
    series->attachAxis(amount);
    return chart;
}

QChart *forecastByMonth(const DashboardForecastModel &model, const QString &currency)
{
    using M = DashboardForecastModel;
    QChart *chart = newChart();
    const QList<int> rows = rowsIn(model, M::CurrencyColumn, currency);
    qint64 maxCents = 0;
    for (int r : rows)
        maxCents = qMax(maxCents, model.raw(r, M::AmountColumn).toLongLong());
    if (rows.isEmpty() || maxCents == 0) {
        chart->setTitle(QCoreApplication::translate("sb::DashboardCharts", "No open deals with a close date in this currency"));
        return chart;
    }
    const Scale scale = scaleFor(maxCents, currency);
    auto *amount = new QBarSet(QCoreApplication::translate("sb::DashboardCharts", "Amount"));
    auto *weighted = new QBarSet(QCoreApplication::translate("sb::DashboardCharts", "Weighted (amount × probability)"));
    QStringList months;
    for (int r : rows) {
        months << model.raw(r, M::MonthColumn).toString();
        *amount << rounded(model.raw(r, M::AmountColumn).toLongLong() / scale.divisor);
        *weighted << rounded(model.raw(r, M::WeightedColumn).toLongLong() / scale.divisor);
    }
    amount->setColor(QColor(0x9e, 0xc5, 0xe8));
    weighted->setColor(QColor(0x1f, 0x6f, 0xb4));
    auto *series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    chart->addSeries(series);
    auto *axis = monthAxis(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *values = valueAxis(scale.title, maxCents / scale.divisor);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart *revenueByMonth(const DashboardRevenueModel &model, const QString &currency)
{
    using M = DashboardRevenueModel;
    QChart *chart = newChart();
    const QList<int> rows = rowsIn(model, M::CurrencyColumn, currency);
    qint64 maxCents = 0;
    for (int r : rows)
        maxCents = qMax(maxCents, qMax(model.raw(r, M::OrderedColumn).toLongLong(), model.raw(r, M::InvoicedColumn).toLongLong()));
    if (rows.isEmpty() || maxCents == 0) {
        chart->setTitle(QCoreApplication::translate("sb::DashboardCharts", "No orders or invoices in this currency and period"));
        return chart;
    }
    const Scale scale = scaleFor(maxCents, currency);
    auto *ordered = new QBarSet(QCoreApplication::translate("sb::DashboardCharts", "Ordered"));
    ordered->setColor(QColor(0x5b, 0x9b, 0xd5));
    auto *invoiced = new QLineSeries;
    invoiced->setName(QCoreApplication::translate("sb::DashboardCharts", "Invoiced"));
    invoiced->setPen(QPen(QColor(0xed, 0x7d, 0x31), 2.5));
    invoiced->setPointsVisible(true);
    QStringList months;
    int i = 0;
    for (int r : rows) {
        months << model.raw(r, M::MonthColumn).toString();
        *ordered << rounded(model.raw(r, M::OrderedColumn).toLongLong() / scale.divisor);
        invoiced->append(i++, rounded(model.raw(r, M::InvoicedColumn).toLongLong() / scale.divisor));
    }
    auto *bars = new QBarSeries;
    bars->append(ordered);
    chart->addSeries(bars);
    chart->addSeries(invoiced);
    auto *axis = monthAxis(months);
    chart->addAxis(axis, Qt::AlignBottom);
    bars->attachAxis(axis);
    invoiced->attachAxis(axis);
    QValueAxis *values = valueAxis(scale.title, maxCents / scale.divisor);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);
    invoiced->attachAxis(values);
    return chart;
}

QChart *approvalsByAge(const DashboardApprovalAgeModel &model)
{
    using M = DashboardApprovalAgeModel;
    QChart *chart = newChart();
    auto *set = new QBarSet(QCoreApplication::translate("sb::DashboardCharts", "Quotes waiting"));
    set->setColor(QColor(0xc0, 0x50, 0x4d));
    QStringList buckets;
    int max = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        buckets << model.raw(r, M::WaitedColumn).toString();
        const int n = model.raw(r, M::QuotesColumn).toInt();
        *set << n;
        max = qMax(max, n);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *axis = categoryAxis(buckets);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *values = valueAxis(QCoreApplication::translate("sb::DashboardCharts", "Quotes"), max);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickInterval(qMax(1.0, std::ceil(max / 5.0)));
    values->setTickAnchor(0);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    if (max == 0)
        chart->setTitle(QCoreApplication::translate("sb::DashboardCharts", "No quote is waiting for approval"));
    return chart;
}

} // namespace sb::dashboardcharts
