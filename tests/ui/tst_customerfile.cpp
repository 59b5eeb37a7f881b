// The customer file's sync banner: a customer the server refused shows the server's reason, one
// with open conflicts (on itself or its contacts) says how many fields and "Resolve…" opens the
// sync centre on the first of them; the banner follows the record as it changes.
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/ContactDialog.h"
#include "ui/customers/CustomerFileView.h"
#include "ui/customers/CustomersView.h"
#include "ui/outbox/ConflictPanel.h"
#include "ui/outbox/PendingChangesView.h"
#include "ui/shell/MainWindow.h"
#include "../common/TestSupport.h"

#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace sb;

class TestCustomerFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedAndConflictingCustomer();
    void pendingAndSyncedCustomers();
    void customerNoSystemTakesIsKeptHere();
    void contactsAreAddedEditedAndDeleted();

private:
    qint64 newCustomer(const QString &name, const QVariantMap &contact = {});
    qint64 addConflict(const QString &entity, qint64 recordId, const QString &field, const QString &base,
                       const QString &mine, const QString &theirs);
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    CustomerFileView *file() { return m_window->customers()->file(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_customerfile"));
    auto *english = new QTranslator(this); // plural forms, as in the app
    QVERIFY(english->load(QFileInfo(QStringLiteral(SB_APP_PATH)).dir().filePath(QStringLiteral("salesbridge_en.qm"))));
    QCoreApplication::installTranslator(english);
}

void TestCustomerFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    // A workspace whose ERP takes customers and contacts, as the sync layer writes it: their
    // changes wait to be sent (without a route they are kept here by design).
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp'), ('contact', 'erp')")));
    m_ctx = std::make_unique<AppContext>(*m_db, Session());
    m_window = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Customer file test"));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustomerFile::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestCustomerFile::newCustomer(const QString &name, const QVariantMap &contact)
{
    return testing::createCustomer(*m_db,
                                   {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("A")},
                                    {QStringLiteral("region"), QStringLiteral("华东")}},
                                   contact);
}

qint64 TestCustomerFile::addConflict(const QString &entity, qint64 recordId, const QString &field, const QString &base,
                                     const QString &mine, const QString &theirs)
{
    // Values are stored as the engine stores them: {"v": value} (null when empty here).
    auto wrap = [](const QString &v) {
        QJsonObject o;
        o.insert(QStringLiteral("v"), v.isEmpty() ? QJsonValue() : QJsonValue(v));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto r = m_db->exec(QStringLiteral("INSERT INTO conflicts (entity, record_id, field, base, mine, theirs, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {entity, recordId, field, wrap(base), wrap(mine), wrap(theirs), Database::nowUtc()});
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

QVariant TestCustomerFile::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

void TestCustomerFile::refusedAndConflictingCustomer()
{
    // As after a sync: the server refused the customer's last change, and a field of the customer
    // and one of its contact's were changed on both sides.
    const qint64 id = newCustomer(QStringLiteral("苏州联发阀门有限公司"),
                                  {{QStringLiteral("name"), QStringLiteral("王磊")}, {QStringLiteral("phone"), QStringLiteral("0512-6688 1234")}});
    const qint64 contact = local(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ?"), {id}).toLongLong();
    const QString reason = QStringLiteral("A customer needs a tax number (统一社会信用代码) before it can be invoiced.");
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = 1, last_error = ? "
                                      "WHERE entity = 'customer' AND record_id = ?"),
                       {reason, id}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET sync_error = ? WHERE id = ?"), {reason, id}));
    const qint64 first = addConflict(QStringLiteral("customer"), id, QStringLiteral("phone"), QStringLiteral("0512-6688 1000"),
                                     QStringLiteral("0512-6688 1234"), QStringLiteral("0512-6688 9999"));
    addConflict(QStringLiteral("contact"), contact, QStringLiteral("email"), QString(),
                QStringLiteral("wang.lei@lianfa.cn"), QStringLiteral("wl@lianfa.com.cn"));
    const qint64 failedEntry = local(QStringLiteral("SELECT id FROM outbox WHERE entity = 'customer' AND record_id = ?"), {id}).toLongLong();
    // Someone else's conflict must not be counted here.
    const qint64 other = newCustomer(QStringLiteral("Ningbo Oriental Bearings"));
    addConflict(QStringLiteral("customer"), other, QStringLiteral("name"), QStringLiteral("a"), QStringLiteral("b"),
                QStringLiteral("c"));

    m_ctx->requestOpen(QStringLiteral("customer"), id);
    QCOMPARE(m_window->currentPage(), MainWindow::Customers);
    QCOMPARE(file()->customerId(), id);
    QVERIFY(file()->syncBanner()->isVisible());
    QCOMPARE(file()->syncStateLabel()->text(), QStringLiteral("Not accepted by the server: ") + reason);
    QVERIFY(file()->failedDetailsButton()->isVisible());
    QCOMPARE(file()->conflictLabel()->text(), QStringLiteral("2 fields in conflict"));
    QVERIFY(file()->conflictLabel()->toolTip().contains(QLatin1String("phone")));
    QVERIFY2(file()->conflictLabel()->toolTip().contains(QStringLiteral("王磊")), qPrintable(file()->conflictLabel()->toolTip()));
    QVERIFY(file()->resolveButton()->isVisible());
    QCOMPARE(file()->resolveButton()->text(), QStringLiteral("&Resolve…"));
    m_window->refreshCounts(); // the rows above were written behind the window's back
    QTest::qWait(50); // the status bar lays the longer text out
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/customer-file-conflict.png")));

    // Resolve… opens the sync centre on this customer's first conflict.
    QTest::mouseClick(file()->resolveButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Pending);
    PendingChangesView *centre = m_window->pendingChanges();
    QCOMPARE(centre->tabs()->currentIndex(), int(PendingChangesView::ConflictsTab));
    ConflictPanel *conflicts = centre->conflicts();
    QCOMPARE(conflicts->list()->currentId(), first);
    QCOMPARE(centre->findChild<QLabel *>(QStringLiteral("conflictTheirs"))->text(), QStringLiteral("0512-6688 9999"));
    QVERIFY(conflicts->list()->table()->hasFocus() || !m_window->isActiveWindow());

    // Deciding it here updates the open file (through the change signal): one field left.
    QTest::mouseClick(conflicts->keepMineButton(), Qt::LeftButton);
    m_window->showPage(MainWindow::Customers);
    QCOMPARE(file()->customerId(), id);
    QCOMPARE(file()->conflictLabel()->text(), QStringLiteral("1 field in conflict"));

    // Details… opens the refused change; Retry there turns the banner to "waiting".
    QTest::mouseClick(file()->failedDetailsButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Pending);
    QCOMPARE(centre->tabs()->currentIndex(), int(PendingChangesView::FailedTab));
    QCOMPARE(centre->failedList()->currentId(), failedEntry);
    QTest::mouseClick(centre->retryButton(), Qt::LeftButton);
    m_window->showPage(MainWindow::Customers);
    QCOMPARE(file()->customerId(), id);
    QCOMPARE(file()->syncStateLabel()->text(), QStringLiteral("Waiting to be sent"));
    QVERIFY(!file()->failedDetailsButton()->isVisible());
    QVERIFY(file()->syncBanner()->isVisible());
}

void TestCustomerFile::pendingAndSyncedCustomers()
{
    const qint64 pending = newCustomer(QStringLiteral("Hangzhou Hengtong Precision Machinery"));
    m_ctx->requestOpen(QStringLiteral("customer"), pending);
    QVERIFY(file()->syncBanner()->isVisible());
    QCOMPARE(file()->syncStateLabel()->text(), QStringLiteral("Waiting to be sent"));
    QVERIFY(!file()->conflictLabel()->isVisible());
    QVERIFY(!file()->resolveButton()->isVisible());

    // The sync took it: the banner goes when the views hear of it.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET local_state = 0, remote_system = 'erp', remote_id = 'c-1' WHERE id = ?"),
                       {pending}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QVERIFY(!file()->syncBanner()->isVisible());

    // A conflict alone (no refused change): only the conflict line.
    addConflict(QStringLiteral("customer"), pending, QStringLiteral("*"), QString(), QString(), QString());
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QVERIFY(file()->syncBanner()->isVisible());
    QVERIFY(!file()->syncStateLabel()->isVisible());
    QCOMPARE(file()->conflictLabel()->text(), QStringLiteral("Deleted on the server while you edited it here"));
}

void TestCustomerFile::customerNoSystemTakesIsKeptHere()
{
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM routes")));
    const qint64 id = newCustomer(QStringLiteral("Shaoxing Local Weaving"));
    m_ctx->requestOpen(QStringLiteral("customer"), id);
    QVERIFY(file()->syncBanner()->isVisible());
    QCOMPARE(file()->syncStateLabel()->text(),
             QStringLiteral("No server for Customer is set up yet: kept on this computer, sent once one is."));
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/customer-file-kept-here.png")));
    // Once the ERP takes customers, the same change waits to be sent.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp')")));
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QCOMPARE(file()->syncStateLabel()->text(), QStringLiteral("Waiting to be sent"));
}

void TestCustomerFile::contactsAreAddedEditedAndDeleted()
{
    // A customer and its contact as the ERP gave them (clean, with a base snapshot).
    const qint64 customer = newCustomer(QStringLiteral("绍兴精工机械有限公司"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE customers SET local_state = 0, remote_system = 'erp', remote_id = 'p-9' WHERE id = ?"),
                       {customer}));
    auto contact = m_db->exec(QStringLiteral("INSERT INTO contacts (customer_id, name, email, remote_system, remote_id, base_snapshot) "
                                             "VALUES (?, '周工', 'zhou@sx.cn', 'erp', 'm-1', ?)"),
                              {customer, QStringLiteral("{\"name\":\"周工\",\"email\":\"zhou@sx.cn\"}")});
    QVERIFY2(contact, qPrintable(contact.error()));
    const qint64 contactId = contact.value().lastInsertId().toLongLong();
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
    m_ctx->requestOpen(QStringLiteral("customer"), customer);
    file()->related()->setCurrentIndex(0);
    QTRY_COMPARE(file()->contactsList()->model()->rowCount(), 1);

    // Edit: a bad e-mail is refused at the field and nothing is written; then it saves.
    bool refusedSeen = false;
    QTimer::singleShot(0, this, [&refusedSeen] {
        auto *d = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("周工"));
        d->emailEdit()->setText(QStringLiteral("not-an-email"));
        d->accept();
        refusedSeen = d->isVisible() && d->errorLabel()->text().contains(QLatin1String("not-an-email"));
        d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/contact-dialog-refused.png"));
        d->emailEdit()->setText(QStringLiteral("zhou.gong@sx.cn"));
        d->accept();
    });
    file()->editContact(contactId);
    QVERIFY(refusedSeen);
    QCOMPARE(local(QStringLiteral("SELECT email FROM contacts WHERE id = ?"), {contactId}).toString(), QStringLiteral("zhou.gong@sx.cn"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contact' AND op = 'update' AND state <> 'done'")).toInt(), 1);

    // Add one.
    QTimer::singleShot(0, this, [] {
        auto *d = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->nameEdit()->setText(QStringLiteral("钱经理"));
        d->phoneEdit()->setText(QStringLiteral("+86 575 8888 1234"));
        d->accept();
    });
    file()->editContact(0);
    QTRY_COMPARE(file()->contactsList()->model()->rowCount(), 2);

    // Delete, asked first; it waits in the outbox and is undone from there.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    file()->deleteContact(contactId);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM contacts WHERE id = ?"), {contactId}).toInt(), 3);
    QTRY_COMPARE(file()->contactsList()->model()->rowCount(), 1);
    const qint64 deletion = local(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'contact' AND record_id = ?"), {contactId}).toLongLong();
    QVERIFY(Outbox(*m_db).discard(deletion));
    // Undone together with the edit before it: the contact is the server's again.
    QCOMPARE(local(QStringLiteral("SELECT email || '|' || local_state FROM contacts WHERE id = ?"), {contactId}).toString(),
             QStringLiteral("zhou@sx.cn|0"));
    m_ctx->notifyChanged(QStringLiteral("contact"));
    QTRY_COMPARE(file()->contactsList()->model()->rowCount(), 2);
}

QTEST_MAIN(TestCustomerFile)
#include "tst_customerfile.moc"
