#include "Money.h"

#include <QHash>
#include <algorithm>

namespace sb {

namespace {
// The C locale (tests, minimal systems) would put the symbol last: read money the English way.
QLocale readable(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// The signs CLDR gives a currency where it is not the reader's own (they agree for the
// languages the app ships: en, zh).
QString internationalSymbol(const QString &currency)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("CNY"), QStringLiteral("CN¥")}, {QStringLiteral("USD"), QStringLiteral("US$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},   {QStringLiteral("JPY"), QStringLiteral("JP¥")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")}, {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("INR"), QStringLiteral("₹")},   {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
    };
    return symbols.value(currency);
}
} // namespace

QString defaultCurrency()
{
    return QStringLiteral("CNY");
}

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    const QString code = currency.isEmpty() ? defaultCurrency() : currency;
    const QLocale l = readable(locale);
    if (l.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString own = l.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const QString international = internationalSymbol(code);
    return international.isEmpty() ? code + QChar(0x00a0) : international;
}

QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale)
{
    return readable(locale).toCurrencyString(double(cents) / 100.0, currencySymbol(currency, locale), 2);
}

QStringList currencyChoices(const QStringList &inUse)
{
    QStringList out{QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR")};
    QStringList others;
    for (const QString &c : inUse) {
        const QString code = c.trimmed().toUpper();
        if (!code.isEmpty() && !out.contains(code) && !others.contains(code))
            others << code;
    }
    std::sort(others.begin(), others.end());
    return out + others;
}

void MoneySums::add(const QString &currency, qint64 cents)
{
    m_sums[currency.isEmpty() ? defaultCurrency() : currency] += cents;
}

void MoneySums::add(const MoneySums &other)
{
    for (auto it = other.m_sums.cbegin(); it != other.m_sums.cend(); ++it)
        m_sums[it.key()] += it.value();
}

QStringList MoneySums::currencies() const
{
    QStringList out = m_sums.keys(); // QMap: by code already, so ties keep that order
    std::stable_sort(out.begin(), out.end(),
                     [this](const QString &a, const QString &b) { return m_sums.value(a) > m_sums.value(b); });
    return out;
}

qint64 MoneySums::largestCents() const
{
    qint64 largest = 0;
    for (qint64 v : m_sums)
        largest = qMax(largest, v);
    return largest;
}

QString MoneySums::format(const QLocale &locale, const QString &separator, const QString &emptyCurrency) const
{
    if (m_sums.isEmpty())
        return formatMoney(0, emptyCurrency.isEmpty() ? defaultCurrency() : emptyCurrency, locale);
    QStringList parts;
    for (const QString &currency : currencies())
        parts << formatMoney(m_sums.value(currency), currency, locale);
    return parts.join(separator);
}

} // namespace sb
