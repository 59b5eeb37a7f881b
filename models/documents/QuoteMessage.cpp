#include "QuoteMessage.h"

#include "models/domain/Money.h"
#include "models/domain/Vocabulary.h"

#include <QDate>
#include <QLocale>
#include <QSettings>

namespace sb {

namespace {
QString key(const QString &language, const char *part)
{
    return QStringLiteral("documents/template/%1/%2").arg(doclang::normalized(language), QLatin1String(part));
}
} // namespace

QStringList MessageTemplate::fieldNames()
{
    return {QStringLiteral("contact"), QStringLiteral("customer"), QStringLiteral("quote"), QStringLiteral("total"),
            QStringLiteral("valid_until"), QStringLiteral("sender"), QStringLiteral("company")};
}

MessageTemplate MessageTemplate::defaults(const QString &language)
{
    // Text of the customer's message in its own language, whatever the interface speaks.
    if (doclang::normalized(language) == doclang::chinese())
        return {QStringLiteral("报价单 {quote} - {customer}"),
                QStringLiteral("{contact}，您好：\n\n"
                               "附件是我们为{customer}准备的报价单 {quote}，合计 {total}，有效期至 {valid_until}。\n"
                               "如有任何问题，请随时与我联系。\n\n"
                               "此致\n敬礼\n\n{sender}\n{company}")};
    return {QStringLiteral("Quotation {quote} for {customer}"),
            QStringLiteral("Dear {contact},\n\n"
                           "Please find attached our quotation {quote} for {customer}, totalling {total} and valid "
                           "until {valid_until}.\n"
                           "Do not hesitate to contact me with any questions.\n\n"
                           "Kind regards,\n{sender}\n{company}")};
}

MessageTemplate MessageTemplate::stored(const QString &language)
{
    const MessageTemplate d = defaults(language);
    QSettings s;
    return {s.value(key(language, "subject"), d.subject).toString(), s.value(key(language, "body"), d.body).toString()};
}

void MessageTemplate::store(const QString &language, const MessageTemplate &t)
{
    if (t == defaults(language)) {
        reset(language);
        return;
    }
    QSettings s;
    s.setValue(key(language, "subject"), t.subject);
    s.setValue(key(language, "body"), t.body);
}

void MessageTemplate::reset(const QString &language)
{
    QSettings s;
    s.remove(key(language, "subject"));
    s.remove(key(language, "body"));
}

QString MessageTemplate::fill(const QString &text, const QMap<QString, QString> &fields)
{
    QString out;
    out.reserve(text.size() + 64);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size() && text.at(i + 1) == c) {
            out += c; // {{ or }}
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const int close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close > i) {
                const QString name = text.mid(i + 1, close - i - 1).trimmed();
                if (fields.contains(name)) {
                    out += fields.value(name);
                    i = close;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

QMap<QString, QString> quoteMessageFields(const QuoteDocumentData &quote, const QString &language, const QString &sender,
                                          const QString &company)
{
    const bool zh = doclang::normalized(language) == doclang::chinese();
    const QLocale locale = zh ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
    QString contact = quote.contactName;
    if (contact.isEmpty())
        contact = zh ? QStringLiteral("尊敬的客户") : QStringLiteral("Sir or Madam");
    const QDate valid = QDate::fromString(quote.validUntil.left(10), Qt::ISODate);
    return {{QStringLiteral("contact"), contact},
            {QStringLiteral("customer"), quote.customerName},
            {QStringLiteral("quote"), quote.number},
            {QStringLiteral("total"), formatMoney(quote.totals.totalCents, quote.currency, locale)},
            {QStringLiteral("valid_until"), valid.isValid() ? locale.toString(valid, zh ? QStringLiteral("yyyy年M月d日")
                                                                                        : QStringLiteral("d MMMM yyyy"))
                                                            : quote.validUntil},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("company"), company}};
}

} // namespace sb
