#include "OpsFixture.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/service/ServiceView.h"
#include "ui/service/TicketDialog.h"
#include "ui/service/TicketTimeline.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QMessageBox>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace sb;

namespace {
// Chinese arrives from an input method as committed text, not as key presses.
void typeText(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}
} // namespace

class TestService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createTicketThroughTheDialog();
    void pickCustomerByTyping();
    void dialogKeepsInputWhenIncomplete();
    void addCommentWritesEventAndOutbox();
    void statusChangeIsQueued();
    void savedViews();
    void editAndDeleteTicket();
    void screenshot();

private:
    qint64 count(const QString &sql, const QVariantList &bindings = {});
    opsfixture::Workspace m_ws;
    std::unique_ptr<AppContext> m_ctx;
};

void TestService::initTestCase()
{
    QVERIFY(m_ws.open());
    Session session;
    session.user = QStringLiteral("wang.fang");
    m_ctx = std::make_unique<AppContext>(*m_ws.db, session);
}

qint64 TestService::count(const QString &sql, const QVariantList &bindings)
{
    return m_ws.db->scalar(sql, bindings).value().toLongLong();
}

void TestService::createTicketThroughTheDialog()
{
    const qint64 customerId = count(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1"));
    const qint64 tickets = count(QStringLiteral("SELECT count(*) FROM tickets"));
    ServiceView view(*m_ctx);
    view.show();
    view.newTicketFor(customerId);
    TicketDialog *dialog = view.openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal); // open(), never exec()
    QCOMPARE(dialog->customerPicker()->recordId(), customerId);
    QVERIFY(!dialog->okButton()->isEnabled()); // no subject yet

    typeText(dialog->subjectEdit(), QStringLiteral("伺服驱动器报警 AL.020"));
    QTest::keyClicks(dialog->serialEdit(), QStringLiteral("SN-88231"));
    typeText(dialog->descriptionEdit(), QStringLiteral("开机后五分钟报警，已重启两次。"));
    dialog->priorityBox()->setCurrentIndex(dialog->priorityBox()->findData(3));
    QTest::keyClicks(dialog->productPicker(), QStringLiteral("SV-750"));
    dialog->productPicker()->lookUpNow();
    QVERIFY(dialog->productPicker()->recordId() > 0);
    QVERIFY(dialog->okButton()->isEnabled());

    QSignalSpy created(dialog, &TicketDialog::created);
    QSignalSpy changed(m_ctx.get(), &AppContext::recordsChanged);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    const qint64 id = created.at(0).at(0).toLongLong();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("ticket"));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets")), tickets + 1);
    auto row = m_ws.db->exec(QStringLiteral("SELECT customer_id, subject, serial_number, priority, status, owner, product_id, "
                                            "local_state FROM tickets WHERE id = ?"),
                             {id});
    QVERIFY(row && row.value().next());
    QSqlQuery &q = row.value();
    QCOMPARE(q.value(0).toLongLong(), customerId);
    QCOMPARE(q.value(1).toString(), QStringLiteral("伺服驱动器报警 AL.020"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("SN-88231"));
    QCOMPARE(q.value(3).toInt(), 3);
    QCOMPARE(q.value(4).toString(), QStringLiteral("new"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("wang.fang"));
    QVERIFY(q.value(6).toLongLong() > 0);
    QCOMPARE(q.value(7).toInt(), 1); // created here, not sent yet

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'create'"), {id}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND op = 'create' AND record_id = ?"),
                   {id}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND op = 'create' AND "
                                  "record_id IN (SELECT id FROM ticket_events WHERE ticket_id = ?)"),
                   {id}),
             1);

    // The dialog closed itself and the view shows the new ticket.
    QTRY_VERIFY(view.openDialog() == nullptr);
    QCOMPARE(view.ticketId(), id);
}

void TestService::pickCustomerByTyping()
{
    ServiceView view(*m_ctx);
    view.show();
    view.newRecord();
    TicketDialog *dialog = view.openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    RecordPicker *picker = dialog->customerPicker();
    picker->setFocus();
    typeText(picker, QStringLiteral("恒远"));
    // The search runs after a short typing pause, then offers the matches.
    QTRY_VERIFY(picker->matches()->popup()->isVisible());
    QAbstractItemView *popup = picker->matches()->popup();
    QVERIFY(popup->model()->rowCount() >= 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    const qint64 expected = count(QStringLiteral("SELECT id FROM customers WHERE name LIKE '%恒远%'"));
    QCOMPARE(picker->recordId(), expected);
    QVERIFY(picker->text().contains(QStringLiteral("恒远")));
    dialog->reject();
}

void TestService::dialogKeepsInputWhenIncomplete()
{
    ServiceView view(*m_ctx);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.newRecord(); // what the main window's Ctrl+N calls on this page
    TicketDialog *dialog = view.openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("No customer picked"));
    QVERIFY(!dialog->okButton()->isEnabled());
    // Ctrl+N again brings back the same half-filled form instead of a second one.
    view.newRecord();
    QCOMPARE(view.openDialog(), dialog);
    QCOMPARE(dialog->subjectEdit()->text(), QStringLiteral("No customer picked"));
    dialog->reject();
}

void TestService::addCommentWritesEventAndOutbox()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE status = 'open' ORDER BY id LIMIT 1"));
    QVERIFY(ticket > 0);
    const qint64 events = count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {ticket});
    const qint64 queued = count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event'"));

    ServiceView view(*m_ctx);
    view.show();
    view.openRecord(ticket);
    QCOMPARE(view.ticketId(), ticket);
    const int shown = view.history()->topLevelItemCount();
    QCOMPARE(shown, int(events));

    typeText(view.commentBox(), QStringLiteral("已寄出备件，请客户签收后回复。"));
    QCOMPARE(view.commentBox()->toPlainText(), QStringLiteral("已寄出备件，请客户签收后回复。"));
    QTest::mouseClick(view.commentButton(), Qt::LeftButton);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {ticket}), events + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'comment' "
                                  "AND text = '已寄出备件，请客户签收后回复。' AND author = 'wang.fang'"),
                   {ticket}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND op = 'create'")), queued + 1);
    QVERIFY(view.commentBox()->toPlainText().isEmpty());
    QCOMPARE(view.history()->topLevelItemCount(), shown + 1);
    // Newest first: the comment is on top.
    QCOMPARE(view.history()->topLevelItem(0)->text(TicketTimeline::Text), QStringLiteral("已寄出备件，请客户签收后回复。"));
    QCOMPARE(view.history()->topLevelItem(0)->text(TicketTimeline::Kind), QStringLiteral("Internal comment"));

    // An empty comment writes nothing.
    QTest::mouseClick(view.commentButton(), Qt::LeftButton);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {ticket}), events + 1);
}

void TestService::statusChangeIsQueued()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE status = 'stalled' ORDER BY id LIMIT 1"));
    QVERIFY(ticket > 0);
    ServiceView view(*m_ctx);
    view.openRecord(ticket);
    QComboBox *status = view.statusBox();
    QCOMPARE(status->currentData().toString(), QStringLiteral("stalled"));
    const int resolved = status->findData(QStringLiteral("resolved"));
    status->setCurrentIndex(resolved);
    emit status->activated(resolved); // what a user's pick emits; setCurrentIndex alone does not write
    QCOMPARE(m_ws.db->scalar(QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {ticket}).value().toString(),
             QStringLiteral("resolved"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND op = 'update' AND record_id = ?"),
                   {ticket}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'status'"), {ticket}), 1);
}

void TestService::savedViews()
{
    ServiceView view(*m_ctx);
    auto *views = view.list()->findChild<QComboBox *>();
    QVERIFY(views);
    SqlWindowModel *m = view.list()->model();
    views->setCurrentIndex(views->findText(QStringLiteral("Urgent")));
    QCOMPARE(m->rowCount(), int(count(QStringLiteral("SELECT count(*) FROM tickets WHERE priority = 4"))));
    views->setCurrentIndex(views->findText(QStringLiteral("Mine")));
    QCOMPARE(m->rowCount(), int(count(QStringLiteral("SELECT count(*) FROM tickets WHERE owner = 'wang.fang'"))));
    views->setCurrentIndex(views->findText(QStringLiteral("Open")));
    QCOMPARE(m->rowCount(), int(count(QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new','open','stalled')"))));
    // Search by customer within the view.
    const QString name = m_ws.db->scalar(QStringLiteral("SELECT c.name FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                                        "WHERE t.status = 'open' ORDER BY t.id LIMIT 1")).value().toString();
    view.list()->setSearchText(name.mid(2, 2));
    QVERIFY(m->rowCount() >= 1);
    for (int row = 0; row < m->rowCount(); ++row)
        QVERIFY(m->index(row, 2).data().toString().contains(name.mid(2, 2)));
}

// Issue 12: a ticket is edited from its detail pane (Enter in the list) and deleted with a
// question, both through the outbox. Modal dialogs are driven once they are up.
void TestService::editAndDeleteTicket()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE status = 'open' AND local_state = 0 ORDER BY id LIMIT 1"));
    QVERIFY(ticket > 0);
    QVERIFY(m_ws.db->exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
    ServiceView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    view.openRecord(ticket);
    QCOMPARE(view.ticketId(), ticket);
    QVERIFY(view.editButton()->isVisible());

    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<TicketDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        auto close = qScopeGuard([d] { d->reject(); });
        QCOMPARE(d->ticketId(), ticket);
        QVERIFY(!d->customerPicker()->isEnabled()); // a ticket stays with its customer
        // An empty subject is refused, nothing written.
        d->subjectEdit()->clear();
        QVERIFY(!d->okButton()->isEnabled());
        d->accept();
        QVERIFY(d->isVisible());
        QVERIFY(!d->errorText().isEmpty());
        typeText(d->subjectEdit(), QStringLiteral("伺服报警 AL.16（复发）"));
        QVERIFY(d->errorText().isEmpty()); // the refusal went with the text it was about
        d->priorityBox()->setCurrentIndex(d->priorityBox()->findData(4));
        QVERIFY(d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service-edit-ticket.png")));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        edited = !d->isVisible();
    });
    view.editTicket(ticket);
    QVERIFY(edited);
    QCOMPARE(m_ws.db->scalar(QStringLiteral("SELECT subject || '|' || priority FROM tickets WHERE id = ?"), {ticket}).value().toString(),
             QStringLiteral("伺服报警 AL.16（复发）|4"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND op = 'update' AND record_id = ? "
                                  "AND state <> 'done'"),
                   {ticket}),
             1);

    // Delete: asked, naming the ticket; Cancel keeps it, Yes deletes it through the outbox.
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("伺服报警 AL.16（复发）")), qPrintable(question));
    QCOMPARE(count(QStringLiteral("SELECT local_state FROM tickets WHERE id = ?"), {ticket}), 2); // edited, still there
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view)); // a shortcut fires in the active window only
    view.list()->table()->setFocus();
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(view.list()->table(), Qt::Key_Delete);
    QVERIFY(asked);
    QCOMPARE(count(QStringLiteral("SELECT local_state FROM tickets WHERE id = ?"), {ticket}), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND op = 'delete' AND record_id = ?"), {ticket}), 1);
    QCOMPARE(view.ticketId(), 0);
    for (int row = 0; row < view.list()->model()->rowCount(); ++row)
        QVERIFY(view.list()->model()->idAt(row) != ticket);
}

void TestService::screenshot()
{
    opsfixture::Workspace demo;
    Database &db = opsfixture::screenshotBook(demo, m_ws);
    AppContext ctx(db, Session());
    ServiceView view(ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // An urgent open ticket with the most history.
    const qint64 ticket = opsfixture::firstId(db, QStringLiteral(
        "SELECT t.id FROM tickets t WHERE t.status IN ('new','open','stalled') ORDER BY t.priority DESC, "
        "(SELECT count(*) FROM ticket_events e WHERE e.ticket_id = t.id) DESC LIMIT 1"));
    QVERIFY(ticket > 0);
    view.openRecord(ticket);
    QTest::qWait(50); // posted layout requests run first, as in the app
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service.png")));

    view.newTicketFor(opsfixture::firstId(db, QStringLiteral("SELECT customer_id FROM tickets WHERE id = %1").arg(ticket)));
    TicketDialog *dialog = view.openDialog();
    QVERIFY(dialog);
    typeText(dialog->subjectEdit(), QStringLiteral("电机过热报警"));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service-new-ticket.png")));
    dialog->reject();
}

QTEST_MAIN(TestService)
#include "tst_service.moc"
