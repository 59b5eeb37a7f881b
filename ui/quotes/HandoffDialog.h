#pragma once

#include "models/store/OrderHandoff.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sb {

class AppContext;

// The contract handoff: what the ERP's order needs besides the approved quote (the customer's
// PO number, the requested delivery date, where the goods and the invoice go, payment terms),
// then a review of what will be sent, then one command. Refusals are said at their field.
class HandoffDialog : public QDialog {
    Q_OBJECT
public:
    HandoffDialog(AppContext &ctx, qint64 quoteId, QWidget *parent = nullptr);

    QLineEdit *poEdit() const { return m_po; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *shipToBox() const { return m_shipTo; }
    QComboBox *invoiceToBox() const { return m_invoiceTo; }
    QComboBox *termsBox() const { return m_terms; }
    QLabel *reviewLabel() const { return m_review; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *sendButton() const { return m_send; }
    QString fieldError(const QString &field) const; // what is said under a field, empty if nothing
    qint64 outboxEntry() const { return m_entry; }
    bool onReviewPage() const;

    // Next: checks the details and shows the review; Send: queues the order.
    bool showReview();
    bool send();

private:
    OrderHandoff handoff() const;
    QString addressText(qint64 id) const;
    void fillAddresses(QComboBox *box, const QString &preferredKind, qint64 proposed);
    void showRefusals(const QList<QPair<QString, QString>> &refusals);
    void showDetails();
    void fitContents();

    AppContext &m_ctx;
    qint64 m_quoteId;
    HandoffChoices m_choices;
    QStackedWidget *m_pages;
    QLineEdit *m_po;
    QDateEdit *m_date;
    QComboBox *m_shipTo;
    QComboBox *m_invoiceTo;
    QComboBox *m_terms;
    QHash<QString, QLabel *> m_errors; // field -> its refusal label
    QLabel *m_error;                   // what is not about one field (the store's refusal)
    QLabel *m_review;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_send;
    qint64 m_entry = 0;
};

} // namespace sb
