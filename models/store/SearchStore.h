#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sb {

class Database;
struct SearchTerm;

enum class SearchKind { Customer, Contact, Product, Order, Opportunity, Quote, Ticket, Shipment };

// The entity key of a kind ("customer", "quote", ...): what AppContext::requestOpen and
// vocab::entityLabel take.
QString searchKindEntity(SearchKind kind);

// A WHERE fragment that keeps the rows matching what a person typed.
struct SearchCondition {
    QString sql;           // empty when the input has no terms
    QVariantList bindings;
};

struct SearchHit {
    SearchKind kind;
    qint64 id;
    qint64 customerId; // the customer the record belongs to; the id itself for customers, 0 for products
    QString title;     // name or number
    QStringList details; // what tells look-alikes apart: code, customer, state, amount, date (translated)
    QString subtitle() const { return details.join(QStringLiteral("  ·  ")); }
};

// Full-text search over the cache: trigram FTS for 3+ characters, CJK unigram/bigram FTS for
// one- and two-character Chinese, name/code prefix for one or two Latin letters; numbers
// (order, quote, ticket, shipment, tracking) by prefix on NOCASE indexes.
class SearchStore {
public:
    explicit SearchStore(Database &db) : m_db(db) {}

    // idExpr is how the list's query names the searched table's id ("c.id").
    static SearchCondition condition(SearchKind kind, const QString &idExpr, const QString &input);

    // Global search (Ctrl+K): the best few of each kind, every kind the cache holds.
    Result<QList<SearchHit>> search(const QString &input, int limitPerKind = 8);

private:
    Database &m_db;
};

} // namespace sb
