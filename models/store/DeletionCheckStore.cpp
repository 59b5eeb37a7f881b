#include "DeletionCheckStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace sb {

namespace {
const QString kLastAt = QStringLiteral("deletion_check_last_at");
const QString kDuration = QStringLiteral("deletion_check_ms");
const QString kIds = QStringLiteral("deletion_check_ids");
const QString kRemoved = QStringLiteral("deletion_check_removed");
const QString kRequested = QStringLiteral("deletion_check_requested");
const QString kInterval = QStringLiteral("deletion_check_interval_hours");
} // namespace

bool DeletionCheckInfo::due(const QDateTime &now) const
{
    if (requested || lastAt.isEmpty())
        return true;
    if (intervalHours <= 0)
        return false;
    const QDateTime last = QDateTime::fromString(lastAt, Qt::ISODateWithMs);
    // A last check more than an hour in the future was stamped by a clock that has gone back
    // since: the check is due now rather than after the clock has caught up (days, a year).
    return !last.isValid() || last > now.addSecs(3600) || last.addSecs(qint64(intervalHours) * 3600) <= now;
}

Result<DeletionCheckInfo> DeletionCheckStore::load()
{
    using R = Result<DeletionCheckInfo>;
    auto r = m_db.exec(QStringLiteral("SELECT key, value FROM app_meta WHERE key LIKE 'deletion\\_check\\_%' ESCAPE '\\'"));
    if (!r)
        return R::fail(r.error());
    DeletionCheckInfo info;
    while (r.value().next()) {
        const QString key = r.value().value(0).toString();
        const QVariant value = r.value().value(1);
        if (key == kLastAt)
            info.lastAt = value.toString();
        else if (key == kDuration)
            info.durationMs = value.toLongLong();
        else if (key == kIds)
            info.idsChecked = value.toLongLong();
        else if (key == kRemoved)
            info.removed = value.toInt();
        else if (key == kRequested)
            info.requested = value.toInt() != 0;
        else if (key == kInterval)
            info.intervalHours = value.toInt();
    }
    return R::ok(info);
}

Status DeletionCheckStore::put(const QString &key, const QVariant &value)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value.toString()});
    return r ? Status::ok() : Status::fail(r.error());
}

Status DeletionCheckStore::request()
{
    return put(kRequested, 1);
}

Status DeletionCheckStore::clearRequest()
{
    return put(kRequested, 0);
}

Status DeletionCheckStore::setIntervalHours(int hours)
{
    return put(kInterval, qMax(0, hours));
}

Status DeletionCheckStore::recordRun(const QString &at, qint64 durationMs, qint64 idsChecked, int removed)
{
    for (const auto &[key, value] : {std::pair<QString, QVariant>{kLastAt, at}, {kDuration, durationMs}, {kIds, idsChecked},
                                     {kRemoved, removed}, {kRequested, 0}})
        if (Status s = put(key, value); !s)
            return s;
    return Status::ok();
}

} // namespace sb
