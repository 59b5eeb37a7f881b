#include "StageSummary.h"

#include "models/store/Database.h"

namespace sb {

Result<QHash<QString, StageSummary>> loadStageSummaries(Database &db, const QString &owner)
{
    // "now" is bound rather than written as strftime(): the format's colons read as named
    // placeholders to Qt's SQL layer and break the positional bindings.
    const QVariant who = owner.isEmpty() ? QVariant() : QVariant(owner);
    auto r = db.exec(QStringLiteral("SELECT stage, count(*), coalesce(sum(amount_cents), 0), "
                                    "coalesce(sum(next_activity_at IS NOT NULL AND next_activity_at < ?), 0), "
                                    "coalesce(sum(next_activity_at IS NULL), 0) "
                                    "FROM opportunities WHERE local_state <> 3 AND (? IS NULL OR owner = ?) GROUP BY stage"),
                     {Database::nowUtc(), who, who});
    if (!r)
        return Result<QHash<QString, StageSummary>>::fail(r.error());
    QHash<QString, StageSummary> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        StageSummary s;
        s.count = q.value(1).toInt();
        s.amountCents = q.value(2).toLongLong();
        s.overdue = q.value(3).toInt();
        s.noActivity = q.value(4).toInt();
        out.insert(q.value(0).toString(), s);
    }
    return Result<QHash<QString, StageSummary>>::ok(out);
}

} // namespace sb
