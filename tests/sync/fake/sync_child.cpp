// The process tst_crash kills: opens a workspace, syncs it against the parent's FakeBackend(s) in
// a loop until SIGKILL.
// Usage: sync_child <workspace> <baseUrl> <seed> [clockOffsetHours]
//   one back end through a bare FakeConnector (customers and contacts, system "erp");
// or:    sync_child <workspace> <kind>=<baseUrl>[,<kind>=<baseUrl>...] <seed> [clockOffsetHours]
//   several systems (kinds of tests/sync/fake/FakeKinds: fake-erp, fake-oa, fake-aftersales),
//   built from the workspace's connectors rows through the registry with their routing, as the
//   app does; each row of a listed kind must point at the given URL.
#include "FakeConnector.h"
#include "FakeKinds.h"
#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: sync_child <workspace> <baseUrl | kind=url,kind=url...> <seed> [clockOffsetHours]\n");
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("salesbridge.sync*=false"));
    auto db = sb::Database::open(args.at(1), sb::Database::Options{sb::Database::kSchemaVersion, false});
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(db.error()));
        return 3;
    }
    std::unique_ptr<sb::Database> database = db.take();
    QNetworkAccessManager nam;
    const bool multi = args.at(2).contains(QLatin1Char('='));
    std::unique_ptr<sb::FakeConnector> single;
    sb::RunnerSetup setup;
    sb::MemorySecrets secrets;
    const sb::KindRegistry kinds = sb::fake::registry();
    if (multi) {
        QHash<QString, QString> urls; // kind -> url
        for (const QString &pair : args.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            urls.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        auto rows = sb::ConnectorStore(*database).enabled();
        if (!rows) {
            std::fprintf(stderr, "cannot read connectors: %s\n", qPrintable(rows.error()));
            return 3;
        }
        int matched = 0;
        for (const sb::ConnectorConfig &c : rows.value()) {
            if (!urls.contains(c.kind))
                continue;
            ++matched;
            if (c.url != urls.value(c.kind)) {
                std::fprintf(stderr, "connector %s points at %s, not %s\n", qPrintable(c.kind), qPrintable(c.url),
                             qPrintable(urls.value(c.kind)));
                return 3;
            }
        }
        if (matched != urls.size()) {
            std::fprintf(stderr, "the workspace has %d of the %d connectors given\n", matched, int(urls.size()));
            return 3;
        }
        QStringList problems;
        setup = sb::makeConnectors(*database, nam, secrets, kinds, &problems);
        if (!problems.isEmpty() || !setup.routing) {
            std::fprintf(stderr, "connectors: %s\n", qPrintable(problems.join(QStringLiteral("; "))));
            return 3;
        }
    } else {
        single = std::make_unique<sb::FakeConnector>(&nam, QUrl(args.at(2)), QStringList{QStringLiteral("customer"), QStringLiteral("contact")});
        single->setTimeoutMs(2000);
    }
    // Backoff is measured on this clock: each launch and each cycle moves it past any wait, so the
    // kills land on real sends, not on entries sitting out a backoff.
    const qint64 offsetHours = args.value(4).toLongLong();
    int cycle = 0;
    sb::SyncEngine engine(*database, [&] {
        return QDateTime::currentDateTimeUtc().addSecs((offsetHours + 2 * qint64(cycle)) * 3600);
    });
    if (multi) {
        for (sb::RunnerConnector &c : setup.connectors)
            engine.addConnector(c.connector.get(), c.rowId);
        engine.setRouting(*setup.routing);
    } else {
        engine.addConnector(single.get(), 1);
    }
    engine.setPageSize(50);
    // The parent checks every create ever queued against the server afterwards: the history stays
    // (this clock runs two hours a cycle, so the default retention would prune it).
    sb::RetentionPolicy keepAll;
    keepAll.enabled = false;
    engine.setRetention(keepAll);
    QObject::connect(&engine, &sb::SyncEngine::finished, &app, [&] {
        ++cycle;
        QTimer::singleShot(0, &engine, &sb::SyncEngine::start);
    });
    QTimer::singleShot(0, &engine, &sb::SyncEngine::start);
    std::printf("started\n");
    std::fflush(stdout);
    return app.exec();
}
