#pragma once

#include "Money.h" // formatMoney, MoneySums

#include <QLocale>
#include <QString>
#include <QStringList>

namespace sb {

// The fixed value sets of the cache and how people read them. Keys are what the cache stores;
// labels go through the translator.
namespace vocab {
QStringList stages();          // lead .. negotiation, won, lost (pipeline order)
QStringList openStages();      // stages still in play
QString stageLabel(const QString &key);
int defaultProbability(const QString &stage);

QStringList grades();          // A B C D
QString gradeLabel(const QString &key);
QStringList customerStatuses();
QString customerStatusLabel(const QString &key);
QString quoteStateLabel(const QString &key);
QString orderStateLabel(const QString &key);
QString shipmentStateLabel(const QString &key);   // state of one shipment
QString deliveryStateLabel(const QString &key);   // an order's shipment summary
QString invoiceStateLabel(const QString &key);    // an order's invoice summary
QString invoiceLabel(const QString &key);         // one invoice's state
QString approvalStateLabel(const QString &key);
QString approvalKindLabel(const QString &key);
QString ticketStatusLabel(const QString &key);
QString priorityLabel(int priority);
QString activityKindLabel(const QString &key);
QStringList activityKinds();   // what a person logs (not the system's "stage")
QStringList addressKinds();    // office, billing, shipping
QString addressKindLabel(const QString &key); // "Office", "Invoice", "Delivery"
// An address on one line: "88 Zhangjiang Rd, Shanghai 201203, CN" (empty parts left out).
QString addressLine(const QString &street, const QString &city, const QString &province, const QString &postalCode,
                    const QString &country);
QString localStateLabel(int state);
QString roleLabel(const QString &role);
QStringList roles();           // rep, office, manager
QString entityLabel(const QString &entity);   // outbox entity names: "customer" -> Customer
QString outboxOpLabel(const QString &op);
QString outboxStateLabel(const QString &state);
} // namespace vocab

QString formatDate(const QString &isoDate, const QLocale &locale = QLocale());
// The locale's short time without seconds (the C and some English locales' short form has them):
// what a calendar shows.
QString clockFormat(const QLocale &locale = QLocale());
QString formatClock(const QTime &time, const QLocale &locale = QLocale());
// The short date and clockFormat(), of a local time.
QString formatDateClock(const QDateTime &local, const QLocale &locale = QLocale());
// "3 days ago" for recent times, the date otherwise.
QString formatRelative(const QString &isoDateTime, const QLocale &locale = QLocale());

} // namespace sb
