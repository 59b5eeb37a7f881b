#pragma once

#include "DemoGenerator.h"
#include "DemoVocabulary.h"

#include "models/store/BulkWriter.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QVariantList>
#include <memory>
#include <vector>

namespace sb::demo {

// The engine behind DemoGenerator: decides the shape of the book first (so the progress
// total is exact), then writes it in chunks of customers: their company rows and contacts
// first (staged, see the constructor), then for each one everything that hangs off it.
// One instance writes one book; the caller owns the transaction.
class Book {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Book(Database &db, int customers, quint32 seed, const QString &currentUser, const Progress &progress);
    Result<DemoGenerator::Counts> write();

    enum CustomerStatus : quint8 { Prospect, Active, Dormant, Closed };
    enum OrderState : quint8 { OrderDraft, Confirmed, Processing, Done, Cancelled };
    enum Delivery : quint8 { NotShipped, ToShip, PartlyShipped, Shipped, ShippingProblem };
    enum Billing : quint8 { NotInvoiced, ToInvoice, Invoiced, Paid, InvoicingProblem };
    enum Stage : quint8 { Lead, Qualified, Proposal, Negotiation, Won, Lost };
    enum QuoteState { QuoteDraft, QuotePendingApproval, QuoteApproved, QuoteRejected, QuoteSent, QuoteAccepted,
                      QuoteOrdered };
    enum ApprovalKind { QuoteApproval, ContractApproval, DiscountApproval, OtherApproval };
    enum ApprovalState { ApprovalPending, ApprovalApproved, ApprovalRejected, ApprovalWithdrawn };

private:
    // One prepared INSERT and the row being filled for it.
    struct Table {
        Table(Database &db, const Entity &entity, const QStringList &columns, qint64 &counter,
              const QString &tableName);
        QVariantList &row() { values.clear(); return values; }
        BulkWriter writer;
        QVariantList values;
        qint64 &count;
        QString name; // the table, for error messages
    };

    // What is decided up front for each customer: everything that changes the row count.
    struct Plan {
        CustomerStatus status;
        OrderState order;
        Delivery delivery;
        Billing billing;
        Stage stage;
        quint8 quoteLines;  // 0: no quote
        quint8 activities;  // visits, calls ...; the stage row comes on top
        bool stageRow;
        quint8 approvals;
        quint8 tickets;
    };

    struct Product {
        qint64 id = 0;
        QString code;
        QString description; // name and spec, as order lines show it
        QString listedAt;
        qint64 price = 0;    // list price in fen
        qint64 cost = 0;
        int qtyMin = 1, qtyMax = 1;
        bool meters = false;
    };

    struct Activity {
        int kind, day, slot;
        bool planned, cancelled;
    };

    // The customer being written and what its documents refer to.
    struct Customer {
        int index = 0;
        qint64 id = 0, opportunityId = 0, quoteId = 0, orderId = 0;
        qint64 contactIds[2] = {0, 0};
        QString contactNames[2];
        QString contactEmail;
        QString contactEmails[2]; // either may be empty
        bool chinese = true, abroad = false;
        const City *city = nullptr;
        const Industry *industry = nullptr;
        QString name, shortName, domain, owner, currency;
        QString createdAt, orderCreatedAt;
        int grade = 2;        // 0 = A .. 3 = D
        int createdDay = 0;   // days relative to today
        int orderDay = 0, oppCreatedDay = 0;
        int orderLineProducts[6] = {}; // indexes into the catalogue
        QString orderNumber, quoteNumber;
        bool quoteOrdered = false;
        qint64 orderUntaxed = 0, orderTotal = 0, orderCost = 0, orderList = 0;
        qint64 quoteSubtotal = 0, quoteTotal = 0, quoteCost = 0;
        int quoteDay = 0;
    };

    // randomness
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }
    int weighted(std::initializer_list<int> weights);
    template <typename T>
    const T &pick(const std::vector<T> &v) { return v[m_rng.bounded(quint32(v.size()))]; }
    const QString &pick(const QStringList &l) { return l.at(int(m_rng.bounded(quint32(l.size())))); }
    QString digits(const QString &pattern);
    const QString &text(const Word &w) const { return m_customer.chinese ? w.cn : w.en; }
    qint64 money(qint64 fen) const; // in the customer's currency
    int quantity(const Product &p);
    void pickProducts(int *out, int n); // n different catalogue indexes

    // calendar: day offsets from today, half-hour slots from 08:00 local time
    const QString &day(int offset);
    const QString &stamp(int offset, int slot);   // something that happened: never after now
    const QString &planned(int offset, int slot); // may lie ahead
    static QString padded(const char *prefix, qint64 n, int width = 6);

    void plan();
    qint64 put(Table &t);
    void writeCatalogue();
    void writeChunk(int first, int end);
    Status moveStaged();
    void writeCompany(int index); // the customer and its contacts, into the staging tables
    void nameCompany();
    void writeContacts();
    void writeBusiness();         // everything else of the customer
    void writeAddress();
    std::vector<Activity> planActivities(const Plan &p);
    void writeOpportunity(const Plan &p, const std::vector<Activity> &acts);
    void writeQuote(QuoteState state, int lines, bool special);
    void writeOrder(const Plan &p);
    void writeShipmentAndInvoice(const Plan &p);
    void writeApproval(int kind, int state);
    void writeTickets(const Plan &p);
    void writeActivities(const Plan &p, const std::vector<Activity> &acts);
    void appendCalendarFields(const Activity &a, const QVariant &contact);

    Database &m_db;
    const Vocabulary &m_v;
    const int m_size;
    QRandomGenerator m_rng;
    Progress m_progress;
    QDate m_today;
    int m_nowSlot; // the slot of the current time; -1 before 08:00
    QStringList m_reps;

    DemoGenerator::Counts m_counts;
    std::vector<std::unique_ptr<Table>> m_tables;
    std::vector<std::unique_ptr<Entity>> m_stagedEntities; // the staging tables, as BulkWriter sees them
    QStringList m_moves, m_drops;                           // SQL that empties and removes them
    Table *m_customers, *m_contacts, *m_addresses, *m_products, *m_warehouses, *m_stock, *m_opportunities,
        *m_quotes, *m_quoteLines, *m_orders, *m_orderLines, *m_invoices, *m_shipments, *m_approvals,
        *m_tickets, *m_ticketEvents, *m_activities;

    std::vector<Plan> m_plans;
    std::vector<Customer> m_chunk; // customers staged but not yet moved
    qint64 m_customerBase = 0, m_contactBase = 0; // ids are given, so staged rows can be referred to
    std::vector<quint8> m_ticketEventCounts; // per ticket, in writing order
    size_t m_nextTicket = 0;
    std::vector<Product> m_catalogue;
    qint64 m_warehouseIds[2] = {0, 0};
    std::vector<std::vector<const City *>> m_citiesByRegion;
    QSet<QString> m_names, m_shortNames, m_famous;
    Customer m_customer;

    qint64 m_total = 0, m_done = 0, m_lastReport = 0;
    int m_approvalSeq = 0, m_regularQuoteSeq = 0, m_ticketSeq = 0;
    bool m_cancelled = false;
    QString m_error;

    std::vector<QString> m_days, m_stamps;
    std::vector<int> m_utcOffsets;
    QStringList m_stageKeys, m_gradeKeys, m_statusKeys;
    int m_probability[6] = {};
    QString m_stageSubjects[6][2];
    const QString m_demo = QStringLiteral("demo");
};

} // namespace sb::demo
