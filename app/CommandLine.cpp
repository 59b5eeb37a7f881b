#include "CommandLine.h"

#include "SyncCommands.h"
#include "Workspace.h"
#include "models/csv/CustomerCsvImporter.h"
#include "models/csv/ModelCsvExport.h"
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTextStream>
#include <QTranslator>
#include <cstring>

namespace sb {

namespace {
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

int importCommand(Database &db, const QString &what, const QString &file, bool dryRun)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("CommandLine", "Cannot open %1: %2").arg(file, f.errorString()) << Qt::endl;
        return 2;
    }
    CustomerCsvImporter importer(db);
    importer.setDryRun(dryRun);
    int lastPercent = -1;
    auto progress = [&lastPercent](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10) {
            out() << QCoreApplication::translate("CommandLine", "… %1%").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    const ImportReport report = what == QLatin1String("contacts") ? importer.importContacts(f, progress)
                                                                  : importer.importCustomers(f, progress);
    for (const QString &w : importer.headerWarnings())
        err() << w << Qt::endl;
    if (!report.ok()) {
        err() << QCoreApplication::translate("CommandLine", "Nothing was imported: %1").arg(report.fatalError) << Qt::endl;
        return 2;
    }
    for (const ImportProblem &p : report.rejected)
        err() << QCoreApplication::translate("CommandLine", "line %1: %2").arg(p.line).arg(p.reason) << Qt::endl;
    if (dryRun) {
        // What an import would do, row by row, and nothing written.
        for (const ImportRow &row : report.rows) {
            if (row.outcome == ImportRow::Create)
                out() << QCoreApplication::translate("CommandLine", "line %1: would create %2").arg(row.line).arg(row.label) << Qt::endl;
            else if (row.outcome == ImportRow::Update)
                out() << QCoreApplication::translate("CommandLine", "line %1: would update %2 (%3)")
                             .arg(row.line)
                             .arg(row.label, row.changed.join(QStringLiteral(", ")))
                      << Qt::endl;
        }
        out() << QCoreApplication::translate("CommandLine", "Dry run, nothing written: would create %1, update %2, leave %3 unchanged, "
                                                            "create %4 contacts; %5 rejected")
                     .arg(report.created)
                     .arg(report.updated)
                     .arg(report.unchanged)
                     .arg(report.contactsCreated)
                     .arg(report.rejected.size())
              << Qt::endl;
        return report.rejected.isEmpty() ? 0 : 1;
    }
    out() << QCoreApplication::translate("CommandLine", "created %1, updated %2, unchanged %3, contacts created %4, rejected %5")
                 .arg(report.created)
                 .arg(report.updated)
                 .arg(report.unchanged)
                 .arg(report.contactsCreated)
                 .arg(report.rejected.size())
          << Qt::endl;
    return report.rejected.isEmpty() ? 0 : 1;
}

int exportCommand(Database &db, const QString &what, const QString &file)
{
    SqlWindowModel *model = nullptr;
    if (what == QLatin1String("customers"))
        model = lists::customers(db, nullptr);
    else if (what == QLatin1String("contacts"))
        model = lists::contacts(db, 0, nullptr);
    else if (what == QLatin1String("orders"))
        model = lists::orders(db, 0, nullptr);
    else if (what == QLatin1String("products"))
        model = lists::stock(db, nullptr);
    else {
        err() << QCoreApplication::translate("CommandLine", "Unknown list \"%1\": use customers, contacts, orders or products.").arg(what) << Qt::endl;
        return 2;
    }
    std::unique_ptr<SqlWindowModel> owner(model);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        err() << QCoreApplication::translate("CommandLine", "Cannot write %1: %2").arg(file, f.errorString()) << Qt::endl;
        return 2;
    }
    if (Status s = exportModel(*model, f); !s || !f.commit()) {
        err() << QCoreApplication::translate("CommandLine", "Export failed: %1").arg(s ? f.errorString() : s.error()) << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("CommandLine", "%1 rows written to %2").arg(model->rowCount()).arg(file) << Qt::endl;
    return 0;
}

int demoCommand(Database &db, int size)
{
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(db, DemoGenerator::Options{size, 20261128, QStringLiteral("wang.fang")});
    qint64 lastReport = 0;
    auto r = generator.generate([&](qint64 done, qint64 total) {
        if (done - lastReport >= total / 10) {
            out() << QCoreApplication::translate("CommandLine", "… %1 of %2 records").arg(done).arg(total) << Qt::endl;
            lastReport = done;
        }
        return true;
    });
    if (!r) {
        err() << QCoreApplication::translate("CommandLine", "The demo workspace could not be created: %1").arg(r.error()) << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("CommandLine", "%1 records written in %2 s").arg(r.value().total()).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
// `salesbridge recover`: a damaged workspace is kept aside and a fresh one takes its place with
// the server settings; a sound one is left alone.
int recoverCommand(const QString &path)
{
    OpeningOptions options;
    options.create = false;
    options.forceCheck = true;
    WorkspaceOpening w = openWorkspace(path, options);
    if (w.outcome == WorkspaceOpening::Outcome::Opened) {
        out() << QCoreApplication::translate("CommandLine", "The workspace %1 is sound; nothing to recover.").arg(path) << Qt::endl;
        return 0;
    }
    if (w.outcome != WorkspaceOpening::Outcome::Damaged) {
        err() << w.message << Qt::endl;
        return exitCodeFor(w.outcome);
    }
    err() << w.message << Qt::endl;
    auto fresh = keepCopyAndStartFresh(QFileInfo(path).absoluteFilePath());
    if (!fresh) {
        err() << fresh.error() << Qt::endl;
        return WorkspaceExit::CannotWrite;
    }
    out() << describeFreshStart(fresh.value()) << Qt::endl;
    return 0;
}
} // namespace

HeadlessArguments parseHeadlessArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "SalesBridge command line"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "import customers|contacts FILE, export "
                                                               "customers|contacts|orders|products FILE, demo, status, sync, connect, route, check or recover"));
    QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("CommandLine", "The workspace file."), QCoreApplication::translate("CommandLine", "path"));
    QCommandLineOption demoSize(QStringLiteral("demo-size"), QCoreApplication::translate("CommandLine", "Customers in the demo workspace."), QCoreApplication::translate("CommandLine", "n"),
                                QStringLiteral("500"));
    QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                     QCoreApplication::translate("CommandLine", "sync, connect: read the server password from standard input "
                                                                                "(else it comes from the OS keychain)."));
    QCommandLineOption dryRun(QStringLiteral("dry-run"),
                              QCoreApplication::translate("CommandLine", "import: check every row and say what would be created, "
                                                                         "updated or rejected, without writing anything."));
    QCommandLineOption checkDeletions(QStringLiteral("check-deletions"),
                                      QCoreApplication::translate("CommandLine", "sync: also check which records still exist on the servers "
                                                                                 "(finds records deleted there outright; runs daily by itself)."));
    parser.addOption(workspace);
    parser.addOption(dryRun);
    parser.addOption(checkDeletions);
    parser.addOption(demoSize);
    parser.addOption(passwordStdin);
    QCommandLineOption allowPlainHttp(QStringLiteral("allow-plain-http"),
                                      QCoreApplication::translate("CommandLine", "connect: accept a plain http:// address of another computer "
                                                                                 "(the password would travel unencrypted)."));
    parser.addOption(allowPlainHttp);

    HeadlessArguments out;
    out.parsed = parser.parse(arguments);
    if (!out.parsed)
        return out;
    out.help = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
    out.positional = parser.positionalArguments();
    out.command = out.positional.value(0);
    out.workspace = parser.value(workspace);
    out.workspaceSet = parser.isSet(workspace);
    out.demoSize = parser.value(demoSize);
    out.dryRun = parser.isSet(dryRun);
    out.checkDeletions = parser.isSet(checkDeletions);
    out.passwordStdin = parser.isSet(passwordStdin);
    out.allowPlainHttp = parser.isSet(allowPlainHttp);
    static const QStringList bare{QStringLiteral("demo"),    QStringLiteral("status"), QStringLiteral("sync"),
                                  QStringLiteral("connect"), QStringLiteral("route"),  QStringLiteral("check"),
                                  QStringLiteral("recover")};
    if (!bare.contains(out.command) && out.positional.size() != 3)
        out.usageError = QCoreApplication::translate("CommandLine", "Usage: salesbridge %1 customers|contacts FILE [--workspace PATH] [--dry-run]")
                             .arg(out.command);
    return out;
}

int runHeadlessCommand(int argc, char *argv[])
{
    if (argc < 2)
        return -1;
    const char *command = argv[1];
    if (std::strcmp(command, "import") != 0 && std::strcmp(command, "export") != 0 && std::strcmp(command, "demo") != 0
        && std::strcmp(command, "status") != 0 && std::strcmp(command, "sync") != 0 && std::strcmp(command, "connect") != 0
        && std::strcmp(command, "route") != 0 && std::strcmp(command, "check") != 0 && std::strcmp(command, "recover") != 0)
        return -1;

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesBridge"));
    // The command line speaks the language the windows speak: the setting, else the system's.
    {
        const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
        const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
        QLocale::setDefault(locale);
        auto *own = new QTranslator(&app);
        if (own->load(locale, QStringLiteral("salesbridge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            app.installTranslator(own);
    }
    QCommandLineParser parser;
    const HeadlessArguments parsed = parseHeadlessArguments(parser, app.arguments());
    if (!parsed.parsed || parsed.help)
        parser.process(app); // prints the help or the parser's complaint and exits, as Qt does
    const QStringList &args = parsed.positional;

    const bool demo = parsed.command == QLatin1String("demo");
    const bool status = parsed.command == QLatin1String("status");
    const bool sync = parsed.command == QLatin1String("sync");
    const bool connect = parsed.command == QLatin1String("connect");
    const bool route = parsed.command == QLatin1String("route");
    const bool check = parsed.command == QLatin1String("check");
    const bool recover = parsed.command == QLatin1String("recover");
    WorkspaceChoice choice = chooseWorkspace(parsed.workspace, demo, parsed.demoSize.toInt());
    if ((connect || route) && !parsed.workspaceSet) {
        // A back end belongs to the user's own workspace, never to the demo one.
        choice.path = defaultWorkspacePath();
        choice.demo = false;
        QDir().mkpath(QFileInfo(choice.path).absolutePath());
    }
    if (!parsed.usageError.isEmpty()) {
        err() << parsed.usageError << Qt::endl;
        return 2;
    }
    // Commands that write take the workspace's lock: one sync engine per workspace. Reading
    // ones (status, export, a dry run, check) read beside a running SalesBridge.
    const bool reads = status || check || args.value(0) == QLatin1String("export") || parsed.dryRun;
    if (recover)
        return recoverCommand(choice.path);
    OpeningOptions opening;
    opening.lock = reads ? OpeningOptions::Lock::IfFree : OpeningOptions::Lock::Required;
    opening.forceCheck = check;
    opening.create = !check;
    WorkspaceOpening w = openWorkspace(choice.path, opening);
    for (const QString &note : std::as_const(w.notes))
        err() << note << Qt::endl;
    if (w.outcome != WorkspaceOpening::Outcome::Opened) {
        err() << w.message << Qt::endl;
        if (w.outcome == WorkspaceOpening::Outcome::Damaged) {
            err() << describeSalvage(w.salvage) << Qt::endl;
            err() << QCoreApplication::translate("CommandLine", "Run \"salesbridge recover\" (with the same --workspace) to keep a copy "
                                                                "of it and start a fresh workspace that syncs again from the servers.")
                  << Qt::endl;
        }
        return exitCodeFor(w.outcome);
    }
    auto db = Result<std::unique_ptr<Database>>::ok(std::move(w.db));
    if (check) {
        out() << QCoreApplication::translate("CommandLine", "The workspace %1 is sound (%2 in %3 ms).")
                     .arg(choice.path, QStringLiteral("integrity_check"))
                     .arg(w.integrity.ms)
              << Qt::endl;
        return 0;
    }
    out() << QCoreApplication::translate("CommandLine", "Workspace: %1").arg(choice.path) << Qt::endl;
    if (status)
        return statusCommand(*db.value());
    if (route)
        return routeCommand(*db.value(), args.mid(1));
    if (sync || connect) {
        const QString password = parsed.passwordStdin ? readPasswordFromStdin() : QString();
        if (sync)
            return syncCommand(*db.value(), password, parsed.checkDeletions);
        return connectCommand(*db.value(), args.mid(1), password, parsed.allowPlainHttp);
    }
    if (demo) {
        const int size = parsed.demoSize.toInt();
        if (size <= 0) {
            err() << QCoreApplication::translate("CommandLine", "--demo-size must be a positive number.") << Qt::endl;
            return 2;
        }
        auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM customers"));
        if (n && n.value().toInt() > 0) {
            err() << QCoreApplication::translate("CommandLine", "The workspace already holds data; demo data goes only into an empty workspace.") << Qt::endl;
            return 2;
        }
        return demoCommand(*db.value(), size);
    }
    if (args.at(0) == QLatin1String("import"))
        return importCommand(*db.value(), args.at(1), args.at(2), parsed.dryRun);
    return exportCommand(*db.value(), args.at(1), args.at(2));
}

} // namespace sb
