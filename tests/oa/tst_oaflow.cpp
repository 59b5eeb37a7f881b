// Three people on three laptops, one quote: the rep submits it, the manager approves it
// offline, the office turns it into an order. Against the OA emulator and a real trytond
// (Tryton 6.0 from Debian) at once, each workspace syncing with both through the registry.
#include "FeishuEmulator.h"
#include "OaWorkspace.h"
#include "TrytonServer.h"
#include "models/store/QuoteStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::testing;

class TestOaFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void repManagerAndOfficeWorkOnTheSameQuote();

private:
    std::unique_ptr<OaWorkspace> workspace(const QString &user);
    static QString text(const SyncSummary &s)
    {
        return QStringLiteral("pushed %1 failed %2 retry %3 pulled %4 errors: %5")
            .arg(s.pushed).arg(s.pushFailed).arg(s.retryLater).arg(s.pulled).arg(s.errors.join(QStringLiteral("; ")));
    }

    std::unique_ptr<TrytonServer> m_erp;
    std::unique_ptr<FeishuEmulator> m_oa;
};

void TestOaFlow::initTestCase()
{
    QString error;
    QVERIFY2(!TrytonServer::ensureTemplate(&error).isEmpty(), qPrintable(error));
    m_erp = std::make_unique<TrytonServer>();
    QVERIFY2(m_erp->start(&error), qPrintable(error));
    m_oa = std::make_unique<FeishuEmulator>();
    QVERIFY2(m_oa->start(&error), qPrintable(error));
}

std::unique_ptr<OaWorkspace> TestOaFlow::workspace(const QString &user)
{
    auto ws = std::make_unique<OaWorkspace>(user, m_oa->url());
    ConnectorConfig erp = KindRegistry::builtIn().configFor(QStringLiteral("tryton"));
    erp.url = m_erp->url().toString();
    erp.databaseName = m_erp->config().database;
    erp.username = m_erp->config().username;
    ws->addConnector(erp, QStringLiteral("admin"));
    return ws;
}

void TestOaFlow::repManagerAndOfficeWorkOnTheSameQuote()
{
    auto rep = workspace(QStringLiteral("rep1"));
    auto manager = workspace(QStringLiteral("mgr1"));
    auto office = workspace(QStringLiteral("office1"));
    for (OaWorkspace *ws : {rep.get(), manager.get(), office.get()}) {
        const SyncSummary s = ws->sync();
        QVERIFY2(s.ok(), qPrintable(text(s)));
    }

    // The rep writes the quote and submits it.
    const qint64 customer = rep->value(QStringLiteral("SELECT id FROM customers WHERE remote_id = '6'")).toLongLong();
    const qint64 pump = rep->value(QStringLiteral("SELECT id FROM products WHERE code = 'PMP-100'")).toLongLong();
    QVERIFY(customer > 0 && pump > 0);
    QuoteStore quotes(rep->db());
    auto quote = quotes.createDraft(customer, 0, QStringLiteral("rep1"));
    QVERIFY2(quote, qPrintable(quote.error()));
    QuoteLine line;
    line.productId = pump;
    line.description = QStringLiteral("离心泵 CP-100");
    line.quantity = 3;
    line.unitPriceCents = 1280000;
    line.discountPct = 12;
    QVERIFY(quotes.saveLines(quote.value(), {line}));
    auto approval = quotes.submitForApproval(quote.value(), QStringLiteral("rep1"), QString());
    QVERIFY2(approval, qPrintable(approval.error()));
    SyncSummary s = rep->sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));
    const QString sale = rep->value(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {quote.value()}).toString();
    QVERIFY(!sale.isEmpty()); // the quote is a draft sale in Tryton
    QCOMPARE(m_oa->instances().size(), 1); // and an approval in the OA that links to it
    QCOMPARE(rep->value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {quote.value()}).toString(), QStringLiteral("pending_approval"));

    // The manager's laptop receives the sale from Tryton and the task from the OA: one inbox line.
    s = manager->sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QCOMPARE(ApprovalStore(manager->db()).pendingCount().value(), 1);
    const qint64 mgrApproval = manager->value(QStringLiteral("SELECT id FROM approvals WHERE my_task IS NOT NULL")).toLongLong();
    const qint64 mgrQuote = manager->value(QStringLiteral("SELECT subject_id FROM approvals WHERE id = ?"), {mgrApproval}).toLongLong();
    QCOMPARE(manager->value(QStringLiteral("SELECT remote_id FROM quotes WHERE id = ?"), {mgrQuote}).toString(), sale);
    QCOMPARE(manager->value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {mgrQuote}).toString(), QStringLiteral("pending_approval"));
    // Approved on the train, sent at the next sync.
    QVERIFY(ApprovalStore(manager->db()).decide(mgrApproval, true, QStringLiteral("同意，注意交期"), QStringLiteral("mgr1")));
    s = manager->sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));
    QCOMPARE(m_oa->instances().first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("APPROVED"));

    // The office clerk's laptop sees the rep's quote as approved, and orders it.
    s = office->sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));
    const qint64 officeQuote = office->value(QStringLiteral("SELECT id FROM quotes WHERE remote_id = ?"), {sale}).toLongLong();
    QVERIFY(officeQuote > 0);
    QCOMPARE(office->value(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), {officeQuote}).toString(), QStringLiteral("approved"));
    QCOMPARE(ApprovalStore(office->db()).pendingCount().value(), 0); // not the office's to decide
    auto order = QuoteStore(office->db()).requestOrder(officeQuote, QStringLiteral("office1"));
    QVERIFY2(order, qPrintable(order.error()));
    s = office->sync();
    QVERIFY2(s.ok(), qPrintable(text(s)));

    // Tryton holds one confirmed sale for it, and every laptop agrees.
    QString error;
    const QJsonArray sales = m_erp->call(QStringLiteral("model.sale.sale.search_read"),
                                         QJsonArray{QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("="), sale.toInt()})}, 0,
                                                    QJsonValue::Null, QJsonValue::Null, QJsonArray{QJsonValue(QStringLiteral("state"))}},
                                         {}, &error)
                                 .toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sales.size(), 1);
    const QString state = sales.first().toObject().value(QLatin1String("state")).toString();
    QVERIFY2(state == QLatin1String("processing") || state == QLatin1String("confirmed"), qPrintable(state));
    const int confirmed = m_erp->call(QStringLiteral("model.sale.sale.search_count"),
                                      QJsonArray{QJsonValue(QJsonArray{QJsonArray{QStringLiteral("state"), QStringLiteral("in"),
                                                                       QJsonArray{QStringLiteral("confirmed"), QStringLiteral("processing")}},
                                                            QJsonArray{QStringLiteral("reference"), QStringLiteral("like"), QStringLiteral("SB-%")}})},
                                      {}, &error)
                              .toInt();
    QCOMPARE(confirmed, 1);
    for (OaWorkspace *ws : {rep.get(), manager.get(), office.get()}) {
        s = ws->sync();
        QVERIFY2(s.ok(), qPrintable(text(s)));
        QCOMPARE(ws->value(QStringLiteral("SELECT state FROM quotes WHERE remote_id = ?"), {sale}).toString(), QStringLiteral("ordered"));
        QCOMPARE(ws->value(QStringLiteral("SELECT state FROM approvals")).toString(), QStringLiteral("approved"));
        QCOMPARE(ws->value(QStringLiteral("SELECT count(*) FROM approvals")).toInt(), 1);
        QCOMPARE(ws->value(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")).toInt(), 0);
    }
    QCOMPARE(rep->value(QStringLiteral("SELECT decision_comment FROM approvals")).toString(), QStringLiteral("同意，注意交期"));
}

QTEST_GUILESS_MAIN(TestOaFlow)
#include "tst_oaflow.moc"
