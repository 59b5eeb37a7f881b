// Settings when the settings file cannot be written (a full home folder): Apply says so in a
// dialog that names the file, the dialog stays open, the file on disk keeps what it held, and
// Apply again once there is room writes the new values. The limit is real: RLIMIT_FSIZE on this
// process (SIGXFSZ ignored), as the workspace's disk-full tests do. Saves settings-not-saved.png.
#include "../models/WorkspaceFaults.h"

#include "ui/settings/RetentionSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <csignal>

using namespace sb;
using sb::faults::FileSizeLimit;

namespace {

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSettingsDiskFull : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void applyOnAFullDiskSaysSoAndKeepsTheFile();
};

void TestSettingsDiskFull::initTestCase()
{
    ::signal(SIGXFSZ, SIG_IGN);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdiskfull"));
}

void TestSettingsDiskFull::applyOnAFullDiskSaysSoAndKeepsTheFile()
{
    QString file;
    {
        QSettings s;
        s.clear();
        s.setValue(QStringLiteral("retention/syncLogDays"), 60);
        s.sync();
        QCOMPARE(s.status(), QSettings::NoError);
        file = s.fileName();
    }
    const QByteArray before = fileText(file);
    QVERIFY2(before.contains("syncLogDays=60"), before.constData());

    SettingsDialog dialog;
    dialog.showPage(SettingsDialog::SyncPage);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox *days = dialog.retentionSettings()->logDays();
    QCOMPARE(days->value(), 60);
    days->setValue(45);

    // The warning, read and closed as a person would.
    QString title;
    QString text;
    QPixmap shot; // saved once files may grow again
    QPointer<QTimer> watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        watch->stop();
        title = box->windowTitle();
        text = box->text();
        shot = box->grab();
        box->accept();
    });
    watch->start(20);
    bool applied = true;
    {
        FileSizeLimit full(0);
        QVERIFY(full.ok());
        applied = dialog.apply();
    }
    delete watch;
    QVERIFY(shot.save(QStringLiteral(SB_SCREENSHOT_DIR "/settings-not-saved.png")));
    QVERIFY2(!applied, "Apply must not report success when nothing could be written");
    QCOMPARE(title, QStringLiteral("Settings not saved"));
    QVERIFY2(text.contains(file), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("disk may be full")), qPrintable(text));
    QCOMPARE(fileText(file), before); // the old file, whole
    QVERIFY(dialog.isVisible());

    // Room again: the same Apply keeps the values.
    QVERIFY(dialog.apply());
    const QByteArray after = fileText(file);
    QVERIFY2(after.contains("syncLogDays=45"), after.constData());
}

QTEST_MAIN(TestSettingsDiskFull)
#include "tst_settingsdiskfull.moc"
