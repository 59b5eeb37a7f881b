#pragma once

#include <QWidget>

class QPushButton;
class QSplitter;

namespace sb {

class AppContext;
class CustomerPicker;
class ListPanel;
class QuoteEditor;

// Quotes: the list (saved views "My quotes", "Pending approval", "Approved, not ordered")
// with the selected quote's editor beside it. Ctrl+N starts a quote for a chosen customer.
class QuotesView : public QWidget {
    Q_OBJECT
public:
    explicit QuotesView(AppContext &ctx, QWidget *parent = nullptr);

    ListPanel *list() const { return m_list; }
    QuoteEditor *editor() const { return m_editor; }
    // The "new quote for" strip that newRecord() shows.
    QWidget *newQuoteBar() const { return m_newBar; }
    CustomerPicker *newQuoteCustomer() const { return m_newCustomer; }
    QPushButton *newQuoteButton() const { return m_newCreate; }

public slots:
    void refresh();
    void newRecord();
    void openRecord(qint64 quoteId);
    // Starts a draft quote for the customer and opens it (the customer file calls this).
    qint64 newQuoteFor(qint64 customerId);
    // Asks to confirm (a message box, "confirmDeleteQuote"), then deletes through the outbox.
    void confirmDelete(qint64 quoteId);
    bool deleteQuote(qint64 quoteId);

private:
    void showQuote(qint64 quoteId);

    AppContext &m_ctx;
    ListPanel *m_list;
    QuoteEditor *m_editor;
    QSplitter *m_splitter;
    QWidget *m_newBar;
    CustomerPicker *m_newCustomer;
    QPushButton *m_newCreate;
    bool m_notifying = false;
};

} // namespace sb
