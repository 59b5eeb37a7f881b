#pragma once

#include "models/store/Result.h"

#include <QHash>
#include <QString>

namespace sb {

class Database;

// What a kanban column header shows: how many deals, their sum, and how they split between
// on track (a planned next activity), overdue (the next activity is late) and no activity.
struct StageSummary {
    int count = 0;
    qint64 amountCents = 0;
    int overdue = 0;
    int noActivity = 0;
    int onTrack() const { return count - overdue - noActivity; }
};

// One grouped query for all stages; owner empty means everyone's deals.
Result<QHash<QString, StageSummary>> loadStageSummaries(Database &db, const QString &owner = QString());

} // namespace sb
