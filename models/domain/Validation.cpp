#include "Validation.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace sb::validation {

namespace {
QString overLimit(const QString &field, const QString &shown, const QString &currency)
{
    return QCoreApplication::translate("sb::validation", "%1 of %2 is above the limit of %3; check the number of zeros.")
        .arg(field, shown, formatMoney(kMaxMoneyCents, currency));
}
} // namespace

QString money(qint64 cents, const QString &field, const QString &currency)
{
    if (cents < 0)
        return QCoreApplication::translate("sb::validation", "%1 cannot be negative (%2).")
            .arg(field, formatMoney(cents, currency));
    if (cents > kMaxMoneyCents)
        return overLimit(field, formatMoney(cents, currency), currency);
    return QString();
}

QString moneyUnits(double units, const QString &field, const QString &currency)
{
    if (!std::isfinite(units))
        return QCoreApplication::translate("sb::validation", "%1 is not a number.").arg(field);
    // Compared before rounding to cents: 1e300 must not overflow into an acceptable value.
    if (units * 100.0 > double(kMaxMoneyCents)) {
        const bool fits = units * 100.0 < 9e18; // within qint64 cents: shown like any amount
        return overLimit(field, fits ? formatMoney(qint64(std::llround(units * 100.0)), currency)
                                     : QLocale().toString(units, 'g', 6),
                         currency);
    }
    return money(qint64(std::llround(units * 100.0)), field, currency);
}

QString quantity(double value)
{
    if (!std::isfinite(value) || value <= 0)
        return QCoreApplication::translate("sb::validation", "The quantity must be above zero (not %1).")
            .arg(QLocale().toString(value, 'g', 12));
    if (value > kMaxQuantity)
        return QCoreApplication::translate("sb::validation", "A quantity of %1 is above the limit of %2; check the number of zeros.")
            .arg(QLocale().toString(value, 'f', 0), QLocale().toString(kMaxQuantity, 'f', 0));
    return QString();
}

QString discount(double percent)
{
    if (!std::isfinite(percent) || percent < 0 || percent > 100)
        return QCoreApplication::translate("sb::validation", "A discount is between 0 and 100% (not %1%).")
            .arg(QLocale().toString(percent, 'g', 12));
    return QString();
}

QString required(const QString &value, const QString &field)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("sb::validation", "%1 is required.").arg(field);
    return QString();
}

QString email(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    // Deliberately simple: one @, no spaces, a dot in the domain that neither starts nor ends it.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!pattern.match(v).hasMatch())
        return QCoreApplication::translate("sb::validation", "\"%1\" is not an e-mail address (name@example.com).").arg(v);
    return QString();
}

QString phone(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?[0-9 ().\\-/]+(\\s*(ext\\.?|x|#|转|分机)\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (QChar c : v)
        digits += c.isDigit() ? 1 : 0;
    if (!pattern.match(v).hasMatch() || digits < 5 || digits > 20)
        return QCoreApplication::translate("sb::validation",
                                           "\"%1\" is not a phone number (digits, spaces, +, -, parentheses and an extension such as \"ext 12\").")
            .arg(v);
    return QString();
}

QString probability(double percent)
{
    if (!std::isfinite(percent) || percent < 0 || percent > 100)
        return QCoreApplication::translate("sb::validation", "A probability is between 0 and 100% (not %1%).")
            .arg(QLocale().toString(percent, 'g', 12));
    return QString();
}

QString closeDate(const QString &isoDate)
{
    const QString v = isoDate.trimmed();
    if (v.isEmpty())
        return QString();
    const QDate date = QDate::fromString(v.left(10), Qt::ISODate);
    if (!date.isValid())
        return QCoreApplication::translate("sb::validation", "\"%1\" is not a date.").arg(v);
    const QDate today = QDate::currentDate();
    if (date < today.addYears(-10) || date > today.addYears(10))
        return QCoreApplication::translate("sb::validation", "A close date of %1 is more than ten years away; check the year.")
            .arg(QLocale().toString(date, QLocale::ShortFormat));
    return QString();
}

QString notBefore(const QDate &date, const QDate &earliest, const QString &field, const QString &earliestField)
{
    if (!date.isValid() || !earliest.isValid() || date >= earliest)
        return QString();
    return QCoreApplication::translate("sb::validation", "%1 (%2) is before %3 (%4).")
        .arg(field, QLocale().toString(date, QLocale::ShortFormat), earliestField,
             QLocale().toString(earliest, QLocale::ShortFormat));
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace sb::validation
