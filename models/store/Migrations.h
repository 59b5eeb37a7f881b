#pragma once

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sb {

// One step of the cache schema. Shipped steps are never edited: a change is a new step.
struct Migration {
    int version;
    const char *description;
    QByteArray sql; // a script of several statements, run in one transaction
};

const std::vector<Migration> &migrations();

// A step's script with @SYNC@ replaced by the columns every synced table carries (remote ids,
// version, local_state, base snapshot...), for steps that create or rebuild such a table.
QByteArray withSyncColumns(const char *script);

// What the search index triggers of a table do on insert, as statements over the rows whose ids
// are bound as a JSON array; empty for a table without a search index.
QStringList searchIndexStatements(const QString &table);

} // namespace sb
