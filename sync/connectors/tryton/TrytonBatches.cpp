// The Tryton connector's batches: many customers, contacts or addresses created in one call,
// many customers, addresses or deals (stage moves too) written in one call (docs/tryton-connector.md, section 3).
// A Tryton call is one transaction: all of a batch is made, or none of it.
#include "TrytonOp.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace sb {

using namespace tryton;

namespace {

constexpr int kCreateBatch = 50; // parties per create call: Tryton makes about 100 a second
constexpr int kWriteBatch = 100;

bool batchesCreates(const QString &entity)
{
    return entity == QLatin1String("customer") || entity == QLatin1String("contact") || entity == QLatin1String("address");
}

bool batchesWrites(const QString &entity)
{
    // Plain writes, and deals whose stage moves press the same buttons for many at once; not
    // contacts (a group of channels each) nor sales and complaints (their own workflows).
    return entity == QLatin1String("customer") || entity == QLatin1String("address") || entity == QLatin1String("opportunity");
}

int partyOf(const BatchItem &item)
{
    return idOf(item.fields.value(QStringLiteral("customer_id")));
}

QString nameOf(const BatchItem &item)
{
    return item.fields.value(QStringLiteral("name")).toString().trimmed();
}

// What content-matched records are the same as: a contact is a party's group of channels with a
// person's name, an address the same street and city of the same party.
QString contentKey(int party, const QString &a, const QString &b = {})
{
    return QStringLiteral("%1\x1f%2\x1f%3").arg(party).arg(a, b);
}

QString addressKey(const BatchItem &item)
{
    return contentKey(partyOf(item), item.fields.value(QStringLiteral("street")).toString(),
                      item.fields.value(QStringLiteral("city")).toString());
}

QJsonArray partiesOf(const QList<BatchItem> &items)
{
    QSet<int> seen;
    QJsonArray parties;
    for (const BatchItem &item : items) {
        const int p = partyOf(item);
        if (p > 0 && !seen.contains(p)) {
            seen.insert(p);
            parties.append(p);
        }
    }
    return parties;
}

QList<int> partyList(const QList<BatchItem> &items)
{
    QList<int> out;
    for (const QJsonValue &v : partiesOf(items))
        out << v.toInt();
    return out;
}

// What each item made, if anything, in one call for the whole batch: the ids in the items'
// order, 0 where nothing was found. The same look-ups as one at a time (findCreated).
void findBatch(Op &op, const Spec &spec, const QList<BatchItem> &items, std::function<void(QList<int>)> next)
{
    const QJsonObject all{{QStringLiteral("active_test"), false}};
    if (spec.entity == QLatin1String("customer")) {
        QJsonArray codes;
        for (const BatchItem &item : items)
            codes.append(keyRef(item.key));
        op.rpc(QStringLiteral("model.party.identifier.search_read"),
               searchReadParams(QJsonArray{QJsonValue(clause(QStringLiteral("code"), QStringLiteral("in"), codes))}, 0, QJsonValue::Null,
                                QJsonArray{QStringLiteral("party"), QStringLiteral("code")}),
               false, [items, next](const QJsonValue &rows) {
                   QHash<QString, int> party; // first party per key, as a search by id would find
                   for (const QJsonValue &v : rows.toArray()) {
                       const QJsonObject o = v.toObject();
                       const int p = o.value(QLatin1String("party")).toInt();
                       const QString key = keyFromRef(str(o, "code"));
                       if (p > 0 && (!party.contains(key) || p < party.value(key)))
                           party.insert(key, p);
                   }
                   QList<int> ids;
                   for (const BatchItem &item : items)
                       ids << party.value(item.key);
                   next(ids);
               },
               all);
    } else if (spec.entity == QLatin1String("contact")) {
        readGroups(op, partyList(items), [items, next](const QList<Group> &groups) {
            QHash<QString, int> anchor;
            for (const Group &g : groups)
                if (!anchor.contains(contentKey(g.party, g.name)))
                    anchor.insert(contentKey(g.party, g.name), g.anchor());
            QList<int> ids;
            for (const BatchItem &item : items)
                ids << anchor.value(contentKey(partyOf(item), nameOf(item)));
            next(ids);
        });
    } else if (spec.entity == QLatin1String("address")) {
        op.rpc(QStringLiteral("model.party.address.search_read"),
               searchReadParams(QJsonArray{QJsonValue(clause(QStringLiteral("party"), QStringLiteral("in"), partiesOf(items)))}, 0, QJsonValue::Null,
                                QJsonArray{QStringLiteral("party"), QStringLiteral("street"), QStringLiteral("city")}),
               false, [items, next](const QJsonValue &rows) {
                   QHash<QString, int> found; // the lowest id, as a search ordered by id would find
                   for (const QJsonValue &v : rows.toArray()) {
                       const QJsonObject o = v.toObject();
                       const QString key = contentKey(o.value(QLatin1String("party")).toInt(), str(o, "street"), str(o, "city"));
                       if (!found.contains(key))
                           found.insert(key, o.value(QLatin1String("id")).toInt());
                   }
                   QList<int> ids;
                   for (const BatchItem &item : items)
                       ids << found.value(addressKey(item));
                   next(ids);
               },
               all);
    } else {
        next(QList<int>(items.size(), 0));
    }
}

// The records of these ids (0: not carried) in one read, in the items' order.
void readBatch(Op &op, const Spec &spec, const QList<BatchItem> &items, const QList<int> &ids,
               std::function<void(QList<RemoteRecord>)> next)
{
    auto inOrder = [ids, next](const QHash<int, RemoteRecord> &byId) {
        QList<RemoteRecord> out;
        for (int id : ids)
            out << (id ? byId.value(id) : RemoteRecord());
        next(out);
    };
    if (spec.entity == QLatin1String("contact")) {
        readGroups(op, partyList(items), [ids, inOrder](const QList<Group> &groups) {
            QHash<int, RemoteRecord> byId;
            for (int id : ids)
                if (const Group *g = id ? groupWithAnchor(groups, id) : nullptr)
                    byId.insert(id, contactRecord(*g));
            inOrder(byId);
        });
        return;
    }
    QJsonArray wanted;
    for (int id : ids)
        if (id)
            wanted.append(id);
    op.rpc(QStringLiteral("model.%1.search_read").arg(spec.model),
           searchReadParams(QJsonArray{QJsonValue(clause(QStringLiteral("id"), QStringLiteral("in"), wanted))}, 0, QJsonValue::Null, spec.fields),
           false, [&op, spec, inOrder](const QJsonValue &rows) {
               QHash<int, RemoteRecord> byId;
               for (const QJsonValue &v : rows.toArray())
                   byId.insert(v.toObject().value(QLatin1String("id")).toInt(), toRecord(spec, v.toObject(), op.lookups()));
               inOrder(byId);
           },
           QJsonObject{{QStringLiteral("active_test"), false}});
}

void finishBatch(Op &op, const QList<RemoteRecord> &records)
{
    RemoteResult r;
    r.records = records;
    op.finish(r);
}

// Presses each button for its records, one call per button, one after the other.
void pressEach(Op &op, const QString &model, QMap<QString, QJsonArray> left, std::function<void()> next)
{
    if (left.isEmpty()) {
        next();
        return;
    }
    const QString button = left.firstKey();
    const QJsonArray records = left.take(button);
    op.rpc(QStringLiteral("model.%1.%2").arg(model, button), QJsonArray{QJsonValue(records)}, true,
           [&op, model, left, next](const QJsonValue &) { pressEach(op, model, left, next); });
}

// Presses the buttons of many records step by step: at each step, one call per button for all
// the records whose path has that button there (Tryton's buttons take lists of records).
void pressInSteps(Op &op, const QString &model, const QList<int> &ids, const QList<QStringList> &paths, int step,
                  std::function<void()> next)
{
    QMap<QString, QJsonArray> byButton;
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (ids.at(i) && step < paths.at(i).size())
            byButton[paths.at(i).at(step)].append(ids.at(i));
    if (byButton.isEmpty()) {
        next();
        return;
    }
    pressEach(op, model, byButton, [&op, model, ids, paths, step, next] { pressInSteps(op, model, ids, paths, step + 1, next); });
}

// One write of every carried item's values (its optimistic lock in the context), then the
// workflow buttons, then the records read back. A stale item fails the whole write (a
// Conflict: the engine sends them one at a time).
void writeBatch(Op &op, const Spec &s, const QList<BatchItem> &items, const QList<int> &ids, const QList<QStringList> &paths)
{
    QJsonArray params; // ids, values, ids, values...: one write, one transaction
    QJsonObject timestamps;
    QJsonArray lostReasons;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int id = ids.at(i);
        if (!id)
            continue;
        QJsonObject values = toTryton(s.entity, items.at(i).fields, op.lookups());
        if (s.entity == QLatin1String("opportunity") && values.contains(QStringLiteral("lost_reason"))
            && paths.at(i).contains(QStringLiteral("lost"))) {
            // Written after the button, as Tryton's client does.
            lostReasons.append(QJsonArray{QJsonValue(id)});
            lostReasons.append(QJsonObject{{QStringLiteral("lost_reason"), values.take(QStringLiteral("lost_reason"))}});
        }
        if (values.isEmpty())
            continue;
        params.append(QJsonArray{QJsonValue(id)});
        params.append(values);
        if (s.lockable) {
            const QJsonObject lock = lockContext(s.model, id, items.at(i).baseVersion).value(QLatin1String("_timestamp")).toObject();
            for (auto it = lock.begin(); it != lock.end(); ++it)
                timestamps.insert(it.key(), it.value());
        }
    }
    auto readBack = [&op, s, items, ids] {
        readBatch(op, s, items, ids, [&op, ids](const QList<RemoteRecord> &records) {
            for (qsizetype i = 0; i < records.size(); ++i)
                if (ids.at(i) && records.at(i).remoteId.isEmpty()) {
                    // Deleted meanwhile: one at a time, each says which.
                    op.fail(RemoteErrorClass::NotFound, Texts::tr("A record of the batch no longer exists in the ERP."));
                    return;
                }
            finishBatch(op, records);
        });
    };
    auto afterButtons = [&op, s, lostReasons, readBack] {
        if (lostReasons.isEmpty()) {
            readBack();
            return;
        }
        op.rpc(QStringLiteral("model.%1.write").arg(s.model), lostReasons, true, [readBack](const QJsonValue &) { readBack(); });
    };
    auto buttons = [&op, s, ids, paths, afterButtons] { pressInSteps(op, s.model, ids, paths, 0, afterButtons); };
    if (params.isEmpty()) {
        buttons();
        return;
    }
    op.rpc(QStringLiteral("model.%1.write").arg(s.model), params, true, [buttons](const QJsonValue &) { buttons(); },
           timestamps.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("_timestamp"), timestamps}});
}

} // namespace

int TrytonConnector::batchLimit(const QString &entity, BatchOp op) const
{
    if (op == BatchOp::Create)
        return batchesCreates(entity) ? kCreateBatch : 0;
    return batchesWrites(entity) ? kWriteBatch : 0;
}

RemoteCall *TrytonConnector::lookupBatch(const QString &entity, const QList<BatchItem> &items)
{
    const Spec *spec = specFor(entity);
    if (!spec || !batchesCreates(entity))
        return Connector::lookupBatch(entity, items);
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, items](Op &op) {
        findBatch(op, s, items, [&op, s, items](const QList<int> &ids) {
            readBatch(op, s, items, ids, [&op, items](QList<RemoteRecord> records) {
                QList<RemoteRecord> found;
                for (qsizetype i = 0; i < records.size(); ++i) {
                    if (records.at(i).remoteId.isEmpty())
                        continue;
                    records[i].idempotencyKey = items.at(i).key;
                    found << records.at(i);
                }
                finishBatch(op, found);
            });
        });
    });
}

// The categories that the batch's customers name and the ERP lacks are made first, one item
// after another (ensureCategories asks nothing when all are there).
static void withCategories(Op &op, const Spec &s, const QList<BatchItem> &items, qsizetype from, std::function<void()> next)
{
    if (s.entity != QLatin1String("customer") || from >= items.size()) {
        next();
        return;
    }
    ensureCategories(op, items.at(from).fields,
                     [&op, s, items, from, next] { withCategories(op, s, items, from + 1, next); });
}

RemoteCall *TrytonConnector::createBatch(const QString &entity, const QList<BatchItem> &items)
{
    const Spec *spec = specFor(entity);
    if (!spec || !batchesCreates(entity))
        return Connector::createBatch(entity, items);
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, items](Op &op) {
        op.setUncertainAfterWrite(true);
        // Looked up first, as one at a time: in one call for the batch.
        withCategories(op, s, items, 0, [&op, s, items] {
        findBatch(op, s, items, [&op, s, items](QList<int> ids) {
            QJsonArray values;   // the records to make
            QList<int> owner;    // per value: its item (contacts: one value per channel)
            QSet<QString> inBatch;
            auto firstInBatch = [&inBatch](const QString &key) {
                if (inBatch.contains(key))
                    return false;
                inBatch.insert(key);
                return true;
            };
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (ids.at(i))
                    continue; // made by an earlier attempt: found, not made again
                const BatchItem &item = items.at(i);
                if (s.entity == QLatin1String("contact")) {
                    // Two new people of one name at one party would be one group: the second
                    // goes alone, after this one, and is matched by its name.
                    if (!firstInBatch(contentKey(partyOf(item), nameOf(item))))
                        continue;
                    for (const char *type : {"phone", "mobile", "email"}) {
                        const QString value = item.fields.value(QString::fromLatin1(type)).toString().trimmed();
                        if (value.isEmpty())
                            continue;
                        values.append(QJsonObject{{QStringLiteral("party"), partyOf(item)}, {QStringLiteral("name"), nameOf(item)},
                                                  {QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("value"), value}});
                        owner << int(i);
                    }
                    continue; // one without channels is not carried: alone, it is refused with its reason
                }
                if (s.entity == QLatin1String("address") && !firstInBatch(addressKey(item)))
                    continue;
                QJsonObject v = toTryton(s.entity, item.fields, op.lookups());
                if (s.entity == QLatin1String("customer"))
                    v = partyCreateValues(v, item.key);
                values.append(v);
                owner << int(i);
            }
            auto readBack = [&op, s, items](const QList<int> &made) {
                readBatch(op, s, items, made, [&op](const QList<RemoteRecord> &records) { finishBatch(op, records); });
            };
            if (values.isEmpty()) {
                readBack(ids);
                return;
            }
            op.rpc(QStringLiteral("model.%1.create").arg(s.model), QJsonArray{QJsonValue(values)}, true,
                   [&op, ids, owner, readBack](const QJsonValue &created) mutable {
                       const QJsonArray a = created.toArray();
                       if (a.size() != owner.size()) {
                           op.fail(RemoteErrorClass::Uncertain, Texts::tr("The ERP's reply to the create could not be read."));
                           return;
                       }
                       for (qsizetype k = 0; k < a.size(); ++k) {
                           const int id = a.at(k).toInt();
                           int &mine = ids[owner.at(k)];
                           mine = mine ? qMin(mine, id) : id; // a contact's anchor: its lowest channel
                       }
                       readBack(ids);
                   });
        });
        });
    });
}

RemoteCall *TrytonConnector::updateBatch(const QString &entity, const QList<BatchItem> &items)
{
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable || !batchesWrites(entity))
        return Connector::updateBatch(entity, items);
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, items](Op &op) {
        // Stage moves first read the deals' states, all in one call: a move Tryton's workflow
        // cannot make is left out of the batch and goes alone, to be refused with its reason.
        QJsonArray staged;
        for (const BatchItem &item : items)
            if (item.fields.contains(QStringLiteral("stage")))
                staged.append(item.remoteId.toInt());
        auto withStates = [&op, s, items](const QHash<int, QString> &states) {
            QList<int> ids;            // per item; 0: not carried
            QList<QStringList> paths;  // per item: the buttons to press
            for (const BatchItem &item : items) {
                const int id = item.remoteId.toInt();
                QStringList path;
                if (item.fields.contains(QStringLiteral("stage"))) {
                    const QString from = states.value(id);
                    const QString target = TrytonConnector::opportunityStateFor(item.fields.value(QStringLiteral("stage")).toString());
                    path = opportunityPath(from, target);
                    if (from.isEmpty()
                        || (path.isEmpty() && from != target && !(from == QLatin1String("won") && target == QLatin1String("converted")))) {
                        ids << 0;
                        paths << QStringList();
                        continue;
                    }
                }
                ids << id;
                paths << path;
            }
            withCategories(op, s, items, 0, [&op, s, items, ids, paths] { writeBatch(op, s, items, ids, paths); });
        };
        if (staged.isEmpty()) {
            withStates({});
            return;
        }
        op.rpc(QStringLiteral("model.%1.read").arg(s.model), QJsonArray{staged, QJsonArray{QJsonValue(QStringLiteral("state"))}}, false,
               [withStates](const QJsonValue &rows) {
                   QHash<int, QString> states;
                   for (const QJsonValue &v : rows.toArray())
                       states.insert(v.toObject().value(QLatin1String("id")).toInt(), str(v.toObject(), "state"));
                   withStates(states);
               });
    });
}

} // namespace sb
