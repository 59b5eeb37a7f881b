#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QToolButton;

namespace sb {

class AppContext;
class ListPanel;

// Shipments by where they are (to ship, in transit, delivered, late), found by tracking
// number, shipment number or customer; the selected one's carrier, dates and proof of delivery.
class LogisticsView : public QWidget {
    Q_OBJECT
public:
    explicit LogisticsView(AppContext &ctx, QWidget *parent = nullptr);

    void refresh();
    void openRecord(qint64 shipmentId);

    qint64 shipmentId() const { return m_shipmentId; }
    QString trackingNumber() const { return m_tracking; }
    ListPanel *list() const { return m_list; }
    // Saved view names in list order after "All", for tests and the main window's menu.
    enum View { All, ToShip, InTransit, Delivered, Late };
    void setView(View view);

private:
    void showShipment(qint64 shipmentId);

    AppContext &m_ctx;
    qint64 m_shipmentId = 0;
    qint64 m_orderId = 0;
    qint64 m_customerId = 0;
    QString m_tracking;
    ListPanel *m_list;
    QSplitter *m_splitter;
    QWidget *m_body;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_progress;
    QLabel *m_state;
    QLabel *m_customer;
    QLabel *m_order;
    QLabel *m_warehouse;
    QLabel *m_carrier;
    QLabel *m_trackingLabel;
    QToolButton *m_copy;
    QLabel *m_planned;
    QLabel *m_shipped;
    QLabel *m_delivered;
    QLabel *m_confirmation;
};

} // namespace sb
