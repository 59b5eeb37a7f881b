#include "RecordApplier.h"

#include "ForeignKeys.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"

#include <QSqlQuery>

namespace sb {

// A page of pulled records: what the page's records need from the cache, asked once per page.

Status RecordApplier::beginPage(const Entity &entity, const QList<RemoteRecord> &records)
{
    auto held = heldIds(entity);
    if (!held)
        return Status::fail(held.error()); // without it a newer version could not replace a held one
    m_heldIds = held.value();
    m_unindexed.clear();
    m_db.setSearchIndexDeferred(true);
    m_pageNow = Database::nowUtc();
    m_pageIds.clear();
    // The local ids of the page's records and of their parents, in one query per table instead
    // of one per record (a first sync finds none; later ones mostly all).
    QHash<QString, QSet<QString>> wanted; // table -> remote ids
    for (const RemoteRecord &r : records) {
        wanted[entity.table].insert(r.remoteId);
        for (const ForeignKey &fk : foreignKeys(entity.name)) {
            const QVariant v = r.fields.value(fk.field);
            if (!v.isNull() && v.typeId() != QMetaType::QVariantMap) // a reference to another system: resolved alone
                if (const Entity *parent = entities::byName(fk.parentEntity))
                    wanted[parent->table].insert(v.toString());
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        QByteArray list = "[";
        QHash<QString, qint64> &known = m_pageIds[it.key()];
        for (const QString &id : it.value()) {
            known.insert(id, 0);
            if (list.size() > 1)
                list += ',';
            appendJsonString(list, id);
        }
        list += ']';
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT remote_id, id FROM %1 WHERE remote_system = ? AND remote_id IN "
                                                  "(SELECT value FROM json_each(?))").arg(it.key()));
        q.bindValue(0, m_system);
        q.bindValue(1, QString::fromUtf8(list));
        if (!q.exec()) {
            m_pageIds.clear(); // looked up one by one instead
            return Status::ok();
        }
        while (q.next())
            known.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    // The page's records this system knows as links of another system's records.
    m_pageLinked.clear();
    QByteArray list = "[";
    for (const RemoteRecord &r : records) {
        if (list.size() > 1)
            list += ',';
        appendJsonString(list, r.remoteId);
    }
    list += ']';
    QSqlQuery &l = m_db.cached(QStringLiteral("SELECT remote_id FROM id_map WHERE system = ? AND entity = ? AND remote_id IN "
                                              "(SELECT value FROM json_each(?))"));
    l.bindValue(0, m_system);
    l.bindValue(1, entity.name);
    l.bindValue(2, QString::fromUtf8(list));
    if (!l.exec())
        return Status::fail(describeSqlError(l));
    while (l.next())
        m_pageLinked.insert(l.value(0).toString());
    m_pageLinkedKnown = true;
    // Our own creates among the page's records that carry an idempotency key (most of a
    // calendar's items), in one query instead of one per record.
    m_pageCreates.clear();
    QByteArray keys = "[";
    for (const RemoteRecord &r : records) {
        if (r.idempotencyKey.isEmpty())
            continue;
        if (keys.size() > 1)
            keys += ',';
        appendJsonString(keys, r.idempotencyKey);
    }
    keys += ']';
    if (keys.size() > 2) {
        QSqlQuery &k = m_db.cached(QStringLiteral("SELECT idempotency_key, id, record_id FROM outbox WHERE entity = ? AND op = 'create' "
                                                  "AND idempotency_key IN (SELECT value FROM json_each(?))"));
        k.bindValue(0, entity.name);
        k.bindValue(1, QString::fromUtf8(keys));
        if (!k.exec())
            return Status::fail(describeSqlError(k));
        while (k.next())
            if (!m_pageCreates.contains(k.value(0).toString()))
                m_pageCreates.insert(k.value(0).toString(), {k.value(1).toLongLong(), k.value(2).toLongLong()});
    }
    m_pageCreatesKnown = true;
    // Codes looked up stay known from page to page of the same table (a pull's pages follow
    // one another): another table's pages start afresh.
    if (m_codesTable != entity.table)
        m_pageCodes.clear();
    m_codesTable = entity.table;
    m_pageTable = entity.table;
    return Status::ok();
}

Status RecordApplier::endPage()
{
    m_pageCreates.clear();
    m_pageCreatesKnown = false;
    m_pageTable.clear();
    m_heldIds.clear();
    m_pageLinked.clear();
    m_pageLinkedKnown = false;
    const Status s = indexPending();
    m_db.setSearchIndexDeferred(false);
    m_pageNow.clear();
    m_pageIds.clear();
    return s;
}

void RecordApplier::abandonPage()
{
    m_pageCreates.clear();
    m_pageCreatesKnown = false;
    m_pageTable.clear();
    m_pageCodes.clear();
    m_codesTable.clear();
    m_heldIds.clear();
    m_pageLinked.clear();
    m_pageLinkedKnown = false;
    m_unindexed.clear();
    m_db.setSearchIndexDeferred(false);
    m_pageNow.clear();
    m_pageIds.clear();
}

Status RecordApplier::indexPending()
{
    for (auto it = m_unindexed.cbegin(); it != m_unindexed.cend(); ++it)
        if (Status s = m_db.indexForSearch(it.key(), QList<qint64>(it.value().cbegin(), it.value().cend())); !s)
            return s;
    m_unindexed.clear();
    return Status::ok();
}

Status RecordApplier::indexBeforeChanging(const Entity &entity, qint64 localId)
{
    const auto it = m_unindexed.constFind(entity.table);
    return it != m_unindexed.cend() && it->contains(localId) ? indexPending() : Status::ok();
}

void RecordApplier::forgetLookups()
{
    m_pageCodes.clear();
    m_codesTable.clear();
}

} // namespace sb
