#include "CommandLine.h"
#include "Workspace.h"
#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceProblemDialog.h"
#include "ui/shell/WorkspaceWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace sb;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English is the source language; the en catalog exists so plural forms read right.
    if (own->load(locale, QStringLiteral("salesbridge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

struct Startup {
    QString workspaceLabel;
    Session session;
    QString screenshot;
};

// Saves a PNG of the window once it has settled and quits (--screenshot).
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    QTimer::singleShot(1500, &window, [&window, file] {
        if (!window.grab().save(file))
            qWarning("cannot save the screenshot to %s", qPrintable(file));
        QApplication::quit();
    });
}

// The one way the main window is built, whichever way the workspace was opened.
std::unique_ptr<WorkspaceWindow> openWindow(Database &db, const Startup &startup, const QString &path)
{
    WorkspaceWindow::Options options;
    options.backgroundSync = startup.screenshot.isEmpty();
    auto w = std::make_unique<WorkspaceWindow>(db, startup.session, startup.workspaceLabel, path, options);
    w->window().show();
    if (!startup.screenshot.isEmpty())
        scheduleScreenshot(w->window(), startup.screenshot);
    return w;
}

int runWindow(QApplication &app, std::unique_ptr<Database> db, const Startup &startup, const QString &path)
{
    const std::unique_ptr<WorkspaceWindow> window = openWindow(*db, startup, path);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The version answers without a display (a shell over ssh, the package's check).
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("SalesBridge %s\n", SB_VERSION);
        return 0;
    }
    const int headless = runHeadlessCommand(argc, argv);
    if (headless >= 0)
        return headless;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SalesBridge"));
    QApplication::setApplicationName(QStringLiteral("SalesBridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("SalesBridge"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    // The installed .desktop file: the desktop matches the window to its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.salesbridge.SalesBridge"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SalesBridge — CRM desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QStringLiteral("Open this workspace file."), QStringLiteral("path"));
    QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Open the demo workspace."));
    QCommandLineOption sizeOpt(QStringLiteral("demo-size"), QStringLiteral("Customers in the demo workspace (default 500)."),
                               QStringLiteral("n"), QStringLiteral("500"));
    QCommandLineOption roleOpt(QStringLiteral("role"), QStringLiteral("rep, office or manager."), QStringLiteral("role"));
    QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Who is working."), QStringLiteral("name"));
    QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("zh_CN or en (default: settings, then system)."),
                               QStringLiteral("language"));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."),
                               QStringLiteral("file"));
    parser.addOptions({workspaceOpt, demoOpt, sizeOpt, roleOpt, userOpt, langOpt, shotOpt});
    parser.process(app);

    QSettings settings;
    installTranslations(app, parser.isSet(langOpt) ? parser.value(langOpt)
                                                   : settings.value(QStringLiteral("ui/language")).toString());

    Startup startup;
    startup.session.role = parser.isSet(roleOpt) ? parser.value(roleOpt)
                                                 : settings.value(QStringLiteral("session/role"), QStringLiteral("rep")).toString();
    if (!QStringList{QStringLiteral("rep"), QStringLiteral("office"), QStringLiteral("manager")}.contains(startup.session.role))
        startup.session.role = QStringLiteral("rep");
    startup.session.user = parser.isSet(userOpt) ? parser.value(userOpt)
                                                 : settings.value(QStringLiteral("session/user"), QStringLiteral("wang.fang")).toString();
    startup.screenshot = parser.value(shotOpt);

    const int demoSize = qMax(1, parser.value(sizeOpt).toInt());
    const WorkspaceChoice choice = chooseWorkspace(parser.value(workspaceOpt), parser.isSet(demoOpt), demoSize);
    startup.workspaceLabel = choice.demo ? QApplication::translate("main", "Demo workspace")
                                         : QDir::toNativeSeparators(choice.path);

    // The lock (one SalesBridge per workspace), the checks after an unclean end, and what to do
    // with a damaged file, before any window (docs/reliability.md, "Workspace file").
    WorkspaceOpening opening = openWorkspace(choice.path);
    if (opening.outcome == WorkspaceOpening::Outcome::Damaged) {
        if (!WorkspaceProblemDialog::offerFreshStart(choice.path, opening))
            return exitCodeFor(opening.outcome);
        opening.lock.reset();
        opening = openWorkspace(choice.path);
    }
    if (opening.outcome != WorkspaceOpening::Outcome::Opened) {
        WorkspaceProblemDialog(choice.path, opening).exec();
        return exitCodeFor(opening.outcome);
    }
    if (!opening.notes.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "SalesBridge"), opening.notes.join(QStringLiteral("\n\n")));
    const std::unique_ptr<WorkspaceLock> lock = std::move(opening.lock); // held until the app ends
    std::unique_ptr<Database> db = std::move(opening.db);
    if (!choice.demo || !demoNeedsGenerating(*db, demoSize))
        return runWindow(app, std::move(db), startup, choice.path);

    // First start: build the demo workspace on a worker thread with its own connection, with
    // progress and cancel, then open the window on it.
    db.reset();
    if (QFile::exists(choice.path)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(choice.path + suffix);
    }
    std::unique_ptr<Database> demoDb;
    std::unique_ptr<WorkspaceWindow> demoWindow;
    QProgressDialog progress(QApplication::translate("main", "Preparing the demo workspace…"),
                             QApplication::translate("main", "Cancel"), 0, 1000);
    progress.setWindowTitle(QStringLiteral("SalesBridge"));
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    QString failure;
    QPointer<QProgressDialog> guard(&progress);
    QThread *worker = QThread::create([&] {
        auto wdb = Database::open(choice.path);
        if (!wdb) {
            failure = wdb.error();
            return;
        }
        DemoGenerator generator(*wdb.value(), DemoGenerator::Options{demoSize, 20261128, startup.session.user});
        auto r = generator.generate([&](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(qApp, [guard, value] { if (guard) guard->setValue(value); }, Qt::QueuedConnection);
            return !cancelled.load();
        });
        if (!r)
            failure = r.error();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });
    QObject::connect(worker, &QThread::finished, &app, [&] {
        progress.reset();
        if (cancelled) {
            QApplication::quit();
            return;
        }
        if (!failure.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SalesBridge"),
                                  QApplication::translate("main", "The demo workspace could not be created: %1").arg(failure));
            QApplication::exit(1);
            return;
        }
        auto reopened = Database::open(choice.path);
        if (!reopened) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SalesBridge"), reopened.error());
            QApplication::exit(1);
            return;
        }
        // Hand over to the normal start; the window runs inside this same event loop.
        demoDb = reopened.take();
        demoWindow = openWindow(*demoDb, startup, choice.path);
    });
    worker->start();
    const int rc = app.exec();
    worker->wait();
    delete worker;
    demoWindow.reset();
    demoDb.reset();
    return rc;
}
