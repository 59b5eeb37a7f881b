// The Sync tab's "History kept in the workspace" box, driven like a person would: it shows the
// limits in force (the defaults at first), what is typed reaches the settings the sync engine
// reads each cycle (RetentionPolicy::load) on Apply and not before, Cancel keeps the old values,
// and "Reset to defaults" brings the defaults back. Saves settings-retention.png.
#include "models/store/Retention.h"
#include "ui/settings/RetentionSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace sb;

class TestRetentionSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsTheDefaultsAtFirst();
    void applyReachesWhatTheEngineReads();
    void cancelKeepsTheOldLimits();
    void resetToDefaults();

private:
    std::unique_ptr<SettingsDialog> open();
    static void type(QSpinBox *box, int value);
};

void TestRetentionSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_retentionsettings"));
}

void TestRetentionSettings::init()
{
    QSettings().remove(QStringLiteral("retention"));
}

std::unique_ptr<SettingsDialog> TestRetentionSettings::open()
{
    auto dialog = std::make_unique<SettingsDialog>();
    dialog->showPage(SettingsDialog::SyncPage);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the settings window did not become active");
    return dialog;
}

void TestRetentionSettings::type(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

void TestRetentionSettings::showsTheDefaultsAtFirst()
{
    auto dialog = open();
    RetentionSettingsBox *box = dialog->retentionSettings();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(dialog->tabs()->currentWidget(), box->parentWidget());
    const RetentionPolicy defaults;
    QCOMPARE(box->logDays()->value(), defaults.syncLogDays);
    QCOMPARE(box->logRows()->value(), defaults.syncLogMaxRows);
    QCOMPARE(box->historyDays()->value(), defaults.historyDays);
    QCOMPARE(box->historyRows()->value(), defaults.historyMaxRows);
    QVERIFY(!box->isChanged());
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-retention.png")));
}

void TestRetentionSettings::applyReachesWhatTheEngineReads()
{
    auto dialog = open();
    RetentionSettingsBox *box = dialog->retentionSettings();
    type(box->logDays(), 30);
    type(box->logRows(), 5000);
    type(box->historyDays(), 400);
    type(box->historyRows(), 123456);
    QVERIFY(box->isChanged());
    QCOMPARE(RetentionPolicy::load().syncLogDays, RetentionPolicy().syncLogDays); // not before Apply
    dialog->buttons()->button(QDialogButtonBox::Apply)->click();
    const RetentionPolicy p = RetentionPolicy::load();
    QCOMPARE(p.syncLogDays, 30);
    QCOMPARE(p.syncLogMaxRows, 5000);
    QCOMPARE(p.historyDays, 400);
    QCOMPARE(p.historyMaxRows, 123456);
    QVERIFY(!box->isChanged());
    // Out of range cannot be typed: the box keeps to what load() accepts.
    type(box->historyRows(), 5);
    QVERIFY(box->historyRows()->value() >= RetentionPolicy::kMinRows);
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-retention-changed.png")));
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    // A new dialog shows what is saved.
    auto again = open();
    QCOMPARE(again->retentionSettings()->historyDays()->value(), 400);
    QCOMPARE(again->retentionSettings()->logRows()->value(), 5000);
}

void TestRetentionSettings::cancelKeepsTheOldLimits()
{
    auto dialog = open();
    type(dialog->retentionSettings()->logDays(), 7);
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(RetentionPolicy::load().syncLogDays, RetentionPolicy().syncLogDays);
}

void TestRetentionSettings::resetToDefaults()
{
    RetentionPolicy custom;
    custom.syncLogDays = 10;
    custom.syncLogMaxRows = 1000;
    custom.historyDays = 20;
    custom.historyMaxRows = 2000;
    RetentionPolicy::save(custom);
    auto dialog = open();
    RetentionSettingsBox *box = dialog->retentionSettings();
    QCOMPARE(box->logDays()->value(), 10);
    QCOMPARE(box->historyRows()->value(), 2000);
    QTest::mouseClick(box->resetButton(), Qt::LeftButton);
    const RetentionPolicy defaults;
    QCOMPARE(box->logDays()->value(), defaults.syncLogDays);
    QCOMPARE(box->logRows()->value(), defaults.syncLogMaxRows);
    QCOMPARE(box->historyDays()->value(), defaults.historyDays);
    QCOMPARE(box->historyRows()->value(), defaults.historyMaxRows);
    QCOMPARE(RetentionPolicy::load().syncLogDays, 10); // only the form so far
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    const RetentionPolicy p = RetentionPolicy::load();
    QCOMPARE(p.syncLogDays, defaults.syncLogDays);
    QCOMPARE(p.syncLogMaxRows, defaults.syncLogMaxRows);
    QCOMPARE(p.historyDays, defaults.historyDays);
    QCOMPARE(p.historyMaxRows, defaults.historyMaxRows);
}

QTEST_MAIN(TestRetentionSettings)
#include "tst_retentionsettings.moc"
