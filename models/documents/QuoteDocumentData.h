#pragma once

#include "models/store/QuoteStore.h"
#include "models/store/Result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// The two layouts a quote document comes in. The codes are those of the message templates
// and the settings keys ("zh_CN", "en").
namespace doclang {
inline QString chinese() { return QStringLiteral("zh_CN"); }
inline QString english() { return QStringLiteral("en"); }
inline QStringList all() { return {chinese(), english()}; }
// What a code that is neither becomes: English.
QString normalized(const QString &code);
} // namespace doclang

struct QuoteDocumentLine {
    QString code, name, description, unit;
    double quantity = 1;
    qint64 unitPriceCents = 0;
    double discountPct = 0;
    qint64 amountCents = 0;
};

// Everything a quote document shows, read from the cache in one go.
struct QuoteDocumentData {
    qint64 quoteId = 0;
    QString number, state, currency, validUntil, owner, notes;
    QString issuedOn; // the day the quote was made (ISO date)
    qint64 customerId = 0;
    QString customerName, customerShortName, customerCode, customerCountry;
    QStringList customerAddress; // street, then postal code and city, then country
    qint64 contactId = 0;        // the primary contact (else the first), 0 when there is none
    QString contactName, contactTitle, contactEmail, contactPhone;
    QList<QuoteDocumentLine> lines;
    QuoteTotals totals;
    // Drafts, quotes with their approver and rejected ones are marked on the page as not binding.
    bool isBinding() const;
};

// What the company says about itself on its documents (QSettings "documents/..."), with the
// terms per language. An empty name leaves the header to the document's title.
struct CompanyProfile {
    QString name, address, phone, email;
    QString terms(const QString &language) const;
    QString termsZh, termsEn; // empty: the default terms of that language
    static QString defaultTerms(const QString &language);
    static CompanyProfile load();
    void save() const;
};

// Reads a quote for its document: header and lines through QuoteStore, the customer's default
// billing (else office) address and the contact the document is addressed to.
class QuoteDocumentSource {
public:
    explicit QuoteDocumentSource(Database &db) : m_db(db) {}
    // Fails with a message when the quote is not (or no longer) in the workspace.
    Result<QuoteDocumentData> read(qint64 quoteId);
    // The layout a quote's document starts in: Chinese for a customer in China or with a
    // Chinese name, English for one abroad; otherwise the application's language.
    static QString defaultLanguage(const QuoteDocumentData &data, const QString &appLanguage);

private:
    Database &m_db;
};

} // namespace sb
