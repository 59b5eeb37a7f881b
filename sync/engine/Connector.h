#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sb {

// One record as a back end holds it. fields use the cache's column names; references to other
// records (customer_id...) carry the *remote* id of the referenced record.
struct RemoteRecord {
    QString remoteId;
    QString version;    // modified time, ETag, revision: compared as an opaque string
    QString modifiedAt; // ISO 8601 UTC, for pull cursors
    QVariantMap fields;
    bool deleted = false; // a tombstone
    // The idempotency key of the create that made it, where the server keeps one (a reference
    // field): lets a pull recognise a record whose create reply was lost.
    QString idempotencyKey;
    // A record the server holds that may not belong in this cache at all (a meeting in the OA
    // calendar that names no customer known here): when a reference it needs does not resolve,
    // it is left out (and a copy cached earlier is removed), never held for a parent.
    bool optional = false;
};

// A reference to a record as one system knows it. In a RemoteRecord's fields (and in what a
// push sends) a reference to a record of the connector's own system is its remote id as text;
// a reference to a record that lives in another system (an approval's quote in the ERP, a
// ticket's customer) is a map {"system": ..., "id": ...}, resolved through the identity table.
// A server that names such a record only by its code (Request Tracker keeps a ticket's customer
// as the customer's code in a custom field) reads the "code" a push adds where the referenced
// row has one, and pulls {"code": ...}: resolved by the cache's code column when no id is given.
// A pulled reference may also carry "codes": other codes to try, in order, when neither the id
// nor the code resolves (a calendar meeting names its customer by any of its attendees' e-mail
// addresses, and only the cache knows which of them is a contact).
struct RemoteRef {
    QString system;
    QString id;
    QString code;
    QStringList codes;
    QVariant toVariant() const
    {
        QVariantMap m{{QStringLiteral("system"), system}, {QStringLiteral("id"), id}};
        if (!code.isEmpty())
            m.insert(QStringLiteral("code"), code);
        if (!codes.isEmpty())
            m.insert(QStringLiteral("codes"), codes);
        return m;
    }
    // A field's value as a reference; a plain id is one of ownSystem.
    static RemoteRef from(const QVariant &value, const QString &ownSystem)
    {
        if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap m = value.toMap();
            return {m.value(QStringLiteral("system")).toString(), m.value(QStringLiteral("id")).toString(),
                    m.value(QStringLiteral("code")).toString(), m.value(QStringLiteral("codes")).toStringList()};
        }
        return {ownSystem, value.toString(), QString(), {}};
    }
};

// Where a pull stands: (server modified time, id) or an opaque token (sync-collection).
struct PullCursor {
    QString time;
    QString id;
    QString token;
    bool isEmpty() const { return time.isEmpty() && id.isEmpty() && token.isEmpty(); }
};

// How a remote call went. The class decides what the engine does next.
enum class RemoteErrorClass {
    None,
    Temporary,     // network down, 5xx, 429, timeout before sending: retry later, with backoff
    Uncertain,     // the request may have been applied (timeout or reset after sending, 5xx after commit)
    Permanent,     // validation or permission: this change cannot go as it is
    Conflict,      // optimistic lock: the record changed on the server since base_version
    NotFound,      // the record is gone on the server
    CursorInvalid, // "start over": the pull cursor/token is no longer accepted
    Malformed,     // the reply could not be understood
};

struct RemoteResult {
    RemoteErrorClass error = RemoteErrorClass::None;
    QString message;      // for a person; never contains a secret
    int retryAfterMs = -1; // Retry-After, when the server gave one
    bool serverAnswered = false; // an answer came from the server (any status): it is reachable
    // The system keychain could not give the password (locked, absent, refusing): nothing was
    // sent. The engine leaves that system alone until the next cycle; no change backs off.
    bool keychain = false;
    // Payloads, depending on the call:
    RemoteRecord record;          // create, update, lookupByKey (found), fetch of one
    QList<RemoteRecord> records;  // pull page, fetch
    PullCursor next;              // pull: the cursor after this page
    bool hasMore = false;         // pull: another page follows
    bool found = false;           // lookupByKey
    QStringList ids;              // listIds
    bool ok() const { return error == RemoteErrorClass::None; }
};

// One remote operation with one lifecycle: start(), then exactly one finished(); abort()
// ends it early with a Temporary error. The engine owns and deletes it.
class RemoteCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void abort() = 0;

signals:
    void finished(const sb::RemoteResult &result);
    // The request is on its way (its body handed to the network): the server can work on it
    // while this thread does other things. Calls that cannot tell never emit it.
    void sent();
    // The server began its answer (its headers came): it has done its work on this call, so a
    // read that was waiting for it can go now without the two running side by side there.
    void answering();
};

// A call that finishes at once (on the next turn of the event loop) with a given result: for
// what a connector refuses or answers without asking its server.
class ImmediateCall : public RemoteCall {
    Q_OBJECT
public:
    explicit ImmediateCall(RemoteResult result) : m_result(std::move(result)) {}
    static ImmediateCall *refused(const QString &message);
    void start() override;
    void abort() override;

private:
    RemoteResult m_result;
    bool m_done = false;
};

// One change of a batch (Connector::createBatch, updateBatch, lookupBatch): the fields in the
// server's form and the change's idempotency key; for an update, the record's remote id and the
// version the change was based on.
struct BatchItem {
    QVariantMap fields;
    QString key;
    QString remoteId;
    QString baseVersion;
};

// What a back-end connector implements for each object (entity) it serves.
class Connector {
public:
    virtual ~Connector() = default;
    virtual QString system() const = 0;          // "erp", "oa", "calendar", "aftersales": the remote_system column
    virtual QStringList entities() const = 0;    // served entities, parents before children
    // Pulls of this entity report deletions as tombstones: no deletion check by id lists needed.
    virtual bool reportsDeletions(const QString &entity) const
    {
        Q_UNUSED(entity)
        return false;
    }
    // Pulls of this entity report what the server keeps a trace of (an archived record) as a
    // tombstone, but a record removed outright shows only in the check of which ids still exist
    // (existingIds). The engine runs that check for such an entity only when the check for
    // deletions is due (DeletionCheckStore: daily by default) or asked for, not after every
    // pull. Ignored where reportsDeletions() is true.
    virtual bool deletionCheckOnSchedule(const QString &entity) const
    {
        Q_UNUSED(entity)
        return false;
    }

    virtual RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) = 0;
    virtual RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) = 0;
    virtual RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                               const QString &baseVersion, const QString &idempotencyKey) = 0;
    virtual RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) = 0;
    // Finds the record a create with this key made, if any (exactly once without native keys).
    // Where the server remembers a key whose record was deleted since, that is found too, with
    // record.deleted set: the engine takes it as a deletion on the server, never creates again.
    // fields are what the create sends (remote form), for servers that can only match on
    // content or must finish a create that took several calls; they may be empty.
    virtual RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) = 0;
    // All ids on the server, for deletion reconciliation where there are no tombstones.
    virtual RemoteCall *listIds(const QString &entity) = 0;

    // Batches: several changes of one entity in one call, where the server takes them in one
    // transaction (all or none). The most changes of this kind a batch may carry; 0 or 1: none
    // (the default), the engine sends one change at a time.
    enum class BatchOp { Create, Update };
    virtual int batchLimit(const QString &entity, BatchOp op) const
    {
        Q_UNUSED(entity)
        Q_UNUSED(op)
        return 0;
    }
    // Creates all items in one transaction. Success: result.records holds, in the items' order,
    // the record each item made (or found already made: a connector may look the keys up
    // first); a record with an empty remoteId is an item the batch did not carry, which the
    // engine then sends alone. A failure is the whole batch's: Permanent (one item refused the
    // lot: the engine sends them one at a time, so the refused one gets its own reason),
    // Uncertain (the lot may have been applied: each entry is looked up before it goes again),
    // Temporary (nothing was applied).
    virtual RemoteCall *createBatch(const QString &entity, const QList<BatchItem> &items);
    // updates in one transaction, each item's fields on its remoteId based on its baseVersion;
    // answers as createBatch. A stale item makes the whole call a Conflict: the engine then
    // sends them one at a time, so each conflict is merged on its own.
    virtual RemoteCall *updateBatch(const QString &entity, const QList<BatchItem> &items);
    // lookupByKey for a batch whose answer was lost, in one call where the server can: the
    // records found, each with idempotencyKey set to its item's key (and deleted set as
    // lookupByKey does); items not found are left out.
    virtual RemoteCall *lookupBatch(const QString &entity, const QList<BatchItem> &items);

    // A command on one record that is not a field write (submit, approve, reject, withdraw,
    // confirm a quote into an order, close a ticket), with its own idempotency key. The
    // commands a connector takes are its kind's claims ("quote.confirm", KindRegistry.h).
    // remoteId: the record's id in this connector's system (empty when it has none there);
    // references in args carry remote ids like record fields do. On success result.record may
    // carry the record as the server now has it.
    virtual RemoteCall *command(const QString &entity, const QString &remoteId, const QString &name,
                                const QVariantMap &args, const QString &idempotencyKey);
    // Whether a command that may have been applied (its answer was lost) was: found with the
    // record as it is now, or not found (then it goes again with the same key).
    virtual RemoteCall *lookupCommand(const QString &entity, const QString &remoteId, const QString &name,
                                      const QVariantMap &args, const QString &idempotencyKey);
    // Logs in and reads something small; on success result.message describes what answered
    // ("Tryton 6.0, database crm: 1,204 customers"), for Settings and `salesbridge connect`.
    virtual RemoteCall *testConnection() = 0;
    // Deletion reconciliation given the ids this side holds (the cached ones and those held
    // for a missing parent): the result's ids must include every one of them the server still
    // has; others may be there too. The default lists all (listIds). A connector whose server
    // checks a list of ids faster than it lists every id (contact channels in Tryton: a third
    // of the time) asks about these only.
    virtual RemoteCall *existingIds(const QString &entity, const QStringList &knownIds)
    {
        Q_UNUSED(knownIds);
        return listIds(entity);
    }

    // Where the server knows fewer values than the cache (one "opportunity" state for three
    // pipeline stages), the value the server would hold for a cached one. The merge treats two
    // values with the same comparable() as equal, so a finer local value is never overwritten
    // by its coarser echo. Default: every value is its own.
    virtual QVariant comparable(const QString &entity, const QString &field, const QVariant &value) const
    {
        Q_UNUSED(entity)
        Q_UNUSED(field)
        return value;
    }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::RemoteResult)
