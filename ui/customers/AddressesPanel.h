#pragma once

#include <QWidget>

namespace sb {

class AppContext;
class ListPanel;

// The customer file's Addresses tab: the customer's office, invoice and delivery addresses,
// the default of each kind marked. Insert adds, Enter or a double click edits, Delete deletes
// (asked first; through the outbox, undone from Pending changes until it is sent).
class AddressesPanel : public QWidget {
    Q_OBJECT
public:
    AddressesPanel(AppContext &ctx, qint64 customerId, QWidget *parent = nullptr);

    ListPanel *list() const { return m_list; }
    void refresh();
    // addressId 0: a new address of this customer. Modal; returns when the dialog closes.
    void editAddress(qint64 addressId);
    void deleteAddress(qint64 addressId); // asks first

private:
    AppContext &m_ctx;
    qint64 m_customerId;
    ListPanel *m_list;
};

} // namespace sb
