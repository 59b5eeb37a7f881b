#pragma once
// One person's workspace synced with the OA emulator (and, where given, other back ends): the
// rep who submits, the manager who decides, the office that orders. Header-only for the oa tests.
#include "FeishuEmulator.h"
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/QuoteStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

namespace sb::testing {

class OaWorkspace {
public:
    // userId: the OA user at this laptop; approvalCode: the definition quotes go through.
    OaWorkspace(const QString &userId, const QUrl &emulator, const QString &approvalCode = QStringLiteral("SB_QUOTE"))
        : m_nam(std::make_unique<QNetworkAccessManager>())
    {
        m_path = m_dir.filePath(userId + QStringLiteral(".sbw"));
        auto db = Database::open(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        m_db = db.take();
        ConnectorConfig c = KindRegistry::builtIn().configFor(QStringLiteral("feishu"));
        c.url = emulator.toString();
        c.username = FeishuEmulator::appId();
        c.setSetting(QStringLiteral("approval_code"), approvalCode);
        c.setSetting(QStringLiteral("user_id"), userId);
        c.setSetting(QStringLiteral("poll_seconds"), QStringLiteral("0")); // every open approval, every cycle
        addConnector(c, FeishuEmulator::appSecret());
    }

    void addConnector(const ConnectorConfig &c, const QString &secret)
    {
        auto saved = ConnectorStore(*m_db).save(c);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        m_secrets.set(KindRegistry::secretKey(c), secret);
        m_engine.reset();
        ensureEngine(); // the routes are saved with the connections, as Settings does
    }

    Database &db() { return *m_db; }
    QString path() const { return m_path; }

    void ensureEngine()
    {
        if (!m_engine) {
            QStringList problems;
            m_setup = makeConnectors(*m_db, *m_nam, m_secrets, KindRegistry::builtIn(), &problems);
            if (!problems.isEmpty() || !m_setup.routing)
                qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
            m_engine = std::make_unique<SyncEngine>(*m_db);
            m_engine->setPageSize(m_pageSize);
            for (RunnerConnector &rc : m_setup.connectors)
                m_engine->addConnector(rc.connector.get(), rc.rowId);
            m_engine->setRouting(*m_setup.routing);
            if (Status s = m_setup.routing->save(*m_db); !s)
                qFatal("%s", qPrintable(s.error()));
        }
    }

    SyncSummary sync()
    {
        ensureEngine();
        // Backed-off changes go now: a test's next cycle is "later".
        (void)m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE state <> 'done'"));
        QSignalSpy done(m_engine.get(), &SyncEngine::finished);
        m_engine->start();
        if (!done.wait(120000))
            qFatal("sync did not finish");
        return done.first().first().value<SyncSummary>();
    }

    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db->scalar(sql, bindings);
        if (!r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
        return r.value();
    }

    MemorySecrets &secrets() { return m_secrets; }

    // A customer, a product and a quote of five servos at 15 % off as the ERP gave them
    // (remote ids in "erp": the sale erpQuote, the party 88), the same on every laptop; returns
    // the quote's local id.
    qint64 seedQuote(const QString &erpQuote = QStringLiteral("12"))
    {
        auto run = [this](const QString &sql, const QVariantList &b = {}) {
            auto r = m_db->exec(sql, b);
            if (!r)
                qFatal("%s", qPrintable(r.error()));
        };
        run(QStringLiteral("INSERT OR IGNORE INTO customers (code, name, grade, remote_system, remote_id) "
                           "VALUES ('C-88', '苏州华东精密机械有限公司', 'A', 'erp', '88')"));
        run(QStringLiteral("INSERT OR IGNORE INTO products (code, name, unit, list_price_cents, cost_cents, remote_system, remote_id) "
                           "VALUES ('SRV-750', '交流伺服电机 750W', 'pcs', 238000, 145000, 'erp', '5')"));
        const qint64 customer = value(QStringLiteral("SELECT id FROM customers WHERE remote_id = '88'")).toLongLong();
        const qint64 product = value(QStringLiteral("SELECT id FROM products WHERE remote_id = '5'")).toLongLong();
        run(QStringLiteral("INSERT INTO quotes (number, customer_id, state, currency, total_cents, subtotal_cents, owner, remote_system, remote_id) "
                           "VALUES (?, ?, 'draft', 'CNY', 0, 0, 'rep1', 'erp', ?)"),
            {QStringLiteral("SO-%1").arg(erpQuote), customer, erpQuote});
        const qint64 quote = value(QStringLiteral("SELECT id FROM quotes WHERE remote_id = ?"), {erpQuote}).toLongLong();
        run(QStringLiteral("INSERT INTO quote_lines (quote_id, position, product_id, description, quantity, unit_price_cents, "
                           "discount_pct, line_total_cents, remote_system, remote_id) VALUES (?, 1, ?, '交流伺服电机 750W', 5, 238000, 15, 1011500, 'erp', ?)"),
            {quote, product, erpQuote + QStringLiteral("-1")});
        run(QStringLiteral("UPDATE quotes SET subtotal_cents = 1190000, discount_cents = 178500, total_cents = 1011500, cost_cents = 725000 WHERE id = ?"),
            {quote});
        return quote;
    }

    // The rep's submit of a quote; returns the approval's local id.
    qint64 submit(qint64 quoteId)
    {
        auto id = QuoteStore(*m_db).submitForApproval(quoteId, QStringLiteral("rep1"), QString());
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }
    // Records per pull page: 50 in the tests (several pages), 500 as the app's window and
    // `salesbridge sync` use (the benchmark).
    void setPageSize(int rows)
    {
        m_pageSize = rows;
        m_engine.reset();
        ensureEngine();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    MemorySecrets m_secrets;
    RunnerSetup m_setup;
    std::unique_ptr<SyncEngine> m_engine;
    int m_pageSize = 50;
};

} // namespace sb::testing
