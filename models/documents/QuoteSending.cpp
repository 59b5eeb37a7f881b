#include "QuoteSending.h"

#include "models/domain/Vocabulary.h"
#include "models/store/ActivityStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RecordReader.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>

namespace sb {

QString QuoteSending::refusal(const QString &state)
{
    if (state == QLatin1String("approved") || state == QLatin1String("sent") || state == QLatin1String("accepted"))
        return QString();
    if (state == QLatin1String("pending_approval"))
        return QCoreApplication::translate("sb::QuoteSending", "This quote is still with its approver; it can be sent to the "
                                                               "customer once it is approved.");
    if (state == QLatin1String("ordered"))
        return QCoreApplication::translate("sb::QuoteSending", "This quote is already an order; send the order confirmation "
                                                               "instead, or export the quote as a PDF.");
    return QCoreApplication::translate("sb::QuoteSending", "A quote that is %1 is not sent to the customer: submit it for "
                                                           "approval first. You can still print it or export it as a PDF.")
        .arg(vocab::quoteStateLabel(state));
}

Result<qint64> QuoteSending::recordSent(const Record &r)
{
    auto quote = readRecord(m_db, entities::quote(), r.quoteId);
    if (!quote)
        return Result<qint64>::fail(quote.error());
    const QString state = quote.value().value(QStringLiteral("state")).toString();
    if (const QString no = refusal(state); !no.isEmpty())
        return Result<qint64>::fail(no);
    const qint64 customerId = quote.value().value(QStringLiteral("customer_id")).toLongLong();

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());
    QString body = r.body;
    if (!r.recipient.isEmpty() || !r.attachment.isEmpty())
        body = QCoreApplication::translate("sb::QuoteSending", "To: %1\nAttachment: %2").arg(r.recipient, r.attachment)
            + QStringLiteral("\n\n") + body;
    QVariantMap activity{{QStringLiteral("kind"), QStringLiteral("email")},
                         {QStringLiteral("subject"), r.subject.trimmed().isEmpty()
                                                         ? QCoreApplication::translate("sb::QuoteSending", "Quote %1 sent")
                                                               .arg(quote.value().value(QStringLiteral("number")).toString())
                                                         : r.subject},
                         {QStringLiteral("body"), body},
                         {QStringLiteral("starts_at"), Database::nowUtc()},
                         {QStringLiteral("status"), QStringLiteral("done")},
                         {QStringLiteral("owner"), r.actor}};
    if (r.contactId > 0)
        activity.insert(QStringLiteral("contact_id"), r.contactId);
    if (quote.value().value(QStringLiteral("opportunity_id")).toLongLong() > 0)
        activity.insert(QStringLiteral("opportunity_id"), quote.value().value(QStringLiteral("opportunity_id")));
    auto id = ActivityStore(m_db).create(customerId, activity);
    if (!id)
        return id;
    if (state == QLatin1String("approved"))
        if (Status s = m_writer.update(entities::quote(), r.quoteId, {{QStringLiteral("state"), QStringLiteral("sent")}}); !s)
            return Result<qint64>::fail(s.error());
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return id;
}

} // namespace sb
