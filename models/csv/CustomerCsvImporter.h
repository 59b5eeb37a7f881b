#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace sb {

class Database;

struct ImportProblem {
    int line = 0;   // line of the file where the rejected record starts (the header is line 1)
    QString reason; // translated, for a person
};

// What the import does (or, in a dry run, would do) with one row of the file.
struct ImportRow {
    enum Outcome { Create, Update, Unchanged, Rejected };
    int line = 0;         // where the row starts in the file (the header is line 1)
    Outcome outcome = Rejected;
    QString label;        // code and name of the record, for a person
    QStringList changed;  // Update: the fields that change ("grade", "contact")
    QString reason;       // Rejected: why, translated
};

struct ImportReport {
    int created = 0;         // customers created (customer import only)
    int updated = 0;         // existing records changed: customers, or contacts in a contact import
    int unchanged = 0;       // rows that matched an existing record exactly: nothing was queued
    int contactsCreated = 0; // contacts created by either import
    QList<ImportProblem> rejected;
    QList<ImportRow> rows;   // every non-blank row after the header, in file order
    bool dryRun = false;     // true: nothing was written; the counts say what an import would do
    QString fatalError;      // set: nothing was imported
    bool ok() const { return fatalError.isEmpty(); }
};

// Imports customer and contact lists people keep in Excel. Every row is validated; a bad row
// is reported and skipped while the good ones are imported. All writes go through ChangeWriter
// (one outbox entry per change) inside one transaction, so an import is all-or-nothing on a
// crash and fast for large files. A valid row the cache still refuses (disk full, locked file)
// stops the import as a fatal error and rolls back every row: nothing is half-imported.
class CustomerCsvImporter {
public:
    explicit CustomerCsvImporter(Database &db) : m_db(db) {}

    // A dry run validates and matches every row exactly as an import does, inside a transaction
    // that is rolled back: the preview is computed by the same code as the import, so what a
    // person is shown before importing is what the import then does (unless the data changes
    // in between).
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    // Columns are matched by header in English or Chinese, case-insensitively: code/编码/客户编码,
    // name/名称/客户名称/公司名称 (required), short_name/简称, grade/等级 (A-D), industry/行业,
    // region/区域/地区, owner/负责人/销售, status/状态 (prospect active dormant closed or
    // 潜在 活跃 休眠 关闭), tags/标签, credit_limit/信用额度 ("1,000,000.50", "100万"),
    // currency/币种, notes/备注, and a primary contact: contact_name/联系人, contact_title/职务,
    // contact_phone/电话, contact_mobile/手机, contact_email/邮箱.
    // A row whose code exists updates that customer: non-empty cells that differ are written,
    // empty cells keep the stored value. A row without a code updates the one customer with
    // exactly that name (so importing a file again does not duplicate it), and is refused when
    // several have it; otherwise it creates a customer.
    // A contact whose name the customer already has is updated instead of added twice.
    ImportReport importCustomers(QIODevice &csv, const std::function<bool(int done, int total)> &progress = {});

    // Columns: customer_code/客户编码 or customer_name/客户名称 (to find the customer), name/姓名
    // (required), title/职务, phone/电话, mobile/手机, email/邮箱, is_primary/主联系人
    // (1/0, yes/no, 是/否), notes/备注. A customer's contact with the same name is updated;
    // a new primary contact makes the customer's other contacts non-primary.
    ImportReport importContacts(QIODevice &csv, const std::function<bool(int done, int total)> &progress = {});

    // About the header of the last import: unknown or repeated columns, ignored contact columns.
    QStringList headerWarnings() const { return m_warnings; }

    // The field a header names ("客户名称" -> "name"), or an empty string: for a column preview.
    static QString customerFieldForHeader(const QString &header);
    static QString contactFieldForHeader(const QString &header);

private:
    Database &m_db;
    QStringList m_warnings;
    bool m_dryRun = false;
};

} // namespace sb
