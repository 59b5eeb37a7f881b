// What the window shows before it opens on a workspace that another SalesBridge holds or that
// is damaged, and the fresh start that keeps a copy. Screenshots: workspace-in-use.png,
// workspace-damaged.png, workspace-fresh-start.png.

#include "../models/WorkspaceFaults.h"

#include "models/store/WorkspaceHealth.h"
#include "ui/shell/WorkspaceProblemDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sb;
using namespace sb::faults;

class TestWorkspaceProblem : public QObject {
    Q_OBJECT
private slots:
    void inUseNamesTheOtherOneAndOnlyQuits();
    void damagedOffersAFreshStartThatKeepsACopy();
    void quitLeavesTheDamagedFileAlone();

private:
    QString damagedWorkspace(const QString &name);
    QTemporaryDir m_dir;
};

QString TestWorkspaceProblem::damagedWorkspace(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!makeWorkspace(path, 120, 4))
        return QString();
    QFile f(path);
    f.resize(QFileInfo(path).size() / 2 + 1000); // cut short, as by a copy that stopped
    return path;
}

void TestWorkspaceProblem::inUseNamesTheOtherOneAndOnlyQuits()
{
    const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
    QVERIFY(makeWorkspace(path, 10, 0));
    const WorkspaceOpening first = openWorkspace(path);
    QCOMPARE(int(first.outcome), int(WorkspaceOpening::Outcome::Opened));
    const WorkspaceOpening second = openWorkspace(path);
    QCOMPARE(int(second.outcome), int(WorkspaceOpening::Outcome::InUse));

    WorkspaceProblemDialog dialog(path, second);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.text().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(!dialog.startFreshButton());
    QVERIFY(dialog.quitButton()->isDefault());
    QVERIFY(dialog.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/workspace-in-use.png")));
    dialog.quitButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestWorkspaceProblem::damagedOffersAFreshStartThatKeepsACopy()
{
    const QString path = damagedWorkspace(QStringLiteral("damaged.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray damaged = readAll(path);
    WorkspaceOpening w = openWorkspace(path);
    QCOMPARE(int(w.outcome), int(WorkspaceOpening::Outcome::Damaged));

    QString shown;
    bool clicked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WorkspaceProblemDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->text();
        QVERIFY(dialog->startFreshButton());
        QVERIFY(!dialog->startFreshButton()->isDefault()); // moving files is never the Enter key's
        dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/workspace-damaged.png"));
        clicked = true;
        // The report that follows is a message box: read, grab and close it.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            box->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/workspace-fresh-start.png"));
            box->accept();
        });
        dialog->startFreshButton()->click();
    });
    QVERIFY(WorkspaceProblemDialog::offerFreshStart(path, w));
    QVERIFY(clicked);
    QVERIFY2(shown.contains(QStringLiteral("cut short")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("settings of 1 server")), qPrintable(shown));
    QVERIFY2(WorkspaceProblemDialog::lastFreshStartText().contains(QStringLiteral("nothing was deleted")),
             qPrintable(WorkspaceProblemDialog::lastFreshStartText()));

    w.lock.reset(); // as the window does before it opens the fresh workspace
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readAll(m_dir.filePath(kept.first())), damaged);
    const WorkspaceOpening fresh = openWorkspace(path);
    QCOMPARE(int(fresh.outcome), int(WorkspaceOpening::Outcome::Opened));
    QCOMPARE(fresh.db->scalar(QStringLiteral("SELECT count(*) FROM connectors")).value().toInt(), 1);
}

void TestWorkspaceProblem::quitLeavesTheDamagedFileAlone()
{
    const QString path = damagedWorkspace(QStringLiteral("left.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray damaged = readAll(path);
    const WorkspaceOpening w = openWorkspace(path);
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<WorkspaceProblemDialog *>(QApplication::activeModalWidget()))
            dialog->quitButton()->click();
    });
    QVERIFY(!WorkspaceProblemDialog::offerFreshStart(path, w));
    QCOMPARE(readAll(path), damaged);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("left.sqlite.damaged-*")}).isEmpty());
}

QTEST_MAIN(TestWorkspaceProblem)
#include "tst_workspaceproblem.moc"
