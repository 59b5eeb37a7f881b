// RecordApplier's identities: a row's home (its remote_system, remote_id) and its ids in other
// systems (the identity table, id_map), in both directions, and the references a push sends. (Applying records is in
// RecordApplier.cpp, held records in RecordApplierHeld.cpp.)
#include "RecordApplier.h"

#include "ForeignKeys.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb {

qint64 RecordApplier::localIdFor(const Entity &entity, const QString &remoteId)
{
    if (const auto table = m_pageIds.constFind(entity.table); table != m_pageIds.cend())
        if (const auto known = table->constFind(remoteId); known != table->cend())
            return *known;
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM %1 WHERE remote_system = ? AND remote_id = ?").arg(entity.table));
    q.bindValue(0, m_system);
    q.bindValue(1, remoteId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString RecordApplier::remoteIdFor(const Entity &entity, qint64 localId)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT remote_id FROM %1 WHERE id = ? AND remote_system = ?").arg(entity.table));
    q.bindValue(0, localId);
    q.bindValue(1, m_system);
    if (q.exec() && q.next())
        return q.value(0).toString();
    // Known to this system besides its home (the identity table).
    QSqlQuery &l = m_db.cached(QStringLiteral("SELECT remote_id FROM id_map WHERE entity = ? AND local_id = ? AND system = ?"));
    l.bindValue(0, entity.name);
    l.bindValue(1, localId);
    l.bindValue(2, m_system);
    if (l.exec() && l.next())
        return l.value(0).toString();
    return QString();
}

RemoteRef RecordApplier::homeOf(const Entity &entity, qint64 localId)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT remote_system, remote_id FROM %1 WHERE id = ? AND remote_id IS NOT NULL").arg(entity.table));
    q.bindValue(0, localId);
    if (q.exec() && q.next())
        return RemoteRef{q.value(0).toString(), q.value(1).toString(), QString(), {}};
    return {};
}

qint64 RecordApplier::resolve(const Entity &entity, const QString &system, const QString &remoteId)
{
    if (system == m_system) {
        if (const qint64 home = localIdFor(entity, remoteId))
            return home;
    } else {
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM %1 WHERE remote_system = ? AND remote_id = ?").arg(entity.table));
        q.bindValue(0, system);
        q.bindValue(1, remoteId);
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
    }
    QSqlQuery &l = m_db.cached(QStringLiteral("SELECT local_id FROM id_map WHERE system = ? AND entity = ? AND remote_id = ?"));
    l.bindValue(0, system);
    l.bindValue(1, entity.name);
    l.bindValue(2, remoteId);
    if (l.exec() && l.next())
        return l.value(0).toLongLong();
    return 0;
}

namespace {

// The column a server may name a record by: a customer's code; a contact's e-mail address
// (Request Tracker's requestor is a user named by address). Empty: none.
QString codeColumn(const Entity &entity)
{
    if (entity.name == QLatin1String("contact"))
        return QStringLiteral("email");
    return entity.columns.contains(QLatin1String("code")) ? QStringLiteral("code") : QString();
}

} // namespace

qint64 RecordApplier::resolveCode(const Entity &entity, const QString &code)
{
    const QString column = codeColumn(entity);
    if (column.isEmpty() || code.isEmpty())
        return 0;
    // During a pull's pages the rows found by code in other tables stay: each code is asked once
    // (a calendar's thousands of meetings name a few hundred customers). A code not found is
    // asked again, as the row may come meanwhile.
    const bool remember = !m_pageTable.isEmpty() && entity.table != m_pageTable;
    const QString memoKey = remember ? entity.table + QLatin1Char('/') + code : QString();
    if (remember)
        if (const auto it = m_pageCodes.constFind(memoKey); it != m_pageCodes.cend())
            return *it;
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? LIMIT 2").arg(entity.table, column));
    q.bindValue(0, code);
    if (!q.exec())
        return 0;
    qint64 id = 0;
    if (q.next()) {
        id = q.value(0).toLongLong();
        if (q.next()) // ambiguous: better held than attached to the wrong customer
            id = 0;
    }
    q.finish();
    if (remember && id)
        m_pageCodes.insert(memoKey, id);
    return id;
}

QString RecordApplier::codeOf(const Entity &entity, qint64 localId)
{
    const QString column = codeColumn(entity);
    if (column.isEmpty())
        return QString();
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT %2 FROM %1 WHERE id = ?").arg(entity.table, column));
    q.bindValue(0, localId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

Status RecordApplier::link(const Entity &entity, qint64 localId, const QString &remoteId)
{
    // The record's identity in this system, besides its home: a remote id names one record.
    auto r = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO id_map (entity, local_id, system, remote_id) VALUES (?, ?, ?, ?)"),
                       {entity.name, localId, m_system, remoteId});
    return r ? Status::ok() : Status::fail(r.error());
}

bool RecordApplier::isLinked(const Entity &entity, const QString &remoteId)
{
    if (m_pageLinkedKnown)
        return m_pageLinked.contains(remoteId);
    QSqlQuery &l = m_db.cached(QStringLiteral("SELECT 1 FROM id_map WHERE system = ? AND entity = ? AND remote_id = ?"));
    l.bindValue(0, m_system);
    l.bindValue(1, entity.name);
    l.bindValue(2, remoteId);
    return l.exec() && l.next();
}

Result<QVariantMap> RecordApplier::toRemote(const Entity &entity, const QVariantMap &fields, QString *waitingFor)
{
    QVariantMap out = fields;
    for (const ForeignKey &fk : foreignKeys(entity.name)) {
        const QVariant v = fields.value(fk.field);
        if (!fields.contains(fk.field) || v.isNull())
            continue;
        const Entity *parent = entities::byName(fk.parentEntity);
        const QString remote = parent ? remoteIdFor(*parent, v.toLongLong()) : QString();
        if (remote.isEmpty() && parent) {
            // Not in this system: a reference to the record where it lives (an approval's quote
            // in the ERP, a ticket's customer), which the connector writes as its server wants.
            RemoteRef home = homeOf(*parent, v.toLongLong());
            if (!home.id.isEmpty()) {
                home.code = codeOf(*parent, v.toLongLong());
                out.insert(fk.field, home.toVariant());
                continue;
            }
            // On no server yet, or on none at all (a customer typed here while no ERP is set
            // up), and not kept by this system: a server that names it by its code (Request
            // Tracker's customer code, a requestor's address) needs nothing else; an optional
            // reference it cannot name is left out rather than holding the record back.
            if (m_connector && !m_connector->entities().contains(parent->name)) {
                const QString code = codeOf(*parent, v.toLongLong());
                if (!code.isEmpty()) {
                    out.insert(fk.field, RemoteRef{QString(), QString(), code, {}}.toVariant());
                    continue;
                }
                if (fk.optional) {
                    out.remove(fk.field);
                    continue;
                }
            }
        }
        if (remote.isEmpty()) {
            if (waitingFor)
                *waitingFor = fk.parentEntity;
            return Result<QVariantMap>::fail(
                QCoreApplication::translate("sb::RecordApplier", "Waiting for the %1 to reach the server first.")
                    .arg(vocab::entityLabel(fk.parentEntity)));
        }
        out.insert(fk.field, remote);
    }
    return Result<QVariantMap>::ok(out);
}

} // namespace sb
