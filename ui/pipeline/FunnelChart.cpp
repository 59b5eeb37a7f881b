#include "FunnelChart.h"

#include "models/domain/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace sb {

namespace {
// Bar labels print the raw value: keep it short (no exponent, at most one decimal).
double rounded(double v)
{
    return v >= 100 ? std::round(v) : std::round(v * 10) / 10;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_figures(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setContentsMargins(6, 6, 6, 6);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_figures, 2);
}

void FunnelChart::setTotals(const QList<StageTotals> &totals)
{
    const QStringList open = vocab::openStages();
    QList<StageTotals> funnel;
    StageTotals won, lost;
    for (const StageTotals &t : totals) {
        if (open.contains(t.stage))
            funnel << t;
        else if (t.stage == QLatin1String("won"))
            won = t;
        else if (t.stage == QLatin1String("lost"))
            lost = t;
    }

    // Amounts in different currencies are never added: with one currency the bars are the
    // amounts in it; with several they are the deal counts, and the figures give each currency.
    MoneySums openAmount;
    for (const StageTotals &t : funnel)
        openAmount.add(t.amount);
    const bool oneCurrency = openAmount.size() <= 1;
    m_mixed = !oneCurrency;
    const QString currency = openAmount.isEmpty() ? defaultCurrency() : openAmount.currencies().constFirst();
    qint64 maxCents = 0; // in that one currency
    int maxCount = 0;
    for (const StageTotals &t : funnel) {
        maxCents = qMax(maxCents, t.amount.cents(currency));
        maxCount = qMax(maxCount, t.count);
    }
    // Readable axis numbers: thousands, or millions for a big pipeline.
    const bool millions = maxCents >= 1000000000LL; // 10 million in the currency
    const double scale = millions ? 100.0 * 1e6 : 100.0 * 1e3;
    const QString symbol = currencySymbol(currency);
    const QString unit = !oneCurrency ? tr("Deals per stage (amounts in %n currencies: see the figures)", nullptr, openAmount.size())
        : millions                     ? tr("Amount in millions of %1").arg(symbol)
                                       : tr("Amount in thousands of %1").arg(symbol);

    auto *amount = new QBarSet(oneCurrency ? tr("Amount") : tr("Deals"));
    auto *weighted = new QBarSet(tr("Weighted (amount × probability)"));
    amount->setColor(QColor(0x1e, 0x88, 0xe5));
    weighted->setColor(QColor(0xff, 0xa7, 0x26));
    // The theme paints bar labels white (meant for inside the bar): outside they need ink.
    amount->setLabelColor(palette().color(QPalette::WindowText));
    weighted->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    // A horizontal bar chart draws its first category at the bottom: feed the stages reversed
    // so the funnel starts at the top.
    for (auto it = funnel.crbegin(); it != funnel.crend(); ++it) {
        if (oneCurrency) {
            *amount << rounded(double(it->amount.cents(currency)) / scale);
            *weighted << rounded(double(it->weighted.cents(currency)) / scale);
        } else {
            *amount << it->count;
        }
        categories << tr("%1 (%2)").arg(vocab::stageLabel(it->stage), QLocale().toString(it->count));
    }
    auto *series = new QHorizontalBarSeries;
    if (oneCurrency)
        series->append(weighted); // drawn bottom-up within a stage: the amount bar sits on top
    else
        delete weighted; // a weighted count means nothing
    series->append(amount);
    series->setBarWidth(0.8);

    auto *chart = new QChart;
    chart->addSeries(series);
    auto *stages = new QBarCategoryAxis;
    stages->append(categories);
    chart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    auto *values = new QValueAxis;
    const double top = oneCurrency ? (maxCents > 0 ? double(maxCents) / scale * 1.18 : 1.0) // room for the bar labels
                                   : qMax(1.0, maxCount * 1.18);
    values->setRange(0, top);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setTitleText(unit);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->setBackgroundRoundness(0);
    QFont small = font();
    values->setTitleFont(small);
    chart->legend()->setFont(small);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // setChart leaves the previous chart to us

    // The exact figures, formatted like money everywhere else, and the stage-to-stage ratio.
    // The ratio compares the deals in each stage today, not deals that moved on: it is no
    // conversion rate (the stage history would be needed for one), and it says so.
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'><tr>"
                                  "<th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                                  "<th align='right'>%4</th><th align='right'>%5</th></tr>")
                       .arg(esc(tr("Stage")), esc(tr("Deals")), esc(tr("Amount")), esc(tr("Weighted")),
                            esc(tr("Deals vs previous stage")));
    const QString lineBreak = QStringLiteral("<br>");
    auto money = [&](const MoneySums &sums) { return esc(sums.format(locale, QStringLiteral("\n"))).replace(QLatin1Char('\n'), lineBreak); };
    int previous = -1;
    MoneySums openWeighted;
    int openCount = 0;
    for (const StageTotals &t : funnel) {
        const QString ratio = previous > 0 ? locale.toString(100.0 * t.count / previous, 'f', 0) + QLatin1Char('%')
                                           : QStringLiteral("–");
        html += QStringLiteral("<tr><td valign='top'>%1</td><td align='right' valign='top'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right' valign='top'>%5</td></tr>")
                    .arg(esc(vocab::stageLabel(t.stage)), locale.toString(t.count), money(t.amount), money(t.weighted), ratio);
        previous = t.count;
        openWeighted.add(t.weighted);
        openCount += t.count;
    }
    html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td align='right' valign='top'><b>%2</b></td><td align='right'><b>%3</b></td>"
                           "<td align='right'><b>%4</b></td><td></td></tr></table>")
                .arg(esc(tr("Open")), locale.toString(openCount), money(openAmount), money(openWeighted));
    const int decided = won.count + lost.count;
    const QString winRate = decided > 0 ? locale.toString(100.0 * won.count / decided, 'f', 0) + QLatin1Char('%')
                                        : QStringLiteral("–");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Deals vs previous stage: deals in a stage now, as a share of those\n"
                            "in the stage before; a snapshot of counts, not a conversion rate."))
                         .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Won: %1 deals, %2").arg(locale.toString(won.count), won.amount.format(locale))),
                     esc(tr("Lost: %1 deals, %2").arg(locale.toString(lost.count), lost.amount.format(locale))),
                     esc(tr("Win rate (by deals): %1").arg(winRate)));
    m_figures->setText(html);
}

} // namespace sb
