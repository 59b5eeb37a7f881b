#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace sb {

class Database;

enum class SearchKind { Customer, Contact, Product, Order };

// A WHERE fragment that keeps the rows matching what a person typed.
struct SearchCondition {
    QString sql;           // empty when the input has no terms
    QVariantList bindings;
};

struct SearchHit {
    SearchKind kind;
    qint64 id;
    qint64 customerId; // the customer file to open (contacts, orders); the id itself for customers
    QString title;
    QString subtitle;
};

// Full-text search over the cache: trigram FTS for 3+ characters, CJK unigram/bigram FTS for
// one- and two-character Chinese, name/code prefix for one or two Latin letters.
class SearchStore {
public:
    explicit SearchStore(Database &db) : m_db(db) {}

    // idExpr is how the list's query names the searched table's id ("c.id").
    static SearchCondition condition(SearchKind kind, const QString &idExpr, const QString &input);

    // Global search (Ctrl+K): the best few of each kind.
    Result<QList<SearchHit>> search(const QString &input, int limitPerKind = 8);

private:
    Database &m_db;
};

} // namespace sb
