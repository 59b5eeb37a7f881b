#include "CustomerCsvImporter.h"

#include "CsvReader.h"
#include "ImportColumns.h"
#include "ImportValues.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>
#include <optional>

namespace sb {

using namespace importvalues;
using namespace importcolumns;

namespace {

constexpr int kProgressEvery = 200;

const char *const kCustomerTextFields[] = {"code", "name", "short_name", "industry", "region", "owner", "tags", "notes"};

bool isBlank(const CsvRecord &record)
{
    for (const QString &f : record.fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// Stored values come back as qlonglong or text; a file cell is never empty here.
bool differs(const QVariant &stored, const QVariant &value)
{
    if (stored.isNull())
        return true;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return stored.toLongLong() != value.toLongLong();
    return stored.toString() != value.toString();
}

// The fields of `wanted` that differ from the columns `query` is positioned on (from column `first`).
QVariantMap changedFields(const QSqlQuery &query, int first, const QStringList &columns, const QVariantMap &wanted)
{
    QVariantMap changes;
    for (int i = 0; i < columns.size(); ++i) {
        const auto it = wanted.constFind(columns.at(i));
        if (it != wanted.cend() && differs(query.value(first + i), it.value()))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

// A validated row that the cache refuses means the workspace itself is in trouble (disk full,
// locked): the import stops and rolls back, rather than leaving a customer without its contact.
QString stop(QString *fatal, const QString &error)
{
    *fatal = error.isEmpty() ? QCoreApplication::translate("sb::CsvImport", "unknown database error") : error;
    return QString();
}

enum class Outcome { Created, Updated, Unchanged, Failed };

// Writes one contact of a customer: the customer's contact with the same name (any case) gets
// the fields that differ, otherwise a new contact is created. When the file does not say
// is_primary, a new contact is primary if the customer has none yet; a contact made primary
// makes the customer's other contacts non-primary (one primary contact per customer).
Outcome upsertContact(Database &db, ChangeWriter &writer, qint64 customerId, QVariantMap person, QString *fatal,
                      bool newCustomer = false)
{
    static const QStringList compared = {QStringLiteral("is_primary"), QStringLiteral("title"),
                                         QStringLiteral("phone"),      QStringLiteral("mobile"),
                                         QStringLiteral("email"),      QStringLiteral("notes")};
    const Entity &contact = entities::contact();
    QSqlQuery &q = db.cached(QStringLiteral("SELECT id, name = ? COLLATE NOCASE AS same, is_primary, title, phone, "
                                            "mobile, email, notes FROM contacts WHERE customer_id = ? "
                                            "AND local_state <> 3 ORDER BY same DESC, id"));
    q.bindValue(0, person.value(QStringLiteral("name")));
    q.bindValue(1, customerId);
    if (!newCustomer && !q.exec()) { // a customer created by this row has no contacts yet
        stop(fatal, describeSqlError(q));
        return Outcome::Failed;
    }
    qint64 match = 0;
    QVariantMap changes;
    QList<qint64> otherPrimaries;
    while (!newCustomer && q.next()) {
        if (match == 0 && q.value(1).toInt() != 0) {
            match = q.value(0).toLongLong();
            changes = changedFields(q, 2, compared, person);
        } else if (q.value(2).toInt() != 0) {
            otherPrimaries << q.value(0).toLongLong();
        }
    }
    q.finish();

    Outcome outcome = Outcome::Unchanged;
    if (match == 0) {
        if (!person.contains(QStringLiteral("is_primary")))
            person.insert(QStringLiteral("is_primary"), otherPrimaries.isEmpty() ? 1 : 0);
        person.insert(QStringLiteral("customer_id"), customerId);
        auto created = writer.create(contact, person);
        if (!created) {
            stop(fatal, created.error());
            return Outcome::Failed;
        }
        outcome = Outcome::Created;
    } else if (!changes.isEmpty()) {
        if (Status s = writer.update(contact, match, changes); !s) {
            stop(fatal, s.error());
            return Outcome::Failed;
        }
        outcome = Outcome::Updated;
    }
    if (person.value(QStringLiteral("is_primary")).toInt() == 1) {
        for (qint64 other : otherPrimaries) {
            if (Status s = writer.update(contact, other, {{QStringLiteral("is_primary"), 0}}); !s) {
                stop(fatal, s.error());
                return Outcome::Failed;
            }
        }
    }
    return outcome;
}

// Fills row.outcome, label and changed, counts it in the report, and returns why the row is
// rejected (or an empty string).
using RowHandler =
    std::function<QString(const CsvRecord &, const Columns &, ImportReport &, ImportRow &row, QString *fatal)>;

// Shared frame of both imports: read, map the header, validate and write each row inside one
// transaction, report. headerCheck returns a fatal message or an empty string. A dry run does
// all of it and rolls the transaction back.
ImportReport runImport(Database &db, QIODevice &csv, const QHash<QString, QString> &aliases,
                       QStringList *warnings, const std::function<QString(const Columns &)> &headerCheck,
                       const RowHandler &handleRow, const std::function<bool(int, int)> &progress, bool dryRun)
{
    ImportReport report;
    report.dryRun = dryRun;
    auto fatal = [](const QString &message) {
        ImportReport failed;
        failed.fatalError = message;
        return failed;
    };
    CsvReader reader;
    if (Status s = reader.read(csv); !s)
        return fatal(s.error());
    const QList<CsvRecord> &records = reader.records();
    if (records.isEmpty())
        return fatal(QCoreApplication::translate("sb::CsvImport", "The file is empty."));
    if (records.first().isRejected())
        return fatal(QCoreApplication::translate("sb::CsvImport", "The first line must name the columns, but "
                                                                  "line %1 cannot be read as a header. %2")
                         .arg(records.first().line)
                         .arg(records.first().problem));
    const Columns cols = mapHeader(records.first().fields, aliases, warnings);
    if (const QString problem = headerCheck(cols); !problem.isEmpty())
        return fatal(problem);

    Transaction tx(db);
    if (!tx.isActive())
        return fatal(QCoreApplication::translate("sb::CsvImport", "Cannot start writing to the workspace: %1")
                         .arg(tx.error()));
    const int total = int(records.size()) - 1;
    QString writeError;
    for (int r = 1; r < records.size(); ++r) {
        if (progress && r % kProgressEvery == 0 && !progress(r - 1, total))
            return fatal(QCoreApplication::translate("sb::CsvImport", "The import was cancelled."));
        const CsvRecord &record = records.at(r);
        if (!record.isRejected() && isBlank(record))
            continue;
        ImportRow row;
        row.line = record.line;
        QString reason;
        if (record.isRejected())
            reason = record.problem;
        else if (record.fields.size() != cols.count)
            reason = QCoreApplication::translate("sb::CsvImport", "This row has %1 columns but the header has %2 "
                                                                  "(a missing quote or an extra delimiter?).")
                         .arg(record.fields.size())
                         .arg(cols.count);
        else
            reason = handleRow(record, cols, report, row, &writeError);
        if (!writeError.isEmpty())
            return fatal(QCoreApplication::translate("sb::CsvImport", "Line %1 could not be saved: %2")
                             .arg(record.line)
                             .arg(writeError));
        if (!reason.isEmpty()) {
            report.rejected.append(ImportProblem{record.line, reason});
            row.outcome = ImportRow::Rejected;
            row.changed.clear();
            row.reason = reason;
        }
        report.rows.append(row);
    }
    if (dryRun)
        return report; // tx rolls back: nothing is written
    if (Status s = tx.commit(); !s)
        return fatal(QCoreApplication::translate("sb::CsvImport", "The import could not be saved: %1").arg(s.error()));
    if (progress)
        progress(total, total);
    return report;
}

} // namespace

QString CustomerCsvImporter::customerFieldForHeader(const QString &header)
{
    return customerAliases().value(normalizeHeader(header));
}

QString CustomerCsvImporter::contactFieldForHeader(const QString &header)
{
    return contactAliases().value(normalizeHeader(header));
}

ImportReport CustomerCsvImporter::importCustomers(QIODevice &csv, const std::function<bool(int, int)> &progress)
{
    m_warnings.clear();
    const Entity &customer = entities::customer();
    const QStringList storedColumns = customer.columns;
    const QStringList contactColumns = {QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
                                        QStringLiteral("email")};
    ChangeWriter writer(m_db);
    QHash<QString, int> codeLines; // code -> line where it first appeared
    QHash<QString, int> nameLines; // name of a row without a code -> line where it first appeared
    bool withContact = false;

    auto headerCheck = [&](const Columns &cols) -> QString {
        if (!cols.has("name"))
            return QCoreApplication::translate("sb::CsvImport",
                                               "The file has no customer name column. The first line must name "
                                               "the columns, for example \"name\" or \"客户名称\".");
        withContact = cols.has("contact_name");
        if (!withContact
            && (cols.has("contact_title") || cols.has("contact_phone") || cols.has("contact_mobile")
                || cols.has("contact_email")))
            m_warnings << QCoreApplication::translate("sb::CsvImport", "Contact columns were ignored because the "
                                                                       "file has no contact name column (联系人).");
        return QString();
    };

    auto handleRow = [&](const CsvRecord &record, const Columns &cols, ImportReport &report, ImportRow &row,
                         QString *fatal) -> QString {
        QVariantMap fields;
        for (const char *f : kCustomerTextFields)
            if (const QString v = cell(record, cols, f); !v.isEmpty())
                fields.insert(QLatin1String(f), v);
        const QString code = fields.value(QStringLiteral("code")).toString();
        const QString name = fields.value(QStringLiteral("name")).toString();
        row.label = QStringList({code, name}).join(QLatin1Char(' ')).trimmed();
        if (!code.isEmpty()) {
            if (const auto seen = codeLines.constFind(code); seen != codeLines.cend())
                return QCoreApplication::translate("sb::CsvImport", "The code %1 already appeared on line %2.")
                    .arg(code)
                    .arg(seen.value());
            codeLines.insert(code, record.line);
        }
        if (name.isEmpty())
            return QCoreApplication::translate("sb::CsvImport", "The customer name is empty.");
        if (code.isEmpty()) {
            // Without a code the name is what finds the customer: a second row with the same
            // name would silently overwrite the first.
            if (const auto seen = nameLines.constFind(name); seen != nameLines.cend())
                return QCoreApplication::translate("sb::CsvImport", "The name \"%1\" without a code already "
                                                                    "appeared on line %2.")
                    .arg(name)
                    .arg(seen.value());
            nameLines.insert(name, record.line);
        }
        if (const QString v = cell(record, cols, "grade"); !v.isEmpty()) {
            const auto grade = parseGrade(v);
            if (!grade)
                return QCoreApplication::translate("sb::CsvImport", "The grade \"%1\" is not one of A, B, C, D.").arg(v);
            fields.insert(QStringLiteral("grade"), *grade);
        }
        if (const QString v = cell(record, cols, "status"); !v.isEmpty()) {
            const auto status = parseCustomerStatus(v);
            if (!status)
                return QCoreApplication::translate("sb::CsvImport", "The status \"%1\" is not one of prospect, "
                                                                    "active, dormant, closed (潜在, 活跃, 休眠, 关闭).")
                    .arg(v);
            fields.insert(QStringLiteral("status"), *status);
        }
        if (const QString v = cell(record, cols, "credit_limit"); !v.isEmpty()) {
            QString why;
            const auto cents = parseMoneyCents(v, &why);
            if (!cents)
                return QCoreApplication::translate("sb::CsvImport", "Credit limit: %1").arg(why);
            fields.insert(QStringLiteral("credit_limit_cents"), QVariant::fromValue<qint64>(*cents));
        }
        if (const QString v = cell(record, cols, "currency"); !v.isEmpty()) {
            const auto currency = parseCurrency(v);
            if (!currency)
                return QCoreApplication::translate("sb::CsvImport", "The currency \"%1\" is not a three-letter "
                                                                    "code such as CNY or USD.")
                    .arg(v);
            fields.insert(QStringLiteral("currency"), *currency);
        }

        QVariantMap person;
        if (withContact) {
            const QString name = cell(record, cols, "contact_name");
            for (const QString &c : contactColumns)
                if (const QString v = cell(record, cols, ("contact_" + c.toLatin1()).constData()); !v.isEmpty())
                    person.insert(c, v);
            if (name.isEmpty() && !person.isEmpty())
                return QCoreApplication::translate("sb::CsvImport", "Contact details are given without a contact name.");
            const QString email = person.value(QStringLiteral("email")).toString();
            if (!email.isEmpty() && !isPlausibleEmail(email))
                return QCoreApplication::translate("sb::CsvImport", "\"%1\" is not an email address.").arg(email);
            if (!name.isEmpty())
                person.insert(QStringLiteral("name"), name);
        }

        // The customer this row is about: by code, or else by exactly this name (not a deleted one).
        qint64 id = 0;
        bool isNew = true;
        QVariantMap changes;
        QSqlQuery &q = code.isEmpty()
            ? m_db.cached(QStringLiteral("SELECT id, local_state, %1 FROM customers WHERE name = ? "
                                         "AND local_state <> 3 LIMIT 2")
                              .arg(storedColumns.join(QLatin1Char(','))))
            : m_db.cached(QStringLiteral("SELECT id, local_state, %1 FROM customers WHERE code = ?")
                              .arg(storedColumns.join(QLatin1Char(','))));
        q.bindValue(0, code.isEmpty() ? name : code);
        if (!q.exec())
            return stop(fatal, describeSqlError(q));
        if (q.next()) {
            if (q.value(1).toInt() == 3) {
                q.finish();
                return QCoreApplication::translate("sb::CsvImport", "The customer with code %1 was deleted "
                                                                    "here and the deletion is not sent yet.")
                    .arg(code);
            }
            id = q.value(0).toLongLong();
            isNew = false;
            changes = changedFields(q, 2, storedColumns, fields);
            const bool several = q.next();
            q.finish();
            if (several)
                return QCoreApplication::translate("sb::CsvImport", "Several customers are named \"%1\"; add a "
                                                                    "code column to say which one this row is.")
                    .arg(name);
            if (!changes.isEmpty()) {
                if (Status s = writer.update(customer, id, changes); !s)
                    return stop(fatal, s.error());
            }
        } else {
            q.finish();
        }
        if (isNew) {
            auto created = writer.create(customer, fields);
            if (!created)
                return stop(fatal, created.error());
            id = created.value();
        }

        Outcome contactOutcome = Outcome::Unchanged;
        if (!person.isEmpty()) {
            contactOutcome = upsertContact(m_db, writer, id, person, fatal, isNew);
            if (contactOutcome == Outcome::Failed)
                return QString();
        }
        // Count only once the row is saved. A contact added to an existing customer changes it.
        row.changed = changes.keys();
        if (contactOutcome == Outcome::Created || contactOutcome == Outcome::Updated)
            row.changed << QStringLiteral("contact");
        if (isNew) {
            row.outcome = ImportRow::Create;
            ++report.created;
        } else if (!row.changed.isEmpty()) {
            row.outcome = ImportRow::Update;
            ++report.updated;
        } else {
            row.outcome = ImportRow::Unchanged;
            ++report.unchanged;
        }
        if (contactOutcome == Outcome::Created)
            ++report.contactsCreated;
        return QString();
    };

    return runImport(m_db, csv, customerAliases(), &m_warnings, headerCheck, handleRow, progress, m_dryRun);
}

ImportReport CustomerCsvImporter::importContacts(QIODevice &csv, const std::function<bool(int, int)> &progress)
{
    m_warnings.clear();
    const QStringList columns = {QStringLiteral("name"),  QStringLiteral("title"), QStringLiteral("phone"),
                                 QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("is_primary"),
                                 QStringLiteral("notes")};
    ChangeWriter writer(m_db);

    auto headerCheck = [&](const Columns &cols) -> QString {
        if (!cols.has("name"))
            return QCoreApplication::translate("sb::CsvImport", "The file has no contact name column, for example "
                                                                "\"name\" or \"姓名\".");
        if (!cols.has("customer_code") && !cols.has("customer_name"))
            return QCoreApplication::translate("sb::CsvImport", "The file has no column naming the customer: "
                                                                "\"customer_code\" (客户编码) or \"customer_name\" "
                                                                "(客户名称).");
        return QString();
    };

    // Returns the customer id, or 0 with *why set.
    auto findCustomer = [&](const CsvRecord &record, const Columns &cols, QString *why, QString *fatal) -> qint64 {
        const QString code = cell(record, cols, "customer_code");
        const QString name = cell(record, cols, "customer_name");
        QSqlQuery *q = nullptr;
        if (!code.isEmpty()) {
            q = &m_db.cached(QStringLiteral("SELECT id FROM customers WHERE code = ? AND local_state <> 3"));
            q->bindValue(0, code);
        } else if (!name.isEmpty()) {
            q = &m_db.cached(QStringLiteral(
                "SELECT id FROM customers WHERE name = ? COLLATE NOCASE AND local_state <> 3 LIMIT 2"));
            q->bindValue(0, name);
        } else {
            *why = QCoreApplication::translate("sb::CsvImport", "The row does not name a customer (code or name).");
            return 0;
        }
        if (!q->exec()) {
            stop(fatal, describeSqlError(*q));
            return 0;
        }
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        const bool several = id != 0 && q->next();
        q->finish();
        if (id == 0)
            *why = !code.isEmpty()
                ? QCoreApplication::translate("sb::CsvImport", "No customer has the code %1.").arg(code)
                : QCoreApplication::translate("sb::CsvImport", "No customer is named \"%1\".").arg(name);
        else if (several)
            *why = QCoreApplication::translate("sb::CsvImport", "Several customers are named \"%1\"; add a customer "
                                                                "code column to tell them apart.")
                       .arg(name);
        return several ? 0 : id;
    };

    auto handleRow = [&](const CsvRecord &record, const Columns &cols, ImportReport &report, ImportRow &row,
                         QString *fatal) -> QString {
        QVariantMap fields;
        for (const QString &c : columns)
            if (const QString v = cell(record, cols, c.toLatin1().constData()); !v.isEmpty())
                fields.insert(c, v);
        const QString customer = cell(record, cols, "customer_code").isEmpty() ? cell(record, cols, "customer_name")
                                                                                : cell(record, cols, "customer_code");
        row.label = QStringList({fields.value(QStringLiteral("name")).toString(), customer})
                        .join(QStringLiteral(" / "));
        if (!fields.contains(QStringLiteral("name")))
            return QCoreApplication::translate("sb::CsvImport", "The contact name is empty.");
        const QString email = fields.value(QStringLiteral("email")).toString();
        if (!email.isEmpty() && !isPlausibleEmail(email))
            return QCoreApplication::translate("sb::CsvImport", "\"%1\" is not an email address.").arg(email);
        if (fields.contains(QStringLiteral("is_primary"))) {
            const QString v = fields.value(QStringLiteral("is_primary")).toString();
            const auto primary = parseYesNo(v);
            if (!primary)
                return QCoreApplication::translate("sb::CsvImport", "\"%1\" is not yes or no (1/0, 是/否).").arg(v);
            fields.insert(QStringLiteral("is_primary"), *primary);
        }
        QString why;
        const qint64 customerId = findCustomer(record, cols, &why, fatal);
        if (customerId == 0)
            return why;

        switch (upsertContact(m_db, writer, customerId, fields, fatal)) {
        case Outcome::Created:
            row.outcome = ImportRow::Create;
            ++report.contactsCreated;
            break;
        case Outcome::Updated:
            row.outcome = ImportRow::Update;
            ++report.updated;
            break;
        case Outcome::Unchanged:
            row.outcome = ImportRow::Unchanged;
            ++report.unchanged;
            break;
        case Outcome::Failed:
            break;
        }
        return QString();
    };

    return runImport(m_db, csv, contactAliases(), &m_warnings, headerCheck, handleRow, progress, m_dryRun);
}

} // namespace sb
