#include "SyncCommands.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/OutboxHealth.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/tryton/TrytonConnector.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

namespace sb {

namespace {

// The command line's texts: lupdate files Text::tr() calls under the context declared here, the
// one looked up at run time (a free Text::tr() helper was filed under "sb" and showed untranslated).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

QString readPasswordFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

int syncCommand(Database &db, const QString &password)
{
    auto configs = ConnectorStore(db).enabled();
    if (!configs) {
        err() << configs.error() << Qt::endl;
        return 2;
    }
    if (configs.value().isEmpty()) {
        err() << Text::tr("No server is configured for this workspace. Add one with: salesbridge connect tryton URL DATABASE USER")
              << Qt::endl;
        return 2;
    }
    QNetworkAccessManager nam;
    std::vector<std::unique_ptr<Connector>> connectors;
    QList<SyncTarget> targets;
    for (const ConnectorConfig &c : configs.value()) {
        QString error;
        auto connector = makeConnector(c, nam, password, &error);
        if (!connector) {
            err() << error << Qt::endl;
            return 2;
        }
        out() << Text::tr("Server: %1 %2 (%3 as %4)").arg(c.kind, c.url, c.databaseName, c.username) << Qt::endl;
        targets << SyncTarget{connector.get(), c.id};
        connectors.push_back(std::move(connector));
    }
    return runSyncCycle(db, targets, out(), err());
}

int runSyncCycle(Database &db, const QList<SyncTarget> &targets, QTextStream &out, QTextStream &err)
{
    SyncEngine engine(db);
    engine.setPageSize(500);
    QStringList served;
    for (const SyncTarget &t : targets) {
        engine.addConnector(t.connector, t.connectorRowId);
        served << t.connector->entities();
    }
    QElapsedTimer timer;
    timer.start();
    QString lastEntity;
    int entityCount = 0;
    QObject::connect(&engine, &SyncEngine::progress, [&](const QString &phase, const QString &entity, int done, int) {
        if (entity != lastEntity) {
            lastEntity = entity;
            entityCount = 0;
        }
        entityCount += done;
        if (done > 0)
            out << QStringLiteral("%1 %2 %3").arg(phase, entity).arg(entityCount) << Qt::endl;
    });
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, &SyncEngine::start);
    loop.exec();
    out << Text::tr("Sent %1, refused %2, retry later %3, received %4, deleted %5, conflicts %6 in %7 s")
               .arg(summary.pushed)
               .arg(summary.pushFailed)
               .arg(summary.retryLater)
               .arg(summary.pulled)
               .arg(summary.deleted)
               .arg(summary.conflicts)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    for (const QString &e : summary.errors)
        err << Text::tr("error: %1").arg(e) << Qt::endl;
    // The code describes the workspace after the cycle, not only what this cycle met: a
    // conflict or a refusal left by an earlier cycle still needs a person.
    served.removeDuplicates();
    auto backlog = OutboxHealth(db).backlog(served);
    if (!backlog) {
        err << Text::tr("error: %1").arg(backlog.error()) << Qt::endl;
        return SyncExit::CouldNotRun;
    }
    out << describeBacklog(backlog.value()) << Qt::endl;
    if (!summary.errors.isEmpty())
        return SyncExit::CouldNotRun;
    if (backlog.value().needsAPerson())
        return SyncExit::NeedsAPerson;
    if (backlog.value().needsAnotherCycle())
        return SyncExit::RunAgainLater;
    return SyncExit::AllThrough;
}

QString describeBacklog(const SyncBacklog &b)
{
    QStringList parts;
    if (b.refused > 0)
        parts << Text::tr("%1 refused").arg(b.refused);
    if (b.conflicts > 0)
        parts << Text::tr("%1 in conflict").arg(b.conflicts);
    if (b.blocked > 0)
        parts << Text::tr("%1 held behind a conflict or a refused change of the same record").arg(b.blocked);
    if (b.waitingToRetry > 0)
        parts << Text::tr("%1 to retry").arg(b.waitingToRetry);
    if (b.pending > 0)
        parts << Text::tr("%1 not sent yet").arg(b.pending);
    if (parts.isEmpty())
        return Text::tr("Left: nothing, everything went through.");
    return Text::tr("Left: %1").arg(parts.join(QStringLiteral(", ")));
}

int connectCommand(Database &db, const QStringList &args, const QString &password)
{
    // args: tryton URL DATABASE USER
    if (args.size() != 4) {
        err() << Text::tr("Usage: salesbridge connect tryton URL DATABASE USER [--password-stdin] [--workspace PATH]") << Qt::endl;
        return 2;
    }
    ConnectorConfig config;
    config.system = QStringLiteral("erp");
    config.kind = args.at(0);
    config.url = args.at(1);
    config.databaseName = args.at(2);
    config.username = args.at(3);
    ConnectorStore store(db);
    // Re-running connect for the same server updates it.
    if (auto all = store.all()) {
        for (const ConnectorConfig &c : all.value())
            if (c.system == config.system && c.kind == config.kind && c.url == config.url)
                config.id = c.id;
    }
    if (const QString problem = ConnectorStore::validate(config); !problem.isEmpty()) {
        err() << problem << Qt::endl;
        return 2;
    }
    // First check that the server takes this password, then store both.
    QNetworkAccessManager nam;
    tryton::Config tc;
    tc.url = QUrl(config.url);
    tc.database = config.databaseName;
    tc.username = config.username;
    tc.password = password;
    tc.keychainKey = password.isEmpty() ? CredentialStore::keyFor(config.system, config.url, config.username) : QString();
    tryton::Session session(&nam, tc);
    tryton::Reply reply;
    {
        QEventLoop loop;
        tryton::Request *request = session.call(QStringLiteral("model.party.party.search_count"), QJsonArray{QJsonArray()}, false);
        QObject::connect(request, &tryton::Request::finished, &loop, [&](const tryton::Reply &r) {
            reply = r;
            loop.quit();
        });
        request->start();
        loop.exec();
    }
    if (!reply.ok()) {
        err() << Text::tr("Could not log in: %1").arg(reply.message) << Qt::endl;
        return 2;
    }
    auto saved = store.save(config);
    if (!saved) {
        err() << saved.error() << Qt::endl;
        return 2;
    }
    if (!password.isEmpty()) {
        CredentialStore keychain;
        QString failure;
        QEventLoop loop;
        QObject::connect(&keychain, &CredentialStore::written, &loop, [&](const QString &) { loop.quit(); });
        QObject::connect(&keychain, &CredentialStore::failed, &loop, [&](const QString &, const QString &message) {
            failure = message;
            loop.quit();
        });
        keychain.write(CredentialStore::keyFor(config.system, config.url, config.username), password);
        loop.exec();
        if (!failure.isEmpty()) {
            err() << Text::tr("The server was saved, but the password could not be stored in the keychain: %1").arg(failure) << Qt::endl;
            return 2;
        }
    }
    out() << Text::tr("Connected to %1 (%2) as %3: %4 customers in the ERP.")
                 .arg(config.url, config.databaseName, config.username)
                 .arg(reply.result.toInteger())
          << Qt::endl;
    return 0;
}

} // namespace sb
