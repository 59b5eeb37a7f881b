#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace sb {

class Database;

// A product as a quote line offers it.
struct ProductInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString unit;
    qint64 listPriceCents = 0;
    qint64 costCents = -1; // -1: unknown
    QString currency;      // of the list price and the cost
};

// A product found by what a person typed.
struct ProductMatch {
    qint64 id = 0;
    QString code;
    QString name;
    QString spec;
};

// The product catalogue as the sales side reads it.
class ProductStore {
public:
    explicit ProductStore(Database &db) : m_db(db) {}

    // The active products, by code: hundreds to a few thousand rows.
    Result<QList<ProductInfo>> sellable();
    // Active products matching the input (full-text, as the lists search), by code.
    Result<QList<ProductMatch>> matches(const QString &input, int limit);
    // "code  name" of any product, also an inactive one; nullopt when there is none.
    Result<std::optional<QString>> label(qint64 productId);

private:
    Database &m_db;
};

} // namespace sb
