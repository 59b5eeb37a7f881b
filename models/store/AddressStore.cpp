#include "AddressStore.h"

#include "Database.h"
#include "RecordReader.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb {

namespace {
QString text(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

FieldProblem AddressStore::check(const QVariantMap &address)
{
    const QString kind = text(address, "kind");
    if (!vocab::addressKinds().contains(kind))
        return {QStringLiteral("kind"),
                QCoreApplication::translate("sb::AddressStore", "Unknown kind of address \"%1\".").arg(kind)};
    if (text(address, "street").isEmpty() && text(address, "city").isEmpty())
        return {QStringLiteral("street"), QCoreApplication::translate("sb::AddressStore", "An address needs a street or a city.")};
    return {};
}

Result<qint64> AddressStore::create(qint64 customerId, const QVariantMap &fields)
{
    QVariantMap address = fields;
    if (!address.contains(QStringLiteral("kind")))
        address.insert(QStringLiteral("kind"), QStringLiteral("office"));
    if (const FieldProblem p = check(address); !p.isEmpty())
        return Result<qint64>::fail(p.message);
    address.insert(QStringLiteral("customer_id"), customerId);
    address.insert(QStringLiteral("is_default"), address.value(QStringLiteral("is_default")).toInt() ? 1 : 0);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    auto id = m_writer.create(entities::address(), address);
    if (!id)
        return id;
    if (address.value(QStringLiteral("is_default")).toInt())
        if (Status s = clearOtherDefaults(customerId, address.value(QStringLiteral("kind")).toString(), id.value()); !s)
            return Result<qint64>::fail(s.error());
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

Status AddressStore::update(qint64 addressId, const QVariantMap &changes)
{
    auto current = get(addressId);
    if (!current)
        return Status::fail(current.error());
    QVariantMap merged = current.value();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (const FieldProblem p = check(merged); !p.isEmpty())
        return Status::fail(p.message);
    QVariantMap write = changes;
    if (write.contains(QStringLiteral("is_default")))
        write.insert(QStringLiteral("is_default"), write.value(QStringLiteral("is_default")).toInt() ? 1 : 0);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    if (Status s = m_writer.update(entities::address(), addressId, write); !s)
        return s;
    if (merged.value(QStringLiteral("is_default")).toInt())
        if (Status s = clearOtherDefaults(merged.value(QStringLiteral("customer_id")).toLongLong(),
                                          merged.value(QStringLiteral("kind")).toString(), addressId);
            !s)
            return s;
    return tx.commit();
}

Status AddressStore::clearOtherDefaults(qint64 customerId, const QString &kind, qint64 keepId)
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? AND kind = ? AND is_default <> 0 "
                                      "AND id <> ? AND %1")
                           .arg(sql::live()),
                       {customerId, kind, keepId});
    if (!r)
        return Status::fail(r.error());
    QList<qint64> others;
    while (r.value().next())
        others << r.value().value(0).toLongLong();
    for (qint64 other : std::as_const(others))
        if (Status s = m_writer.update(entities::address(), other, {{QStringLiteral("is_default"), 0}}); !s)
            return s;
    return Status::ok();
}

Result<QVariantMap> AddressStore::get(qint64 addressId)
{
    return readRecord(m_db, entities::address(), addressId);
}

Result<qint64> AddressStore::customerOf(qint64 addressId)
{
    return customerOfRecord(m_db, entities::address(), addressId);
}

Status AddressStore::remove(qint64 addressId)
{
    return m_writer.remove(entities::address(), addressId);
}

} // namespace sb
