#include "Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QDateTime>

namespace sb {

namespace {
struct Label {
    const char *key;
    const char *text;
};

QString lookup(const Label *labels, size_t n, const QString &key)
{
    for (size_t i = 0; i < n; ++i)
        if (key == QLatin1String(labels[i].key))
            return QCoreApplication::translate("Vocabulary", labels[i].text);
    return key;
}

QStringList keys(const Label *labels, size_t n)
{
    QStringList out;
    for (size_t i = 0; i < n; ++i)
        out << QString::fromLatin1(labels[i].key);
    return out;
}

#define SB_N(a) (sizeof(a) / sizeof(a[0]))

const Label kStages[] = {
    {"lead", QT_TRANSLATE_NOOP("Vocabulary", "Lead")},
    {"qualified", QT_TRANSLATE_NOOP("Vocabulary", "Qualified")},
    {"proposal", QT_TRANSLATE_NOOP("Vocabulary", "Proposal")},
    {"negotiation", QT_TRANSLATE_NOOP("Vocabulary", "Negotiation")},
    {"won", QT_TRANSLATE_NOOP("Vocabulary", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Vocabulary", "Lost")},
};
const Label kGrades[] = {
    {"A", QT_TRANSLATE_NOOP("Vocabulary", "A (key account)")},
    {"B", QT_TRANSLATE_NOOP("Vocabulary", "B (important)")},
    {"C", QT_TRANSLATE_NOOP("Vocabulary", "C (regular)")},
    {"D", QT_TRANSLATE_NOOP("Vocabulary", "D (occasional)")},
};
const Label kCustomerStatus[] = {
    {"prospect", QT_TRANSLATE_NOOP("Vocabulary", "Prospect")},
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {"dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
};
const Label kQuoteStates[] = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {"pending_approval", QT_TRANSLATE_NOOP("Vocabulary", "Pending approval")},
    {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {"sent", QT_TRANSLATE_NOOP("Vocabulary", "Sent to customer")},
    {"accepted", QT_TRANSLATE_NOOP("Vocabulary", "Accepted")},
    {"ordered", QT_TRANSLATE_NOOP("Vocabulary", "Ordered")},
};
const Label kOrderStates[] = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {"confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")},
    {"processing", QT_TRANSLATE_NOOP("Vocabulary", "Processing")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};
const Label kShipmentStates[] = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {"waiting", QT_TRANSLATE_NOOP("Vocabulary", "Waiting")},
    {"assigned", QT_TRANSLATE_NOOP("Vocabulary", "Assigned")},
    {"picked", QT_TRANSLATE_NOOP("Vocabulary", "Picked")},
    {"packed", QT_TRANSLATE_NOOP("Vocabulary", "Packed")},
    {"shipped", QT_TRANSLATE_NOOP("Vocabulary", "In transit")},
    {"delivered", QT_TRANSLATE_NOOP("Vocabulary", "Delivered")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};
const Label kDeliveryStates[] = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not shipped")},
    {"waiting", QT_TRANSLATE_NOOP("Vocabulary", "Waiting to ship")},
    {"partial", QT_TRANSLATE_NOOP("Vocabulary", "Partly shipped")},
    {"sent", QT_TRANSLATE_NOOP("Vocabulary", "Shipped")},
    {"exception", QT_TRANSLATE_NOOP("Vocabulary", "Shipping problem")},
};
const Label kInvoiceSummary[] = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not invoiced")},
    {"waiting", QT_TRANSLATE_NOOP("Vocabulary", "To invoice")},
    {"invoiced", QT_TRANSLATE_NOOP("Vocabulary", "Invoiced, unpaid")},
    {"paid", QT_TRANSLATE_NOOP("Vocabulary", "Paid")},
    {"exception", QT_TRANSLATE_NOOP("Vocabulary", "Invoicing problem")},
};
const Label kInvoiceStates[] = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {"posted", QT_TRANSLATE_NOOP("Vocabulary", "Posted")},
    {"paid", QT_TRANSLATE_NOOP("Vocabulary", "Paid")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};
const Label kApprovalStates[] = {
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Pending")},
    {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
    {"revoked", QT_TRANSLATE_NOOP("Vocabulary", "Approval revoked")},
};
const Label kApprovalKinds[] = {
    {"quote", QT_TRANSLATE_NOOP("Vocabulary", "Quote")},
    {"contract", QT_TRANSLATE_NOOP("Vocabulary", "Contract")},
    {"discount", QT_TRANSLATE_NOOP("Vocabulary", "Special discount")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};
const Label kTicketStatus[] = {
    {"new", QT_TRANSLATE_NOOP("Vocabulary", "New")},
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
    {"stalled", QT_TRANSLATE_NOOP("Vocabulary", "Stalled")},
    {"resolved", QT_TRANSLATE_NOOP("Vocabulary", "Resolved")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
};
const Label kPriorities[] = {
    {"1", QT_TRANSLATE_NOOP("Vocabulary", "Low")},
    {"2", QT_TRANSLATE_NOOP("Vocabulary", "Normal")},
    {"3", QT_TRANSLATE_NOOP("Vocabulary", "High")},
    {"4", QT_TRANSLATE_NOOP("Vocabulary", "Urgent")},
};
const Label kActivityKinds[] = {
    {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Visit")},
    {"call", QT_TRANSLATE_NOOP("Vocabulary", "Call")},
    {"meeting", QT_TRANSLATE_NOOP("Vocabulary", "Meeting")},
    {"task", QT_TRANSLATE_NOOP("Vocabulary", "Task")},
    {"note", QT_TRANSLATE_NOOP("Vocabulary", "Note")},
    {"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
    {"stage", QT_TRANSLATE_NOOP("Vocabulary", "Stage change")},
};
// The keys are the cache's (and the ERP's invoice/delivery flags); the words are how people say them.
const Label kAddressKinds[] = {
    {"office", QT_TRANSLATE_NOOP("Vocabulary", "Office")},
    {"billing", QT_TRANSLATE_NOOP("Vocabulary", "Invoice")},
    {"shipping", QT_TRANSLATE_NOOP("Vocabulary", "Delivery")},
};
const Label kLocalStates[] = {
    {"0", QT_TRANSLATE_NOOP("Vocabulary", "Synced")},
    {"1", QT_TRANSLATE_NOOP("Vocabulary", "New, not synced yet")},
    {"2", QT_TRANSLATE_NOOP("Vocabulary", "Changed, not synced yet")},
    {"3", QT_TRANSLATE_NOOP("Vocabulary", "Deleted, not synced yet")},
};
const Label kRoles[] = {
    {"rep", QT_TRANSLATE_NOOP("Vocabulary", "Sales rep")},
    {"office", QT_TRANSLATE_NOOP("Vocabulary", "Sales office")},
    {"manager", QT_TRANSLATE_NOOP("Vocabulary", "Sales manager")},
};
const Label kEntities[] = {
    {"customer", QT_TRANSLATE_NOOP("Vocabulary", "Customer")},
    {"contact", QT_TRANSLATE_NOOP("Vocabulary", "Contact")},
    {"address", QT_TRANSLATE_NOOP("Vocabulary", "Address")},
    {"product", QT_TRANSLATE_NOOP("Vocabulary", "Product")},
    {"warehouse", QT_TRANSLATE_NOOP("Vocabulary", "Warehouse")},
    {"stock_level", QT_TRANSLATE_NOOP("Vocabulary", "Stock level")},
    {"opportunity", QT_TRANSLATE_NOOP("Vocabulary", "Opportunity")},
    {"quote", QT_TRANSLATE_NOOP("Vocabulary", "Quote")},
    {"quote_line", QT_TRANSLATE_NOOP("Vocabulary", "Quote line")},
    {"order", QT_TRANSLATE_NOOP("Vocabulary", "Order")},
    {"order_line", QT_TRANSLATE_NOOP("Vocabulary", "Order line")},
    {"invoice", QT_TRANSLATE_NOOP("Vocabulary", "Invoice")},
    {"shipment", QT_TRANSLATE_NOOP("Vocabulary", "Shipment")},
    {"approval", QT_TRANSLATE_NOOP("Vocabulary", "Approval")},
    {"ticket", QT_TRANSLATE_NOOP("Vocabulary", "Service ticket")},
    {"ticket_event", QT_TRANSLATE_NOOP("Vocabulary", "Ticket comment")},
    {"activity", QT_TRANSLATE_NOOP("Vocabulary", "Activity")},
};
const Label kOutboxOps[] = {
    {"create", QT_TRANSLATE_NOOP("Vocabulary", "Create")},
    {"update", QT_TRANSLATE_NOOP("Vocabulary", "Update")},
    {"delete", QT_TRANSLATE_NOOP("Vocabulary", "Delete")},
    {"action", QT_TRANSLATE_NOOP("Vocabulary", "Action")},
};
const Label kOutboxStates[] = {
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Waiting to send")},
    {"in_flight", QT_TRANSLATE_NOOP("Vocabulary", "Sending")},
    {"failed", QT_TRANSLATE_NOOP("Vocabulary", "Failed")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Sent")},
};
} // namespace

namespace vocab {
QString entityLabel(const QString &entity) { return lookup(kEntities, SB_N(kEntities), entity); }
QString outboxOpLabel(const QString &op) { return lookup(kOutboxOps, SB_N(kOutboxOps), op); }
QString outboxStateLabel(const QString &state) { return lookup(kOutboxStates, SB_N(kOutboxStates), state); }
QStringList stages() { return keys(kStages, SB_N(kStages)); }
QStringList openStages() { return {QStringLiteral("lead"), QStringLiteral("qualified"), QStringLiteral("proposal"), QStringLiteral("negotiation")}; }
QString stageLabel(const QString &key) { return lookup(kStages, SB_N(kStages), key); }
int defaultProbability(const QString &stage)
{
    static const QHash<QString, int> p = {{QStringLiteral("lead"), 10},     {QStringLiteral("qualified"), 25},
                                          {QStringLiteral("proposal"), 50}, {QStringLiteral("negotiation"), 75},
                                          {QStringLiteral("won"), 100},     {QStringLiteral("lost"), 0}};
    return p.value(stage, 10);
}
QStringList grades() { return keys(kGrades, SB_N(kGrades)); }
QString gradeLabel(const QString &key) { return lookup(kGrades, SB_N(kGrades), key); }
QStringList customerStatuses() { return keys(kCustomerStatus, SB_N(kCustomerStatus)); }
QString customerStatusLabel(const QString &key) { return lookup(kCustomerStatus, SB_N(kCustomerStatus), key); }
QString quoteStateLabel(const QString &key) { return lookup(kQuoteStates, SB_N(kQuoteStates), key); }
QString orderStateLabel(const QString &key) { return lookup(kOrderStates, SB_N(kOrderStates), key); }
QString shipmentStateLabel(const QString &key) { return lookup(kShipmentStates, SB_N(kShipmentStates), key); }
QString deliveryStateLabel(const QString &key) { return lookup(kDeliveryStates, SB_N(kDeliveryStates), key); }
QString invoiceStateLabel(const QString &key) { return lookup(kInvoiceSummary, SB_N(kInvoiceSummary), key); }
QString invoiceLabel(const QString &key) { return lookup(kInvoiceStates, SB_N(kInvoiceStates), key); }
QString approvalStateLabel(const QString &key) { return lookup(kApprovalStates, SB_N(kApprovalStates), key); }
QString approvalKindLabel(const QString &key) { return lookup(kApprovalKinds, SB_N(kApprovalKinds), key); }
QString ticketStatusLabel(const QString &key) { return lookup(kTicketStatus, SB_N(kTicketStatus), key); }
QString priorityLabel(int priority) { return lookup(kPriorities, SB_N(kPriorities), QString::number(priority)); }
QString activityKindLabel(const QString &key) { return lookup(kActivityKinds, SB_N(kActivityKinds), key); }
QStringList activityKinds() { return keys(kActivityKinds, SB_N(kActivityKinds) - 1); }
QString addressKindLabel(const QString &key) { return lookup(kAddressKinds, SB_N(kAddressKinds), key); }

QString addressLine(const QString &street, const QString &city, const QString &province, const QString &postalCode,
                    const QString &country)
{
    QStringList parts;
    QStringList place;
    for (const QString &p : {city, province, postalCode})
        if (!p.trimmed().isEmpty())
            place << p.trimmed();
    if (!street.trimmed().isEmpty())
        parts << street.trimmed();
    if (!place.isEmpty())
        parts << place.join(QLatin1Char(' '));
    if (!country.trimmed().isEmpty())
        parts << country.trimmed();
    return parts.join(QStringLiteral(", "));
}
QStringList addressKinds() { return keys(kAddressKinds, SB_N(kAddressKinds)); }
QString localStateLabel(int state) { return lookup(kLocalStates, SB_N(kLocalStates), QString::number(state)); }
QString roleLabel(const QString &role) { return lookup(kRoles, SB_N(kRoles), role); }
QStringList roles() { return keys(kRoles, SB_N(kRoles)); }
} // namespace vocab

QString formatDate(const QString &isoDate, const QLocale &locale)
{
    if (isoDate.isEmpty())
        return QString();
    const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : isoDate;
}

QString clockFormat(const QLocale &locale)
{
    QString f = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    f.remove(seconds);
    return f;
}

QString formatClock(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, clockFormat(locale));
}

QString formatDateClock(const QDateTime &local, const QLocale &locale)
{
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + formatClock(local.time(), locale);
}

QString formatRelative(const QString &isoDateTime, const QLocale &locale)
{
    if (isoDateTime.isEmpty())
        return QString();
    QDateTime t = QDateTime::fromString(isoDateTime, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(isoDateTime.left(10), Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!t.isValid())
        return isoDateTime;
    const qint64 days = t.toLocalTime().date().daysTo(QDate::currentDate());
    if (days == 0)
        return QCoreApplication::translate("Vocabulary", "today");
    if (days == 1)
        return QCoreApplication::translate("Vocabulary", "yesterday");
    if (days > 1 && days < 7)
        return QCoreApplication::translate("Vocabulary", "%n days ago", nullptr, int(days));
    if (days == -1)
        return QCoreApplication::translate("Vocabulary", "tomorrow");
    if (days < -1 && days > -7)
        return QCoreApplication::translate("Vocabulary", "in %n days", nullptr, int(-days));
    return locale.toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace sb
