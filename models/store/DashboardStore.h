#pragma once

#include "Result.h"
#include "models/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace sb {

class Database;

// The span of days the dashboard's results are read over (win rate, cycle time, revenue).
// Both ends are included; days are the computer's calendar days.
struct DashboardPeriod {
    enum class Kind { ThisMonth, ThisQuarter, ThisYear, Last12Months, Custom };
    Kind kind = Kind::Last12Months;
    QDate from, to;

    // The period of a kind that contains today; Custom takes from and to as given (swapped
    // when reversed, and today for an invalid end).
    static DashboardPeriod of(Kind kind, const QDate &today, const QDate &from = QDate(), const QDate &to = QDate());
    // "2026-01" .. "2026-12": the months the period touches, first to last.
    QStringList months() const;
    bool operator==(const DashboardPeriod &o) const { return kind == o.kind && from == o.from && to == o.to; }
};

// Open deals of one rep in one stage and currency. Rep empty: a deal nobody owns.
struct PipelineCell {
    QString rep, stage, currency;
    int count = 0;
    qint64 amount = 0, weighted = 0; // cents; weighted = amount x probability / 100 per deal
};

// Open deals expected to close in one month (month empty: the close date has passed).
struct ForecastCell {
    QString month, currency; // "2026-12"
    int count = 0;
    qint64 amount = 0, weighted = 0;
};

// Deals won or lost within the period, and how long they took from creation.
struct ClosedDeals {
    int won = 0, lost = 0;
    double cycleDays = 0;    // sum over won and lost deals
    double wonCycleDays = 0; // sum over won deals
    MoneySums wonAmount;
    // -1 when there is nothing to average.
    double winRate() const { return won + lost > 0 ? double(won) / (won + lost) : -1; }
    double averageCycleDays() const { return won + lost > 0 ? cycleDays / (won + lost) : -1; }
    double averageWonCycleDays() const { return won > 0 ? wonCycleDays / won : -1; }
};

// Quotes waiting for an approval now, by how long they have waited.
struct ApprovalAges {
    static constexpr int kBuckets = 4; // under 1 day, 1-3 days, 3-7 days, 7 days and more
    static const std::array<double, kBuckets - 1> &bucketLimits(); // in days: 1, 3, 7
    int count = 0;
    std::array<int, kBuckets> buckets{};
    QString oldestSubmittedAt; // ISO UTC; empty when none waits
    double oldestDays = 0;
    MoneySums amount;
};

// ERP documents of one month and currency: confirmed orders (by order date) and posted or paid
// invoices (by invoice date), totals with tax as the documents carry them.
struct RevenueCell {
    QString month, currency;
    int orders = 0, invoices = 0;
    qint64 ordered = 0, invoiced = 0;
};

// What the dashboard shows for one person (owner) or the whole team (owner empty).
struct DashboardQuery {
    QString owner;
    DashboardPeriod period;
    QDate today;
    QDateTime now; // UTC, for the age of approvals
    int forecastMonths = 6; // this month and the next five
};

struct DashboardFigures {
    DashboardQuery query;
    QList<PipelineCell> pipeline;
    QList<ForecastCell> forecast;
    QStringList forecastMonths; // the months the forecast covers
    ClosedDeals closed;
    ApprovalAges approvals;
    QList<RevenueCell> revenue;
};

// The manager's desk: every figure is one grouped SQL query over the cache (rows are never
// read into memory), for the team or for one rep.
class DashboardStore {
public:
    explicit DashboardStore(Database &db) : m_db(db) {}

    // Open deals by rep, stage and currency (the pipeline is today's, not the period's).
    Result<QList<PipelineCell>> pipeline(const QString &owner);
    // Open deals by month of expected close, from firstMonth for `months` months, and those
    // whose date has passed (month empty). Deals without a close date are not forecast.
    Result<QList<ForecastCell>> forecast(const QString &owner, const QDate &firstMonth, int months);
    // Deals won or lost with their close date within the period.
    Result<ClosedDeals> closedDeals(const QString &owner, const DashboardPeriod &period);
    // Quotes waiting for approval (the rep is the requester), their age at `now`.
    Result<ApprovalAges> approvalsWaiting(const QString &owner, const QDateTime &now);
    // Orders and invoices by month within the period.
    Result<QList<RevenueCell>> revenue(const QString &owner, const DashboardPeriod &period);
    // All of the above.
    Result<DashboardFigures> figures(const DashboardQuery &query);

    // A won or lost deal's close date: its expected close date (the date a closed deal is
    // reported by), else the day it last changed.
    static QString closeDateSql(const QString &prefix = QString());
    // An invoice that counts as invoiced: posted or paid (draft and cancelled do not).
    static QString invoicedSql(const QString &prefix = QString());

private:
    Database &m_db;
};

} // namespace sb
