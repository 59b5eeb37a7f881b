#pragma once

#include "models/store/ApprovalFacts.h"
#include "models/store/QuoteStore.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace sb {

class AppContext;
class ProductCatalog;
class QuoteLinesModel;

// What decides one approval request: amount, discount, margin against cost, the customer's
// grade and last twelve months, open tickets, who asks and since when, the quote's lines and
// the approval steps so far. Through an OA: the step it waits at, the lines as the request
// carries them when the quote is not held here, and a decision of this laptop that waits to
// be sent or that the OA refused (with its reason). Read-only; the inbox adds the controls.
class ApprovalDetail : public QWidget {
    Q_OBJECT
public:
    static constexpr double kLowMarginPct = 15.0;

    explicit ApprovalDetail(AppContext &ctx, QWidget *parent = nullptr);

    // Loads the request; false (and an empty panel) when it cannot be read.
    bool load(qint64 approvalId);
    void clear();
    const ApprovalFacts &facts() const { return m_facts; }
    bool isEmpty() const { return m_facts.id == 0; }
    // The decision (or withdrawal) made here on this request and not yet taken by the OA.
    const ApprovalStore::Queued &queued() const { return m_queued; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *summaryLabel() const { return m_summary; }

    QLabel *marginLabel() const { return m_margin; }
    QuoteLinesModel *linesModel() const { return m_lines; }
    QTableView *linesTable() const { return m_table; }

private:
    QLabel *addFact(const QString &name, int row, int column);
    void showNotice();

    AppContext &m_ctx;
    ApprovalFacts m_facts;
    ApprovalStore::Queued m_queued;
    ProductCatalog *m_catalog;
    QuoteLinesModel *m_lines;
    QWidget *m_body;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_state;
    QLabel *m_notice;
    QLabel *m_amount, *m_discount, *m_margin, *m_grade, *m_orders, *m_revenue, *m_tickets, *m_history;
    QLabel *m_requester, *m_node;
    QLabel *m_linesTitle;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_steps;
    QPushButton *m_openQuote;
    QPushButton *m_openCustomer;
    QGridLayout *m_grid;
};

} // namespace sb
