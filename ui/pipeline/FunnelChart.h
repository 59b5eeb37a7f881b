#pragma once

#include "models/store/PipelineStore.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace sb {

// The funnel of the open stages: horizontal bars (first stage on top) for the amount and the
// weighted amount, the count in the stage names, and beside it the exact figures with the
// won/lost result. Currencies are never added: the figures give one sum per currency, and when
// the open deals are in several currencies the bars show the deal counts instead of amounts.
class FunnelChart : public QWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setTotals(const QList<StageTotals> &totals);

    QChartView *chartView() const { return m_view; }
    QLabel *figures() const { return m_figures; }
    bool barsShowCounts() const { return m_mixed; } // several currencies: bars are deal counts

private:
    bool m_mixed = false;
    QChartView *m_view;
    QLabel *m_figures;
};

} // namespace sb
