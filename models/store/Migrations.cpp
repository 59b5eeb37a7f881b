#include "Migrations.h"

namespace sb {

namespace {

// Ids are AUTOINCREMENT: a row id is never reused after a delete, so outbox entries, conflicts
// and id_map rows of a deleted record can never attach to a new one.
// Every row that comes from or goes to another system carries these columns.
// local_state: 0 clean, 1 created here, 2 modified here, 3 deleted here (kept until pushed).
// base_snapshot: JSON of the fields as last seen on the server, for three-way merges.
const char kSyncColumns[] = R"(
    remote_system TEXT,
    remote_id TEXT,
    remote_version TEXT,
    local_state INTEGER NOT NULL DEFAULT 0 CHECK (local_state BETWEEN 0 AND 3),
    base_snapshot TEXT,
    sync_error TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    UNIQUE (remote_system, remote_id))";

const char kVersion1[] = R"(
CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE connectors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    system TEXT NOT NULL CHECK (system IN ('erp','oa','aftersales','approvals')),
    kind TEXT NOT NULL,             -- tryton, caldav, rt, feishu ...
    url TEXT NOT NULL,
    database_name TEXT,
    username TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    UNIQUE (system, kind, url));

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT,
    grade TEXT CHECK (grade IS NULL OR grade IN ('A','B','C','D')),
    industry TEXT,
    region TEXT,
    owner TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect','active','dormant','closed')),
    tags TEXT,
    credit_limit_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'CNY',
    notes TEXT,
    @SYNC@);
CREATE UNIQUE INDEX customers_code ON customers(code) WHERE code IS NOT NULL;
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);
CREATE INDEX customers_owner ON customers(owner, name);
CREATE INDEX customers_updated ON customers(updated_at);
CREATE INDEX customers_pending ON customers(local_state) WHERE local_state <> 0;

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT,
    phone TEXT,
    mobile TEXT,
    email TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    @SYNC@);
CREATE INDEX contacts_customer ON contacts(customer_id);
CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE);
CREATE INDEX contacts_pending ON contacts(local_state) WHERE local_state <> 0;

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'office' CHECK (kind IN ('office','billing','shipping')),
    street TEXT, city TEXT, province TEXT, postal_code TEXT, country TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    @SYNC@);
CREATE INDEX addresses_customer ON addresses(customer_id);

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    spec TEXT,
    unit TEXT NOT NULL DEFAULT 'pcs',
    category TEXT,
    list_price_cents INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'CNY',
    active INTEGER NOT NULL DEFAULT 1,
    @SYNC@);
CREATE UNIQUE INDEX products_code ON products(code);

CREATE TABLE warehouses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    city TEXT,
    @SYNC@);

CREATE TABLE stock_levels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id) ON DELETE CASCADE,
    on_hand REAL NOT NULL DEFAULT 0,
    forecast REAL NOT NULL DEFAULT 0,
    @SYNC@,
    UNIQUE (product_id, warehouse_id));

CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'lead'
        CHECK (stage IN ('lead','qualified','proposal','negotiation','won','lost')),
    amount_cents INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'CNY',
    probability INTEGER NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
    expected_close TEXT,
    owner TEXT,
    lost_reason TEXT,
    next_activity_at TEXT,
    @SYNC@);
CREATE INDEX opportunities_customer ON opportunities(customer_id);
CREATE INDEX opportunities_stage ON opportunities(stage, amount_cents DESC);
CREATE INDEX opportunities_pending ON opportunities(local_state) WHERE local_state <> 0;

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN
        ('draft','pending_approval','approved','rejected','sent','accepted','ordered')),
    currency TEXT NOT NULL DEFAULT 'CNY',
    valid_until TEXT,
    subtotal_cents INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    total_cents INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER,
    owner TEXT,
    notes TEXT,
    @SYNC@);
CREATE INDEX quotes_customer ON quotes(customer_id);
CREATE INDEX quotes_state ON quotes(state);

CREATE TABLE quote_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    product_id INTEGER REFERENCES products(id),
    description TEXT,
    quantity REAL NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL DEFAULT 0,
    discount_pct REAL NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100),
    line_total_cents INTEGER NOT NULL DEFAULT 0,
    @SYNC@);
CREATE INDEX quote_lines_quote ON quote_lines(quote_id, position);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'confirmed'
        CHECK (state IN ('draft','confirmed','processing','done','cancelled')),
    order_date TEXT,
    promised_date TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    untaxed_cents INTEGER NOT NULL DEFAULT 0,
    tax_cents INTEGER NOT NULL DEFAULT 0,
    total_cents INTEGER NOT NULL DEFAULT 0,
    shipment_state TEXT NOT NULL DEFAULT 'none'
        CHECK (shipment_state IN ('none','waiting','partial','sent','exception')),
    invoice_state TEXT NOT NULL DEFAULT 'none'
        CHECK (invoice_state IN ('none','waiting','invoiced','paid','exception')),
    owner TEXT,
    @SYNC@);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_number ON orders(number COLLATE NOCASE);
CREATE INDEX orders_state ON orders(state, order_date);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    product_id INTEGER REFERENCES products(id),
    description TEXT,
    quantity REAL NOT NULL DEFAULT 1,
    shipped_quantity REAL NOT NULL DEFAULT 0,
    unit_price_cents INTEGER NOT NULL DEFAULT 0,
    line_total_cents INTEGER NOT NULL DEFAULT 0,
    @SYNC@);
CREATE INDEX order_lines_order ON order_lines(order_id, position);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    number TEXT,
    state TEXT NOT NULL DEFAULT 'posted' CHECK (state IN ('draft','posted','paid','cancelled')),
    invoice_date TEXT,
    due_date TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    total_cents INTEGER NOT NULL DEFAULT 0,
    amount_to_pay_cents INTEGER NOT NULL DEFAULT 0,
    paid_at TEXT,
    @SYNC@);
CREATE INDEX invoices_order ON invoices(order_id);
CREATE INDEX invoices_customer ON invoices(customer_id);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT,
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    warehouse_id INTEGER REFERENCES warehouses(id),
    carrier TEXT,
    tracking_number TEXT,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN
        ('draft','waiting','assigned','picked','packed','shipped','delivered','cancelled')),
    planned_date TEXT,
    effective_date TEXT,
    delivered_at TEXT,
    delivery_confirmed_by TEXT,
    @SYNC@);
CREATE INDEX shipments_order ON shipments(order_id);
CREATE INDEX shipments_customer ON shipments(customer_id);
CREATE INDEX shipments_state ON shipments(state, planned_date);
CREATE INDEX shipments_tracking ON shipments(tracking_number);

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL DEFAULT 'quote' CHECK (kind IN ('quote','contract','discount','other')),
    subject_entity TEXT,
    subject_id INTEGER,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    requester TEXT,
    approver TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected','withdrawn')),
    amount_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'CNY',
    discount_pct REAL,
    margin_pct REAL,
    submitted_at TEXT,
    decided_at TEXT,
    decision_comment TEXT,
    steps TEXT,       -- JSON array: [{approver, state, comment, at}]
    @SYNC@);
CREATE INDEX approvals_state ON approvals(state, submitted_at);
CREATE INDEX approvals_subject ON approvals(subject_entity, subject_id);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id),
    serial_number TEXT,
    subject TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','open','stalled','resolved','rejected')),
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
    queue TEXT,
    owner TEXT,
    resolved_at TEXT,
    @SYNC@);
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_status ON tickets(status, priority);

CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT,
    kind TEXT NOT NULL DEFAULT 'comment' CHECK (kind IN ('comment','correspond','status','create')),
    text TEXT,
    @SYNC@);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('visit','call','meeting','task','note','email','stage')),
    subject TEXT NOT NULL,
    body TEXT,
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('planned','done','cancelled')),
    owner TEXT,
    @SYNC@);
CREATE INDEX activities_customer ON activities(customer_id, starts_at DESC);

-- One entry per local change, written in the same transaction as the change.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create','update','delete','action')),
    payload TEXT NOT NULL,          -- JSON: the fields changed (all fields for create)
    base_version TEXT,              -- remote_version the change was made against
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','in_flight','failed','done')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT);
CREATE INDEX outbox_state ON outbox(state, id);
CREATE INDEX outbox_record ON outbox(entity, record_id);

-- Local id -> server id, kept with the queue so queued children survive a restart.
CREATE TABLE id_map (
    entity TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    system TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    PRIMARY KEY (entity, local_id, system)) WITHOUT ROWID;

-- Pull position per connector and object: (server modified time, id) or an opaque token.
CREATE TABLE pull_cursors (
    connector_id INTEGER NOT NULL REFERENCES connectors(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    cursor_time TEXT,
    cursor_id TEXT,
    token TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (connector_id, entity)) WITHOUT ROWID;
)";

// Version 2: full-text search over customers, contacts and products (trigram for any
// substring of 3+ characters, CJK unigrams/bigrams for shorter Chinese queries).
const char kVersion2[] = R"(
CREATE VIRTUAL TABLE customer_fts USING fts5(
    code, name, short_name, industry, region, tags,
    content='customers', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE customer_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts(rowid, code, name, short_name, industry, region, tags)
        VALUES (new.id, new.code, new.name, new.short_name, new.industry, new.region, new.tags);
    INSERT INTO customer_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.short_name, new.region, new.industry, new.tags));
END;
CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, code, name, short_name, industry, region, tags)
        VALUES ('delete', old.id, old.code, old.name, old.short_name, old.industry, old.region, old.tags);
    INSERT INTO customer_cjk(customer_cjk, rowid, grams)
        VALUES ('delete', old.id, sb_grams(old.name, old.short_name, old.region, old.industry, old.tags));
END;
CREATE TRIGGER customers_au AFTER UPDATE OF code, name, short_name, industry, region, tags ON customers BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, code, name, short_name, industry, region, tags)
        VALUES ('delete', old.id, old.code, old.name, old.short_name, old.industry, old.region, old.tags);
    INSERT INTO customer_cjk(customer_cjk, rowid, grams)
        VALUES ('delete', old.id, sb_grams(old.name, old.short_name, old.region, old.industry, old.tags));
    INSERT INTO customer_fts(rowid, code, name, short_name, industry, region, tags)
        VALUES (new.id, new.code, new.name, new.short_name, new.industry, new.region, new.tags);
    INSERT INTO customer_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.short_name, new.region, new.industry, new.tags));
END;

CREATE VIRTUAL TABLE contact_fts USING fts5(
    name, title, phone, mobile, email,
    content='contacts', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE contact_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contact_fts(rowid, name, title, phone, mobile, email)
        VALUES (new.id, new.name, new.title, new.phone, new.mobile, new.email);
    INSERT INTO contact_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name));
END;
CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contact_fts(contact_fts, rowid, name, title, phone, mobile, email)
        VALUES ('delete', old.id, old.name, old.title, old.phone, old.mobile, old.email);
    INSERT INTO contact_cjk(contact_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.name));
END;
CREATE TRIGGER contacts_au AFTER UPDATE OF name, title, phone, mobile, email ON contacts BEGIN
    INSERT INTO contact_fts(contact_fts, rowid, name, title, phone, mobile, email)
        VALUES ('delete', old.id, old.name, old.title, old.phone, old.mobile, old.email);
    INSERT INTO contact_cjk(contact_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.name));
    INSERT INTO contact_fts(rowid, name, title, phone, mobile, email)
        VALUES (new.id, new.name, new.title, new.phone, new.mobile, new.email);
    INSERT INTO contact_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name));
END;

CREATE VIRTUAL TABLE product_fts USING fts5(
    code, name, spec, category,
    content='products', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE product_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER products_ai AFTER INSERT ON products BEGIN
    INSERT INTO product_fts(rowid, code, name, spec, category)
        VALUES (new.id, new.code, new.name, new.spec, new.category);
    INSERT INTO product_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.spec));
END;
CREATE TRIGGER products_ad AFTER DELETE ON products BEGIN
    INSERT INTO product_fts(product_fts, rowid, code, name, spec, category)
        VALUES ('delete', old.id, old.code, old.name, old.spec, old.category);
    INSERT INTO product_cjk(product_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.name, old.spec));
END;
CREATE TRIGGER products_au AFTER UPDATE OF code, name, spec, category ON products BEGIN
    INSERT INTO product_fts(product_fts, rowid, code, name, spec, category)
        VALUES ('delete', old.id, old.code, old.name, old.spec, old.category);
    INSERT INTO product_cjk(product_cjk, rowid, grams) VALUES ('delete', old.id, sb_grams(old.name, old.spec));
    INSERT INTO product_fts(rowid, code, name, spec, category)
        VALUES (new.id, new.code, new.name, new.spec, new.category);
    INSERT INTO product_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.spec));
END;

-- Index what version 1 already held.
INSERT INTO customer_fts(customer_fts) VALUES ('rebuild');
INSERT INTO customer_cjk(rowid, grams) SELECT id, sb_grams(name, short_name, region, industry, tags) FROM customers;
INSERT INTO contact_fts(contact_fts) VALUES ('rebuild');
INSERT INTO contact_cjk(rowid, grams) SELECT id, sb_grams(name) FROM contacts;
INSERT INTO product_fts(product_fts) VALUES ('rebuild');
INSERT INTO product_cjk(rowid, grams) SELECT id, sb_grams(name, spec) FROM products;
)";

// Version 3: field-level conflicts found by the sync engine's three-way merge, and a sync log a
// person can read.
const char kVersion3[] = R"(
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    field TEXT NOT NULL,            -- '*' when the record was deleted on the server
    base TEXT, mine TEXT, theirs TEXT, -- JSON values
    theirs_version TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('mine','theirs','edited')));
CREATE INDEX conflicts_open ON conflicts(entity, record_id) WHERE resolved_at IS NULL;

CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('info','warning','error')),
    connector TEXT,
    entity TEXT,
    record_id INTEGER,
    message TEXT NOT NULL,
    duration_ms INTEGER);
CREATE INDEX sync_log_at ON sync_log(at);
)";

// Version 4: the open changes of one record, found without reading its whole history. A record
// edited a thousand times has a thousand sent (done) entries, which every check for "does this
// record still have something to send" used to step through.
const char kVersion4[] = R"(
CREATE INDEX outbox_open ON outbox(entity, record_id, id) WHERE state <> 'done';
)";

// Version 5: a connection that writes many rows at once (a sync page) can leave its new rows out
// of the search index and index them in one statement per table before it commits
// (Database::setSearchIndexDeferred). FTS5 on SQLite 3.40 writes its pending terms out at every
// statement savepoint, so indexing a page row by row cost more than writing the rows.
const char kVersion5[] = R"(
DROP TRIGGER customers_ai;
CREATE TRIGGER customers_ai AFTER INSERT ON customers WHEN sb_index_live() BEGIN
    INSERT INTO customer_fts(rowid, code, name, short_name, industry, region, tags)
        VALUES (new.id, new.code, new.name, new.short_name, new.industry, new.region, new.tags);
    INSERT INTO customer_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.short_name, new.region, new.industry, new.tags));
END;
DROP TRIGGER contacts_ai;
CREATE TRIGGER contacts_ai AFTER INSERT ON contacts WHEN sb_index_live() BEGIN
    INSERT INTO contact_fts(rowid, name, title, phone, mobile, email)
        VALUES (new.id, new.name, new.title, new.phone, new.mobile, new.email);
    INSERT INTO contact_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name));
END;
-- A pulled record whose parent is not in the cache (a contact of a customer the server did not
-- send) waits here instead of stopping every later page of its kind; it goes in once the parent does.
CREATE TABLE pull_held (
    system TEXT NOT NULL,
    entity TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    record TEXT NOT NULL,           -- JSON: id, version, modifiedAt, key, fields
    waits_for TEXT NOT NULL,        -- the parent entity
    held_at TEXT NOT NULL,
    PRIMARY KEY (system, entity, remote_id));
DROP TRIGGER products_ai;
CREATE TRIGGER products_ai AFTER INSERT ON products WHEN sb_index_live() BEGIN
    INSERT INTO product_fts(rowid, code, name, spec, category)
        VALUES (new.id, new.code, new.name, new.spec, new.category);
    INSERT INTO product_cjk(rowid, grams) VALUES (new.id, sb_grams(new.name, new.spec));
END;
)";

// Version 6: several back ends at once. The connectors table is rebuilt: its system column
// named a fixed list without the calendar, and kind-specific settings (an approval definition,
// a queue) go in options (JSON). A connector's system is the role its kind plays, one per role.
// owner_rules: which system creates new records of an entity (or takes a command) when two
// serve it; routes: the routing in force, written by the sync layer whenever the connectors
// change, read by the lists that tell pending from local-only changes. id_map becomes the
// identity table for every system that knows a record besides its home (the row's own
// remote_system, remote_id): its copies of home identities go, and a remote id maps to one
// local record. system_status: each back end's last sync, last error and reachability.
const char kVersion6[] = R"(
CREATE TEMP TABLE keep_cursors AS SELECT * FROM pull_cursors;
CREATE TABLE connectors_v6 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    system TEXT NOT NULL CHECK (length(system) > 0),
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    database_name TEXT,
    username TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    UNIQUE (system, kind, url));
INSERT INTO connectors_v6 (id, system, kind, url, database_name, username, enabled)
    SELECT id, system, kind, url, database_name, username, enabled FROM connectors;
DROP TABLE connectors;
ALTER TABLE connectors_v6 RENAME TO connectors;
DELETE FROM pull_cursors;
INSERT INTO pull_cursors SELECT * FROM keep_cursors WHERE connector_id IN (SELECT id FROM connectors);
DROP TABLE keep_cursors;

CREATE TABLE owner_rules (
    key TEXT PRIMARY KEY,           -- an entity ("ticket") or a command ("quote.confirm")
    system TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE routes (
    key TEXT PRIMARY KEY,
    system TEXT NOT NULL) WITHOUT ROWID;

DELETE FROM id_map;
CREATE UNIQUE INDEX id_map_remote ON id_map(system, entity, remote_id);

CREATE TABLE system_status (
    system TEXT PRIMARY KEY,
    last_sync_at TEXT,              -- the end of the last cycle that reached it
    last_ok_at TEXT,                -- the end of the last cycle with no error from it
    last_error TEXT,
    reachable INTEGER) WITHOUT ROWID;
CREATE INDEX sync_log_connector ON sync_log(connector, at) WHERE connector IS NOT NULL;
)";

} // namespace

QByteArray withSyncColumns(const char *script)
{
    QByteArray s(script);
    s.replace("@SYNC@", QByteArray(kSyncColumns).trimmed());
    return s;
}

QByteArray approvalsThroughOaMigration(); // MigrationApprovals.cpp
QByteArray searchEverywhereMigration();  // MigrationSearch.cpp
QByteArray everydayWorkMigration();      // MigrationEveryday.cpp
QByteArray afterSalesMigration();        // MigrationAfterSales.cpp
QByteArray customerFileMigration();      // MigrationCustomerFile.cpp
QByteArray calendarMigration();          // MigrationCalendar.cpp
QByteArray dashboardMigration();         // MigrationDashboard.cpp

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, "customers, pipeline, quotes, orders, stock, shipments, approvals, tickets, activities, outbox",
         withSyncColumns(kVersion1)},
        {2, "full-text search for customers, contacts and products", QByteArray(kVersion2)},
        {3, "sync conflicts and sync log", QByteArray(kVersion3)},
        {4, "an index of the changes still to send, per record", QByteArray(kVersion4)},
        {5, "search indexing of a sync page in one go; pulled records waiting for their parent", QByteArray(kVersion5)},
        {6, "several back ends: connector options, owner rules and routes, the identity table, per-system status",
         QByteArray(kVersion6)},
        {7, "approvals through an OA system: revoked approvals, the form's facts, the inbox's tasks; a quote follows its approval",
         approvalsThroughOaMigration()},
        {8, "search everywhere: number and tracking number indexes, opportunity and ticket full-text search", searchEverywhereMigration()},
        {9, "everyday work: opportunity description, visit outcome and next step, the order's PO, dates, addresses and terms",
         everydayWorkMigration()},
        {10, "after-sales: a ticket's due date, requestor and escalation, attachments of its history", afterSalesMigration()},
        {11, "the customer file shared through the ERP: the lists of grades, regions, industries and owners", customerFileMigration()},
        {12, "the timeline on the OA calendar: place, attendees, reminder and time zone of an activity", calendarMigration()},
        {13, "the manager's desk: covering indexes for the dashboard's figures", dashboardMigration()},
    };
    return steps;
}

} // namespace sb
