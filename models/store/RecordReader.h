#pragma once

#include "Entity.h"
#include "Result.h"

#include <QVariantMap>

namespace sb {

class Database;

// Reads one cached row as field -> value, with the sync columns. Deleted rows read as missing.
Result<QVariantMap> readRecord(Database &db, const Entity &entity, qint64 id);
// The customer a record belongs to (its customer_id; 0 when the row is not there): where a
// contact, an address or an activity is shown.
Result<qint64> customerOfRecord(Database &db, const Entity &entity, qint64 id);

} // namespace sb
