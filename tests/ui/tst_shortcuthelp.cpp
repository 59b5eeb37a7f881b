// The keyboard shortcut sheet: F1 and Ctrl+/ open it over the window, it lists what the menus
// and the current page really answer (read from the live actions, so it cannot drift), the
// filter narrows it, and Settings is in the menu with a key on every desktop.
#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/customers/CustomersView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutHelp.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWindow>
#include <QtTest>

using namespace sb;

class TestShortcutHelp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void f1OpensTheSheetWithTheWindowsShortcuts();
    void ctrlSlashOpensItToo();
    void theCurrentPageBringsItsOwn();
    void everyShortcutSaysWhatItDoes();
    void settingsIsInTheMenuWithAKey();

private:
    std::unique_ptr<MainWindow> window(const QString &role);
    ShortcutHelpDialog *press(MainWindow *w, QKeySequence key);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
};

void TestShortcutHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuthelp"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{60, 5, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
}

std::unique_ptr<MainWindow> TestShortcutHelp::window(const QString &role)
{
    Session s;
    s.role = role;
    s.user = QStringLiteral("wang.fang");
    m_ctx = std::make_unique<AppContext>(*m_db, s);
    auto w = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Test"));
    w->resize(1366, 768);
    w->show();
    w->windowHandle()->requestActivate();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("main window did not become active");
    return w;
}

ShortcutHelpDialog *TestShortcutHelp::press(MainWindow *w, QKeySequence key)
{
    QTest::keySequence(w->windowHandle(), key);
    ShortcutHelpDialog *sheet = nullptr;
    for (int i = 0; i < 100 && !sheet; ++i) {
        sheet = qobject_cast<ShortcutHelpDialog *>(QApplication::activeModalWidget());
        if (!sheet)
            QTest::qWait(20);
    }
    return sheet;
}

void TestShortcutHelp::f1OpensTheSheetWithTheWindowsShortcuts()
{
    auto w = window(QStringLiteral("rep"));
    w->showPage(MainWindow::Customers);
    ShortcutHelpDialog *sheet = press(w.get(), QKeySequence(Qt::Key_F1));
    QVERIFY2(sheet, "F1 did not open the shortcut sheet");
    const QStringList lines = sheet->visibleLines();
    QVERIFY2(lines.contains(QStringLiteral("Go / Calendar / Ctrl+0")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("Sync / Sync now / F5")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("Go / Search everywhere / Ctrl+K")));
    QVERIFY(lines.contains(QStringLiteral("Help / Keyboard shortcuts / F1, Ctrl+/")));
    // Grouped by area in the menu bar's order.
    QStringList areas;
    for (int i = 0; i < sheet->tree()->topLevelItemCount(); ++i)
        areas << sheet->tree()->topLevelItem(i)->text(0);
    QCOMPARE(areas.mid(0, 4), (QStringList{QStringLiteral("File"), QStringLiteral("Go"), QStringLiteral("Sync"), QStringLiteral("Help")}));
    QVERIFY(sheet->windowTitle().contains(QStringLiteral("Keyboard shortcuts")));
    QVERIFY(sheet->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/shortcut-help.png")));

    // The filter box has the focus: typing narrows the sheet to what matches.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(sheet->filterEdit()));
    QTest::keyClicks(sheet->filterEdit(), QStringLiteral("calendar"));
    QCOMPARE(sheet->visibleLines(), QStringList{QStringLiteral("Go / Calendar / Ctrl+0")});
    sheet->filterEdit()->setText(QStringLiteral("F5"));
    QVERIFY(sheet->visibleLines().contains(QStringLiteral("Sync / Sync now / F5")));
    for (const QString &line : sheet->visibleLines())
        QVERIFY2(line.contains(QStringLiteral("F5"), Qt::CaseInsensitive), qPrintable(line));
    sheet->filterEdit()->setText(QStringLiteral("no such thing at all"));
    QVERIFY(sheet->visibleLines().isEmpty());
    QVERIFY(sheet->findChild<QLabel *>() && !sheet->tree()->isVisible());
    QVERIFY(sheet->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/shortcut-help-nothing.png")));
    QTest::keyClick(sheet, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestShortcutHelp::ctrlSlashOpensItToo()
{
    auto w = window(QStringLiteral("rep"));
    ShortcutHelpDialog *sheet = press(w.get(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QVERIFY2(sheet, "Ctrl+/ did not open the shortcut sheet");
    sheet->close();
}

void TestShortcutHelp::theCurrentPageBringsItsOwn()
{
    // A manager's approval inbox answers Ctrl+Enter and Ctrl+Shift+R; the customers page does not.
    auto w = window(QStringLiteral("manager"));
    w->showPage(MainWindow::Approvals);
    const QString approve = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const auto approvals = collectShortcuts(w.get(), w->page(MainWindow::Approvals), QStringLiteral("Approvals"));
    bool found = false;
    for (const ShortcutEntry &e : approvals)
        found = found || (e.area == QLatin1String("Approvals") && e.keys.contains(approve) && e.keys.contains(QStringLiteral(", ")));
    QVERIFY2(found, "the approval inbox's Ctrl+Enter is not on the sheet");
    w->showPage(MainWindow::Customers);
    for (const ShortcutEntry &e : collectShortcuts(w.get(), w->page(MainWindow::Customers), QStringLiteral("Customers")))
        QVERIFY2(!e.keys.contains(approve) || e.area != QLatin1String("Approvals"), qPrintable(e.action));
    // The customer file's keys while a file is open, not while the list shows.
    auto logLine = [](const QList<ShortcutEntry> &entries) {
        for (const ShortcutEntry &e : entries)
            if (e.area == QLatin1String("Customers") && e.action == QLatin1String("Log a visit, call or note"))
                return e.keys;
        return QString();
    };
    QVERIFY(logLine(collectShortcuts(w.get(), w->page(MainWindow::Customers), QStringLiteral("Customers"))).isEmpty());
    const qint64 customer = m_db->scalar(QStringLiteral("SELECT min(id) FROM customers")).value().toLongLong();
    w->customers()->openRecord(customer);
    QCOMPARE(logLine(collectShortcuts(w.get(), w->page(MainWindow::Customers), QStringLiteral("Customers"))),
             QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
    w->customers()->showList();
    // Opened from the page, the sheet names it.
    w->showPage(MainWindow::Approvals);
    ShortcutHelpDialog *sheet = press(w.get(), QKeySequence(Qt::Key_F1));
    QVERIFY(sheet);
    bool onSheet = false;
    for (const QString &line : sheet->visibleLines())
        onSheet = onSheet || line.startsWith(QStringLiteral("Approvals / Approve the request / "));
    QVERIFY2(onSheet, qPrintable(sheet->visibleLines().join(QLatin1Char('\n'))));
    QVERIFY(sheet->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/shortcut-help-approvals.png")));
    sheet->close();
}

void TestShortcutHelp::everyShortcutSaysWhatItDoes()
{
    // Every page built: a QShortcut without a description would be missing from the sheet.
    auto w = window(QStringLiteral("manager"));
    for (int i = 0; i < MainWindow::PageCount; ++i)
        w->page(MainWindow::Page(i));
    const auto shortcuts = w->findChildren<QShortcut *>();
    QVERIFY(!shortcuts.isEmpty());
    for (const QShortcut *s : shortcuts)
        QVERIFY2(!s->whatsThis().isEmpty(),
                 qPrintable(QStringLiteral("a QShortcut for %1 under %2 has no whatsThis")
                                .arg(s->key().toString(), s->parent()->metaObject()->className())));
    const auto actions = w->findChildren<QAction *>();
    for (const QAction *a : actions)
        if (!a->shortcuts().isEmpty())
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->shortcut().toString()));
}

void TestShortcutHelp::settingsIsInTheMenuWithAKey()
{
    auto w = window(QStringLiteral("rep"));
    QAction *settings = nullptr;
    for (QAction *m : w->menuBar()->actions())
        if (m->menu())
            for (QAction *a : m->menu()->actions())
                if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Settings")))
                    settings = a;
    QVERIFY2(settings, "no Settings entry in the menus");
    QVERIFY(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QTest::keySequence(w->windowHandle(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr);
    QVERIFY2(QString::fromLatin1(dialog->metaObject()->className()).contains(QStringLiteral("SettingsDialog")),
             dialog->metaObject()->className());
    dialog->close();
}

QTEST_MAIN(TestShortcutHelp)
#include "tst_shortcuthelp.moc"
