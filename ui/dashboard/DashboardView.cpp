#include "DashboardView.h"

#include "DashboardCharts.h"
#include "DashboardPanel.h"
#include "models/domain/Money.h"
#include "models/itemmodels/DashboardLoader.h"
#include "models/itemmodels/DashboardModels.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

DashboardView::DashboardView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_loader(new DashboardLoader(ctx.db(), this))
    , m_kpis(new DashboardKpiModel(this))
    , m_pipeline(new DashboardPipelineModel(this))
    , m_forecast(new DashboardForecastModel(this))
    , m_revenue(new DashboardRevenueModel(this))
    , m_approvals(new DashboardApprovalAgeModel(this))
    , m_scope(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_currency(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_changed(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    // A rep's desk is their own; managers and the office look at the team or at their own deals.
    if (m_ctx.session().role != QLatin1String("rep"))
        m_scope->addItem(tr("Team"), QString());
    m_scope->addItem(tr("Mine"), m_ctx.session().user);
    m_scope->setEnabled(m_scope->count() > 1);

    using K = DashboardPeriod::Kind;
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("This month"), int(K::ThisMonth));
    m_period->addItem(tr("This quarter"), int(K::ThisQuarter));
    m_period->addItem(tr("This year"), int(K::ThisYear));
    m_period->addItem(tr("Last 12 months"), int(K::Last12Months));
    m_period->addItem(tr("Custom…"), int(K::Custom));
    m_period->setCurrentIndex(m_period->findData(int(K::Last12Months)));
    m_period->setToolTip(tr("The period of the win rate, the cycle time and the revenue. The pipeline and the "
                            "approvals are as they stand today; the forecast looks six months ahead."));
    const QDate today = QDate::currentDate();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_currency->setObjectName(QStringLiteral("dashboardCurrency"));
    m_currency->setToolTip(tr("The currency of the charts' amounts: amounts in different currencies are never added"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again"));
    // The page is built when it is first shown: the worker reads the figures while the panels
    // below are built and painted empty (the result comes from the event loop, after this).
    connect(m_loader, &DashboardLoader::loadingChanged, m_busy, &QWidget::setVisible);
    reload();

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Whose:"), this));
    bar->addWidget(m_scope);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("Currency:"), this));
    bar->addWidget(m_currency);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);

    m_kpiPanel = new DashboardPanel(tr("Key figures"), QStringLiteral("key-figures"), m_kpis, this);
    m_kpiPanel->setBody(buildTiles());
    m_pipelinePanel = new DashboardPanel(tr("Open pipeline by rep and stage"), QStringLiteral("pipeline-by-rep"), m_pipeline, this);
    m_forecastPanel = new DashboardPanel(tr("Weighted forecast by month of expected close"), QStringLiteral("forecast-by-month"),
                                         m_forecast, this);
    m_revenuePanel = new DashboardPanel(tr("Revenue by month: ERP orders and invoices"), QStringLiteral("revenue-by-month"),
                                        m_revenue, this);
    m_approvalsPanel = new DashboardPanel(tr("Quotes waiting for approval, by time waited"), QStringLiteral("approvals-waiting"),
                                          m_approvals, this);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_kpiPanel, 0, 0, 1, 2);
    grid->addWidget(m_pipelinePanel, 1, 0);
    grid->addWidget(m_forecastPanel, 1, 1);
    grid->addWidget(m_revenuePanel, 2, 0);
    grid->addWidget(m_approvalsPanel, 2, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    for (DashboardPanel *p : panels()) {
        connect(p, &DashboardPanel::failed, &m_ctx, &AppContext::reportError);
        connect(p, &DashboardPanel::exported, this, [this](const QString &path) {
            m_ctx.reportInfo(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
    }
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::reload);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        drawCharts();
        fillTiles();
    });
    connect(m_refresh, &QToolButton::clicked, this, &DashboardView::reload);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardView::showFigures);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString &message) {
        m_status->setText(tr("The figures could not be read"));
        m_ctx.reportError(tr("Dashboard: %1").arg(message));
    });
    m_changed->setSingleShot(true);
    m_changed->setInterval(400);
    connect(m_changed, &QTimer::timeout, this, &DashboardView::reload);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this] {
        if (isVisible())
            m_changed->start();
        else
            m_stale = true;
    });
}

DashboardView::~DashboardView() = default;

QList<DashboardPanel *> DashboardView::panels() const
{
    return {m_kpiPanel, m_pipelinePanel, m_forecastPanel, m_revenuePanel, m_approvalsPanel};
}

QString DashboardView::owner() const
{
    return m_scope->currentData().toString();
}

bool DashboardView::isLoading() const
{
    return m_loader->isLoading();
}

QWidget *DashboardView::buildTiles()
{
    auto *tiles = new QWidget;
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    const QStringList captions = {tr("Win rate"), tr("Average cycle time"), tr("Quotes waiting for approval"),
                                  tr("Won in the period")};
    for (const QString &caption : captions) {
        auto *tile = new QFrame(tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        QPalette pal = tile->palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::Base));
        tile->setPalette(pal);
        auto *box = new QVBoxLayout(tile);
        auto *name = new QLabel(caption, tile);
        auto *value = new QLabel(QStringLiteral("—"), tile);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 2.0);
        f.setBold(true);
        value->setFont(f);
        auto *detail = new QLabel(tile);
        detail->setWordWrap(true);
        QPalette muted = detail->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        detail->setPalette(muted);
        box->addWidget(name);
        box->addWidget(value);
        box->addWidget(detail);
        row->addWidget(tile, 1);
        m_tileValues << value;
        m_tileDetails << detail;
    }
    return tiles;
}

void DashboardView::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == int(DashboardPeriod::Kind::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    reload();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardView::reload()
{
    m_stale = false;
    m_changed->stop();
    DashboardQuery q;
    q.owner = owner();
    q.today = QDate::currentDate();
    q.now = QDateTime::currentDateTimeUtc();
    q.period = DashboardPeriod::of(DashboardPeriod::Kind(m_period->currentData().toInt()), q.today, m_from->date(),
                                   m_to->date());
    m_status->setText(tr("Reading…"));
    m_loader->load(q);
}

void DashboardView::showFigures()
{
    const DashboardFigures &f = m_loader->figures();
    m_kpis->setFigures(f);
    m_pipeline->setFigures(f);
    m_forecast->setFigures(f);
    m_revenue->setFigures(f);
    m_approvals->setFigures(f);
    fillCurrencies(); // draws through the currency box, or below when it stays the same
    drawCharts();
    fillTiles();
    const QLocale locale;
    m_status->setText(tr("%1 to %2 · read at %3 in %4 ms")
                          .arg(locale.toString(f.query.period.from, QLocale::ShortFormat),
                               locale.toString(f.query.period.to, QLocale::ShortFormat),
                               locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                          .arg(m_loader->lastLoadMs()));
    emit figuresShown();
}

void DashboardView::fillCurrencies()
{
    // Most used first: open deals, then orders and invoices.
    QMap<QString, int> weight;
    for (const PipelineCell &c : m_loader->figures().pipeline)
        weight[c.currency] += c.count;
    for (const RevenueCell &c : m_loader->figures().revenue)
        weight[c.currency] += c.orders + c.invoices;
    for (const QString &c : m_loader->figures().closed.wonAmount.currencies())
        weight[c] += 1;
    QStringList currencies = weight.keys();
    std::stable_sort(currencies.begin(), currencies.end(),
                     [&](const QString &a, const QString &b) { return weight[a] > weight[b]; });
    if (currencies.isEmpty())
        currencies << defaultCurrency();
    const QString keep = m_currency->currentText();
    QSignalBlocker block(m_currency);
    m_currency->clear();
    m_currency->addItems(currencies);
    const int again = m_currency->findText(keep);
    m_currency->setCurrentIndex(again >= 0 ? again : 0);
}

void DashboardView::drawCharts()
{
    const QString currency = m_currency->currentText();
    m_pipelinePanel->setChart(dashboardcharts::pipelineByRep(*m_pipeline, currency));
    m_forecastPanel->setChart(dashboardcharts::forecastByMonth(*m_forecast, currency));
    m_revenuePanel->setChart(dashboardcharts::revenueByMonth(*m_revenue, currency));
    m_approvalsPanel->setChart(dashboardcharts::approvalsByAge(*m_approvals));
}

void DashboardView::fillTiles()
{
    const DashboardFigures &f = m_loader->figures();
    const QLocale locale;
    using R = DashboardKpiModel::Row;
    m_tileValues[0]->setText(m_kpis->valueText(R::WinRateRow));
    m_tileDetails[0]->setText(tr("%1 won · %2 lost").arg(locale.toString(f.closed.won), locale.toString(f.closed.lost)));
    const double cycle = f.closed.averageCycleDays();
    m_tileValues[1]->setText(cycle < 0 ? QStringLiteral("—") : tr("%1 days").arg(locale.toString(cycle, 'f', 1)));
    const double wonCycle = f.closed.averageWonCycleDays();
    m_tileDetails[1]->setText(wonCycle < 0 ? tr("From creation to won or lost")
                                           : tr("Won deals: %1 days").arg(locale.toString(wonCycle, 'f', 1)));
    const ApprovalAges &a = f.approvals;
    m_tileValues[2]->setText(locale.toString(a.count));
    m_tileDetails[2]->setText(a.count == 0 ? tr("None waiting")
                                           : tr("Oldest: %1 days · %2 waiting 7 days or more")
                                                 .arg(locale.toString(a.oldestDays, 'f', 1))
                                                 .arg(a.buckets[ApprovalAges::kBuckets - 1]));
    const QString currency = m_currency->currentText();
    m_tileValues[3]->setText(formatMoney(f.closed.wonAmount.cents(currency), currency, locale));
    MoneySums others;
    for (const QString &c : f.closed.wonAmount.currencies())
        if (c != currency)
            others.add(c, f.closed.wonAmount.cents(c));
    m_tileDetails[3]->setText(others.isEmpty() ? tr("Deals won in %1").arg(currency)
                                               : tr("Also won: %1").arg(others.format(locale)));
}

} // namespace sb
