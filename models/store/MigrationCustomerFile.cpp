#include "Migrations.h"

namespace sb {

// Version 11: the customer file shared through the ERP.
// Grade, region, industry and owner are chosen from shared lists, not typed freely: the ERP
// keeps each list as a tree of party categories, and the cache keeps its entries here, with the
// name the customers table stores (the ERP's own name) and the labels in both languages where
// the ERP has them. A workspace without an ERP fills the lists from its demo data or from what
// its customers already hold.
QByteArray customerFileMigration()
{
    return withSyncColumns(R"(
CREATE TABLE categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dimension TEXT NOT NULL CHECK (dimension IN ('grade','region','industry','owner')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_en TEXT,
    name_zh TEXT,
    @SYNC@);
CREATE INDEX categories_dimension ON categories(dimension, name);
INSERT INTO categories (dimension, name)
    SELECT DISTINCT 'region', region FROM customers WHERE region IS NOT NULL AND trim(region) <> ''
    UNION SELECT DISTINCT 'industry', industry FROM customers WHERE industry IS NOT NULL AND trim(industry) <> ''
    UNION SELECT DISTINCT 'owner', owner FROM customers WHERE owner IS NOT NULL AND trim(owner) <> '';
)");
}

} // namespace sb
