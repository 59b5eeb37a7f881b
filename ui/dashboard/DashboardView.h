#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace sb {

class AppContext;
class DashboardApprovalAgeModel;
class DashboardForecastModel;
class DashboardKpiModel;
class DashboardLoader;
class DashboardPanel;
class DashboardPipelineModel;
class DashboardRevenueModel;
struct DashboardQuery;

// The manager's desk: the team's (or the person's own) open pipeline by rep and stage, the
// weighted forecast by month of expected close, win rate and cycle time over a chosen period,
// quotes waiting for approval by age, and orders and invoices by month. The figures are read
// by DashboardLoader on a worker thread from the moment the page is built (a busy bar shows
// meanwhile) and again whenever the records change (a sync, an edit); hidden, the page reads
// them when it is next shown.
// Managers and the office choose Team or Mine; a rep sees their own numbers.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(AppContext &ctx, QWidget *parent = nullptr);
    ~DashboardView() override;

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *currencyBox() const { return m_currency; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QProgressBar *busyBar() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }
    DashboardLoader *loader() const { return m_loader; }
    QList<DashboardPanel *> panels() const;
    DashboardPanel *kpiPanel() const { return m_kpiPanel; }
    DashboardPanel *pipelinePanel() const { return m_pipelinePanel; }
    DashboardPanel *forecastPanel() const { return m_forecastPanel; }
    DashboardPanel *revenuePanel() const { return m_revenuePanel; }
    DashboardPanel *approvalsPanel() const { return m_approvalsPanel; }
    DashboardKpiModel *kpiModel() const { return m_kpis; }
    DashboardPipelineModel *pipelineModel() const { return m_pipeline; }
    DashboardRevenueModel *revenueModel() const { return m_revenue; }
    // The tiles' big figures: win rate, average cycle, quotes waiting, won amount.
    QList<QLabel *> tileValues() const { return m_tileValues; }
    // The owner the figures are read for: the session's user for Mine, empty for Team.
    QString owner() const;
    bool isLoading() const;

public slots:
    void reload();

signals:
    void figuresShown(); // the newest figures are on screen

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTiles();
    void showFigures();
    void drawCharts();
    void fillCurrencies();
    void fillTiles();
    void periodChanged();

    AppContext &m_ctx;
    DashboardLoader *m_loader;
    DashboardKpiModel *m_kpis;
    DashboardPipelineModel *m_pipeline;
    DashboardForecastModel *m_forecast;
    DashboardRevenueModel *m_revenue;
    DashboardApprovalAgeModel *m_approvals;
    QComboBox *m_scope;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_currency;
    QProgressBar *m_busy;
    QLabel *m_status;
    QToolButton *m_refresh;
    DashboardPanel *m_kpiPanel;
    DashboardPanel *m_pipelinePanel;
    DashboardPanel *m_forecastPanel;
    DashboardPanel *m_revenuePanel;
    DashboardPanel *m_approvalsPanel;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileDetails;
    QTimer *m_changed; // records changed: read again shortly (many changes, one read)
    bool m_stale = true;
};

} // namespace sb
