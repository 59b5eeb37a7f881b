#include "Migrations.h"

#include <QHash>

namespace sb {

// Version 8: search everywhere (Ctrl+K) finds opportunities, quotes, orders, tickets and
// shipments besides customers, contacts and products.
// - Numbers and tracking numbers are looked up by prefix (LIKE 'so-00%'), which SQLite serves
//   from an index only when the index is NOCASE; shipments_tracking (binary) stays for the exact
//   lookups of the sync layer.
// - orders_quote: an order is also found by the number of the quote it came from (the cache has
//   no customer PO column; the quote is the reference a customer quotes back).
// - Opportunity titles and ticket subjects are names people type parts of, in Chinese or Latin
//   script, so they get the same trigram + CJK gram tables as customers. Their triggers index
//   live (no sb_index_live() condition): sync pages of these tables are small next to customers,
//   and a deferred table needs its statements in searchIndexStatements().
QByteArray searchEverywhereMigration()
{
    return QByteArrayLiteral(R"(
CREATE INDEX quotes_number ON quotes(number COLLATE NOCASE);
CREATE INDEX orders_quote ON orders(quote_id);
CREATE INDEX tickets_number ON tickets(number COLLATE NOCASE);
CREATE INDEX shipments_number ON shipments(number COLLATE NOCASE);
CREATE INDEX shipments_tracking_prefix ON shipments(tracking_number COLLATE NOCASE);

CREATE VIRTUAL TABLE opportunity_fts USING fts5(
    title, content='opportunities', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE opportunity_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER opportunities_search_ai AFTER INSERT ON opportunities BEGIN
    INSERT INTO opportunity_fts(rowid, title) VALUES (new.id, new.title);
    INSERT INTO opportunity_cjk(rowid, grams) VALUES (new.id, sb_grams(new.title));
END;
CREATE TRIGGER opportunities_search_ad AFTER DELETE ON opportunities BEGIN
    INSERT INTO opportunity_fts(opportunity_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO opportunity_cjk(opportunity_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.title));
END;
CREATE TRIGGER opportunities_search_au AFTER UPDATE OF title ON opportunities BEGIN
    INSERT INTO opportunity_fts(opportunity_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO opportunity_cjk(opportunity_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.title));
    INSERT INTO opportunity_fts(rowid, title) VALUES (new.id, new.title);
    INSERT INTO opportunity_cjk(rowid, grams) VALUES (new.id, sb_grams(new.title));
END;

CREATE VIRTUAL TABLE ticket_fts USING fts5(
    subject, serial_number, content='tickets', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE ticket_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER tickets_search_ai AFTER INSERT ON tickets BEGIN
    INSERT INTO ticket_fts(rowid, subject, serial_number) VALUES (new.id, new.subject, new.serial_number);
    INSERT INTO ticket_cjk(rowid, grams) VALUES (new.id, sb_grams(new.subject));
END;
CREATE TRIGGER tickets_search_ad AFTER DELETE ON tickets BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject, serial_number)
        VALUES ('delete', old.id, old.subject, old.serial_number);
    INSERT INTO ticket_cjk(ticket_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.subject));
END;
CREATE TRIGGER tickets_search_au AFTER UPDATE OF subject, serial_number ON tickets BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject, serial_number)
        VALUES ('delete', old.id, old.subject, old.serial_number);
    INSERT INTO ticket_cjk(ticket_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.subject));
    INSERT INTO ticket_fts(rowid, subject, serial_number) VALUES (new.id, new.subject, new.serial_number);
    INSERT INTO ticket_cjk(rowid, grams) VALUES (new.id, sb_grams(new.subject));
END;

-- Index what version 7 already held.
INSERT INTO opportunity_fts(opportunity_fts) VALUES ('rebuild');
INSERT INTO opportunity_cjk(rowid, grams) SELECT id, sb_grams(title) FROM opportunities;
INSERT INTO ticket_fts(ticket_fts) VALUES ('rebuild');
INSERT INTO ticket_cjk(rowid, grams) SELECT id, sb_grams(subject) FROM tickets;
)");
}

QStringList searchIndexStatements(const QString &table)
{
    // The bodies of the *_ai triggers of version 5, for the rows whose ids are in ?1 (a JSON array).
    static const QHash<QString, QStringList> statements = {
        {QStringLiteral("customers"),
         {QStringLiteral("INSERT INTO customer_fts(rowid, code, name, short_name, industry, region, tags) "
                         "SELECT id, code, name, short_name, industry, region, tags FROM customers "
                         "WHERE id IN (SELECT value FROM json_each(?1))"),
          QStringLiteral("INSERT INTO customer_cjk(rowid, grams) SELECT id, sb_grams(name, short_name, region, industry, tags) "
                         "FROM customers WHERE id IN (SELECT value FROM json_each(?1))")}},
        {QStringLiteral("contacts"),
         {QStringLiteral("INSERT INTO contact_fts(rowid, name, title, phone, mobile, email) "
                         "SELECT id, name, title, phone, mobile, email FROM contacts WHERE id IN (SELECT value FROM json_each(?1))"),
          QStringLiteral("INSERT INTO contact_cjk(rowid, grams) SELECT id, sb_grams(name) "
                         "FROM contacts WHERE id IN (SELECT value FROM json_each(?1))")}},
        {QStringLiteral("products"),
         {QStringLiteral("INSERT INTO product_fts(rowid, code, name, spec, category) "
                         "SELECT id, code, name, spec, category FROM products WHERE id IN (SELECT value FROM json_each(?1))"),
          QStringLiteral("INSERT INTO product_cjk(rowid, grams) SELECT id, sb_grams(name, spec) "
                         "FROM products WHERE id IN (SELECT value FROM json_each(?1))")}},
    };
    return statements.value(table);
}

} // namespace sb
