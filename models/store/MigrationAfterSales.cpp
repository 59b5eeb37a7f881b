#include "Migrations.h"

namespace sb {

// Version 10: what an after-sales system (Request Tracker) keeps on a ticket and its history.
// - A ticket gets its due date, its requestor (one of the customer's contacts) and the ERP
//   complaint it was escalated to (the complaint's number, shown as a link between the two).
// - A history entry gets its attachments: a JSON array of {"id", "name", "type", "size"} as the
//   server lists them (the bytes are downloaded on demand, never kept in the cache), and for a
//   reply written here and not sent yet also "content" (base64), which goes up with the reply
//   and is gone from the row once the server has the file.
// - Contacts are looked up by e-mail address: Request Tracker names a ticket's requestor so.
QByteArray afterSalesMigration()
{
    return QByteArrayLiteral(R"(
ALTER TABLE tickets ADD COLUMN due_at TEXT;
ALTER TABLE tickets ADD COLUMN contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL;
ALTER TABLE tickets ADD COLUMN complaint_ref TEXT;
ALTER TABLE ticket_events ADD COLUMN attachments TEXT;
CREATE INDEX tickets_due ON tickets(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX contacts_email ON contacts(email) WHERE email IS NOT NULL;
)");
}

} // namespace sb
