// Settings driven like a person would, on a real main window and SyncRunner: the Sync tab's
// interval reaches QSettings (per workspace) and the runner at once; "Sync as soon as the network
// comes back" decides whether the window's back-online hook starts a cycle (the "network" is a
// loopback gate in front of the fake back end); a Tryton server added through the form lands in
// ConnectorStore with its password in the system keychain only, and Remove takes both away.
#include "TcpGate.h"
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "models/store/ConnectorStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/engine/SyncRunner.h"
#include "sync/network/ConnectivityMonitor.h"
#include "ui/common/AppContext.h"
#include "ui/settings/ConnectorDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SyncSettings.h"
#include "ui/shell/MainWindow.h"
#include "../common/TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>
#include <QtTest>

using namespace sb;
using sb::test::TcpGate;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void syncSettingsReachTheRunner();
    void backOnlineHookFollowsTheCheckbox();
    void connectionsAddEditRemove();
    void feishuFormAsksForItsOwnSettings();
    void plainHttpToAnotherComputerAsksFirst();

private:
    SettingsDialog *openSettings(SettingsDialog::Page page);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    // Whether the Secret Service answers; fails the test when SB_REQUIRE_KEYCHAIN says it must.
    bool keychainReachable(QString *why);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeBackend> m_server;
    std::unique_ptr<TcpGate> m_gate;
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CredentialStore> m_keychain;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    // English plural forms ("Every 5 minutes") come from the en catalog, as in the app.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QFileInfo(QStringLiteral(SB_APP_PATH)).dir().filePath(QStringLiteral("salesbridge_en.qm"))));
    QCoreApplication::installTranslator(english);
}

void TestSettings::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("w.sqlite"));
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_server = std::make_unique<FakeBackend>();
    QVERIFY(m_server->isListening());
    m_gate = std::make_unique<TcpGate>(m_server->baseUrl());
    const QUrl url = m_gate->url();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'fake', ?)"),
                       {url.toString()}));
    m_runner = std::make_unique<SyncRunner>(m_path, [url](QNetworkAccessManager &nam) {
        std::vector<RunnerConnector> out;
        out.push_back({std::make_unique<FakeConnector>(&nam, url, QStringList{QStringLiteral("customer"), QStringLiteral("contact")}), 1});
        return out;
    });
    m_ctx = std::make_unique<AppContext>(*m_db, Session());
    m_window = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Settings test"));
    m_window->setSyncRunner(m_runner.get());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_keychain = std::make_unique<CredentialStore>(QStringLiteral("SalesBridge-test"));
}

void TestSettings::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_runner.reset();
    m_gate.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
    m_keychain.reset();
    QSettings().clear();
}

QVariant TestSettings::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

SettingsDialog *TestSettings::openSettings(SettingsDialog::Page page)
{
    // Ctrl+, is the platform's Preferences key only on some desktops: go through the menu action.
    m_window->showSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->setCredentialStore(m_keychain.get());
    dialog->showPage(page);
    return dialog;
}

void TestSettings::feishuFormAsksForItsOwnSettings()
{
    SettingsDialog *dialog = openSettings(SettingsDialog::ConnectionsPage);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->addConnectorButton(), Qt::LeftButton);
    ConnectorDialog *form = dialog->connectorDialog();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(form));
    const int feishu = form->kindCombo()->findData(QStringLiteral("feishu"));
    QVERIFY(feishu >= 0);
    form->kindCombo()->setCurrentIndex(feishu);
    // The form is the kind's: app id, secret, definition and the person's OA user id.
    for (const char *key : {"url", "username", "password", "approval_code", "user_id"})
        QVERIFY2(form->fieldEdit(QString::fromLatin1(key)), key);
    QVERIFY(!form->databaseEdit());
    QCOMPARE(form->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(form->urlEdit(), QStringLiteral("http://127.0.0.1:8201"));
    QTest::keyClicks(form->userEdit(), QStringLiteral("cli_salesbridge"));
    QTest::keyClicks(form->passwordEdit(), QStringLiteral("secret"));
    QTest::keyClicks(form->fieldEdit(QStringLiteral("approval_code")), QStringLiteral("SB_QUOTE"));
    QTest::keyClick(form->fieldEdit(QStringLiteral("approval_code")), Qt::Key_Return); // Enter is Save
    QVERIFY(form->errorLabel()->isVisible()); // the user id is missing: said, and the field focused
    QVERIFY2(form->errorLabel()->text().contains(QLatin1String("user id")), qPrintable(form->errorLabel()->text()));
    QTRY_COMPARE(QApplication::focusWidget(), form->fieldEdit(QStringLiteral("user_id")));
    QVERIFY(form->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connector-feishu.png")));
    form->reject();
}

void TestSettings::plainHttpToAnotherComputerAsksFirst()
{
    SettingsDialog *dialog = openSettings(SettingsDialog::ConnectionsPage);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->addConnectorButton(), Qt::LeftButton);
    ConnectorDialog *form = dialog->connectorDialog();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QTest::keyClicks(form->urlEdit(), QStringLiteral("http://erp.example.com:8000"));
    QTest::keyClicks(form->databaseEdit(), QStringLiteral("crm"));
    QTest::keyClicks(form->userEdit(), QStringLiteral("admin"));
    QTest::keyClicks(form->passwordEdit(), QStringLiteral("secret"));
    form->enabledCheck()->setChecked(false); // the fixture's server is the ERP already
    // The warning, answered with its default (No): nothing saved, the reason shown.
    QString asked;
    auto answer = [&asked](QMessageBox::StandardButton button, bool screenshot) {
        QTimer::singleShot(0, [&asked, button, screenshot] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QCOMPARE(box->objectName(), QStringLiteral("plainHttpWarning"));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
            asked = box->text() + QLatin1Char(' ') + box->informativeText();
            if (screenshot)
                box->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-plain-http-warning.png"));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No, true);
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("erp.example.com")) && asked.contains(QLatin1String("in clear")), qPrintable(asked));
    QVERIFY(dialog->connectorDialog());
    QVERIFY2(form->errorLabel()->text().contains(QLatin1String("unencrypted")), qPrintable(form->errorLabel()->text()));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM connectors WHERE url LIKE '%erp.example.com%'")).toInt(), 0);
    // Confirmed: the form goes on (to the keychain); the refusal is gone.
    asked.clear();
    answer(QMessageBox::Yes, false);
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->connectorDialog() || !form->isBusy(), 20000);
    if (dialog->connectorDialog())
        QVERIFY2(!form->errorLabel()->text().contains(QLatin1String("unencrypted")), qPrintable(form->errorLabel()->text()));
    else
        QVERIFY(local(QStringLiteral("SELECT options FROM connectors WHERE url LIKE '%erp.example.com%'"))
                    .toString()
                    .contains(QLatin1String("erp.example.com")));
    if (dialog->connectorDialog())
        form->reject();
}

bool TestSettings::keychainReachable(QString *why)
{
    const QString key = CredentialStore::keyFor(QStringLiteral("erp"), QStringLiteral("http://probe.invalid"),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy written(m_keychain.get(), &CredentialStore::written);
    QSignalSpy failed(m_keychain.get(), &CredentialStore::failed);
    m_keychain->write(key, QStringLiteral("probe"));
    if (!QTest::qWaitFor([&] { return written.count() + failed.count() > 0; }, 15000)) {
        *why = QStringLiteral("the keychain did not answer");
        return false;
    }
    if (!failed.isEmpty()) {
        *why = failed.first().at(1).toString();
        return false;
    }
    QSignalSpy removed(m_keychain.get(), &CredentialStore::removed);
    m_keychain->remove(key);
    (void)QTest::qWaitFor([&] { return removed.count() > 0; }, 15000);
    return true;
}

void TestSettings::syncSettingsReachTheRunner()
{
    // Nothing stored: the defaults, given to the runner as soon as the window has it.
    QCOMPARE(m_runner->interval(), 15);
    QVERIFY(m_window->syncPreferences().syncWhenOnline);

    SettingsDialog *dialog = openSettings(SettingsDialog::SyncPage);
    QVERIFY(dialog);
    QCOMPARE(dialog->workspacePath(), m_path);
    QComboBox *interval = dialog->intervalCombo();
    QCheckBox *whenOnline = dialog->syncWhenOnlineCheck();
    QCOMPARE(interval->currentData().toInt(), 15);
    QVERIFY(whenOnline->isChecked());
    QStringList offered;
    for (int i = 0; i < interval->count(); ++i)
        offered << interval->itemText(i);
    QCOMPARE(offered, QStringList({QStringLiteral("Off (only when I press F5)"), QStringLiteral("Every 5 minutes"),
                                   QStringLiteral("Every 15 minutes"), QStringLiteral("Every 30 minutes"),
                                   QStringLiteral("Every 60 minutes")}));

    // By keyboard: one step up from 15 is 5 minutes.
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Up);
    QCOMPARE(interval->currentData().toInt(), 5);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("syncScope"))->text().contains(QLatin1String("w.sqlite")));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-sync.png")));

    // Apply: stored for this workspace, and the runner counts 5 minutes from now on.
    QSignalSpy changed(dialog, &SettingsDialog::syncSettingsChanged);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_runner->interval(), 5);
    QVERIFY(m_runner->isScheduled());
    const QString group = SyncPreferences::group(m_path);
    QVERIFY(group.startsWith(QLatin1String("workspaces/")));
    {
        QSettings settings;
        QCOMPARE(settings.value(group + QStringLiteral("/intervalMinutes")).toInt(), 5);
        QCOMPARE(settings.value(group + QStringLiteral("/syncWhenOnline")).toBool(), true);
        QVERIFY(!settings.contains(QStringLiteral("sync/intervalMinutes"))); // not global
    }

    // The checkbox by keyboard, then OK.
    whenOnline->setFocus();
    QTest::keyClick(whenOnline, Qt::Key_Space);
    QVERIFY(!whenOnline->isChecked());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_window->syncPreferences().syncWhenOnline);
    QCOMPARE(QSettings().value(group + QStringLiteral("/syncWhenOnline")).toBool(), false);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    // Opened again: what was stored. Off stops the automatic cycles.
    dialog = openSettings(SettingsDialog::SyncPage);
    QVERIFY(dialog);
    QCOMPARE(dialog->intervalCombo()->currentData().toInt(), 5);
    QVERIFY(!dialog->syncWhenOnlineCheck()->isChecked());
    dialog->intervalCombo()->setCurrentIndex(dialog->intervalCombo()->findData(0));
    dialog->accept();
    QCOMPARE(m_runner->interval(), 0);
    QVERIFY(!m_runner->isScheduled());
    QCOMPARE(SyncPreferences::load(m_path).intervalMinutes, 0);
    // Another workspace does not inherit this one's values.
    QCOMPARE(SyncPreferences::load(m_dir->filePath(QStringLiteral("other.sqlite"))).intervalMinutes, 15);

    // A runner set later gets the stored interval too.
    m_window->setSyncRunner(nullptr);
    m_runner->setInterval(30);
    m_window->setSyncRunner(m_runner.get());
    QCOMPARE(m_runner->interval(), 0);
}

void TestSettings::backOnlineHookFollowsTheCheckbox()
{
    ConnectivityMonitor *monitor = m_window->connectivity();
    monitor->setInterval(100);
    monitor->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), ConnectivityMonitor::State::Offline, 10000);
    QSignalSpy started(m_runner.get(), &SyncRunner::started);
    QSignalSpy finished(m_runner.get(), &SyncRunner::finished);

    // Off: the network comes back and nothing starts by itself.
    SettingsDialog *dialog = openSettings(SettingsDialog::SyncPage);
    QVERIFY(dialog);
    dialog->syncWhenOnlineCheck()->setChecked(false);
    dialog->accept();
    QVERIFY(CustomerStore(*m_db).create({{QStringLiteral("name"), QStringLiteral("Offline Hook Ltd")}}));
    QVERIFY(m_gate->open());
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), ConnectivityMonitor::State::Online, 10000);
    QTest::qWait(500);
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_server->count(QStringLiteral("customer")), 0);

    // On: the next return of the network sends the change.
    m_gate->close();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), ConnectivityMonitor::State::Offline, 10000);
    dialog = openSettings(SettingsDialog::SyncPage);
    QVERIFY(dialog);
    dialog->syncWhenOnlineCheck()->setChecked(true);
    dialog->accept();
    QVERIFY(m_gate->open());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(started.count(), 1);
    const SyncSummary s = finished.first().first().value<SyncSummary>();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_server->count(QStringLiteral("customer")), 1);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
}

void TestSettings::connectionsAddEditRemove()
{
    SettingsDialog *dialog = openSettings(SettingsDialog::ConnectionsPage);
    QVERIFY(dialog);
    QTableWidget *table = dialog->connectorTable();
    QCOMPARE(table->rowCount(), 1); // the fixture's server
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ERP"));
    QCOMPARE(table->item(0, 2)->text(), m_gate->url().toString());
    QSignalSpy connectorsChanged(dialog, &SettingsDialog::connectorsChanged);
    QSignalSpy windowHeard(m_window.get(), &MainWindow::connectorsChanged);

    // Add…: the form, filled from the keyboard; problems are shown inline and keep it open.
    QTest::mouseClick(dialog->addConnectorButton(), Qt::LeftButton);
    ConnectorDialog *form = dialog->connectorDialog();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QCOMPARE(form->kindCombo()->currentText(), QStringLiteral("Tryton ERP"));
    QCOMPARE(form->passwordEdit()->echoMode(), QLineEdit::Password);
    QTRY_COMPARE(QApplication::focusWidget(), form->urlEdit());
    QTest::keyClicks(form->urlEdit(), QStringLiteral("erp.example.com"));
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(form->errorLabel()->isVisible());
    QVERIFY2(form->errorLabel()->text().contains(QLatin1String("is not a server address")), qPrintable(form->errorLabel()->text()));
    QCOMPARE(QApplication::focusWidget(), form->urlEdit());
    QVERIFY(dialog->connectorDialog());

    form->urlEdit()->clear();
    QTest::keyClicks(form->urlEdit(), QStringLiteral("http://127.0.0.1:8000/"));
    QTest::keyClick(form->urlEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->databaseEdit());
    QTest::keyClick(form->databaseEdit(), Qt::Key_Return); // Enter is Save
    QCOMPARE(form->errorLabel()->text(), QStringLiteral("Enter the name of the Tryton database."));
    QCOMPARE(QApplication::focusWidget(), form->databaseEdit());
    QTest::keyClicks(form->databaseEdit(), QStringLiteral("salesbridge"));
    QTest::keyClick(form->databaseEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->userEdit());
    QTest::keyClicks(form->userEdit(), QStringLiteral("admin"));
    QTest::keyClick(form->userEdit(), Qt::Key_Return);
    QVERIFY(form->errorLabel()->text().contains(QLatin1String("Enter the password")));
    QCOMPARE(QApplication::focusWidget(), form->passwordEdit());
    const QString typed = QStringLiteral("s3cret-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    QTest::keyClicks(form->passwordEdit(), typed);
    form->passwordEdit()->insert(QStringLiteral("-密码")); // as an input method would (keyClicks is ASCII only)
    const QString password = typed + QStringLiteral("-密码");
    QVERIFY(!form->errorLabel()->isVisible()); // typing again clears the problem
    QVERIFY(form->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connector-form.png")));
    const int connectorsBefore = local(QStringLiteral("SELECT count(*) FROM connectors")).toInt();

    QString why;
    if (!keychainReachable(&why)) {
        if (qEnvironmentVariableIsSet("SB_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("SB_REQUIRE_KEYCHAIN is set but the keychain fails: ") + why));
        // What a person sees without a keychain: the reason, and nothing half-saved. (Saved
        // switched off: the fixture's server is the workspace's ERP already.)
        form->enabledCheck()->setChecked(false);
        QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 20000);
        QVERIFY(dialog->connectorDialog());
        QVERIFY2(form->errorLabel()->text().contains(QLatin1String("could not be stored in the system keychain")),
                 qPrintable(form->errorLabel()->text()));
        QCOMPARE(local(QStringLiteral("SELECT count(*) FROM connectors")).toInt(), connectorsBefore);
        QVERIFY(form->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connector-keychain-error.png")));
        form->reject();
        QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connections.png")));
        QSKIP(qPrintable(QStringLiteral("no system keychain reachable (%1); scripts/test.sh provides one").arg(why)));
    }

    // The fixture's server is the workspace's ERP already: a second one is refused while both
    // would be used (a system is one back end, the home of its records), and saved once off.
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(form->errorLabel()->isVisible());
    QVERIFY2(form->errorLabel()->text().contains(QLatin1String("already plays this part")), qPrintable(form->errorLabel()->text()));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM connectors")).toInt(), connectorsBefore);
    form->enabledCheck()->setChecked(false);
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->connectorDialog(), 20000);
    QCOMPARE(connectorsChanged.count(), 1);
    QCOMPARE(windowHeard.count(), 1); // the window re-probes, and tells whoever builds runners
    auto all = ConnectorStore(*m_db).all();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all.value().size(), 2);
    const ConnectorConfig added = all.value().last();
    QCOMPARE(added.kind, QStringLiteral("tryton"));
    QCOMPARE(added.system, QStringLiteral("erp"));
    QCOMPARE(added.url, QStringLiteral("http://127.0.0.1:8000")); // one form of the address
    QCOMPARE(added.databaseName, QStringLiteral("salesbridge"));
    QCOMPARE(added.username, QStringLiteral("admin"));
    QVERIFY(!added.enabled);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Tryton ERP"));
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(dialog->connectionsMessage()->text().contains(QLatin1String("was added")));

    // The password is in the keychain, under the documented key, and nowhere else.
    const QString key = CredentialStore::keyFor(added.system, added.url, added.username);
    QSignalSpy read(m_keychain.get(), &CredentialStore::secretRead);
    m_keychain->read(key);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 15000);
    QCOMPARE(read.first().at(1).toString(), password);
    {
        QSettings settings;
        settings.sync();
        for (const QString &k : settings.allKeys())
            QVERIFY2(!settings.value(k).toString().contains(password), qPrintable(k));
        QFile ini(settings.fileName());
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains(password.toUtf8()));
    }
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(file)); // nor in the cache (or its WAL)
    }
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-connections.png")));

    // Edit (Enter on the row): a new password replaces the old one.
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Return);
    form = dialog->connectorDialog();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QCOMPARE(form->urlEdit()->text(), added.url);
    QCOMPARE(form->passwordEdit()->text(), QString()); // never read back into a form
    QTRY_COMPARE(QApplication::focusWidget(), form->passwordEdit());
    const QString newPassword = typed + QStringLiteral("-2"); // typed: keyClicks is ASCII only
    QTest::keyClicks(form->passwordEdit(), newPassword);
    QTest::keyClick(form->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->connectorDialog(), 20000);
    read.clear();
    m_keychain->read(key);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 15000);
    QCOMPARE(read.first().at(1).toString(), newPassword);

    // Remove (Delete on the row), confirmed: the row and the keychain entry go.
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Delete);
    auto *confirm = dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemoveConnector"));
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel)); // Enter does not delete
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM connectors WHERE kind = 'tryton'")).toInt(), 0);
    QCOMPARE(table->rowCount(), 1);
    QSignalSpy notFound(m_keychain.get(), &CredentialStore::notFound);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            notFound.clear();
            m_keychain->read(key);
            return QTest::qWaitFor([&] { return !notFound.isEmpty(); }, 2000);
        }(),
        15000);
    QVERIFY(dialog->connectionsMessage()->text().contains(QLatin1String("was removed")));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
