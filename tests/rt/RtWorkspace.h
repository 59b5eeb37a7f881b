#pragma once
// A rep's workspace connected to a real Request Tracker, for the tests of label rt.
#include "RtServer.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/ServiceStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace sb::testing {

// One rep's workspace with the RT connection: the customers as the ERP gave them (codes as in
// the RT seed), and engine cycles as the sync runner makes them.
class RtWorkspace {
public:
    RtWorkspace(const QUrl &url, const QString &token, QNetworkAccessManager &nam)
        : m_nam(nam)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("rep.sbw")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        m_db = opened.take();
        int erpId = 40;
        for (const char *code : {"hengda", "dongfang", "mueller", "brightway"})
            if (!m_db->exec(QStringLiteral("INSERT INTO customers (code, name, remote_system, remote_id) VALUES (?, ?, 'erp', ?)"),
                            {QString::fromLatin1(code), QStringLiteral("Customer ") + QString::fromLatin1(code), QString::number(++erpId)}))
                qFatal("customer %s", code);
        // The requestors of the seeded tickets, as contacts the ERP gave.
        const char *contacts[][3] = {{"hengda", "陈刚", "chen.gang@hengda-jx.example.cn"},
                                     {"hengda", "王丽", "wang.li@hengda-jx.example.cn"},
                                     {"dongfang", "刘洋", "liu.yang@dongfang-pv.example.cn"},
                                     {"mueller", "Thomas Müller", "t.mueller@mueller-foerdertechnik.example.de"},
                                     {"brightway", "Jason Liu", "jason.liu@brightway.example.com"}};
        for (const auto &c : contacts)
            if (!m_db->exec(QStringLiteral("INSERT INTO contacts (customer_id, name, email, remote_system, remote_id) "
                                           "SELECT id, ?, ?, 'erp', ? FROM customers WHERE code = ?"),
                            {QString::fromUtf8(c[1]), QString::fromLatin1(c[2]), QString::number(++erpId), QString::fromLatin1(c[0])}))
                qFatal("contact %s", c[2]);
        ConnectorConfig config = KindRegistry::builtIn().configFor(QStringLiteral("rt"));
        config.url = url.toString();
        config.username = RtServer::apiUser();
        config.setSetting(QStringLiteral("queue"), QStringLiteral("Service"));
        if (const QString why = KindRegistry::builtIn().validate(config); !why.isEmpty())
            qFatal("%s", qPrintable(why));
        auto saved = ConnectorStore(*m_db).save(config);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        m_secrets.set(KindRegistry::secretKey(config), token);
    }

    SyncSummary cycle(int pageSize = 2)
    {
        QStringList problems;
        RunnerSetup setup = makeConnectors(*m_db, m_nam, m_secrets, KindRegistry::builtIn(), &problems);
        if (!problems.isEmpty() || !setup.routing)
            qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        SyncEngine engine(*m_db);
        engine.setPageSize(pageSize);
        for (RunnerConnector &rc : setup.connectors)
            engine.addConnector(rc.connector.get(), rc.rowId);
        engine.setRouting(*setup.routing);
        if (Status s = setup.routing->save(*m_db); !s)
            qFatal("%s", qPrintable(s.error()));
        // Backed-off changes go now: a test's next cycle is "later".
        (void)m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE state <> 'done'"));
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        if (!done.wait(120000))
            qFatal("sync did not finish");
        return done.first().first().value<SyncSummary>();
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db->scalar(sql, bindings);
        if (!r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error()));
        return r.value();
    }

    qint64 fileTicket(const QString &customerCode, const QString &subject)
    {
        const qint64 customer = scalar(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {customerCode}).toLongLong();
        auto id = ServiceStore(*m_db).createTicket({{QStringLiteral("subject"), subject},
                                                    {QStringLiteral("description"), QStringLiteral("Filed at the customer's site.")},
                                                    {QStringLiteral("priority"), 3},
                                                    {QStringLiteral("customer_id"), customer}},
                                                   QStringLiteral("rep1"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    QString keyOf(qint64 ticket)
    {
        return scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'ticket' AND record_id = ? AND op = 'create'"),
                      {ticket}).toString();
    }

    Database &db() { return *m_db; }

private:
    QNetworkAccessManager &m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecrets m_secrets;
};

} // namespace sb::testing
