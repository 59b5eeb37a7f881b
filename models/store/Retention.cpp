#include "Retention.h"

#include "Database.h"
#include "Entity.h"
#include "Transaction.h"

#include <QSettings>

namespace sb {

namespace {

int setting(QSettings &s, const char *key, int fallback, int low, int high)
{
    bool ok = false;
    const int v = s.value(QLatin1String(key), fallback).toInt(&ok);
    return ok && v >= low && v <= high ? v : fallback;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

RetentionPolicy RetentionPolicy::load()
{
    QSettings s;
    RetentionPolicy defaults;
    RetentionPolicy p;
    p.syncLogDays = setting(s, "retention/syncLogDays", defaults.syncLogDays, kMinDays, kMaxDays);
    p.syncLogMaxRows = setting(s, "retention/syncLogMaxRows", defaults.syncLogMaxRows, kMinRows, kMaxRows);
    p.historyDays = setting(s, "retention/historyDays", defaults.historyDays, kMinDays, kMaxDays);
    p.historyMaxRows = setting(s, "retention/historyMaxRows", defaults.historyMaxRows, kMinRows, kMaxRows);
    return p;
}

void RetentionPolicy::save(const RetentionPolicy &p)
{
    QSettings s;
    s.setValue(QStringLiteral("retention/syncLogDays"), p.syncLogDays);
    s.setValue(QStringLiteral("retention/syncLogMaxRows"), p.syncLogMaxRows);
    s.setValue(QStringLiteral("retention/historyDays"), p.historyDays);
    s.setValue(QStringLiteral("retention/historyMaxRows"), p.historyMaxRows);
}

QDateTime Retention::ageClock(const QDateTime &now, const QDateTime &previous)
{
    if (!previous.isValid() || now <= previous)
        return now; // the first prune, or the clock went back: ages shrink, nothing more goes
    return qMin(now, previous.addDays(kMaxDaysPerPrune));
}

Result<RetentionReport> Retention::prune(const RetentionPolicy &policy, const QDateTime &now)
{
    using R = Result<RetentionReport>;
    RetentionReport report;
    if (!policy.enabled)
        return R::ok(report);
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::fail(tx.error());
    auto run = [this](const QString &sql, const QVariantList &bindings, int *removed) -> QString {
        auto r = m_db.exec(sql, bindings);
        if (!r)
            return r.error();
        *removed += r.value().numRowsAffected();
        return {};
    };
    QString error;
    // Ages count on the retention clock (ageClock): the client's clock, but never more than a
    // day past the one the previous prune used, so a clock that jumps a year ahead and back
    // costs no recent history.
    auto last = m_db.scalar(QStringLiteral("SELECT value FROM app_meta WHERE key = 'retention_clock'"));
    if (!last)
        return R::fail(last.error());
    report.agedAsOf = ageClock(now, QDateTime::fromString(last.value().toString(), Qt::ISODateWithMs));
    if (auto kept = m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('retention_clock', ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {report.agedAsOf.toUTC().toString(Qt::ISODateWithMs)});
        !kept)
        error = kept.error();
    const QDateTime aged = report.agedAsOf;
    // The sync log: by age (index sync_log_at), then the oldest beyond the cap (by id).
    if (error.isEmpty())
        error = run(QStringLiteral("DELETE FROM sync_log WHERE at < ?"), {isoUtc(aged.addDays(-policy.syncLogDays))}, &report.syncLogRemoved);
    if (error.isEmpty())
        error = run(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT id FROM sync_log ORDER BY id DESC LIMIT 1 OFFSET ?)"),
                    {policy.syncLogMaxRows}, &report.syncLogRemoved);
    // Sent changes: by age, at once those of records that are gone (their values have no reason
    // to stay), then the oldest beyond the cap. Open changes are never touched.
    if (error.isEmpty())
        error = run(QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND COALESCE(sent_at, created_at) < ?"),
                    {isoUtc(aged.addDays(-policy.historyDays))}, &report.historyRemoved);
    for (const Entity *entity : entities::all()) {
        if (!error.isEmpty())
            break;
        error = run(QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND entity = ? AND record_id NOT IN (SELECT id FROM %1)")
                        .arg(entity->table),
                    {entity->name}, &report.historyRemoved);
    }
    if (error.isEmpty())
        error = run(QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND id <= (SELECT id FROM outbox WHERE state = 'done' "
                                   "ORDER BY id DESC LIMIT 1 OFFSET ?)"),
                    {policy.historyMaxRows}, &report.historyRemoved);
    if (!error.isEmpty())
        return R::fail(error);
    if (Status s = tx.commit(); !s)
        return R::fail(s.error());
    return R::ok(report);
}

} // namespace sb
