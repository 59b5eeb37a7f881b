#include "CustomerStore.h"

#include "ActivityStore.h"
#include "Database.h"
#include "OrderStore.h"
#include "RecordReader.h"
#include "SearchStore.h"
#include "SyncStates.h"
#include "Transaction.h"
#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb {

namespace {
Result<std::optional<QString>> optionalText(const Result<QVariant> &r)
{
    if (!r)
        return Result<std::optional<QString>>::fail(r.error());
    if (!r.value().isValid()) // no row
        return Result<std::optional<QString>>::ok(std::nullopt);
    return Result<std::optional<QString>>::ok(r.value().toString());
}
} // namespace

Status CustomerStore::validate(const QVariantMap &fields, bool creating) const
{
    if ((creating || fields.contains(QStringLiteral("name")))
        && fields.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::CustomerStore", "A customer needs a name."));
    const QString grade = fields.value(QStringLiteral("grade")).toString();
    if (!grade.isEmpty() && !vocab::grades().contains(grade))
        return Status::fail(QCoreApplication::translate("sb::CustomerStore", "The grade must be A, B, C or D."));
    const QString status = fields.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && !vocab::customerStatuses().contains(status))
        return Status::fail(QCoreApplication::translate("sb::CustomerStore", "Unknown customer status \"%1\".").arg(status));
    if (const QString problem = validation::money(fields.value(QStringLiteral("credit_limit_cents")).toLongLong(),
                                                  QCoreApplication::translate("sb::CustomerStore", "The credit limit"));
        !problem.isEmpty())
        return Status::fail(problem);
    return Status::ok();
}

Status CustomerStore::validateContact(const QVariantMap &fields, bool creating)
{
    if ((creating || fields.contains(QStringLiteral("name")))
        && fields.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Status::fail(QCoreApplication::translate("sb::CustomerStore", "A contact needs a name."));
    for (const QString &key : {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("mobile")}) {
        if (!fields.contains(key))
            continue;
        const QString value = fields.value(key).toString();
        const QString problem = key == QLatin1String("email") ? validation::email(value) : validation::phone(value);
        if (!problem.isEmpty())
            return Status::fail(problem);
    }
    return Status::ok();
}

Result<std::optional<CustomerMatch>> CustomerStore::sameName(const QString &name, qint64 excludeId)
{
    using R = Result<std::optional<CustomerMatch>>;
    const QString key = validation::nameKey(name);
    if (key.isEmpty())
        return R::ok(std::nullopt);
    // LIKE narrows to names with the same words (ASCII case-insensitively) whatever the white
    // space between them; the exact rule is nameKey's, applied to those few rows.
    QString pattern;
    for (const QString &word : name.simplified().split(QLatin1Char(' '))) {
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral("%")) + escaped;
    }
    auto r = m_db.exec(QStringLiteral("SELECT id, name, code, region, grade FROM customers WHERE trim(name) LIKE ? "
                                      "ESCAPE '\\' AND id <> ? AND %1 ORDER BY id LIMIT 50")
                           .arg(sql::live()),
                       {pattern, excludeId});
    if (!r)
        return R::fail(r.error());
    QSqlQuery &q = r.value();
    while (q.next())
        if (validation::nameKey(q.value(1).toString()) == key)
            return R::ok(CustomerMatch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString()});
    return R::ok(std::nullopt);
}

Result<qint64> CustomerStore::create(const QVariantMap &fields, const QVariantMap &primaryContact)
{
    if (Status s = validate(fields, true); !s)
        return Result<qint64>::fail(s.error());
    if (!primaryContact.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        if (Status s = validateContact(primaryContact, true); !s)
            return Result<qint64>::fail(s.error());
    const QString code = fields.value(QStringLiteral("code")).toString().trimmed();
    if (!code.isEmpty()) {
        auto exists = m_db.scalar(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
        if (!exists)
            return Result<qint64>::fail(exists.error());
        if (!exists.value().isNull())
            return Result<qint64>::fail(QCoreApplication::translate("sb::CustomerStore", "Another customer already has the code %1.").arg(code));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    auto id = m_writer.create(entities::customer(), fields);
    if (!id)
        return id;
    if (!primaryContact.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        QVariantMap contact = primaryContact;
        contact.insert(QStringLiteral("customer_id"), id.value());
        contact.insert(QStringLiteral("is_primary"), 1);
        auto c = m_writer.create(entities::contact(), contact);
        if (!c)
            return Result<qint64>::fail(c.error());
    }
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

Status CustomerStore::update(qint64 id, const QVariantMap &changes)
{
    if (Status s = validate(changes, false); !s)
        return s;
    return m_writer.update(entities::customer(), id, changes);
}

Status CustomerStore::remove(qint64 id)
{
    return m_writer.remove(entities::customer(), id);
}

Result<QVariantMap> CustomerStore::get(qint64 id)
{
    return readRecord(m_db, entities::customer(), id);
}

Result<CustomerSummary> CustomerStore::summary(qint64 id)
{
    auto customer = get(id);
    if (!customer)
        return Result<CustomerSummary>::fail(customer.error());
    CustomerSummary s;
    s.customer = customer.value();
    // Parameters through a one-row CTE: QtSql binds positional "?" once each.
    auto r = m_db.exec(QStringLiteral(
        "WITH p(cid, now) AS (SELECT ?, ?) SELECT"
        " (SELECT count(*) FROM opportunities WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3"
        "    AND stage IN ('lead','qualified','proposal','negotiation')),"
        " (SELECT max(starts_at) FROM activities WHERE customer_id = (SELECT cid FROM p) AND status = 'done'"
        "    AND kind IN ('visit','call','meeting','email') AND local_state <> 3),"
        " (SELECT count(*) FROM activities WHERE customer_id = (SELECT cid FROM p) AND status = 'planned' AND starts_at < (SELECT now FROM p)"
        "    AND local_state <> 3),"
        " (SELECT count(*) FROM contacts WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3),"
        " (SELECT count(*) FROM quotes WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3),"
        " (SELECT count(*) FROM orders WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3),"
        " (SELECT count(*) FROM shipments WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3),"
        " (SELECT count(*) FROM tickets WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3),"
        " (SELECT count(*) FROM tickets WHERE customer_id = (SELECT cid FROM p) AND local_state <> 3"
        "    AND status IN ('new','open','stalled')),"
        " (SELECT count(*) FROM outbox WHERE entity = 'customer' AND record_id = (SELECT cid FROM p) AND state <> 'done')"),
        {id, Database::nowUtc()});
    if (!r)
        return Result<CustomerSummary>::fail(r.error());
    QSqlQuery &q = r.value();
    if (q.next()) {
        s.openOpportunities = q.value(0).toInt();
        s.lastContactAt = q.value(1).toString();
        s.overdueActivities = q.value(2).toInt();
        s.contacts = q.value(3).toInt();
        s.quotes = q.value(4).toInt();
        s.orders = q.value(5).toInt();
        s.shipments = q.value(6).toInt();
        s.tickets = q.value(7).toInt();
        s.openTickets = q.value(8).toInt();
        s.pendingChanges = q.value(9).toInt();
    }
    // Amounts per currency: a USD order never adds to a CNY one.
    auto sums = m_db.exec(QStringLiteral(
        "SELECT 0, currency, sum(amount_cents) FROM opportunities WHERE customer_id = ? AND local_state <> 3"
        "  AND stage IN ('lead','qualified','proposal','negotiation') GROUP BY currency "
        "UNION ALL SELECT 1, currency, sum(total_cents) FROM orders WHERE customer_id = ? AND local_state <> 3"
        "  AND %1 GROUP BY currency").arg(OrderStore::revenueSql()),
        {id, id});
    if (!sums)
        return Result<CustomerSummary>::fail(sums.error());
    for (QSqlQuery &q = sums.value(); q.next();)
        (q.value(0).toInt() == 0 ? s.openPipeline : s.revenue).add(q.value(1).toString(), q.value(2).toLongLong());
    return Result<CustomerSummary>::ok(s);
}

Result<QStringList> CustomerStore::currencyChoices()
{
    auto r = m_db.exec(QStringLiteral("SELECT currency FROM customers UNION SELECT currency FROM quotes "
                                      "UNION SELECT currency FROM orders UNION SELECT currency FROM opportunities"));
    if (!r)
        return Result<QStringList>::fail(r.error());
    QStringList inUse;
    QSqlQuery &q = r.value();
    while (q.next())
        inUse << q.value(0).toString();
    return Result<QStringList>::ok(sb::currencyChoices(inUse));
}

Result<std::optional<QString>> CustomerStore::name(qint64 id)
{
    return optionalText(m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}));
}

Result<std::optional<QString>> CustomerStore::liveName(qint64 id)
{
    return optionalText(m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ? AND %1").arg(sql::live()), {id}));
}

Result<QList<CustomerMatch>> CustomerStore::matches(const QString &input, int limit)
{
    const SearchCondition c = SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), input);
    if (c.sql.isEmpty())
        return Result<QList<CustomerMatch>>::ok({});
    // By name as the customers_name index sorts (NOCASE): the first rows come without a sort.
    auto r = m_db.exec(QStringLiteral("SELECT c.id, c.name, c.code, c.region, c.grade FROM customers c WHERE %1 "
                                      "AND %2 ORDER BY c.name COLLATE NOCASE LIMIT %3")
                           .arg(c.sql, sql::live(QStringLiteral("c.")))
                           .arg(limit),
                       c.bindings);
    if (!r)
        return Result<QList<CustomerMatch>>::fail(r.error());
    QList<CustomerMatch> out;
    QSqlQuery &q = r.value();
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return Result<QList<CustomerMatch>>::ok(out);
}

Result<qint64> CustomerStore::customerOfContact(qint64 contactId)
{
    return customerOfRecord(m_db, entities::contact(), contactId);
}

Result<qint64> CustomerStore::addContact(qint64 customerId, const QVariantMap &fields)
{
    if (Status s = validateContact(fields, true); !s)
        return Result<qint64>::fail(s.error());
    QVariantMap contact = fields;
    contact.insert(QStringLiteral("customer_id"), customerId);
    return m_writer.create(entities::contact(), contact);
}

Status CustomerStore::updateContact(qint64 contactId, const QVariantMap &changes)
{
    if (Status s = validateContact(changes, false); !s)
        return s;
    return m_writer.update(entities::contact(), contactId, changes);
}

Result<QVariantMap> CustomerStore::contact(qint64 contactId)
{
    return readRecord(m_db, entities::contact(), contactId);
}

Status CustomerStore::removeContact(qint64 contactId)
{
    return m_writer.remove(entities::contact(), contactId);
}

Result<qint64> CustomerStore::logActivity(qint64 customerId, const QVariantMap &fields)
{
    // One set of rules for a logged line and a full visit report.
    return ActivityStore(m_db).create(customerId, fields);
}

} // namespace sb
