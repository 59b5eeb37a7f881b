#pragma once

#include "models/store/ApprovalFacts.h"

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
// the approval steps so far. Read-only; the inbox adds the decision controls.
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

    QLabel *marginLabel() const { return m_margin; }
    QuoteLinesModel *linesModel() const { return m_lines; }
    QTableView *linesTable() const { return m_table; }

private:
    QLabel *addFact(const QString &name, int row, int column);

    AppContext &m_ctx;
    ApprovalFacts m_facts;
    ProductCatalog *m_catalog;
    QuoteLinesModel *m_lines;
    QWidget *m_body;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_state;
    QLabel *m_amount, *m_discount, *m_margin, *m_grade, *m_orders, *m_revenue, *m_tickets, *m_history;
    QLabel *m_linesTitle;
    QTableView *m_table;
    QLabel *m_steps;
    QPushButton *m_openQuote;
    QPushButton *m_openCustomer;
    QGridLayout *m_grid;
};

} // namespace sb
