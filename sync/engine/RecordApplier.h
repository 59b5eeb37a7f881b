#pragma once

#include "Connector.h"
#include "models/store/Result.h"

#include <QHash>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

namespace sb {

class Database;
struct Entity;

// Writes server state into the cache (sync connection, inside the caller's transaction):
// pulled records, acknowledgements of pushed changes, and the three-way merge when both
// sides changed a record. Local ids and remote ids are translated here.
class RecordApplier {
public:
    enum class Outcome { Inserted, Updated, Merged, Conflicted, Deleted, Unchanged, Waiting };

    RecordApplier(Database &db, QString system, const Connector *connector = nullptr);

    // Local form -> remote form. Fails with waitingFor set when a parent has no remote id yet.
    Result<QVariantMap> toRemote(const Entity &entity, const QVariantMap &fields, QString *waitingFor);
    // Remote form -> local form (unknown columns dropped, parent remote ids -> local ids).
    Result<QVariantMap> toLocal(const Entity &entity, const QVariantMap &fields, QString *missingParent);

    // One pulled record. Local edits survive: fields only the server changed are taken, fields
    // both changed differently become conflicts, a deletion of an edited record is a conflict.
    // Waiting: a parent is not here; missingParent says which kind.
    Result<Outcome> apply(const Entity &entity, const RemoteRecord &record, QString *missingParent = nullptr);
    // A push went through: the row now has its server identity, version and base snapshot.
    Status acknowledge(const Entity &entity, qint64 localId, const RemoteRecord &record, qint64 outboxId);
    // A command's answer from a system that is not the row's home (fields, no remote id):
    // writes those fields (the entity's columns only, references resolved) and nothing else,
    // so the row keeps its home, remote id, version and base snapshot.
    Status takeFields(const Entity &entity, qint64 localId, const QVariantMap &fields);
    // The server no longer has the record (404 on push, or missing from the id list; or an
    // uncertain create whose record was deleted there before we heard of it: pass that create
    // as exceptOutboxId, it is not an edit here). Deleted here unless edited: then a conflict.
    Result<Outcome> goneOnServer(const Entity &entity, qint64 localId, qint64 exceptOutboxId = 0);

    // A page of pulled records: rows it inserts join the search index in one go at
    // endPage() (Database::setSearchIndexDeferred), before the caller commits. abandonPage()
    // when the page's transaction is rolled back.
    Status beginPage(const Entity &entity, const QList<RemoteRecord> &records);
    Status endPage();
    void abandonPage();
    // The end of a cycle: rows found by code during its pulls are asked afresh next cycle (a
    // customer may be deleted or recoded here in between, and its id taken by another row).
    void forgetLookups();

    // A pulled record whose parent is not here (Outcome::Waiting) is held instead of stopping
    // the page; released() after any record is applied (a newer version replaces a held one);
    // retryHeld() applies the held records whose parent came meanwhile.
    Status hold(const Entity &entity, const RemoteRecord &record, const QString &waitsFor);
    Status released(const Entity &entity, const QString &remoteId);
    struct HeldRetry {
        int applied = 0;
        int waiting = 0;
        QString example; // "Contact c-1683" of one still waiting
    };
    Result<HeldRetry> retryHeld();
    // The remote ids of an entity's held records (the deletion check asks about them too).
    Result<QSet<QString>> heldIds(const Entity &entity);
    // The ids the server still has of an entity (all of them, or at least every cached and held
    // one: Connector::existingIds): held records it no longer has are dropped.
    Status dropHeldNotIn(const Entity &entity, const QSet<QString> &remoteIds);

    // Identities. A row's own remote_system and remote_id are its home; the identity table
    // (id_map) holds its ids in every other system that knows it.
    qint64 localIdFor(const Entity &entity, const QString &remoteId); // home rows of this system; 0 when unknown
    QString remoteIdFor(const Entity &entity, qint64 localId);        // its id in this system (home or link); empty when unknown
    RemoteRef homeOf(const Entity &entity, qint64 localId);           // empty id: on no server yet
    qint64 resolve(const Entity &entity, const QString &system, const QString &remoteId); // home or link; 0 when unknown
    // By the row's code (a reference from a server that names it so); 0 when unknown, when the
    // entity has no code column or when two rows share the code.
    qint64 resolveCode(const Entity &entity, const QString &code);
    QString codeOf(const Entity &entity, qint64 localId); // empty without a code column
    Status link(const Entity &entity, qint64 localId, const QString &remoteId); // known to this system too

private:
    // Equal, or equal as far as the connector's server can tell (Connector::comparable).
    bool same(const Entity &entity, const QString &field, const QVariant &a, const QVariant &b) const;
    Status adoptDuplicate(const Entity &entity, qint64 localId, const QString &remoteId);
    Status recordConflict(const Entity &entity, qint64 localId, const QString &field, const QVariant &base,
                          const QVariant &mine, const QVariant &theirs, const QString &theirsVersion);
    bool hasPendingChanges(const Entity &entity, qint64 localId, qint64 exceptOutboxId = 0);
    // What our updates of the record that may have been applied (in flight: sent, no answer
    // yet) sent, per field: values the server may hold because of us.
    Result<QHash<QString, QVariantList>> sentValues(const Entity &entity, qint64 localId);

    // Rows inserted in this page and not yet in the search index go in; before an update or
    // delete of such a row, whose triggers take the indexed values out first.
    Status indexPending();
    Status indexBeforeChanging(const Entity &entity, qint64 localId);
    Status unhold(const Entity &entity, const QString &remoteId);
    bool isLinked(const Entity &entity, const QString &remoteId);
    // Whether a new row of table with these fields takes the last insert's statement (m_insertSql).
    bool sameInsertShape(const QString &table, const QVariantMap &fields) const;

    Database &m_db;
    QString m_system;
    const Connector *m_connector;
    QHash<QString, QSet<qint64>> m_unindexed; // table -> ids
    QString m_pageNow;                        // updated_at of the page's rows
    QHash<QString, QSet<QString>> m_columnSets; // entity -> its columns (toLocal)
    QString m_insertTable;                    // the last insert of a pulled record: its table,
    QStringList m_insertKeys;                 // its fields in order,
    QString m_insertSql;                      // and its statement
    QHash<QString, QHash<QString, qint64>> m_pageIds; // table -> remote id -> local id (0: none), this page's
    QSet<QString> m_heldIds;                  // remote ids of the page's entity held from earlier pulls
    QSet<QString> m_pageLinked;               // remote ids of the page known as links (id_map)
    bool m_pageLinkedKnown = false;
    QHash<QString, std::pair<qint64, qint64>> m_pageCreates; // idempotency key -> our create (outbox id, row id), this page's
    bool m_pageCreatesKnown = false;
    QString m_pageTable;                      // the table the page writes
    QHash<QString, qint64> m_pageCodes;       // "table/code" -> local id found, of other tables than m_codesTable
    QString m_codesTable;                     // the table whose pages m_pageCodes served
};

// Appends text as a JSON string literal (quotes and escapes).
void appendJsonString(QByteArray &out, const QString &text);
QString toJsonText(const QVariantMap &map);
QByteArray toJsonUtf8(const QVariantMap &map); // the same, as UTF-8
QVariantMap fromJsonText(const QString &text);
bool sameValue(const QVariant &a, const QVariant &b);

} // namespace sb
