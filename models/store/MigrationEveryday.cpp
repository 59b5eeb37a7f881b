#include "Migrations.h"

namespace sb {

// Version 9: the fields everyday work needs that the cache had no place for.
// - Opportunities get a description (Tryton's sale.opportunity.description).
// - Activities get what a visit report holds: its outcome, the next step and when it is due.
//   The date (starts_at) and the contact (contact_id) were there from version 1.
// - Orders get what the contract handoff asks for and the ERP keeps on the sale: the customer's
//   PO number (sale.reference), the requested delivery date (sale.shipping_date), the ship-to and
//   invoice addresses and the payment terms (by name, as the ERP lists them). The PO is looked
//   up by prefix from search everywhere, hence the NOCASE index.
QByteArray everydayWorkMigration()
{
    return QByteArrayLiteral(R"(
ALTER TABLE opportunities ADD COLUMN description TEXT;
ALTER TABLE activities ADD COLUMN outcome TEXT;
ALTER TABLE activities ADD COLUMN next_step TEXT;
ALTER TABLE activities ADD COLUMN next_step_at TEXT;
ALTER TABLE orders ADD COLUMN customer_po TEXT;
ALTER TABLE orders ADD COLUMN requested_date TEXT;
ALTER TABLE orders ADD COLUMN ship_to_address_id INTEGER REFERENCES addresses(id) ON DELETE SET NULL;
ALTER TABLE orders ADD COLUMN invoice_address_id INTEGER REFERENCES addresses(id) ON DELETE SET NULL;
ALTER TABLE orders ADD COLUMN payment_terms TEXT;
CREATE INDEX orders_customer_po ON orders(customer_po COLLATE NOCASE) WHERE customer_po IS NOT NULL;
CREATE INDEX activities_follow_up ON activities(next_step_at) WHERE next_step_at IS NOT NULL;
)");
}

} // namespace sb
