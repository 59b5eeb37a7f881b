#pragma once

#include "models/store/PipelineStore.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace sb {

// The funnel of the open stages: horizontal bars (first stage on top) for the amount and the
// weighted amount, the count in the stage names, and beside it the exact figures with the
// won/lost result.
class FunnelChart : public QWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setTotals(const QList<StageTotals> &totals);

    QChartView *chartView() const { return m_view; }
    QLabel *figures() const { return m_figures; }

private:
    QChartView *m_view;
    QLabel *m_figures;
};

} // namespace sb
