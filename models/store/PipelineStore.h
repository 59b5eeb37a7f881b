#pragma once

#include "ChangeWriter.h"
#include "Result.h"

#include <QList>
#include <QVariantMap>

namespace sb {

class Database;

struct StageTotals {
    QString stage;
    int count = 0;
    qint64 amountCents = 0;
    qint64 weightedCents = 0; // amount x probability
};

// Opportunities and their movement through the pipeline.
class PipelineStore {
public:
    explicit PipelineStore(Database &db) : m_db(db), m_writer(db) {}

    Result<qint64> create(const QVariantMap &fields);
    Status update(qint64 id, const QVariantMap &changes);
    // Moves a deal to a stage: the stage, the stage's default probability, the lost reason,
    // and a "stage change" entry on the customer's timeline, in one transaction.
    Status moveStage(qint64 id, const QString &stage, const QString &lostReason = QString(),
                     const QString &actor = QString());
    // Count, amount and weighted amount per stage (pipeline order), for the funnel.
    Result<QList<StageTotals>> totals(const QString &owner = QString());

private:
    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
