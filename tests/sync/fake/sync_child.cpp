// The process tst_crash kills: opens a workspace, syncs it against the parent's FakeBackend in a
// loop until SIGKILL. Usage: sync_child <workspace> <baseUrl> <seed> [clockOffsetHours]
#include "FakeConnector.h"
#include "models/store/Database.h"
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
        std::fprintf(stderr, "usage: sync_child <workspace> <baseUrl> <seed> [clockOffsetHours]\n");
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
    sb::FakeConnector connector(&nam, QUrl(args.at(2)), {QStringLiteral("customer"), QStringLiteral("contact")});
    connector.setTimeoutMs(2000);
    // Backoff is measured on this clock: each launch and each cycle moves it past any wait, so the
    // kills land on real sends, not on entries sitting out a backoff.
    const qint64 offsetHours = args.value(4).toLongLong();
    int cycle = 0;
    sb::SyncEngine engine(*database, [&] {
        return QDateTime::currentDateTimeUtc().addSecs((offsetHours + 2 * qint64(cycle)) * 3600);
    });
    engine.addConnector(&connector, 1);
    engine.setPageSize(50);
    QObject::connect(&engine, &sb::SyncEngine::finished, &app, [&] {
        ++cycle;
        QTimer::singleShot(0, &engine, &sb::SyncEngine::start);
    });
    QTimer::singleShot(0, &engine, &sb::SyncEngine::start);
    std::printf("started\n");
    std::fflush(stdout);
    return app.exec();
}
