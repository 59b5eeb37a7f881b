#pragma once

#include "models/store/Result.h"

#include <QString>
#include <functional>

namespace sb {

class Database;

// Fills an empty workspace with a fictional sales book: Chinese and English customers,
// their contacts, pipeline, quotes, orders with shipments and invoices, approvals, service
// tickets and activities, plus the product catalogue and stock. Used for the first start
// ("try with demo data"), screenshots and the 1M-record benchmark (100k customers).
class DemoGenerator {
public:
    struct Options {
        int customers = 500;          // the size; everything else scales from it
        quint32 seed = 20261128;      // same seed + same size -> same data (names, amounts, states)
        QString currentUser = QStringLiteral("wang.fang"); // the rep who owns a share of the book
    };
    struct Counts {
        qint64 customers = 0, contacts = 0, addresses = 0, products = 0, warehouses = 0, stockLevels = 0,
               opportunities = 0, quotes = 0, quoteLines = 0, orders = 0, orderLines = 0, invoices = 0,
               shipments = 0, approvals = 0, tickets = 0, ticketEvents = 0, activities = 0;
        qint64 total() const;
    };

    DemoGenerator(Database &db, Options options);

    // Writes the whole demo workspace in one transaction (sb::Transaction) through sb::BulkWriter
    // (the cache's bulk insert path). progress(done, total) is called every ~2000 rows; returning
    // false cancels (everything rolls back, the result is a failure "cancelled").
    // Dates are relative to QDate::currentDate(). The workspace must hold no customers or products.
    Result<Counts> generate(const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    Options m_options;
};

} // namespace sb
