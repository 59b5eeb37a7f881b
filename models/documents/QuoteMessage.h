#pragma once

#include "QuoteDocumentData.h"

#include <QMap>
#include <QString>

namespace sb {

// The e-mail that goes with a quote: a subject and a body per language, with fields in braces
// that are filled from the quote when it is sent. Kept in QSettings
// ("documents/template/<language>/subject|body"); what is not stored is the default.
struct MessageTemplate {
    QString subject, body;
    bool operator==(const MessageTemplate &o) const { return subject == o.subject && body == o.body; }

    // The fields a template may use, in the order Settings lists them.
    static QStringList fieldNames(); // contact, customer, quote, total, valid_until, sender, company
    static MessageTemplate defaults(const QString &language);
    static MessageTemplate stored(const QString &language);
    // Stores the template; one equal to the default is removed instead (Reset to default).
    static void store(const QString &language, const MessageTemplate &t);
    static void reset(const QString &language);

    // Replaces each {field} with its value; a field the map does not know stays as typed, so a
    // typing mistake shows in the message instead of vanishing. "{{" and "}}" are literal braces.
    static QString fill(const QString &text, const QMap<QString, QString> &fields);
    MessageTemplate filled(const QMap<QString, QString> &fields) const { return {fill(subject, fields), fill(body, fields)}; }
};

// The field values of one quote in one language: the total formatted as that language writes
// money, the validity as its dates, the contact's name (or a greeting that needs none).
QMap<QString, QString> quoteMessageFields(const QuoteDocumentData &quote, const QString &language, const QString &sender,
                                          const QString &company);

} // namespace sb
