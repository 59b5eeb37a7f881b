#include "SyncCommands.h"

#include "models/store/ConnectorStore.h"
#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "models/store/OutboxHealth.h"
#include "models/store/RoutingStore.h"
#include "models/store/SystemStatusStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/SyncEngine.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include "models/store/SyncStates.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
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

int syncCommand(Database &db, const QString &password, bool checkDeletions)
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
    const KindRegistry &kinds = KindRegistry::builtIn();
    KeychainSecrets keychain;
    MemorySecrets given; // --password-stdin: the one password of the one back end it names
    for (const ConnectorConfig &c : configs.value())
        given.set(KindRegistry::secretKey(c), password);
    QStringList problems;
    RunnerSetup setup = makeConnectors(db, nam, password.isEmpty() ? static_cast<SecretProvider &>(keychain) : given, kinds, &problems);
    for (const QString &p : problems)
        err() << p << Qt::endl;
    if (setup.connectors.empty())
        return SyncExit::CouldNotRun;
    for (const ConnectorConfig &c : configs.value()) {
        const ConnectorKind *kind = kinds.find(c.kind);
        out() << Text::tr("%1: %2 at %3").arg(KindRegistry::roleLabel(c.system), kind ? KindRegistry::text(kind->label) : c.kind, c.url)
              << Qt::endl;
    }
    QList<SyncTarget> targets;
    for (RunnerConnector &c : setup.connectors)
        targets << SyncTarget{c.connector.get(), c.rowId};
    return runSyncCycle(db, targets, out(), err(), setup.routing ? &*setup.routing : nullptr, checkDeletions);
}

int runSyncCycle(Database &db, const QList<SyncTarget> &targets, QTextStream &out, QTextStream &err, const Routing *routing,
                 bool checkDeletions)
{
    if (checkDeletions) {
        if (Status s = DeletionCheckStore(db).request(); !s) {
            err << s.error() << Qt::endl;
            return SyncExit::CouldNotRun;
        }
    }
    SyncEngine engine(db);
    engine.setRetention(RetentionPolicy::load());
    engine.setPageSize(500);
    if (routing)
        engine.setRouting(*routing);
    for (const SyncTarget &t : targets)
        engine.addConnector(t.connector, t.connectorRowId);
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
    if (checkDeletions) {
        auto check = DeletionCheckStore(db).load();
        if (!check) {
            err << Text::tr("error: %1").arg(check.error()) << Qt::endl;
        } else if (check.value().requested) {
            err << Text::tr("The check for deleted records did not finish; the next sync checks again.") << Qt::endl;
        } else {
            const QLocale locale;
            out << Text::tr("Checked for deleted records: %1 records in %2 s, %3 removed")
                       .arg(locale.toString(check.value().idsChecked), locale.toString(check.value().durationMs / 1000.0, 'f', 1))
                       .arg(check.value().removed)
                << Qt::endl;
        }
    }
    // The code describes the workspace after the cycle, not only what this cycle met: a
    // conflict or a refusal left by an earlier cycle still needs a person.
    auto backlog = OutboxHealth(db).backlog(); // the engine wrote the routes it used
    if (!backlog) {
        err << Text::tr("error: %1").arg(backlog.error()) << Qt::endl;
        return SyncExit::CouldNotRun;
    }
    out << describeBacklog(backlog.value()) << Qt::endl;
    if (!summary.keychain.isEmpty())
        return SyncExit::KeychainUnavailable; // what a person must do first: unlock the keychain
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

int connectCommand(Database &db, const QStringList &args, const QString &password, bool allowPlainHttp)
{
    // args: KIND then the kind's settings in the order it lists them (tryton URL DATABASE USER),
    // or as key=value.
    const KindRegistry &kinds = KindRegistry::builtIn();
    const ConnectorKind *kind = kinds.find(args.value(0));
    auto usage = [&kinds] {
        QStringList lines;
        for (const ConnectorKind &k : kinds.kinds()) {
            QStringList fields;
            for (const SettingField &f : k.fields)
                if (f.type != SettingField::Type::Secret)
                    fields << f.key.toUpper();
            lines << QStringLiteral("  salesbridge connect %1 %2 [--password-stdin] [--allow-plain-http] [--workspace PATH]")
                         .arg(k.id, fields.join(QLatin1Char(' ')));
        }
        err() << Text::tr("Usage:") << Qt::endl << lines.join(QLatin1Char('\n')) << Qt::endl;
        return 2;
    };
    if (!kind) {
        if (!args.isEmpty())
            err() << kinds.validate(kinds.configFor(args.value(0))) << Qt::endl;
        return usage();
    }
    ConnectorConfig config = kinds.configFor(kind->id);
    QStringList positional;
    for (const SettingField &f : kind->fields)
        if (f.type != SettingField::Type::Secret)
            positional << f.key;
    int next = 0;
    for (const QString &a : args.mid(1)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq > 0 && !a.startsWith(QLatin1String("http"))) {
            config.setSetting(a.left(eq), a.mid(eq + 1));
        } else if (next < positional.size()) {
            config.setSetting(positional.at(next++), a);
        } else {
            return usage();
        }
    }
    ConnectorStore store(db);
    // Re-running connect for the same server updates it.
    auto all = store.all();
    if (!all) {
        err() << all.error() << Qt::endl;
        return 2;
    }
    QList<ConnectorConfig> enabled;
    for (const ConnectorConfig &c : all.value()) {
        if (c.system == config.system && c.kind == config.kind && c.url == config.url)
            config.id = c.id;
        else if (c.enabled)
            enabled << c;
    }
    if (const QString host = KindRegistry::plainHttpHost(config); !host.isEmpty() && allowPlainHttp) {
        err() << Text::tr("Warning: the password and every record synced travel unencrypted to %1 (plain http, confirmed with --allow-plain-http).")
                     .arg(host)
              << Qt::endl;
        config.options.insert(KindRegistry::kAllowPlainHttp, host);
    }
    if (const QString problem = kinds.validate(config); !problem.isEmpty()) {
        err() << problem << Qt::endl;
        if (!KindRegistry::plainHttpHost(config).isEmpty())
            err() << Text::tr("To connect without encryption anyway, add --allow-plain-http.") << Qt::endl;
        return 2;
    }
    // Two systems that would both own one kind of record: refused until an owner rule says which.
    auto rules = RoutingStore(db).ownerRules();
    if (!rules) {
        err() << rules.error() << Qt::endl;
        return 2;
    }
    const Routing routing = Routing::compute(enabled + QList<ConnectorConfig>{config}, kinds, rules.value());
    if (!routing.problems().isEmpty()) {
        err() << routing.problems().join(QLatin1Char('\n')) << Qt::endl;
        return 2;
    }
    // First check that the server takes this password, then store both.
    QNetworkAccessManager nam;
    KeychainSecrets keychain;
    MemorySecrets given(KindRegistry::secretKey(config), password);
    std::unique_ptr<Connector> connector = kinds.make(config, nam, password.isEmpty() ? static_cast<SecretProvider &>(keychain) : given);
    RemoteResult reply;
    {
        QEventLoop loop;
        RemoteCall *call = connector->testConnection();
        QObject::connect(call, &RemoteCall::finished, &loop, [&](const RemoteResult &r) {
            reply = r;
            loop.quit();
        });
        call->start();
        loop.exec();
        call->deleteLater();
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
    config.id = saved.value();
    if (Status s = routing.save(db); !s)
        err() << s.error() << Qt::endl;
    if (!password.isEmpty()) {
        CredentialStore credentials;
        QString failure;
        QEventLoop loop;
        QObject::connect(&credentials, &CredentialStore::written, &loop, [&](const QString &) { loop.quit(); });
        QObject::connect(&credentials, &CredentialStore::failed, &loop, [&](const QString &, const QString &message) {
            failure = message;
            loop.quit();
        });
        credentials.write(KindRegistry::secretKey(config), password);
        loop.exec();
        if (!failure.isEmpty()) {
            err() << Text::tr("The server was saved, but the password could not be stored in the keychain: %1").arg(failure) << Qt::endl;
            return 2;
        }
    }
    out() << Text::tr("Connected to %1 (%2) as %3: %4").arg(config.url, KindRegistry::text(kind->label), config.username, reply.message)
          << Qt::endl;
    return 0;
}

int routeCommand(Database &db, const QStringList &args)
{
    if (args.size() != 2) {
        err() << Text::tr("Usage: salesbridge route ENTITY|ENTITY.COMMAND SYSTEM|- [--workspace PATH]") << Qt::endl;
        return 2;
    }
    const QString system = args.at(1) == QLatin1String("-") ? QString() : args.at(1);
    // Only a key some kind takes, to a system some kind plays: a typo is refused, not stored.
    QStringList keys, systems;
    for (const ConnectorKind &k : KindRegistry::builtIn().kinds()) {
        systems << k.role;
        for (const Claim &c : k.claims)
            keys << c.key;
    }
    if (!keys.contains(args.at(0)) || (!system.isEmpty() && !systems.contains(system))) {
        err() << Text::tr("No kind of server takes \"%1\" as \"%2\". Known: %3; systems: %4.")
                     .arg(args.at(0), args.at(1), keys.join(QStringLiteral(", ")), systems.join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    if (Status s = RoutingStore(db).setOwnerRule(args.at(0), system); !s) {
        err() << s.error() << Qt::endl;
        return 2;
    }
    auto routing = Routing::load(db, KindRegistry::builtIn());
    if (!routing) {
        err() << routing.error() << Qt::endl;
        return 2;
    }
    if (Status s = routing.value().save(db); !s) {
        err() << s.error() << Qt::endl;
        return 2;
    }
    for (const QString &p : routing.value().problems())
        err() << p << Qt::endl;
    out() << (system.isEmpty() ? Text::tr("%1: no owner rule").arg(args.at(0))
                               : Text::tr("%1 now goes to %2").arg(args.at(0), KindRegistry::roleLabel(system)))
          << Qt::endl;
    return routing.value().problems().isEmpty() ? 0 : 1;
}

int statusCommand(Database &db)
{
    auto r = db.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox x WHERE %1),"
        " (SELECT count(*) FROM outbox x WHERE %2),"
        " (SELECT count(*) FROM outbox x WHERE %3 AND %4),"
        " (SELECT count(*) FROM (SELECT DISTINCT entity, record_id FROM conflicts WHERE resolved_at IS NULL))")
                         .arg(sql::waitingToSend(QStringLiteral("x.")), sql::keptHere(QStringLiteral("x.")),
                              sql::openEntry(QStringLiteral("x.")), sql::outboxState(OutboxState::Failed, QStringLiteral("x."))));
    if (!r || !r.value().next()) {
        err() << (r ? QString() : r.error()) << Qt::endl;
        return 2;
    }
    QSqlQuery &q = r.value();
    out() << Text::tr("pending %1, failed %2, conflicts %3, kept on this computer %4")
                 .arg(q.value(0).toInt())
                 .arg(q.value(2).toInt())
                 .arg(q.value(3).toInt())
                 .arg(q.value(1).toInt())
          << Qt::endl;
    auto last = SystemStatusStore(db).lastSync();
    auto systems = SystemStatusStore(db).all();
    if (!last || !systems) {
        err() << (!last ? last.error() : systems.error()) << Qt::endl;
        return 2;
    }
    out() << Text::tr("last sync: %1").arg(last.value().isEmpty() ? Text::tr("never") : last.value()) << Qt::endl;
    for (const SystemStatus &st : systems.value()) {
        const QString state = !st.lastError.isEmpty() ? (st.reachable == 0 ? Text::tr("unreachable: %1") : Text::tr("error: %1")).arg(st.lastError)
                                                      : Text::tr("ok");
        out() << Text::tr("%1: last sync %2, last success %3, %4")
                     .arg(KindRegistry::roleLabel(st.system), st.lastSyncAt.isEmpty() ? Text::tr("never") : st.lastSyncAt,
                          st.lastOkAt.isEmpty() ? Text::tr("never") : st.lastOkAt, state)
              << Qt::endl;
    }
    auto routing = Routing::load(db, KindRegistry::builtIn());
    if (!routing) {
        err() << routing.error() << Qt::endl;
        return 2;
    }
    for (const QString &p : routing.value().problems())
        err() << Text::tr("configuration: %1").arg(p) << Qt::endl;
    return routing.value().problems().isEmpty() ? 0 : 1;
}

} // namespace sb
