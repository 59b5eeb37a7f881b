#pragma once

#include <QComboBox>

namespace sb {

class Database;

// The currency a quote is in: offered while the quote is a draft (CNY, USD, EUR and the
// currencies found in the cache), shown read-only afterwards. A choice is written at once.
class QuoteCurrencyBox : public QComboBox {
    Q_OBJECT
public:
    explicit QuoteCurrencyBox(Database &db, QWidget *parent = nullptr);

    // Shows the quote's currency; editable: the quote is a draft.
    void setQuote(qint64 quoteId, const QString &currency, bool editable);
    QString currency() const { return currentData().toString(); }

signals:
    // The person chose another currency and it was stored.
    void currencyChanged(const QString &currency);
    void failed(const QString &message);

private:
    void choose(int index);

    Database &m_db;
    qint64 m_quoteId = 0;
    QString m_stored;
    bool m_filling = false;
};

} // namespace sb
