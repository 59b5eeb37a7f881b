#include "TrytonMapping.h"

#include "TrytonContacts.h"

#include "TrytonConnector.h"

#include <QDateTime>

#include <cmath>

namespace sb {
namespace tryton {

QString keyRef(const QString &key)
{
    return QStringLiteral("SB-") + key;
}

QString keyFromRef(const QString &reference)
{
    return reference.startsWith(QLatin1String("SB-")) ? reference.mid(3) : QString();
}

int idOf(const QVariant &remoteId)
{
    return remoteId.toString().toInt();
}

QJsonValue idOrNull(const QVariant &remoteId)
{
    const int id = idOf(remoteId);
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

QVariant refId(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QVariant(QString::number(v.toInteger())) : QVariant();
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QString idText(const QJsonObject &o)
{
    return QString::number(o.value(QLatin1String("id")).toInteger());
}

// The version of a Tryton record: its _timestamp, which write() also checks. On SQLite Tryton
// counts _timestamp in whole seconds, so an edit made in the same second as the version the
// cache holds would look unchanged and never be pulled: the microseconds of the row's write (else
// create) date follow after a '#' (lockContext sends the _timestamp alone). On PostgreSQL the
// _timestamp has its fraction already and is taken as it is.
QString versionOf(const QJsonObject &o)
{
    const QJsonValue ts = o.value(QLatin1String("_timestamp"));
    if (ts.isString()) {
        QString version = ts.toString();
        if (version.contains(QLatin1Char('.')))
            return version;
        QJsonValue when = o.value(QLatin1String("write_date"));
        if (!when.isObject())
            when = o.value(QLatin1String("create_date"));
        if (when.isObject())
            version += QLatin1Char('#') + QString::number(when.toObject().value(QLatin1String("microsecond")).toInt());
        return version;
    }
    return tryton::fromJson(o.value(QLatin1String("write_date"))).toString() + QLatin1Char('/')
        + tryton::fromJson(o.value(QLatin1String("create_date"))).toString();
}

QString modifiedOf(const QJsonObject &o)
{
    const QString w = tryton::fromJson(o.value(QLatin1String("write_date"))).toString();
    return w.isEmpty() ? tryton::fromJson(o.value(QLatin1String("create_date"))).toString() : w;
}

QJsonArray deltaClause(const QString &since)
{
    const QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
    const QJsonObject dt = tryton::datetimeValue(t.isValid() ? t : QDateTime::fromString(since, Qt::ISODate));
    return QJsonArray{QStringLiteral("OR"), QJsonArray{QStringLiteral("write_date"), QStringLiteral(">="), dt},
                      QJsonArray{QStringLiteral("create_date"), QStringLiteral(">="), dt}};
}

QJsonArray clause(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

QJsonArray toIntArray(const QStringList &ids)
{
    QJsonArray a;
    for (const QString &id : ids)
        a.append(id.toInt());
    return a;
}


// The spec's domain, without the company's own parties (its party and its employees').
QJsonArray domainOf(const Spec &spec, const TrytonConnector::Lookups &lk)
{
    QJsonArray d = spec.domain;
    if (!spec.partyField.isEmpty() && !lk.internalParties.isEmpty())
        d.append(QJsonArray{spec.partyField, QStringLiteral("not in"), lk.internalParties});
    if (!lk.scopeOwner.isEmpty() && (!spec.partyField.isEmpty() || spec.entity == QLatin1String("activity"))) {
        // One rep's scope: the parties in that rep's "Sales rep" category (none when it has none).
        const int owner = lk.categories.find(QStringLiteral("owner"), lk.scopeOwner);
        if (spec.entity == QLatin1String("activity"))
            d.append(QJsonArray{QStringLiteral("resource.categories"), QStringLiteral("="), owner ? owner : -1, QStringLiteral("party.party")});
        else
            d.append(QJsonArray{spec.partyField == QLatin1String("id") ? QStringLiteral("categories") : spec.partyField + QStringLiteral(".categories"),
                                QStringLiteral("="), owner ? owner : -1});
    }
    if (spec.entity == QLatin1String("activity") && !lk.internalParties.isEmpty()) {
        QJsonArray resources;
        for (const QJsonValue &p : lk.internalParties)
            resources.append(partyResource(p.toInt()));
        d.append(QJsonArray{QStringLiteral("resource"), QStringLiteral("not in"), resources});
    }
    return d;
}

QJsonArray fieldList(std::initializer_list<const char *> names)
{
    QJsonArray a{QStringLiteral("_timestamp"), QStringLiteral("create_date"), QStringLiteral("write_date")};
    for (const char *n : names)
        a.append(QString::fromLatin1(n));
    return a;
}

static QJsonArray activeParty(const char *field)
{
    // Records of archived customers would point at a customer the cache no longer has.
    return clause(QString::fromLatin1(field) + QStringLiteral(".active"), QStringLiteral("="), true);
}

const QList<Spec> &specs()
{
    static const QList<Spec> list = [] {
        QList<Spec> s;
        s << Spec{QStringLiteral("customer"), QStringLiteral("party.party"),
                  fieldList({"name", "code", "categories", "credit_limit_amount"}), {}, {}, true, true, QStringLiteral("id")};
        // The lists of grades, regions, industries and owners: read whole with the lookups.
        s << Spec{QStringLiteral("category"), QStringLiteral("party.category"), fieldList({"name", "parent"}), {}, {}, false, false};
        s << Spec{QStringLiteral("contact"), QStringLiteral("party.contact_mechanism"),
                  mechanismFields(), QJsonArray{QJsonValue(activeParty("party"))}, {}, true, false, QStringLiteral("party")};
        s << Spec{QStringLiteral("address"), QStringLiteral("party.address"),
                  fieldList({"party", "street", "city", "postal_code", "country", "invoice", "delivery"}),
                  QJsonArray{QJsonValue(activeParty("party"))}, {}, true, true, QStringLiteral("party")};
        s << Spec{QStringLiteral("product"), QStringLiteral("product.product"),
                  fieldList({"code", "name", "list_price", "cost_price", "active", "default_uom", "sale_uom", "type"}), {},
                  QJsonObject{{QStringLiteral("active_test"), false}}, false, false};
        s << Spec{QStringLiteral("warehouse"), QStringLiteral("stock.location"), fieldList({"code", "name"}),
                  QJsonArray{QJsonValue(clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("warehouse")))}, {}, false, false};
        s << Spec{QStringLiteral("stock_level"), QStringLiteral("product.product"),
                  QJsonArray{QStringLiteral("quantity"), QStringLiteral("forecast_quantity")},
                  QJsonArray{QJsonValue(clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("goods")))},
                  QJsonObject{{QStringLiteral("active_test"), false}}, false, false};
        s << Spec{QStringLiteral("opportunity"), QStringLiteral("sale.opportunity"),
                  fieldList({"number", "description", "party", "amount", "conversion_probability", "state", "lost_reason", "reference",
                             "comment"}),
                  QJsonArray{clause(QStringLiteral("party"), QStringLiteral("!="), QJsonValue::Null), activeParty("party")}, {}, true, true, QStringLiteral("party")};
        s << Spec{QStringLiteral("quote"), QStringLiteral("sale.sale"),
                  fieldList({"number", "party", "origin", "state", "untaxed_amount", "total_amount", "reference", "description",
                             "currency"}),
                  QJsonArray{QJsonValue(activeParty("party"))}, {}, true, true, QStringLiteral("party")};
        s << Spec{QStringLiteral("quote_line"), QStringLiteral("sale.line"),
                  fieldList({"sale", "sequence", "product", "description", "quantity", "unit_price", "amount"}),
                  QJsonArray{clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("line")),
                             activeParty("sale.party")},
                  {}, true, false, QStringLiteral("sale.party")};
        const QJsonArray confirmed{QStringLiteral("OR"),
                                   clause(QStringLiteral("state"), QStringLiteral("in"),
                                          QJsonArray{QStringLiteral("confirmed"), QStringLiteral("processing"), QStringLiteral("done")}),
                                   QJsonArray{clause(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("cancelled")),
                                              clause(QStringLiteral("sale_date"), QStringLiteral("!="), QJsonValue::Null)}};
        s << Spec{QStringLiteral("order"), QStringLiteral("sale.sale"),
                  fieldList({"number", "party", "state", "sale_date", "shipping_date", "untaxed_amount", "tax_amount",
                             "total_amount", "shipment_state", "invoice_state", "currency", "reference", "shipment_address",
                             "invoice_address", "payment_term"}),
                  QJsonArray{confirmed, activeParty("party")}, {}, true, false, QStringLiteral("party")};
        QJsonArray lineConfirmed;
        lineConfirmed.append(clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("line")));
        lineConfirmed.append(clause(QStringLiteral("sale.state"), QStringLiteral("in"),
                                    QJsonArray{QStringLiteral("confirmed"), QStringLiteral("processing"), QStringLiteral("done")}));
        lineConfirmed.append(activeParty("sale.party"));
        s << Spec{QStringLiteral("order_line"), QStringLiteral("sale.line"),
                  fieldList({"sale", "sequence", "product", "description", "quantity", "move_done", "unit_price", "amount"}),
                  lineConfirmed, {}, true, false, QStringLiteral("sale.party")};
        s << Spec{QStringLiteral("shipment"), QStringLiteral("stock.shipment.out"),
                  fieldList({"number", "customer", "warehouse", "state", "planned_date", "effective_date", "reference"}),
                  QJsonArray{QJsonValue(activeParty("customer"))}, {}, false, false, QStringLiteral("customer")};
        s << Spec{QStringLiteral("invoice"), QStringLiteral("account.invoice"),
                  fieldList({"number", "party", "state", "invoice_date", "total_amount", "amount_to_pay", "reconciled",
                             "currency", "sales", "payment_term_date"}),
                  QJsonArray{clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("out")), activeParty("party")}, {},
                  false, false, QStringLiteral("party")};
        s << Spec{QStringLiteral("ticket"), QStringLiteral("sale.complaint"),
                  fieldList({"number", "reference", "customer", "state", "description", "type", "date"}),
                  QJsonArray{QJsonValue(activeParty("customer"))}, {}, true, true, QStringLiteral("customer")};
        // The timeline: notes on active customers (the company's own parties excluded in domainOf).
        s << Spec{QStringLiteral("activity"), QStringLiteral("ir.note"), fieldList({"resource", "message", "create_uid.login"}),
                  QJsonArray{clause(QStringLiteral("resource"), QStringLiteral("like"), QStringLiteral("party.party,%")),
                             QJsonArray{QStringLiteral("resource.active"), QStringLiteral("="), true, QStringLiteral("party.party")}},
                  {}, true, true};
        return s;
    }();
    return list;
}

const Spec *specFor(const QString &entity)
{
    for (const Spec &s : specs())
        if (s.entity == entity)
            return &s;
    return nullptr;
}

static QString shipmentState(const QString &s)
{
    return s == QLatin1String("done") ? QStringLiteral("shipped") : s;
}

static QString invoiceState(const QString &s)
{
    if (s == QLatin1String("validated"))
        return QStringLiteral("draft");
    return s;
}

static QString orderInvoiceState(const QString &s)
{
    return s; // none, waiting, paid, exception: the same words
}

// Tryton record -> the cache's fields (references as remote ids). Empty remoteId: skip it.
RemoteRecord toRecord(const Spec &spec, const QJsonObject &o, TrytonConnector::Lookups &lk)
{
    RemoteRecord r;
    r.remoteId = idText(o);
    r.version = versionOf(o);
    r.modifiedAt = modifiedOf(o);
    QVariantMap &f = r.fields;
    const QString e = spec.entity;
    if (e == QLatin1String("customer")) {
        f.insert(QStringLiteral("name"), str(o, "name"));
        f.insert(QStringLiteral("code"), str(o, "code").isEmpty() ? QVariant() : QVariant(str(o, "code")));
        customerFileFields(o, lk.categories, f);
    } else if (e == QLatin1String("activity")) {
        activityFields(o, f);
    } else if (e == QLatin1String("address")) {
        f.insert(QStringLiteral("customer_id"), refId(o, "party"));
        f.insert(QStringLiteral("street"), tryton::fromJson(o.value(QLatin1String("street"))));
        f.insert(QStringLiteral("city"), tryton::fromJson(o.value(QLatin1String("city"))));
        f.insert(QStringLiteral("postal_code"), tryton::fromJson(o.value(QLatin1String("postal_code"))));
        const int country = o.value(QLatin1String("country")).toInt();
        f.insert(QStringLiteral("country"), country ? QVariant(lk.countryCode.value(country)) : QVariant());
        const bool invoice = o.value(QLatin1String("invoice")).toVariant().toBool();
        const bool delivery = o.value(QLatin1String("delivery")).toVariant().toBool();
        f.insert(QStringLiteral("kind"), invoice && !delivery ? QStringLiteral("billing")
                                         : delivery && !invoice ? QStringLiteral("shipping")
                                                                : QStringLiteral("office"));
    } else if (e == QLatin1String("product")) {
        const QString code = str(o, "code");
        f.insert(QStringLiteral("code"), code.isEmpty() ? QStringLiteral("ERP-%1").arg(r.remoteId) : code);
        f.insert(QStringLiteral("name"), str(o, "name"));
        f.insert(QStringLiteral("list_price_cents"), tryton::centsOf(o.value(QLatin1String("list_price"))));
        f.insert(QStringLiteral("cost_cents"), tryton::centsOf(o.value(QLatin1String("cost_price"))));
        f.insert(QStringLiteral("active"), o.value(QLatin1String("active")).toVariant().toBool() ? 1 : 0);
        const int unit = o.value(QLatin1String("sale_uom")).toInt() ? o.value(QLatin1String("sale_uom")).toInt()
                                                                    : o.value(QLatin1String("default_uom")).toInt();
        lk.productUnit.insert(r.remoteId.toInt(), unit);
    } else if (e == QLatin1String("warehouse")) {
        const QString code = str(o, "code");
        f.insert(QStringLiteral("code"), code.isEmpty() ? QStringLiteral("WH-%1").arg(r.remoteId) : code);
        f.insert(QStringLiteral("name"), str(o, "name"));
    } else if (e == QLatin1String("opportunity")) {
        const QString title = str(o, "description");
        f.insert(QStringLiteral("title"), title.isEmpty() ? Texts::tr("Opportunity %1").arg(str(o, "number")) : title);
        f.insert(QStringLiteral("customer_id"), refId(o, "party"));
        f.insert(QStringLiteral("amount_cents"), tryton::centsOf(o.value(QLatin1String("amount"))));
        f.insert(QStringLiteral("probability"), int(std::lround(o.value(QLatin1String("conversion_probability")).toDouble() * 100)));
        f.insert(QStringLiteral("stage"), TrytonConnector::stageFor(str(o, "state")));
        f.insert(QStringLiteral("lost_reason"), tryton::fromJson(o.value(QLatin1String("lost_reason"))));
        // Tryton's description is the deal's title; its comment is what the record calls description.
        f.insert(QStringLiteral("description"), tryton::fromJson(o.value(QLatin1String("comment"))));
        r.idempotencyKey = keyFromRef(str(o, "reference"));
    } else if (e == QLatin1String("quote")) {
        f.insert(QStringLiteral("number"), tryton::fromJson(o.value(QLatin1String("number"))));
        f.insert(QStringLiteral("customer_id"), refId(o, "party"));
        const QString origin = str(o, "origin");
        f.insert(QStringLiteral("opportunity_id"), origin.startsWith(QLatin1String("sale.opportunity,"))
                                                       ? QVariant(origin.section(QLatin1Char(','), 1)) : QVariant());
        f.insert(QStringLiteral("state"), TrytonConnector::quoteStateFor(str(o, "state")));
        f.insert(QStringLiteral("subtotal_cents"), tryton::centsOf(o.value(QLatin1String("untaxed_amount"))));
        f.insert(QStringLiteral("total_cents"), tryton::centsOf(o.value(QLatin1String("total_amount"))));
        f.insert(QStringLiteral("notes"), tryton::fromJson(o.value(QLatin1String("description"))));
        if (const QString cur = lk.currencyCode.value(o.value(QLatin1String("currency")).toInt()); !cur.isEmpty())
            f.insert(QStringLiteral("currency"), cur);
        r.idempotencyKey = keyFromRef(str(o, "reference"));
    } else if (e == QLatin1String("quote_line") || e == QLatin1String("order_line")) {
        const bool quote = e == QLatin1String("quote_line");
        f.insert(quote ? QStringLiteral("quote_id") : QStringLiteral("order_id"), refId(o, "sale"));
        f.insert(QStringLiteral("position"), o.value(QLatin1String("sequence")).toInt());
        f.insert(QStringLiteral("product_id"), refId(o, "product"));
        f.insert(QStringLiteral("description"), tryton::fromJson(o.value(QLatin1String("description"))));
        const double qty = o.value(QLatin1String("quantity")).toDouble();
        f.insert(QStringLiteral("quantity"), qty > 0 ? qty : 1.0);
        f.insert(QStringLiteral("unit_price_cents"), tryton::centsOf(o.value(QLatin1String("unit_price"))));
        f.insert(QStringLiteral("line_total_cents"), tryton::centsOf(o.value(QLatin1String("amount"))));
        if (quote)
            f.insert(QStringLiteral("discount_pct"), 0.0); // Tryton has no line discount: it is in the price
        else
            // Tryton says whether a line's moves are done, not how much of it left: all or nothing.
            f.insert(QStringLiteral("shipped_quantity"), o.value(QLatin1String("move_done")).toVariant().toBool() ? qty : 0.0);
    } else if (e == QLatin1String("order")) {
        f.insert(QStringLiteral("number"), tryton::fromJson(o.value(QLatin1String("number"))));
        f.insert(QStringLiteral("customer_id"), refId(o, "party"));
        f.insert(QStringLiteral("quote_id"), r.remoteId); // the same sale was the quote
        f.insert(QStringLiteral("state"), str(o, "state"));
        f.insert(QStringLiteral("order_date"), tryton::fromJson(o.value(QLatin1String("sale_date"))));
        f.insert(QStringLiteral("promised_date"), tryton::fromJson(o.value(QLatin1String("shipping_date"))));
        f.insert(QStringLiteral("untaxed_cents"), tryton::centsOf(o.value(QLatin1String("untaxed_amount"))));
        f.insert(QStringLiteral("tax_cents"), tryton::centsOf(o.value(QLatin1String("tax_amount"))));
        f.insert(QStringLiteral("total_cents"), tryton::centsOf(o.value(QLatin1String("total_amount"))));
        f.insert(QStringLiteral("shipment_state"), str(o, "shipment_state"));
        f.insert(QStringLiteral("invoice_state"), orderInvoiceState(str(o, "invoice_state")));
        if (const QString cur = lk.currencyCode.value(o.value(QLatin1String("currency")).toInt()); !cur.isEmpty())
            f.insert(QStringLiteral("currency"), cur);
        // The sale's reference is the customer's PO once the handoff wrote it (before, it may be
        // the outbox key this app left to find its own create).
        const QString reference = str(o, "reference");
        f.insert(QStringLiteral("customer_po"), reference.isEmpty() || !keyFromRef(reference).isEmpty() ? QVariant() : reference);
        f.insert(QStringLiteral("requested_date"), tryton::fromJson(o.value(QLatin1String("shipping_date"))));
        f.insert(QStringLiteral("ship_to_address_id"), refId(o, "shipment_address"));
        f.insert(QStringLiteral("invoice_address_id"), refId(o, "invoice_address"));
        const QString terms = lk.paymentTerm.value(o.value(QLatin1String("payment_term")).toInt());
        f.insert(QStringLiteral("payment_terms"), terms.isEmpty() ? QVariant() : terms);
    } else if (e == QLatin1String("shipment")) {
        f.insert(QStringLiteral("number"), tryton::fromJson(o.value(QLatin1String("number"))));
        f.insert(QStringLiteral("customer_id"), refId(o, "customer"));
        f.insert(QStringLiteral("warehouse_id"), refId(o, "warehouse"));
        f.insert(QStringLiteral("state"), shipmentState(str(o, "state")));
        f.insert(QStringLiteral("planned_date"), tryton::fromJson(o.value(QLatin1String("planned_date"))));
        f.insert(QStringLiteral("effective_date"), tryton::fromJson(o.value(QLatin1String("effective_date"))));
        f.insert(QStringLiteral("order_id"), o.value(QLatin1String("sb_sale")).isDouble()
                                                 ? QVariant(QString::number(o.value(QLatin1String("sb_sale")).toInteger())) : QVariant());
    } else if (e == QLatin1String("ticket")) {
        // A complaint's description: its first line is the ticket's subject, the rest its text.
        const QString text = str(o, "description").trimmed();
        const QString subject = text.section(QLatin1Char('\n'), 0, 0).trimmed().left(200);
        const QString rest = text.section(QLatin1Char('\n'), 1).trimmed();
        f.insert(QStringLiteral("number"), tryton::fromJson(o.value(QLatin1String("number"))));
        f.insert(QStringLiteral("customer_id"), refId(o, "customer"));
        f.insert(QStringLiteral("subject"), subject.isEmpty() ? Texts::tr("Complaint %1").arg(str(o, "number")) : subject);
        f.insert(QStringLiteral("description"), rest.isEmpty() ? QVariant() : QVariant(rest));
        f.insert(QStringLiteral("status"), TrytonConnector::ticketStatusFor(str(o, "state")));
        const QString type = lk.complaintType.value(o.value(QLatin1String("type")).toInt());
        f.insert(QStringLiteral("queue"), type.isEmpty() ? QVariant() : QVariant(type));
        r.idempotencyKey = keyFromRef(str(o, "reference"));
    } else if (e == QLatin1String("invoice")) {
        f.insert(QStringLiteral("number"), tryton::fromJson(o.value(QLatin1String("number"))));
        f.insert(QStringLiteral("customer_id"), refId(o, "party"));
        const QJsonArray sales = o.value(QLatin1String("sales")).toArray();
        f.insert(QStringLiteral("order_id"), sales.isEmpty() ? QVariant() : QVariant(QString::number(sales.first().toInteger())));
        f.insert(QStringLiteral("state"), invoiceState(str(o, "state")));
        f.insert(QStringLiteral("invoice_date"), tryton::fromJson(o.value(QLatin1String("invoice_date"))));
        f.insert(QStringLiteral("due_date"), tryton::fromJson(o.value(QLatin1String("payment_term_date"))));
        f.insert(QStringLiteral("total_cents"), tryton::centsOf(o.value(QLatin1String("total_amount"))));
        f.insert(QStringLiteral("amount_to_pay_cents"), tryton::centsOf(o.value(QLatin1String("amount_to_pay"))));
        f.insert(QStringLiteral("paid_at"), tryton::fromJson(o.value(QLatin1String("reconciled"))));
        if (const QString cur = lk.currencyCode.value(o.value(QLatin1String("currency")).toInt()); !cur.isEmpty())
            f.insert(QStringLiteral("currency"), cur);
    }
    return r;
}

// Sorting by id: the default order of a model can join another table (a mechanism sorts by its
// party's name), which made listing 20,000 ids take a second.
QJsonArray byId()
{
    return QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")})};
}

unsigned lookupsFor(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return Lookups::InternalParties | Lookups::PartyKeys | Lookups::Categories;
    if (entity == QLatin1String("category"))
        return Lookups::Categories;
    if (entity == QLatin1String("activity"))
        return Lookups::InternalParties;
    if (entity == QLatin1String("contact"))
        return Lookups::InternalParties;
    if (entity == QLatin1String("address"))
        return Lookups::InternalParties | Lookups::Countries;
    if (entity == QLatin1String("order"))
        return Lookups::All | Lookups::PaymentTerms;
    return Lookups::All;
}

QJsonArray searchReadParams(const QJsonArray &domain, int offset, const QJsonValue &limit, const QJsonArray &fields)
{
    return QJsonArray{domain, offset, limit, QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")})}, fields};
}

// Local fields -> Tryton values for a write or a create (only the fields given).
QJsonObject toTryton(const QString &entity, const QVariantMap &f, TrytonConnector::Lookups &lk)
{
    QJsonObject v;
    auto has = [&f](const char *k) { return f.contains(QLatin1String(k)); };
    if (entity == QLatin1String("customer")) {
        if (has("name"))
            v.insert(QStringLiteral("name"), f.value(QStringLiteral("name")).toString());
        if (has("code") && !f.value(QStringLiteral("code")).toString().isEmpty())
            v.insert(QStringLiteral("code"), f.value(QStringLiteral("code")).toString());
        customerFileValues(f, lk.categories, v);
    } else if (entity == QLatin1String("activity")) {
        // Notes keep the whole entry in their text: create and update pass every field.
        if (has("customer_id"))
            v.insert(QStringLiteral("resource"), partyResource(f.value(QStringLiteral("customer_id"))));
        v.insert(QStringLiteral("message"), noteMessage(f));
    } else if (entity == QLatin1String("address")) {
        if (has("customer_id"))
            v.insert(QStringLiteral("party"), idOrNull(f.value(QStringLiteral("customer_id"))));
        for (const char *k : {"street", "city", "postal_code"})
            if (has(k))
                v.insert(QString::fromLatin1(k), textOrNull(f.value(QString::fromLatin1(k))));
        if (has("country")) {
            const QString c = f.value(QStringLiteral("country")).toString().trimmed();
            const int id = lk.countryByKey.value(c.toUpper(), lk.countryByKey.value(c.toLower()));
            if (id)
                v.insert(QStringLiteral("country"), id);
            else if (c.isEmpty())
                v.insert(QStringLiteral("country"), QJsonValue::Null);
        }
        if (has("kind")) {
            const QString k = f.value(QStringLiteral("kind")).toString();
            v.insert(QStringLiteral("invoice"), k == QLatin1String("billing"));
            v.insert(QStringLiteral("delivery"), k == QLatin1String("shipping"));
        }
    } else if (entity == QLatin1String("opportunity")) {
        if (has("title"))
            v.insert(QStringLiteral("description"), f.value(QStringLiteral("title")).toString());
        if (has("customer_id"))
            v.insert(QStringLiteral("party"), idOrNull(f.value(QStringLiteral("customer_id"))));
        if (has("amount_cents"))
            v.insert(QStringLiteral("amount"), tryton::decimalValue(f.value(QStringLiteral("amount_cents")).toLongLong()));
        if (has("probability"))
            v.insert(QStringLiteral("conversion_probability"), qBound(0, f.value(QStringLiteral("probability")).toInt(), 100) / 100.0);
        if (has("lost_reason"))
            v.insert(QStringLiteral("lost_reason"), textOrNull(f.value(QStringLiteral("lost_reason"))));
        if (has("description"))
            v.insert(QStringLiteral("comment"), textOrNull(f.value(QStringLiteral("description"))));
    } else if (entity == QLatin1String("quote")) {
        if (has("customer_id"))
            v.insert(QStringLiteral("party"), idOrNull(f.value(QStringLiteral("customer_id"))));
        if (has("currency")) // left out when the ERP has no such currency: the write refuses it (TrytonWrites)
            for (auto it = lk.currencyCode.cbegin(); it != lk.currencyCode.cend(); ++it)
                if (it.value().compare(f.value(QStringLiteral("currency")).toString(), Qt::CaseInsensitive) == 0)
                    v.insert(QStringLiteral("currency"), it.key());
        if (has("notes"))
            v.insert(QStringLiteral("description"), textOrNull(f.value(QStringLiteral("notes")).toString().section(QLatin1Char('\n'), 0, 0)));
        if (has("opportunity_id") && idOf(f.value(QStringLiteral("opportunity_id"))) > 0)
            v.insert(QStringLiteral("origin"), QStringLiteral("sale.opportunity,%1").arg(idOf(f.value(QStringLiteral("opportunity_id")))));
    } else if (entity == QLatin1String("ticket")) {
        if (has("customer_id"))
            v.insert(QStringLiteral("customer"), idOrNull(f.value(QStringLiteral("customer_id"))));
        if (has("subject") || has("description")) {
            const QString subject = f.value(QStringLiteral("subject")).toString().trimmed();
            const QString text = f.value(QStringLiteral("description")).toString().trimmed();
            v.insert(QStringLiteral("description"), text.isEmpty() ? subject : subject + QStringLiteral("\n\n") + text);
        }
    } else if (entity == QLatin1String("quote_line")) {
        if (has("quote_id"))
            v.insert(QStringLiteral("sale"), idOrNull(f.value(QStringLiteral("quote_id"))));
        if (has("position"))
            v.insert(QStringLiteral("sequence"), f.value(QStringLiteral("position")).toInt());
        if (has("product_id")) {
            v.insert(QStringLiteral("product"), idOrNull(f.value(QStringLiteral("product_id"))));
            if (const int unit = lk.productUnit.value(idOf(f.value(QStringLiteral("product_id")))))
                v.insert(QStringLiteral("unit"), unit);
        }
        if (has("description"))
            v.insert(QStringLiteral("description"), textOrNull(f.value(QStringLiteral("description"))));
        if (has("quantity"))
            v.insert(QStringLiteral("quantity"), f.value(QStringLiteral("quantity")).toDouble());
        if (has("unit_price_cents") || has("discount_pct")) {
            // No line discounts in Tryton: the discount goes into the unit price.
            const double price = f.value(QStringLiteral("unit_price_cents")).toDouble();
            const double discount = f.value(QStringLiteral("discount_pct")).toDouble();
            v.insert(QStringLiteral("unit_price"), tryton::decimalValue(std::llround(price * (100.0 - discount) / 100.0)));
        }
    }
    return v;
}


} // namespace tryton

// --- vocabularies ------------------------------------------------------------------------------

QString TrytonConnector::opportunityStateFor(const QString &stage)
{
    if (stage == QLatin1String("lead"))
        return QStringLiteral("lead");
    if (stage == QLatin1String("qualified") || stage == QLatin1String("proposal"))
        return QStringLiteral("opportunity");
    if (stage == QLatin1String("negotiation"))
        return QStringLiteral("converted");
    if (stage == QLatin1String("won"))
        return QStringLiteral("converted"); // "won" follows in Tryton when its sale is confirmed
    if (stage == QLatin1String("lost"))
        return QStringLiteral("lost");
    return stage;
}

QString TrytonConnector::stageFor(const QString &s)
{
    if (s == QLatin1String("opportunity"))
        return QStringLiteral("qualified");
    if (s == QLatin1String("converted"))
        return QStringLiteral("negotiation");
    if (s == QLatin1String("won"))
        return QStringLiteral("won");
    if (s == QLatin1String("lost") || s == QLatin1String("cancelled"))
        return QStringLiteral("lost");
    return QStringLiteral("lead");
}

QString TrytonConnector::saleStateFor(const QString &q)
{
    if (q == QLatin1String("sent") || q == QLatin1String("accepted"))
        return QStringLiteral("quotation");
    if (q == QLatin1String("ordered"))
        return QStringLiteral("confirmed");
    if (q == QLatin1String("rejected"))
        return QStringLiteral("cancelled"); // a rejected quote is dead: its sale is cancelled
    return QStringLiteral("draft"); // draft, pending_approval, approved: internal steps
}

QString TrytonConnector::quoteStateFor(const QString &s)
{
    if (s == QLatin1String("quotation"))
        return QStringLiteral("sent");
    if (s == QLatin1String("confirmed") || s == QLatin1String("processing") || s == QLatin1String("done"))
        return QStringLiteral("ordered");
    if (s == QLatin1String("cancelled"))
        return QStringLiteral("rejected");
    return QStringLiteral("draft");
}

QString TrytonConnector::complaintStateFor(const QString &status)
{
    if (status == QLatin1String("open") || status == QLatin1String("stalled"))
        return QStringLiteral("waiting");
    if (status == QLatin1String("resolved"))
        return QStringLiteral("done");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("rejected");
    return QStringLiteral("draft");
}

QString TrytonConnector::ticketStatusFor(const QString &s)
{
    if (s == QLatin1String("waiting") || s == QLatin1String("approved"))
        return QStringLiteral("open");
    if (s == QLatin1String("done"))
        return QStringLiteral("resolved");
    if (s == QLatin1String("rejected") || s == QLatin1String("cancelled"))
        return QStringLiteral("rejected");
    return QStringLiteral("new");
}

} // namespace sb
