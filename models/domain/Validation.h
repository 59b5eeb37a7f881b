#pragma once

#include <QDate>
#include <QString>

namespace sb::validation {

// One place for the rules a typed value must pass before it is stored. Each check returns an
// empty string when the value is fine, else a sentence a person can read that names the field
// and the value: the value is refused, never quietly changed. Stores call these (so imports
// and scripts are held to them too) and dialogs call them first to focus the field at fault.

// The largest amount a price, a line or a deal may have: 1,000,000,000.00 in its currency.
// Above that it is a typo (an extra zero or two), not a deal.
inline constexpr qint64 kMaxMoneyCents = 100'000'000'000LL;
// The largest quantity on a line; more is a mistyped figure.
inline constexpr double kMaxQuantity = 1'000'000'000.0;

QString money(qint64 cents, const QString &field, const QString &currency = QStringLiteral("CNY"));
QString moneyUnits(double units, const QString &field, const QString &currency = QStringLiteral("CNY"));
QString quantity(double value);
QString discount(double percent);
QString required(const QString &value, const QString &field);
// Empty is fine (the field is optional); anything else must look like name@domain.tld.
QString email(const QString &value);
// Empty is fine; else digits with spaces, +, -, dots, parentheses and an extension
// ("ext 12", "x12", "#12", "转12"), with 5 to 20 digits in all.
QString phone(const QString &value);

// A chance of winning, in percent: 0 to 100.
QString probability(double percent);
// A date a deal is expected to close on (ISO yyyy-MM-dd); empty is fine. Refused when it is not
// a date or lies more than ten years away either side of today: a mistyped year, not a plan.
QString closeDate(const QString &isoDate);
// A date that may not come before another one (a next step before the visit it follows, a
// delivery before the order): empty when date is null or on/after earliest.
QString notBefore(const QDate &date, const QDate &earliest, const QString &field, const QString &earliestField);

// A customer name as compared for duplicates: case and runs of white space do not count.
QString nameKey(const QString &name);

} // namespace sb::validation
