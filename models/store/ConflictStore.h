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

// An open conflict of a customer file: of the customer itself or of one of its contacts or
// addresses, named so a person knows which record it is about.
struct CustomerFileConflict {
    qint64 id = 0;
    QString entity;      // customer, contact, address
    QString field;       // "*": deleted on the server while edited here
    QString contactName; // the contact's name for a contact's conflict, else empty
};

// Lists open conflicts and applies a person's decision; the decision reaches the server
// through the outbox like any edit.
class ConflictStore {
public:
    explicit ConflictStore(Database &db) : m_db(db), m_writer(db) {}

    Result<QList<Conflict>> open(const QString &entity = QString(), qint64 recordId = 0);
    // Open conflicts of the customer and of its contacts and addresses, oldest first.
    Result<QList<CustomerFileConflict>> openOfCustomer(qint64 customerId);
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
