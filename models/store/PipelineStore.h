#pragma once

#include "ChangeWriter.h"
#include "Result.h"
#include "models/domain/Money.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

namespace sb {

class Database;

// Amounts per currency: deals in different currencies are never added together.
struct StageTotals {
    QString stage;
    int count = 0;
    MoneySums amount;
    MoneySums weighted; // amount x probability
};

// What a kanban column header shows: how many deals, their sum, and how they split between
// on track (a planned next activity), overdue (the next activity is late) and no activity.
struct StageSummary {
    int count = 0;
    MoneySums amount; // per currency
    int overdue = 0;
    int noActivity = 0;
    int onTrack() const { return count - overdue - noActivity; }
};

// The board's figures (headers and funnel) per stage and currency, as one pass over the deals
// reads them (PipelineStore::board); a move takes the moved deal out of its cell and puts it in
// its new one instead of reading every deal again.
struct BoardFigures {
    struct Deal { // one deal's share, read by PipelineStore::dealFigures
        QString stage, currency;
        qint64 amount = 0, weighted = 0; // weighted: amount x probability / 100, as SQL rounds it
        bool overdue = false, noActivity = false;
    };
    struct Cell {
        int count = 0;
        qint64 amount = 0, weighted = 0;
        int overdue = 0, noActivity = 0;
    };
    QMap<QPair<QString, QString>, Cell> cells; // (stage, currency)

    void add(const Deal &deal, int sign = 1);
    QList<StageTotals> totals() const;              // pipeline order, every stage
    QHash<QString, StageSummary> summaries() const; // the stages that hold deals
};

// An opportunity as the board names it.
struct OpportunityBrief {
    qint64 customerId = 0;
    QString stage;
    QString title;
};

// A quote made for an opportunity, as its record view lists it.
struct OpportunityQuote {
    qint64 id = 0;
    QString number, state, currency;
    qint64 totalCents = 0;
};

// An activity logged on an opportunity (a call, a visit, a stage change).
struct OpportunityActivity {
    qint64 id = 0;
    QString at, kind, subject;
};

// Opportunities and their movement through the pipeline.
class PipelineStore {
public:
    explicit PipelineStore(Database &db) : m_db(db), m_writer(db) {}

    // Without a currency the deal takes its customer's (customers.currency).
    Result<qint64> create(const QVariantMap &fields);
    Status update(qint64 id, const QVariantMap &changes);
    // Moves a deal to a stage: the stage, the stage's default probability, the lost reason,
    // and a "stage change" entry on the customer's timeline, in one transaction.
    Status moveStage(qint64 id, const QString &stage, const QString &lostReason = QString(),
                     const QString &actor = QString());
    // Count, amount and weighted amount per stage (pipeline order), for the funnel.
    Result<QList<StageTotals>> totals(const QString &owner = QString());
    // Per stage, one grouped query for all stages; owner empty means everyone's deals.
    Result<QHash<QString, StageSummary>> stageSummaries(const QString &owner = QString());
    // Both of the above in one pass over the deals (the board's headers and its funnel).
    Result<BoardFigures> board(const QString &owner = QString());
    // One deal's share of those figures (a move adjusts the board with it).
    Result<BoardFigures::Deal> dealFigures(qint64 id);
    // Where a deal is and whose it is; fails when it is not (or no longer) in the workspace.
    Result<OpportunityBrief> brief(qint64 id);

    // The record view: every field of the opportunity (fails when it is gone).
    Result<QVariantMap> record(qint64 id);
    // Its quotes (newest first) and its activities (latest first).
    Result<QList<OpportunityQuote>> quotes(qint64 id);
    Result<QList<OpportunityActivity>> activities(qint64 id);
    // What the record view saves: the fields, and when "stage" is among them a move as
    // moveStage() makes it (with "lost_reason" when lost), in one transaction. A probability
    // typed with the move wins over the stage's default one. Refusals name the field and value.
    Status save(qint64 id, const QVariantMap &changes, const QString &actor);
    // A deletion like any change: through the outbox, exactly once; undone from Pending
    // changes while it has not been sent.
    Status remove(qint64 id);
    // Why these field values cannot be stored (title, amount, probability, close date); empty
    // when fine. The same rules the dialog checks first to put the focus on the field at fault.
    static QString problem(const QVariantMap &fields);

private:
    // The amount refused when absurd (negative or above the money bound); empty when fine.
    static QString amountProblem(const QVariantMap &fields);
    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
