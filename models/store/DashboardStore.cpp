#include "DashboardStore.h"

#include "Database.h"
#include "OrderStore.h"
#include "SyncStates.h"
#include "models/domain/Vocabulary.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariantList>
#include <tuple>

namespace sb {

namespace {

QString isoDay(const QDate &d) { return d.toString(Qt::ISODate); }

// "?, ?, ?" for a list bound value by value.
QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList asVariants(const QStringList &values)
{
    QVariantList out;
    for (const QString &v : values)
        out << v;
    return out;
}

// Owner empty: everyone (no condition, so SQLite reads the whole index range); else the rep's
// rows, which the indexes of schema v13 seek to. The owner is bound, never spliced in.
QString ownerIs(const QString &owner, const QString &column)
{
    return owner.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(column);
}

QVariantList ownerValue(const QString &owner)
{
    return owner.isEmpty() ? QVariantList() : QVariantList{owner};
}

} // namespace

const std::array<double, ApprovalAges::kBuckets - 1> &ApprovalAges::bucketLimits()
{
    static const std::array<double, kBuckets - 1> limits = {1, 3, 7};
    return limits;
}

DashboardPeriod DashboardPeriod::of(Kind kind, const QDate &today, const QDate &from, const QDate &to)
{
    DashboardPeriod p;
    p.kind = kind;
    switch (kind) {
    case Kind::ThisMonth:
        p.from = QDate(today.year(), today.month(), 1);
        p.to = p.from.addMonths(1).addDays(-1);
        break;
    case Kind::ThisQuarter:
        p.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        p.to = p.from.addMonths(3).addDays(-1);
        break;
    case Kind::ThisYear:
        p.from = QDate(today.year(), 1, 1);
        p.to = QDate(today.year(), 12, 31);
        break;
    case Kind::Last12Months: // this month and the eleven before it, whole months
        p.from = QDate(today.year(), today.month(), 1).addMonths(-11);
        p.to = QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1);
        break;
    case Kind::Custom:
        p.from = from.isValid() ? from : today;
        p.to = to.isValid() ? to : today;
        if (p.to < p.from)
            std::swap(p.from, p.to);
        break;
    }
    return p;
}

QStringList DashboardPeriod::months() const
{
    QStringList out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        out << m.toString(QStringLiteral("yyyy-MM"));
    return out;
}

QString DashboardStore::closeDateSql(const QString &prefix)
{
    return QStringLiteral("coalesce(substr(%1expected_close, 1, 10), substr(%1updated_at, 1, 10))").arg(prefix);
}

QString DashboardStore::invoicedSql(const QString &prefix)
{
    return QStringLiteral("%1state IN ('posted', 'paid')").arg(prefix);
}

// Every query below groups in the order of its covering index (schema v13), so SQLite sums as it
// reads instead of sorting every row first; where a figure needs another grouping (by month), it
// regroups those few partial sums (a nested GROUP BY).
Result<QList<PipelineCell>> DashboardStore::pipeline(const QString &owner)
{
    const QStringList open = vocab::openStages();
    auto r = m_db.exec(QStringLiteral("SELECT stage, owner, currency, count(*), sum(amount_cents), "
                                      "sum(amount_cents * probability / 100) FROM opportunities "
                                      "WHERE %1 AND stage IN (%2)%3 GROUP BY stage, owner, currency")
                           .arg(sql::live(), placeholders(int(open.size())), ownerIs(owner, QStringLiteral("owner"))),
                       asVariants(open) << ownerValue(owner));
    if (!r)
        return Result<QList<PipelineCell>>::fail(r.error());
    // A rep stored as NULL and as '' are both "no owner": one cell.
    QMap<std::tuple<QString, QString, QString>, PipelineCell> cells;
    QSqlQuery &q = r.value();
    while (q.next()) {
        const QString rep = q.value(1).toString();
        PipelineCell &c = cells[{rep, q.value(0).toString(), q.value(2).toString()}];
        c.rep = rep;
        c.stage = q.value(0).toString();
        c.currency = q.value(2).toString();
        c.count += q.value(3).toInt();
        c.amount += q.value(4).toLongLong();
        c.weighted += q.value(5).toLongLong();
    }
    return Result<QList<PipelineCell>>::ok(cells.values());
}

Result<QList<ForecastCell>> DashboardStore::forecast(const QString &owner, const QDate &firstMonth, int months)
{
    const QDate start(firstMonth.year(), firstMonth.month(), 1);
    const QDate end = start.addMonths(qMax(1, months)); // first day after the horizon
    const QStringList open = vocab::openStages();
    auto r = m_db.exec(QStringLiteral("SELECT CASE WHEN closes < ? THEN '' ELSE substr(closes, 1, 7) END, currency, "
                                      "sum(n), sum(amount), sum(weighted) FROM ("
                                      " SELECT stage, owner, currency, expected_close AS closes, count(*) AS n, "
                                      "  sum(amount_cents) AS amount, sum(amount_cents * probability / 100) AS weighted "
                                      " FROM opportunities WHERE %1 AND stage IN (%2) AND expected_close IS NOT NULL "
                                      " AND expected_close <> '' AND expected_close < ?%3 "
                                      " GROUP BY stage, owner, currency, expected_close) "
                                      "GROUP BY 1, 2 ORDER BY 1, 2")
                           .arg(sql::live(), placeholders(int(open.size())), ownerIs(owner, QStringLiteral("owner"))),
                       QVariantList{isoDay(start)} << asVariants(open) << isoDay(end) << ownerValue(owner));
    if (!r)
        return Result<QList<ForecastCell>>::fail(r.error());
    QList<ForecastCell> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << ForecastCell{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
                            q.value(4).toLongLong()};
    return Result<QList<ForecastCell>>::ok(out);
}

Result<ClosedDeals> DashboardStore::closedDeals(const QString &owner, const DashboardPeriod &period)
{
    // A deal closed the day it was created took 0 days; a close date typed before the creation
    // date counts as 0 too rather than pulling the average down.
    auto r = m_db.exec(QStringLiteral("SELECT stage, currency, count(*), sum(amount_cents), "
                                      "sum(max(0, julianday(closed) - julianday(substr(created_at, 1, 10)))) "
                                      "FROM (SELECT stage, owner, currency, amount_cents, created_at, %1 AS closed "
                                      "      FROM opportunities WHERE %2 AND stage IN ('won', 'lost')%3) "
                                      "WHERE closed >= ? AND closed < ? GROUP BY stage, owner, currency")
                           .arg(closeDateSql(), sql::live(), ownerIs(owner, QStringLiteral("owner"))),
                       ownerValue(owner) << isoDay(period.from) << isoDay(period.to.addDays(1)));
    if (!r)
        return Result<ClosedDeals>::fail(r.error());
    ClosedDeals out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        const bool won = q.value(0).toString() == QLatin1String("won");
        const int n = q.value(2).toInt();
        const double days = q.value(4).toDouble();
        out.cycleDays += days;
        if (won) {
            out.won += n;
            out.wonCycleDays += days;
            out.wonAmount.add(q.value(1).toString(), q.value(3).toLongLong());
        } else {
            out.lost += n;
        }
    }
    return Result<ClosedDeals>::ok(out);
}

Result<ApprovalAges> DashboardStore::approvalsWaiting(const QString &owner, const QDateTime &now)
{
    const auto &limits = ApprovalAges::bucketLimits();
    auto r = m_db.exec(QStringLiteral("SELECT CASE WHEN age < ? THEN 0 WHEN age < ? THEN 1 WHEN age < ? THEN 2 ELSE 3 END, "
                                      "currency, count(*), sum(coalesce(amount_cents, 0)), min(since) "
                                      "FROM (SELECT julianday(?) - julianday(coalesce(submitted_at, created_at)) AS age, "
                                      "      coalesce(submitted_at, created_at) AS since, currency, amount_cents "
                                      "      FROM approvals WHERE state = 'pending' AND subject_entity = 'quote' AND %1 "
                                      "      %2) GROUP BY 1, 2")
                           .arg(sql::live(), ownerIs(owner, QStringLiteral("requester"))),
                       QVariantList{limits[0], limits[1], limits[2], now.toUTC().toString(Qt::ISODate)} << ownerValue(owner));
    if (!r)
        return Result<ApprovalAges>::fail(r.error());
    ApprovalAges out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        const int n = q.value(2).toInt();
        out.buckets[size_t(qBound(0, q.value(0).toInt(), ApprovalAges::kBuckets - 1))] += n;
        out.count += n;
        out.amount.add(q.value(1).toString(), q.value(3).toLongLong());
        const QString since = q.value(4).toString();
        if (!since.isEmpty() && (out.oldestSubmittedAt.isEmpty() || since < out.oldestSubmittedAt))
            out.oldestSubmittedAt = since;
    }
    if (!out.oldestSubmittedAt.isEmpty()) {
        const QDateTime oldest = QDateTime::fromString(out.oldestSubmittedAt, Qt::ISODate);
        if (oldest.isValid())
            out.oldestDays = qMax<qint64>(0, oldest.secsTo(now)) / 86400.0;
    }
    return Result<ApprovalAges>::ok(out);
}

Result<QList<RevenueCell>> DashboardStore::revenue(const QString &owner, const DashboardPeriod &period)
{
    const QString from = isoDay(period.from), until = isoDay(period.to.addDays(1));
    // Per day and currency as the index reads them, then per month. "+owner": the rep's orders
    // are read from the date range of orders_dashboard (covering), not through orders_owner
    // and a table look-up per order.
    auto orders = m_db.exec(QStringLiteral("SELECT substr(day, 1, 7), currency, sum(n), sum(total) FROM ("
                                           " SELECT order_date AS day, currency, count(*) AS n, sum(total_cents) AS total "
                                           " FROM orders WHERE %1 AND %2 AND order_date >= ? AND order_date < ?%3 "
                                           " GROUP BY order_date, currency) GROUP BY 1, 2")
                                .arg(sql::live(), OrderStore::revenueSql(), ownerIs(owner, QStringLiteral("+owner"))),
                            QVariantList{from, until} << ownerValue(owner));
    if (!orders)
        return Result<QList<RevenueCell>>::fail(orders.error());
    QMap<QPair<QString, QString>, RevenueCell> cells;
    QSqlQuery &o = orders.value();
    while (o.next()) {
        RevenueCell &c = cells[{o.value(0).toString(), o.value(1).toString()}];
        c.month = o.value(0).toString();
        c.currency = o.value(1).toString();
        c.orders = o.value(2).toInt();
        c.ordered = o.value(3).toLongLong();
    }
    // An invoice is the rep's through its order, or through its customer when the order has no
    // rep or there is no order. A rep's invoices are found from their orders (orders_owner, then
    // the invoices of each order), plus the few invoices without an order or whose order has no
    // rep (CROSS JOIN keeps that order of the loops).
    const QString invoiced = QStringLiteral("%1 AND %2 AND i.invoice_date >= ? AND i.invoice_date < ?")
                                 .arg(sql::live(QStringLiteral("i.")), invoicedSql(QStringLiteral("i.")));
    const QString teamSql = QStringLiteral("SELECT substr(day, 1, 7), currency, sum(n), sum(total) FROM ("
                                           " SELECT i.invoice_date AS day, i.currency, count(*) AS n, sum(i.total_cents) AS total "
                                           " FROM invoices i WHERE %1 GROUP BY i.invoice_date, i.currency) GROUP BY 1, 2")
                                .arg(invoiced);
    const QString customerIs = QStringLiteral("(SELECT c.owner FROM customers c WHERE c.id = i.customer_id) = ?");
    const QString repSql = QStringLiteral(
        "SELECT substr(invoice_date, 1, 7), currency, count(*), sum(total_cents) FROM ("
        " SELECT i.invoice_date, i.currency, i.total_cents FROM orders o CROSS JOIN invoices i ON i.order_id = o.id "
        "  WHERE o.owner = ? AND %1"
        " UNION ALL"
        " SELECT i.invoice_date, i.currency, i.total_cents FROM invoices i WHERE i.order_id IS NULL AND %1 AND %2"
        " UNION ALL"
        " SELECT i.invoice_date, i.currency, i.total_cents FROM orders o CROSS JOIN invoices i ON i.order_id = o.id "
        "  WHERE o.owner IS NULL AND %1 AND %2"
        ") GROUP BY 1, 2").arg(invoiced, customerIs);
    auto invoices = owner.isEmpty() ? m_db.exec(teamSql, {from, until})
                                    : m_db.exec(repSql, {owner, from, until, from, until, owner, from, until, owner});
    if (!invoices)
        return Result<QList<RevenueCell>>::fail(invoices.error());
    QSqlQuery &i = invoices.value();
    while (i.next()) {
        RevenueCell &c = cells[{i.value(0).toString(), i.value(1).toString()}];
        c.month = i.value(0).toString();
        c.currency = i.value(1).toString();
        c.invoices = i.value(2).toInt();
        c.invoiced = i.value(3).toLongLong();
    }
    return Result<QList<RevenueCell>>::ok(cells.values());
}

Result<DashboardFigures> DashboardStore::figures(const DashboardQuery &query)
{
    DashboardFigures f;
    f.query = query;
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    auto pipe = pipeline(query.owner);
    if (!pipe)
        return Result<DashboardFigures>::fail(pipe.error());
    f.pipeline = pipe.take();
    const QDate first(today.year(), today.month(), 1);
    auto ahead = forecast(query.owner, first, query.forecastMonths);
    if (!ahead)
        return Result<DashboardFigures>::fail(ahead.error());
    f.forecast = ahead.take();
    for (int m = 0; m < qMax(1, query.forecastMonths); ++m)
        f.forecastMonths << first.addMonths(m).toString(QStringLiteral("yyyy-MM"));
    auto closed = closedDeals(query.owner, query.period);
    if (!closed)
        return Result<DashboardFigures>::fail(closed.error());
    f.closed = closed.take();
    auto waiting = approvalsWaiting(query.owner, query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc());
    if (!waiting)
        return Result<DashboardFigures>::fail(waiting.error());
    f.approvals = waiting.take();
    auto money = revenue(query.owner, query.period);
    if (!money)
        return Result<DashboardFigures>::fail(money.error());
    f.revenue = money.take();
    return Result<DashboardFigures>::ok(f);
}

} // namespace sb
