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
    SearchCondition(QString where = QString(), QVariantList values = {})
        : sql(std::move(where))
        , bindings(std::move(values))
    {
    }

    QString sql;           // empty when the input has no terms
    QVariantList bindings;

    // For a list that counts lazily (SqlWindowModel::setCountCap) over a word that a large share
    // of the rows hold ("有限公司"), which `sql` would look up as a whole before the first row:
    // rowSql is the same test made on each row by itself (no subquery), so a list can walk its
    // rows in the order of an index and stop after a page; driver is a SELECT of "id"s that
    // every matching row is among (one term's full-text look-up, read in id order, so a count
    // can stop at its cap), and driverRest what else a driven row must pass, row by row.
    // Empty when the input has no such form (one or two Latin letters, order numbers...).
    QString rowSql;
    QVariantList rowBindings;
    QString driver;
    QVariantList driverBindings;
    QString driverRest;
    QVariantList driverRestBindings;

    // This condition and the other, both to hold (the other has no row or driven form: a saved
    // view's condition such as an owner or a grade).
    SearchCondition andAlso(const SearchCondition &other) const;
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
