#include "QuoteCurrencyBox.h"

#include "models/domain/Money.h"
#include "models/store/CustomerStore.h"
#include "models/store/QuoteStore.h"

namespace sb {

QuoteCurrencyBox::QuoteCurrencyBox(Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("quoteCurrency"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The currency of the quote; it can be changed while the quote is a draft"));
    connect(this, qOverload<int>(&QComboBox::activated), this, &QuoteCurrencyBox::choose);
}

void QuoteCurrencyBox::setQuote(qint64 quoteId, const QString &currency, bool editable)
{
    m_filling = true;
    m_quoteId = quoteId;
    m_stored = currency.isEmpty() ? defaultCurrency() : currency;
    clear();
    QStringList codes{m_stored};
    if (editable) {
        auto choices = CustomerStore(m_db).currencyChoices();
        codes = choices ? choices.value() : currencyChoices();
        if (!codes.contains(m_stored))
            codes << m_stored;
    }
    for (const QString &code : std::as_const(codes)) {
        const QString symbol = currencySymbol(code).trimmed();
        addItem(symbol == code ? code : tr("%1 (%2)").arg(code, symbol), code);
    }
    setCurrentIndex(findData(m_stored));
    setEnabled(editable && quoteId > 0);
    m_filling = false;
}

void QuoteCurrencyBox::choose(int index)
{
    const QString code = itemData(index).toString();
    if (m_filling || m_quoteId <= 0 || code == m_stored)
        return;
    if (Status s = QuoteStore(m_db).setCurrency(m_quoteId, code); !s) {
        setCurrentIndex(findData(m_stored));
        emit failed(s.error());
        return;
    }
    m_stored = code;
    emit currencyChanged(code);
}

} // namespace sb
