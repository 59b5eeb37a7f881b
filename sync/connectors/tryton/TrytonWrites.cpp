// The Tryton connector's writes: lookups by key, creates, updates, deletions.
#include "TrytonOp.h"

#include <QSet>

namespace sb {

using tryton::Reply;
using tryton::Request;
using tryton::Session;
using namespace tryton; // the mapping (TrytonMapping.h) and Op (TrytonOp.h)

namespace {

// Reads one record of a plain model as the cache's fields.
void readOne(Op &op, const Spec &spec, int id, std::function<void(const RemoteRecord &)> next)
{
    if (spec.entity == QLatin1String("contact")) {
        op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{QJsonValue(id)}, QJsonArray{QJsonValue(QStringLiteral("party"))}}, false,
               [&op, id, next](const QJsonValue &rows) {
                   const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                   readGroups(op, {party}, [&op, id, next](const QList<Group> &groups) {
                       const Group *g = groupWithAnchor(groups, id);
                       if (!g) {
                           op.fail(RemoteErrorClass::NotFound, Texts::tr("The contact no longer exists in the ERP."));
                           return;
                       }
                       next(contactRecord(*g));
                   });
               });
        return;
    }
    QJsonArray domain{clause(QStringLiteral("id"), QStringLiteral("="), id)};
    op.rpc(QStringLiteral("model.%1.search_read").arg(spec.model), searchReadParams(domain, 0, 1, spec.fields), false,
           [&op, spec, next](const QJsonValue &rows) {
               const QJsonArray a = rows.toArray();
               if (a.isEmpty()) {
                   op.fail(RemoteErrorClass::NotFound, Texts::tr("The record no longer exists in the ERP."));
                   return;
               }
               next(toRecord(spec, a.first().toObject(), op.lookups()));
           },
           QJsonObject{{QStringLiteral("active_test"), false}});
}

void finishWith(Op &op, const Spec &spec, int id)
{
    readOne(op, spec, id, [&op](const RemoteRecord &rec) {
        RemoteResult r;
        r.record = rec;
        r.found = true;
        op.finish(r);
    });
}

// Runs workflow buttons one after the other on one record.
void pressButtons(Op &op, const QString &model, int id, QStringList buttons, std::function<void()> next)
{
    if (buttons.isEmpty()) {
        next();
        return;
    }
    const QString button = buttons.takeFirst();
    op.rpc(QStringLiteral("model.%1.%2").arg(model, button), QJsonArray{QJsonValue(QJsonArray{QJsonValue(id)})}, true,
           [&op, model, id, buttons, next](const QJsonValue &) { pressButtons(op, model, id, buttons, next); });
}

// A quote in a currency the ERP does not have is refused, never made in the company's currency.
bool currencyKnown(Op &op, const QString &entity, const QVariantMap &fields, const QJsonObject &values)
{
    if (entity != QLatin1String("quote") || !fields.contains(QStringLiteral("currency")) || values.contains(QStringLiteral("currency")))
        return true;
    op.fail(RemoteErrorClass::Permanent, Texts::tr("The ERP has no currency %1: ask its administrator to add it, or quote in another currency.")
                                             .arg(fields.value(QStringLiteral("currency")).toString()));
    return false;
}

} // namespace

QJsonObject tryton::lockContext(const QString &model, int id, const QString &version)
{
    if (version.isEmpty() || version.contains(QLatin1Char('/')) || version.contains(QLatin1Char(':')))
        return {};
    // Without the microseconds versionOf adds: Tryton compares its own _timestamp.
    return QJsonObject{{QStringLiteral("_timestamp"), QJsonObject{{QStringLiteral("%1,%2").arg(model).arg(id), version.section(QLatin1Char('#'), 0, 0)}}}};
}

QJsonObject tryton::partyCreateValues(QJsonObject values, const QString &key)
{
    values.insert(QStringLiteral("identifiers"),
                  QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"), QJsonArray{QJsonValue(QJsonObject{{QStringLiteral("code"), keyRef(key)}})}})});
    return values;
}

namespace {

QString readOnlyMessage(const QString &entity)
{
    Q_UNUSED(entity)
    return Texts::tr("This information is kept in the ERP; change it there.");
}

// Grade, region, industry and owner name categories: those the ERP lacks are made first.
void withCategories(Op &op, const QString &entity, const QVariantMap &fields, std::function<void()> next)
{
    if (entity == QLatin1String("customer"))
        ensureCategories(op, fields, std::move(next));
    else
        next();
}

} // namespace

std::optional<QJsonObject> tryton::complaintValues(Op &op, const QVariantMap &ticket, const QString &key)
{
    // A complaint needs a type: the first one (the ERP's administrator orders them).
    if (!op.lookups().defaultComplaintType) {
        op.fail(RemoteErrorClass::Permanent, Texts::tr("The ERP has no complaint types: ask its administrator to add one."));
        return std::nullopt;
    }
    QJsonObject values = toTryton(QStringLiteral("ticket"), ticket, op.lookups());
    values.insert(QStringLiteral("type"), op.lookups().defaultComplaintType);
    values.insert(QStringLiteral("reference"), keyRef(key));
    return values;
}

namespace {

// The first address of a customer, for a sale's invoice and shipment address.
void firstAddress(Op &op, int party, std::function<void(int)> next)
{
    op.rpc(QStringLiteral("model.party.address.search"),
           QJsonArray{QJsonArray{QJsonValue(clause(QStringLiteral("party"), QStringLiteral("="), party))}, 0, 1,
                      QJsonArray{QJsonArray{QStringLiteral("sequence"), QStringLiteral("ASC")}, QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}}},
           false, [next](const QJsonValue &ids) {
               const QJsonArray a = ids.toArray();
               next(a.isEmpty() ? 0 : a.first().toInt());
           });
}

// Reads a record's workflow state and hands it on.
void withState(Op &op, const QString &model, int id, std::function<void(const QString &state)> next)
{
    op.rpc(QStringLiteral("model.%1.read").arg(model), QJsonArray{QJsonArray{QJsonValue(id)}, QJsonArray{QJsonValue(QStringLiteral("state"))}}, false,
           [next](const QJsonValue &rows) { next(str(rows.toArray().at(0).toObject(), "state")); });
}

// After a create or an update: bring the record to the state the cache asks for.
void completeState(Op &op, const QString &entity, int id, const QVariantMap &fields, std::function<void()> next)
{
    if (entity == QLatin1String("opportunity") && fields.contains(QStringLiteral("stage"))) {
        const QString target = TrytonConnector::opportunityStateFor(fields.value(QStringLiteral("stage")).toString());
        withState(op, QStringLiteral("sale.opportunity"), id, [&op, id, target, fields, next](const QString &from) {
            const QStringList path = opportunityPath(from, target);
            if (path.isEmpty() && from != target && !(from == QLatin1String("won") && target == QLatin1String("converted"))) {
                op.fail(RemoteErrorClass::Permanent,
                        Texts::tr("In the ERP this deal already has a quote (state \"%1\"): cancel or confirm that quote there.").arg(from));
                return;
            }
            pressButtons(op, QStringLiteral("sale.opportunity"), id, path, [&op, id, target, fields, next] {
                // "lost" clears nothing, but the reason is written after the button, as Tryton's client does.
                if (target == QLatin1String("lost") && fields.contains(QStringLiteral("lost_reason"))) {
                    op.rpc(QStringLiteral("model.sale.opportunity.write"),
                           QJsonArray{QJsonArray{QJsonValue(id)}, QJsonObject{{QStringLiteral("lost_reason"),
                                                                   textOrNull(fields.value(QStringLiteral("lost_reason")))}}},
                           true, [next](const QJsonValue &) { next(); });
                    return;
                }
                next();
            });
        });
        return;
    }
    if (entity == QLatin1String("ticket") && fields.contains(QStringLiteral("status"))) {
        const QString target = TrytonConnector::complaintStateFor(fields.value(QStringLiteral("status")).toString());
        withState(op, QStringLiteral("sale.complaint"), id, [&op, id, target, next](const QString &from) {
            pressButtons(op, QStringLiteral("sale.complaint"), id, complaintPath(from, target), next);
        });
        return;
    }
    if (entity == QLatin1String("quote") && fields.contains(QStringLiteral("state"))) {
        const QString target = TrytonConnector::saleStateFor(fields.value(QStringLiteral("state")).toString());
        withState(op, QStringLiteral("sale.sale"), id, [&op, id, target, next](const QString &from) {
            pressButtons(op, QStringLiteral("sale.sale"), id, salePath(from, target), next);
        });
        return;
    }
    next();
}

} // namespace

RemoteCall *TrytonConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields)
{
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable)
        return new Op(m_session, m_lookups, [entity](Op &op) {
            RemoteResult r;
            r.found = false;
            op.finish(r);
        });
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, idempotencyKey, fields](Op &op) {
        op.setUncertainAfterWrite(true);
        findCreated(op, s.entity, idempotencyKey, fields, [&op, s, fields](int id) {
            if (!id) {
                RemoteResult r;
                op.finish(r);
                return;
            }
            // Found: finish what the first attempt may have left half done (a workflow step).
            completeState(op, s.entity, id, fields, [&op, s, id] { finishWith(op, s, id); });
        });
    });
}

RemoteCall *TrytonConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    const Spec *spec = specFor(entity);
    // An order is made in the ERP by confirming its quote (the command quote.confirm), never created.
    if (!spec || !spec->writable || entity == QLatin1String("order") || entity == QLatin1String("order_line"))
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, fields, idempotencyKey](Op &op) {
        op.setUncertainAfterWrite(true);
        const QString e = s.entity;
        // Looked up first, always: a create that went through before its reply was lost is
        // finished instead of made twice.
        // The categories a customer names are made first where the ERP lacks them.
        withCategories(op, e, fields, [&op, s, e, fields, idempotencyKey] {
        findCreated(op, e, idempotencyKey, fields, [&op, s, e, fields, idempotencyKey](int existing) {
            if (existing) {
                completeState(op, e, existing, fields, [&op, s, existing] { finishWith(op, s, existing); });
                return;
            }
            auto createWith = [&op, s, e, fields](QJsonObject values) {
                op.rpc(QStringLiteral("model.%1.create").arg(s.model), QJsonArray{QJsonValue(QJsonArray{QJsonValue(values)})}, true,
                       [&op, s, e, fields](const QJsonValue &ids) {
                           const int id = ids.toArray().at(0).toInt();
                           if (id <= 0) {
                               op.fail(RemoteErrorClass::Uncertain, Texts::tr("The ERP's reply to the create could not be read."));
                               return;
                           }
                           completeState(op, e, id, fields, [&op, s, id] { finishWith(op, s, id); });
                       });
            };
            if (e == QLatin1String("contact")) {
                const int party = idOf(fields.value(QStringLiteral("customer_id")));
                const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
                QJsonArray mechanisms;
                for (const char *type : {"phone", "mobile", "email"}) {
                    const QString value = fields.value(QString::fromLatin1(type)).toString().trimmed();
                    if (!value.isEmpty())
                        mechanisms.append(QJsonObject{{QStringLiteral("party"), party}, {QStringLiteral("name"), name},
                                                      {QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("value"), value}});
                }
                if (mechanisms.isEmpty()) {
                    op.fail(RemoteErrorClass::Permanent, Texts::tr("The ERP keeps contacts as phone numbers and e-mail addresses: add one."));
                    return;
                }
                op.rpc(QStringLiteral("model.party.contact_mechanism.create"), QJsonArray{QJsonValue(mechanisms)}, true,
                       [&op, s](const QJsonValue &ids) {
                           int anchor = 0;
                           for (const QJsonValue &v : ids.toArray())
                               anchor = anchor ? qMin(anchor, v.toInt()) : v.toInt();
                           finishWith(op, s, anchor);
                       });
                return;
            }
            QJsonObject values = toTryton(e, fields, op.lookups());
            if (!currencyKnown(op, e, fields, values))
                return;
            if (e == QLatin1String("customer")) {
                createWith(partyCreateValues(values, idempotencyKey));
            } else if (e == QLatin1String("opportunity")) {
                values.insert(QStringLiteral("reference"), keyRef(idempotencyKey));
                createWith(values);
            } else if (e == QLatin1String("ticket")) {
                if (const auto complaint = complaintValues(op, fields, idempotencyKey))
                    createWith(*complaint);
            } else if (e == QLatin1String("quote")) {
                values.insert(QStringLiteral("reference"), keyRef(idempotencyKey));
                // Over RPC nothing fills the addresses the way Tryton's own client does: quote() needs them.
                firstAddress(op, values.value(QStringLiteral("party")).toInt(), [createWith, values](int address) mutable {
                    if (address) {
                        values.insert(QStringLiteral("invoice_address"), address);
                        values.insert(QStringLiteral("shipment_address"), address);
                    }
                    createWith(values);
                });
            } else if (e == QLatin1String("quote_line")) {
                values.insert(QStringLiteral("type"), QStringLiteral("line"));
                if (!values.contains(QStringLiteral("unit")) && values.value(QStringLiteral("product")).isDouble()) {
                    const int product = values.value(QStringLiteral("product")).toInt();
                    op.rpc(QStringLiteral("model.product.product.read"),
                           QJsonArray{QJsonArray{QJsonValue(product)}, QJsonArray{QStringLiteral("sale_uom"), QStringLiteral("default_uom")}}, false,
                           [createWith, values](const QJsonValue &rows) mutable {
                               const QJsonObject p = rows.toArray().at(0).toObject();
                               const int unit = p.value(QLatin1String("sale_uom")).toInt() ? p.value(QLatin1String("sale_uom")).toInt()
                                                                                           : p.value(QLatin1String("default_uom")).toInt();
                               if (unit)
                                   values.insert(QStringLiteral("unit"), unit);
                               createWith(values);
                           });
                    return;
                }
                createWith(values);
            } else {
                createWith(values);
            }
        });
        });
    });
}

RemoteCall *TrytonConnector::update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                                    const QString &baseVersion, const QString &idempotencyKey)
{
    Q_UNUSED(idempotencyKey) // writes are idempotent: the same values again change nothing
    const Spec *spec = specFor(entity);
    if (!spec)
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    const int id = remoteId.toInt();
    return new Op(m_session, m_lookups, [s, id, fields, baseVersion](Op &op) {
        const QString e = s.entity;
        if (!s.writable) {
            // Pull-only records: nothing of a local edit can go; say so on the record.
            op.fail(RemoteErrorClass::Permanent, readOnlyMessage(e));
            return;
        }
        if (e == QLatin1String("order") || e == QLatin1String("order_line")) {
            // The ERP owns orders; local notes stay local. Acknowledge with the ERP's version.
            finishWith(op, s, id);
            return;
        }
        auto afterWrite = [&op, s, e, id, fields] {
            completeState(op, e, id, fields, [&op, s, id] { finishWith(op, s, id); });
        };
        if (e == QLatin1String("contact")) {
            // Rewrite the group: one mechanism per channel, the person's name on each.
            op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{QJsonValue(id)}, QJsonArray{QJsonValue(QStringLiteral("party"))}},
                   false, [&op, s, id, fields](const QJsonValue &rows) {
                       if (rows.toArray().isEmpty()) {
                           op.fail(RemoteErrorClass::NotFound, Texts::tr("The contact no longer exists in the ERP."));
                           return;
                       }
                       const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                       readGroups(op, {party}, [&op, s, id, party, fields](const QList<Group> &groups) {
                           const Group *g = groupWithAnchor(groups, id);
                           if (!g) {
                               op.fail(RemoteErrorClass::NotFound, Texts::tr("The contact no longer exists in the ERP."));
                               return;
                           }
                           const QString name = fields.contains(QStringLiteral("name")) ? fields.value(QStringLiteral("name")).toString().trimmed() : g->name;
                           QJsonArray writes; // [ids, values, ids, values...]
                           QJsonArray creates;
                           QJsonArray deletes;
                           for (const char *type : {"phone", "mobile", "email"}) {
                               const QString key = QString::fromLatin1(type);
                               const QJsonObject current = g->first(type);
                               if (!fields.contains(key)) {
                                   if (!current.isEmpty() && name != g->name) {
                                       writes.append(QJsonArray{QJsonValue(current.value(QLatin1String("id")))});
                                       writes.append(QJsonObject{{QStringLiteral("name"), name}});
                                   }
                                   continue;
                               }
                               const QString value = fields.value(key).toString().trimmed();
                               if (current.isEmpty() && !value.isEmpty())
                                   creates.append(QJsonObject{{QStringLiteral("party"), party}, {QStringLiteral("name"), name},
                                                              {QStringLiteral("type"), key}, {QStringLiteral("value"), value}});
                               else if (!current.isEmpty() && value.isEmpty() && current.value(QLatin1String("id")).toInt() != id)
                                   deletes.append(current.value(QLatin1String("id")));
                               else if (!current.isEmpty()) {
                                   writes.append(QJsonArray{QJsonValue(current.value(QLatin1String("id")))});
                                   writes.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
                               }
                           }
                           auto doDeletes = [&op, s, id, deletes] {
                               if (deletes.isEmpty()) {
                                   finishWith(op, s, id);
                                   return;
                               }
                               op.rpc(QStringLiteral("model.party.contact_mechanism.delete"), QJsonArray{QJsonValue(deletes)}, true,
                                      [&op, s, id](const QJsonValue &) { finishWith(op, s, id); });
                           };
                           auto doCreates = [&op, creates, doDeletes] {
                               if (creates.isEmpty()) {
                                   doDeletes();
                                   return;
                               }
                               op.rpc(QStringLiteral("model.party.contact_mechanism.create"), QJsonArray{QJsonValue(creates)}, true,
                                      [doDeletes](const QJsonValue &) { doDeletes(); });
                           };
                           if (writes.isEmpty()) {
                               doCreates();
                               return;
                           }
                           QJsonArray params = writes;
                           op.rpc(QStringLiteral("model.party.contact_mechanism.write"), params, true,
                                  [doCreates](const QJsonValue &) { doCreates(); });
                       });
                   });
            return;
        }
        if (e == QLatin1String("activity")) {
            // A note is one text: the entry as Tryton has it, with these fields changed.
            readOne(op, s, id, [&op, s, id, fields, baseVersion, afterWrite](const RemoteRecord &current) {
                QVariantMap whole = current.fields;
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    whole.insert(it.key(), it.value());
                writeValues(op, s, id, toTryton(s.entity, whole, op.lookups()), baseVersion, afterWrite);
            });
            return;
        }
        withCategories(op, e, fields, [&op, s, e, id, fields, baseVersion, afterWrite] {
            const QJsonObject values = toTryton(e, fields, op.lookups());
            if (!currencyKnown(op, e, fields, values))
                return;
            writeValues(op, s, id, values, baseVersion, afterWrite);
        });
    });
}

void tryton::writeValues(Op &op, const Spec &s, int id, const QJsonObject &values, const QString &baseVersion,
                         std::function<void()> afterWrite)
{
    {
        if (values.isEmpty()) {
            afterWrite();
            return;
        }
        op.rpcReply(QStringLiteral("model.%1.write").arg(s.model), QJsonArray{QJsonArray{QJsonValue(id)}, values}, true,
                    [&op, s, id, afterWrite](const Reply &reply) {
                        if (reply.error == RemoteErrorClass::Conflict) {
                            // Changed in Tryton since our base: hand the engine the current record to merge.
                            readOne(op, s, id, [&op, reply](const RemoteRecord &current) {
                                RemoteResult r;
                                r.error = RemoteErrorClass::Conflict;
                                r.message = reply.message;
                                r.record = current;
                                op.finish(r);
                            });
                            return;
                        }
                        if (!reply.ok()) {
                            op.failWith(reply);
                            return;
                        }
                        afterWrite();
                    },
                    s.lockable ? lockContext(s.model, id, baseVersion) : QJsonObject());
    }
}

RemoteCall *TrytonConnector::remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey)
{
    Q_UNUSED(idempotencyKey)
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable || entity == QLatin1String("order") || entity == QLatin1String("order_line"))
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    const int id = remoteId.toInt();
    return new Op(m_session, m_lookups, [s, id](Op &op) {
        auto done = [&op](const QJsonValue &) {
            RemoteResult r;
            op.finish(r);
        };
        const QString e = s.entity;
        if (e == QLatin1String("customer") || e == QLatin1String("address")) {
            // Customers and addresses have history (sales, invoices): archived, as Tryton's own client does.
            op.rpc(QStringLiteral("model.%1.write").arg(s.model),
                   QJsonArray{QJsonArray{QJsonValue(id)}, QJsonObject{{QStringLiteral("active"), false}}}, true, done);
        } else if (e == QLatin1String("contact")) {
            op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{QJsonValue(id)}, QJsonArray{QJsonValue(QStringLiteral("party"))}},
                   false, [&op, id, done](const QJsonValue &rows) {
                       const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                       readGroups(op, {party}, [&op, id, done](const QList<Group> &groups) {
                           const Group *g = groupWithAnchor(groups, id);
                           QJsonArray ids;
                           if (g)
                               for (const QJsonObject &m : g->members)
                                   ids.append(m.value(QLatin1String("id")));
                           if (ids.isEmpty()) {
                               done(QJsonValue());
                               return;
                           }
                           op.rpc(QStringLiteral("model.party.contact_mechanism.delete"), QJsonArray{QJsonValue(ids)}, true, done);
                       });
                   });
        } else if (e == QLatin1String("quote")) {
            // A sale is deleted only once cancelled.
            op.rpc(QStringLiteral("model.sale.sale.cancel"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(id)})}, true, [&op, id, done](const QJsonValue &) {
                op.rpc(QStringLiteral("model.sale.sale.delete"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(id)})}, true, done);
            });
        } else {
            op.rpc(QStringLiteral("model.%1.delete").arg(s.model), QJsonArray{QJsonValue(QJsonArray{QJsonValue(id)})}, true, done);
        }
    });
}

} // namespace sb

namespace sb {

RemoteCall *TrytonConnector::command(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                                     const QString &idempotencyKey)
{
    if (entity == QLatin1String("ticket") && name == QLatin1String("escalate"))
        return escalate(remoteId, args, idempotencyKey);
    if (entity != QLatin1String("quote") || name != QLatin1String("confirm"))
        return Connector::command(entity, remoteId, name, args, idempotencyKey);
    const int sale = remoteId.toInt();
    const Spec s = *specFor(entity);
    return new Op(m_session, m_lookups, [s, sale, args](Op &op) {
        op.setUncertainAfterWrite(true);
        if (sale <= 0) {
            op.fail(RemoteErrorClass::Permanent, Texts::tr("An order reaches the ERP from its quote; this quote is not in the ERP."));
            return;
        }
        // The order's terms first, while the sale takes them; then the confirmation. Tryton has
        // no key for a button press: the sale's state is what says whether it went.
        writeHandoffTerms(op, sale, args, [&op, s, sale] {
            completeState(op, s.entity, sale, {{QStringLiteral("state"), QStringLiteral("ordered")}},
                          [&op, s, sale] { finishWith(op, s, sale); });
        });
    });
}

RemoteCall *TrytonConnector::lookupCommand(const QString &entity, const QString &remoteId, const QString &name,
                                           const QVariantMap &args, const QString &idempotencyKey)
{
    if (entity == QLatin1String("ticket") && name == QLatin1String("escalate"))
        return lookupEscalation(idempotencyKey);
    if (entity != QLatin1String("quote") || name != QLatin1String("confirm"))
        return Connector::lookupCommand(entity, remoteId, name, args, idempotencyKey);
    const int sale = remoteId.toInt();
    const Spec s = *specFor(entity);
    return new Op(m_session, m_lookups, [s, sale](Op &op) {
        withState(op, s.model, sale, [&op, s, sale](const QString &state) {
            if (state == QLatin1String("draft") || state == QLatin1String("quotation")) {
                op.finish(RemoteResult()); // not confirmed yet: the command goes again
                return;
            }
            finishWith(op, s, sale);
        });
    });
}

RemoteCall *TrytonConnector::testConnection()
{
    return new Op(m_session, m_lookups, [](Op &op) {
        op.rpc(QStringLiteral("model.party.party.search_count"), QJsonArray{QJsonValue(QJsonArray())}, false, [&op](const QJsonValue &count) {
            RemoteResult r;
            r.message = Texts::tr("the ERP holds %n party record(s).", nullptr, int(count.toInteger()));
            op.finish(r);
        });
    });
}

} // namespace sb
