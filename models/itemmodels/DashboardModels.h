#pragma once

#include "DashboardTableModel.h"
#include "models/store/DashboardStore.h"

namespace sb {

// One model per figure of the dashboard, each filled from a DashboardFigures (see
// DashboardLoader). Amounts are per currency on every row: no model adds two currencies.

// Open deals: one row per rep, stage (pipeline order) and currency.
class DashboardPipelineModel : public DashboardTableModel {
    Q_OBJECT
public:
    enum Column { RepColumn, StageColumn, CurrencyColumn, DealsColumn, AmountColumn, WeightedColumn };
    explicit DashboardPipelineModel(QObject *parent = nullptr);
    void setFigures(const DashboardFigures &figures);
    QStringList reps() const; // in row order, once each
};

// The weighted forecast: a "past due" row per currency when some open deals' dates have
// passed, then every month of the horizon for every currency (zero when nothing closes then).
class DashboardForecastModel : public DashboardTableModel {
    Q_OBJECT
public:
    enum Column { MonthColumn, CurrencyColumn, DealsColumn, AmountColumn, WeightedColumn };
    explicit DashboardForecastModel(QObject *parent = nullptr);
    void setFigures(const DashboardFigures &figures);
};

// Orders and invoices: every month of the period for every currency present.
class DashboardRevenueModel : public DashboardTableModel {
    Q_OBJECT
public:
    enum Column { MonthColumn, CurrencyColumn, OrdersColumn, OrderedColumn, InvoicesColumn, InvoicedColumn };
    explicit DashboardRevenueModel(QObject *parent = nullptr);
    void setFigures(const DashboardFigures &figures);
};

// Quotes waiting for approval, one row per age bucket (under 1 day .. 7 days and more).
class DashboardApprovalAgeModel : public DashboardTableModel {
    Q_OBJECT
public:
    enum Column { WaitedColumn, QuotesColumn };
    explicit DashboardApprovalAgeModel(QObject *parent = nullptr);
    void setFigures(const DashboardFigures &figures);
    const ApprovalAges &ages() const { return m_ages; }
    static QString bucketLabel(int bucket);

private:
    ApprovalAges m_ages;
};

// The key figures as the tiles show them, one row each (won amounts one row per currency).
class DashboardKpiModel : public DashboardTableModel {
    Q_OBJECT
public:
    enum Column { FigureColumn, ValueColumn, CurrencyColumn };
    enum Row { WinRateRow, WonRow, LostRow, CycleRow, WonCycleRow, WaitingRow, OldestWaitingRow, FirstWonAmountRow };
    explicit DashboardKpiModel(QObject *parent = nullptr);
    void setFigures(const DashboardFigures &figures);
    // The value column's display: formatted as its figure needs (percent, days, count, money).
    QString valueText(int row) const;
    static Kind valueKind(int row);

protected:
    QString displayText(int row, int column) const override;
    QString exportText(int row, int column) const override;
};

} // namespace sb
