// Quote documents: the PDF in both languages (rendered to PNG with pdftoppm and read back with
// pdftotext), the message templates, Settings → Documents, and Send to customer with a fake
// xdg-email on PATH, with a failing one and with none.
#include "SalesFixture.h"

#include "models/documents/QuoteDocumentData.h"
#include "models/documents/QuoteMessage.h"
#include "models/documents/QuoteSending.h"
#include "models/domain/Money.h"
#include "models/store/CustomerStore.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/documents/MailHandoff.h"
#include "ui/documents/QuoteDocument.h"
#include "ui/documents/QuoteDocumentBar.h"
#include "ui/quotes/QuoteEditor.h"
#include "ui/settings/DocumentSettingsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace sb;

class TestQuoteDocuments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void templateFieldSubstitution();
    void templatesStoredAndReset();
    void settingsPageEditsAndResets();
    void fileNameIsSafe();
    void pdfInBothLanguages_data();
    void pdfInBothLanguages();
    void longQuoteHasNumberedPages();
    void printsThroughPrinter();
    void draftIsNotSent();
    void sendHandsMessageToMailClient();
    void failingMailClientSavesInstead();
    void missingMailClientSavesAndMarksSent();

private:
    qint64 approvedQuote(int lines = 2);
    QString pdfText(const QString &pdf);
    QString writeFakeXdgEmail(int exitCode);
    void usePath(const QString &dir);
    int emailActivities();

    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_ctx;
    QTemporaryDir m_tmp;
    QString m_originalPath;
    qint64 m_contactId = 0;
    static constexpr const char *kContact = "陈静";
    static constexpr const char *kEmail = "chen.jing@huadong.example";
};

void TestQuoteDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsSet("SB_KEEP_TEST_FILES")) { // to look at the PDFs afterwards
        m_tmp.setAutoRemove(false);
        qInfo("test files kept in %s", qPrintable(m_tmp.path()));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quotedocuments"));
    QSettings().clear();
    m_originalPath = QString::fromLocal8Bit(qgetenv("PATH"));
    const QString error = m_fx.open(0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ctx = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    auto contact = CustomerStore(*m_fx.db).addContact(m_fx.customerId, {{QStringLiteral("name"), QString::fromUtf8(kContact)},
                                                                        {QStringLiteral("title"), QStringLiteral("采购经理")},
                                                                        {QStringLiteral("email"), QString::fromUtf8(kEmail)},
                                                                        {QStringLiteral("is_primary"), 1}});
    QVERIFY2(contact, qPrintable(contact ? QString() : contact.error()));
    m_contactId = contact.value();
    QVERIFY(m_fx.db->exec(QStringLiteral("UPDATE customers SET short_name = '华东精密' WHERE id = ?"), {m_fx.customerId}));
    QVERIFY(m_fx.db->exec(QStringLiteral("INSERT INTO addresses (customer_id, kind, street, city, province, postal_code, country, "
                                         "is_default) VALUES (?, 'billing', '工业园区星湖街 328 号', '苏州', '江苏', '215123', "
                                         "'中国', 1)"),
                          {m_fx.customerId}));
    QVERIFY2(QFileInfo(QStringLiteral(SB_SCREENSHOT_DIR)).isDir(), SB_SCREENSHOT_DIR);
    CompanyProfile company;
    company.name = QStringLiteral("上海启明自动化科技有限公司");
    company.address = QStringLiteral("上海市浦东新区张江路 88 号\n200120");
    company.phone = QStringLiteral("021-5080 1234");
    company.email = QStringLiteral("sales@qiming.example");
    company.save();
}

void TestQuoteDocuments::init()
{
    usePath(m_originalPath);
    QSettings().setValue(QStringLiteral("documents/folder"), m_tmp.filePath(QStringLiteral("sent")));
}

void TestQuoteDocuments::usePath(const QString &dir)
{
    qputenv("PATH", dir.toLocal8Bit());
}

qint64 TestQuoteDocuments::approvedQuote(int lineCount)
{
    QuoteStore quotes(*m_fx.db);
    auto id = quotes.createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    if (!id)
        return 0;
    QList<QuoteLine> lines;
    for (int i = 0; i < lineCount; ++i) {
        QuoteLine l;
        l.productId = i % 2 == 0 ? m_fx.plcId : m_fx.servoId;
        l.description = i % 2 == 0 ? QStringLiteral("PLC 控制器 16 点") : QStringLiteral("交流伺服电机 750W");
        l.quantity = i % 2 == 0 ? 4 : 2;
        l.unitPriceCents = i % 2 == 0 ? SalesFixture::kPlcPrice : SalesFixture::kServoPrice;
        l.discountPct = i % 2 == 0 ? 0 : 5;
        lines << l;
    }
    if (!quotes.saveLines(id.value(), lines))
        return 0;
    auto approval = quotes.submitForApproval(id.value(), QStringLiteral("wang.fang"), QStringLiteral("zhao.min"));
    if (!approval || !ApprovalStore(*m_fx.db).decide(approval.value(), true, QString(), QStringLiteral("zhao.min")))
        return 0;
    return id.value();
}

QString TestQuoteDocuments::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    // Compatibility-normalized: Qt's PDF writer maps a glyph that two code points share back to
    // the lower one, so 自 reads back as the Kangxi radical ⾃ (the same drawing); NFKC makes
    // them one again, as PDF readers' searches do. Everything else is compared as written.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString TestQuoteDocuments::writeFakeXdgEmail(int exitCode)
{
    // Records each argument on its own line, then ends with the exit code given.
    const QString dir = m_tmp.filePath(QStringLiteral("fakebin-%1").arg(exitCode));
    QDir().mkpath(dir);
    QFile script(dir + QStringLiteral("/xdg-email"));
    if (!script.open(QIODevice::WriteOnly))
        return QString();
    script.write("#!/bin/sh\n: > \"$FAKE_XDG_LOG\"\nfor a in \"$@\"; do printf '%s\\n' \"$a\" | tr '\\n' '\\036' >> \"$FAKE_XDG_LOG\"; "
                 "printf '\\n' >> \"$FAKE_XDG_LOG\"; done\n");
    script.write(QByteArray("exit ") + QByteArray::number(exitCode) + "\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir;
}

int TestQuoteDocuments::emailActivities()
{
    return m_fx.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ? AND kind = 'email'"),
                       {m_fx.customerId}).toInt();
}

void TestQuoteDocuments::templateFieldSubstitution()
{
    const QMap<QString, QString> fields{{QStringLiteral("contact"), QStringLiteral("陈静")},
                                        {QStringLiteral("quote"), QStringLiteral("Q-7")},
                                        {QStringLiteral("total"), QStringLiteral("¥1.00")}};
    QCOMPARE(MessageTemplate::fill(QStringLiteral("{contact}，您好：报价 {quote} 合计 {total}"), fields),
             QStringLiteral("陈静，您好：报价 Q-7 合计 ¥1.00"));
    // Unknown fields stay as typed; doubled braces are literal; an unclosed brace is kept.
    QCOMPARE(MessageTemplate::fill(QStringLiteral("{ quote } {nope} {{quote}} {quote"), fields),
             QStringLiteral("Q-7 {nope} {quote} {quote"));
    QCOMPARE(MessageTemplate::fill(QString(), fields), QString());

    QuoteDocumentData q;
    q.number = QStringLiteral("Q-2026-0012");
    q.customerName = QStringLiteral("恒达机电");
    q.currency = QStringLiteral("CNY");
    q.validUntil = QStringLiteral("2026-12-31");
    q.totals.totalCents = 1234500;
    const MessageTemplate zh = MessageTemplate::defaults(doclang::chinese())
                                   .filled(quoteMessageFields(q, doclang::chinese(), QStringLiteral("王芳"), QStringLiteral("启明")));
    QVERIFY2(zh.subject.contains(QStringLiteral("Q-2026-0012")) && zh.subject.contains(QStringLiteral("恒达机电")), qPrintable(zh.subject));
    QVERIFY2(zh.body.contains(QStringLiteral("尊敬的客户")), qPrintable(zh.body)); // no contact: a greeting without a name
    QVERIFY2(zh.body.contains(QStringLiteral("12,345.00")), qPrintable(zh.body));
    QVERIFY2(zh.body.contains(QStringLiteral("2026年12月31日")), qPrintable(zh.body));
    QVERIFY2(zh.body.contains(QStringLiteral("王芳")) && !zh.body.contains(QLatin1Char('{')), qPrintable(zh.body));
    q.contactName = QStringLiteral("Anna Berg");
    const MessageTemplate en = MessageTemplate::defaults(doclang::english())
                                   .filled(quoteMessageFields(q, doclang::english(), QStringLiteral("Fang Wang"), QString()));
    QVERIFY2(en.body.startsWith(QStringLiteral("Dear Anna Berg,")), qPrintable(en.body));
    QVERIFY2(en.body.contains(QStringLiteral("31 December 2026")), qPrintable(en.body));
}

void TestQuoteDocuments::templatesStoredAndReset()
{
    const QString en = doclang::english();
    QCOMPARE(MessageTemplate::stored(en), MessageTemplate::defaults(en));
    MessageTemplate own{QStringLiteral("Offer {quote}"), QStringLiteral("Hi {contact}")};
    MessageTemplate::store(en, own);
    QCOMPARE(MessageTemplate::stored(en), own);
    QCOMPARE(MessageTemplate::stored(doclang::chinese()), MessageTemplate::defaults(doclang::chinese())); // per language
    MessageTemplate::reset(en);
    QCOMPARE(MessageTemplate::stored(en), MessageTemplate::defaults(en));
    QVERIFY(!QSettings().contains(QStringLiteral("documents/template/en/subject")));
}

void TestQuoteDocuments::settingsPageEditsAndResets()
{
    const QString zh = doclang::chinese();
    {
        DocumentSettingsPage page;
        QCOMPARE(page.companyNameEdit()->text(), QStringLiteral("上海启明自动化科技有限公司"));
        QCOMPARE(page.subjectEdit(zh)->text(), MessageTemplate::defaults(zh).subject);
        page.subjectEdit(zh)->setText(QStringLiteral("报价 {quote}"));
        page.termsEdit(zh)->setPlainText(QStringLiteral("款到发货。"));
        page.apply();
    }
    QCOMPARE(MessageTemplate::stored(zh).subject, QStringLiteral("报价 {quote}"));
    QCOMPARE(CompanyProfile::load().terms(zh), QStringLiteral("款到发货。"));
    QCOMPARE(CompanyProfile::load().terms(doclang::english()), CompanyProfile::defaultTerms(doclang::english()));
    {
        DocumentSettingsPage page;
        QCOMPARE(page.subjectEdit(zh)->text(), QStringLiteral("报价 {quote}"));
        page.languageBox()->setCurrentIndex(page.languageBox()->findData(zh));
        QTest::mouseClick(page.resetButton(), Qt::LeftButton);
        QCOMPARE(page.subjectEdit(zh)->text(), MessageTemplate::defaults(zh).subject);
        page.apply();
    }
    QCOMPARE(MessageTemplate::stored(zh), MessageTemplate::defaults(zh));
    QVERIFY(!QSettings().contains(QStringLiteral("documents/template/zh_CN/subject")));
    QCOMPARE(CompanyProfile::load().terms(zh), CompanyProfile::defaultTerms(zh));
}

void TestQuoteDocuments::fileNameIsSafe()
{
    QuoteDocumentData q;
    q.number = QStringLiteral("Q-2026-0012");
    q.customerName = QStringLiteral("恒达机电设备有限公司");
    q.customerShortName = QStringLiteral("恒达");
    QCOMPARE(QuoteDocument::suggestedFileName(q), QStringLiteral("Q-2026-0012_恒达.pdf"));
    q.customerShortName = QStringLiteral("A/B: \"C\"");
    QCOMPARE(QuoteDocument::suggestedFileName(q), QStringLiteral("Q-2026-0012_A-B- -C-.pdf"));
}

void TestQuoteDocuments::pdfInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("totalLabel");
    QTest::newRow("zh") << doclang::chinese() << QStringLiteral("报价单") << QStringLiteral("合计");
    QTest::newRow("en") << doclang::english() << QStringLiteral("Quotation") << QStringLiteral("Total");
}

void TestQuoteDocuments::pdfInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, totalLabel);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "pdftoppm is missing: run scripts/deps.sh");
    QVERIFY2(QuoteDocument::fontProblem().isEmpty(), qPrintable(QuoteDocument::fontProblem()));
    const qint64 id = approvedQuote();
    QVERIFY(id > 0);
    auto data = QuoteDocumentSource(*m_fx.db).read(id);
    QVERIFY2(data, qPrintable(data ? QString() : data.error()));
    QCOMPARE(data.value().contactName, QString::fromUtf8(kContact));
    QCOMPARE(data.value().lines.size(), 2);
    QCOMPARE(QuoteDocumentSource::defaultLanguage(data.value(), QStringLiteral("en_US")), doclang::chinese()); // a customer in China

    const QString pdf = m_tmp.filePath(QStringLiteral("quote-%1.pdf").arg(language));
    const QuoteDocument doc(data.value(), CompanyProfile::load(), language);
    QVERIFY2(doc.writePdf(pdf), "the PDF was not written");
    QCOMPARE(doc.pageCount(), 1);

    // The first page as a picture: it exists and is not blank.
    const QString prefix = m_tmp.filePath(QStringLiteral("page-%1").arg(language));
    QCOMPARE(QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                            QStringLiteral("-singlefile"), pdf, prefix}),
             0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY2(!page.isNull(), "pdftoppm made no PNG");
    QVERIFY(page.width() > 400 && page.height() > page.width()); // A4 upright at 60 dpi: 496 x 702
    int ink = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            if (qGray(page.pixel(x, y)) < 128)
                ++ink;
    QVERIFY2(ink > 500, qPrintable(QStringLiteral("only %1 dark pixels: the page is blank").arg(ink)));
    // The banner of the table header is coloured: the layout was drawn, not only text.
    QVERIFY(page.save(QStringLiteral(SB_SCREENSHOT_DIR "/quote-pdf-%1.png").arg(language == doclang::chinese() ? "zh" : "en")));

    // The text as pdftotext reads it: the words a customer looks for.
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QuoteDocumentData &q = data.value();
    QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY2(text.contains(totalLabel), qPrintable(text));
    QVERIFY2(text.contains(q.customerName), qPrintable(text));
    QVERIFY2(text.contains(q.number), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8(kContact)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("上海启明自动化科技有限公司")), qPrintable(text));
    // 4 x 5,600.00 + 2 x 2,380.00 less 5% = 22,400.00 + 4,522.00
    const qint64 total = 4 * SalesFixture::kPlcPrice + qRound64(2 * SalesFixture::kServoPrice * 0.95);
    QCOMPARE(q.totals.totalCents, total);
    QVERIFY2(text.contains(QStringLiteral("26,922.00")), qPrintable(text));
    // 页 reads back as the radical ⻚, which NFKC leaves alone (docs/documents.md, Fonts).
    const QString pageOne = language == doclang::chinese() ? QStringLiteral("第 1 ") : QStringLiteral("Page 1 of 1");
    QVERIFY2(text.contains(pageOne),
             qPrintable(text));
    QVERIFY2(!text.contains(language == doclang::chinese() ? QStringLiteral("Quotation") : QStringLiteral("报价单")),
             "labels of the other language");
}

void TestQuoteDocuments::longQuoteHasNumberedPages()
{
    const qint64 id = approvedQuote(60);
    QVERIFY(id > 0);
    auto data = QuoteDocumentSource(*m_fx.db).read(id);
    QVERIFY(data);
    const QString pdf = m_tmp.filePath(QStringLiteral("long.pdf"));
    const QuoteDocument doc(data.value(), CompanyProfile::load(), doclang::english());
    QVERIFY(doc.writePdf(pdf));
    QVERIFY2(doc.pageCount() >= 2, qPrintable(QString::number(doc.pageCount())));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Page 2 of %1").arg(doc.pageCount())), qPrintable(text.right(400)));
    // The table's header row repeats on the next page.
    const int secondPage = text.indexOf(QLatin1Char('\f'));
    QVERIFY(secondPage > 0);
    QVERIFY2(text.indexOf(QStringLiteral("Unit price"), secondPage) > secondPage, "no column header on page 2");
}

void TestQuoteDocuments::printsThroughPrinter()
{
    const qint64 id = approvedQuote(1);
    QVERIFY(id > 0);
    QuoteDocumentBar bar(*m_ctx);
    bar.setQuote(id);
    QVERIFY(bar.printAction()->isEnabled());
    QCOMPARE(bar.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_tmp.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(bar.printTo(printer));
    QVERIFY(pdfText(printer.outputFileName()).contains(QStringLiteral("报价单")));
}

void TestQuoteDocuments::draftIsNotSent()
{
    auto id = QuoteStore(*m_fx.db).createDraft(m_fx.customerId, 0, QStringLiteral("wang.fang"));
    QVERIFY(id);
    QVERIFY(!QuoteSending::refusal(QStringLiteral("draft")).isEmpty());
    QVERIFY(!QuoteSending::refusal(QStringLiteral("pending_approval")).isEmpty());
    QVERIFY(QuoteSending::refusal(QStringLiteral("approved")).isEmpty());
    usePath(writeFakeXdgEmail(0) + QLatin1Char(':') + m_originalPath);
    qputenv("FAKE_XDG_LOG", m_tmp.filePath(QStringLiteral("draft.log")).toLocal8Bit());
    QuoteDocumentBar bar(*m_ctx);
    bar.setQuote(id.value());
    QSignalSpy errors(m_ctx.get(), &AppContext::errorReported);
    const int before = emailActivities();
    QVERIFY(!bar.sendToCustomer());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("approval")), qPrintable(errors.first().first().toString()));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("draft.log"))));
    QCOMPARE(emailActivities(), before);
    QVERIFY(!QuoteSending(*m_fx.db).recordSent({id.value(), 0, {}, QStringLiteral("x"), {}, {}, {}}));
}

void TestQuoteDocuments::sendHandsMessageToMailClient()
{
    const qint64 id = approvedQuote();
    QVERIFY(id > 0);
    const QString log = m_tmp.filePath(QStringLiteral("xdg-email.log"));
    qputenv("FAKE_XDG_LOG", log.toLocal8Bit());
    usePath(writeFakeXdgEmail(0) + QLatin1Char(':') + m_originalPath);
    QSettings().setValue(QStringLiteral("documents/sender_name"), QStringLiteral("Fang Wang"));

    QuoteEditor editor(*m_ctx);
    editor.load(id);
    QCOMPARE(editor.state(), QStringLiteral("approved"));
    QuoteDocumentBar *bar = editor.documentBar();
    QCOMPARE(bar->language(), doclang::chinese()); // the customer's language
    bar->setLanguage(doclang::english());
    QSignalSpy sent(bar, &QuoteDocumentBar::sent);
    QSignalSpy saved(bar, &QuoteDocumentBar::savedInstead);
    QSignalSpy changed(&editor, &QuoteEditor::quoteChanged);
    const int before = emailActivities();
    const qint64 outboxBefore = m_fx.scalar(QStringLiteral("SELECT max(id) FROM outbox")).toLongLong();
    bar->sendAction()->trigger();
    QVERIFY(sent.wait(10000));
    QCOMPARE(saved.count(), 0);

    // What xdg-email was given.
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList args;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        args << QString(line).replace(QChar(0x1e), QLatin1Char('\n')).chopped(1); // printf's own newline
    const QString number = editor.numberText();
    QVERIFY2(args.contains(QStringLiteral("--utf8")), qPrintable(args.join(QLatin1Char('|'))));
    const int subject = args.indexOf(QStringLiteral("--subject"));
    const int body = args.indexOf(QStringLiteral("--body"));
    const int attach = args.indexOf(QStringLiteral("--attach"));
    QVERIFY(subject >= 0 && body >= 0 && attach >= 0);
    QCOMPARE(args.at(subject + 1), QStringLiteral("Quotation %1 for 苏州华东精密机械有限公司").arg(number));
    const QString text = args.at(body + 1);
    QVERIFY2(text.startsWith(QStringLiteral("Dear 陈静,\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("26,922.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fang Wang")), qPrintable(text));
    const QString pdf = args.at(attach + 1);
    QCOMPARE(QFileInfo(pdf).fileName(), QStringLiteral("%1_华东精密.pdf").arg(number));
    QCOMPARE(QFileInfo(pdf).absolutePath(), QFileInfo(m_tmp.filePath(QStringLiteral("sent"))).absoluteFilePath());
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Quotation"))); // the English layout chosen
    QCOMPARE(args.last(), QString::fromUtf8(kEmail));

    // On the timeline, through the outbox, and the quote is sent.
    QCOMPARE(emailActivities(), before + 1);
    const QVariant activity = m_fx.scalar(QStringLiteral("SELECT id FROM activities WHERE customer_id = ? AND kind = 'email' "
                                                         "ORDER BY id DESC LIMIT 1"), {m_fx.customerId});
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT subject FROM activities WHERE id = ?"), {activity}).toString(),
             args.at(subject + 1));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT contact_id FROM activities WHERE id = ?"), {activity}).toLongLong(), m_contactId);
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT body FROM activities WHERE id = ?"), {activity}).toString().contains(QFileInfo(pdf).fileName()));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE id > ? AND entity = 'activity' AND op = 'create'"),
                         {outboxBefore}).toInt(), 1);
    QCOMPARE(m_fx.lastOutbox(QStringLiteral("quote"), id, QStringLiteral("update")).value(QStringLiteral("state")).toString(),
             QStringLiteral("sent"));
    QCOMPARE(editor.state(), QStringLiteral("sent")); // the editor shows it
    QVERIFY(changed.count() >= 1);

    // Sent again (another contact, a lost mail): allowed, the state stays "sent".
    bar->sendAction()->trigger();
    QVERIFY(sent.wait(10000));
    QCOMPARE(emailActivities(), before + 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {id}).toString(), QStringLiteral("sent"));
    QVERIFY(QFile::remove(pdf));
}

void TestQuoteDocuments::failingMailClientSavesInstead()
{
    const qint64 id = approvedQuote(1);
    QVERIFY(id > 0);
    qputenv("FAKE_XDG_LOG", m_tmp.filePath(QStringLiteral("failing.log")).toLocal8Bit());
    usePath(writeFakeXdgEmail(3) + QLatin1Char(':') + m_originalPath); // xdg-email: no mail program set up
    QuoteDocumentBar bar(*m_ctx);
    bar.setQuote(id);
    QSignalSpy saved(&bar, &QuoteDocumentBar::savedInstead);
    const int before = emailActivities();
    QVERIFY(bar.sendToCustomer());
    QVERIFY(saved.wait(10000));
    QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("failing.log")))); // it was asked
    QVERIFY(QFile::exists(saved.first().at(1).toString()));
    QVERIFY(bar.fallbackBox());
    QVERIFY2(bar.fallbackBox()->text().contains(QStringLiteral("No mail program is set up")), qPrintable(bar.fallbackBox()->text()));
    QCOMPARE(emailActivities(), before);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {id}).toString(), QStringLiteral("approved"));
    bar.fallbackBox()->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!bar.fallbackBox());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {id}).toString(), QStringLiteral("approved"));
}

void TestQuoteDocuments::missingMailClientSavesAndMarksSent()
{
    const qint64 id = approvedQuote(1);
    QVERIFY(id > 0);
    usePath(m_tmp.filePath(QStringLiteral("empty-bin"))); // nothing on PATH
    QVERIFY(MailHandoff::program().isEmpty());
    QuoteEditor editor(*m_ctx);
    editor.resize(1100, 700);
    editor.load(id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QuoteDocumentBar *bar = editor.documentBar();
    QSignalSpy saved(bar, &QuoteDocumentBar::savedInstead);
    const int before = emailActivities();
    QTest::mouseClick(editor.findChild<QWidget *>(QStringLiteral("sendToCustomer")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QString pdf = saved.first().at(1).toString();
    QVERIFY(QFile::exists(pdf));
    QMessageBox *box = bar->fallbackBox();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("xdg-email")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QDir::toNativeSeparators(pdf)), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QString::fromUtf8(kEmail)), qPrintable(box->informativeText()));
    QCOMPARE(emailActivities(), before); // nothing logged until the person says it went
    box->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/quote-send-fallback.png"));
    auto *mark = box->findChild<QPushButton *>(QStringLiteral("markAsSent"));
    QVERIFY(mark);
    mark->click();
    QTRY_VERIFY(!bar->fallbackBox());
    QCOMPARE(emailActivities(), before + 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {id}).toString(), QStringLiteral("sent"));
    QTRY_COMPARE(editor.state(), QStringLiteral("sent"));
    editor.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/quote-editor-sent.png"));
}

QTEST_MAIN(TestQuoteDocuments)
#include "tst_quotedocuments.moc"
