#include "PipelineStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb {

Result<qint64> PipelineStore::create(const QVariantMap &fields)
{
    if (fields.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        return Result<qint64>::fail(QCoreApplication::translate("sb::PipelineStore", "An opportunity needs a title."));
    if (fields.value(QStringLiteral("customer_id")).toLongLong() <= 0)
        return Result<qint64>::fail(QCoreApplication::translate("sb::PipelineStore", "Choose the customer of the opportunity."));
    QVariantMap f = fields;
    const QString stage = f.value(QStringLiteral("stage"), QStringLiteral("lead")).toString();
    if (!vocab::stages().contains(stage))
        return Result<qint64>::fail(QCoreApplication::translate("sb::PipelineStore", "Unknown stage \"%1\".").arg(stage));
    f.insert(QStringLiteral("stage"), stage);
    if (!f.contains(QStringLiteral("probability")))
        f.insert(QStringLiteral("probability"), vocab::defaultProbability(stage));
    if (f.value(QStringLiteral("currency")).toString().isEmpty()) {
        auto currency = m_db.scalar(QStringLiteral("SELECT currency FROM customers WHERE id = ?"),
                                    {f.value(QStringLiteral("customer_id"))});
        if (!currency)
            return Result<qint64>::fail(currency.error());
        const QString code = currency.value().toString();
        f.insert(QStringLiteral("currency"), code.isEmpty() ? defaultCurrency() : code);
    }
    if (const QString problem = amountProblem(f); !problem.isEmpty())
        return Result<qint64>::fail(problem);
    return m_writer.create(entities::opportunity(), f);
}

QString PipelineStore::amountProblem(const QVariantMap &fields)
{
    if (!fields.contains(QStringLiteral("amount_cents")))
        return QString();
    const QString currency = fields.value(QStringLiteral("currency")).toString();
    return validation::money(fields.value(QStringLiteral("amount_cents")).toLongLong(),
                             QCoreApplication::translate("sb::PipelineStore", "The amount"),
                             currency.isEmpty() ? defaultCurrency() : currency);
}

Status PipelineStore::update(qint64 id, const QVariantMap &changes)
{
    if (changes.contains(QStringLiteral("stage")))
        return Status::fail(QCoreApplication::translate("sb::PipelineStore", "Use the pipeline to change the stage."));
    if (const QString p = problem(changes); !p.isEmpty())
        return Status::fail(p);
    return m_writer.update(entities::opportunity(), id, changes);
}

QString PipelineStore::problem(const QVariantMap &fields)
{
    if (fields.contains(QStringLiteral("title")))
        if (QString p = validation::required(fields.value(QStringLiteral("title")).toString(),
                                             QCoreApplication::translate("sb::PipelineStore", "The title"));
            !p.isEmpty())
            return p;
    if (QString p = amountProblem(fields); !p.isEmpty())
        return p;
    if (fields.contains(QStringLiteral("probability"))) {
        bool ok = false;
        const double percent = fields.value(QStringLiteral("probability")).toDouble(&ok);
        if (QString p = validation::probability(ok ? percent : -1); !p.isEmpty())
            return p;
    }
    if (fields.contains(QStringLiteral("expected_close")))
        return validation::closeDate(fields.value(QStringLiteral("expected_close")).toString());
    return QString();
}

Status PipelineStore::moveStage(qint64 id, const QString &stage, const QString &lostReason, const QString &actor)
{
    if (!vocab::stages().contains(stage))
        return Status::fail(QCoreApplication::translate("sb::PipelineStore", "Unknown stage \"%1\".").arg(stage));
    if (stage == QLatin1String("lost") && lostReason.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::PipelineStore", "Say why the deal was lost."));
    auto current = readRecord(m_db, entities::opportunity(), id);
    if (!current)
        return Status::fail(current.error());
    const QString from = current.value().value(QStringLiteral("stage")).toString();
    if (from == stage)
        return Status::ok();

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    QVariantMap changes{{QStringLiteral("stage"), stage},
                        {QStringLiteral("probability"), vocab::defaultProbability(stage)}};
    changes.insert(QStringLiteral("lost_reason"), stage == QLatin1String("lost") ? QVariant(lostReason) : QVariant());
    if (Status s = m_writer.update(entities::opportunity(), id, changes); !s)
        return s;
    // The timeline entry is derived from the opportunity's own change: it stays local.
    const QString subject = QCoreApplication::translate("sb::PipelineStore", "%1: %2 → %3")
                                .arg(current.value().value(QStringLiteral("title")).toString(),
                                     vocab::stageLabel(from), vocab::stageLabel(stage));
    auto r = m_db.exec(QStringLiteral("INSERT INTO activities (customer_id, opportunity_id, kind, subject, body, "
                                      "starts_at, status, owner) VALUES (?, ?, 'stage', ?, ?, ?, 'done', ?)"),
                       {current.value().value(QStringLiteral("customer_id")), id, subject,
                        stage == QLatin1String("lost") ? QVariant(lostReason) : QVariant(), Database::nowUtc(),
                        actor.isEmpty() ? QVariant() : QVariant(actor)});
    if (!r)
        return Status::fail(r.error());
    return tx.commit();
}

Result<QList<StageTotals>> PipelineStore::totals(const QString &owner)
{
    const QVariant who = owner.isEmpty() ? QVariant() : QVariant(owner);
    auto r = m_db.exec(QStringLiteral("SELECT stage, currency, count(*), coalesce(sum(amount_cents),0), "
                                      "coalesce(sum(amount_cents * probability / 100),0) FROM opportunities "
                                      "WHERE %1 AND (? IS NULL OR owner = ?) GROUP BY stage, currency")
                           .arg(sql::live()),
                       {who, who});
    if (!r)
        return Result<QList<StageTotals>>::fail(r.error());
    QHash<QString, StageTotals> byStage;
    QSqlQuery &q = r.value();
    while (q.next()) {
        StageTotals &t = byStage[q.value(0).toString()];
        const QString currency = q.value(1).toString();
        t.count += q.value(2).toInt();
        t.amount.add(currency, q.value(3).toLongLong());
        t.weighted.add(currency, q.value(4).toLongLong());
    }
    QList<StageTotals> out;
    for (const QString &stage : vocab::stages()) {
        StageTotals t = byStage.value(stage);
        t.stage = stage;
        out << t;
    }
    return Result<QList<StageTotals>>::ok(out);
}

Result<QHash<QString, StageSummary>> PipelineStore::stageSummaries(const QString &owner)
{
    // "now" is bound rather than written as strftime(): the format's colons read as named
    // placeholders to Qt's SQL layer and break the positional bindings.
    const QVariant who = owner.isEmpty() ? QVariant() : QVariant(owner);
    auto r = m_db.exec(QStringLiteral("SELECT stage, currency, count(*), coalesce(sum(amount_cents), 0), "
                                      "coalesce(sum(next_activity_at IS NOT NULL AND next_activity_at < ?), 0), "
                                      "coalesce(sum(next_activity_at IS NULL), 0) "
                                      "FROM opportunities WHERE %1 AND (? IS NULL OR owner = ?) GROUP BY stage, currency")
                           .arg(sql::live()),
                       {Database::nowUtc(), who, who});
    if (!r)
        return Result<QHash<QString, StageSummary>>::fail(r.error());
    QHash<QString, StageSummary> out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        StageSummary &s = out[q.value(0).toString()];
        s.count += q.value(2).toInt();
        s.amount.add(q.value(1).toString(), q.value(3).toLongLong());
        s.overdue += q.value(4).toInt();
        s.noActivity += q.value(5).toInt();
    }
    return Result<QHash<QString, StageSummary>>::ok(out);
}

void BoardFigures::add(const Deal &deal, int sign)
{
    Cell &c = cells[qMakePair(deal.stage, deal.currency)];
    c.count += sign;
    c.amount += sign * deal.amount;
    c.weighted += sign * deal.weighted;
    c.overdue += deal.overdue ? sign : 0;
    c.noActivity += deal.noActivity ? sign : 0;
    if (c.count == 0)
        cells.remove(qMakePair(deal.stage, deal.currency)); // as the grouped query has no such row
}

QList<StageTotals> BoardFigures::totals() const
{
    QHash<QString, StageTotals> byStage;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        StageTotals &t = byStage[it.key().first];
        t.count += it->count;
        t.amount.add(it.key().second, it->amount);
        t.weighted.add(it.key().second, it->weighted);
    }
    QList<StageTotals> out;
    for (const QString &stage : vocab::stages()) {
        StageTotals t = byStage.value(stage);
        t.stage = stage;
        out << t;
    }
    return out;
}

QHash<QString, StageSummary> BoardFigures::summaries() const
{
    QHash<QString, StageSummary> out;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        StageSummary &s = out[it.key().first];
        s.count += it->count;
        s.amount.add(it.key().second, it->amount);
        s.overdue += it->overdue;
        s.noActivity += it->noActivity;
    }
    return out;
}

Result<BoardFigures> PipelineStore::board(const QString &owner)
{
    // One pass in table order (NOT INDEXED): grouping through the (stage, amount) index reads
    // the rows in random order, 3-4 x slower with 100,000 deals (200-270 ms against 66 ms CPU
    // each, and the board asked twice).
    const QVariant who = owner.isEmpty() ? QVariant() : QVariant(owner);
    auto r = m_db.exec(QStringLiteral("SELECT stage, currency, count(*), coalesce(sum(amount_cents), 0), "
                                      "coalesce(sum(amount_cents * probability / 100), 0), "
                                      "coalesce(sum(next_activity_at IS NOT NULL AND next_activity_at < ?), 0), "
                                      "coalesce(sum(next_activity_at IS NULL), 0) "
                                      "FROM opportunities NOT INDEXED WHERE %1 AND (? IS NULL OR owner = ?) "
                                      "GROUP BY stage, currency")
                           .arg(sql::live()),
                       {Database::nowUtc(), who, who});
    if (!r)
        return Result<BoardFigures>::fail(r.error());
    BoardFigures out;
    for (QSqlQuery &q = r.value(); q.next();) {
        BoardFigures::Cell &c = out.cells[qMakePair(q.value(0).toString(), q.value(1).toString())];
        c.count = q.value(2).toInt();
        c.amount = q.value(3).toLongLong();
        c.weighted = q.value(4).toLongLong();
        c.overdue = q.value(5).toInt();
        c.noActivity = q.value(6).toInt();
    }
    return Result<BoardFigures>::ok(out);
}

Result<BoardFigures::Deal> PipelineStore::dealFigures(qint64 id)
{
    auto r = m_db.exec(QStringLiteral("SELECT stage, currency, amount_cents, amount_cents * probability / 100, "
                                      "next_activity_at IS NOT NULL AND next_activity_at < ?, next_activity_at IS NULL "
                                      "FROM opportunities WHERE id = ? AND %1")
                           .arg(sql::live()),
                       {Database::nowUtc(), id});
    if (!r)
        return Result<BoardFigures::Deal>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<BoardFigures::Deal>::fail(
            QCoreApplication::translate("sb::PipelineStore", "This opportunity is no longer in the workspace."));
    return Result<BoardFigures::Deal>::ok({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                           q.value(3).toLongLong(), q.value(4).toBool(), q.value(5).toBool()});
}

Result<OpportunityBrief> PipelineStore::brief(qint64 id)
{
    auto r = readRecord(m_db, entities::opportunity(), id);
    if (!r)
        return Result<OpportunityBrief>::fail(r.error());
    const QVariantMap &o = r.value();
    return Result<OpportunityBrief>::ok({o.value(QStringLiteral("customer_id")).toLongLong(),
                                         o.value(QStringLiteral("stage")).toString(),
                                         o.value(QStringLiteral("title")).toString()});
}

Result<QVariantMap> PipelineStore::record(qint64 id)
{
    return readRecord(m_db, entities::opportunity(), id);
}

Result<QList<OpportunityQuote>> PipelineStore::quotes(qint64 id)
{
    using R = Result<QList<OpportunityQuote>>;
    auto r = m_db.exec(QStringLiteral("SELECT id, number, state, currency, total_cents FROM quotes "
                                      "WHERE opportunity_id = ? AND %1 ORDER BY created_at DESC, id DESC").arg(sql::live()),
                       {id});
    if (!r)
        return R::fail(r.error());
    QList<OpportunityQuote> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << OpportunityQuote{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toLongLong()};
    return R::ok(out);
}

Result<QList<OpportunityActivity>> PipelineStore::activities(qint64 id)
{
    using R = Result<QList<OpportunityActivity>>;
    auto r = m_db.exec(QStringLiteral("SELECT id, starts_at, kind, subject FROM activities "
                                      "WHERE opportunity_id = ? AND %1 ORDER BY starts_at DESC, id DESC").arg(sql::live()),
                       {id});
    if (!r)
        return R::fail(r.error());
    QList<OpportunityActivity> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out << OpportunityActivity{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()};
    return R::ok(out);
}

Status PipelineStore::save(qint64 id, const QVariantMap &changes, const QString &actor)
{
    QVariantMap fields = changes;
    const QString stage = fields.take(QStringLiteral("stage")).toString();
    if (const QString p = problem(fields); !p.isEmpty())
        return Status::fail(p);
    auto current = readRecord(m_db, entities::opportunity(), id);
    if (!current)
        return Status::fail(current.error());
    const QString from = current.value().value(QStringLiteral("stage")).toString();
    const QString to = stage.isEmpty() ? from : stage;
    const QString reason = fields.value(QStringLiteral("lost_reason"), current.value().value(QStringLiteral("lost_reason")))
                               .toString();
    if (to == QLatin1String("lost") && reason.trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::PipelineStore", "Say why the deal was lost."));
    if (to != QLatin1String("lost"))
        fields.remove(QStringLiteral("lost_reason")); // only a lost deal has one

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (to != from) {
        if (Status s = moveStage(id, to, reason, actor); !s)
            return s;
        fields.remove(QStringLiteral("lost_reason"));
        // Untouched, the probability follows the new stage; typed, the person's figure stays.
        const QVariant before = current.value().value(QStringLiteral("probability"));
        if (fields.contains(QStringLiteral("probability"))
            && fields.value(QStringLiteral("probability")).toDouble() == before.toDouble())
            fields.remove(QStringLiteral("probability"));
    }
    if (!fields.isEmpty())
        if (Status s = m_writer.update(entities::opportunity(), id, fields); !s)
            return s;
    return tx.commit();
}

Status PipelineStore::remove(qint64 id)
{
    return m_writer.remove(entities::opportunity(), id);
}

} // namespace sb
