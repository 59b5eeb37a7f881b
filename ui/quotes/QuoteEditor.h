#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sb {

class AppContext;
class ProductCatalog;
class QuoteCurrencyBox;
class QuoteDocumentBar;
class QuoteLinesModel;

// One quote: its customer and state, the lines (editable while a draft or after a rejection),
// live totals with the margin, and the next step: save, submit for approval (and withdraw it
// while pending), create the order. A banner tells where the approval stands: the step and who
// decides there, the decision with its comment, a withdrawal or a revoked approval.
class QuoteEditor : public QWidget {
    Q_OBJECT
public:
    explicit QuoteEditor(AppContext &ctx, QWidget *parent = nullptr);

    qint64 quoteId() const { return m_quoteId; }
    qint64 customerId() const { return m_customerId; }
    const QString &state() const { return m_state; }
    bool isDirty() const { return m_dirty; }
    bool isEditable() const;
    QString numberText() const; // the number shown in the header

    // Test hooks: the parts a person uses.
    QuoteLinesModel *linesModel() const { return m_lines; }
    ProductCatalog *catalog() const { return m_catalog; }
    QTableView *linesTable() const { return m_table; }
    QPushButton *addLineButton() const { return m_addLine; }
    QPushButton *removeLineButton() const { return m_removeLine; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *createOrderButton() const { return m_createOrder; } // null unless office or manager
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *approvalBanner() const { return m_banner; }
    QLabel *lineErrorLabel() const { return m_lineError; } // why a typed value was refused
    qint64 approvalId() const { return m_approvalId; } // the quote's latest request, 0 if none
    QLabel *totalLabel() const { return m_total; }
    QLabel *marginLabel() const { return m_margin; }
    QuoteCurrencyBox *currencyBox() const { return m_currency; }
    QuoteDocumentBar *documentBar() const { return m_documents; } // print, export, send

    // The approver a quote goes to: the "quotes/approver" setting, zhao.min by default.
    static QString approver();

public slots:
    void load(qint64 quoteId); // 0 shows the empty state
    void reload();
    bool save();
    bool submitForApproval();
    // Opens the handoff dialog (HandoffDialog): the order's details, a review, then the command.
    bool createOrder();
    // Asks to confirm (a message box, "confirmWithdraw"), then withdrawApproval().
    void confirmWithdraw();
    // Takes the pending request back: at once here, or queued for the OA's next sync.
    bool withdrawApproval();
    void addLine();
    void removeSelectedLines();
    void reloadCatalog();

signals:
    void quoteChanged(qint64 quoteId); // saved, submitted or ordered: lists re-read
    void deleteRequested(qint64 quoteId); // the view confirms and deletes

private:
    void updateTotals();
    void updateActions();
    void setDirty(bool dirty);
    void loadBanner();

    AppContext &m_ctx;
    qint64 m_quoteId = 0;
    qint64 m_customerId = 0;
    QString m_state;
    bool m_orderRequested = false;
    bool m_orderable = false;
    qint64 m_approvalId = 0;
    bool m_canWithdraw = false;
    bool m_dirty = false;
    ProductCatalog *m_catalog;
    QuoteLinesModel *m_lines;
    QStackedWidget *m_stack;
    QLabel *m_number;
    QLabel *m_customer;
    QLabel *m_stateBadge;
    QuoteCurrencyBox *m_currency;
    QLabel *m_meta;
    QLabel *m_banner;
    QTableView *m_table;
    QLabel *m_lineError;
    bool m_refusalPending = false; // a typed value was refused and not typed again since
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QLabel *m_subtotal;
    QLabel *m_discount;
    QLabel *m_total;
    QLabel *m_margin;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_withdraw;
    QPushButton *m_createOrder = nullptr;
    QPushButton *m_delete;
    QuoteDocumentBar *m_documents;
    qint64 m_orderId = 0;
};

} // namespace sb
