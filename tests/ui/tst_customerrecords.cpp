// The customer file's own records, driven as a person does: addresses added, edited (Enter)
// and deleted (Delete, asked first) from their tab; a visit logged from the log line as a full
// report (contact, outcome, next step), opened again from the timeline and deleted; refusals
// said at the field. Screenshots of the file and both dialogs.
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/ActivityDialog.h"
#include "ui/customers/AddressDialog.h"
#include "ui/customers/AddressesPanel.h"
#include "ui/customers/CustomerFileView.h"
#include "ui/customers/CustomersView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "../common/TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace sb;

class TestCustomerRecords : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addressesAreAddedEditedAndDeleted();
    void visitsAreLoggedEditedAndDeleted();

private:
    qint64 newCustomer(const QString &name, const QVariantMap &contact = {});
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    QStringList outboxKeys(const QString &entity, qint64 id, const QString &op);
    CustomerFileView *file() { return m_window->customers()->file(); }
    // The text of a cell of a list by its column's title.
    static QString cell(SqlWindowModel *model, int row, const QString &header);
    static int rowOf(ListPanel *list, qint64 id);
    // Answers the confirmation that comes up next with this button.
    void answerNextQuestion(QMessageBox::StandardButton button);
    // A screenshot of the window with the file's header in view (the message bar floats over it).
    void screenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_customerrecords"));
    auto *english = new QTranslator(this); // plural forms, as in the app
    QVERIFY(english->load(QFileInfo(QStringLiteral(SB_APP_PATH)).dir().filePath(QStringLiteral("salesbridge_en.qm"))));
    QCoreApplication::installTranslator(english);
}

void TestCustomerRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp'), ('contact', 'erp'), "
                                      "('address', 'erp'), ('activity', 'erp')")));
    m_ctx = std::make_unique<AppContext>(*m_db, Session());
    m_window = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Customer records test"));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustomerRecords::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestCustomerRecords::newCustomer(const QString &name, const QVariantMap &contact)
{
    return testing::createCustomer(*m_db,
                                   {{QStringLiteral("name"), name}, {QStringLiteral("grade"), QStringLiteral("A")},
                                    {QStringLiteral("region"), QStringLiteral("华东")}},
                                   contact);
}

QVariant TestCustomerRecords::local(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->scalar(sql, bindings);
    return r ? r.value() : QVariant();
}

QStringList TestCustomerRecords::outboxKeys(const QString &entity, qint64 id, const QString &op)
{
    const QString payload = local(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND record_id = ? AND op = ? "
                                                 "ORDER BY id DESC LIMIT 1"),
                                  {entity, id, op})
                                .toString();
    QStringList keys = QJsonDocument::fromJson(payload.toUtf8()).object().keys();
    keys.sort();
    return keys;
}

QString TestCustomerRecords::cell(SqlWindowModel *model, int row, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return model->data(model->index(row, c)).toString();
    return QStringLiteral("<no column %1>").arg(header);
}

int TestCustomerRecords::rowOf(ListPanel *list, qint64 id)
{
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->idAt(row) == id)
            return row;
    return -1;
}

void TestCustomerRecords::answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

void TestCustomerRecords::screenshot(const QString &name)
{
    for (MessageBar *bar : m_window->findChildren<MessageBar *>())
        bar->hide();
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/%1.png").arg(name)));
}

void TestCustomerRecords::addressesAreAddedEditedAndDeleted()
{
    const qint64 customer = newCustomer(QStringLiteral("宁波港机械有限公司"));
    m_ctx->requestOpen(QStringLiteral("customer"), customer);
    file()->related()->setCurrentIndex(1);
    QCOMPARE(file()->related()->tabText(1), QStringLiteral("Addresses (0)"));
    ListPanel *list = file()->addresses()->list();

    // Add: with neither street nor city the refusal stays in the dialog, at the street.
    bool refusedAtStreet = false;
    QTimer::singleShot(0, this, [&refusedAtStreet] {
        auto *d = qobject_cast<AddressDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        // The field at fault is the dialog's focus (offscreen, a dialog run by exec() is not
        // always reported as the active window, so the dialog's own focus child is asked).
        d->activateWindow();
        QTest::qWaitForWindowActive(d);
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("billing")));
        d->postalCodeEdit()->setText(QStringLiteral("315000"));
        d->cityEdit()->setFocus();
        d->accept();
        refusedAtStreet = d->isVisible() && d->errorLabel()->isVisible()
                          && d->errorLabel()->text() == QLatin1String("An address needs a street or a city.")
                          && d->focusWidget() == d->streetEdit();
        QVERIFY(d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/address-dialog-refused.png")));
        d->streetEdit()->setText(QStringLiteral("宁波市北仑区港湾路 88 号"));
        d->cityEdit()->setText(QStringLiteral("宁波"));
        d->defaultBox()->setChecked(true);
        QVERIFY(d->errorLabel()->isHidden());
        QVERIFY(d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/address-dialog.png")));
        d->accept();
    });
    file()->addresses()->editAddress(0);
    QVERIFY(refusedAtStreet);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM addresses WHERE customer_id = ?"), {customer}).toInt(), 1);
    const qint64 first = local(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ?"), {customer}).toLongLong();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(cell(list->model(), 0, QStringLiteral("Kind")), QStringLiteral("Invoice"));
    QCOMPARE(cell(list->model(), 0, QStringLiteral("Default")), QStringLiteral("★"));
    QCOMPARE(file()->related()->tabText(1), QStringLiteral("Addresses (1)"));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'address' AND op = 'create'")).toInt(), 1);

    // A second invoice address made the default takes the mark from the first.
    QTimer::singleShot(0, this, [] {
        auto *d = qobject_cast<AddressDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("billing")));
        d->streetEdit()->setText(QStringLiteral("财务中心 3 楼"));
        d->cityEdit()->setText(QStringLiteral("宁波"));
        d->defaultBox()->setChecked(true);
        d->accept();
    });
    file()->addresses()->editAddress(0);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QCOMPARE(local(QStringLiteral("SELECT is_default FROM addresses WHERE id = ?"), {first}).toInt(), 0);

    // Edit the first from the keyboard: Enter on its row opens it; it becomes a delivery address.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->table()->setFocus();
    list->selectRow(rowOf(list, first));
    QString loadedStreet;
    QTimer::singleShot(0, this, [&loadedStreet] {
        auto *d = qobject_cast<AddressDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        loadedStreet = d->streetEdit()->text();
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("shipping")));
        d->accept();
    });
    QTest::keyClick(list->table(), Qt::Key_Return);
    QCOMPARE(loadedStreet, QStringLiteral("宁波市北仑区港湾路 88 号"));
    QCOMPARE(local(QStringLiteral("SELECT kind FROM addresses WHERE id = ?"), {first}).toString(), QStringLiteral("shipping"));
    QCOMPARE(outboxKeys(QStringLiteral("address"), first, QStringLiteral("update")), QStringList{QStringLiteral("kind")});
    QTRY_COMPARE(cell(list->model(), rowOf(list, first), QStringLiteral("Kind")), QStringLiteral("Delivery"));

    // Delete from the keyboard, asked first: Cancel keeps it, Yes deletes it through the outbox.
    // (Shortcuts need the window active again after the dialog.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->table()->setFocus();
    list->selectRow(rowOf(list, first));
    answerNextQuestion(QMessageBox::Cancel);
    QTest::keyClick(list->table(), Qt::Key_Delete);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM addresses WHERE id = ?"), {first}).toInt(), 1);
    m_window->activateWindow(); // the question took the activation with it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->table()->setFocus();
    answerNextQuestion(QMessageBox::Yes);
    QTest::keyClick(list->table(), Qt::Key_Delete);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM addresses WHERE id = ?"), {first}).toInt(), 3);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'address' AND op = 'delete' AND record_id = ?"), {first}).toInt(), 1);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(file()->related()->tabText(1), QStringLiteral("Addresses (1)"));
    screenshot(QStringLiteral("customer-file-addresses"));

    // Pending changes opens an address where it lives: its customer's file.
    const qint64 other = newCustomer(QStringLiteral("Another Customer"));
    m_ctx->requestOpen(QStringLiteral("customer"), other);
    QCOMPARE(file()->customerId(), other);
    m_ctx->requestOpen(QStringLiteral("address"), first);
    QCOMPARE(file()->customerId(), customer);
}

void TestCustomerRecords::visitsAreLoggedEditedAndDeleted()
{
    const qint64 customer = newCustomer(QStringLiteral("常州电机有限公司"), {{QStringLiteral("name"), QStringLiteral("李工")},
                                                                          {QStringLiteral("title"), QStringLiteral("设备科长")}});
    const qint64 contact = local(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ?"), {customer}).toLongLong();
    auto deal = m_db->exec(QStringLiteral("INSERT INTO opportunities (customer_id, title, stage, amount_cents, owner) "
                                          "VALUES (?, '三号线改造', 'proposal', 48000000, 'wang.fang')"),
                           {customer});
    QVERIFY2(deal, qPrintable(deal.error()));
    const qint64 dealId = deal.value().lastInsertId().toLongLong();
    m_ctx->requestOpen(QStringLiteral("customer"), customer);
    ListPanel *timeline = file()->timeline();
    QCOMPARE(timeline->model()->rowCount(), 0);

    // The log line: a kind and a few words, Enter opens the report with them.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *subject = file()->findChild<QLineEdit *>(QStringLiteral("activitySubject"));
    QVERIFY(subject);
    subject->setFocus();
    QTest::keyClicks(subject, QStringLiteral("Line 3 site visit")); // typed: keyClicks takes Latin-1 only
    QString presetSubject, presetKind;
    bool subjectRefused = false, dueRefused = false;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<ActivityDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->activateWindow();
        QTest::qWaitForWindowActive(d);
        presetSubject = d->subjectEdit()->text();
        presetKind = d->kindBox()->currentData().toString();
        // No subject: refused at the subject.
        d->subjectEdit()->clear();
        d->outcomeEdit()->setFocus();
        d->accept();
        subjectRefused = d->isVisible() && d->errorLabel()->text() == QLatin1String("Give the activity a subject.")
                         && d->focusWidget() == d->subjectEdit();
        // A next step due before the visit: refused at its date.
        d->subjectEdit()->setText(QStringLiteral("三号线现场拜访"));
        d->whenEdit()->setDateTime(QDateTime(QDate::currentDate().addDays(-2), QTime(10, 30)));
        d->contactBox()->setCurrentIndex(d->contactBox()->findData(contact));
        d->notesEdit()->setPlainText(QStringLiteral("看了三号线的伺服，老设备经常报警。"));
        d->outcomeEdit()->setPlainText(QStringLiteral("要 12 台伺服的报价"));
        d->nextStepEdit()->setText(QStringLiteral("发报价"));
        d->dueBox()->setChecked(true);
        d->dueEdit()->setDate(QDate::currentDate().addDays(-3));
        d->opportunityBox()->setCurrentIndex(d->opportunityBox()->findData(dealId));
        d->accept();
        dueRefused = d->isVisible() && d->errorLabel()->text().contains(QLatin1String("is before"))
                     && d->focusWidget() == d->dueEdit();
        QVERIFY(d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/activity-dialog-refused.png")));
        d->dueEdit()->setDate(QDate::currentDate().addDays(5));
        QVERIFY(d->errorLabel()->isHidden()); // the refusal goes with the change
        QVERIFY(d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/activity-dialog.png")));
        d->accept();
    });
    QTest::keyClick(subject, Qt::Key_Return);
    QCOMPARE(presetSubject, QStringLiteral("Line 3 site visit"));
    QCOMPARE(presetKind, QStringLiteral("visit"));
    QVERIFY(subjectRefused);
    QVERIFY(dueRefused);
    QVERIFY(subject->text().isEmpty());
    const qint64 visit = local(QStringLiteral("SELECT id FROM activities WHERE customer_id = ?"), {customer}).toLongLong();
    QVERIFY(visit > 0);
    QCOMPARE(local(QStringLiteral("SELECT contact_id || '|' || outcome || '|' || next_step || '|' || next_step_at || '|' || "
                                  "opportunity_id || '|' || status || '|' || kind FROM activities WHERE id = ?"),
                   {visit})
                 .toString(),
             QStringLiteral("%1|要 12 台伺服的报价|发报价|%2|%3|done|visit")
                 .arg(contact)
                 .arg(QDate::currentDate().addDays(5).toString(Qt::ISODate))
                 .arg(dealId));
    const QDateTime at = QDateTime::fromString(local(QStringLiteral("SELECT starts_at FROM activities WHERE id = ?"), {visit}).toString(),
                                               Qt::ISODate);
    QCOMPARE(at.toLocalTime(), QDateTime(QDate::currentDate().addDays(-2), QTime(10, 30)));
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND op = 'create'")).toInt(), 1);

    // The timeline shows the report.
    QTRY_COMPARE(timeline->model()->rowCount(), 1);
    QCOMPARE(cell(timeline->model(), 0, QStringLiteral("What")), QStringLiteral("Visit"));
    QCOMPARE(cell(timeline->model(), 0, QStringLiteral("Contact")), QStringLiteral("李工"));
    QCOMPARE(cell(timeline->model(), 0, QStringLiteral("Subject")), QStringLiteral("三号线现场拜访"));
    QCOMPARE(cell(timeline->model(), 0, QStringLiteral("Outcome")), QStringLiteral("要 12 台伺服的报价"));
    QVERIFY2(cell(timeline->model(), 0, QStringLiteral("Next step")).startsWith(QStringLiteral("发报价 (by ")),
             qPrintable(cell(timeline->model(), 0, QStringLiteral("Next step"))));

    // Opened again with Enter: what was saved is there; a changed outcome is the only change sent.
    auto *deleteButton = file()->findChild<QPushButton *>(QStringLiteral("deleteActivity"));
    QVERIFY(deleteButton);
    QVERIFY(!deleteButton->isEnabled()); // nothing chosen yet
    timeline->table()->setFocus();
    timeline->selectRow(0);
    QCOMPARE(file()->currentActivityId(), visit);
    QVERIFY(deleteButton->isEnabled());
    QString loadedOutcome, loadedContact;
    QDate loadedDue;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<ActivityDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        loadedOutcome = d->outcomeEdit()->toPlainText();
        loadedContact = d->contactBox()->currentText();
        loadedDue = d->dueBox()->isChecked() ? d->dueEdit()->date() : QDate();
        d->outcomeEdit()->setPlainText(QStringLiteral("要 14 台伺服的报价"));
        d->accept();
    });
    QTest::keyClick(timeline->table(), Qt::Key_Return);
    QCOMPARE(loadedOutcome, QStringLiteral("要 12 台伺服的报价"));
    QCOMPARE(loadedContact, QStringLiteral("李工"));
    QCOMPARE(loadedDue, QDate::currentDate().addDays(5));
    QCOMPARE(outboxKeys(QStringLiteral("activity"), visit, QStringLiteral("update")), QStringList{QStringLiteral("outcome")});
    QTRY_COMPARE(cell(timeline->model(), 0, QStringLiteral("Outcome")), QStringLiteral("要 14 台伺服的报价"));
    file()->related()->setCurrentIndex(0);
    screenshot(QStringLiteral("customer-file-visit"));

    // Deleted with the Delete key, asked first; it waits in the outbox, once.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    timeline->table()->setFocus();
    timeline->selectRow(0);
    answerNextQuestion(QMessageBox::Yes);
    QTest::keyClick(timeline->table(), Qt::Key_Delete);
    QCOMPARE(local(QStringLiteral("SELECT local_state FROM activities WHERE id = ?"), {visit}).toInt(), 3);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND op = 'delete'")).toInt(), 1);
    QTRY_COMPARE(timeline->model()->rowCount(), 0);
    const qint64 other = newCustomer(QStringLiteral("Another Customer"));
    m_ctx->requestOpen(QStringLiteral("customer"), other);
    m_ctx->requestOpen(QStringLiteral("activity"), visit);
    QCOMPARE(file()->customerId(), customer);
    // Nothing selected, nothing asked: the button is off and does nothing.
    QVERIFY(!file()->findChild<QPushButton *>(QStringLiteral("deleteActivity"))->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    file()->findChild<QPushButton *>(QStringLiteral("deleteActivity"))->click();
    QCoreApplication::processEvents();
    QVERIFY(!asked);
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND op = 'delete'")).toInt(), 1);
}

QTEST_MAIN(TestCustomerRecords)
#include "tst_customerrecords.moc"
