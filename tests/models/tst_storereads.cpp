// What the widgets read through the stores and list filters instead of running SQL themselves:
// names of related records, pickers' matches, headers, facts and the lists' saved views.
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SyncLists.h"
#include "models/itemmodels/SystemStatusModel.h"
#include "models/store/ConflictStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/PipelineStore.h"
#include "models/store/ProductStore.h"
#include "models/store/QuoteStore.h"
#include "models/store/ServiceStore.h"
#include "models/store/ShipmentStore.h"
#include "models/store/SystemStatusStore.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QtTest>

using namespace sb;

class TestStoreReads : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void customerNamesAndMatches();
    void stageSummariesAndBrief();
    void approvalFactsWeighTheCustomer();
    void quoteHeaderAndLatestApproval();
    void productsForQuotesAndPickers();
    void shipmentDetailNamesWhatItBelongsTo();
    void customerFileConflictsAndRefusedChange();
    void outboxEntryAndStates();
    void savedViewsFilterTheLists();
    void changesNoSystemTakesAreKeptNotPending();
    void systemStatusOfConfiguredSystems();

private:
    qint64 exec(const QString &sql, const QVariantList &bindings = {});
    qint64 customer(const QString &name, const QVariantMap &more = {});

    std::unique_ptr<Database> m_db;
};

void TestStoreReads::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
}

void TestStoreReads::cleanup()
{
    m_db.reset();
}

qint64 TestStoreReads::exec(const QString &sql, const QVariantList &bindings)
{
    auto r = m_db->exec(sql, bindings);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value().lastInsertId().toLongLong();
}

qint64 TestStoreReads::customer(const QString &name, const QVariantMap &more)
{
    QVariantMap fields = more;
    fields.insert(QStringLiteral("name"), name);
    auto id = CustomerStore(*m_db).create(fields);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

void TestStoreReads::customerNamesAndMatches()
{
    CustomerStore store(*m_db);
    const qint64 upper = customer(QStringLiteral("Huaxin B"), {{QStringLiteral("code"), QStringLiteral("HX-B")},
                                                               {QStringLiteral("region"), QStringLiteral("Suzhou")},
                                                               {QStringLiteral("grade"), QStringLiteral("A")}});
    const qint64 lower = customer(QStringLiteral("huaxin A"));
    const qint64 gone = customer(QStringLiteral("Huaxin Old"));
    QVERIFY(store.remove(gone));

    auto name = store.name(gone);
    QVERIFY2(name, qPrintable(name.error()));
    QCOMPARE(name.value().value_or(QString()), QStringLiteral("Huaxin Old")); // an order still names it
    auto live = store.liveName(gone);
    QVERIFY(live && !live.value().has_value());
    live = store.liveName(upper);
    QVERIFY(live && live.value() == QStringLiteral("Huaxin B"));
    name = store.name(987654);
    QVERIFY(name && !name.value().has_value());

    auto matches = store.matches(QStringLiteral("huaxin"), 20);
    QVERIFY2(matches, qPrintable(matches.error()));
    QCOMPARE(matches.value().size(), 2); // not the one deleted here
    QCOMPARE(matches.value().at(0).id, lower); // by name, case aside
    QCOMPARE(matches.value().at(1).id, upper);
    QCOMPARE(matches.value().at(1).code, QStringLiteral("HX-B"));
    QCOMPARE(matches.value().at(1).region, QStringLiteral("Suzhou"));
    QCOMPARE(matches.value().at(1).grade, QStringLiteral("A"));
    matches = store.matches(QStringLiteral("huaxin"), 1);
    QVERIFY(matches && matches.value().size() == 1);
    matches = store.matches(QString(), 20);
    QVERIFY(matches && matches.value().isEmpty());

    auto contact = store.addContact(upper, {{QStringLiteral("name"), QStringLiteral("Li Na")}});
    QVERIFY2(contact, qPrintable(contact.error()));
    auto owner = store.customerOfContact(contact.value());
    QVERIFY(owner && owner.value() == upper);
    owner = store.customerOfContact(987654);
    QVERIFY(owner && owner.value() == 0);
}

void TestStoreReads::stageSummariesAndBrief()
{
    const qint64 c = customer(QStringLiteral("Dongfang Pumps"));
    PipelineStore store(*m_db);
    auto deal = [&](const QString &title, const QString &stage, qint64 cents, const QString &owner, const QVariant &next) {
        auto id = store.create({{QStringLiteral("title"), title}, {QStringLiteral("customer_id"), c},
                                {QStringLiteral("stage"), stage}, {QStringLiteral("amount_cents"), cents},
                                {QStringLiteral("owner"), owner}});
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        exec(QStringLiteral("UPDATE opportunities SET next_activity_at = ? WHERE id = ?"), {next, id.value()});
        return id.value();
    };
    const qint64 a = deal(QStringLiteral("Pumps for line 2"), QStringLiteral("proposal"), 100000, QStringLiteral("wang"),
                          QStringLiteral("2000-01-01T00:00:00Z")); // overdue
    deal(QStringLiteral("Spare parts"), QStringLiteral("proposal"), 50000, QStringLiteral("li"), QVariant()); // none
    deal(QStringLiteral("Service"), QStringLiteral("proposal"), 25000, QStringLiteral("wang"),
         QStringLiteral("2999-01-01T00:00:00Z")); // on track
    const qint64 gone = deal(QStringLiteral("Dropped"), QStringLiteral("proposal"), 999999, QStringLiteral("wang"), QVariant());
    QVERIFY(ChangeWriter(*m_db).remove(entities::opportunity(), gone));

    auto all = store.stageSummaries();
    QVERIFY2(all, qPrintable(all.error()));
    const StageSummary p = all.value().value(QStringLiteral("proposal"));
    QCOMPARE(p.count, 3);
    QCOMPARE(p.amount, MoneySums(QStringLiteral("CNY"), 175000));
    QCOMPARE(p.overdue, 1);
    QCOMPARE(p.noActivity, 1);
    QCOMPARE(p.onTrack(), 1);
    QVERIFY(!all.value().contains(QStringLiteral("lead")));
    auto mine = store.stageSummaries(QStringLiteral("wang"));
    QVERIFY(mine);
    QCOMPARE(mine.value().value(QStringLiteral("proposal")).count, 2);
    QCOMPARE(mine.value().value(QStringLiteral("proposal")).amount, MoneySums(QStringLiteral("CNY"), 125000));

    auto brief = store.brief(a);
    QVERIFY2(brief, qPrintable(brief.error()));
    QCOMPARE(brief.value().customerId, c);
    QCOMPARE(brief.value().stage, QStringLiteral("proposal"));
    QCOMPARE(brief.value().title, QStringLiteral("Pumps for line 2"));
    QVERIFY(store.moveStage(a, QStringLiteral("negotiation")));
    QCOMPARE(store.brief(a).value().stage, QStringLiteral("negotiation"));
    QVERIFY(!store.brief(gone));
}

void TestStoreReads::approvalFactsWeighTheCustomer()
{
    const qint64 c = customer(QStringLiteral("Jinling Textiles"), {{QStringLiteral("grade"), QStringLiteral("B")}});
    const QString recent = QDate::currentDate().addMonths(-2).toString(Qt::ISODate);
    const QString old = QDate::currentDate().addMonths(-14).toString(Qt::ISODate);
    const QString order = QStringLiteral("INSERT INTO orders (customer_id, state, order_date, total_cents, local_state) "
                                         "VALUES (?, ?, ?, ?, ?)");
    exec(order, {c, "done", recent, 40000, 0});
    exec(order, {c, "confirmed", recent, 10000, 0});
    exec(order, {c, "cancelled", recent, 70000, 0});
    exec(order, {c, "done", old, 80000, 0});
    exec(order, {c, "done", recent, 90000, 3}); // deleted here
    exec(order, {c, "draft", recent, 60000, 0}); // not agreed yet: no revenue
    exec(QStringLiteral("INSERT INTO orders (customer_id, state, order_date, total_cents, currency, local_state) "
                        "VALUES (?, 'done', ?, 70423, 'USD', 0)"),
         {c, recent});
    const QString ticket = QStringLiteral("INSERT INTO tickets (customer_id, subject, status) VALUES (?, 'x', ?)");
    exec(ticket, {c, "open"});
    exec(ticket, {c, "stalled"});
    exec(ticket, {c, "resolved"});
    exec(QStringLiteral("INSERT INTO approvals (customer_id, title, state) VALUES (?, 'earlier', 'rejected')"), {c});

    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(c, 0, QStringLiteral("wang"));
    QVERIFY2(quote, qPrintable(quote.error()));
    QuoteLine line;
    line.description = QStringLiteral("Loom");
    line.quantity = 2;
    line.unitPriceCents = 10000;
    line.discountPct = 10;
    QVERIFY(quotes.saveLines(quote.value(), {line}));
    auto approval = quotes.submitForApproval(quote.value(), QStringLiteral("wang"), QStringLiteral("zhao"));
    QVERIFY2(approval, qPrintable(approval.error()));

    auto facts = ApprovalStore(*m_db).facts(approval.value());
    QVERIFY2(facts, qPrintable(facts.error()));
    const ApprovalFacts &f = facts.value();
    QCOMPARE(f.state, QStringLiteral("pending"));
    QCOMPARE(f.customerId, c);
    QCOMPARE(f.customerName, QStringLiteral("Jinling Textiles"));
    QCOMPARE(f.grade, QStringLiteral("B"));
    QCOMPARE(f.subjectId, quote.value());
    QCOMPARE(f.quoteNumber, quotes.header(quote.value()).value()->number);
    QVERIFY(!f.quoteNumber.isEmpty());
    QCOMPARE(f.amountCents, qint64(18000));
    QCOMPARE(f.orders12m, 3);
    MoneySums revenue(QStringLiteral("CNY"), 50000); // never 50000 + 70423 of one currency
    revenue.add(QStringLiteral("USD"), 70423);
    QCOMPARE(f.revenue12m, revenue);
    QCOMPARE(f.openTickets, 2);
    QCOMPARE(f.rejectedBefore, 1);
    QCOMPARE(f.steps.size(), 1);
    QCOMPARE(f.steps.at(0).approver, QStringLiteral("zhao"));

    QVERIFY(!ApprovalStore(*m_db).facts(987654));
}

void TestStoreReads::quoteHeaderAndLatestApproval()
{
    const qint64 c = customer(QStringLiteral("Baiyun Foods"), {{QStringLiteral("grade"), QStringLiteral("C")}});
    QuoteStore quotes(*m_db);
    auto quote = quotes.createDraft(c, 0, QStringLiteral("wang"));
    QVERIFY2(quote, qPrintable(quote.error()));
    auto header = quotes.header(quote.value());
    QVERIFY2(header, qPrintable(header.error()));
    QVERIFY(header.value().has_value());
    const QuoteHeader &h = *header.value();
    QCOMPARE(h.state, QStringLiteral("draft"));
    QCOMPARE(h.customerId, c);
    QCOMPARE(h.customerName, QStringLiteral("Baiyun Foods"));
    QCOMPARE(h.customerGrade, QStringLiteral("C"));
    QCOMPARE(h.owner, QStringLiteral("wang"));
    QCOMPARE(h.validUntil, QDate::currentDate().addDays(30).toString(Qt::ISODate));
    QVERIFY(h.number.startsWith(QLatin1Char('Q')));
    QCOMPARE(h.localState, int(LocalState::Created));

    auto latest = quotes.latestApproval(quote.value());
    QVERIFY(latest && !latest.value().has_value());
    QuoteLine line;
    line.description = QStringLiteral("Oven");
    line.unitPriceCents = 5000;
    QVERIFY(quotes.saveLines(quote.value(), {line}));
    auto approval = quotes.submitForApproval(quote.value(), QStringLiteral("wang"), QStringLiteral("zhao"));
    QVERIFY2(approval, qPrintable(approval.error()));
    latest = quotes.latestApproval(quote.value());
    QVERIFY(latest && latest.value().has_value());
    QCOMPARE(latest.value()->state, QStringLiteral("pending"));
    QCOMPARE(latest.value()->approver, QStringLiteral("zhao"));
    QVERIFY(!latest.value()->submittedAt.isEmpty());
    QVERIFY(ApprovalStore(*m_db).decide(approval.value(), false, QStringLiteral("Too cheap"), QStringLiteral("zhao")));
    latest = quotes.latestApproval(quote.value());
    QCOMPARE(latest.value()->state, QStringLiteral("rejected"));
    QCOMPARE(latest.value()->comment, QStringLiteral("Too cheap"));
    QVERIFY(!latest.value()->decidedAt.isEmpty());

    QVERIFY(quotes.header(987654) && !quotes.header(987654).value().has_value());
}

void TestStoreReads::productsForQuotesAndPickers()
{
    const QString product = QStringLiteral("INSERT INTO products (code, name, spec, unit, list_price_cents, cost_cents, "
                                           "active, local_state) VALUES (?, ?, ?, 'pcs', ?, ?, ?, ?)");
    const qint64 servo = exec(product, {"SRV-400", "Servo motor", "400 W", 120000, 80000, 1, 0});
    exec(product, {"SRV-200", "Servo motor small", "200 W", 90000, QVariant(), 1, 0});
    const qint64 retired = exec(product, {"SRV-100", "Servo motor old", "100 W", 50000, 30000, 0, 0});
    exec(product, {"SRV-050", "Servo motor gone", "50 W", 40000, 20000, 1, 3});
    ProductStore store(*m_db);

    auto sellable = store.sellable();
    QVERIFY2(sellable, qPrintable(sellable.error()));
    QCOMPARE(sellable.value().size(), 2);
    QCOMPARE(sellable.value().at(0).code, QStringLiteral("SRV-200"));
    QCOMPARE(sellable.value().at(0).costCents, qint64(-1));
    QCOMPARE(sellable.value().at(1).id, servo);
    QCOMPARE(sellable.value().at(1).listPriceCents, qint64(120000));
    QCOMPARE(sellable.value().at(1).costCents, qint64(80000));

    auto matches = store.matches(QStringLiteral("servo"), 20);
    QVERIFY2(matches, qPrintable(matches.error()));
    QCOMPARE(matches.value().size(), 2);
    QCOMPARE(matches.value().at(1).code, QStringLiteral("SRV-400"));
    QCOMPARE(matches.value().at(1).spec, QStringLiteral("400 W"));

    auto label = store.label(retired);
    QVERIFY(label && label.value() == QStringLiteral("SRV-100  Servo motor old"));
    label = store.label(987654);
    QVERIFY(label && !label.value().has_value());
}

void TestStoreReads::shipmentDetailNamesWhatItBelongsTo()
{
    const qint64 c = customer(QStringLiteral("Xinda Logistics"));
    const qint64 w = exec(QStringLiteral("INSERT INTO warehouses (code, name) VALUES ('SH', 'Shanghai DC')"));
    const qint64 unnumbered = exec(QStringLiteral("INSERT INTO orders (customer_id) VALUES (?)"), {c});
    const qint64 deleted = exec(QStringLiteral("INSERT INTO orders (customer_id, number, local_state) VALUES (?, 'SO-9', 3)"), {c});
    const QString shipment = QStringLiteral("INSERT INTO shipments (customer_id, order_id, warehouse_id) VALUES (?, ?, ?)");
    const qint64 full = exec(shipment, {c, unnumbered, w});
    const qint64 bare = exec(shipment, {c, QVariant(), QVariant()});
    const qint64 orphan = exec(shipment, {c, deleted, QVariant()});
    ShipmentStore store(*m_db);

    auto d = store.detail(full);
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(d.value().customerName, QStringLiteral("Xinda Logistics"));
    QVERIFY(d.value().hasOrder);
    QVERIFY(d.value().orderNumber.isEmpty()); // not numbered by the ERP yet
    QVERIFY(d.value().hasWarehouse);
    QCOMPARE(d.value().warehouseName, QStringLiteral("Shanghai DC"));
    QCOMPARE(d.value().shipment.value(QStringLiteral("order_id")).toLongLong(), unnumbered);

    d = store.detail(bare);
    QVERIFY(d && !d.value().hasOrder && !d.value().hasWarehouse);
    d = store.detail(orphan);
    QVERIFY(d && !d.value().hasOrder); // its order was deleted here
    QVERIFY(!store.detail(987654));
}

void TestStoreReads::customerFileConflictsAndRefusedChange()
{
    const qint64 c = customer(QStringLiteral("Hengtong Cable"));
    const qint64 other = customer(QStringLiteral("Other Co"));
    auto contact = CustomerStore(*m_db).addContact(c, {{QStringLiteral("name"), QStringLiteral("Zhou Min")}});
    QVERIFY(contact);
    const qint64 address = exec(QStringLiteral("INSERT INTO addresses (customer_id) VALUES (?)"), {c});
    const QString conflict = QStringLiteral("INSERT INTO conflicts (entity, record_id, field, created_at, resolved_at) "
                                            "VALUES (?, ?, ?, '2026-03-01T00:00:00Z', ?)");
    const qint64 first = exec(conflict, {"customer", c, "phone", QVariant()});
    exec(conflict, {"contact", contact.value(), "email", QVariant()});
    exec(conflict, {"address", address, "*", QVariant()});
    exec(conflict, {"customer", c, "name", "2026-03-02T00:00:00Z"}); // resolved
    exec(conflict, {"customer", other, "name", QVariant()});

    auto open = ConflictStore(*m_db).openOfCustomer(c);
    QVERIFY2(open, qPrintable(open.error()));
    QCOMPARE(open.value().size(), 3);
    QCOMPARE(open.value().at(0).id, first);
    QCOMPARE(open.value().at(0).field, QStringLiteral("phone"));
    QCOMPARE(open.value().at(1).entity, QStringLiteral("contact"));
    QCOMPARE(open.value().at(1).contactName, QStringLiteral("Zhou Min"));
    QCOMPARE(open.value().at(2).entity, QStringLiteral("address"));
    QCOMPARE(open.value().at(2).field, QStringLiteral("*"));

    OutboxStore outbox(*m_db);
    auto refused = outbox.firstRefused(QStringLiteral("customer"), c);
    QVERIFY(refused && refused.value().outboxId == 0);
    // What a refusal leaves behind (written here as the sync engine would).
    exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = 'VAT number invalid' "
                        "WHERE entity = 'customer' AND record_id = ?"),
         {c});
    const qint64 entry = m_db->scalar(QStringLiteral("SELECT id FROM outbox WHERE entity = 'customer' AND record_id = ?"), {c})
                             .value()
                             .toLongLong();
    refused = outbox.firstRefused(QStringLiteral("customer"), c);
    QVERIFY2(refused, qPrintable(refused.error()));
    QCOMPARE(refused.value().outboxId, entry);
    QCOMPARE(refused.value().reason, QStringLiteral("VAT number invalid"));
    QCOMPARE(outbox.firstRefused(QStringLiteral("customer"), other).value().outboxId, qint64(0));
}

void TestStoreReads::outboxEntryAndStates()
{
    const qint64 c = customer(QStringLiteral("Yongsheng Glass"));
    customer(QStringLiteral("Second"));
    const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM outbox WHERE record_id = ? AND entity = 'customer'"), {c})
                          .value()
                          .toLongLong();
    exec(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = 3, last_error = 'refused' WHERE id = ?"), {id});

    SyncCentreStore store(*m_db);
    auto e = store.entry(id);
    QVERIFY2(e, qPrintable(e.error()));
    QVERIFY(e.value().has_value());
    QCOMPARE(e.value()->entity, QStringLiteral("customer"));
    QCOMPARE(e.value()->recordId, c);
    QCOMPARE(e.value()->op, OutboxOp::Create);
    QCOMPARE(e.value()->state, OutboxState::Failed);
    QCOMPARE(e.value()->attempts, 3);
    QCOMPARE(e.value()->lastError.toString(), QStringLiteral("refused"));
    QVERIFY(e.value()->payload.contains(QStringLiteral("Yongsheng Glass")));
    QVERIFY(!e.value()->idempotencyKey.isEmpty());
    e = store.entry(987654);
    QVERIFY(e && !e.value().has_value());

    std::unique_ptr<SqlWindowModel> failed(lists::outboxInStates(*m_db, {OutboxState::Failed}, nullptr));
    QCOMPARE(failed->rowCount(), 1);
    QCOMPARE(failed->idAt(0), id);
    std::unique_ptr<SqlWindowModel> waiting(lists::outboxInStates(*m_db, {OutboxState::Pending, OutboxState::InFlight}, nullptr));
    QCOMPARE(waiting->rowCount(), 1);
}

void TestStoreReads::savedViewsFilterTheLists()
{
    const qint64 synced = customer(QStringLiteral("Beta Synced"));
    customer(QStringLiteral("Beta Local"));
    customer(QStringLiteral("Gamma Local"));
    exec(QStringLiteral("UPDATE customers SET local_state = 0 WHERE id = ?"), {synced});

    std::unique_ptr<SqlWindowModel> customers(lists::customers(*m_db, nullptr));
    const SearchCondition notSynced = filters::customersNotSynced();
    customers->setFilter(notSynced.sql, notSynced.bindings);
    QCOMPARE(customers->rowCount(), 2);
    // Combined with a search as the list panel does: the view's OR stays inside its brackets.
    const SearchCondition beta = filters::customerSearch(QStringLiteral("Beta"));
    customers->setFilter(notSynced.sql + QStringLiteral(" AND ") + beta.sql, notSynced.bindings + beta.bindings);
    QCOMPARE(customers->rowCount(), 1);

    const QString product = QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?)");
    const qint64 inStock = exec(product, {"P-1", "Bearing"});
    exec(product, {"P-2", "Gear"});
    const qint64 w = exec(QStringLiteral("INSERT INTO warehouses (code, name) VALUES ('W', 'Main')"));
    const QString level = QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, on_hand, local_state) VALUES (?, ?, ?, ?)");
    exec(level, {inStock, w, 5, 0});
    std::unique_ptr<SqlWindowModel> stock(lists::stock(*m_db, nullptr));
    const SearchCondition has = filters::productsInStock();
    stock->setFilter(has.sql, has.bindings);
    QCOMPARE(stock->rowCount(), 1);
    QCOMPARE(stock->idAt(0), inStock);
    const SearchCondition hasNot = filters::productsOutOfStock();
    stock->setFilter(hasNot.sql, hasNot.bindings);
    QCOMPARE(stock->rowCount(), 1);

    const qint64 c = customer(QStringLiteral("Delta Tickets"));
    exec(QStringLiteral("INSERT INTO tickets (number, customer_id, subject, priority) VALUES ('RT-77', ?, 'a', 4)"), {c});
    exec(QStringLiteral("INSERT INTO tickets (number, customer_id, subject, priority) VALUES ('RT-80', ?, 'b', 2)"), {c});
    std::unique_ptr<SqlWindowModel> tickets(lists::tickets(*m_db, 0, nullptr));
    const SearchCondition byNumber = filters::ticketSearch(QStringLiteral("RT-7"));
    tickets->setFilter(byNumber.sql, byNumber.bindings);
    QCOMPARE(tickets->rowCount(), 1);
    const SearchCondition urgent = filters::ticketsUrgent();
    tickets->setFilter(urgent.sql, urgent.bindings);
    QCOMPARE(tickets->rowCount(), 1);
    const SearchCondition everyone = filters::opportunitiesOwnedBy(QString());
    QVERIFY(everyone.sql.isEmpty());
}

void TestStoreReads::changesNoSystemTakesAreKeptNotPending()
{
    // No route yet: the new customer stays here by design.
    const qint64 c = customer(QStringLiteral("Kept Here Ltd"));
    SyncCentreStore store(*m_db);
    auto counts = store.counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts.value().pending, 0);
    QCOMPARE(counts.value().keptHere, 1);
    std::unique_ptr<SqlWindowModel> waiting(lists::outboxWaiting(*m_db, nullptr));
    std::unique_ptr<SqlWindowModel> kept(lists::outboxKeptHere(*m_db, nullptr));
    QAbstractItemModelTester t1(waiting.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(kept.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(waiting->rowCount(), 0);
    QCOMPARE(kept->rowCount(), 1);
    QCOMPARE(kept->value(0, QStringLiteral("record_id")).toLongLong(), c);
    QCOMPARE(kept->data(kept->index(0, kept->columnCount() - 1)).toString(),
             QStringLiteral("No server for Customer is set up yet: kept on this computer, sent once one is."));
    QCOMPARE(keptHereReason(QStringLiteral("quote.confirm")),
             QStringLiteral("No server for Quote “confirm” is set up yet: kept on this computer, sent once one is."));
    std::unique_ptr<SqlWindowModel> customers(lists::customers(*m_db, nullptr));
    QCOMPARE(customers->rowCount(), 1);
    QVERIFY(customers->data(customers->index(0, 0), SqlWindowModel::LocalOnlyRole).toBool());

    // The sync layer routes customers to the ERP: the change waits for it.
    exec(QStringLiteral("INSERT INTO routes (key, system) VALUES ('customer', 'erp')"));
    counts = store.counts();
    QCOMPARE(counts.value().pending, 1);
    QCOMPARE(counts.value().keptHere, 0);
    waiting->refresh();
    kept->refresh();
    customers->refresh();
    QCOMPARE(waiting->rowCount(), 1);
    QCOMPARE(kept->rowCount(), 0);
    QVERIFY(!customers->data(customers->index(0, 0), SqlWindowModel::LocalOnlyRole).toBool());

    // A command no system takes stays here even though its entity is routed.
    exec(QStringLiteral("UPDATE outbox SET state = 'done'"));
    exec(QStringLiteral("INSERT INTO outbox (entity, record_id, op, payload, idempotency_key, created_at, state) "
                        "VALUES ('customer', ?, 'action', '{\"command\":\"merge\"}', 'k-merge', '2026-01-01T00:00:00Z', 'pending')"),
         {c});
    counts = store.counts();
    QCOMPARE(counts.value().pending, 0);
    QCOMPARE(counts.value().keptHere, 1);
    // Synced records are never "local only".
    exec(QStringLiteral("DELETE FROM routes"));
    exec(QStringLiteral("UPDATE customers SET local_state = 0"));
    customers->refresh();
    QVERIFY(!customers->data(customers->index(0, 0), SqlWindowModel::LocalOnlyRole).toBool());
}

void TestStoreReads::systemStatusOfConfiguredSystems()
{
    exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (1, 'erp', 'tryton', 'http://erp.example:8000')"));
    exec(QStringLiteral("INSERT INTO connectors (id, system, kind, url) VALUES (2, 'oa', 'feishu', 'http://oa.example')"));
    SystemStatusStore store(*m_db);
    // A system that is no longer configured is left out; a configured one never synced is there.
    QVERIFY(store.record(QStringLiteral("calendar"), QStringLiteral("2026-01-01T08:00:00Z"), QString(), true));
    auto configured = store.configured();
    QVERIFY2(configured, qPrintable(configured.error()));
    QCOMPARE(configured.value().size(), 2);
    QCOMPARE(configured.value().at(0).health(), SystemStatus::Health::NeverSynced);

    QVERIFY(store.record(QStringLiteral("erp"), QStringLiteral("2026-01-01T08:00:00Z"), QString(), true));
    QVERIFY(store.record(QStringLiteral("oa"), QStringLiteral("2026-01-01T08:00:00Z"), QString(), true));
    QVERIFY(store.record(QStringLiteral("oa"), QStringLiteral("2026-01-01T09:00:00Z"), QStringLiteral("connection refused"), false));
    QVERIFY(store.record(QStringLiteral("erp"), QStringLiteral("2026-01-01T09:00:00Z"), QString(), true));

    SystemStatusModel model(*m_db, [](const QString &s) { return s.toUpper(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QHash<QString, int> row;
    for (int r = 0; r < model.rowCount(); ++r)
        row.insert(model.data(model.index(r, 0), SystemStatusModel::SystemRole).toString(), r);
    const int erp = row.value(QStringLiteral("erp")), oa = row.value(QStringLiteral("oa"));
    QCOMPARE(model.data(model.index(erp, SystemStatusModel::SystemColumn)).toString(), QStringLiteral("ERP"));
    QCOMPARE(model.data(model.index(erp, SystemStatusModel::StateColumn)).toString(), QStringLiteral("OK"));
    QCOMPARE(model.data(model.index(oa, SystemStatusModel::StateColumn)).toString(), QStringLiteral("Unreachable"));
    QCOMPARE(model.data(model.index(oa, SystemStatusModel::ErrorColumn)).toString(), QStringLiteral("connection refused"));
    QCOMPARE(model.statuses().at(oa).lastOkAt, QStringLiteral("2026-01-01T08:00:00Z")); // the last success stays
    QCOMPARE(model.data(model.index(oa, 0), SystemStatusModel::HealthRole).toInt(), int(SystemStatus::Health::Unreachable));
    // It answered, but refused: an error, not "unreachable".
    QVERIFY(store.record(QStringLiteral("oa"), QStringLiteral("2026-01-01T10:00:00Z"), QStringLiteral("503 maintenance"), true));
    QVERIFY(model.refresh().isEmpty());
    QCOMPARE(model.data(model.index(oa, SystemStatusModel::StateColumn)).toString(), QStringLiteral("Error"));
}

QTEST_GUILESS_MAIN(TestStoreReads)
#include "tst_storereads.moc"
