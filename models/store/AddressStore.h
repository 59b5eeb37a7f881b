#pragma once

#include "ChangeWriter.h"
#include "FieldProblem.h"
#include "Result.h"

#include <QVariantMap>

namespace sb {

class Database;

// A customer's addresses (office, invoice, delivery). Writes go through the outbox like any
// change; one address per kind is the default, so marking one clears the others of its kind
// in the same transaction.
class AddressStore {
public:
    explicit AddressStore(Database &db) : m_db(db), m_writer(db) {}

    // The rule an address must pass, on the whole record (kind, street, city...): the store
    // applies it and the dialog asks it first to put the focus on the field at fault.
    static FieldProblem check(const QVariantMap &address);

    Result<qint64> create(qint64 customerId, const QVariantMap &fields);
    Status update(qint64 addressId, const QVariantMap &changes);
    // The address's fields (customer_id, kind, street, city, province, postal_code, country,
    // is_default), deleted ones read as missing.
    Result<QVariantMap> get(qint64 addressId);
    // A deletion through the outbox, exactly once; undone from Pending changes until sent.
    Status remove(qint64 addressId);
    // The customer an address belongs to, also of one deleted here; 0 when there is none.
    Result<qint64> customerOf(qint64 addressId);

private:
    Status clearOtherDefaults(qint64 customerId, const QString &kind, qint64 keepId);

    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
