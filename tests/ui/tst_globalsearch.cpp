// Ctrl+K over a demo workspace in English and in Chinese: every kind of record is found by
// what people type (a tracking number, a quote number, part of a Chinese name), each hit
// shows its second line (customer, state, amount, date) in both languages, and Enter opens
// the record. A PNG of the popup in each language is saved for people to look at.
#include "models/demo/DemoGenerator.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"
#include "ui/logistics/LogisticsView.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/quotes/QuotesView.h"
#include "ui/search/GlobalSearch.h"
#include "ui/search/SearchHitDelegate.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWindow>
#include <QtTest>

using namespace sb;

class TestGlobalSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyHitShowsItsSecondLine_data();
    void everyHitShowsItsSecondLine();
    void enterOpensTheRecord_data();
    void enterOpensTheRecord();

private:
    void useLanguage(const QString &language);
    std::unique_ptr<MainWindow> window();
    GlobalSearch *searchFor(MainWindow *w, const QString &text);
    QString scalar(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    QTranslator *m_translator = nullptr;
};

void TestGlobalSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    auto r = DemoGenerator(*m_db, DemoGenerator::Options{400, 11, QStringLiteral("wang.fang")}).generate();
    QVERIFY2(r, qPrintable(r.error()));
}

void TestGlobalSearch::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestGlobalSearch::useLanguage(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    QLocale::setDefault(QLocale(language));
    // As the app does (main.cpp): the catalog built next to the executable.
    m_translator = new QTranslator(this);
    const QString qm = QFileInfo(QStringLiteral(SB_APP_PATH)).dir().filePath(QStringLiteral("salesbridge_%1.qm").arg(language));
    if (!m_translator->load(qm))
        qFatal("cannot load %s", qPrintable(qm));
    QCoreApplication::installTranslator(m_translator);
}

std::unique_ptr<MainWindow> TestGlobalSearch::window()
{
    m_ctx = std::make_unique<AppContext>(*m_db, Session{});
    auto w = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Test"));
    w->resize(1366, 768);
    w->show();
    w->windowHandle()->requestActivate();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("main window did not become active");
    return w;
}

GlobalSearch *TestGlobalSearch::searchFor(MainWindow *w, const QString &text)
{
    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = w->globalSearch();
    if (!QTest::qWaitFor([search] { return search->isVisible(); }))
        return nullptr;
    search->input()->clear();
    search->input()->insert(text); // QTest types ASCII only
    search->runSearch();
    return search;
}

QString TestGlobalSearch::scalar(const QString &sql)
{
    auto r = m_db->scalar(sql);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().toString();
}

void TestGlobalSearch::everyHitShowsItsSecondLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("customerLabel");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Customer");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("客户");
}

void TestGlobalSearch::everyHitShowsItsSecondLine()
{
    QFETCH(QString, language);
    QFETCH(QString, customerLabel);
    useLanguage(language);
    auto w = window();
    // A Chinese customer's short name finds the customer and its opportunities, quotes and
    // orders: look-alikes that only the second line tells apart.
    const QString shortName = scalar(QStringLiteral(
        "SELECT c.short_name FROM customers c WHERE c.short_name GLOB '*[一-龥]*' "
        "AND EXISTS (SELECT 1 FROM quotes q WHERE q.customer_id = c.id) "
        "AND EXISTS (SELECT 1 FROM opportunities o WHERE o.customer_id = c.id) ORDER BY c.id LIMIT 1"));
    QVERIFY(!shortName.isEmpty());
    GlobalSearch *search = searchFor(w.get(), shortName);
    QVERIFY(search);
    QListWidget *results = search->results();
    QVERIFY2(results->count() >= 3, qPrintable(QString::number(results->count())));
    QSet<QString> kinds;
    for (int i = 0; i < results->count(); ++i)
        kinds << results->item(i)->data(SearchHitDelegate::KindLabelRole).toString();
    QVERIFY2(kinds.contains(customerLabel), qPrintable(QStringList(kinds.values()).join(QLatin1Char(','))));
    QVERIFY2(kinds.size() >= 3, qPrintable(QStringList(kinds.values()).join(QLatin1Char(','))));
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/global-search-%1.png").arg(language)));

    // Each visible hit is two lines tall and has ink in its lower half (the context line).
    const QImage image = results->viewport()->grab().toImage();
    const int line = SearchHitDelegate::lineHeight(results->font());
    int checked = 0;
    for (int i = 0; i < results->count(); ++i) {
        QListWidgetItem *item = results->item(i);
        QVERIFY2(!item->data(SearchHitDelegate::DetailRole).toString().isEmpty(), qPrintable(item->text()));
        const QRect rect = results->visualItemRect(item);
        if (!image.rect().contains(rect))
            continue;
        QVERIFY2(rect.height() >= 2 * line, qPrintable(QStringLiteral("%1 < 2 x %2").arg(rect.height()).arg(line)));
        if (item->isSelected())
            continue;
        const QRect lower(rect.left(), rect.center().y() + 1, rect.width(), rect.bottom() - rect.center().y());
        const QRgb background = image.pixel(rect.right() - 1, rect.bottom() - 1); // past the end of the text
        int ink = 0;
        for (int y = lower.top(); y <= lower.bottom(); ++y)
            for (int x = lower.left(); x <= lower.right(); ++x)
                ink += qGray(image.pixel(x, y)) < qGray(background) - 60 ? 1 : 0;
        QVERIFY2(ink > 20, qPrintable(QStringLiteral("no second line drawn for \"%1\" (%2 dark pixels)").arg(item->text()).arg(ink)));
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestGlobalSearch::enterOpensTheRecord_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestGlobalSearch::enterOpensTheRecord()
{
    QFETCH(QString, language);
    useLanguage(language);
    auto w = window();

    // A shipment by its tracking number.
    const QString tracking = scalar(QStringLiteral(
        "SELECT tracking_number FROM shipments WHERE tracking_number <> '' ORDER BY id LIMIT 1"));
    const qint64 shipment = scalar(QStringLiteral("SELECT id FROM shipments WHERE tracking_number = '%1'").arg(tracking)).toLongLong();
    GlobalSearch *search = searchFor(w.get(), tracking);
    QVERIFY(search);
    QVERIFY(search->results()->count() >= 1);
    QVERIFY2(search->results()->item(0)->text().contains(tracking), qPrintable(search->results()->item(0)->text()));
    QTest::keyClick(search->input(), Qt::Key_Return);
    QVERIFY(!search->isVisible());
    QCOMPARE(int(w->currentPage()), int(MainWindow::Logistics));
    QCOMPARE(w->logistics()->shipmentId(), shipment);

    // A quote by its number.
    const QString number = scalar(QStringLiteral("SELECT number FROM quotes WHERE number <> '' ORDER BY id DESC LIMIT 1"));
    const qint64 quote = scalar(QStringLiteral("SELECT id FROM quotes WHERE number = '%1'").arg(number)).toLongLong();
    search = searchFor(w.get(), number);
    QVERIFY(search);
    int row = -1;
    for (int i = 0; i < search->results()->count() && row < 0; ++i)
        if (search->results()->item(i)->data(SearchHitDelegate::TitleRole).toString() == number
            && search->results()->item(i)->text().startsWith(vocab::entityLabel(QStringLiteral("quote"))))
            row = i;
    QVERIFY(row >= 0);
    search->results()->setCurrentRow(row);
    QTest::keyClick(search->input(), Qt::Key_Return);
    QCOMPARE(int(w->currentPage()), int(MainWindow::Quotes));
    QCOMPARE(w->quotes()->editor()->quoteId(), quote);
}

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
