#include "ImportValues.h"

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace sb::importvalues {

std::optional<QString> parseGrade(const QString &value)
{
    QString g = value.normalized(QString::NormalizationForm_KC).toUpper();
    if (g.size() == 2 && (g.at(1) == QChar(0x7EA7) || g.at(1) == QChar(0x7C7B))) // "A级", "A类"
        g.chop(1);
    if (vocab::grades().contains(g))
        return g;
    return std::nullopt;
}

std::optional<QString> parseCustomerStatus(const QString &value)
{
    const QString v = value.trimmed().toCaseFolded();
    for (const QString &key : vocab::customerStatuses())
        if (v == key || v == vocab::customerStatusLabel(key).toCaseFolded())
            return key;
    static const QHash<QString, QString> chinese = {
        {QStringLiteral("潜在"), QStringLiteral("prospect")}, {QStringLiteral("潜在客户"), QStringLiteral("prospect")},
        {QStringLiteral("活跃"), QStringLiteral("active")},   {QStringLiteral("正常"), QStringLiteral("active")},
        {QStringLiteral("休眠"), QStringLiteral("dormant")},  {QStringLiteral("沉睡"), QStringLiteral("dormant")},
        {QStringLiteral("关闭"), QStringLiteral("closed")},   {QStringLiteral("已关闭"), QStringLiteral("closed")},
    };
    if (auto it = chinese.constFind(v); it != chinese.cend())
        return it.value();
    return std::nullopt;
}

std::optional<QString> parseCurrency(const QString &value)
{
    const QString v = value.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    static const QHash<QString, QString> names = {
        {QStringLiteral("人民币"), QStringLiteral("CNY")}, {QStringLiteral("RMB"), QStringLiteral("CNY")},
        {QStringLiteral("¥"), QStringLiteral("CNY")},      {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("美元"), QStringLiteral("USD")},   {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},   {QStringLiteral("港币"), QStringLiteral("HKD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},   {QStringLiteral("日元"), QStringLiteral("JPY")},
    };
    const QString code = names.value(v, v);
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (iso.match(code).hasMatch())
        return code;
    return std::nullopt;
}

std::optional<qint64> parseMoneyCents(const QString &value, QString *why)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    QString s = value.normalized(QString::NormalizationForm_KC);
    s.remove(space);
    for (const QString &prefix : {QStringLiteral("¥"), QStringLiteral("$"), QStringLiteral("€"), QStringLiteral("RMB")})
        if (s.startsWith(prefix, Qt::CaseInsensitive))
            s.remove(0, prefix.size());
    if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    int exponent = 2; // to cents
    if (s.endsWith(QChar(0x4E07))) { // 万
        exponent += 4;
        s.chop(1);
    } else if (s.endsWith(QChar(0x4EBF))) { // 亿
        exponent += 8;
        s.chop(1);
    }
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    if (s.startsWith(QLatin1Char('-'))) {
        *why = QCoreApplication::translate("sb::CsvImport", "The amount \"%1\" is negative.").arg(value);
        return std::nullopt;
    }
    // One comma followed by one or two digits and no dot is a decimal comma (European Excel).
    static const QRegularExpression decimalComma(QStringLiteral("^\\d+,\\d{1,2}$"));
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.(\\d*))?$|^\\.(\\d+)$"));
    QString whole, fraction;
    if (decimalComma.match(s).hasMatch()) {
        whole = s.section(QLatin1Char(','), 0, 0);
        fraction = s.section(QLatin1Char(','), 1);
    } else if (const auto m = plain.match(s); m.hasMatch()) {
        whole = m.captured(1).remove(QLatin1Char(','));
        fraction = m.captured(5).isEmpty() ? m.captured(4) : m.captured(5);
    } else {
        *why = QCoreApplication::translate("sb::CsvImport", "The amount \"%1\" is not a number.").arg(value);
        return std::nullopt;
    }
    // Move the decimal point `exponent` places right, then round half up on what is left.
    QString digits = whole + fraction;
    const qsizetype point = whole.size() + exponent;
    while (digits.size() < point)
        digits += QLatin1Char('0');
    QString integral = digits.left(point);
    const QString rest = digits.mid(point);
    while (integral.size() > 1 && integral.startsWith(QLatin1Char('0')))
        integral.remove(0, 1);
    if (integral.size() > 15) {
        *why = QCoreApplication::translate("sb::CsvImport", "The amount \"%1\" is too large.").arg(value);
        return std::nullopt;
    }
    qint64 cents = integral.toLongLong();
    if (!rest.isEmpty() && rest.at(0) >= QLatin1Char('5'))
        ++cents;
    return cents;
}

bool isPlausibleEmail(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[^\\s@,;]+@[^\\s@,;.]+(\\.[^\\s@,;.]+)+$"));
    return re.match(value).hasMatch();
}

std::optional<int> parseYesNo(const QString &value)
{
    const QString v = value.trimmed().toCaseFolded();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("是"), QStringLiteral("x")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("否")};
    if (yes.contains(v))
        return 1;
    if (no.contains(v))
        return 0;
    return std::nullopt;
}


} // namespace sb::importvalues
