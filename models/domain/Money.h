#pragma once

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sb {

// Money is kept in minor units (cents / fen) with its ISO 4217 currency, so sums are exact and
// amounts in different currencies are never added at face value.

// The currency's sign as a reader of this locale expects it: the locale's own currency takes
// its plain sign (¥ in zh_CN, $ in en_US), other currencies the international one (US$ in
// zh_CN, CN¥ in en_US, € everywhere); an unknown code is shown as the code.
QString currencySymbol(const QString &currency, const QLocale &locale = QLocale());
// "¥1,200.00", "US$704.23", "1.200,00 €": the amount with its currency, in the locale's
// number format (the C locale reads money the English way).
QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
// The currencies a person picks from: CNY, USD, EUR, then the others given, once each.
QStringList currencyChoices(const QStringList &inUse = {});
// The currency an empty stored value stands for (the schema's default).
QString defaultCurrency();

// Sums of amounts kept apart by currency: what a column, a funnel stage or a customer's revenue
// adds up to. Formatted largest first ("¥1,200,000.00 · US$704.23"), ties by currency code.
class MoneySums {
public:
    MoneySums() = default;
    MoneySums(const QString &currency, qint64 cents) { add(currency, cents); }

    void add(const QString &currency, qint64 cents); // empty currency: defaultCurrency()
    void add(const MoneySums &other);
    qint64 cents(const QString &currency) const { return m_sums.value(currency); }
    bool contains(const QString &currency) const { return m_sums.contains(currency); }
    bool isEmpty() const { return m_sums.isEmpty(); }
    int size() const { return int(m_sums.size()); }
    // The currencies in display order: largest sum first, then by code.
    QStringList currencies() const;
    const QMap<QString, qint64> &byCurrency() const { return m_sums; }
    // The largest sum (in its own currency's cents), for scaling a chart within one currency.
    qint64 largestCents() const;

    // Each currency's sum, largest first, joined by separator; when there is nothing,
    // zero in emptyCurrency (or defaultCurrency()).
    QString format(const QLocale &locale = QLocale(), const QString &separator = QStringLiteral(" · "),
                   const QString &emptyCurrency = QString()) const;

    bool operator==(const MoneySums &o) const { return m_sums == o.m_sums; }
    bool operator!=(const MoneySums &o) const { return m_sums != o.m_sums; }

private:
    QMap<QString, qint64> m_sums;
};

} // namespace sb
