#pragma once

#include "SqlWindowModel.h"

namespace sb {

class Database;

// The lists of the app, each a SqlWindowModel over the cache. A customer id of 0 means
// "all customers"; otherwise the list shows that customer's records (the customer file).
namespace lists {
// The most rows the largest lists (customers, all contacts) count before showing their first
// rows; past it they say "10,000+" until a person asks for the count.
constexpr int kListCountCap = 10000;
// A kanban column's cards counted before it shows: more come as the column is scrolled.
constexpr int kStageColumnCap = 400;

SqlWindowModel *customers(Database &db, QObject *parent);
SqlWindowModel *contacts(Database &db, qint64 customerId, QObject *parent);
// A customer's addresses: kind as people say it (Office, Invoice, Delivery), the default marked.
SqlWindowModel *addresses(Database &db, qint64 customerId, QObject *parent);
SqlWindowModel *opportunities(Database &db, qint64 customerId, QObject *parent);
// One kanban column: the deals in a stage, biggest first.
SqlWindowModel *stageColumn(Database &db, const QString &stage, QObject *parent);
SqlWindowModel *quotes(Database &db, qint64 customerId, QObject *parent);
SqlWindowModel *orders(Database &db, qint64 customerId, QObject *parent);
SqlWindowModel *orderLines(Database &db, qint64 orderId, QObject *parent);
SqlWindowModel *shipments(Database &db, qint64 customerId, QObject *parent);
SqlWindowModel *shipmentsOfOrder(Database &db, qint64 orderId, QObject *parent);
SqlWindowModel *invoicesOfOrder(Database &db, qint64 orderId, QObject *parent);
SqlWindowModel *stock(Database &db, QObject *parent);
SqlWindowModel *approvals(Database &db, QObject *parent);
SqlWindowModel *tickets(Database &db, qint64 customerId, QObject *parent);
SqlWindowModel *ticketEvents(Database &db, qint64 ticketId, QObject *parent);
SqlWindowModel *outbox(Database &db, QObject *parent);
// Everything that happened with a customer, newest first: activities, stage changes, quotes,
// orders, shipments and tickets. Planned activities are not in it (CalendarStore::comingUp).
SqlWindowModel *timeline(Database &db, qint64 customerId, QObject *parent);
} // namespace lists

} // namespace sb
