#pragma once

#include "ChangeWriter.h"
#include "Result.h"
#include "models/domain/Money.h"

#include <QVariantMap>
#include <optional>

namespace sb {

class Database;

// The highlights of a customer file: what matters at a glance.
struct CustomerSummary {
    QVariantMap customer;
    MoneySums openPipeline;  // open deals, per currency
    int openOpportunities = 0;
    QString lastContactAt;   // the latest done visit/call/meeting/email
    int overdueActivities = 0;
    int contacts = 0, quotes = 0, orders = 0, shipments = 0, tickets = 0, openTickets = 0;
    MoneySums revenue;       // orders neither draft nor cancelled (OrderStore::revenueSql), per currency
    int pendingChanges = 0;  // outbox entries of this customer's own row
};

// A customer found by what a person typed.
struct CustomerMatch {
    qint64 id = 0;
    QString name, code, region, grade;
};

// Customers, their contacts and their activity log.
class CustomerStore {
public:
    explicit CustomerStore(Database &db) : m_db(db), m_writer(db) {}

    // Creates the customer and, when given, its primary contact, in one transaction.
    Result<qint64> create(const QVariantMap &fields, const QVariantMap &primaryContact = {});
    Status update(qint64 id, const QVariantMap &changes);
    Status remove(qint64 id);
    Result<QVariantMap> get(qint64 id);
    Result<CustomerSummary> summary(qint64 id);
    // The currencies a person picks from: CNY, USD, EUR and the others found in the cache.
    Result<QStringList> currencyChoices();
    // The customer's name, also of a customer deleted here (an order still names it);
    // nullopt when there is no such customer.
    Result<std::optional<QString>> name(qint64 id);
    // The name of a customer that may still be chosen (not deleted here); else nullopt.
    Result<std::optional<QString>> liveName(qint64 id);
    // Customers matching the input (full-text, as the lists search), by name; at most limit.
    Result<QList<CustomerMatch>> matches(const QString &input, int limit);
    // The customer a contact belongs to; 0 when there is no such contact.
    Result<qint64> customerOfContact(qint64 contactId);
    // A live customer other than excludeId whose name is this one but for case and white
    // space (validation::nameKey): the dialog warns before a second one is created.
    Result<std::optional<CustomerMatch>> sameName(const QString &name, qint64 excludeId = 0);

    Result<qint64> addContact(qint64 customerId, const QVariantMap &fields);
    Status updateContact(qint64 contactId, const QVariantMap &changes);
    // The contact's fields (name, title, phone, mobile, email, is_primary, notes).
    Result<QVariantMap> contact(qint64 contactId);
    // A deletion like any change: through the outbox, exactly once; undone from the sync
    // centre while it has not been sent.
    Status removeContact(qint64 contactId);
    // Logs a visit, call, meeting, task, note or email on the customer's timeline.
    Result<qint64> logActivity(qint64 customerId, const QVariantMap &fields);

private:
    Status validate(const QVariantMap &fields, bool creating) const;
    static Status validateContact(const QVariantMap &fields, bool creating);

    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
