// The CSV import wizard as a person uses it: check how the columns are understood, preview
// what each row will do before anything is written, import, read which rows were refused and
// why; and CSV export of a list panel.
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/importer/CsvImportWizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void previewShowsMapping();
    void importReportsRejectedRows();
    void enterInPathFieldDoesNotImport();
    void previewOfBrokenFileMatchesImport();
    void fileWithoutNameColumnCannotGoOn();
    void listExportsAllRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
};

void TestImportWizard::init()
{
    m_ctx.reset();
    m_db.reset();
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_ctx = std::make_unique<AppContext>(*m_db, Session{});
}

void TestImportWizard::previewShowsMapping()
{
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    QVERIFY(wizard.loadPreview(QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv")));
    QTableWidget *mapping = wizard.mapping();
    QCOMPARE(mapping->rowCount(), 12);
    QCOMPARE(mapping->item(1, 0)->text(), QStringLiteral("名称"));
    QCOMPARE(mapping->item(1, 1)->text(), QStringLiteral("name"));
    QCOMPARE(mapping->item(1, 2)->text(), QStringLiteral("杭州青禾智能装备有限公司"));
    QVERIFY(wizard.page(wizard.pageIds().first())->isComplete());
}

void TestImportWizard::importReportsRejectedRows()
{
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    wizard.resize(720, 520);
    wizard.show();
    QSignalSpy changed(m_ctx.get(), &AppContext::recordsChanged);
    QVERIFY(wizard.loadPreview(QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv")));
    wizard.next(); // the preview page: a dry run, nothing written
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(wizard.previewRows()->rowCount(), 6);
    QVERIFY2(wizard.previewSummary()->text().startsWith(QStringLiteral("2 customer(s) to create")),
             qPrintable(wizard.previewSummary()->text()));
    wizard.next(); // Import: the result page imports on entry
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 2);
    QCOMPARE(wizard.problems()->rowCount(), 4);
    QCOMPARE(wizard.problems()->item(0, 0)->text(), QStringLiteral("4"));
    QVERIFY(!wizard.problems()->item(0, 1)->text().isEmpty());
    QVERIFY2(wizard.summary()->text().contains(QStringLiteral("2 customer")) && wizard.summary()->text().contains(QStringLiteral("4 row")), qPrintable(wizard.summary()->text()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(wizard.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/import-result.png")));
    // Entering the page again (Back, Next) does not import twice.
    QVERIFY(wizard.runImport());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer'")).value().toInt(), 2);
}

// Enter in the path field used to reach the wizard's default button and import at once.
void TestImportWizard::enterInPathFieldDoesNotImport()
{
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const int first = wizard.currentId();
    QLineEdit *path = wizard.pathField();
    path->setFocus();
    path->setText(QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv"));
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), first);
    QCOMPARE(wizard.mapping()->rowCount(), 12); // the file was read
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
    QTest::keyClick(path, Qt::Key_Enter);
    QCOMPARE(wizard.currentId(), first);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt(), 0);
}

// The file: the preview lists every row with its true line and outcome; importing
// then does exactly that, and the summary says so.
void TestImportWizard::previewOfBrokenFileMatchesImport()
{
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    wizard.resize(900, 560);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.loadPreview(QStringLiteral(SB_TEST_DATA_DIR "/customers-broken.csv")));
    wizard.next();
    QTableWidget *rows = wizard.previewRows();
    QCOMPARE(rows->rowCount(), 9);
    QStringList lines, outcomes;
    for (int i = 0; i < rows->rowCount(); ++i) {
        lines << rows->item(i, 0)->text();
        outcomes << rows->item(i, 1)->text();
    }
    QCOMPARE(lines.join(QLatin1Char(' ')), QStringLiteral("2 3 4 5 6 7 8 10 11"));
    QCOMPARE(outcomes.count(QStringLiteral("create")), 5);
    QCOMPARE(outcomes.count(QStringLiteral("rejected")), 4);
    QVERIFY(!rows->item(5, 3)->text().isEmpty()); // line 7, the bad byte: a reason
    const QString previewText = wizard.previewSummary()->text();
    QVERIFY2(previewText.contains(QStringLiteral("5 customer(s) to create"))
                 && previewText.contains(QStringLiteral("4 row(s) rejected")),
             qPrintable(previewText));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Import"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
    QVERIFY(wizard.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/import-preview.png")));

    wizard.next();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 5);
    const QString summary = wizard.summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("5 customer(s) created")) && summary.contains(QStringLiteral("4 row(s) rejected"))
                 && !summary.contains(QStringLiteral("differs")),
             qPrintable(summary));
    QCOMPARE(wizard.problems()->rowCount(), 4);
    QCOMPARE(wizard.problems()->item(3, 0)->text(), QStringLiteral("10"));
}

void TestImportWizard::fileWithoutNameColumnCannotGoOn()
{
    const QString path = m_dir.filePath(QStringLiteral("noname.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,region\nX1,East\n");
    f.close();
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    QVERIFY(!wizard.loadPreview(path));
    QVERIFY(!wizard.page(wizard.pageIds().first())->isComplete());
    QVERIFY(!wizard.loadPreview(m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(!wizard.page(wizard.pageIds().first())->isComplete());
}

void TestImportWizard::listExportsAllRows()
{
    CsvImportWizard wizard(*m_ctx, CsvImportWizard::Customers);
    QVERIFY(wizard.loadPreview(QStringLiteral(SB_TEST_DATA_DIR "/customers-mixed.csv")));
    QVERIFY(wizard.runImport());
    ListPanel panel(lists::customers(*m_db, nullptr));
    panel.model()->setPageSize(1); // export must not stop at the loaded window
    panel.refresh();
    const QString out = m_dir.filePath(QStringLiteral("customers.csv"));
    QString error;
    QVERIFY2(panel.exportTo(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains("Name"));
    QVERIFY(!panel.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
