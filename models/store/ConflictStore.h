#pragma once

#include "ChangeWriter.h"
#include "Result.h"

#include <QList>
#include <QVariant>

namespace sb {

class Database;
struct Entity;

// A field both sides changed (or a record edited here and deleted on the server).
struct Conflict {
    qint64 id = 0;
    QString entity;
    qint64 recordId = 0;
    QString field; // "*": deleted on the server while edited here
    QVariant base, mine, theirs;
    QString createdAt;
};

// Lists open conflicts and applies a person's decision; the decision reaches the server
// through the outbox like any edit.
class ConflictStore {
public:
    explicit ConflictStore(Database &db) : m_db(db), m_writer(db) {}

    Result<QList<Conflict>> open(const QString &entity = QString(), qint64 recordId = 0);
    Status keepMine(qint64 conflictId);
    Status takeTheirs(qint64 conflictId);
    Status useValue(qint64 conflictId, const QVariant &value);

private:
    Result<Conflict> load(qint64 conflictId);
    Status close(qint64 conflictId, const QString &resolution);
    Status dropRecord(const Entity &entity, qint64 recordId);

    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
