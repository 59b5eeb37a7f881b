#pragma once

#include "Entity.h"
#include "Result.h"

#include <QVariantMap>

namespace sb {

class Database;

// Reads one cached row as field -> value, with the sync columns. Deleted rows read as missing.
Result<QVariantMap> readRecord(Database &db, const Entity &entity, qint64 id);

} // namespace sb
