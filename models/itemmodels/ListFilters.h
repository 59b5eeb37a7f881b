#pragma once

#include "models/store/SearchStore.h"

#include <QString>

namespace sb {

// What the list screens filter by: their saved views (the name is the screen's, the condition
// is here) and how typed text searches each list. Each condition is written over its list's
// query in ListModels.cpp and SyncLists.cpp, so it lives next to them: "c." is the customers
// list, "o." the orders list and a kanban column, "q." quotes, "s." shipments, "p." stock,
// "t." tickets, "a." approvals, "l." the sync log.
namespace filters {
// lists::customers
SearchCondition customerSearch(const QString &input); // full-text over name, code, region...
SearchCondition customersOwnedBy(const QString &user);
SearchCondition customersOfGrade(const QString &grade);
SearchCondition customersWithStatus(const QString &status);
SearchCondition customersNotSynced(); // changed here, or refused by a server

// lists::orders
SearchCondition orderSearch(const QString &input); // the order number, or the customer
SearchCondition ordersOwnedBy(const QString &user);
SearchCondition ordersOpen();
// date('now','localtime') rather than a bound date: the view stays right past midnight.
SearchCondition ordersLateToShip();
SearchCondition ordersUnpaid();

// lists::stageColumn (an empty owner keeps everyone's deals)
SearchCondition opportunitiesOwnedBy(const QString &owner);

// lists::quotes
SearchCondition quoteSearch(const QString &input); // the quote number (prefix), or the customer
SearchCondition quotesOwnedBy(const QString &user);
SearchCondition quotesPendingApproval();
SearchCondition quotesApprovedNotOrdered();

// lists::approvals
SearchCondition approvalsPending();
SearchCondition approvalsDecided();

// lists::shipments
SearchCondition shipmentSearch(const QString &input); // tracking or shipment number, or the customer
SearchCondition shipmentsToShip();
SearchCondition shipmentsInTransit();
SearchCondition shipmentsDelivered();
SearchCondition shipmentsLate();

// lists::stock
SearchCondition productSearch(const QString &input); // code, name, specification
SearchCondition productsInStock();
SearchCondition productsOutOfStock();

// lists::tickets
SearchCondition ticketSearch(const QString &input); // the ticket number, or the customer
SearchCondition ticketsOpen();
SearchCondition ticketsOwnedBy(const QString &user);
SearchCondition ticketsUrgent();
SearchCondition ticketsResolved();

// lists::syncLog
SearchCondition syncLogProblems(); // errors and warnings
} // namespace filters

} // namespace sb
