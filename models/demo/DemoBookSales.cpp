// The business of a demo customer: pipeline, quote, order, shipment, invoice, approvals, tickets, activities.
#include "DemoBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace sb::demo {

namespace {
double oneDecimal(double v) { return std::round(v * 10.0) / 10.0; }
// Payment terms as a Chinese ERP names them: 30 and 60 days end of month, cash before delivery.
const QString kPaymentTerms[3] = {QStringLiteral("月结30天"), QStringLiteral("月结60天"), QStringLiteral("款到发货")};
} // namespace

void Book::writeBusiness()
{
    const Customer &c = m_customer;
    const Plan &p = m_plans[size_t(c.index)];
    writeAddress();
    const std::vector<Activity> acts = planActivities(p);
    writeOpportunity(p, acts);

    // An approval decides the state of the quote it is about.
    int approvalKind = -1, approvalState = -1;
    if (p.approvals > 0) {
        static const int kinds[] = {QuoteApproval, DiscountApproval, ContractApproval};
        const int seq = m_approvalSeq;
        approvalKind = seq < 3 ? int(QuoteApproval) : seq == 3 ? int(DiscountApproval) : kinds[weighted({65, 20, 15})];
        approvalState = seq < 4 ? seq : weighted({35, 40, 17, 8});
    }
    if (p.quoteLines) {
        static const QuoteState regular[] = {QuoteDraft, QuoteSent, QuoteAccepted, QuoteOrdered};
        static const QuoteState approved[] = {QuoteApproved, QuoteSent, QuoteAccepted, QuoteOrdered};
        const bool special = approvalKind == QuoteApproval || approvalKind == DiscountApproval;
        QuoteState state;
        if (!special)
            state = regular[m_regularQuoteSeq < 4 ? m_regularQuoteSeq : weighted({30, 35, 15, 20})];
        else if (approvalState == ApprovalPending)
            state = QuotePendingApproval;
        else if (approvalState == ApprovalApproved)
            state = m_approvalSeq == 1 ? QuoteApproved : approved[weighted({35, 30, 15, 20})];
        else
            state = approvalState == ApprovalRejected ? QuoteRejected : QuoteDraft;
        if (!special)
            ++m_regularQuoteSeq;
        writeQuote(state, p.quoteLines, special);
    }
    writeOrder(p);
    writeShipmentAndInvoice(p);
    for (int a = 0; a < p.approvals; ++a)
        writeApproval(a == 0 ? approvalKind : int(OtherApproval), a == 0 ? approvalState : weighted({35, 40, 17, 8}));
    writeTickets(p);
    writeActivities(p, acts);
}

std::vector<Book::Activity> Book::planActivities(const Plan &p)
{
    std::vector<Activity> acts;
    const bool quiet = p.status == Dormant || p.status == Closed;
    for (int k = 0; k < p.activities; ++k) {
        Activity a{weighted({18, 30, 12, 15, 10, 15}), 0, between(1, 18), false, false};
        const bool schedulable = a.kind != Note && a.kind != Email;
        const int r = int(m_rng.bounded(100u));
        if (r < 30 && schedulable && !quiet) {
            a.day = between(0, 21);
            a.planned = true;
        } else if (r >= 93 && schedulable) {
            a.day = -between(1, 14);
            a.planned = a.kind == Task; // an overdue task
            a.cancelled = !a.planned;
        } else {
            // Most of what was done is recent: the smaller of two draws leans towards today.
            a.day = -1 - int(std::min(m_rng.bounded(120u), m_rng.bounded(120u)));
            if (quiet)
                a.day -= between(90, 400);
        }
        if (!a.planned || a.day < 0)
            a.day = std::max(a.day, m_customer.createdDay);
        acts.push_back(a);
    }
    return acts;
}

void Book::writeOpportunity(const Plan &p, const std::vector<Activity> &acts)
{
    Customer &c = m_customer;
    static const int minK[] = {300, 100, 20, 5}, maxK[] = {2000, 600, 200, 60}; // thousand yuan
    const qint64 amount = money(qint64(between(minK[c.grade], maxK[c.grade])) * 1000 * 100);
    int close;
    switch (p.stage) {
    case Won: close = -between(1, 365); break;
    case Lost: close = -between(1, 300); break;
    default: close = between(-15, 120); break; // a few open ones are overdue
    }
    c.oppCreatedDay = std::max(c.createdDay, std::min(close - between(20, 150), 0));
    QString next;
    if (p.stage < Won) {
        const Activity *first = nullptr;
        for (const Activity &a : acts)
            if (a.planned && a.day >= 0
                && (!first || a.day < first->day || (a.day == first->day && a.slot < first->slot)))
                first = &a;
        if (first)
            next = planned(first->day, first->slot);
    }
    const Word &project = pick(m_v.projects);
    const QString title = c.chinese ? c.shortName + project.cn : c.shortName + QStringLiteral(" - ") + project.en;
    const QString lostReason = p.stage == Lost ? text(pick(m_v.lostReasons)) : QString();
    const int slot = between(1, 18);
    m_opportunities->row() << c.id << title << m_stageKeys.at(p.stage) << amount << c.currency
                           << m_probability[p.stage] << day(close) << c.owner << lostReason << next << m_demo
                           << padded("OPP", m_counts.opportunities + 1) << stamp(c.oppCreatedDay, slot)
                           << stamp(p.stage >= Won ? std::max(close, c.oppCreatedDay) : c.oppCreatedDay, slot);
    c.opportunityId = put(*m_opportunities);
}

void Book::writeActivities(const Plan &p, const std::vector<Activity> &acts)
{
    Customer &c = m_customer;
    static const QString kinds[] = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("meeting"),
                                    QStringLiteral("task"),  QStringLiteral("note"), QStringLiteral("email")};
    static const int halfHours[] = {4, 1, 2, 0, 0, 0}; // how long it takes; 0: no end time
    const QString plannedKey = QStringLiteral("planned"), done = QStringLiteral("done"),
                  cancelled = QStringLiteral("cancelled");
    for (const Activity &a : acts) {
        // Planned ones were entered a few days before; the rest when they happened.
        const int enteredDay = std::max(std::min(a.day, 0) - int(m_rng.bounded(7u)), c.createdDay);
        const QString &entered = a.planned ? stamp(enteredDay, a.slot) : stamp(a.day, a.slot + halfHours[a.kind]);
        const int who = weighted({70, 20, 10});
        const QVariant contact = who < 2 ? QVariant(c.contactIds[who]) : QVariant();
        const QVariant opportunity = chance(50) ? QVariant(c.opportunityId) : QVariant();
        const QString &subject = text(pick(m_v.activitySubjects[a.kind]));
        QString body;
        if ((a.kind == Visit || a.kind == Meeting || a.kind == Note) && chance(40))
            body = text(pick(m_v.activityBodies));
        m_activities->row() << c.id << opportunity << contact << kinds[a.kind] << subject << body
                            << (a.planned ? planned(a.day, a.slot) : stamp(a.day, a.slot))
                            << (!halfHours[a.kind]   ? QString()
                                    : a.planned     ? planned(a.day, a.slot + halfHours[a.kind])
                                                    : stamp(a.day, a.slot + halfHours[a.kind]))
                            << (a.planned ? plannedKey : a.cancelled ? cancelled : done) << c.owner << m_demo
                            << padded("ACT", m_counts.activities + 1, 7) << entered << entered;
        appendCalendarFields(a, contact);
        put(*m_activities);
    }
    if (p.stageRow) {
        const int d = std::max(c.oppCreatedDay, -between(1, 60));
        const QString &at = stamp(d, between(1, 18));
        m_activities->row() << c.id << c.opportunityId << QVariant() << QStringLiteral("stage")
                            << m_stageSubjects[p.stage][c.chinese ? 0 : 1] << QString() << at << QString() << done
                            << c.owner << m_demo << padded("ACT", m_counts.activities + 1, 7) << at << at << QVariant()
                            << QVariant() << QVariant() << QVariant();
        put(*m_activities);
    }
}

void Book::appendCalendarFields(const Activity &a, const QVariant &contact)
{
    // What a calendar entry carries, for planned meetings, visits, calls and tasks: where, who
    // is invited, a reminder and the zone it was set in. Chosen by the row's number, not drawn:
    // the random stream (and so every other value of the book) stays as it was.
    QVariantList &row = m_activities->values;
    if (!a.planned) {
        row << QVariant() << QVariant() << QVariant() << QVariant();
        return;
    }
    const Customer &c = m_customer;
    const qint64 n = m_counts.activities;
    static const int reminders[] = {15, 30, 60, 15, 1440};
    static const char *const rooms[][2] = {{"3 号会议室", "Meeting room 3"},
                                           {"腾讯会议", "Video call"},
                                           {"总部 A 座 5 楼", "Head office, 5th floor"}};
    QVariant location;
    if (a.kind == Visit)
        location = c.chinese ? text(c.city->name) + QStringLiteral(" · ") + c.shortName + QStringLiteral("工厂")
                             : c.shortName + QStringLiteral(" plant, ") + text(c.city->name);
    else if (a.kind == Meeting)
        location = QString::fromUtf8(rooms[n % 3][c.chinese ? 0 : 1]);
    QJsonArray attendees;
    if (a.kind != Task)
        for (int k = 0; k < 2; ++k)
            if (!c.contactEmails[k].isEmpty() && (k == 0 || contact.toLongLong() == c.contactIds[1] || n % 2 == 0))
                attendees.append(QJsonObject{{QStringLiteral("name"), c.contactNames[k]}, {QStringLiteral("email"), c.contactEmails[k]}});
    row << location << reminders[n % 5]
        << (attendees.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(attendees).toJson(QJsonDocument::Compact))))
        << QStringLiteral("Asia/Shanghai");
}

int Book::quantity(const Product &p)
{
    static const int factor[] = {3, 2, 1, 1}; // key accounts buy more
    const int top = m_customer.grade == 3 ? std::max(p.qtyMin, (p.qtyMin + p.qtyMax) / 3) : p.qtyMax;
    int q = between(p.qtyMin, top) * factor[m_customer.grade];
    if (p.meters)
        q = std::max(10, q / 10 * 10); // cable is cut in round lengths
    return q;
}

void Book::pickProducts(int *out, int n)
{
    const quint32 size = quint32(m_catalogue.size());
    for (int k = 0; k < n; ++k) {
        int candidate;
        bool taken;
        do {
            candidate = int(m_rng.bounded(size));
            taken = std::find(out, out + k, candidate) != out + k;
        } while (taken && quint32(k) < size);
        out[k] = candidate;
    }
}

void Book::writeQuote(QuoteState state, int lines, bool special)
{
    static const QString states[] = {QStringLiteral("draft"), QStringLiteral("pending_approval"),
                                     QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("sent"),
                                     QStringLiteral("accepted"), QStringLiteral("ordered")};
    static const int ageMin[] = {0, 0, 1, 2, 1, 3, 10}, ageMax[] = {10, 7, 20, 30, 30, 45, 90};
    Customer &c = m_customer;
    c.quoteDay = std::max(c.createdDay, -between(ageMin[state], ageMax[state]));
    c.quoteOrdered = state == QuoteOrdered;

    int products[4] = {};
    int quantities[4] = {}, percents[4] = {};
    qint64 units[4] = {}, totals[4] = {};
    pickProducts(products, lines);
    c.quoteSubtotal = c.quoteTotal = c.quoteCost = 0;
    for (int k = 0; k < lines; ++k) {
        const Product &p = m_catalogue[size_t(products[k])];
        // Discounts beyond 10% are what needs a manager's approval.
        static const int normal[] = {0, 2, 3, 5, 8, 10}, deep[] = {12, 15, 18, 20, 25};
        percents[k] = special ? deep[m_rng.bounded(5u)] : normal[m_rng.bounded(6u)];
        quantities[k] = quantity(p);
        units[k] = money(p.price);
        const qint64 gross = units[k] * quantities[k];
        totals[k] = (gross * (100 - percents[k]) + 50) / 100;
        c.quoteSubtotal += gross;
        c.quoteTotal += totals[k];
        c.quoteCost += money(p.cost) * quantities[k];
    }
    c.quoteNumber = padded("QT-", m_counts.quotes + 1);
    const int slot = between(1, 18);
    const QString &created = stamp(c.quoteDay, slot);
    m_quotes->row() << c.quoteNumber << c.id << c.opportunityId << states[state] << c.currency
                    << day(c.quoteDay + 30) << c.quoteSubtotal << c.quoteSubtotal - c.quoteTotal << c.quoteTotal
                    << c.quoteCost << c.owner << m_demo << c.quoteNumber << created << created;
    c.quoteId = put(*m_quotes);
    for (int k = 0; k < lines; ++k) {
        const Product &p = m_catalogue[size_t(products[k])];
        m_quoteLines->row() << c.quoteId << (k + 1) * 10 << p.id << p.description << double(quantities[k])
                            << units[k] << double(percents[k]) << totals[k] << m_demo
                            << padded("QL", m_counts.quoteLines + 1, 7) << created << created;
        put(*m_quoteLines);
    }
}

void Book::writeOrder(const Plan &p)
{
    static const QString states[] = {QStringLiteral("draft"), QStringLiteral("confirmed"),
                                     QStringLiteral("processing"), QStringLiteral("done"),
                                     QStringLiteral("cancelled")};
    static const QString deliveries[] = {QStringLiteral("none"), QStringLiteral("waiting"), QStringLiteral("partial"),
                                         QStringLiteral("sent"), QStringLiteral("exception")};
    static const QString billings[] = {QStringLiteral("none"), QStringLiteral("waiting"), QStringLiteral("invoiced"),
                                       QStringLiteral("paid"), QStringLiteral("exception")};
    static const int discounts[4][4] = {{5, 8, 10, 12}, {3, 5, 5, 8}, {0, 2, 3, 5}, {0, 0, 0, 2}}; // by grade
    Customer &c = m_customer;
    int quantities[6] = {};
    qint64 units[6] = {}, totals[6] = {};
    pickProducts(c.orderLineProducts, 6);
    for (int k = 0; k < 6; ++k) {
        const Product &prod = m_catalogue[size_t(c.orderLineProducts[k])];
        quantities[k] = quantity(prod);
        const qint64 list = money(prod.price);
        units[k] = (list * (100 - discounts[c.grade][m_rng.bounded(4u)]) + 50) / 100;
        totals[k] = units[k] * quantities[k];
        c.orderUntaxed += totals[k];
        c.orderList += list * quantities[k];
        c.orderCost += money(prod.cost) * quantities[k];
    }
    // 13% VAT at home; exports are zero-rated.
    const qint64 tax = c.abroad ? 0 : (c.orderUntaxed * 13 + 50) / 100;
    c.orderTotal = c.orderUntaxed + tax;
    c.orderNumber = padded("SO-", c.index + 1);
    const int promised = c.orderDay + between(7, 30);
    c.orderCreatedAt = stamp(c.orderDay, between(1, 18));
    m_orders->row() << c.orderNumber << c.id << (c.quoteOrdered ? QVariant(c.quoteId) : QVariant())
                    << states[p.order] << day(c.orderDay) << day(promised) << c.currency << c.orderUntaxed << tax
                    << c.orderTotal << deliveries[p.delivery] << billings[p.billing] << c.owner << m_demo
                    << c.orderNumber << c.orderCreatedAt << c.orderCreatedAt
                    // The handoff's terms, from the index (the random sequence stays as it was).
                    << QStringLiteral("PO%1-%2").arg(2026).arg(((c.index + 1) * 7919) % 100000, 5, 10, QLatin1Char('0'))
                    << day(promised) << kPaymentTerms[c.index % 3];
    c.orderId = put(*m_orders);
    for (int k = 0; k < 6; ++k) {
        const Product &prod = m_catalogue[size_t(c.orderLineProducts[k])];
        int shipped = 0;
        if (p.delivery == Shipped || p.delivery == ShippingProblem)
            shipped = quantities[k];
        else if (p.delivery == PartlyShipped)
            shipped = k < 3 ? quantities[k] : k == 3 ? quantities[k] / 2 : 0;
        m_orderLines->row() << c.orderId << (k + 1) * 10 << prod.id << prod.description << double(quantities[k])
                            << double(shipped) << units[k] << totals[k] << m_demo
                            << padded("SOL", m_counts.orderLines + 1, 7) << c.orderCreatedAt << c.orderCreatedAt;
        put(*m_orderLines);
    }
}

void Book::writeShipmentAndInvoice(const Plan &p)
{
    enum { Draft, Waiting, Assigned, Picked, Packed, InTransit, Delivered };
    static const QString states[] = {QStringLiteral("draft"),  QStringLiteral("waiting"),
                                     QStringLiteral("assigned"), QStringLiteral("picked"),
                                     QStringLiteral("packed"), QStringLiteral("shipped"),
                                     QStringLiteral("delivered")};
    Customer &c = m_customer;
    bool left = false; // has the shipment left the warehouse
    int effective = c.orderDay;
    if (p.delivery != NotShipped) {
        int state;
        int planned = c.orderDay + between(1, 5);
        QString deliveredAt;
        if (p.delivery == ToShip) {
            static const int fresh[] = {Waiting, Assigned}, busy[] = {Assigned, Picked, Packed};
            state = p.order == Confirmed ? fresh[weighted({60, 40})] : busy[weighted({30, 35, 35})];
            planned = c.orderDay + between(3, 14); // may already be late
        } else {
            left = true;
            effective = std::min(c.orderDay + between(1, 10), 0);
            if (p.order == Done)
                state = Delivered;
            else if (p.delivery == ShippingProblem)
                state = InTransit; // stuck with the carrier
            else
                state = weighted({55, 45}) == 0 ? InTransit : Delivered;
            if (state == InTransit && p.delivery != ShippingProblem)
                effective = std::max(c.orderDay, -between(0, 5)); // still on the road: sent lately
            planned = std::min(planned, effective);
            if (state == Delivered) {
                const int arrival = std::min(effective + between(1, 4), 0);
                deliveredAt = stamp(arrival, between(2, 18));
            }
        }
        // Southern and export customers are served from Shenzhen.
        const bool south = c.abroad || c.city->region == 1 || c.city->region == 4;
        QString carrier, tracking;
        if (left || state == Packed) {
            const Carrier *k;
            do
                k = &pick(m_v.carriers);
            while (k->abroad != c.abroad);
            carrier = k->name;
            if (left)
                tracking = digits(k->trackingPattern);
        }
        const QString number = padded("DO-", m_counts.shipments + 1);
        m_shipments->row() << number << c.orderId << c.id << m_warehouseIds[south ? 1 : 0] << carrier << tracking
                           << states[state] << day(planned) << (left ? day(effective) : QString()) << deliveredAt
                           << (state == Delivered ? c.contactNames[0] : QString()) << m_demo << number
                           << c.orderCreatedAt
                           << (!deliveredAt.isEmpty() ? deliveredAt : left ? stamp(effective, 18) : c.orderCreatedAt);
        put(*m_shipments);
    }

    if (p.billing == Invoiced || p.billing == Paid) {
        const bool paid = p.billing == Paid;
        const int invoiceDay = std::min(std::max(effective + between(0, 5), c.orderDay), 0);
        const int due = invoiceDay + (c.grade <= 1 ? 60 : 30); // key accounts get longer terms
        const int paidDay = std::min(invoiceDay + between(5, 55), 0);
        const int slot = between(1, 18);
        const QString number = padded("INV-", m_counts.invoices + 1);
        m_invoices->row() << c.orderId << c.id << number << (paid ? QStringLiteral("paid") : QStringLiteral("posted"))
                          << day(invoiceDay) << day(due) << c.currency << c.orderTotal
                          << (paid ? qint64(0) : c.orderTotal) << (paid ? stamp(paidDay, slot) : QString()) << m_demo
                          << number << stamp(invoiceDay, slot) << stamp(paid ? paidDay : invoiceDay, slot);
        put(*m_invoices);
    }
}

void Book::writeApproval(int kind, int state)
{
    static const QString kinds[] = {QStringLiteral("quote"), QStringLiteral("contract"), QStringLiteral("discount"),
                                    QStringLiteral("other")};
    static const QString states[] = {QStringLiteral("pending"), QStringLiteral("approved"),
                                     QStringLiteral("rejected"), QStringLiteral("withdrawn")};
    Customer &c = m_customer;
    ++m_approvalSeq;
    const bool cn = c.chinese;
    QString subject, title;
    QVariant subjectId, discount, margin;
    qint64 amount = 0;
    int submitted = 0;
    switch (kind) {
    case QuoteApproval:
    case DiscountApproval:
        subject = QStringLiteral("quote");
        subjectId = c.quoteId;
        amount = c.quoteTotal;
        discount = oneDecimal(100.0 * double(c.quoteSubtotal - c.quoteTotal)
                              / double(std::max<qint64>(c.quoteSubtotal, 1)));
        margin = oneDecimal(100.0 * double(c.quoteTotal - c.quoteCost) / double(std::max<qint64>(c.quoteTotal, 1)));
        title = kind == QuoteApproval
            ? (cn ? QString::fromUtf8("报价审批：") : QStringLiteral("Quote approval: ")) + c.shortName
                + QLatin1Char(' ') + c.quoteNumber
            : (cn ? QString::fromUtf8("特价申请：") : QStringLiteral("Special price: ")) + c.shortName;
        submitted = c.quoteDay;
        break;
    case ContractApproval:
        subject = QStringLiteral("order");
        subjectId = c.orderId;
        amount = c.orderUntaxed;
        discount = oneDecimal(100.0 * double(c.orderList - c.orderUntaxed) / double(std::max<qint64>(c.orderList, 1)));
        margin = oneDecimal(100.0 * double(c.orderUntaxed - c.orderCost) / double(std::max<qint64>(c.orderUntaxed, 1)));
        title = (cn ? QString::fromUtf8("合同评审：") : QStringLiteral("Contract review: ")) + c.shortName
            + QLatin1Char(' ') + c.orderNumber;
        submitted = c.orderDay;
        break;
    default:
        amount = money(qint64(between(2, 50)) * 1000 * 100);
        title = text(pick(m_v.otherApprovals)) + (cn ? QString::fromUtf8("：") : QStringLiteral(": ")) + c.shortName;
        submitted = c.createdDay;
        break;
    }
    const int age = state == ApprovalPending     ? between(0, 6)
        : state == ApprovalWithdrawn                ? between(1, 30)
                                                    : between(2, 90);
    submitted = std::min(std::max(submitted, -age), 0);

    // The chain grows with the stakes: sales director, then finance, then the general manager.
    const qint64 yuan = c.abroad ? amount * 71 / 1000 : amount / 100;
    int chain = 1;
    if (discount.toDouble() >= 15.0 || yuan >= 200000)
        ++chain;
    if (yuan >= 800000)
        ++chain;
    const int reached = state == ApprovalApproved ? chain : between(1, chain);
    QJsonArray steps;
    QString approver, comment;
    QString decidedAt;
    int d = submitted;
    int slot = between(1, 16);
    const QString submittedAt = stamp(d, slot);
    for (int j = 0; j < reached; ++j) {
        const bool last = j == reached - 1;
        const int stepState = !last ? int(ApprovalApproved) : state;
        approver = m_v.managers.at(j);
        QJsonObject step{{QStringLiteral("approver"), approver}, {QStringLiteral("state"), states[stepState]}};
        if (stepState == ApprovalPending) {
            comment.clear();
            step.insert(QStringLiteral("comment"), QString());
            step.insert(QStringLiteral("at"), QJsonValue(QJsonValue::Null));
        } else {
            const int next = std::min(d + between(0, 2), 0);
            slot = next == d ? std::min(slot + between(1, 4), 24) : between(1, 18);
            d = next;
            comment = stepState == ApprovalApproved ? text(pick(m_v.approvalYes))
                : stepState == ApprovalRejected     ? text(pick(m_v.approvalNo))
                                                    : text(m_v.withdrawnComment);
            decidedAt = stamp(d, slot);
            step.insert(QStringLiteral("comment"), comment);
            step.insert(QStringLiteral("at"), decidedAt);
        }
        steps.append(step);
    }
    const bool decided = state != ApprovalPending;
    m_approvals->row() << kinds[kind] << subject << subjectId << c.id << title << c.owner << approver << states[state]
                       << amount << c.currency << discount << margin << submittedAt
                       << (decided ? decidedAt : QString()) << (decided ? comment : QString())
                       << QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)) << m_demo
                       << QStringLiteral("APR-") + QString::number(m_counts.approvals + 1) << submittedAt
                       << (decided ? decidedAt : submittedAt);
    put(*m_approvals);
}

void Book::writeTickets(const Plan &p)
{
    enum { New, Open, Stalled, Resolved, Rejected };
    static const QString statuses[] = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("stalled"),
                                       QStringLiteral("resolved"), QStringLiteral("rejected")};
    static const int ageMin[] = {0, 1, 7, 3, 2}, ageMax[] = {3, 30, 60, 150, 90};
    static const QString kinds[] = {QStringLiteral("create"), QStringLiteral("correspond"),
                                    QStringLiteral("comment"), QStringLiteral("status")};
    Customer &c = m_customer;
    for (int t = 0; t < p.tickets; ++t) {
        const int seq = m_ticketSeq++;
        const int status = seq < 5 ? seq : weighted({14, 30, 10, 38, 8});
        const int priority = seq < 4 ? seq + 1 : 1 + weighted({15, 45, 28, 12});
        const TicketTopic &topic = pick(m_v.ticketTopics);
        const QString owner = status == New ? QString() : pick(m_v.supportStaff);
        const Product &product = m_catalogue[size_t(c.orderLineProducts[m_rng.bounded(6u)])];
        const QString serial = digits(QStringLiteral("SN@#########"));
        const int events = m_ticketEventCounts[m_nextTicket++];
        const quint32 firstText = m_rng.bounded(4u); // replies and notes rotate, never repeat in a row

        // The timeline first: the ticket row carries its last change and resolution time.
        int days[4], times[4], kindOf[4];
        days[0] = std::max(c.createdDay, -between(ageMin[status], ageMax[status]));
        times[0] = between(1, 18);
        kindOf[0] = 0;
        const bool closes = status == Stalled || status == Resolved || status == Rejected;
        for (int e = 1; e < events; ++e) {
            days[e] = std::min(days[e - 1] + between(0, 3), 0);
            times[e] = days[e] == days[e - 1] ? std::min(times[e - 1] + between(1, 4), 24) : between(1, 18);
            // Nobody has answered a new ticket yet: only internal notes.
            kindOf[e] = e == events - 1 && closes ? 3 : status == New ? 2 : weighted({60, 40}) + 1;
        }
        const QString &lastChange = stamp(days[events - 1], times[events - 1]);
        QString resolvedAt;
        if (status == Resolved || status == Rejected)
            resolvedAt = events > 1 ? lastChange : stamp(days[0], times[0] + 2);
        const QString number = QString::number(10001 + seq);
        m_tickets->row() << number << c.id << product.id << serial << text(topic.subject) << text(topic.detail)
                         << statuses[status] << priority << topic.queue << owner << resolvedAt << m_demo << number
                         << stamp(days[0], times[0]) << lastChange;
        const qint64 ticketId = put(*m_tickets);
        for (int e = 0; e < events; ++e) {
            QString author, body;
            switch (kindOf[e]) {
            case 0:
                author = c.contactEmail;
                body = text(topic.detail);
                break;
            case 1: body = text(m_v.ticketReplies[(firstText + e) % m_v.ticketReplies.size()]); break;
            case 2: body = text(m_v.ticketComments[(firstText + e) % m_v.ticketComments.size()]); break;
            default: body = QStringLiteral("Status changed from open to ") + statuses[status]; break;
            }
            if (author.isEmpty())
                author = owner.isEmpty() ? m_v.supportStaff.at(0) : owner;
            const QString &at = stamp(days[e], times[e]);
            m_ticketEvents->row() << ticketId << at << author << kinds[kindOf[e]] << body << m_demo
                                  << QStringLiteral("TE-") + QString::number(m_counts.ticketEvents + 1) << at << at;
            put(*m_ticketEvents);
        }
    }
}

} // namespace sb::demo
