#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace sb {

class AppContext;
struct Fulfilment;
class SqlWindowModel;

// One step of an order's way to the money: order, shipment, invoice, payment.
struct FulfilmentStep {
    enum State { Done, Current, NotReached, Problem };
    State state = NotReached;
    QString title;  // "Shipped"
    QString detail; // a date, or what is still open ("¥1,200.00 to pay")
};

// The four steps drawn as a chain of circles joined by a line, with words under each.
class FulfilmentChain : public QWidget {
    Q_OBJECT
public:
    explicit FulfilmentChain(QWidget *parent = nullptr);
    void setSteps(const QList<FulfilmentStep> &steps);
    const QList<FulfilmentStep> &steps() const { return m_steps; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<FulfilmentStep> m_steps;
};

// What an office clerk needs to answer "where is my order": the header facts, the
// fulfilment chain and the lines, shipments and invoices of one order.
class OrderDetail : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetail(AppContext &ctx, QWidget *parent = nullptr);

    void showOrder(qint64 orderId); // 0 or less: shows "no order selected"
    void reload();
    qint64 orderId() const { return m_orderId; }

    // For tests and for the window title.
    QString orderNumber() const { return m_number; }
    const QList<FulfilmentStep> &steps() const;
    QTableView *linesTable() const { return m_lines; }
    QTableView *shipmentsTable() const { return m_shipments; }
    QTableView *invoicesTable() const { return m_invoices; }

private:
    void clear();
    void setTables(qint64 orderId);
    // The words under each step; the steps' states come from OrderStore.
    static QList<FulfilmentStep> describeSteps(const Fulfilment &fulfilment);

    AppContext &m_ctx;
    qint64 m_orderId = 0;
    qint64 m_customerId = 0;
    QString m_number;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_state;
    QLabel *m_total;
    QLabel *m_ordered;
    QLabel *m_promised;
    QLabel *m_terms; // the customer's PO, payment terms, where the goods and the invoice go
    QLabel *m_empty;
    QWidget *m_body;
    FulfilmentChain *m_chain;
    QTabWidget *m_tabs;
    QTableView *m_lines;
    QTableView *m_shipments;
    QTableView *m_invoices;
    SqlWindowModel *m_lineModel = nullptr;
    SqlWindowModel *m_shipmentModel = nullptr;
    SqlWindowModel *m_invoiceModel = nullptr;
};

} // namespace sb
