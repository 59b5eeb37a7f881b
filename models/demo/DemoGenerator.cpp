#include "DemoGenerator.h"

#include "models/store/CategoryStore.h"

#include "DemoBook.h"

#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sb {

qint64 DemoGenerator::Counts::total() const
{
    return customers + contacts + addresses + products + warehouses + stockLevels + opportunities + quotes
        + quoteLines + orders + orderLines + invoices + shipments + approvals + tickets + ticketEvents + activities;
}

DemoGenerator::DemoGenerator(Database &db, Options options)
    : m_db(db)
    , m_options(std::move(options))
{
}

Result<DemoGenerator::Counts> DemoGenerator::generate(const std::function<bool(qint64, qint64)> &progress)
{
    using R = Result<Counts>;
    if (m_options.customers < 1)
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "The demo workspace needs at least one customer."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "Cannot start writing the demo workspace: %1").arg(tx.error()));

    // Demo rows mixed into a real book would be sent nowhere but shown everywhere.
    auto existing = m_db.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM products)"));
    if (!existing)
        return R::fail(existing.error());
    if (existing.value().toBool())
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "The demo workspace can only be written into an empty workspace."));

    // A larger page cache for the run keeps the randomly ordered indexes (names, states, dates)
    // in memory instead of spilling half-written pages; the connection's setting is restored.
    const auto cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    const bool bigger = m_options.customers >= 10000 && cacheSize && cacheSize.value().toLongLong() > -65536;
    if (bigger)
        m_db.exec(QStringLiteral("PRAGMA cache_size=-65536")); // 64 MB
    Result<Counts> written = demo::Book(m_db, m_options.customers, m_options.seed, m_options.currentUser, progress)
                                 .write();
    if (bigger)
        m_db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize.value().toLongLong()));
    if (!written)
        return written; // the transaction guard rolls everything back

    const QVariantList meta = {QStringLiteral("workspace_kind"), QStringLiteral("demo"),
                               QStringLiteral("demo_size"),      QString::number(m_options.customers),
                               QStringLiteral("demo_seed"),      QString::number(m_options.seed)};
    auto stored = m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?), (?, ?), (?, ?)"), meta);
    if (!stored)
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "Cannot record the demo workspace: %1").arg(stored.error()));
    // The shared lists of regions, industries and owners: those the demo customers use.
    if (Status s = CategoryStore(m_db).adoptCustomerValues(); !s)
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "Cannot record the demo workspace: %1").arg(s.error()));
    if (Status s = tx.commit(); !s)
        return R::fail(QCoreApplication::translate("sb::DemoGenerator", "Cannot save the demo workspace: %1").arg(s.error()));
    // The whole book went through the write-ahead log in one transaction (4.7 GB at 1,000,000
    // customers). Copied into the database and truncated now, as a sync cycle does, so the next
    // open does not replay it (a first window open took 9.5 s behind such a log). A refusal
    // loses nothing: the data is committed and SQLite checkpoints it later.
    m_db.finishStatements();
    if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        qCWarning(lcStore).noquote() << "WAL checkpoint after the demo workspace left to SQLite:" << r.error();
    else if (r.value().next() && r.value().value(0).toInt() != 0) // busy: another connection reads
        qCWarning(lcStore).noquote() << "WAL checkpoint after the demo workspace incomplete: a reader holds the log";
    return written;
}

} // namespace sb
