#pragma once
// A rep's workspace connected to a real Radicale calendar, for the tests of label caldav.
#include "models/store/ActivityStore.h"
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace sb::testing {

// One rep's workspace with the calendar connection: customers and contacts as the ERP gave them
// (no ERP configured: the calendar is the only system), and engine cycles as the sync runner
// makes them.
class CalDavWorkspace {
public:
    CalDavWorkspace(const QUrl &calendar, const QString &user, const QString &password, QNetworkAccessManager &nam)
        : m_nam(nam)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("rep.sbw")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        m_db = opened.take();
        const char *customers[][3] = {{"C0001", "恒达机械", "41"}, {"C0002", "东方光伏", "42"}};
        for (const auto &c : customers)
            if (!m_db->exec(QStringLiteral("INSERT INTO customers (code, name, remote_system, remote_id) VALUES (?, ?, 'erp', ?)"),
                            {QString::fromLatin1(c[0]), QString::fromUtf8(c[1]), QString::fromLatin1(c[2])}))
                qFatal("customer %s", c[0]);
        const char *contacts[][4] = {{"C0001", "王经理", "wang@hengda.example", "51"},
                                     {"C0002", "刘洋", "liu.yang@dongfang.example", "52"}};
        for (const auto &c : contacts)
            if (!m_db->exec(QStringLiteral("INSERT INTO contacts (customer_id, name, email, remote_system, remote_id) "
                                           "SELECT id, ?, ?, 'erp', ? FROM customers WHERE code = ?"),
                            {QString::fromUtf8(c[1]), QString::fromLatin1(c[2]), QString::fromLatin1(c[3]), QString::fromLatin1(c[0])}))
                qFatal("contact %s", c[2]);
        ConnectorConfig config = KindRegistry::builtIn().configFor(QStringLiteral("caldav"));
        config.url = calendar.toString();
        config.username = user;
        if (const QString why = KindRegistry::builtIn().validate(config); !why.isEmpty())
            qFatal("%s", qPrintable(why));
        auto saved = ConnectorStore(*m_db).save(config);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        m_secrets.set(KindRegistry::secretKey(config), password);
    }

    SyncSummary cycle(int pageSize = 0)
    {
        QStringList problems;
        RunnerSetup setup = makeConnectors(*m_db, m_nam, m_secrets, KindRegistry::builtIn(), &problems);
        if (!problems.isEmpty() || !setup.routing)
            qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        SyncEngine engine(*m_db);
        if (pageSize > 0)
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
        if (!done.wait(60000))
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

    qint64 customer(const QString &code)
    {
        return scalar(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code}).toLongLong();
    }

    qint64 addActivity(const QString &customerCode, const QVariantMap &fields)
    {
        QVariantMap f = fields;
        if (!f.contains(QStringLiteral("owner")))
            f.insert(QStringLiteral("owner"), QStringLiteral("rep1"));
        auto id = ActivityStore(*m_db).create(customer(customerCode), f);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    QString keyOf(qint64 activity)
    {
        return scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE entity = 'activity' AND record_id = ? AND op = 'create'"),
                      {activity}).toString();
    }

    Database &db() { return *m_db; }

private:
    QNetworkAccessManager &m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecrets m_secrets;
};

} // namespace sb::testing
