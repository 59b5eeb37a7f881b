// The opportunity's record view (issue 12): a kanban card opens it by double-click or Enter,
// an edit is saved through the outbox, an absurd amount or probability is refused at the field
// with nothing written, Delete asks (naming the deal) and queues one deletion that Pending
// changes can undo, and search everywhere opens the same view. PNGs of the view are saved.
#include "SalesFixture.h"

#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "models/store/Outbox.h"
#include "models/store/PipelineStore.h"
#include "ui/common/AppContext.h"
#include "ui/pipeline/KanbanColumn.h"
#include "ui/pipeline/OpportunityDialog.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/StageColumnModel.h"
#include "ui/search/GlobalSearch.h"
#include "ui/search/SearchHitDelegate.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QWindow>
#include <QtTest>
#include <functional>

using namespace sb;

namespace {
// Runs act on the modal widget of type T once it is up (a modal exec() blocks the test until
// it closes). Whatever act checks, the widget is closed afterwards so a failure cannot hang.
template <typename T>
void whenModal(QObject *owner, std::function<void(T *)> act)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, act] {
        auto *w = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!w)
            return;
        // Keys and shortcuts go to the active window; an activation still queued from the
        // click that opened the dialog may come after it is shown.
        if (!w->isActiveWindow()) {
            w->activateWindow();
            return;
        }
        timer->stop();
        timer->deleteLater();
        auto closer = qScopeGuard([w] {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        });
        act(w);
    });
    timer->start();
}

// The focus is on w or inside it (a spin box keeps it itself; a combo's line edit takes it).
bool focusIn(QWidget *w)
{
    QWidget *f = w->window()->focusWidget();
    return f && (f == w || w->isAncestorOf(f));
}

// What a window system delivers for a double-click: press, release, double-click, release.
// (QTest::mouseDClick's events are not taken as a double-click by Qt 6.4's item views offscreen.)
void doubleClick(QWidget *w, QPoint pos)
{
    QTest::mouseClick(w, Qt::LeftButton, {}, pos);
    const QPointF global = w->mapToGlobal(QPointF(pos));
    QMouseEvent dbl(QEvent::MouseButtonDblClick, QPointF(pos), global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &dbl);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(pos), global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}

QString shot(const QString &name)
{
    return QStringLiteral(SB_SCREENSHOT_DIR "/") + name;
}
} // namespace

class TestOpportunityRecord : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void doubleClickOpensAndSaves();
    void absurdValuesAreRefusedAtTheField();
    void customerLinkOpensTheCustomer();
    void deleteAsksAndGoesThroughTheOutbox();
    void searchEverywhereOpensTheRecord();
    void deleteKeyOnTheCardAsks();
    void lostFromTheRecordNeedsAReason();

private:
    int openChanges(const QString &op);
    bool activateBoard();
    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<PipelineView> m_view;
    qint64 m_deal = 0;
    const QString m_title = QStringLiteral("华东精密 伺服改造 三期");
};

void TestOpportunityRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    const QString error = m_fx.open(80);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PipelineStore store(*m_fx.db);
    auto id = store.create({{QStringLiteral("customer_id"), m_fx.customerId},
                            {QStringLiteral("title"), m_title},
                            {QStringLiteral("stage"), QStringLiteral("qualified")},
                            {QStringLiteral("amount_cents"), qint64(1234500)},
                            {QStringLiteral("owner"), QStringLiteral("wang.fang")},
                            {QStringLiteral("expected_close"), QDate::currentDate().addDays(20).toString(Qt::ISODate)}});
    QVERIFY2(id, qPrintable(id.error()));
    m_deal = id.value();
    // As if it came from the server: clean, with the server's version to go back to.
    QVERIFY(m_fx.db->exec(QStringLiteral("UPDATE opportunities SET remote_system = 'erp', remote_id = 'opp-77', remote_version = 'v1', "
                                         "local_state = 0, base_snapshot = ? WHERE id = ?"),
                          {QStringLiteral("{\"title\":\"%1\",\"amount_cents\":1234500,\"stage\":\"qualified\"}").arg(m_title), m_deal}));
    QVERIFY(m_fx.db->exec(QStringLiteral("INSERT INTO quotes (number, customer_id, opportunity_id, state, currency, total_cents) "
                                         "VALUES ('TST-Q-77', ?, ?, 'sent', 'CNY', 1180000)"),
                          {m_fx.customerId, m_deal}));
    auto call = CustomerStore(*m_fx.db).logActivity(m_fx.customerId, {{QStringLiteral("kind"), QStringLiteral("call")},
                                                                       {QStringLiteral("subject"), QStringLiteral("确认三期预算")},
                                                                       {QStringLiteral("opportunity_id"), m_deal}});
    QVERIFY2(call, qPrintable(call.error()));
    QVERIFY(m_fx.db->exec(QStringLiteral("UPDATE outbox SET state = 'done'")));

    m_ctx = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    m_view = std::make_unique<PipelineView>(*m_ctx);
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestOpportunityRecord::cleanupTestCase()
{
    m_view.reset();
    m_ctx.reset();
}

void TestOpportunityRecord::cleanup()
{
    // A dialog that never came leaves its watcher behind: it must not act in the next test.
    qDeleteAll(findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly));
}

int TestOpportunityRecord::openChanges(const QString &op)
{
    return m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'opportunity' AND record_id = ? AND op = ? "
                                      "AND state <> 'done'"),
                       {m_deal, op})
        .toInt();
}

bool TestOpportunityRecord::activateBoard()
{
    m_view->activateWindow();
    return QTest::qWaitForWindowActive(m_view.get());
}

void TestOpportunityRecord::doubleClickOpensAndSaves()
{
    QVERIFY(activateBoard());
    KanbanColumn *column = m_view->column(QStringLiteral("qualified"));
    const int row = column->model()->rowOfId(m_deal);
    QVERIFY(row >= 0);
    const QModelIndex index = column->model()->index(row, 0);
    column->view()->scrollTo(index);
    const QRect card = column->view()->visualRect(index);
    QVERIFY(!card.isEmpty());

    bool seen = false;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        QCOMPARE(d->opportunityId(), m_deal);
        QCOMPARE(d->titleEdit()->text(), m_title);
        QVERIFY2(d->customerLink()->text().contains(QStringLiteral("苏州华东精密机械有限公司")), qPrintable(d->customerLink()->text()));
        QCOMPARE(d->amountEdit()->value(), 12345.0);
        QCOMPARE(d->stageBox()->currentData().toString(), QStringLiteral("qualified"));
        QVERIFY(!d->lostReasonEdit()->isVisible()); // only a lost deal has a reason
        QCOMPARE(d->quotesList()->topLevelItemCount(), 1);
        QCOMPARE(d->quotesList()->topLevelItem(0)->text(0), QStringLiteral("TST-Q-77"));
        QVERIFY2(d->quotesList()->topLevelItem(0)->text(2).contains(QStringLiteral("11,800.00")),
                 qPrintable(d->quotesList()->topLevelItem(0)->text(2)));
        QCOMPARE(d->activitiesList()->topLevelItemCount(), 1);
        QCOMPARE(d->activitiesList()->topLevelItem(0)->text(2), QStringLiteral("确认三期预算"));
        QVERIFY(QTest::qWaitForWindowActive(d));

        // Typed as a person types: the figure replaces the selected one; Ctrl+S saves.
        d->amountEdit()->setFocus();
        d->amountEdit()->selectAll();
        QTest::keyClicks(d->amountEdit(), QStringLiteral("15800"));
        d->descriptionEdit()->setPlainText(QStringLiteral("三期：12 台伺服，客户要求六月前到货。"));
        QVERIFY(d->grab().save(shot(QStringLiteral("opportunity-record.png"))));
        QTest::keyClick(d, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!d->isVisible(), qPrintable(QStringLiteral("still open: \"%1\", focus %2")
                                                 .arg(d->errorLabel()->text(),
                                                      QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                                                                  : "none")));
        seen = d->result() == QDialog::Accepted;
    });
    QSignalSpy doubleClicked(column->view(), &QAbstractItemView::doubleClicked);
    doubleClick(column->view()->viewport(), card.center());
    QCOMPARE(doubleClicked.size(), 1);
    QVERIFY(seen);

    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE id = ?"), {m_deal}).toLongLong(), qint64(1580000));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT description FROM opportunities WHERE id = ?"), {m_deal}).toString(),
             QStringLiteral("三期：12 台伺服，客户要求六月前到货。"));
    QCOMPARE(openChanges(QStringLiteral("update")), 1);
    const QJsonObject payload = m_fx.lastOutbox(QStringLiteral("opportunity"), m_deal, QStringLiteral("update"));
    QCOMPARE(payload.keys(), (QStringList{QStringLiteral("amount_cents"), QStringLiteral("description")}));
    // The board shows the new amount on the card, still selected.
    QCOMPARE(column->selectedIds(), QList<qint64>{m_deal});
}

void TestOpportunityRecord::absurdValuesAreRefusedAtTheField()
{
    QVERIFY(activateBoard());
    QVERIFY(m_view->selectOpportunity(m_deal));
    const QVariant before = m_fx.scalar(QStringLiteral("SELECT amount_cents || '|' || probability FROM opportunities WHERE id = ?"), {m_deal});
    const int outboxBefore = m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();

    bool amountRefused = false, probabilityRefused = false, cancelled = false;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        QVERIFY(QTest::qWaitForWindowActive(d));
        // ¥100,000,000,000: an extra three zeros. Refused, said under the form, the field focused.
        d->amountEdit()->setFocus();
        d->amountEdit()->selectAll();
        QTest::keyClicks(d->amountEdit(), QStringLiteral("100000000000"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QLabel *amountError = d->fieldError(d->amountEdit());
        QVERIFY(amountError);
        d->layout()->activate();
        amountRefused = d->isVisible() && amountError->isVisible()
                        && amountError->text().contains(QStringLiteral("100,000,000,000"))
                        && focusIn(d->amountEdit());
        QVERIFY2(amountRefused, qPrintable(amountError->text()));
        // Said at the field: right under the amount, above the next field.
        QVERIFY(amountError->geometry().top() >= d->amountEdit()->geometry().bottom());
        QVERIFY(amountError->geometry().bottom() <= d->closeEdit()->geometry().top());
        QVERIFY(d->errorLabel()->isHidden());
        QVERIFY(d->grab().save(shot(QStringLiteral("opportunity-record-refused.png"))));

        d->amountEdit()->setValue(15800);
        QVERIFY(amountError->isHidden()); // said about the old figure only
        d->probabilityEdit()->setFocus();
        d->probabilityEdit()->selectAll();
        QTest::keyClicks(d->probabilityEdit(), QStringLiteral("150"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        probabilityRefused = d->isVisible() && d->fieldError(d->probabilityEdit())->text().contains(QStringLiteral("150"))
                             && !d->fieldError(d->probabilityEdit())->isHidden() && amountError->isHidden()
                             && focusIn(d->probabilityEdit());
        QVERIFY2(probabilityRefused, qPrintable(d->fieldError(d->probabilityEdit())->text()));

        // A close date thirty years out is a mistyped year.
        d->probabilityEdit()->setValue(30);
        d->closeEdit()->setDate(QDate::currentDate().addYears(30));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(!d->fieldError(d->closeEdit())->isHidden());
        QVERIFY2(d->fieldError(d->closeEdit())->text().contains(QStringLiteral("year")),
                 qPrintable(d->fieldError(d->closeEdit())->text()));

        // Esc leaves without writing anything.
        QTest::keyClick(d->focusWidget() ? d->focusWidget() : d, Qt::Key_Escape);
        cancelled = !d->isVisible() && d->result() == QDialog::Rejected;
    });
    // Enter on the selected card opens it, as double-click does.
    QTest::keyClick(m_view->column(QStringLiteral("qualified"))->view(), Qt::Key_Return);
    QVERIFY(amountRefused);
    QVERIFY(probabilityRefused);
    QVERIFY(cancelled);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents || '|' || probability FROM opportunities WHERE id = ?"), {m_deal}), before);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), outboxBefore);
}

void TestOpportunityRecord::customerLinkOpensTheCustomer()
{
    QSignalSpy opened(m_ctx.get(), &AppContext::openRequested);
    bool closed = false;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        emit d->customerLink()->linkActivated(QStringLiteral("customer"));
        closed = !d->isVisible();
    });
    m_view->openRecord(m_deal);
    QVERIFY(closed);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("customer"));
    QCOMPARE(opened.first().at(1).toLongLong(), m_fx.customerId);
}

void TestOpportunityRecord::deleteAsksAndGoesThroughTheOutbox()
{
    QVERIFY(activateBoard());
    bool asked = false, cancelledFirst = false, deleted = false;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        QVERIFY(QTest::qWaitForWindowActive(d));
        // The first question is declined: nothing happens and the record stays open.
        whenModal<QMessageBox>(this, [&](QMessageBox *box) {
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
        cancelledFirst = d->isVisible() && openChanges(QStringLiteral("delete")) == 0;
        QVERIFY(cancelledFirst);

        // The Delete key (outside a text field) asks again, naming the deal; Yes deletes.
        whenModal<QMessageBox>(this, [&](QMessageBox *box) {
            asked = box->text().contains(m_title);
            QVERIFY2(asked, qPrintable(box->text()));
            QVERIFY(box->grab().save(shot(QStringLiteral("opportunity-delete.png"))));
            box->button(QMessageBox::Yes)->click();
        });
        d->activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(d));
        d->quotesList()->setFocus();
        QTest::keyClick(d->quotesList(), Qt::Key_Delete);
        deleted = !d->isVisible() && d->wasDeleted();
    });
    m_view->openRecord(m_deal);
    QVERIFY(cancelledFirst);
    QVERIFY(asked);
    QVERIFY(deleted);

    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT local_state FROM opportunities WHERE id = ?"), {m_deal}).toInt(), 3);
    QCOMPARE(openChanges(QStringLiteral("delete")), 1);
    QCOMPARE(m_view->column(QStringLiteral("qualified"))->model()->rowOfId(m_deal), -1); // off the board

    // Pending changes' Discard undoes it: the deal is back as the server has it.
    const qint64 deletion = m_fx.scalar(QStringLiteral("SELECT max(id) FROM outbox WHERE entity = 'opportunity' AND record_id = ? "
                                                       "AND op = 'delete'"),
                                        {m_deal})
                                .toLongLong();
    QVERIFY(Outbox(*m_fx.db).discard(deletion));
    m_ctx->notifyChanged(QStringLiteral("opportunity"));
    QVERIFY(m_view->column(QStringLiteral("qualified"))->model()->rowOfId(m_deal) >= 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE id = ?"), {m_deal}).toLongLong(), qint64(1234500));
    QCOMPARE(openChanges(QStringLiteral("delete")), 0);
}

void TestOpportunityRecord::searchEverywhereOpensTheRecord()
{
    MainWindow w(*m_ctx, QStringLiteral("Test"));
    w.resize(1366, 768);
    w.show();
    w.windowHandle()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = w.globalSearch();
    QTRY_VERIFY(search->isVisible());
    search->input()->insert(QStringLiteral("伺服改造 三期"));
    search->runSearch();
    int row = -1;
    for (int i = 0; i < search->results()->count() && row < 0; ++i)
        if (search->results()->item(i)->data(SearchHitDelegate::TitleRole).toString() == m_title)
            row = i;
    QVERIFY2(row >= 0, qPrintable(QString::number(search->results()->count())));
    search->results()->setCurrentRow(row);

    qint64 shown = 0;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        shown = d->opportunityId();
        QVERIFY(d->grab().save(shot(QStringLiteral("opportunity-record-from-search.png"))));
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QTest::keyClick(search->input(), Qt::Key_Return);
    QCOMPARE(shown, m_deal);
    QCOMPARE(int(w.currentPage()), int(MainWindow::Pipeline));
}

void TestOpportunityRecord::deleteKeyOnTheCardAsks()
{
    QVERIFY(activateBoard());
    QVERIFY(m_view->selectOpportunity(m_deal));
    QString question;
    whenModal<QMessageBox>(this, [&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(m_view->column(QStringLiteral("qualified"))->view(), Qt::Key_Delete);
    QVERIFY2(question.contains(m_title), qPrintable(question));
    QCOMPARE(openChanges(QStringLiteral("delete")), 0); // declined: still on the board
    QVERIFY(m_view->column(QStringLiteral("qualified"))->model()->rowOfId(m_deal) >= 0);
}

void TestOpportunityRecord::lostFromTheRecordNeedsAReason()
{
    bool refused = false, saved = false;
    whenModal<OpportunityDialog>(this, [&](OpportunityDialog *d) {
        QVERIFY(d->lostReasonEdit()->isHidden());
        d->stageBox()->setCurrentIndex(d->stageBox()->findData(QStringLiteral("lost")));
        QVERIFY(!d->lostReasonEdit()->isHidden());
        QCOMPARE(d->probabilityEdit()->value(), vocab::defaultProbability(QStringLiteral("lost"))); // untouched: follows
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        refused = d->isVisible() && !d->fieldError(d->lostReasonEdit())->isHidden() && focusIn(d->lostReasonEdit());
        QVERIFY(refused);
        QTest::keyClicks(d->lostReasonEdit(), QStringLiteral("Price too high"));
        QTest::keyClick(d->lostReasonEdit(), Qt::Key_Return); // Enter saves
        saved = !d->isVisible() && d->result() == QDialog::Accepted;
    });
    m_view->openRecord(m_deal);
    QVERIFY(refused);
    QVERIFY(saved);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage || '|' || lost_reason || '|' || probability FROM opportunities WHERE id = ?"),
                         {m_deal}).toString(),
             QStringLiteral("lost|Price too high|0"));
    QVERIFY(m_view->column(QStringLiteral("lost"))->model()->rowOfId(m_deal) >= 0); // the board follows
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE opportunity_id = ? AND kind = 'stage'"), {m_deal}).toInt(), 1);
}

QTEST_MAIN(TestOpportunityRecord)
#include "tst_opportunityrecord.moc"
