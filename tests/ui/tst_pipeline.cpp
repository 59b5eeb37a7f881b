#include "SalesFixture.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/PipelineStore.h"
#include "ui/common/AppContext.h"
#include "ui/pipeline/FunnelChart.h"
#include "ui/pipeline/KanbanColumn.h"
#include "ui/pipeline/PipelineDialogs.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/StageColumnModel.h"
#include "ui/quotes/CustomerPicker.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;

class TestPipeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void columnsUnderModelTester();
    void moveByDropChangesStage();
    void dragPayloadRoundTrip();
    void lostNeedsReason();
    void keyboardMovesToNextStage();
    void newOpportunityDialog();
    void screenshot();

private:
    qint64 createDeal(const QString &title, const QString &stage, qint64 cents);
    SalesFixture m_fx;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<PipelineView> m_view;
};

void TestPipeline::initTestCase()
{
    const QString error = m_fx.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ctx = std::make_unique<AppContext>(*m_fx.db, Session{QStringLiteral("wang.fang"), QStringLiteral("rep")});
    m_view = std::make_unique<PipelineView>(*m_ctx);
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPipeline::cleanupTestCase()
{
    m_view.reset();
    m_ctx.reset();
}

qint64 TestPipeline::createDeal(const QString &title, const QString &stage, qint64 cents)
{
    auto id = PipelineStore(*m_fx.db).create({{QStringLiteral("customer_id"), m_fx.customerId},
                                              {QStringLiteral("title"), title},
                                              {QStringLiteral("stage"), stage},
                                              {QStringLiteral("amount_cents"), cents},
                                              {QStringLiteral("owner"), QStringLiteral("wang.fang")},
                                              {QStringLiteral("expected_close"),
                                               QDate::currentDate().addDays(20).toString(Qt::ISODate)}});
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    m_view->refresh();
    return id ? id.value() : 0;
}

void TestPipeline::columnsUnderModelTester()
{
    QCOMPARE(m_view->columns().size(), vocab::stages().size());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (KanbanColumn *c : m_view->columns())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            c->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    // Every change path under the testers: refresh, owner filter, a move between columns.
    m_view->ownerFilter()->setCurrentIndex(1);
    m_view->ownerFilter()->setCurrentIndex(0);
    const qint64 id = createDeal(QStringLiteral("模型测试 Model check"), QStringLiteral("lead"), 100000);
    QVERIFY(id > 0);
    QVERIFY(m_view->moveByDrop(id, QStringLiteral("qualified")));
    for (KanbanColumn *c : m_view->columns()) {
        if (c->model()->rowCount() > 0) {
            const QModelIndex first = c->model()->index(0, 0);
            QVERIFY(!first.data().toString().isEmpty());
            QVERIFY(c->model()->flags(first) & Qt::ItemIsDragEnabled);
        }
        QVERIFY(c->model()->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    }
}

void TestPipeline::moveByDropChangesStage()
{
    const qint64 id = createDeal(QStringLiteral("常州新能源 伺服改造"), QStringLiteral("proposal"), 4500000);
    QVERIFY(id > 0);
    const int proposalBefore = m_view->column(QStringLiteral("proposal"))->model()->rowCount();
    const int negotiationBefore = m_view->column(QStringLiteral("negotiation"))->model()->rowCount();
    QSignalSpy changed(m_ctx.get(), &AppContext::recordsChanged);

    QVERIFY(m_view->moveByDrop(id, QStringLiteral("negotiation")));

    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("negotiation"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {id}).toInt(),
             vocab::defaultProbability(QStringLiteral("negotiation")));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE opportunity_id = ? AND kind = 'stage'"), {id})
                 .toInt(),
             1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT owner FROM activities WHERE opportunity_id = ? AND kind = 'stage'"), {id})
                 .toString(),
             QStringLiteral("wang.fang"));
    const QJsonObject payload = m_fx.lastOutbox(QStringLiteral("opportunity"), id, QStringLiteral("update"));
    QCOMPARE(payload.value(QStringLiteral("stage")).toString(), QStringLiteral("negotiation"));

    // The board follows: the card changed lanes, the headers count it, others were told.
    QCOMPARE(m_view->column(QStringLiteral("proposal"))->model()->rowCount(), proposalBefore - 1);
    QCOMPARE(m_view->column(QStringLiteral("negotiation"))->model()->rowCount(), negotiationBefore + 1);
    QVERIFY(m_view->column(QStringLiteral("negotiation"))->model()->rowOfId(id) >= 0);
    QVERIFY(m_view->column(QStringLiteral("negotiation"))->headerLabel()->text().contains(
        QLocale().toString(negotiationBefore + 1)));
    QVERIFY(changed.contains(QVariantList{QStringLiteral("opportunity")}));

    // Dropping on its own lane is refused and changes nothing.
    QVERIFY(!m_view->moveByDrop(id, QStringLiteral("negotiation")));
}

void TestPipeline::dragPayloadRoundTrip()
{
    KanbanColumn *lead = m_view->column(QStringLiteral("lead"));
    QVERIFY(lead->model()->rowCount() > 0);
    const qint64 id = lead->model()->idAt(0);
    std::unique_ptr<QMimeData> mime(lead->model()->mimeData({lead->model()->index(0, 0)}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-salesbridge-opportunity")));
    QList<qint64> ids;
    QString from;
    QVERIFY(StageColumnModel::decode(mime.get(), &ids, &from));
    QCOMPARE(ids, QList<qint64>{id});
    QCOMPARE(from, QStringLiteral("lead"));
    QVERIFY(!lead->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(m_view->column(QStringLiteral("won"))->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QMimeData foreign;
    foreign.setText(QStringLiteral("42"));
    QVERIFY(!m_view->column(QStringLiteral("won"))->model()->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, QModelIndex()));
}

void TestPipeline::lostNeedsReason()
{
    const qint64 id = createDeal(QStringLiteral("无锡纺机 PLC 升级"), QStringLiteral("qualified"), 1800000);
    QVERIFY(id > 0);

    QVERIFY(!m_view->moveByDrop(id, QStringLiteral("lost"))); // waits for the reason
    QPointer<LostReasonDialog> dialog = m_view->lostReasonDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled()); // no reason, no move
    dialog->reject();
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("qualified"));
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE opportunity_id = ? AND kind = 'stage'"), {id})
                .toInt()
            == 0);

    // The store refuses it too, whatever the screen does.
    QVERIFY(!PipelineStore(*m_fx.db).moveStage(id, QStringLiteral("lost"), QString()));

    QVERIFY(!m_view->moveByDrop(id, QStringLiteral("lost")));
    dialog = m_view->lostReasonDialog();
    QVERIFY(dialog);
    dialog->reasonBox()->setEditText(QStringLiteral("价格太高"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("lost"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("价格太高"));
    QVERIFY(m_view->column(QStringLiteral("lost"))->model()->rowOfId(id) >= 0);
}

void TestPipeline::keyboardMovesToNextStage()
{
    const qint64 id = createDeal(QStringLiteral("宁波注塑 机械手"), QStringLiteral("lead"), 650000);
    QVERIFY(id > 0);
    QVERIFY(m_view->selectOpportunity(id));
    QListView *lead = m_view->columnView(QStringLiteral("lead"));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    lead->setFocus();
    QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("qualified"));
    // The card stays selected in its new lane: the next Ctrl+Right moves it on.
    QCOMPARE(m_view->column(QStringLiteral("qualified"))->currentId(), id);
    m_view->moveSelectedToNextStage();
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("proposal"));
}

void TestPipeline::newOpportunityDialog()
{
    m_view->newRecord();
    NewOpportunityDialog *dialog = m_view->newOpportunityDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy errors(m_ctx.get(), &AppContext::errorReported);
    dialog->accept(); // no customer, no title: the dialog stays and says why
    QVERIFY(dialog->isVisible());

    // Typing part of the name finds the customer through the search index.
    dialog->customerPicker()->setFocus();
    dialog->customerPicker()->setText(QStringLiteral("华东精密")); // keyClicks types Latin-1 only
    dialog->customerPicker()->searchNow();
    QVERIFY(dialog->customerPicker()->matcher()->model()->rowCount() >= 1);
    dialog->customerPicker()->setCustomer(m_fx.customerId);
    QCOMPARE(dialog->customerPicker()->customerId(), m_fx.customerId);
    dialog->titleEdit()->setText(QStringLiteral("华东精密 二期产线"));
    dialog->amountEdit()->setValue(125000.50);
    dialog->stageBox()->setCurrentIndex(dialog->stageBox()->findData(QStringLiteral("qualified")));
    dialog->accept();
    QTRY_VERIFY(!m_view->newOpportunityDialog());

    const qint64 id = m_fx.scalar(QStringLiteral("SELECT id FROM opportunities WHERE title = ?"),
                                  {QStringLiteral("华东精密 二期产线")})
                          .toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE id = ?"), {id}).toLongLong(), 12500050LL);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT owner FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("wang.fang"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("qualified"));
    QVERIFY(!m_fx.lastOutbox(QStringLiteral("opportunity"), id, QStringLiteral("create")).isEmpty());
    QCOMPARE(m_view->column(QStringLiteral("qualified"))->currentId(), id);
}

void TestPipeline::screenshot()
{
    m_view->refresh();
    m_view->resize(1366, 768);
    // The overdue deal is the biggest proposal: on top of its lane, with its marker.
    KanbanColumn *proposal = m_view->column(QStringLiteral("proposal"));
    QCOMPARE(proposal->model()->idAt(0), m_fx.overdueDealId);
    QVERIFY(proposal->model()->index(0, 0).data(StageColumnModel::OverdueRole).toBool());
    for (KanbanColumn *c : m_view->columns()) {
        c->view()->selectionModel()->clear();
        c->view()->scrollToTop();
    }
    QTest::qWait(200);
    QSignalSpy errors(m_ctx.get(), &AppContext::errorReported);
    m_view->refresh();
    QCOMPARE(errors.size(), 0);
    QChart *chart = m_view->funnel()->chartView()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    const QImage image = m_view->grab().toImage();
    QVERIFY(image.save(QStringLiteral(SB_SCREENSHOT_DIR) + QStringLiteral("/pipeline.png")));
}

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
