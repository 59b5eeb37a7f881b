#include "QuoteDocumentData.h"

#include "models/store/Database.h"
#include "models/store/SyncStates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>

namespace sb {

namespace {
const QString kGroup = QStringLiteral("documents/");

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

bool isChina(const QString &country)
{
    const QString c = country.trimmed().toLower();
    return c == QLatin1String("cn") || c == QLatin1String("china") || c == QStringLiteral("中国")
        || c == QStringLiteral("中华人民共和国") || c == QLatin1String("prc");
}
} // namespace

QString doclang::normalized(const QString &code)
{
    return code.startsWith(QLatin1String("zh")) ? chinese() : english();
}

bool QuoteDocumentData::isBinding() const
{
    return state == QLatin1String("approved") || state == QLatin1String("sent") || state == QLatin1String("accepted")
        || state == QLatin1String("ordered");
}

QString CompanyProfile::defaultTerms(const QString &language)
{
    // Document text in the document's language, not the interface's: both are given here.
    if (doclang::normalized(language) == doclang::chinese())
        return QStringLiteral("1. 本报价在有效期内有效，价格以所列币种计。\n"
                              "2. 税费以发票为准。\n"
                              "3. 交货期及付款方式以双方签订的合同为准。");
    return QStringLiteral("1. This quotation is valid until the date shown; prices are in the currency stated.\n"
                          "2. Taxes are as invoiced.\n"
                          "3. Delivery and payment terms are those of the sales contract.");
}

QString CompanyProfile::terms(const QString &language) const
{
    const QString own = doclang::normalized(language) == doclang::chinese() ? termsZh : termsEn;
    return own.trimmed().isEmpty() ? defaultTerms(language) : own;
}

CompanyProfile CompanyProfile::load()
{
    QSettings s;
    CompanyProfile p;
    p.name = s.value(kGroup + QStringLiteral("company_name")).toString();
    p.address = s.value(kGroup + QStringLiteral("company_address")).toString();
    p.phone = s.value(kGroup + QStringLiteral("company_phone")).toString();
    p.email = s.value(kGroup + QStringLiteral("company_email")).toString();
    p.termsZh = s.value(kGroup + QStringLiteral("terms/zh_CN")).toString();
    p.termsEn = s.value(kGroup + QStringLiteral("terms/en")).toString();
    return p;
}

void CompanyProfile::save() const
{
    QSettings s;
    s.setValue(kGroup + QStringLiteral("company_name"), name.trimmed());
    s.setValue(kGroup + QStringLiteral("company_address"), address.trimmed());
    s.setValue(kGroup + QStringLiteral("company_phone"), phone.trimmed());
    s.setValue(kGroup + QStringLiteral("company_email"), email.trimmed());
    // Terms equal to the default are not stored, so a better default reaches them later.
    s.setValue(kGroup + QStringLiteral("terms/zh_CN"), termsZh.trimmed() == defaultTerms(doclang::chinese()) ? QString() : termsZh);
    s.setValue(kGroup + QStringLiteral("terms/en"), termsEn.trimmed() == defaultTerms(doclang::english()) ? QString() : termsEn);
}

Result<QuoteDocumentData> QuoteDocumentSource::read(qint64 quoteId)
{
    using R = Result<QuoteDocumentData>;
    QuoteStore quotes(m_db);
    auto header = quotes.header(quoteId);
    if (!header)
        return R::fail(header.error());
    if (!header.value())
        return R::fail(QCoreApplication::translate("sb::QuoteDocumentSource", "This quote is no longer in the workspace."));
    const QuoteHeader &h = *header.value();
    QuoteDocumentData d;
    d.quoteId = quoteId;
    d.number = h.number;
    d.state = h.state;
    d.currency = h.currency;
    d.validUntil = h.validUntil;
    d.owner = h.owner;
    d.customerId = h.customerId;
    d.customerName = h.customerName;

    auto quote = m_db.exec(QStringLiteral("SELECT coalesce(q.notes, ''), substr(q.created_at, 1, 10), coalesce(c.code, ''), "
                                          "coalesce(c.short_name, '') "
                                          "FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE q.id = ?"),
                           {quoteId});
    if (!quote)
        return R::fail(quote.error());
    if (quote.value().next()) {
        d.notes = quote.value().value(0).toString();
        d.issuedOn = quote.value().value(1).toString();
        d.customerCode = quote.value().value(2).toString();
        d.customerShortName = quote.value().value(3).toString();
    }

    auto address = m_db.exec(QStringLiteral("SELECT coalesce(street, ''), coalesce(postal_code, ''), coalesce(city, ''), "
                                            "coalesce(province, ''), coalesce(country, '') FROM addresses "
                                            "WHERE customer_id = ? AND %1 ORDER BY kind = 'billing' DESC, "
                                            "kind = 'office' DESC, is_default DESC, id LIMIT 1")
                                 .arg(sql::live()),
                             {d.customerId});
    if (!address)
        return R::fail(address.error());
    if (address.value().next()) {
        const QSqlQuery &a = address.value();
        if (!a.value(0).toString().isEmpty())
            d.customerAddress << a.value(0).toString();
        const QString place = QStringList{a.value(1).toString(), a.value(2).toString(), a.value(3).toString()}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QLatin1Char(' '));
        if (!place.isEmpty())
            d.customerAddress << place;
        d.customerCountry = a.value(4).toString();
        if (!d.customerCountry.isEmpty())
            d.customerAddress << d.customerCountry;
    }

    auto contact = m_db.exec(QStringLiteral("SELECT id, name, coalesce(title, ''), coalesce(email, ''), "
                                            "coalesce(nullif(phone, ''), mobile, '') FROM contacts "
                                            "WHERE customer_id = ? AND %1 ORDER BY is_primary DESC, "
                                            "coalesce(email, '') = '', id LIMIT 1")
                                 .arg(sql::live()),
                             {d.customerId});
    if (!contact)
        return R::fail(contact.error());
    if (contact.value().next()) {
        const QSqlQuery &c = contact.value();
        d.contactId = c.value(0).toLongLong();
        d.contactName = c.value(1).toString();
        d.contactTitle = c.value(2).toString();
        d.contactEmail = c.value(3).toString();
        d.contactPhone = c.value(4).toString();
    }

    auto lines = quotes.lines(quoteId);
    if (!lines)
        return R::fail(lines.error());
    auto products = m_db.exec(QStringLiteral("SELECT l.id, coalesce(p.code, ''), coalesce(p.name, ''), coalesce(p.unit, '') "
                                             "FROM quote_lines l LEFT JOIN products p ON p.id = l.product_id "
                                             "WHERE l.quote_id = ?"),
                              {quoteId});
    if (!products)
        return R::fail(products.error());
    QHash<qint64, QStringList> productOf;
    while (products.value().next())
        productOf.insert(products.value().value(0).toLongLong(),
                         {products.value().value(1).toString(), products.value().value(2).toString(),
                          products.value().value(3).toString()});
    for (const QuoteLine &l : lines.value()) {
        const QStringList p = productOf.value(l.id, {QString(), QString(), QString()});
        QuoteDocumentLine line;
        line.code = p.at(0);
        line.name = p.at(1);
        line.unit = p.at(2);
        line.description = l.description == line.name ? QString() : l.description;
        line.quantity = l.quantity;
        line.unitPriceCents = l.unitPriceCents;
        line.discountPct = l.discountPct;
        line.amountCents = l.totalCents();
        d.lines << line;
    }
    d.totals = QuoteStore::computeTotals(lines.value());
    return R::ok(d);
}

QString QuoteDocumentSource::defaultLanguage(const QuoteDocumentData &data, const QString &appLanguage)
{
    if (!data.customerCountry.trimmed().isEmpty())
        return isChina(data.customerCountry) ? doclang::chinese() : doclang::english();
    if (hasHan(data.customerName))
        return doclang::chinese();
    return doclang::normalized(appLanguage);
}

} // namespace sb
