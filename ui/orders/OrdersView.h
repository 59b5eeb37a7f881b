#pragma once

#include <QWidget>

class QSplitter;

namespace sb {

class AppContext;
class ListPanel;
class OrderDetail;

// "Where is my order": every order with saved views for what the office chases (late to
// ship, unpaid), and beside the list the selected order's fulfilment chain.
class OrdersView : public QWidget {
    Q_OBJECT
public:
    explicit OrdersView(AppContext &ctx, QWidget *parent = nullptr);

    void refresh();
    void openRecord(qint64 orderId);

    ListPanel *list() const { return m_list; }
    OrderDetail *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

private:
    AppContext &m_ctx;
    ListPanel *m_list;
    OrderDetail *m_detail;
    QSplitter *m_splitter;
};

} // namespace sb
