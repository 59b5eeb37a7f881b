#pragma once

#include <QString>

class QChart;

namespace sb {

class DashboardApprovalAgeModel;
class DashboardForecastModel;
class DashboardPipelineModel;
class DashboardRevenueModel;

// The dashboard's charts, each built from its model's RawRole values. Money charts show one
// currency (amounts in different currencies are never stacked or added); their axes count in
// thousands or millions of it. The caller owns the returned chart.
namespace dashboardcharts {
QChart *pipelineByRep(const DashboardPipelineModel &model, const QString &currency);
QChart *forecastByMonth(const DashboardForecastModel &model, const QString &currency);
QChart *revenueByMonth(const DashboardRevenueModel &model, const QString &currency);
QChart *approvalsByAge(const DashboardApprovalAgeModel &model);
} // namespace dashboardcharts

} // namespace sb
